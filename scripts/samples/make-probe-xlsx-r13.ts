/**
 * XLSX probes, round 13a (samples/probe/probe-r13-xlsx-*.xlsx): six workbooks with the hazards real department
 * spreadsheets carry, written cell by cell with exceljs (as make-probe-xlsx-r6.ts does) from content written here
 * by hand; their goldens (golden/<file>.golden.json) are written from the same content, never from evaltab's output:
 *    - jiangsu-nantong-…-number-formats (江苏): a self-evaluation whose cells are numbers shown through formats —
 *      amounts stored in 元 and shown in 万元 by the 0\.0000 trick (typed 0!.0000), 执行率 0.00%, weights 0.0, scores 0.00, and
 *      targets / actuals as numbers with custom formats that print the comparator and unit ("≥"0%, "≤"0"个工作日");
 *    - shandong-yinan-…-dates (山东 county): targets and actuals as Excel serial dates in four date formats, 项目期限
 *      as two date cells around 至, funds in 元 formatted #,##0.00;
 *    - henan-luoyang-…-formulas-cached (河南): 年度资金总额 = SUM of its source lines, 执行率 = 执行数/预算数,
 *      the funds score and the 总分 row as formulas, with their cached results as Excel saves them;
 *    - hubei-yichang-…-formulas-uncached (湖北): the same formulas written with NO cached value (as generators
 *      that do not calculate write them): Excel computes them on opening, so the golden holds what Excel shows;
 *    - sichuan-mianyang-…-toc-hidden (四川): a 汇总/目录 sheet first (project names hyperlinked to their sheets), one
 *      sheet per project, a hidden old-version column and a hidden helper column, hidden rows, and a hidden sheet
 *      holding another project;
 *    - yunnan-mile-…-stacked-rich-text (云南 county): three 绩效目标表 stacked in one sheet (each with its title,
 *      blank rows between), 一级/二级 written once at the top of their block and not merged, rich-text cells,
 *      Alt+Enter line breaks inside names, a print area and a frozen header.
 *
 *   npx tsx scripts/samples/make-probe-xlsx-r13.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readZipDirectory, readZipEntry } from '../../src/ingest/docx/zip-reader.js';
import { printValue, type GoldenValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';
import { buildZip } from './zip-writer.js';

const GENERATOR = 'scripts/samples/make-probe-xlsx-r13.ts';
const SAVED = new Date(Date.UTC(2025, 2, 20));

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };
const MONEY = '#,##0.00';
const DATE_FMT = 'yyyy"年"m"月"d"日"';
const SELF_TITLE = '项目支出绩效自评表';

/** 万元 as typed → 元, without float noise */
const yuan = (wan: number | null): number | null => (wan === null ? null : Math.round(wan * 1_000_000) / 100);
/** a fraction in a 0.00% cell → the percentage shown (rounded as the format rounds it) */
const pct = (f: number | null): number | null => (f === null ? null : Number((f * 100).toFixed(2)));
const round2 = (x: number) => Number(x.toFixed(2));

// ───────────────────────── cells (as make-probe-xlsx-r6.ts) ─────────────────────────

interface Style { numFmt?: string; bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; border?: boolean; fill?: boolean }

function put(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number, value: ExcelJS.CellValue, s: Style = {}): void {
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  cell.value = value;
  if (s.numFmt) cell.numFmt = s.numFmt;
  const text = typeof value === 'string';
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const covered = ws.getCell(r, c);
      if (s.border !== false) covered.border = BORDER;
      covered.font = { ...FONT, bold: s.bold ?? false, size: s.size ?? FONT.size };
      covered.alignment = { vertical: 'middle', horizontal: s.align ?? (text && String(value).length > 16 ? 'left' : 'center'), wrapText: true };
      if (s.fill) covered.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    }
  }
}
const one = (ws: ExcelJS.Worksheet, r: number, c: number, value: ExcelJS.CellValue, s: Style = {}) => put(ws, r, c, r, c, value, s);

interface Typed { value: ExcelJS.CellValue; numFmt?: string }

/** A value as text, a date as a date (default format), a bare percentage as a fraction in `percent`. */
function typed(value: GoldenValue | null | undefined, percent = '0.00%', dateFmt = DATE_FMT): Typed {
  if (!value) return { value: null };
  if (value.date) {
    const [y, m, d] = value.date.split('-').map(Number);
    return { value: new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)), numFmt: dateFmt };
  }
  const bare = !value.comparator && !value.text && value.number != null;
  if (bare && value.unit === '%') return { value: value.number! / 100, numFmt: percent };
  return { value: printValue(value) };
}

async function repack(xlsx: Buffer): Promise<Buffer> {
  const limits = { maxEntries: 1000, maxTotalBytes: 100 * 1024 * 1024 };
  const entries = readZipDirectory(xlsx, limits);
  return buildZip(await Promise.all(entries.map(async (e) => ({ name: e.name, data: await readZipEntry(xlsx, e, limits.maxTotalBytes) }))));
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '财政局';
  wb.lastModifiedBy = '财政局';
  wb.created = SAVED;
  wb.modified = SAVED;
  return wb;
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  writeFileSync(join(OUT, file), await repack(Buffer.from(await wb.xlsx.writeBuffer())));
}

function blocks(groups: Group[]) {
  const rows: { level1?: { label: string; span: number }; level2?: { label: string; span: number }; item: Item }[] = [];
  const level1s = [...new Set(groups.map((g) => g.level1))];
  for (const l1 of level1s) {
    const gs = groups.filter((g) => g.level1 === l1);
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    const w = gs[0]!.level1Weight;
    gs.forEach((g, gi) => g.items.forEach((item, i) => rows.push({
      level1: gi === 0 && i === 0 ? { label: w === undefined ? l1 : `${l1}（${w}分）`, span: n } : undefined,
      level2: i === 0 ? { label: g.level2, span: g.items.length } : undefined,
      item,
    })));
  }
  return rows;
}

const sumScores = (groups: Group[]) => groups.flatMap((g) => g.items).reduce((a, it) => a + (it.score ?? 0), 0);
const col = (n: number) => String.fromCharCode(64 + n);

// ───────────────────────── the 财政部 self-evaluation, columns A..J, with hooks per hazard ─────────────────────────

/** A funds line as typed, amounts in the published unit, the rate as a fraction; null = "—". */
interface FundsLine { label: string; initial: number; annual: number; executed: number; weight: number | null; rate: number | null; score: number | null; hidden?: boolean }

interface SelfEval {
  sheet: string;
  project: Project;
  funds: FundsLine[];
  /** 项目期限 as two date cells around 至 (a row of its own under 主管部门) */
  period?: [string, string];
  /** an item written and then hidden (its row hidden): index in the flat list where it goes */
  hiddenItem?: { at: number; item: Item; old?: string };
  /** the old version's target column (hidden), by 三级 name */
  oldTargets?: Record<string, string>;
}

interface SelfHooks {
  /** published unit of the 项目资金 label */
  unit: '万元' | '元';
  /** an amount cell (amount in the published unit) */
  amount(x: number): Typed;
  /** funds formulas: the 年度资金总额 line as SUM of the lines below, 执行率 = F/E, its score = ROUND(G*H,2) */
  formulas?: { cached: boolean };
  target(it: Item): Typed;
  actual(it: Item): Typed;
  weightFmt?: string;
  scoreFmt?: string;
  /** 总分 weight and score as SUM formulas (cached or not, as `formulas`) */
  totalFormulas?: boolean;
}

function selfEvaluationSheet(wb: ExcelJS.Workbook, s: SelfEval, h: SelfHooks): ExcelJS.Worksheet {
  const p = s.project;
  const ws = wb.addWorksheet(s.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  // columns: A 绩效指标 / labels, B 一级, C 二级, D 三级, [E old target, hidden], then target, actual, weight, score, deviation (2 cols)
  const old = s.oldTargets ? 1 : 0;
  const A = 1, B = 2, C = 3, D = 4, E = 5 + old, F = 6 + old, G = 7 + old, H = 8 + old, I = 9 + old, J = 10 + old;
  const formula = (f: string, result: number): ExcelJS.CellValue => (h.formulas?.cached === false ? { formula: f } as ExcelJS.CellFormulaValue : { formula: f, result });
  put(ws, 1, A, 1, J, SELF_TITLE, { bold: true, size: 16, border: false });
  put(ws, 2, A, 2, J, `（${p.year}年度）`, { border: false });
  ws.getRow(1).height = 30;
  put(ws, 3, A, 3, B, '项目名称');
  put(ws, 3, C, 3, J, p.project.name!);
  put(ws, 4, A, 4, B, '主管部门');
  put(ws, 4, C, 4, E, p.project.department!);
  put(ws, 4, F, 4, G, '实施单位');
  put(ws, 4, H, 4, J, p.project.implementingUnit!);
  let r = 5;
  if (s.period) {
    put(ws, r, A, r, B, '项目期限');
    const [a, b] = s.period.map((d) => typed(dt(d)));
    put(ws, r, C, r, E, a!.value, { numFmt: a!.numFmt });
    put(ws, r, F, r, G, '至');
    put(ws, r, H, r, J, b!.value, { numFmt: b!.numFmt });
    r++;
  }
  const f0 = r;
  put(ws, f0, A, f0 + s.funds.length, B, `项目资金（${h.unit}）`);
  one(ws, f0, C, '');
  // a hidden old-version column (5) runs through the funds block too: 年初预算数 is merged over it
  put(ws, f0, D, f0, D + old, '年初预算数');
  ['全年预算数', '全年执行数', '分值', '执行率'].forEach((t, k) => one(ws, f0, E + k, t));
  put(ws, f0, I, f0, J, '得分');
  const last = f0 + s.funds.length;
  s.funds.forEach((l, k) => {
    const row = f0 + 1 + k;
    one(ws, row, C, l.label, { align: 'left' });
    [l.initial, l.annual, l.executed].forEach((x, m) => {
      const cellCol = [D, E, F][m]!;
      const right = m === 0 ? D + old : cellCol;
      const a = h.amount(x);
      if (h.formulas && k === 0) put(ws, row, cellCol, row, right, formula(`SUM(${col(cellCol)}${row + 1}:${col(cellCol)}${last})`, x), { numFmt: a.numFmt });
      else put(ws, row, cellCol, row, right, a.value, { numFmt: a.numFmt });
    });
    one(ws, row, G, l.weight ?? '—', l.weight === null ? {} : { numFmt: h.weightFmt });
    if (h.formulas && l.rate !== null) one(ws, row, H, formula(`IF(${col(E)}${row}=0,"—",${col(F)}${row}/${col(E)}${row})`, l.executed / l.annual), { numFmt: '0.00%' });
    else one(ws, row, H, l.rate ?? '—', l.rate === null ? {} : { numFmt: '0.00%' });
    if (h.formulas && l.score !== null) put(ws, row, I, row, J, formula(`ROUND(${col(G)}${row}*${col(H)}${row},2)`, l.score), { numFmt: h.scoreFmt ?? '0.00' });
    else put(ws, row, I, row, J, l.score ?? '—', l.score === null ? {} : { numFmt: h.scoreFmt ?? '0.00' });
    if (l.hidden) ws.getRow(row).hidden = true;
  });
  const g0 = last + 1;
  put(ws, g0, A, g0 + 1, B, '年度总体目标');
  put(ws, g0, C, g0, F, '预期目标');
  put(ws, g0, G, g0, J, '实际完成情况');
  put(ws, g0 + 1, C, g0 + 1, F, p.goal!, { align: 'left' });
  put(ws, g0 + 1, G, g0 + 1, J, p.achieved!, { align: 'left' });
  ws.getRow(g0 + 1).height = 66;
  const h0 = g0 + 2;
  const rows = blocks(p.groups);
  // the hidden item sits inside its 二级 block: the 一级/二级 merges cover it
  const flat: { row: (typeof rows)[number] | null; item: Item; hidden: boolean }[] = rows.map((row) => ({ row, item: row.item, hidden: false }));
  if (s.hiddenItem) flat.splice(s.hiddenItem.at, 0, { row: null, item: s.hiddenItem.item, hidden: true });
  put(ws, h0, A, h0 + flat.length, A, '绩效指标');
  ['一级指标', '二级指标', '三级指标'].forEach((t, k) => one(ws, h0, B + k, t));
  if (old) one(ws, h0, 5, '上年指标值');
  ['年度指标值', '实际完成值', '分值', '得分'].forEach((t, k) => one(ws, h0, E + k, t));
  put(ws, h0, I, h0, J, '偏差原因分析及改进措施');
  flat.forEach((f, k) => {
    const rr = h0 + 1 + k;
    if (f.row?.level1) {
      const span = f.row.level1.span + (s.hiddenItem && s.hiddenItem.at > k && s.hiddenItem.at <= k + f.row.level1.span ? 1 : 0);
      put(ws, rr, B, rr + span - 1, B, f.row.level1.label);
    }
    if (f.row?.level2) {
      const span = f.row.level2.span + (s.hiddenItem && s.hiddenItem.at > k && s.hiddenItem.at <= k + f.row.level2.span ? 1 : 0);
      put(ws, rr, C, rr + span - 1, C, f.row.level2.label);
    }
    const it = f.item;
    one(ws, rr, D, it.name, { align: 'left' });
    if (old) one(ws, rr, 5, f.hidden ? s.hiddenItem!.old ?? '' : s.oldTargets![it.name] ?? '');
    const target = h.target(it), actual = h.actual(it);
    one(ws, rr, E, target.value, { numFmt: target.numFmt });
    one(ws, rr, F, actual.value, { numFmt: actual.numFmt });
    one(ws, rr, G, it.weight, { numFmt: h.weightFmt });
    one(ws, rr, H, it.score ?? null, { numFmt: h.scoreFmt });
    put(ws, rr, I, rr, J, it.why ?? '', { align: 'left' });
    if (f.hidden) ws.getRow(rr).hidden = true;
  });
  const t = h0 + flat.length + 1;
  put(ws, t, A, t, F, '总分');
  const firstInd = h0 + 1, lastInd = h0 + flat.length;
  if (h.totalFormulas) {
    one(ws, t, G, formula(`SUM(${col(G)}${f0 + 1},${col(G)}${firstInd}:${col(G)}${lastInd})`, p.total!.weight!), { numFmt: h.weightFmt });
    one(ws, t, H, formula(`SUM(${col(I)}${f0 + 1},${col(H)}${firstInd}:${col(H)}${lastInd})`, p.total!.score!), { numFmt: h.scoreFmt ?? '0.00' });
  } else {
    one(ws, t, G, p.total!.weight, { numFmt: h.weightFmt });
    one(ws, t, H, p.total!.score, { numFmt: h.scoreFmt ?? '0.00' });
  }
  put(ws, t, I, t, J, p.total!.grade);
  [8, 11, 14, 24, ...(old ? [14] : []), 14, 14, 8, 8, 14, 14].forEach((w, k) => { ws.getColumn(k + 1).width = w; });
  ws.pageSetup.printTitlesRow = '1:2';
  return ws;
}

/** golden funds rows from typed lines (amounts in the published unit), hidden lines left out */
const goldenFunds = (lines: FundsLine[], unit: '万元' | '元'): Project['funds'] => ({
  publishedUnit: unit,
  rows: lines.filter((l) => !l.hidden).map((l) => ({
    label: l.label,
    initialBudget: unit === '万元' ? yuan(l.initial) : l.initial,
    annualBudget: unit === '万元' ? yuan(l.annual) : l.annual,
    executed: unit === '万元' ? yuan(l.executed) : l.executed,
    weight: l.weight, executionRate: pct(l.rate), score: l.score,
  })),
});

const it = (name: string, target: GoldenValue | null, actual: GoldenValue | null, weight: number, score: number, why?: string): Item => ({ name, target, actual, weight, score, ...(why ? { why } : {}) });
const SAT = '服务对象满意度指标';

// ───────────────────────── 1. 江苏 南通: numbers through display formats ─────────────────────────

/** How each target / actual of the 江苏 sheet is stored: a number and the custom format that prints it. */
const NT_CELLS: Record<string, { target?: Typed; actual?: Typed }> = {
  老年助餐点建设数量: { target: { value: 30, numFmt: '"≥"0"个"' }, actual: { value: 32, numFmt: '0"个"' } },
  助餐服务老年人人次: { target: { value: 180000, numFmt: '"≥"#,##0"人次"' }, actual: { value: 186420, numFmt: '#,##0"人次"' } },
  助餐补贴发放覆盖率: { target: { value: 0.95, numFmt: '"≥"0%' }, actual: { value: 0.9876, numFmt: '0.00%' } },
  食品安全抽检合格率: { target: { value: 1, numFmt: '0%' }, actual: { value: 1, numFmt: '0.00%' } },
  助餐点运营规范达标率: { target: { value: 0.9, numFmt: '"≥"0.00%' }, actual: { value: 0.9375, numFmt: '0.00%' } },
  补贴资金拨付时限: { target: { value: 15, numFmt: '"≤"0"个工作日"' }, actual: { value: 12, numFmt: '0"个工作日"' } },
  每餐补贴标准: { target: { value: 5, numFmt: '"≤"0.00"元/餐"' }, actual: { value: 5, numFmt: '0.00"元/餐"' } },
  助餐服务覆盖街道比例: { target: { value: 0.8, numFmt: '"≥"0%' }, actual: { value: 0.8571, numFmt: '0.00%' } },
  助餐老年人满意度: { target: { value: 0.9, numFmt: '"≥"0%' }, actual: { value: 0.9632, numFmt: '0.00%' } },
  老年人家属满意度: { target: { value: 0.85, numFmt: '"≥"0%' }, actual: { value: 0.9105, numFmt: '0.00%' } },
};

const ntFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 1200, annual: 1285.6, executed: 1269.6, weight: 10, rate: 0.9876, score: 9.88 },
  { label: '其中：财政拨款', initial: 1200, annual: 1285.6, executed: 1269.6, weight: null, rate: 0.9876, score: null },
  { label: '其他资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null },
];
const ntGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('老年助餐点建设数量', v('>=', 30, '个'), v(null, 32, '个'), 8, 8),
    it('助餐服务老年人人次', v('>=', 180000, '人次'), v(null, 186420, '人次'), 8, 8),
    it('助餐补贴发放覆盖率', v('>=', 95, '%'), v(null, 98.76, '%'), 8, 8),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('食品安全抽检合格率', v(null, 100, '%'), v(null, 100, '%'), 6, 6),
    it('助餐点运营规范达标率', v('>=', 90, '%'), v(null, 93.75, '%'), 6, 6),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [it('补贴资金拨付时限', v('<=', 15, '个工作日'), v(null, 12, '个工作日'), 7, 7)] },
  { level1: '产出指标', level2: '成本指标', items: [it('每餐补贴标准', v('<=', 5, '元/餐'), v(null, 5, '元/餐'), 7, 7)] },
  { level1: '效益指标', level2: '社会效益指标', items: [
    it('老年人就餐便利程度', tx('明显提升'), tx('明显提升'), 10, 9, '部分农村片区助餐点服务半径偏大，下一步增设助餐点。'),
    it('助餐服务覆盖街道比例', v('>=', 80, '%'), v(null, 85.71, '%'), 10, 10),
  ] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('助餐服务长效运营机制', tx('逐步建立'), tx('基本建立'), 10, 9, '部分助餐点依赖财政补贴，市场化运营机制有待完善。')] },
  { level1: '满意度指标', level2: SAT, items: [
    it('助餐老年人满意度', v('>=', 90, '%'), v(null, 96.32, '%'), 5, 5),
    it('老年人家属满意度', v('>=', 85, '%'), v(null, 91.05, '%'), 5, 5),
  ] },
];
const nantong: SelfEval = {
  sheet: '自评表', funds: ntFunds,
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2024,
    project: { name: '老年助餐服务补助项目', department: '南通市民政局', implementingUnit: '南通市养老服务指导中心' },
    funds: goldenFunds(ntFunds, '万元'),
    goal: '新建老年助餐点不少于30个，全年助餐服务老年人不少于18万人次，落实每餐不超过5元的助餐补贴，提升老年人就餐便利度和满意度。',
    achieved: '新建老年助餐点32个，全年助餐服务老年人186420人次，补贴资金按时足额拨付，老年人满意度96.32%。',
    groups: ntGroups,
    total: { weight: 100, score: round2(9.88 + sumScores(ntGroups)), grade: '优' },
  },
};

async function jiangsu(): Promise<void> {
  const file = 'probe-r13-xlsx-jiangsu-nantong-elderly-meals-2024-number-formats.xlsx';
  const wb = workbook();
  const qualitative = (x: GoldenValue | null | undefined): Typed => ({ value: x?.text ?? null });
  selfEvaluationSheet(wb, nantong, {
    unit: '万元',
    // stored in 元, shown in 万元: 0\.0000 (typed 0!.0000; Excel saves the ! escape as a backslash) puts a literal point four digits from the right
    amount: (wan) => ({ value: yuan(wan)!, numFmt: '0\\.0000' }),
    target: (x) => NT_CELLS[x.name]?.target ?? qualitative(x.target),
    actual: (x) => NT_CELLS[x.name]?.actual ?? qualitative(x.actual),
    weightFmt: '0.0',
    scoreFmt: '0.00',
  });
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '江苏 (南通市民政局) 项目支出绩效自评表, one sheet, 财政部 10-column layout; title with （2024年度） under it → year 2024.',
      'Funds block 项目资金（万元）: every amount is stored in 元 (12856000) and shown in 万元 by the custom format 0\\.0000 (typed as 0!.0000; Excel saves it with a backslash) ("1285.6000": a literal point four digits from the right, no scaling). A reader reads 1285.6000 万元 → annualBudget 12856000 元. 执行率 stored as fractions formatted 0.00% (0.9876 → 98.76%). 分值 10 formatted 0.0 ("10.0"), 得分 9.88 formatted 0.00. 其他资金 0/0/0 with rate and score "—" (null).',
      'Targets and actuals are numbers whose custom formats print the comparator and the unit: 0.95 in "≥"0% shows ≥95% → {">=", 95, "%"}; 0.9 in "≥"0.00% shows ≥90.00%; 15 in "≤"0"个工作日" shows ≤15个工作日 → {"<=", 15, "个工作日"}; 180000 in "≥"#,##0"人次" shows ≥180,000人次 → {">=", 180000, "人次"}; 32 in 0"个" shows 32个; 5 in "≤"0.00"元/餐" shows ≤5.00元/餐; 1 in 0% shows 100% → {number 100, unit %} (no comparator). Qualitative targets/actuals are text cells.',
      'Indicator 分值 formatted 0.0 ("8.0"), 得分 0.00 ("8.00") → numbers. 总分 100 (0.0) / 97.88 (0.00) typed, grade 优 in the last cell. Goals (年度总体目标) are not in the golden.',
    ],
    tables: [goldenTable(nantong.project)],
  });
}

// ───────────────────────── 2. 山东 沂南县: dates ─────────────────────────

/** actual/target date cells of the 山东 sheet with their formats: what Excel shows is in the notes */
const YN_DATE_FMT: Record<string, { target: string; actual: string }> = {
  工程开工时间: { target: DATE_FMT, actual: DATE_FMT },
  主体工程完工时间: { target: 'yyyy"年"m"月"', actual: 'yyyy/m/d' },
  交工验收时间: { target: DATE_FMT, actual: 'yyyy-mm-dd' },
};
const ynFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 12000000, annual: 12345678.9, executed: 12100000.5, weight: 10, rate: 0.9801, score: 9.8 },
  { label: '其中：财政拨款', initial: 10000000, annual: 10345678.9, executed: 10100000.5, weight: null, rate: 0.9763, score: null },
  { label: '其他资金', initial: 2000000, annual: 2000000, executed: 2000000, weight: null, rate: 1, score: null },
];
const ynGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('农村公路提档升级里程', v('>=', 85, '公里'), v(null, 86.4, '公里'), 8, 8),
    it('危桥改造座数', v('>=', 6, '座'), v(null, 6, '座'), 8, 8),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('工程交工验收合格率', v('=', 100, '%'), v(null, 100, '%'), 6, 6),
    it('路面平整度优良率', v('>=', 90, '%'), v(null, 94.2, '%'), 6, 6),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [
    it('工程开工时间', dt('2024-03-31'), dt('2024-03-18'), 4, 4),
    it('主体工程完工时间', dt('2024-10'), dt('2024-10-26'), 4, 4),
    it('交工验收时间', dt('2024-12-31'), dt('2024-12-20'), 4, 4),
  ] },
  { level1: '产出指标', level2: '成本指标', items: [it('每公里提档升级平均成本', v('<=', 14, '万元/公里'), v(null, 13.8, '万元/公里'), 10, 10)] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('群众出行条件', tx('明显改善'), tx('明显改善'), 15, 14, '部分路段安全防护设施尚在完善，计划2025年上半年完成。')] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('公路使用年限', v('>=', 10, '年'), v('>=', 10, '年'), 15, 15)] },
  { level1: '满意度指标', level2: SAT, items: [it('沿线群众满意度', v('>=', 90, '%'), v(null, 93.56, '%'), 10, 10)] },
];
const yinan: SelfEval = {
  sheet: '农村公路提档升级', funds: ynFunds, period: ['2024-01-01', '2024-12-31'],
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2024,
    project: { name: '农村公路提档升级工程', department: '沂南县交通运输局', implementingUnit: '沂南县公路事业发展中心', period: '2024年1月1日至2024年12月31日' },
    funds: goldenFunds(ynFunds, '元'),
    goal: '完成农村公路提档升级85公里以上，改造危桥6座，工程交工验收合格率100%，改善沿线群众出行条件。',
    achieved: '完成农村公路提档升级86.4公里，改造危桥6座，工程于2024年12月20日全部交工验收，合格率100%。',
    groups: ynGroups,
    total: { weight: 100, score: round2(9.8 + sumScores(ynGroups)), grade: '优' },
  },
};

async function shandong(): Promise<void> {
  const file = 'probe-r13-xlsx-shandong-yinan-rural-roads-2024-dates.xlsx';
  const wb = workbook();
  selfEvaluationSheet(wb, yinan, {
    unit: '元',
    amount: (x) => ({ value: x, numFmt: MONEY }),
    target: (x) => typed(x.target, '0.00%', YN_DATE_FMT[x.name]?.target),
    actual: (x) => typed(x.actual, '0.00%', YN_DATE_FMT[x.name]?.actual),
  });
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '山东 (沂南县交通运输局) 项目支出绩效自评表, one sheet, 财政部 10-column layout plus a 项目期限 row: label | start date | 至 | end date, both dates Excel serial dates formatted yyyy"年"m"月"d"日" → period "2024年1月1日至2024年12月31日" as a reader copies the row.',
      'Funds 项目资金（元） in 元 formatted #,##0.00 ("12,345,678.90"); 执行率 typed as fractions formatted 0.00% (0.9801 → 98.01).',
      'Time targets and actuals are serial dates in four formats: yyyy"年"m"月"d"日" (2024年3月31日 → {date 2024-03-31}), yyyy"年"m"月" (shows 2024年10月 → {date 2024-10}), yyyy/m/d (shows 2024/10/26 → {date 2024-10-26}) and yyyy-mm-dd (2024-12-20). Other targets are text cells with their comparators; percentage actuals are fractions in 0.00% cells.',
      '总分 100 / 98.80 typed; grade 优. Goals not in the golden.',
    ],
    tables: [goldenTable(yinan.project)],
  });
}

// ───────────────────────── 3./4. 河南 洛阳 and 湖北 宜昌: formulas with and without cached values ─────────────────────────

/** funds lines whose total line, rates and the total's score are computed as Excel computes them */
function computedFunds(parts: { label: string; initial: number; annual: number; executed: number }[]): FundsLine[] {
  const sum = (k: 'initial' | 'annual' | 'executed') => round2(parts.reduce((a, p) => a + p[k], 0));
  const total = { label: '年度资金总额', initial: sum('initial'), annual: sum('annual'), executed: sum('executed') };
  const rate = total.executed / total.annual;
  return [
    { ...total, weight: 10, rate, score: round2(10 * rate) },
    ...parts.map((p) => ({ ...p, weight: null, rate: p.executed / p.annual, score: null })),
  ];
}

const lyFunds = computedFunds([
  { label: '其中：中央补助资金', initial: 300, annual: 320, executed: 318.4 },
  { label: '省级补助资金', initial: 150, annual: 150, executed: 150 },
  { label: '市级资金', initial: 80, annual: 96, executed: 86.4 },
]);
const lyGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('储备医用防护服', v('>=', 50000, '套'), v(null, 52000, '套'), 8, 8),
    it('储备医用外科口罩', v('>=', 100, '万只'), v(null, 105, '万只'), 8, 8),
    it('储备核酸检测试剂', v('>=', 20, '万人份'), v(null, 20, '万人份'), 8, 8),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('储备物资验收合格率', v('=', 100, '%'), v(null, 100, '%'), 7, 7),
    it('储备物资完好率', v('>=', 98, '%'), v(null, 99.2, '%'), 7, 7),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [it('物资采购完成及时率', v('>=', 95, '%'), v(null, 96.5, '%'), 6, 6)] },
  { level1: '产出指标', level2: '成本指标', items: [it('采购成本节约率', v('>=', 3, '%'), v(null, 4.2, '%'), 6, 6)] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('突发公共卫生事件应急保障能力', tx('有效提升'), tx('有效提升'), 15, 15)] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('应急物资储备轮换机制', tx('健全'), tx('基本健全'), 15, 13, '部分物资轮换与医疗机构日常使用衔接不畅，下一步完善轮换办法。')] },
  { level1: '满意度指标', level2: SAT, items: [it('医疗机构满意度', v('>=', 90, '%'), v(null, 94.8, '%'), 10, 10)] },
];
const luoyang: SelfEval = {
  sheet: '应急物资储备', funds: lyFunds,
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2023,
    project: { name: '公共卫生应急物资储备项目', department: '洛阳市卫生健康委员会', implementingUnit: '洛阳市疾病预防控制中心' },
    funds: goldenFunds(lyFunds, '万元'),
    goal: '按照全市公共卫生应急物资储备目录，完成防护服、口罩、检测试剂等应急物资采购储备和轮换，保障突发公共卫生事件应急处置需要。',
    achieved: '完成防护服52000套、医用外科口罩105万只、核酸检测试剂20万人份的采购储备，物资验收合格率100%，完好率99.2%。',
    groups: lyGroups,
    total: { weight: 100, score: round2(lyFunds[0]!.score! + sumScores(lyGroups)), grade: '优' },
  },
};

const ycFunds = computedFunds([
  { label: '其中：中央资金', initial: 500, annual: 500, executed: 488 },
  { label: '省级资金', initial: 200, annual: 220, executed: 220 },
  { label: '市级资金', initial: 100, annual: 100, executed: 92 },
]);
const ycGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('农村户厕改造数量', v('>=', 3000, '户'), v(null, 3120, '户'), 8, 8),
    it('村庄清洁行动覆盖行政村数', v('>=', 150, '个'), v(null, 156, '个'), 8, 8),
    it('新建农村生活污水处理设施', v('>=', 25, '处'), v(null, 24, '处'), 8, 7, '1处设施因选址调整延至2025年一季度建成。'),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('改厕工程验收合格率', v('>=', 95, '%'), v(null, 97.3, '%'), 6, 6),
    it('污水处理设施正常运行率', v('>=', 90, '%'), v(null, 91.6, '%'), 6, 6),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [it('年度建设任务完成时间', dt('2024-11-30'), dt('2024-11-25'), 7, 7)] },
  { level1: '产出指标', level2: '成本指标', items: [it('户厕改造户均补助标准', v('<=', 2000, '元/户'), v(null, 2000, '元/户'), 7, 7)] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('农村人居环境', tx('明显改善'), tx('明显改善'), 10, 10)] },
  { level1: '效益指标', level2: '生态效益指标', items: [it('农村生活垃圾无害化处理率', v('>=', 85, '%'), v(null, 88.4, '%'), 10, 10)] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('设施长效管护机制', tx('建立健全'), tx('初步建立'), 10, 8, '村级管护队伍和经费保障尚不稳定。')] },
  { level1: '满意度指标', level2: SAT, items: [it('农村群众满意度', v('>=', 90, '%'), v(null, 93.1, '%'), 10, 10)] },
];
const yichang: SelfEval = {
  sheet: '人居环境整治', funds: ycFunds,
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2024,
    project: { name: '农村人居环境整治提升项目', department: '宜昌市农业农村局', implementingUnit: '宜昌市农业农村局' },
    funds: goldenFunds(ycFunds, '万元'),
    goal: '完成农村户厕改造3000户以上，村庄清洁行动覆盖150个以上行政村，新建农村生活污水处理设施25处，农村人居环境明显改善。',
    achieved: '完成农村户厕改造3120户，村庄清洁行动覆盖156个行政村，新建污水处理设施24处，1处延至2025年一季度建成。',
    groups: ycGroups,
    total: { weight: 100, score: round2(ycFunds[0]!.score! + sumScores(ycGroups)), grade: '优' },
  },
};

const formulaHooks = (cached: boolean): SelfHooks => ({
  unit: '万元',
  amount: (x) => ({ value: x, numFmt: MONEY }),
  formulas: { cached },
  totalFormulas: true,
  target: (x) => typed(x.target, '0.0%'),
  actual: (x) => typed(x.actual, '0.0%'),
  scoreFmt: '0.00',
});

async function henan(): Promise<void> {
  const file = 'probe-r13-xlsx-henan-luoyang-health-reserve-2023-formulas-cached.xlsx';
  const wb = workbook();
  selfEvaluationSheet(wb, luoyang, formulaHooks(true));
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '河南 (洛阳市卫生健康委员会) 项目支出绩效自评表, one sheet, 财政部 10-column layout, 项目资金（万元）.',
      'Formulas with cached results as Excel saves them: 年度资金总额 年初/全年预算数/全年执行数 = SUM of the three source lines (530 / 566 / 554.8); every 执行率 = IF(预算=0,"—",执行/预算) formatted 0.00% (554.8/566 shows 98.02% → 98.02; 318.4/320 → 99.5; 86.4/96 → 90); the 年度资金总额 得分 = ROUND(分值*执行率,2) = 9.80; 总分 分值 = SUM (100) and 得分 = SUM(9.80, indicator scores) = 97.80 formatted 0.00.',
      'Indicator 分值/得分 typed; percentage actuals are fractions in 0.0% cells (99.2%). Grade 优 typed. Goals not in the golden.',
    ],
    tables: [goldenTable(luoyang.project)],
  });
}

async function hubei(): Promise<void> {
  const file = 'probe-r13-xlsx-hubei-yichang-rural-living-2024-formulas-uncached.xlsx';
  const wb = workbook();
  selfEvaluationSheet(wb, yichang, formulaHooks(false));
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '湖北 (宜昌市农业农村局) 项目支出绩效自评表, one sheet, 财政部 10-column layout, 项目资金（万元）.',
      'The same formulas as the 河南 probe but written WITHOUT cached values (<f> and no <v>, as export tools that do not calculate write them): 年度资金总额 = SUM of the source lines, 执行率 = 执行/预算, its 得分 = ROUND(分值*执行率,2), 总分 分值/得分 = SUM. Excel computes them on opening, so the golden holds what a reader sees there: 年度资金总额 800 / 820 / 800, rates 97.56 (800/820 at 0.00%), 97.6, 100, 92, funds score 9.76, 总分 100 / 96.76.',
      'Judgement call: a reader of the workbook sees the computed values, so they are the golden; an extractor that cannot compute them should say so (low confidence, a flag) rather than emit null at high confidence.',
      '年度建设任务完成时间 target and actual are Excel dates formatted yyyy"年"m"月"d"日". Indicator 分值/得分 typed. Grade 优 typed. Goals not in the golden.',
    ],
    tables: [goldenTable(yichang.project)],
  });
}

// ───────────────────────── 5. 四川 绵阳: 汇总 sheet first, a sheet per project, hidden rows / columns / sheet ─────────────────────────

const myShowFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 260, annual: 260, executed: 251.16, weight: 10, rate: 0.966, score: 9.66 },
  { label: '其中：财政拨款', initial: 260, annual: 260, executed: 251.16, weight: null, rate: 0.966, score: null },
  { label: '其他资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null },
];
const myShowGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('惠民演出场次', v('>=', 200, '场'), v(null, 212, '场'), 12, 12),
    it('送戏下乡覆盖乡镇数', v('>=', 60, '个'), v(null, 63, '个'), 12, 12),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [it('演出节目审查合格率', v('=', 100, '%'), v(null, 100, '%'), 8, 8)] },
  { level1: '产出指标', level2: '时效指标', items: [it('演出经费拨付及时率', v('>=', 95, '%'), v(null, 97.5, '%'), 8, 8)] },
  { level1: '产出指标', level2: '成本指标', items: [it('单场演出平均补助', v('<=', 1.2, '万元'), v(null, 1.15, '万元'), 10, 10)] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('观看演出群众人次', v('>=', 25, '万人次'), v(null, 27.3, '万人次'), 15, 15)] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('群众文化活动品牌影响力', tx('持续提升'), tx('持续提升'), 15, 14)] },
  { level1: '满意度指标', level2: SAT, items: [it('观演群众满意度', v('>=', 90, '%'), v(null, 95.4, '%'), 10, 10)] },
];
const MY_DEPT = '绵阳市文化广播电视和旅游局';
const myShow: SelfEval = {
  sheet: '惠民演出', funds: myShowFunds,
  hiddenItem: { at: 2, item: it('印发演出宣传资料', v('>=', 5000, '份'), v(null, 5200, '份'), 5, 5), old: '≥5000份' },
  oldTargets: { 惠民演出场次: '≥180场', 送戏下乡覆盖乡镇数: '≥55个', 演出节目审查合格率: '100%', 演出经费拨付及时率: '≥90%', 单场演出平均补助: '≤1.3万元', 观看演出群众人次: '≥22万人次', 群众文化活动品牌影响力: '逐步提升', 观演群众满意度: '≥85%' },
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2024,
    project: { name: '文化惠民演出活动经费', department: MY_DEPT, implementingUnit: '绵阳市文化馆' },
    funds: goldenFunds(myShowFunds, '万元'),
    goal: '全年组织文化惠民演出不少于200场，送戏下乡覆盖60个以上乡镇，观看演出群众不少于25万人次。',
    achieved: '全年组织惠民演出212场，覆盖63个乡镇，观看演出群众27.3万人次，群众满意度95.4%。',
    groups: myShowGroups,
    total: { weight: 100, score: round2(9.66 + sumScores(myShowGroups)), grade: '优' },
  },
};

const myRelicFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 480, annual: 520, executed: 468, weight: 10, rate: 0.9, score: 9 },
  { label: '其中：中央补助资金', initial: 300, annual: 300, executed: 300, weight: null, rate: 1, score: null },
  { label: '省级补助资金', initial: 100, annual: 120, executed: 108, weight: null, rate: 0.9, score: null },
  { label: '上年结转资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null, hidden: true },
  { label: '市级资金', initial: 80, annual: 100, executed: 60, weight: null, rate: 0.6, score: null },
];
const myRelicGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('修缮文物保护单位数量', v('>=', 6, '处'), v(null, 6, '处'), 10, 10),
    it('编制文物保护修缮方案', v('>=', 6, '个'), v(null, 6, '个'), 10, 10),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('修缮工程验收合格率', v('=', 100, '%'), v(null, 100, '%'), 10, 10),
    it('文物本体安全事故发生数', v('=', 0, '起'), v(null, 0, '起'), 12, 12),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [it('修缮工程完工率', v('>=', 90, '%'), v(null, 85, '%'), 8, 6, '两处修缮工程受雨季影响延期，预计2025年6月完工。')] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('文物保护利用水平', tx('显著提升'), tx('有所提升'), 15, 12, '修缮后的展示利用设施尚未全部开放。')] },
  { level1: '效益指标', level2: '可持续影响指标', items: [it('文物保护单位开放利用年限', v('>=', 20, '年'), v('>=', 20, '年'), 15, 15)] },
  { level1: '满意度指标', level2: SAT, items: [it('周边群众满意度', v('>=', 90, '%'), v(null, 92.6, '%'), 10, 10)] },
];
const myRelic: SelfEval = {
  sheet: '文物修缮', funds: myRelicFunds,
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2024,
    project: { name: '文物保护修缮项目', department: MY_DEPT, implementingUnit: '绵阳市文物保护中心' },
    funds: goldenFunds(myRelicFunds, '万元'),
    goal: '完成6处文物保护单位本体修缮和安防设施改造，编制修缮方案6个，确保文物本体安全。',
    achieved: '完成6处文物保护单位修缮方案编制，4处修缮工程完工验收，2处受雨季影响延期。',
    groups: myRelicGroups,
    total: { weight: 100, score: round2(9 + sumScores(myRelicGroups)), grade: '优' },
  },
};

/** the hidden sheet's project: an older table kept in the workbook */
const myOldFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 150, annual: 150, executed: 141, weight: 10, rate: 0.94, score: 9.4 },
  { label: '其中：财政拨款', initial: 150, annual: 150, executed: 141, weight: null, rate: 0.94, score: null },
];
const myOldGroups: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [it('户户通设备维修户数', v('>=', 8000, '户'), v(null, 8350, '户'), 20, 20), it('乡镇维护服务站点', v('>=', 20, '个'), v(null, 20, '个'), 15, 15)] },
  { level1: '产出指标', level2: '质量指标', items: [it('维修合格率', v('>=', 95, '%'), v(null, 98, '%'), 15, 15)] },
  { level1: '效益指标', level2: '社会效益指标', items: [it('农村广播电视覆盖率', v('>=', 99, '%'), v(null, 99.3, '%'), 30, 30)] },
  { level1: '满意度指标', level2: SAT, items: [it('用户满意度', v('>=', 90, '%'), v(null, 93, '%'), 10, 10)] },
];
const myOld: SelfEval = {
  sheet: '户户通运维(2023)', funds: myOldFunds,
  project: {
    kind: 'project-self-evaluation', title: SELF_TITLE, year: 2023,
    project: { name: '广播电视户户通运维项目', department: MY_DEPT, implementingUnit: '绵阳市广播电视监测中心' },
    funds: goldenFunds(myOldFunds, '万元'),
    goal: '完成全市户户通设备维修8000户以上。', achieved: '完成维修8350户。',
    groups: myOldGroups,
    total: { weight: 100, score: round2(9.4 + sumScores(myOldGroups)), grade: '优' },
  },
};

async function sichuan(): Promise<void> {
  const file = 'probe-r13-xlsx-sichuan-mianyang-culture-2024-toc-hidden.xlsx';
  const wb = workbook();
  const toc = wb.addWorksheet('汇总');
  const TOC_TITLE = '绵阳市文化广播电视和旅游局2024年度项目支出绩效自评结果汇总表';
  put(toc, 1, 1, 1, 7, TOC_TITLE, { bold: true, size: 14, border: false });
  put(toc, 2, 1, 2, 7, '单位：万元', { align: 'right', border: false });
  ['序号', '项目名称', '全年预算数', '全年执行数', '执行率', '自评得分', '自评等级'].forEach((t, k) => one(toc, 3, k + 1, t, { bold: true, fill: true }));
  const listed = [myShow, myRelic];
  const summaryRows: string[][] = [];
  listed.forEach((s, k) => {
    const r = 4 + k;
    const f = s.funds[0]!;
    one(toc, r, 1, k + 1);
    one(toc, r, 2, { text: s.project.project.name!, hyperlink: `#'${s.sheet}'!A1` });
    toc.getCell(r, 2).font = { ...FONT, color: { argb: 'FF0563C1' }, underline: true };
    one(toc, r, 3, f.annual, { numFmt: MONEY });
    one(toc, r, 4, f.executed, { numFmt: MONEY });
    one(toc, r, 5, f.rate, { numFmt: '0.00%' });
    one(toc, r, 6, s.project.total!.score, { numFmt: '0.00' });
    one(toc, r, 7, s.project.total!.grade);
    summaryRows.push([String(k + 1), s.project.project.name!, f.annual.toFixed(2), f.executed.toFixed(2), `${(f.rate! * 100).toFixed(2)}%`, s.project.total!.score!.toFixed(2), s.project.total!.grade!]);
  });
  [6, 26, 12, 12, 10, 10, 10].forEach((w, k) => { toc.getColumn(k + 1).width = w; });
  const hooks: SelfHooks = { unit: '万元', amount: (x) => ({ value: x, numFmt: MONEY }), target: (x) => typed(x.target), actual: (x) => typed(x.actual), scoreFmt: '0.00' };
  const show = selfEvaluationSheet(wb, myShow, hooks);
  show.getColumn(5).hidden = true; // the old version's 上年指标值
  // a helper column after the table (L), hidden: a check formula per indicator row with its cached result
  const lastCol = 12;
  for (let r = 1; r <= show.rowCount; r++) {
    const score = show.getCell(r, 9), weight = show.getCell(r, 8);
    if (typeof score.value === 'number' && typeof weight.value === 'number') show.getCell(r, lastCol).value = { formula: `IF(I${r}>H${r},"得分超分值","OK")`, result: 'OK' };
  }
  show.getCell(1, lastCol).value = '校验';
  show.getColumn(lastCol).hidden = true;
  selfEvaluationSheet(wb, myRelic, hooks);
  const old = selfEvaluationSheet(wb, myOld, hooks);
  old.state = 'hidden';
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '四川 (绵阳市文化广播电视和旅游局) workbook: sheet 1 汇总 (a 自评结果汇总表: 序号 | 项目名称 | 全年预算数 | 全年执行数 | 执行率 | 自评得分 | 自评等级, 单位：万元, project names hyperlinked to their sheets), sheets 2–3 one 项目支出绩效自评表 each (惠民演出, 文物修缮), sheet 4 户户通运维(2023) hidden.',
      'What a reader sees is what is read: the hidden sheet (another project, 2023) is not in the golden; on 惠民演出 the hidden column E (上年指标值, the old version\'s targets, with values) and the hidden helper column L (校验 formulas) are not transcribed, and the hidden row 印发演出宣传资料 (an indicator dropped from this version, its row hidden inside the merged 产出指标/数量指标 cells) is not an indicator; on 文物修缮 the hidden funds row 上年结转资金 (zeros) is not a funds line.',
      'Summary rows as shown: amounts #,##0.00 (260.00), 执行率 0.00% (96.60%), 自评得分 0.00 (98.66). Project tables: amounts numbers formatted #,##0.00 in 万元, 执行率 fractions in 0.00% cells, percentage actuals fractions in 0.00% cells, comparator targets text. 总分 typed, grade 优.',
    ],
    tables: [
      { kind: 'self-evaluation-summary', title: TOC_TITLE, year: 2024, project: null, funds: null, indicators: [], total: null, rows: summaryRows },
      goldenTable(myShow.project),
      goldenTable(myRelic.project),
    ],
  });
}

// ───────────────────────── 6. 云南 弥勒市: three target tables stacked in one sheet ─────────────────────────

interface Stacked { project: Project; funds: { label: string; wan: number }[]; richName?: boolean }
const TG_TITLE = '2025年度项目支出绩效目标表';
const ML_DEPT = '弥勒市住房和城乡建设局';
const tw = (name: string, target: GoldenValue, weight: number): Item => ({ name, target, weight });
const stackedProject = (name: string, impl: string, funds: { label: string; wan: number }[], goal: string, groups: Group[]): Stacked => ({
  funds,
  project: {
    kind: 'project-targets', title: TG_TITLE, year: 2025, project: { name, department: ML_DEPT, implementingUnit: impl },
    funds: { publishedUnit: '万元', rows: funds.map((f) => ({ label: f.label, annualBudget: yuan(f.wan) })) }, goal, groups, total: null,
  },
});
const mileProjects: Stacked[] = [
  stackedProject('城市道路路灯维护项目', '弥勒市市政设施管护中心', [{ label: '资金总额', wan: 185 }, { label: '其中：财政拨款', wan: 185 }, { label: '其他资金', wan: 0 }],
    '1.全年维护城区路灯12000盏以上，更换老旧灯具800套；\n2.建成区路灯亮灯率保持在98%以上，故障24小时内修复。', [
      { level1: '产出指标', level2: '数量指标', items: [tw('维护路灯数量', v('>=', 12000, '盏'), 12), tw('更换老旧灯具数量', v('>=', 800, '套'), 10)] },
      { level1: '产出指标', level2: '质量指标', items: [tw('建成区路灯亮灯率', v('>=', 98, '%'), 12), tw('维修及时响应率', v('>=', 95, '%'), 8)] },
      { level1: '产出指标', level2: '时效指标', items: [tw('故障修复时限', v('<=', 24, '小时'), 8)] },
      { level1: '产出指标', level2: '成本指标', items: [tw('单盏路灯年均维护成本', v('<=', 150, '元'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [tw('夜间出行安全保障水平', tx('有效提升'), 15)] },
      { level1: '效益指标', level2: '可持续影响指标', items: [tw('路灯设施使用寿命', v('>=', 8, '年'), 15)] },
      { level1: '满意度指标', level2: SAT, items: [tw('市民满意度', v('>=', 90, '%'), 10)] },
    ]),
  { ...stackedProject('老旧小区改造项目', ML_DEPT, [{ label: '资金总额', wan: 2360 }, { label: '其中：中央补助资金', wan: 1800 }, { label: '地方配套资金', wan: 560 }],
    '1.改造老旧小区12个，惠及居民3200户以上；\n2.改造燃气、排水等老旧管网18公里以上，2025年11月底前完成改造任务。', [
      { level1: '产出指标', level2: '数量指标', items: [tw('改造老旧小区个数', v('>=', 12, '个'), 10), tw('惠及居民户数', v('>=', 3200, '户'), 10), tw('改造燃气排水等老旧管网长度', v('>=', 18, '公里'), 10)] },
      { level1: '产出指标', level2: '质量指标', items: [tw('竣工验收合格率', v('=', 100, '%'), 10)] },
      { level1: '产出指标', level2: '时效指标', items: [tw('年度改造任务完成时间', tx('2025年11月底前'), 10)] },
      { level1: '产出指标', level2: '成本指标', items: [tw('户均改造成本', v('<=', 7.4, '万元'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [tw('小区居住环境', tx('明显改善'), 15)] },
      { level1: '效益指标', level2: '可持续影响指标', items: [tw('小区长效管理机制', tx('建立'), 15)] },
      { level1: '满意度指标', level2: SAT, items: [tw('小区居民满意度', v('>=', 90, '%'), 10)] },
    ]), richName: true },
  stackedProject('城镇生活垃圾清运处置项目', '弥勒市环境卫生管理所', [{ label: '资金总额', wan: 640 }, { label: '其中：财政拨款', wan: 640 }, { label: '其他资金', wan: 0 }],
    '1.城区生活垃圾日均清运260吨以上，配置分类收集容器1500个；\n2.生活垃圾无害化处理率98%以上，做到日产日清。', [
      { level1: '产出指标', level2: '数量指标', items: [tw('生活垃圾日均清运量', v('>=', 260, '吨'), 12), tw('配置分类收集容器', v('>=', 1500, '个'), 12)] },
      { level1: '产出指标', level2: '质量指标', items: [tw('城镇生活垃圾无害化处理率', v('>=', 98, '%'), 12)] },
      { level1: '产出指标', level2: '时效指标', items: [tw('垃圾日产日清率', v('=', 100, '%'), 12)] },
      { level1: '产出指标', level2: '成本指标', items: [tw('吨垃圾清运处置成本', v('<=', 65, '元'), 12)] },
      { level1: '效益指标', level2: '生态效益指标', items: [tw('垃圾渗滤液达标排放率', v('=', 100, '%'), 15)] },
      { level1: '效益指标', level2: '社会效益指标', items: [tw('城镇环境卫生面貌', tx('持续改善'), 15)] },
      { level1: '满意度指标', level2: SAT, items: [tw('居民满意度', v('>=', 90, '%'), 10)] },
    ]),
];
/** names typed with Alt+Enter line breaks in their cells (the golden keeps the name whole) */
const BROKEN: Record<string, string> = {
  单盏路灯年均维护成本: '单盏路灯年均\n维护成本',
  改造燃气排水等老旧管网长度: '改造燃气排水等\n老旧管网长度',
  城镇生活垃圾无害化处理率: '城镇生活垃圾\n无害化处理率',
  夜间出行安全保障水平: '夜间出行安全\n保障水平',
  社会效益指标: '社会效益\n指标',
  满意度指标: '满意度\n指标',
  [SAT]: '服务对象\n满意度指标',
};
/** names typed as rich text: runs in different fonts (a bold lead, a red keyword) */
const RICH: Record<string, ExcelJS.RichText[]> = {
  建成区路灯亮灯率: [{ text: '建成区', font: { name: '宋体', size: 10 } }, { text: '路灯亮灯率', font: { name: '黑体', size: 10, bold: true } }],
  竣工验收合格率: [{ text: '竣工验收', font: { name: '仿宋_GB2312', size: 10 } }, { text: '合格率', font: { name: '宋体', size: 10, color: { argb: 'FFFF0000' } } }],
  垃圾渗滤液达标排放率: [{ text: '垃圾渗滤液', font: { name: '宋体', size: 10 } }, { text: '达标排放率', font: { name: 'Times New Roman', size: 10 } }],
};
const shown = (name: string): ExcelJS.CellValue => (RICH[name] ? { richText: RICH[name]! } : BROKEN[name] ?? name);

async function yunnan(): Promise<void> {
  const file = 'probe-r13-xlsx-yunnan-mile-urban-services-2025-stacked-rich-text.xlsx';
  const wb = workbook();
  const ws = wb.addWorksheet('2025年项目绩效目标', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  let r = 1;
  for (const s of mileProjects) {
    const p = s.project, pj = p.project;
    put(ws, r, 1, r, 5, TG_TITLE, { bold: true, size: 14, border: false });
    ws.getRow(r).height = 26;
    put(ws, r + 1, 1, r + 1, 3, `填报单位：${ML_DEPT}`, { align: 'left', border: false });
    put(ws, r + 1, 4, r + 1, 5, '单位：万元', { align: 'right', border: false });
    r += 2;
    one(ws, r, 1, '项目名称', { bold: true });
    put(ws, r, 2, r, 5, s.richName
      ? { richText: [{ text: '老旧小区', font: { name: '黑体', size: 11, bold: true } }, { text: '改造项目', font: { name: '宋体', size: 10 } }] }
      : pj.name!);
    r++;
    one(ws, r, 1, '主管部门', { bold: true }); put(ws, r, 2, r, 3, pj.department!); one(ws, r, 4, '实施单位', { bold: true }); one(ws, r, 5, pj.implementingUnit!);
    r++;
    put(ws, r, 1, r + s.funds.length - 1, 1, '项目资金', { bold: true });
    s.funds.forEach((f, k) => { put(ws, r + k, 2, r + k, 3, f.label, { align: 'left' }); put(ws, r + k, 4, r + k, 5, f.wan, { numFmt: MONEY }); });
    r += s.funds.length;
    one(ws, r, 1, '年度绩效目标', { bold: true });
    put(ws, r, 2, r, 5, p.goal!, { align: 'left' });
    ws.getRow(r).height = 54;
    r++;
    ['一级指标', '二级指标', '三级指标', '指标值', '分值'].forEach((t, k) => one(ws, r, k + 1, t, { bold: true, fill: true }));
    r++;
    // 一级/二级 typed once at the top of their block, the cells below left empty (bordered, not merged)
    for (const row of blocks(p.groups)) {
      one(ws, r, 1, row.level1 ? shown(row.level1.label) : null);
      one(ws, r, 2, row.level2 ? shown(row.level2.label) : null);
      one(ws, r, 3, shown(row.item.name), { align: 'left' });
      const t = typed(row.item.target, '0%');
      one(ws, r, 4, t.value, { numFmt: t.numFmt });
      one(ws, r, 5, row.item.weight);
      r++;
    }
    r += 2; // two blank rows before the next table
  }
  [12, 16, 28, 14, 18].forEach((w, k) => { ws.getColumn(k + 1).width = w; });
  ws.pageSetup.printArea = `A1:E${r - 3}`;
  ws.views = [{ state: 'frozen', ySplit: 2 }];
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '云南 (弥勒市住房和城乡建设局) sheet 2025年项目绩效目标 holding three 项目支出绩效目标表 stacked, each a full table under its own title 2025年度项目支出绩效目标表 and a caption row 填报单位：… | 单位：万元, two blank rows between tables; print area over all three, rows 1:2 frozen. One Table per project, in sheet order.',
      'Header fields: 项目名称, 主管部门 | 实施单位 (label | value). The caption 填报单位 is not a field. Funds: 项目资金 merged down 资金总额 / 其中：… / … lines, one amount column (numbers #,##0.00, 万元 from the caption) → annualBudget ×10000; 其他资金 0.00 kept as 0.',
      '一级/二级 typed once at the top of their block, the cells below empty (bordered, not merged): a reader fills them down. Some names hold Alt+Enter line breaks (单盏路灯年均⏎维护成本, 社会效益⏎指标, 满意度⏎指标, 服务对象⏎满意度指标): one name, whitespace removed → 社会效益指标 etc. Rich-text cells (runs in other fonts): 建成区路灯亮灯率, 竣工验收合格率, 垃圾渗滤液达标排放率 and the project name 老旧小区改造项目 — text is the runs joined.',
      '指标值 single column, text cells with comparators; 年度改造任务完成时间 "2025年11月底前" is text. 分值 → weight (each table sums to 100). No 总分 row: total null. 年度绩效目标 (with line breaks) not in the golden.',
    ],
    tables: mileProjects.map((s) => goldenTable(s.project)),
  });
}

mkdirSync(OUT, { recursive: true });
await jiangsu();
await shandong();
await henan();
await hubei();
await sichuan();
await yunnan();
process.stdout.write('wrote 6 workbooks and their goldens\n');
