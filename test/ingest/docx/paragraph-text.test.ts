import { describe, expect, it } from 'vitest';
import { paragraphText, textBoxParagraphs } from '../../../src/ingest/docx/paragraph-text.js';
import { decodeEntities, parseXml, rootElement, WordNames, childrenOf } from '../../../src/ingest/docx/xml-tree.js';
import { W_NS } from './helpers.js';

/** The first w:p in a document made of these paragraph children, and the names to read it with. */
function paragraphOf(inner: string, prefix = 'w') {
  const xml = `<${prefix}:document xmlns:${prefix}="${W_NS}" xmlns:mc="mc"><${prefix}:body><${prefix}:p>${inner}</${prefix}:p></${prefix}:body></${prefix}:document>`;
  const root = rootElement(parseXml(xml, 'test'))!;
  const names = WordNames.fromRoot(root);
  return { p: childrenOf(names.child(root, 'body')!)[0]!, names };
}

/** Text of the first w:p in a document made of these paragraph children. */
function textOf(inner: string, prefix = 'w'): string {
  const { p, names } = paragraphOf(inner, prefix);
  return paragraphText(p, names);
}

describe('paragraph text', () => {
  it('joins runs, turns tabs into spaces and breaks into newlines', () => {
    expect(textOf('<w:r><w:t>产出</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">指标 </w:t><w:br/><w:t>(50分)</w:t><w:cr/></w:r>'))
      .toBe('产出 指标 \n(50分)\n');
  });

  it('keeps hyperlinks, smart tags, simple fields and tracked insertions; drops deletions and moved-away text', () => {
    expect(textOf([
      '<w:hyperlink r:id="rId5"><w:r><w:t>链接</w:t></w:r></w:hyperlink>',
      '<w:ins w:id="1"><w:r><w:t>新增</w:t></w:r></w:ins>',
      '<w:del w:id="2"><w:r><w:delText>删除</w:delText></w:r></w:del>',
      '<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom>',
      '<w:moveTo w:id="4"><w:r><w:t>移入</w:t></w:r></w:moveTo>',
      '<w:smartTag><w:r><w:t>标签</w:t></w:r></w:smartTag>',
      '<w:fldSimple w:instr="PAGE"><w:r><w:t>3</w:t></w:r></w:fldSimple>',
    ].join(''))).toBe('链接新增移入标签3');
  });

  it('drops field instructions but keeps the field result', () => {
    expect(textOf('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 金额 </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>734</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'))
      .toBe('734');
  });

  it('unwraps inline content controls and custom XML', () => {
    expect(textOf('<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>≥95</w:t></w:r></w:sdtContent></w:sdt><w:customXml w:element="u"><w:r><w:t>%</w:t></w:r></w:customXml>'))
      .toBe('≥95%');
  });

  it('skips hidden (vanish) runs but not runs with vanish turned off', () => {
    expect(textOf('<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>')).toBe('显示');
  });

  it('decodes predefined entities and character references without any DTD', () => {
    expect(textOf('<w:r><w:t>&lt;10&amp;&#x2265;5&#8804;&quot;&apos;&unknown;</w:t></w:r>')).toBe('<10&≥5≤"\'&unknown;');
    expect(decodeEntities('&#0;&#x110000;')).toBe('&#0;&#x110000;');
  });

  it('reads the main namespace under whatever prefix the document binds it to', () => {
    expect(textOf('<ns0:r><ns0:t>前缀</ns0:t></ns0:r>', 'ns0')).toBe('前缀');
  });

  it('ignores drawings and text from other namespaces', () => {
    expect(textOf('<w:r><w:drawing><a:t xmlns:a="x">图</a:t></w:drawing><w:t>文</w:t></w:r><m:oMath xmlns:m="y"><m:r><m:t>x</m:t></m:r></m:oMath>')).toBe('文');
  });

  it('reads a Symbol-font w:sym as the sign it shows (≥ is F0B3), and leaves other fonts\' glyphs out', () => {
    expect(textOf('<w:r><w:sym w:font="Symbol" w:char="F0B3"/><w:t>90%</w:t></w:r>')).toBe('≥90%');
    expect(textOf('<w:r><w:sym w:font="Symbol" w:char="F0A3"/><w:t>5</w:t></w:r>')).toBe('≤5');
    expect(textOf('<w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t>是</w:t></w:r>')).toBe('是');
  });

  it('gives a text box\'s paragraphs once, from the DrawingML shape and not its VML fallback', () => {
    const box = (t: string) => `<w:txbxContent><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:txbxContent>`;
    const { p, names } = paragraphOf(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="s">${box('2024年度项目支出绩效自评表')}</wps:txbx></w:drawing></mc:Choice>`
      + `<mc:Fallback><w:pict>${box('2024年度项目支出绩效自评表')}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r>`);
    expect(textBoxParagraphs(p, names)).toEqual(['2024年度项目支出绩效自评表']);
    expect(paragraphText(p, names)).toBe('正文');
  });
});
