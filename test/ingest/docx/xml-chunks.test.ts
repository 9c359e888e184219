import { describe, expect, it } from 'vitest';
import { documentBlocks } from '../../../src/ingest/docx/document-blocks.js';
import { outlineDocument } from '../../../src/ingest/docx/xml-chunks.js';
import { documentXml, grids, paragraphs } from './helpers.js';

const spansText = (xml: string) => {
  const outline = outlineDocument(xml, 'doc');
  return [...outline.sections.get('w:body')!].map((s) => xml.slice(s.start, s.end));
};

describe('document outline (one pass over the tags)', () => {
  it('splits the body into its top-level elements, self-closing ones included', () => {
    const xml = documentXml('<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/><w:tbl><w:tr/></w:tbl><w:sectPr/>');
    expect(spansText(xml)).toEqual(['<w:p><w:r><w:t>a</w:t></w:r></w:p>', '<w:p/>', '<w:tbl><w:tr/></w:tbl>', '<w:sectPr/>']);
  });

  it('skips comments, CDATA and processing instructions, and reads > inside attribute values', () => {
    const xml = documentXml('<!-- <w:p> --><w:p w:x="a>b"><?pi <w:tbl>?><w:r><w:t><![CDATA[</w:p>]]></w:t></w:r></w:p>');
    expect(spansText(xml)).toEqual(['<w:p w:x="a>b"><?pi <w:tbl>?><w:r><w:t><![CDATA[</w:p>]]></w:t></w:r></w:p>']);
  });

  it.each([
    ['a mismatched end tag', documentXml('<w:p><w:r></w:p></w:r>'), /<\/w:p> at offset \d+ closes <w:r>/],
    ['an unclosed element', documentXml('<w:p>').replace('</w:body>', ''), /closes <w:p>|never closed/],
    ['an unterminated tag', '<w:document><w:body', /unterminated tag/],
    ['two root elements', '<a/><b/>', /more than one root/],
  ])('rejects %s', (_what, xml, message) => {
    expect(() => outlineDocument(xml, 'doc')).toThrow(message);
  });

  it('refuses a DOCTYPE even when the text does not look like a declaration', () => {
    expect(() => outlineDocument('<!doctype x><x/>', 'doc')).toThrow(expect.objectContaining({ code: 'docx:xml-dtd' }));
  });

  it('skips a body element larger than the limit with an error and reads the rest', () => {
    const big = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>${'x'.repeat(2000)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`;
    const { blocks, diagnostics, tables } = documentBlocks(documentXml(`<w:p><w:r><w:t>标题</w:t></w:r></w:p>${big}`), 'word/document.xml', 1000);
    expect(diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['error docx:element-too-large']);
    expect(paragraphs(blocks)).toEqual(['标题']);
    expect(tables).toBe(0);
    expect(grids(blocks)).toEqual([]);
  });
});

describe('formatting stripped before parsing', () => {
  it('removes properties the reader ignores, keeps hidden-run marks, and never leaves a dangling tag of a revision record', async () => {
    const { formattingStripper } = await import('../../../src/ingest/docx/xml-tree.js');
    const strip = formattingStripper('w');
    const xml = [
      '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr><w:pPrChange w:id="1"><w:pPr><w:jc w:val="left"/></w:pPr></w:pPrChange></w:pPr>',
      '<w:r><w:rPr><w:b/><w:rPrChange w:id="2"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>a</w:t></w:r>',
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>h</w:t></w:r><w:r><w:rPr/><w:t>b</w:t></w:r></w:p>',
    ].join('');
    const stripped = strip(xml);
    expect(stripped).toBe('<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="1"></w:pPrChange></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="2"></w:rPrChange></w:rPr><w:t>a</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>h</w:t></w:r><w:r><w:t>b</w:t></w:r></w:p>');
    expect(() => outlineDocument(`<w:document><w:body>${stripped}</w:body></w:document>`, 'doc')).not.toThrow();
    expect(paragraphs(documentBlocks(documentXml(xml), 'word/document.xml').blocks)).toEqual(['ab']);
  });
});
