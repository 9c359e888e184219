/**
 * DOCX probes, round 10b (samples/probe/probe-r10-docx-*.docx): four Word/WPS documents carrying the XML
 * quirks real .docx files have, WordprocessingML written here by hand (zip-writer.ts) from hand-written
 * content, so every quirk is exactly where it is meant to be:
 *    - xinjiang (乌鲁木齐) split tables: one 自评表 pasted page by page as three w:tbl elements with an empty
 *      paragraph between them (header fields + funds + goals | indicator header + first rows | the header row
 *      repeated with w:tblHeader + the rest, the 一级 cell of the continued 效益指标 block left empty by the
 *      split), the title (and the only statement of the year) in a text box (mc:AlternateContent: wps:txbx
 *      with a w:pict/v:textbox fallback);
 *    - wuhan (武汉) tracked changes: a 目标表 saved with revisions on: w:del/w:ins runs in targets and amounts
 *      (the accepted text counts), a deleted row (w:trPr/w:del) and an inserted row (w:trPr/w:ins), a
 *      w:rPrChange, content controls wrapping the year in the title, cells (w:sdt around w:tc) and the funds
 *      rows (w:sdt around w:tr), a w:fldSimple QUOTE field holding a deadline and a complex field (w:fldChar)
 *      for the 填报日期;
 *    - suzhou (苏州) WPS runs: a 目标申报表 as WPS writes it: every character of labels, names and numbers its
 *      own w:r with different w:rPr, w:proofErr and bookmarks between runs, hidden text (w:vanish) holding old
 *      values beside the new ones, w:tab and full-width spaces inside labels, cells of several paragraphs and
 *      w:br line breaks, ≥ written as a Symbol-font w:sym (F0B3);
 *    - xizang (拉萨) odd merges: a 自评表 in 元 whose merges are written the less common ways: w:hMerge instead of
 *      w:gridSpan, w:vMerge continuation cells holding a stray paragraph (a space run, or two paragraphs),
 *      rows shorter than the grid (w:gridBefore / w:gridAfter), a w:tblGrid of equal widths that disagrees
 *      with every cell's w:tcW.
 *    Their goldens (golden/probe-r10-docx-*.docx.golden.json) are written from the same hand-written content
 *    (goldenTable of probe-content.ts), never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-docx-r10.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printNumber, printValue } from './golden-model.js';
import { OUT, dt, goldenTable, num, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';
import { buildZip } from './zip-writer.js';

const GENERATOR = 'scripts/samples/make-probe-docx-r10.ts';
const wan = (x: number) => Math.round(x * 10_000);

// ───────────────────────── WordprocessingML by hand ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface RunStyle { bold?: boolean; size?: number; font?: string; vanish?: boolean; wps?: boolean; color?: string }

function rPr(s: RunStyle = {}): string {
  const font = s.font ?? '宋体';
  const fonts = s.wps
    ? `<w:rFonts w:hint="eastAsia" w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`
    : `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${font}"/>`;
  const size = s.size ?? 18;
  return `<w:rPr>${fonts}${s.bold ? '<w:b/><w:bCs/>' : ''}${s.color ? `<w:color w:val="${s.color}"/>` : ''}${s.vanish ? '<w:vanish/>' : ''}`
    + `${s.wps ? '<w:kern w:val="0"/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>${s.wps ? '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>' : ''}</w:rPr>`;
}

/** One run; "\n" in the text becomes w:br, "\t" w:tab. */
function run(text: string, s: RunStyle = {}, textTag = 'w:t'): string {
  const parts: string[] = [];
  const re = /[\n\t]|[^\n\t]+/g;
  for (const m of text.match(re) ?? []) {
    if (m === '\n') parts.push('<w:br/>');
    else if (m === '\t') parts.push('<w:tab/>');
    else parts.push(`<${textTag} xml:space="preserve">${esc(m)}</${textTag}>`);
  }
  return `<w:r>${rPr(s)}${parts.join('')}</w:r>`;
}

/** A paragraph of raw run XML. */
function para(inner: string, o: { align?: 'center' | 'left' | 'right' | 'both'; size?: number; spacingAfter?: number } = {}): string {
  const align = o.align ?? 'center';
  return `<w:p><w:pPr>${o.spacingAfter !== undefined ? `<w:spacing w:after="${o.spacingAfter}"/>` : ''}<w:jc w:val="${align}"/>`
    + `<w:rPr><w:sz w:val="${o.size ?? 18}"/></w:rPr></w:pPr>${inner}</w:p>`;
}
/** A plain text paragraph. */
const ptext = (text: string, s: RunStyle = {}, align?: 'center' | 'left' | 'right' | 'both') => para(text ? run(text, s) : '', { align, size: s.size });

interface CellOpts {
  width: number;
  span?: number;
  vMerge?: 'restart' | 'continue' | 'bare';
  hMerge?: 'restart' | 'continue';
  widthType?: 'dxa' | 'auto';
}

/** A table cell from paragraph XML (an empty cell still holds one w:p). */
function tc(paragraphs: string, o: CellOpts): string {
  const vm = o.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : o.vMerge === 'continue' ? '<w:vMerge w:val="continue"/>' : o.vMerge === 'bare' ? '<w:vMerge/>' : '';
  const hm = o.hMerge === 'restart' ? '<w:hMerge w:val="restart"/>' : o.hMerge === 'continue' ? '<w:hMerge/>' : '';
  const w = o.widthType === 'auto' ? '<w:tcW w:w="0" w:type="auto"/>' : `<w:tcW w:w="${o.width}" w:type="dxa"/>`;
  return `<w:tc><w:tcPr>${w}${o.span && o.span > 1 ? `<w:gridSpan w:val="${o.span}"/>` : ''}${hm}${vm}<w:vAlign w:val="center"/></w:tcPr>${paragraphs || '<w:p/>'}</w:tc>`;
}

interface RowOpts { header?: boolean; gridBefore?: [number, number]; gridAfter?: [number, number]; ins?: boolean; del?: boolean; cantSplit?: boolean }
let revisionId = 100;
const REV = (author = 'lenovo', date = '2024-11-06T09:12:00Z') => `w:id="${revisionId++}" w:author="${author}" w:date="${date}"`;

function tr(cells: string[], o: RowOpts = {}): string {
  const pr = [
    o.gridBefore ? `<w:gridBefore w:val="${o.gridBefore[0]}"/>` : '',
    o.gridAfter ? `<w:gridAfter w:val="${o.gridAfter[0]}"/>` : '',
    o.gridBefore ? `<w:wBefore w:w="${o.gridBefore[1]}" w:type="dxa"/>` : '',
    o.gridAfter ? `<w:wAfter w:w="${o.gridAfter[1]}" w:type="dxa"/>` : '',
    o.cantSplit ? '<w:cantSplit/>' : '',
    '<w:trHeight w:val="397"/>',
    o.header ? '<w:tblHeader/>' : '',
    '<w:jc w:val="center"/>',
    o.ins ? `<w:ins ${REV()}/>` : '',
    o.del ? `<w:del ${REV()}/>` : '',
  ].join('');
  return `<w:tr><w:trPr>${pr}</w:trPr>${cells.join('')}</w:tr>`;
}

function tbl(grid: number[], rows: string[], o: { tblW?: number; fixed?: boolean } = {}): string {
  const width = o.tblW ?? grid.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/>`
    + `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`
    + `${o.fixed ? '<w:tblLayout w:type="fixed"/>' : ''}<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>`
    + `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`
    + `<w:tblGrid>${grid.map((g) => `<w:gridCol w:w="${g}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

const NS = [
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
].join(' ');

function documentXml(body: string, landscape = false): string {
  const pg = landscape ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS} mc:Ignorable="w14 wp14"><w:body>${body}`
    + `<w:sectPr>${pg}<w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/>`
    + '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>';
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

function packageDocx(body: string, o: { application: string; trackRevisions?: boolean; landscape?: boolean }): Buffer {
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${o.trackRevisions ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>lenovo</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-11-04T02:10:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-11-06T09:30:00Z</dcterms:modified></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${esc(o.application)}</Application><DocSecurity>0</DocSecurity></Properties>`;
  const files = [
    { name: '[Content_Types].xml', data: ct },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', data: documentXml(body, o.landscape) },
    { name: 'word/_rels/document.xml.rels', data: docRels },
    { name: 'word/styles.xml', data: STYLES },
    { name: 'word/settings.xml', data: settings },
    { name: 'docProps/core.xml', data: core },
    { name: 'docProps/app.xml', data: app },
  ];
  return buildZip(files);
}

// ───────────────────────── shared printing ─────────────────────────

const money = (yuan: unknown, unit: '元' | '万元'): string => {
  if (yuan === null || yuan === undefined) return '—';
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: unit === '元' });
};
const rate = (r: unknown) => (r == null ? '—' : `${(r as number).toFixed(2)}%`);
const dash = (x: unknown) => (x == null ? '—' : printNumber(x as number));

/** Checks the hand-written numbers add up. */
function checkTotals(p: Project): void {
  const items = p.groups.flatMap((g) => g.items);
  const fw = (p.funds?.rows[0]?.weight as number | undefined) ?? 0;
  const fs = (p.funds?.rows[0]?.score as number | undefined) ?? 0;
  const w = items.reduce((a, it) => a + (it.weight ?? 0), 0) + fw;
  const s = items.reduce((a, it) => a + (it.score ?? 0), 0) + fs;
  if (p.total && (Math.abs(w - p.total.weight!) > 1e-9 || (p.total.score !== null && Math.abs(s - p.total.score) > 1e-9))) {
    throw new Error(`${p.project.name}: weights ${w} / scores ${s} do not add up to ${p.total.weight} / ${p.total.score}`);
  }
  if (!p.total && Math.abs(w - 100) > 1e-9) throw new Error(`${p.project.name}: weights ${w}`);
  for (const g of p.groups) {
    if (g.level1Weight === undefined) continue;
    const gw = p.groups.filter((x) => x.level1 === g.level1).flatMap((x) => x.items).reduce((a, it) => a + (it.weight ?? 0), 0);
    if (gw !== g.level1Weight) throw new Error(`${g.level1}: ${gw} vs ${g.level1Weight}`);
  }
  const f = p.funds?.rows[0];
  if (f?.executionRate != null) {
    const r = Math.round(((f.executed as number) / (f.annualBudget as number)) * 10_000) / 100;
    if (Math.abs(r - (f.executionRate as number)) > 1e-9) throw new Error(`${p.project.name}: rate ${r} vs ${f.executionRate}`);
  }
}

/** Rows of the indicator block: for every item, whether it opens its 一级 / 二级 block and how many rows those span. */
interface IndRow { it: Item; g: Group; level1Label: string; first1: boolean; n1: number; first2: boolean; n2: number }
function indicatorLayout(groups: Group[]): IndRow[] {
  const out: IndRow[] = [];
  const byLevel1 = new Map<string, Group[]>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  for (const [level1, gs] of byLevel1) {
    const n1 = gs.reduce((a, g) => a + g.items.length, 0);
    const w = gs[0]!.level1Weight;
    const label = w === undefined ? level1 : `${level1}（${w}分）`;
    gs.forEach((g, gi) => g.items.forEach((it, i) => out.push({ it, g, level1Label: label, first1: gi === 0 && i === 0, n1, first2: i === 0, n2: g.items.length })));
  }
  return out;
}

// ───────────────────────── 1. xinjiang: split tables, title in a text box ─────────────────────────

const xjHeating: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '老旧小区供热管网改造补助资金', department: '乌鲁木齐市住房和城乡建设局', implementingUnit: '乌鲁木齐市供热管理办公室' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: wan(3200), annualBudget: wan(3450), executed: wan(3381), weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: wan(3200), annualBudget: wan(3450), executed: wan(3381) },
      { label: '其他资金' },
    ],
  },
  goal: '完成老旧小区供热管网改造120公里、换热站改造18座，降低管网热损失，提高供暖期室温达标率，改善4.2万户居民冬季供暖条件。',
  achieved: '全年改造供热管网123.6公里、换热站18座，工程全部通过验收，管网热损失率降至7.6%，供暖期室温达标率98.6%，受益居民4.35万户。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '改造供热管网长度', target: v('>=', 120, '公里'), actual: v(null, 123.6, '公里'), weight: 10, score: 10 },
      { name: '改造换热站数量', target: v('>=', 18, '座'), actual: v(null, 18, '座'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '改造工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '管网热损失率', target: v('<=', 8, '%'), actual: v(null, 7.6, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '改造工程完工时间', target: tx('2024年10月15日前'), actual: dt('2024-10-10'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每公里管网改造成本', target: v('<=', 26.5, '万元'), actual: v(null, 25.8, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益居民户数', target: v('>=', 4.2, '万户'), actual: v(null, 4.35, '万户'), weight: 8, score: 8 },
      { name: '供暖期室温达标率', target: v('>=', 98, '%'), actual: v(null, 98.6, '%'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '年节约标准煤', target: v('>=', 1.1, '万吨'), actual: v(null, 1.06, '万吨'), weight: 8, score: 7.2,
        why: '2024年供暖季气温偏低，运行时长增加，下年度继续推进换热站智能化调控' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '供热设施运行维护机制', target: tx('长效运行'), actual: tx('长效运行'), weight: 7, score: 7 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益居民满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99, grade: null },
};

/** The title in a floating text box: DrawingML (wps:txbx) with the VML fallback Word writes beside it. */
function textBoxTitle(lines: { text: string; size: number; font: string }[]): string {
  const content = `<w:txbxContent>${lines.map((l) => para(run(l.text, { size: l.size, font: l.font }), { size: l.size })).join('')}</w:txbxContent>`;
  const cx = 5_900_000;
  const cy = 560_000;
  return '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
    + '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    + '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    + `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>`
    + '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
    + `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>`
    + `<wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>`
    + '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
    + `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>`
    + `<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;left:0;text-align:left;margin-left:0;margin-top:0;width:464.55pt;height:44.1pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f" strokeweight=".5pt">`
    + `<v:textbox>${content}</v:textbox><w10:wrap type="topAndBottom" anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`;
}

function xinjiangDoc(p: Project): string {
  const f = p.funds!;
  const W = [1100, 1250, 2150, 1150, 1150, 650, 650, 1200]; // 8 grid columns, 9300 twips
  const sum = (from: number, n: number) => W.slice(from, from + n).reduce((a, b) => a + b, 0);
  const cell = (text: string, col: number, span = 1, s: RunStyle = {}, vMerge?: CellOpts['vMerge']) =>
    tc(text.split('\n').map((line) => ptext(line, s, text.length > 26 ? 'left' : 'center')).join(''), { width: sum(col, span), span, vMerge });
  const b = { bold: true };
  // part 1: header fields, funds, goals
  const head = [
    tr([cell('项目名称', 0, 2, b), cell(p.project.name!, 2, 6)]),
    tr([cell('主管部门', 0, 2, b), cell(p.project.department!, 2, 2), cell('实施单位', 4, 2, b), cell(p.project.implementingUnit!, 6, 2)]),
    tr([cell('项目资金（万元）', 0, 1, b, 'restart'), cell('', 1, 1, b), cell('年初预算数', 2, 1, b), cell('全年预算数', 3, 1, b), cell('全年执行数', 4, 1, b), cell('分值', 5, 1, b), cell('执行率', 6, 1, b), cell('得分', 7, 1, b)]),
    ...f.rows.map((r) => tr([cell('', 0, 1, {}, 'bare'), cell(String(r.label), 1), cell(money(r.initialBudget, '万元'), 2), cell(money(r.annualBudget, '万元'), 3),
      cell(money(r.executed, '万元'), 4), cell(dash(r.weight), 5), cell(rate(r.executionRate), 6), cell(dash(r.score), 7)])),
    tr([cell('年度总体目标', 0, 1, b, 'restart'), cell('预期目标', 1, 3, b), cell('实际完成情况', 4, 4, b)]),
    tr([cell('', 0, 1, {}, 'bare'), cell(p.goal!, 1, 3), cell(p.achieved!, 4, 4)]),
  ];
  const header = (repeat: boolean) => tr(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((t, i) => cell(t, i, 1, b)), { header: repeat });
  const layout = indicatorLayout(p.groups);
  const splitAt = layout.findIndex((r) => r.g.level2 === '生态效益指标');
  const rowsOf = (part: IndRow[], continued: boolean) => part.map((r, i) => {
    const cells: string[] = [];
    if (continued && i === 0 && !r.first1) {
      // the split leaves the lower half of the 一级 merge empty (Word's Split Table)
      const left = part.filter((x) => x.g.level1 === r.g.level1).length;
      cells.push(cell('', 0, 1, {}, left > 1 ? 'restart' : undefined));
    } else if (r.first1) cells.push(cell(r.level1Label, 0, 1, {}, r.n1 > 1 ? 'restart' : undefined));
    else cells.push(cell('', 0, 1, {}, 'bare'));
    if (r.first2) cells.push(cell(r.g.level2, 1, 1, {}, r.n2 > 1 ? 'restart' : undefined));
    else cells.push(cell('', 1, 1, {}, 'bare'));
    cells.push(cell(r.it.name, 2), cell(printValue(r.it.target), 3), cell(printValue(r.it.actual ?? null), 4), cell(num(r.it.weight), 5), cell(num(r.it.score), 6), cell(r.it.why ?? '', 7));
    return tr(cells, { cantSplit: true });
  });
  const part2 = [header(false), ...rowsOf(layout.slice(0, splitAt), false)];
  const part3 = [header(true), ...rowsOf(layout.slice(splitAt), true),
    tr([cell('总分', 0, 5, b), cell(num(p.total!.weight), 5), cell(num(p.total!.score), 6), cell('', 7)])];
  const empty = '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p>';
  // second part pasted with slightly different grid widths (another page's copy)
  const W2 = W.map((w, i) => (i === 2 ? w + 30 : i === 7 ? w - 30 : w));
  return [
    textBoxTitle([{ text: p.title, size: 36, font: '方正小标宋简体' }]),
    ptext('填报单位（盖章）：乌鲁木齐市住房和城乡建设局                    单位：万元', { size: 21 }, 'left'),
    tbl(W, head),
    empty,
    tbl(W2, part2),
    empty,
    tbl(W, part3),
    ptext('填表人：阿依古丽·买买提      联系电话：0991-4621835      填报日期：2025年3月20日', { size: 18 }, 'left'),
  ].join('');
}

// ───────────────────────── 2. wuhan: tracked changes, content controls, fields ─────────────────────────

interface WhItem extends Item { oldTarget?: string; insertedRow?: boolean; field?: 'simple' }
const whNursery: Project & { deleted: { after: string; item: Item } } = {
  kind: 'project-targets',
  title: '2025年度项目支出绩效目标表',
  year: 2025,
  project: {
    name: '社区嵌入式托育服务补助', department: '武汉市江汉区卫生健康局', implementingUnit: '武汉市江汉区妇幼保健院',
    attribute: '新增项目', period: '2025年1月—2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: wan(734) },
      { label: '其中：财政拨款', annualBudget: wan(734) },
      { label: '其他资金', annualBudget: 0 },
    ],
  },
  goal: '在辖区13个街道建设社区嵌入式托育服务点，新增普惠托位300个以上，托育机构备案率达到95%，千人口托位数达到4.5个，提升普惠托育服务供给能力和家长满意度。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新增普惠托位数', target: v('>=', 300, '个'), weight: 10 },
      { name: '开展托育服务机构数量', target: v('>=', 12, '家'), weight: 10, oldTarget: '≥10家' } as WhItem,
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '托育机构备案率', target: v('>=', 95, '%'), weight: 10, oldTarget: '≥90%' } as WhItem,
      { name: '保育人员持证上岗率', target: v('=', 100, '%'), weight: 10 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付时间', target: tx('2025年9月30日前'), weight: 10, field: 'simple' } as WhItem,
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每托位建设补助标准', target: v('<=', 1.2, '万元/个'), weight: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '普惠托育服务覆盖街道比例', target: v('>=', 80, '%'), weight: 10 },
      { name: '千人口托位数', target: v('>=', 4.5, '个'), weight: 10, insertedRow: true } as WhItem,
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '托育服务长效运营机制', target: tx('逐步健全'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '入托婴幼儿家长满意度', target: v('>=', 95, '%'), weight: 10, oldTarget: '≥90%' } as WhItem,
    ] },
  ],
  total: null,
  /** a row deleted with revisions on (not in the accepted document, not in the golden) */
  deleted: { after: '保育人员持证上岗率', item: { name: '托育机构安全检查覆盖率', target: v('>=', 90, '%'), weight: 10 } },
};

const sdtCell = (tag: string, cellXml: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="${revisionId++}"/><w:lock w:val="sdtLocked"/><w:text/></w:sdtPr><w:sdtContent>${cellXml}</w:sdtContent></w:sdt>`;
const sdtRows = (tag: string, rowsXml: string) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="${revisionId++}"/><w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/></w:sdtPr><w:sdtContent>${rowsXml}</w:sdtContent></w:sdt>`;
const del = (text: string, s: RunStyle = {}) => `<w:del ${REV()}>${run(text, s, 'w:delText')}</w:del>`;
const ins = (text: string, s: RunStyle = {}) => `<w:ins ${REV()}>${run(text, s)}</w:ins>`;

function wuhanDoc(p: typeof whNursery): string {
  const f = p.funds!;
  const W = [1150, 1300, 2600, 1700, 1300, 900]; // 6 grid columns
  const sum = (from: number, n: number) => W.slice(from, from + n).reduce((a, b) => a + b, 0);
  const cellX = (inner: string, col: number, span = 1, vMerge?: CellOpts['vMerge'], align?: 'center' | 'left') =>
    tc(para(inner, { align: align ?? 'center' }), { width: sum(col, span), span, vMerge });
  const cell = (text: string, col: number, span = 1, s: RunStyle = {}, vMerge?: CellOpts['vMerge']) =>
    cellX(text ? run(text, s) : '', col, span, vMerge, text.length > 26 ? 'left' : 'center');
  const b = { bold: true };
  // title: the year in a date content control
  const title = `<w:p><w:pPr><w:spacing w:after="120"/><w:jc w:val="center"/></w:pPr>`
    + `<w:sdt><w:sdtPr><w:alias w:val="年度"/><w:tag w:val="year"/><w:id w:val="${revisionId++}"/><w:date w:fullDate="2025-01-01T00:00:00Z"><w:dateFormat w:val="yyyy"/><w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>`
    + `<w:sdtContent>${run('2025', { size: 36, font: '方正小标宋简体' })}</w:sdtContent></w:sdt>${run('年度项目支出绩效目标表', { size: 36, font: '方正小标宋简体' })}</w:p>`;
  // caption: 填报日期 as a complex DATE field with its cached result
  const fieldRun = (xml: string) => `<w:r>${rPr({ size: 21 })}${xml}</w:r>`;
  const caption = `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run('填报单位：武汉市江汉区卫生健康局（盖章）          填报日期：', { size: 21 })}`
    + fieldRun('<w:fldChar w:fldCharType="begin"/>') + fieldRun('<w:instrText xml:space="preserve"> DATE \\@ "yyyy年M月d日" </w:instrText>')
    + fieldRun('<w:fldChar w:fldCharType="separate"/>') + run('2024年11月6日', { size: 21 }) + fieldRun('<w:fldChar w:fldCharType="end"/>')
    + run('          单位：万元', { size: 21 }) + '</w:p>';
  // the amounts were revised from 680.00 to 734.00 with revisions on
  const revisedAmount = (yuan: unknown) => (yuan === wan(734) ? del('680.00') + ins('734.00') : run(money(yuan, '万元')));
  const head = [
    tr([cell('项目名称', 0, 1, b), sdtCell('项目名称', cell(p.project.name!, 1, 5))]),
    tr([cell('主管部门', 0, 1, b), sdtCell('主管部门', cell(p.project.department!, 1, 2)), cell('实施单位', 3, 1, b), sdtCell('实施单位', cell(p.project.implementingUnit!, 4, 2))]),
    tr([cell('项目属性', 0, 1, b), cell(p.project.attribute!, 1, 2), cell('实施期限', 3, 1, b), sdtCell('实施期限', cell(p.project.period!, 4, 2))]),
    sdtRows('项目资金', f.rows.map((r, i) => tr([
      i === 0 ? cell('项目资金', 0, 1, b, 'restart') : cell('', 0, 1, {}, 'bare'),
      cell(String(r.label), 1, 2), cellX(revisedAmount(r.annualBudget), 3, 3),
    ])).join('')),
    tr([cell('年度绩效目标', 0, 1, b), cell(p.goal!, 1, 5)]),
  ];
  const header = tr(['一级指标', '二级指标', '三级指标', '指标值', '指标值说明', '分值'].map((t, i) => cell(t, i, 1, b)), { header: true });
  // the deleted row sits in the 质量指标 block: the 二级 merge spans it
  const layout = indicatorLayout(p.groups);
  const quality = p.groups.find((g) => g.level2 === '质量指标')!;
  const rows: string[] = [];
  for (const r of layout) {
    const it = r.it as WhItem;
    const n1 = r.n1 + (r.g.level1 === '产出指标' ? 1 : 0);
    const n2 = r.n2 + (r.g === quality ? 1 : 0);
    const c1 = r.first1 ? cell(r.level1Label, 0, 1, {}, n1 > 1 ? 'restart' : undefined) : cell('', 0, 1, {}, 'bare');
    const inserted = !!it.insertedRow;
    const rs = (text: string) => (inserted ? ins(text) : run(text));
    const c2 = r.first2 ? cell(r.g.level2, 1, 1, {}, n2 > 1 ? 'restart' : undefined) : cell('', 1, 1, {}, 'bare');
    let target: string;
    if (it.oldTarget) target = del(it.oldTarget) + ins(printValue(it.target));
    else if (it.field === 'simple') target = `<w:fldSimple w:instr=" QUOTE &quot;${esc(printValue(it.target))}&quot; \\* MERGEFORMAT ">${run(printValue(it.target))}</w:fldSimple>`;
    else target = rs(printValue(it.target));
    const explain = it.name === '新增普惠托位数'
      ? `<w:r><w:rPr><w:sz w:val="18"/><w:rPrChange ${REV()}><w:rPr><w:b/><w:sz w:val="18"/></w:rPr></w:rPrChange></w:rPr><w:t>当年新增并备案的普惠托位</w:t></w:r>`
      : rs(explainOf(it.name));
    rows.push(tr([c1, c2, cellX(rs(it.name), 2), cellX(target, 3), cellX(explain, 4), cellX(rs(num(it.weight)), 5)], { ins: inserted }));
    if (it.name === p.deleted.after) {
      const d = p.deleted.item;
      rows.push(tr([cell('', 0, 1, {}, 'bare'), cell('', 1, 1, {}, 'bare'), cellX(del(d.name), 2), cellX(del(printValue(d.target)), 3),
        cellX(del('安全检查覆盖托育机构数/托育机构总数'), 4), cellX(del(num(d.weight)), 5)], { del: true }));
    }
  }
  return [title, caption, tbl(W, [...head, header, ...rows], { fixed: true }),
    ptext('注：本表经区财政局审核后随部门预算公开。', { size: 18 }, 'left')].join('');
}

function explainOf(name: string): string {
  const m: Record<string, string> = {
    开展托育服务机构数量: '承接社区嵌入式托育服务的机构数',
    托育机构备案率: '已备案机构数/托育机构总数',
    保育人员持证上岗率: '持证保育人员数/保育人员总数',
    补助资金拨付时间: '以资金拨付凭证日期为准',
    每托位建设补助标准: '按区级补助标准执行',
    普惠托育服务覆盖街道比例: '有普惠托育服务点的街道数/街道总数',
    千人口托位数: '托位总数/常住人口（千人）',
    托育服务长效运营机制: '运营补贴、质量评估等制度建立情况',
    入托婴幼儿家长满意度: '抽样问卷调查',
  };
  return m[name] ?? '';
}

// ───────────────────────── 3. suzhou: WPS runs ─────────────────────────

interface SzItem extends Item { hiddenOld?: string; hiddenWeight?: string; sym?: boolean; nameLines?: string[]; targetBreak?: number }
const szSewage: Project = {
  kind: 'project-targets',
  title: '2025年度项目支出绩效目标申报表',
  year: 2025,
  project: {
    name: '农村生活污水治理提质增效项目', department: '苏州市吴江区水务局', implementingUnit: '苏州市吴江区农村生活污水治理管理中心',
    attribute: '延续项目', period: '2025年1月至2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: wan(1860.5) },
      { label: '其中：财政拨款', annualBudget: wan(1660.5) },
      { label: '其他资金', annualBudget: wan(200) },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建改造农村生活污水管网', target: v('>=', 46.5, '公里'), weight: 10 },
      { name: '提标改造农村污水处理设施', target: v('>=', 32, '座'), weight: 10, nameLines: ['提标改造农村', '污水处理设施'] } as SzItem,
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '处理设施出水水质达标率', target: v('>=', 90, '%'), weight: 10, sym: true } as SzItem,
      { name: '工程竣工验收合格率', target: v('=', 100, '%'), weight: 5 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完工时间', target: tx('2025年11月30日前'), weight: 5, targetBreak: 11 } as SzItem,
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '污水管网建设单位成本', target: v('<=', 180, '万元/公里'), weight: 10, hiddenOld: '≤165万元/公里' } as SzItem,
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '农村生活污水治理率', target: v('>=', 95, '%'), weight: 10, hiddenOld: '≥92%', sym: true } as SzItem,
      { name: '化学需氧量年削减量', target: v('>=', 380, '吨'), weight: 10, hiddenWeight: '8' } as SzItem,
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益农户数', target: v('>=', 1.26, '万户'), weight: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '设施运维管护机制', target: tx('长效运行'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益农户满意度', target: v('>=', 90, '%'), weight: 10 },
    ] },
  ],
  total: null,
};
const SZ_GOALS = [
  '1.新建改造农村生活污水管网46.5公里，提标改造农村污水处理设施32座；',
  '2.处理设施出水水质达标率不低于90%，农村生活污水治理率达到95%以上；',
  '3.化学需氧量年削减380吨以上，受益农户1.26万户，建立设施运维管护长效机制。',
];

/** WPS's habit: every character its own run, alternating run properties, proofing marks between runs. */
function wpsRuns(text: string, s: RunStyle = {}): string {
  let k = 0;
  return [...text].map((ch) => {
    k++;
    const ascii = ch.charCodeAt(0) < 0x2000;
    const style: RunStyle = { ...s, wps: true, font: ascii ? (k % 2 ? 'Times New Roman' : 'Arial') : k % 3 === 0 ? '仿宋_GB2312' : '宋体' };
    const r = ch === '\t' ? `<w:r>${rPr(style)}<w:tab/></w:r>` : run(ch, style);
    return (k === 2 ? '<w:proofErr w:type="spellStart"/>' : '') + r + (k === 3 ? '<w:proofErr w:type="spellEnd"/>' : '');
  }).join('');
}

function suzhouDoc(p: Project): string {
  const f = p.funds!;
  const W = [1150, 1350, 2500, 1650, 1650, 1000]; // 6 grid columns
  const sum = (from: number, n: number) => W.slice(from, from + n).reduce((a, b) => a + b, 0);
  const cellP = (paras: string[], col: number, span = 1, vMerge?: CellOpts['vMerge']) => tc(paras.join(''), { width: sum(col, span), span, vMerge });
  const wcell = (text: string, col: number, span = 1, s: RunStyle = {}, vMerge?: CellOpts['vMerge']) =>
    cellP([para(text ? wpsRuns(text, s) : '')], col, span, vMerge);
  const b = { bold: true };
  const bm = (name: string, inner: string) => `<w:bookmarkStart w:id="${revisionId}" w:name="${name}"/>${inner}<w:bookmarkEnd w:id="${revisionId++}"/>`;
  const head = [
    tr([wcell('项目　名称', 0, 1, b), cellP([para(bm('_GoBack', wpsRuns(p.project.name!)))], 1, 5)]),
    tr([wcell('主管部门', 0, 1, b), wcell(p.project.department!, 1, 2), wcell('实施\t单位', 3, 1, b), wcell(p.project.implementingUnit!, 4, 2)]),
    tr([wcell('项目　属性', 0, 1, b), wcell(p.project.attribute!, 1, 2), wcell('实施期限', 3, 1, b), wcell(p.project.period!, 4, 2)]),
    ...f.rows.map((r, i) => tr([
      i === 0 ? wcell('项目资金\n（万元）', 0, 1, b, 'restart') : wcell('', 0, 1, {}, 'bare'),
      wcell(String(r.label), 1, 2), wcell(money(r.annualBudget, '万元'), 3, 3),
    ])),
    tr([wcell('年度\n绩效\n目标', 0, 1, b), cellP(SZ_GOALS.map((g) => para(run(g, { wps: true, font: '仿宋_GB2312' }), { align: 'left' })), 1, 5)]),
  ];
  const header = tr(['一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据', '分值'].map((t, i) => wcell(t, i, 1, b)), { header: true });
  const basis: Record<string, string> = {
    数量指标: '项目实施方案', 质量指标: '《农村生活污水处理设施水污染物排放标准》', 时效指标: '年度工作计划', 成本指标: '近三年同类工程结算价',
    生态效益指标: '水环境质量考核要求', 社会效益指标: '受益村组统计', 可持续影响指标: '运维管理办法', 服务对象满意度指标: '历年满意度调查',
  };
  const rows = indicatorLayout(p.groups).map((r) => {
    const it = r.it as SzItem;
    const c1 = r.first1 ? wcell(r.level1Label, 0, 1, {}, r.n1 > 1 ? 'restart' : undefined) : wcell('', 0, 1, {}, 'bare');
    const c2 = r.first2 ? wcell(r.g.level2, 1, 1, {}, r.n2 > 1 ? 'restart' : undefined) : wcell('', 1, 1, {}, 'bare');
    const name = it.nameLines ? cellP(it.nameLines.map((l) => para(wpsRuns(l))), 2) : wcell(it.name, 2);
    const printed = printValue(it.target);
    let target = '';
    if (it.hiddenOld) target += run(it.hiddenOld, { wps: true, vanish: true });
    if (it.sym) target += `<w:r>${rPr({ wps: true })}<w:sym w:font="Symbol" w:char="F0B3"/></w:r>` + wpsRuns(printed.slice(1));
    else if (it.targetBreak) target += wpsRuns(`${printed.slice(0, it.targetBreak)}\n${printed.slice(it.targetBreak)}`);
    else target += wpsRuns(printed);
    const weight = (it.hiddenWeight ? run(it.hiddenWeight, { wps: true, vanish: true }) : '') + wpsRuns(num(it.weight));
    return tr([c1, c2, name, cellP([para(target)], 3), wcell(r.first2 ? basis[r.g.level2]! : '', 4), cellP([para(weight)], 5)]);
  });
  return [
    para(wpsRuns(p.title, { size: 36, font: '方正小标宋简体' }), { size: 36, spacingAfter: 120 }),
    para(run('单位名称（盖章）：苏州市吴江区水务局', { wps: true, size: 21 }) + run('\t\t\t\t\t金额单位：万元', { wps: true, size: 21 }), { align: 'left', size: 21 }),
    tbl(W, [...head, header, ...rows], { fixed: true }),
    para(run('', { wps: true })),
  ].join('');
}

// ───────────────────────── 4. xizang: odd merges ─────────────────────────

const xzTraining: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '城关区农牧民职业技能培训补助资金', department: '拉萨市城关区人力资源和社会保障局', implementingUnit: '拉萨市城关区就业服务中心', category: '专项业务类', attribute: '延续项目' },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 2_400_000, annualBudget: 2_650_000, executed: 2_583_750, weight: 10, executionRate: 97.5, score: 9.75 },
      { label: '其中：中央补助资金', initialBudget: 1_800_000, annualBudget: 1_800_000, executed: 1_800_000 },
      { label: '区级配套资金', initialBudget: 600_000, annualBudget: 850_000, executed: 783_750 },
    ],
  },
  goal: '全年开展农牧民职业技能培训3000人次以上，开设培训工种12个以上，培训合格率90%以上，培训后实现就业1800人以上，带动农牧民人均增收2000元以上。',
  achieved: '全年培训农牧民3120人次，开设工种14个，培训合格率93.5%，取得职业技能等级证书1430人，培训后实现就业1865人，人均增收2150元。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '培训农牧民人数', target: v('>=', 3000, '人次'), actual: v(null, 3120, '人次'), weight: 10, score: 10 },
      { name: '开设培训工种数', target: v('>=', 12, '个'), actual: v(null, 14, '个'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '培训合格率', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
      { name: '取得职业技能等级证书人数', target: v('>=', 1500, '人'), actual: v(null, 1430, '人'), weight: 8, score: 7,
        why: '部分工种等级认定考核安排在2025年一季度，证书未能在年内取得' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '培训任务完成时间', target: dt('2024-11-30'), actual: dt('2024-11-25'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '人均培训补助标准', target: v('<=', 800, '元/人'), actual: v(null, 780, '元/人'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '培训后实现就业人数', target: v('>=', 1800, '人'), actual: v(null, 1865, '人'), weight: 10, score: 10 },
      { name: '参训农牧民人均增收', target: v('>=', 2000, '元'), actual: v(null, 2150, '元'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '技能培训长效机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '参训农牧民满意度', target: v('>=', 90, '%'), actual: v(null, 95.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.75, grade: '优' },
};

function xizangDoc(p: Project): string {
  const f = p.funds!;
  // the grid says eight equal columns; every cell's tcW says otherwise
  const GRID = new Array<number>(8).fill(1160);
  const TCW = [1000, 1300, 2150, 1150, 1150, 650, 650, 1230];
  const sum = (from: number, n: number) => TCW.slice(from, from + n).reduce((a, b) => a + b, 0);
  const cell = (text: string, col: number, span = 1, s: RunStyle = {}, more: Partial<CellOpts> = {}) =>
    tc(text.split('\n').map((line) => ptext(line, s, text.length > 26 ? 'left' : 'center')).join(''), { width: sum(col, span), span, ...more });
  /** a cell merged over n grid columns the old way: a restart cell and n-1 hMerge continuation cells */
  const hmerged = (text: string, col: number, n: number, s: RunStyle = {}) =>
    [tc(ptext(text, s, text.length > 26 ? 'left' : 'center'), { width: TCW[col]!, hMerge: 'restart' }),
      ...Array.from({ length: n - 1 }, (_, k) => tc('<w:p/>', { width: TCW[col + k + 1]!, hMerge: 'continue' }))];
  /** a vMerge continuation cell that still holds a stray paragraph: a space run, or two empty paragraphs */
  const stray = (col: number, kind: 'space' | 'two' | 'bare' = 'space') => tc(kind === 'bare' ? '<w:p/>' : kind === 'space'
    ? `<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> </w:t></w:r></w:p>`
    : '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>', { width: TCW[col]!, vMerge: kind === 'two' ? 'continue' : 'bare' });
  const b = { bold: true };
  const head = [
    tr([cell('项目名称', 0, 1, b), ...hmerged(p.project.name!, 1, 7)]),
    tr([cell('主管部门', 0, 1, b), cell(p.project.department!, 1, 3), cell('实施单位', 4, 1, b), cell(p.project.implementingUnit!, 5, 3)]),
    // a row shorter than the grid: two grid columns left off at the end
    tr([cell('项目类别', 0, 1, b), cell(p.project.category!, 1, 2), cell('项目属性', 3, 1, b), cell(p.project.attribute!, 4, 2)], { gridAfter: [2, sum(6, 2)] }),
    tr([cell('项目资金（元）', 0, 1, b), cell('', 1, 1, b), cell('年初预算数', 2, 1, b), cell('全年预算数', 3, 1, b), cell('全年执行数', 4, 1, b),
      cell('分值', 5, 1, b), cell('执行率', 6, 1, b), cell('得分', 7, 1, b)]),
    // the money lines begin one grid column in: no cell under the block label
    ...f.rows.map((r) => tr([cell(String(r.label), 1), cell(money(r.initialBudget, '元'), 2), cell(money(r.annualBudget, '元'), 3), cell(money(r.executed, '元'), 4),
      cell(dash(r.weight), 5), cell(rate(r.executionRate), 6), cell(dash(r.score), 7)], { gridBefore: [1, TCW[0]!] })),
    tr([cell('年度总体目标', 0, 1, b, { vMerge: 'restart' }), cell('预期目标', 1, 3, b), cell('实际完成情况', 4, 4, b)]),
    tr([stray(0, 'two'), cell(p.goal!, 1, 3), cell(p.achieved!, 4, 4)]),
  ];
  const header = tr(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map((t, i) => cell(t, i, 1, b)), { header: true });
  let k = 0;
  const rows = indicatorLayout(p.groups).map((r) => {
    k++;
    const c1 = r.first1 ? cell(r.level1Label, 0, 1, {}, { vMerge: r.n1 > 1 ? 'restart' : undefined }) : stray(0, k % 3 === 0 ? 'two' : 'space');
    const c2 = r.first2 ? cell(r.g.level2, 1, 1, {}, { vMerge: r.n2 > 1 ? 'restart' : undefined }) : stray(1, k % 2 ? 'space' : 'bare');
    const it = r.it;
    return tr([c1, c2, cell(it.name, 2), cell(printValue(it.target), 3), cell(printValue(it.actual ?? null), 4), cell(num(it.weight), 5),
      cell(num(it.score), 6, 1, {}, { widthType: k % 4 === 0 ? 'auto' : 'dxa' }), cell(it.why ?? '', 7)]);
  });
  const total = tr([...hmerged('总分', 0, 5, b), cell(num(p.total!.weight), 5), cell(num(p.total!.score), 6), cell(`自评等级：${p.total!.grade}`, 7)]);
  return [
    ptext(p.title, { size: 36, font: '方正小标宋简体' }),
    ptext('', { size: 18 }),
    tbl(GRID, [...head, header, ...rows, total], { tblW: 9000 }),
    ptext('填报人：次仁卓玛          联系电话：0891-6325418          填报日期：2025年3月18日', { size: 18 }, 'left'),
  ].join('');
}

// ───────────────────────── write ─────────────────────────

interface Probe { stem: string; body: string; application: string; trackRevisions?: boolean; project: Project; notes: string[] }

const probes: Probe[] = [
  {
    stem: 'probe-r10-docx-xinjiang-heating-2024-split-tables',
    body: xinjiangDoc(xjHeating),
    application: 'Microsoft Office Word',
    project: xjHeating,
    notes: [
      'One 自评表 pasted page by page as three w:tbl elements with an empty paragraph between them: (1) 项目名称 … funds … 年度总体目标, (2) the indicator column header (not marked tblHeader) and the rows down to 供暖期室温达标率, (3) the column header again (w:tblHeader) and the rest with the 总分 row. One table: one golden Table.',
      'The split falls inside 效益指标: the first row of part 3 has an EMPTY 一级 cell merged over the two 效益 rows left in it (what Word\'s Split Table leaves); a reader knows it continues 效益指标 (level1 效益指标).',
      'The title 2024年度项目支出绩效自评表 is in a floating text box (mc:AlternateContent: wps:txbx and its w:pict/v:textbox fallback, the same text twice in the XML), the only place the year 2024 is printed above the table (the 填报日期 note under the table says 2025年3月20日).',
      'Funds in 万元: 年度资金总额 with 分值 10, 执行率 98.00%, 得分 9.8 (in the 总分 99); 其他资金 printed "—" everywhere (label only). No grade printed.',
      '"2024年10月15日前" is a deadline phrase: text; the actual 2024年10月10日 is a date.',
    ],
  },
  {
    stem: 'probe-r10-docx-wuhan-nursery-2025-tracked-changes',
    body: wuhanDoc(whNursery),
    application: 'Microsoft Office Word',
    trackRevisions: true,
    project: whNursery,
    notes: [
      'Saved with revisions on (w:trackRevisions): the accepted text counts. Targets of 开展托育服务机构数量, 托育机构备案率 and 入托婴幼儿家长满意度 are w:del old value + w:ins new value ("≥90%" deleted, "≥95%" inserted → ≥95%); the funds amounts 680.00 deleted, 734.00 inserted (→ 734 万元).',
      'A whole row 托育机构安全检查覆盖率 ≥90% (分值 10) is a deleted row (w:trPr/w:del, its runs in w:del): not an indicator. The row 千人口托位数 is an inserted row (w:trPr/w:ins, runs in w:ins): an indicator. Weights of the accepted rows sum to 100.',
      'Content controls: the year of the title in a date w:sdt ("2025" + "年度项目支出绩效目标表"); 项目名称, 主管部门, 实施单位, 实施期限 value cells each wrapped in a cell-level w:sdt; the three funds rows wrapped in one row-level w:sdt (repeating section).',
      'The 补助资金拨付时间 target is a w:fldSimple QUOTE field whose result is "2025年9月30日前" (a deadline phrase: text). The caption 填报日期 is a complex DATE field (w:fldChar) with cached result 2024年11月6日 — a caption, not a field of the golden; the year is the title\'s 2025.',
      '指标值说明 column is not transcribed; 项目属性 → attribute, 实施期限 → period. No total row. 其他资金 0.00 → 0.',
    ],
  },
  {
    stem: 'probe-r10-docx-suzhou-sewage-2025-wps-runs',
    body: suzhouDoc(szSewage),
    application: 'WPS Office_12.1.0.16929_F1E327BC-269C-435d-A152-05C5408002CA',
    project: szSewage,
    notes: [
      'Written the way WPS writes: almost every character its own w:r with alternating w:rFonts, w:proofErr marks and a bookmark between runs; labels "项目　名称" / "项目　属性" with a full-width space and "实施<w:tab/>单位" with a tab; "项目资金（万元）" and "年度绩效目标" broken by w:br; the goals cell three paragraphs.',
      'Hidden text (w:vanish) holds old values in front of the printed ones: "≤165万元/公里" before ≤180万元/公里, "≥92%" before ≥95%, and an old weight "8" before the 10 of 化学需氧量年削减量. Hidden text is not printed: targets ≤180万元/公里 and ≥95%, weight 10.',
      'The ≥ of 处理设施出水水质达标率 and 农村生活污水治理率 is a Symbol-font character (w:sym w:font="Symbol" w:char="F0B3"), printed ≥: targets ≥90% and ≥95%.',
      '提标改造农村污水处理设施 is written as two paragraphs in its cell (one name); the deadline "2025年11月30日前" has a w:br before 前 (one value, a deadline phrase: text).',
      '指标值设定依据 column not transcribed; 项目属性 → attribute, 实施期限 → period. The caption "单位名称（盖章）" is not a project field. No total row; 分值 sums to 100.',
    ],
  },
  {
    stem: 'probe-r10-docx-xizang-training-2024-odd-merges',
    body: xizangDoc(xzTraining),
    application: 'Microsoft Office Word',
    project: xzTraining,
    notes: [
      'Merges written the less common ways: the 项目名称 value and the 总分 label merged with w:hMerge (a restart cell and continuation cells, one per grid column) instead of w:gridSpan; 一级/二级 and 年度总体目标 merged with w:vMerge whose continuation cells still hold a stray paragraph (a run of one space, or two empty paragraphs; some w:vMerge w:val="continue", some bare).',
      'Rows shorter than the grid: the 项目类别/项目属性 row ends two grid columns early (w:gridAfter 2); the three money lines start one grid column in (w:gridBefore 1), leaving no cell under 项目资金（元）, which is the label of the block header row only.',
      'The w:tblGrid says eight equal columns (1160 twips) while each cell\'s w:tcW gives other widths (some w:type="auto"): cells are placed by grid column counts, not widths.',
      'Funds in 元 with thousands separators; 一级 weights printed in the 一级 cell (产出指标（50分）). 项目类别 → category, 项目属性 → attribute. Total 100 / 98.75, grade 优 from "自评等级：优" in the 总分 row.',
    ],
  },
];

for (const probe of probes) {
  checkTotals(probe.project);
  const file = `${probe.stem}.docx`;
  writeFileSync(join(OUT, file), packageDocx(probe.body, { application: probe.application, trackRevisions: probe.trackRevisions }));
  const { deleted: _notPrinted, ...project } = probe.project as Project & { deleted?: unknown };
  const t = goldenTable(project as Project);
  writeGolden(file, { source: file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...probe.notes], tables: [t] });
  console.log(`samples/probe/${file}`);
}
