/**
 * DOCX probes, round 6 (samples/probe/probe-r6-docx-*.docx): four Word documents laid out the way real
 * Word-made disclosures are, each exercising something a real .docx does, written here cell by cell from
 * hand-written content (the `docx` package writes every feature; no hand-written WordprocessingML needed):
 *    - department-report (江西): a 部门绩效自评报告 of prose paragraphs (部门概况, 绩效自评情况 with amounts,
 *      rates and indicator results written in sentences, not a table), then two 项目支出绩效自评表, each on a
 *      new page under a heading paragraph "附件1：…项目支出绩效自评表" / "附件2：…";
 *    - nested-indicators (重庆): a 自评表 whose outer table holds the header fields, the funds and the goals,
 *      and whose last row is one cell (merged across all columns) holding a caption paragraph and the
 *      indicator block as a NESTED table (with the 总分 row);
 *    - merged-targets (福建): a 项目支出绩效目标表 on a grid of 8 columns: header fields as gridSpan pairs, 一级/二级
 *      as vMerge, 三级 and 指标解释 spanning two grid columns, manual line breaks (w:br) inside the project
 *      name and some indicator names, the first two rows marked as repeating header rows (w:tblHeader),
 *      and three empty padding rows at the end;
 *    - title-in-table (青海): a 自评表 with no paragraph above it: the title and "（2023年度）" are the first row
 *      (one cell merged across all 10 columns), and the 总分 row carries "自评等级：优" in a merged cell.
 *    Their goldens (golden/probe-r6-docx-*.docx.golden.json) are written from the same hand-written content
 *    (goldenTable of probe-content.ts), never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-docx-r6.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import {
  AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { printNumber, printValue } from './golden-model.js';
import { OUT, dt, goldenTable, indicatorRows, num, tx, v, writeGolden, type Item, type Project } from './probe-content.js';
import { builtRows, bodyCell, headerCell, type CellSpec, type PrintedCell } from './table-builder.js';
import { buildZip, type ZipFile } from './zip-writer.js';

const GENERATOR = 'scripts/samples/make-probe-docx-r6.ts';
const h = headerCell;
const c = bodyCell;

/** A manual line break typed inside a cell (Shift+Enter): written as w:br inside one paragraph. */
const BR = '\u2028';
/** Amounts are written by hand in 万元; the golden holds yuan. */
const wan = (x: number) => Math.round(x * 10_000);
/** Money as these tables print it: two decimals, thousands separators in the 元 table. */
const money = (yuan: unknown, unit: '元' | '万元'): string => {
  if (yuan === null || yuan === undefined) return '—';
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: unit === '元' || n >= 1000 });
};
const rate = (r: unknown) => (r == null ? '—' : `${(r as number).toFixed(2)}%`);
const dash = (x: unknown) => (x == null ? '—' : printNumber(x as number));
/** The golden name of a cell typed with manual line breaks: one name. */
const joined = (s: string) => s.split(BR).join('');

// ───────────────────────── rendering ─────────────────────────

const SONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const XIAOBIAOSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const TEXT_WIDTH = 9000;

interface DocTable {
  rows: PrintedCell[][];
  /** relative column widths */
  weights: number[];
  /** the first N rows carry w:tblHeader (Word's "repeat as header row at the top of each page") */
  headerRows?: number;
  /** a row whose single cell holds a caption and a nested table */
  nested?: { row: number; caption: string; table: DocTable };
  /** cells of these texts are set bold (labels) */
  bold?: (cell: PrintedCell, r: number) => boolean;
  /** font size of cell text in half-points (default 18 = 9 pt) */
  size?: number;
}

function cellParagraphs(cell: PrintedCell, bold: boolean, size: number): Paragraph[] {
  const long = cell.text.length > 24;
  return cell.text.split('\n').map((line) => new Paragraph({
    alignment: long ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: line.split(BR).map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : undefined, bold, size, font: SONG })),
  }));
}

function renderTable(t: DocTable, textWidth: number): Table {
  const sum = t.weights.reduce((a, b) => a + b, 0);
  const widths = t.weights.map((w) => Math.floor((textWidth * w) / sum));
  const spanWidth = (cell: PrintedCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  const size = t.size ?? 18;
  const rows = t.rows.map((cells, r) => new TableRow({
    tableHeader: r < (t.headerRows ?? 0) ? true : undefined,
    children: cells.map((cell) => {
      const width = spanWidth(cell);
      const children = t.nested && t.nested.row === r
        ? [
          new Paragraph({ children: [new TextRun({ text: t.nested.caption, bold: true, size, font: SONG })] }),
          renderTable(t.nested.table, width - 220),
          new Paragraph({ children: [] }),
        ]
        : cellParagraphs(cell, cell.header || (t.bold?.(cell, r) ?? false), size);
      return new TableCell({
        children,
        columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
        rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
        verticalAlign: VerticalAlign.CENTER,
        width: { size: width, type: WidthType.DXA },
      });
    }),
  }));
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA } });
}

type Block =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'prose'; text: string }
  | { kind: 'attachment'; text: string; pageBreak: boolean }
  | { kind: 'caption'; text: string }
  | { kind: 'table'; table: DocTable }
  | { kind: 'note'; text: string };

function renderBlocks(blocks: Block[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.text, size: 40, font: XIAOBIAOSONG })] }));
        break;
      case 'subtitle':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [new TextRun({ text: b.text, size: 32, font: FANGSONG })] }));
        break;
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, indent: { firstLine: 640 }, children: [new TextRun({ text: b.text, size: 32, font: HEITI, color: '000000' })] }));
        break;
      case 'prose':
        children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text: b.text, size: 32, font: FANGSONG })] }));
        break;
      case 'attachment':
        children.push(new Paragraph({ pageBreakBefore: b.pageBreak || undefined, spacing: { after: 120 }, children: [new TextRun({ text: b.text, size: 28, font: HEITI })] }));
        break;
      case 'caption':
        children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: b.text, size: 21, font: SONG })] }));
        break;
      case 'table':
        children.push(renderTable(b.table, TEXT_WIDTH));
        break;
      case 'note':
        children.push(new Paragraph({ children: [new TextRun({ text: b.text, size: 18, font: SONG })] }));
        break;
    }
  }
  const doc = new Document({
    creator: 'Administrator', lastModifiedBy: 'Administrator', title: '',
    styles: { default: { document: { run: { font: SONG, size: 21 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1418, right: 1418 } } }, children }],
  });
  return Packer.toBuffer(doc).then(asWordWritesIt);
}

/** The entries of a ZIP the docx package wrote (central directory, stored or deflated). */
function unzip(zip: Buffer): ZipFile[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files: ZipFile[] = [];
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body) });
    at += 46 + skip;
  }
  return files;
}

/**
 * What the docx package writes differently from Word, rewritten in the package's XML: Word marks a
 * continued vertical merge as a bare <w:vMerge/> (the docx package writes w:val="continue").
 */
function asWordWritesIt(docx: Buffer): Buffer {
  const files = unzip(docx).map((f) => f.name !== 'word/document.xml' ? f
    : { name: f.name, data: Buffer.from(f.data).toString('utf8').replaceAll('<w:vMerge w:val="continue"/>', '<w:vMerge/>') });
  return buildZip(files);
}

// ───────────────────────── shared self-evaluation pieces ─────────────────────────

/** 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 (deviation over `whySpan` grid columns). */
const selfCells = (whySpan = 1) => (it: Item): CellSpec[] =>
  [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '', { span: whySpan })];

/** Funds lines of a self-evaluation: label | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 ("—" where none). */
const fundsLines = (p: Project): CellSpec[][] => p.funds!.rows.map((r) => [
  c(String(r.label)), c(money(r.initialBudget, p.funds!.publishedUnit)), c(money(r.annualBudget, p.funds!.publishedUnit)),
  c(money(r.executed, p.funds!.publishedUnit)), c(dash(r.weight)), c(rate(r.executionRate)), c(dash(r.score)),
]);

/** Checks the hand-written numbers add up: indicator weights + funds weight = total weight, scores likewise. */
function checkTotals(p: Project): void {
  const items = p.groups.flatMap((g) => g.items);
  const w = items.reduce((a, it) => a + (it.weight ?? 0), 0) + ((p.funds?.rows[0]?.weight as number | undefined) ?? 0);
  const s = items.reduce((a, it) => a + (it.score ?? 0), 0) + ((p.funds?.rows[0]?.score as number | undefined) ?? 0);
  if (p.total && (Math.abs(w - p.total.weight!) > 1e-9 || (p.total.score !== null && Math.abs(s - p.total.score) > 1e-9))) {
    throw new Error(`${p.project.name}: weights ${w} / scores ${s} do not add up to ${p.total.weight} / ${p.total.score}`);
  }
  if (!p.total && Math.abs(w - 100) > 1e-9) throw new Error(`${p.project.name}: weights ${w}`);
  const f = p.funds?.rows[0];
  if (f?.executionRate != null) {
    const r = Math.round(((f.executed as number) / (f.annualBudget as number)) * 10_000) / 100;
    if (Math.abs(r - (f.executionRate as number)) > 1e-9) throw new Error(`${p.project.name}: rate ${r} vs ${f.executionRate}`);
  }
}

// ───────────────────────── 1. department-report (江西) ─────────────────────────

const JX_DEPT = '上饶市广丰区农业农村局';

const jxFarmland: Project = {
  kind: 'project-self-evaluation',
  title: '附件1：2023年度高标准农田建设项目支出绩效自评表',
  year: 2023,
  project: { name: '2023年度高标准农田建设项目', department: JX_DEPT, implementingUnit: '上饶市广丰区农田建设服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: wan(2860), annualBudget: wan(3125.4), executed: wan(3046.87), weight: 10, executionRate: 97.49, score: 9.75 },
      { label: '其中：当年财政拨款', initialBudget: wan(2860), annualBudget: wan(2860), executed: wan(2781.47) },
      { label: '上年结转资金', initialBudget: 0, annualBudget: wan(265.4), executed: wan(265.4) },
      { label: '其他资金' },
    ],
  },
  goal: '新建高标准农田2.6万亩，其中高效节水灌溉0.4万亩，配套完善田间道路、灌排渠系和农田输配电设施，项目区耕地质量提升0.5个等级以上，亩均粮食产能提高100公斤以上。',
  achieved: '全年新建高标准农田2.63万亩，其中高效节水灌溉0.42万亩，工程全部通过区级验收，项目区亩均粮食产能提高105公斤，农户满意度93.6%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建高标准农田面积', target: v('>=', 2.6, '万亩'), actual: v(null, 2.63, '万亩'), weight: 10, score: 10 },
      { name: '新增高效节水灌溉面积', target: v('>=', 0.4, '万亩'), actual: v(null, 0.42, '万亩'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '项目区耕地质量等级提升', target: v('>=', 0.5, '等'), actual: v(null, 0.5, '等'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完工时间', target: dt('2023-12-31'), actual: dt('2023-12-20'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均财政投入', target: v('<=', 1500, '元/亩'), actual: v(null, 1468, '元/亩'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '项目区亩均粮食产能提高', target: v('>=', 100, '公斤'), actual: v(null, 105, '公斤'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益农户数', target: v('>=', 1.2, '万户'), actual: v(null, 1.18, '万户'), weight: 10, score: 9,
        why: '部分地块流转后受益主体合并统计，下年度细化受益农户统计口径' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程设施管护机制', target: tx('建立并有效运行'), actual: tx('已建立并有效运行'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '项目区农户满意度', target: v('>=', 90, '%'), actual: v(null, 93.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.75, grade: null },
};

const jxSanitation: Project = {
  kind: 'project-self-evaluation',
  title: '附件2：2023年度农村人居环境整治项目支出绩效自评表',
  year: 2023,
  project: { name: '2023年度农村人居环境整治项目', department: JX_DEPT, implementingUnit: JX_DEPT },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: wan(680), annualBudget: wan(742.5), executed: wan(701.36), weight: 10, executionRate: 94.46, score: 9.45 },
      { label: '其中：当年财政拨款', initialBudget: wan(680), annualBudget: wan(742.5), executed: wan(701.36) },
      { label: '上年结转资金', initialBudget: 0, annualBudget: 0, executed: 0 },
      { label: '其他资金', initialBudget: 0, annualBudget: 0, executed: 0 },
    ],
  },
  goal: '完成农村户用卫生厕所改造3200户，新建农村生活垃圾收集点180个，农村卫生厕所普及率达到90%以上，农村生活垃圾无害化处理率达到95%以上。',
  achieved: '完成农村户用卫生厕所改造3265户，新建垃圾收集点186个，农村卫生厕所普及率91.4%，生活垃圾无害化处理率93.8%。',
  groups: [
    { level1: '产出指标', level1Weight: 45, level2: '数量指标', items: [
      { name: '农村户用卫生厕所改造数', target: v('>=', 3200, '户'), actual: v(null, 3265, '户'), weight: 15, score: 15 },
      { name: '新建农村生活垃圾收集点', target: v('>=', 180, '个'), actual: v(null, 186, '个'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level1Weight: 45, level2: '质量指标', items: [
      { name: '改厕质量验收合格率', target: v('>=', 95, '%'), actual: v(null, 97.2, '%'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level1Weight: 45, level2: '时效指标', items: [
      { name: '改厕任务完成时限', target: dt('2023-11-30'), actual: dt('2023-11-28'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 45, level2: '成本指标', items: [
      { name: '户厕改造补助标准', target: v('=', 1500, '元/户'), actual: v(null, 1500, '元/户'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level1Weight: 35, level2: '社会效益指标', items: [
      { name: '农村卫生厕所普及率', target: v('>=', 90, '%'), actual: v(null, 91.4, '%'), weight: 15, score: 15 },
    ] },
    { level1: '效益指标', level1Weight: 35, level2: '生态效益指标', items: [
      { name: '农村生活垃圾无害化处理率', target: v('>=', 95, '%'), actual: v(null, 93.8, '%'), weight: 10, score: 8,
        why: '偏远山区村转运频次不足，下一步增设转运车辆、加密清运频次' },
    ] },
    { level1: '效益指标', level1Weight: 35, level2: '可持续影响指标', items: [
      { name: '长效管护机制覆盖行政村比例', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '群众满意度', target: v('>=', 90, '%'), actual: v(null, 92.1, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.45, grade: null },
};

/** The national 自评表 on 8 columns: header fields, funds, goals, indicators (绩效指标 label merged down), 总分. */
function nationalSelfEvaluation(p: Project): DocTable {
  const f = p.funds!;
  const ind = indicatorRows(p.groups, selfCells());
  return {
    weights: [4, 5, 8, 5, 5, 3, 4, 6],
    rows: builtRows(8, [
      [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
      [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
      [c(`项目资金（${f.publishedUnit}）`, { span: 1, rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
      ...fundsLines(p),
      [c('年度总体目标', { rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
      [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
      // 绩效指标: the label merged down the block is not a column of its own here; the header row names the columns
      [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
      ...ind,
      [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    ]),
    bold: (cell) => /^(项目名称|主管部门|实施单位|项目资金|年度总体目标|总分)/.test(cell.text),
  };
}

const jxPrintedFunds = (p: Project) => p.funds!.rows[0]!;

function departmentReport(): Block[] {
  const a = jxPrintedFunds(jxFarmland);
  const b = jxPrintedFunds(jxSanitation);
  return [
    { kind: 'title', text: `${JX_DEPT}2023年度绩效自评报告` },
    { kind: 'heading', text: '一、部门概况' },
    { kind: 'prose', text: `${JX_DEPT}是区政府工作部门，主要负责统筹研究和组织实施全区“三农”工作发展战略、中长期规划和重大政策，负责农田建设、农业产业发展、农村人居环境整治和农村社会事业发展等工作。局机关内设综合股、计划财务股、农田建设管理股、乡村产业发展股等8个股室，下属事业单位5个。2023年末核定行政编制18名、事业编制64名，实有在职人员79人。` },
    { kind: 'prose', text: '2023年度部门收入合计8,426.35万元，其中一般公共预算财政拨款收入7,983.17万元、政府性基金预算财政拨款收入265.40万元、其他收入177.78万元；支出合计8,215.62万元，其中基本支出1,362.48万元、项目支出6,853.14万元。' },
    { kind: 'heading', text: '二、绩效自评情况' },
    { kind: 'prose', text: '（一）自评组织情况。按照区财政局关于开展2023年度预算绩效自评工作的通知要求，我局成立绩效自评工作领导小组，对纳入2023年度预算管理的12个项目全部开展绩效自评，覆盖项目资金6,853.14万元，自评覆盖率100%。' },
    { kind: 'prose', text: `（二）项目自评结果。12个项目中，自评得分90分（含）以上的10个，80至90分的2个。其中，高标准农田建设项目全年预算数${money(a.annualBudget, '万元')}万元，执行数${money(a.executed, '万元')}万元，预算执行率${rate(a.executionRate)}，自评得分${printNumber(jxFarmland.total!.score!)}分；农村人居环境整治项目全年预算数${money(b.annualBudget, '万元')}万元，执行数${money(b.executed, '万元')}万元，预算执行率${rate(b.executionRate)}，自评得分${printNumber(jxSanitation.total!.score!)}分。` },
    { kind: 'prose', text: '（三）绩效目标完成情况。全年新建高标准农田2.63万亩，完成率101.2%；新增高效节水灌溉面积0.42万亩；完成农村户用卫生厕所改造3265户，农村卫生厕所普及率达到91.4%；农村生活垃圾无害化处理率93.8%，较年度目标95%低1.2个百分点；服务对象满意度均在90%以上。' },
    { kind: 'heading', text: '三、存在的问题' },
    { kind: 'prose', text: '一是部分项目绩效目标设置不够细化，个别指标量化程度不高；二是项目资金支付进度前慢后快，第四季度支付占全年支出的41.6%；三是绩效自评结果运用有待加强。' },
    { kind: 'heading', text: '四、下一步改进措施' },
    { kind: 'prose', text: '一是提高绩效目标编制质量，做到指标清晰、可衡量；二是加强预算执行监控，按月通报支出进度；三是将自评结果作为以后年度预算安排的重要参考。' },
    { kind: 'prose', text: '附件：1．2023年度高标准农田建设项目支出绩效自评表' },
    { kind: 'prose', text: '2．2023年度农村人居环境整治项目支出绩效自评表' },
    { kind: 'attachment', text: jxFarmland.title, pageBreak: true },
    { kind: 'table', table: nationalSelfEvaluation(jxFarmland) },
    { kind: 'attachment', text: jxSanitation.title, pageBreak: true },
    { kind: 'table', table: nationalSelfEvaluation(jxSanitation) },
    { kind: 'note', text: '' },
  ];
}

// ───────────────────────── 2. nested-indicators (重庆) ─────────────────────────

const cqPreschool: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: {
    name: '普惠性幼儿园生均公用经费补助', department: '重庆市渝北区教育委员会', implementingUnit: '重庆市渝北区学前教育管理中心',
    attribute: '经常性项目',
  },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 8_640_000, annualBudget: 9_216_000, executed: 9_216_000, weight: 10, executionRate: 100, score: 10 },
      { label: '其中：财政拨款', initialBudget: 8_640_000, annualBudget: 9_216_000, executed: 9_216_000 },
      { label: '其他资金', initialBudget: 0, annualBudget: 0, executed: 0 },
    ],
  },
  goal: '按每生每年600元标准对全区普惠性幼儿园（含公办园和普惠性民办园）拨付生均公用经费补助，保障幼儿园正常运转，巩固学前三年毛入园率，扩大普惠性学前教育资源。',
  achieved: '全年对128所普惠性幼儿园拨付补助921.6万元，惠及在园幼儿3.26万人，学前三年毛入园率94.6%，普惠性幼儿园覆盖率91.3%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '补助普惠性幼儿园数量', target: v('>=', 126, '所'), actual: v(null, 128, '所'), weight: 10, score: 10 },
      { name: '惠及在园幼儿人数', target: v('>=', 3.2, '万人'), actual: v(null, 3.26, '万人'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '普惠性幼儿园覆盖率', target: v('>=', 90, '%'), actual: v(null, 91.3, '%'), weight: 8, score: 8 },
      { name: '资金使用合规率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付时限', target: dt('2023-06-30'), actual: dt('2023-06-26'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '生均公用经费补助标准', target: v('=', 600, '元/人'), actual: v(null, 600, '元/人'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '学前三年毛入园率', target: v('>=', 93, '%'), actual: v(null, 94.6, '%'), weight: 10, score: 10 },
      { name: '普惠性幼儿园在园幼儿占比', target: v('>=', 85, '%'), actual: v(null, 83.2, '%'), weight: 8, score: 6.5,
        why: '3所民办园转普惠审批未在年内完成，2024年上半年完成认定' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '普惠性学前教育成本分担机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 6, score: 6 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '幼儿家长满意度', target: v('>=', 90, '%'), actual: v(null, 95.2, '%'), weight: 8, score: 8 },
      { name: '幼儿园满意度', target: tx('不低于90%'), actual: v(null, 92, '%'), weight: 8, score: 8 },
    ] },
  ],
  total: { weight: 100, score: 98.5, grade: null },
};

function nestedIndicators(p: Project): Block[] {
  const f = p.funds!;
  const inner: DocTable = {
    weights: [4, 5, 8, 5, 5, 3, 3, 7],
    size: 18,
    rows: builtRows(8, [
      [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
      ...indicatorRows(p.groups, selfCells()),
      [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    ]),
  };
  const outer: DocTable = {
    weights: [4, 4, 7, 7, 7, 3, 4, 3],
    rows: builtRows(8, [
      [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
      [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
      [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 2 }), c('项目负责人', { span: 2 }), c('李红梅', { span: 'rest' })],
      [c(`项目资金（${f.publishedUnit}）`, { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
      ...fundsLines(p),
      [c('年度总体目标', { rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
      [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
      [c('', { span: 'rest' })],
    ]),
    bold: (cell) => /^(项目名称|主管部门|实施单位|项目属性|项目负责人|项目资金|年度总体目标)/.test(cell.text),
  };
  outer.nested = { row: outer.rows.length - 1, caption: '绩效指标完成情况', table: inner };
  return [
    { kind: 'title', text: p.title },
    { kind: 'caption', text: '填报单位（盖章）：重庆市渝北区教育委员会          填报日期：2024年3月15日' },
    { kind: 'table', table: outer },
    { kind: 'note', text: '填表人：王静        联系电话：023-67821456        单位负责人：陈志刚' },
  ];
}

// ───────────────────────── 3. merged-targets (福建) ─────────────────────────

const fjWater: Project = {
  kind: 'project-targets',
  title: '2024年度项目支出绩效目标表',
  year: 2024,
  project: {
    name: `闽侯县2024年农村供水保障${BR}工程（县级配套）`, department: '闽侯县水利局', implementingUnit: `闽侯县农村供水${BR}服务中心`,
    category: '专项业务类', attribute: '新增项目', period: '2024年1月—2024年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: wan(4580) },
      { label: '其中：财政拨款', annualBudget: wan(3980) },
      { label: '其他资金', annualBudget: wan(600) },
    ],
  },
  goal: '新建改造农村供水管网86公里，新建加压泵站6座，巩固提升4.5万农村人口供水保障水平，农村自来水普及率达到98%以上，推进城乡供水一体化和县级统管长效运行。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建改造供水管网长度', target: v('>=', 86, '公里'), weight: 10, explain: '年度内完工并通水的管网长度' },
      { name: '新建加压泵站', target: v('>=', 6, '座'), weight: 8, explain: '建成并投入运行的泵站座数' },
      { name: `农村供水工程${BR}受益人口`, target: v('>=', 4.5, '万人'), weight: 8, explain: '工程覆盖范围内常住人口' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村集中供水水质检测合格率', target: v('>=', 95, '%'), weight: 8, explain: '合格水样数/检测水样数×100%' },
      { name: '工程质量验收合格率', target: v('=', 100, '%'), weight: 8, explain: '验收合格单位工程数/完工单位工程数×100%' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '工程完工时间', target: dt('2024-11-30'), weight: 6, explain: '以竣工验收日期为准' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每公里管网综合造价', target: v('<=', 38, '万元/公里'), weight: 8, explain: '管网工程投资/管网长度' },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: `年减少群众${BR}取水费用支出`, target: v('>=', 260, '万元'), weight: 8, explain: '按受益户数和户均节约费用测算' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村自来水普及率', target: v('>=', 98, '%'), weight: 8, explain: '自来水覆盖人口/农村常住人口×100%' },
      { name: `规模化供水工程${BR}覆盖人口比例`, target: v('>=', 85, '%'), weight: 8, explain: '千吨万人工程覆盖人口/农村供水人口×100%' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: `县级统管${BR}长效运行机制`, target: tx('有效运行'), weight: 10, explain: '建立县级统管、专业化管护的运行机制' },
    ] },
    { level1: '满意度指标', level2: `服务对象${BR}满意度指标`, items: [
      { name: '受益群众满意度', target: v('>=', 90, '%'), weight: 10, explain: '抽样问卷调查' },
    ] },
  ],
  total: null,
};

function mergedTargets(p: Project): Block[] {
  const f = p.funds!;
  const printedGroups = p.groups;
  const rows = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目类别', { span: 2 }), c(p.project.category!, { span: 2 }), c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 'rest' })],
    [c('实施期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    [c('项目资金（万元）', { span: 2, rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget, '万元'), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget, '万元'), { span: 'rest' })]),
    [c('年度绩效目标', { span: 2 }), c(p.goal!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标', { span: 2 }), h('指标值'), h('指标解释及计算公式', { span: 2 }), h('分值')],
    ...indicatorRows(printedGroups, (it) => [c(it.name, { span: 2 }), c(printValue(it.target)), c(it.explain ?? '', { span: 2 }), c(num(it.weight))]),
    ...[0, 1, 2].map(() => [c(''), c(''), c('', { span: 2 }), c(''), c('', { span: 2 }), c('')]),
  ]);
  return [
    { kind: 'title', text: p.title },
    { kind: 'caption', text: '单位：万元' },
    {
      kind: 'table',
      table: {
        weights: [5, 6, 5, 6, 6, 5, 8, 3], rows, headerRows: 2,
        bold: (cell) => /^(项目名称|主管部门|实施单位|项目类别|项目属性|实施期限|项目资金|年度绩效目标)/.test(cell.text),
      },
    },
  ];
}

// ───────────────────────── 4. title-in-table (青海) ─────────────────────────

const qhElderly: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2023,
  project: { name: '城市社区居家养老服务中心运营补助', department: '西宁市城东区民政局', implementingUnit: '西宁市城东区民政局' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: wan(420), annualBudget: wan(398.6), executed: wan(385.22), weight: 10, executionRate: 96.64, score: 9.66 },
      { label: '其中：财政拨款', initialBudget: wan(420), annualBudget: wan(398.6), executed: wan(385.22) },
      { label: '其他资金' },
    ],
  },
  goal: '保障全区14个城市社区居家养老服务中心正常运营，全年提供助餐、助洁、助浴、日间照料等服务6万人次以上，居家社区养老服务覆盖率达到90%。',
  achieved: '14个服务中心全部正常运营，全年服务老年人6.38万人次，其中助餐服务3.12万人次，居家社区养老服务覆盖率92%，服务对象满意度96.3%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '服务中心运营数量', target: v('>=', 14, '个'), actual: v(null, 14, '个'), weight: 8, score: 8 },
      { name: '年服务老年人人次', target: v('>=', 6, '万人次'), actual: v(null, 6.38, '万人次'), weight: 8, score: 8 },
      { name: '助餐服务人次', target: v('>=', 3.5, '万人次'), actual: v(null, 3.12, '万人次'), weight: 6, score: 5.3,
        why: '部分社区助餐点冬季运营时间缩短，下年度增设流动送餐服务' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '服务中心星级评定达标率', target: v('>=', 80, '%'), actual: v(null, 85.7, '%'), weight: 6, score: 6 },
      { name: '安全责任事故发生次数', target: v('=', 0, '次'), actual: v(null, 0, '次'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '运营补助拨付及时率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单个中心年度运营补助', target: v('<=', 28, '万元'), actual: v(null, 27.5, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居家社区养老服务覆盖率', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 12, score: 12 },
      { name: '失能半失能老人上门服务覆盖率', target: tx('不低于60%'), actual: v(null, 62.5, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '居家养老服务长效运营机制', target: tx('逐步完善'), actual: tx('基本建立'), weight: 9, score: 8,
        why: '社会力量参与运营的激励政策尚未出台，下一步推动出台运营补贴办法' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '服务对象满意度', target: v('>=', 90, '%'), actual: v(null, 96.3, '%'), weight: 12, score: 12 },
    ] },
  ],
  total: { weight: 100, score: 97.96, grade: '优' },
};

function titleInTable(p: Project): Block[] {
  const f = p.funds!;
  const n = p.groups.reduce((a, g) => a + g.items.length, 0);
  const ind = indicatorRows(p.groups, selfCells(2));
  // the 绩效指标 label is merged down over the header row and the indicator rows
  const header = [c('绩效指标', { rowSpan: n + 1 }), h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施', { span: 2 })];
  const rows = builtRows(10, [
    [h(`${p.title}\n（${p.year}年度）`, { span: 10 })],
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 3 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c(`项目资金（${f.publishedUnit}）`, { span: 2, rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分', { span: 'rest' })],
    ...fundsLines(p).map((r) => [...r.slice(0, -1), { ...r[r.length - 1]!, span: 'rest' as const }]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 4 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 4 }), c(p.achieved!, { span: 'rest' })],
    header,
    ...ind,
    [c('总分', { span: 6 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`, { span: 2 })],
  ]);
  return [
    {
      kind: 'table',
      table: {
        weights: [3, 4, 5, 8, 5, 5, 3, 4, 4, 4], rows,
        bold: (cell, r) => r === 0 || /^(项目名称|主管部门|实施单位|项目资金|年度总体目标|绩效指标|总分)/.test(cell.text),
      },
    },
    { kind: 'note', text: '' },
    { kind: 'note', text: '填报人：马玉兰          联系电话：0971-8123467          填报日期：2024年4月8日' },
  ];
}

// ───────────────────────── write ─────────────────────────

interface Probe { stem: string; blocks: Block[]; projects: Project[]; notes: string[] }

const probes: Probe[] = [
  {
    stem: 'probe-r6-docx-jiangxi-agriculture-2023-department-report',
    blocks: departmentReport(),
    projects: [jxFarmland, jxSanitation],
    notes: [
      'A 部门绩效自评报告: title, prose paragraphs (部门概况, 绩效自评情况 with amounts, execution rates, scores and indicator results in sentences: not tables), then two 自评表 each on a new page under a heading paragraph 附件1：/附件2：…项目支出绩效自评表 (the title).',
      'Funds lines: 其他资金 printed with "—" in every column of the first table (label only, amounts null); 上年结转资金 / 其他资金 printed 0.00 in the second (0). Weight, rate and score of the sub-lines are "—" (null).',
      'The second table prints the 一级 weights in the 一级 cell ("产出指标（45分）"); the first does not. No grade printed.',
    ],
  },
  {
    stem: 'probe-r6-docx-chongqing-preschool-2023-nested-indicators',
    blocks: nestedIndicators(cqPreschool),
    projects: [cqPreschool],
    notes: [
      'The outer table holds 项目名称 / 主管部门 / 实施单位 / 项目属性 / 项目负责人, the funds (in 元, thousands separators) and the goals; its last row is one cell merged across all columns holding a caption paragraph "绩效指标完成情况" and the indicator block as a nested table ending with the 总分 row.',
      '项目负责人 has no golden field. "不低于90%" is a target in words: text.',
    ],
  },
  {
    stem: 'probe-r6-docx-fujian-rural-water-2024-merged-targets',
    blocks: mergedTargets(fjWater),
    projects: [fjWater],
    notes: [
      'A 目标表 on an 8-column grid: header fields as gridSpan pairs, funds label merged down (vMerge) beside label | amount pairs, 一级/二级 merged down (vMerge), 三级 and 指标解释 cells spanning two grid columns; rows 1–2 (项目名称, 主管部门/实施单位) marked w:tblHeader; three empty padding rows end the table.',
      'Manual line breaks (w:br) inside the project name, the 实施单位, three 三级 names and the 二级 服务对象满意度指标: each is one name, joined without the break.',
      'Weights from the 分值 column (sum 100); no total row.',
    ],
  },
  {
    stem: 'probe-r6-docx-qinghai-elderly-care-2023-title-in-table',
    blocks: titleInTable(qhElderly),
    projects: [qhElderly],
    notes: [
      'No paragraph above the table: its first row is one cell merged across all 10 columns holding "项目支出绩效自评表" and "（2023年度）" as two paragraphs; title "项目支出绩效自评表", year 2023 from that cell.',
      'A 绩效指标 label merged down the left of the indicator block; 偏差原因 over two grid columns; the 总分 row carries "自评等级：优" in a cell merged over the two deviation columns (grade 优).',
      '其他资金 printed with "—" in every column (label only). "不低于60%" is a target in words: text.',
    ],
  },
];

for (const probe of probes) {
  for (const p of probe.projects) checkTotals(p);
  const file = `${probe.stem}.docx`;
  writeFileSync(join(OUT, file), await renderBlocks(probe.blocks));
  const tables = probe.projects.map((p) => {
    const t = goldenTable(p);
    const project = Object.fromEntries(Object.entries(t.project).map(([k, x]) => [k, typeof x === 'string' ? joined(x) : x]));
    const indicators = t.indicators.map((i) => ({ ...i, level2: joined(i.level2), level3: joined(i.level3) }));
    return { ...t, project, indicators };
  });
  writeGolden(file, { source: file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...probe.notes], tables });
  console.log(`samples/probe/${file}`);
}
