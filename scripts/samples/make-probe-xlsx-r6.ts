/**
 * XLSX probes, round 6 (samples/probe/probe-r6-xlsx-*.xlsx): three workbooks laid out the way finance
 * bureaus publish them, written cell by cell with exceljs from content written here by hand:
 *    - qinghai-…-self-evaluation-sheets (青海): a 项目支出绩效自评表 workbook of three sheets, one project a
 *      sheet, sheet names the short project names; the 财政部 10-column layout (绩效指标 column merged down
 *      the indicator block, 一级/二级 merged vertically), amounts as numbers formatted #,##0.00, 执行率 and
 *      percentage actuals as fractions formatted 0.00%, a 时效 target and actual as Excel dates formatted
 *      yyyy"年"m"月"d"日", 总分 as a =SUM(...) formula with its cached result, a hidden column A (system
 *      codes) and rows 1:2 as print titles;
 *    - changsha-…-targets-many-projects (长沙): one sheet listing five projects, columns 项目名称 | 资金总额（万元）
 *      | 年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | 指标值, 项目名称/资金/目标 merged down each block of 4–7
 *      indicator rows, a 合计 row (=SUM) at the bottom;
 *    - xinjiang-…-targets-label-pairs (新疆): a 绩效目标表 whose header fields are label|value pairs over 6
 *      columns, merged cells everywhere, funds as 资金来源 rows under one amount column, targets split into
 *      指标性质 | 指标值 | 计量单位 beside a 权重 column (drop-downs on 指标性质 and 计量单位); a second sheet
 *      holding the 计量单位 drop-down list (not a table) and an empty third sheet.
 * Their goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output. Reproducible like make-spreadsheet-samples.ts: fixed document dates, ZIP entries
 * re-packed without timestamps (its repack() is not exported and importing it would run its main,
 * so the few lines are repeated here).
 *
 *   npx tsx scripts/samples/make-probe-xlsx-r6.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readZipDirectory, readZipEntry } from '../../src/ingest/docx/zip-reader.js';
import { printValue, type GoldenValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Project } from './probe-content.js';
import { buildZip } from './zip-writer.js';

const GENERATOR = 'scripts/samples/make-probe-xlsx-r6.ts';
const SAVED = new Date(Date.UTC(2024, 2, 15));

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = { name: '宋体', size: 10 };
const MONEY = '#,##0.00';
const DATE_FMT = 'yyyy"年"m"月"d"日"';

/** 万元 as typed → 元 for the golden, without float noise. */
const yuan = (wan: number | null): number | null => (wan === null ? null : Math.round(wan * 1_000_000) / 100);
/** a fraction typed into a 0.00% cell → the percentage a reader sees */
const pct = (f: number | null): number | null => (f === null ? null : Number((f * 100).toFixed(6)));

// ───────────────────────── cells ─────────────────────────

interface Style { numFmt?: string; bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; border?: boolean; fill?: boolean }

/** Writes a value into r1:c1..r2:c2 (merged when larger than one cell), styling every covered cell. */
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

/**
 * A target / actual as a person types it into Excel: a date as a date, a bare percentage as a fraction
 * (formatted `percent`), a bare number as a number; anything with a comparator, a unit word or words as text.
 */
function typed(value: GoldenValue | null | undefined, percent: string): { value: ExcelJS.CellValue; numFmt?: string } {
  if (!value) return { value: null };
  if (value.date) {
    const [y, m, d] = value.date.split('-').map(Number);
    return { value: new Date(Date.UTC(y!, m! - 1, d!)), numFmt: DATE_FMT };
  }
  const bare = !value.comparator && !value.text && value.number != null;
  if (bare && value.unit === '%') return { value: value.number! / 100, numFmt: percent };
  if (bare && !value.unit) return { value: value.number! };
  return { value: printValue(value) };
}

/** exceljs (through JSZip) stamps every ZIP entry with the time of writing; the same entries without it. */
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

/** Indicator rows in content order, with the rows each 一级 and 二级 cell covers. */
function blocks(groups: Group[]) {
  const rows: { level1?: { label: string; span: number }; level2?: { label: string; span: number }; item: Group['items'][number] }[] = [];
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

// ───────────────────────── 1. 青海: three self-evaluations, one a sheet ─────────────────────────

/** A funds line as typed: amounts in 万元, the rate as a fraction; null = "—" or an empty cell. */
interface FundsLine { label: string; initial: number | null; annual: number | null; executed: number | null; weight: number | null; rate: number | null; score: number | null }
interface SelfEval { sheet: string; code: string; project: Project; funds: FundsLine[] }

const selfFunds = (lines: FundsLine[]): Project['funds'] => ({
  publishedUnit: '万元',
  rows: lines.map((l) => ({
    label: l.label, initialBudget: yuan(l.initial), annualBudget: yuan(l.annual), executed: yuan(l.executed),
    weight: l.weight, executionRate: pct(l.rate), score: l.score,
  })),
});

const QH_TITLE = '项目支出绩效自评表';

const qhRepairFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 800, annual: 860, executed: 842.8, weight: 10, rate: 0.98, score: 9.8 },
  { label: '其中：当年财政拨款', initial: 800, annual: 780, executed: 764.4, weight: null, rate: 0.98, score: null },
  { label: '上年结转资金', initial: 0, annual: 80, executed: 78.4, weight: null, rate: 0.98, score: null },
  { label: '其他资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null },
];
const qhRepair: SelfEval = {
  sheet: '校舍维修', code: '630100231000000018', funds: qhRepairFunds,
  project: {
    kind: 'project-self-evaluation', title: QH_TITLE, year: 2023,
    project: { name: '中小学校舍维修改造项目', department: '西宁市教育局', implementingUnit: '西宁市教育局' },
    funds: selfFunds(qhRepairFunds),
    goal: '对全市26所中小学存在安全隐患的校舍、围墙、供暖管网进行维修改造，维修改造面积不少于3.2万平方米，消除校舍安全隐患，改善办学条件。',
    achieved: '完成26所中小学校舍维修改造3.35万平方米，工程全部通过竣工验收，于秋季开学前交付使用，校园安全隐患整改率98.5%。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '维修改造校舍面积', target: v('>=', 3.2, '万平方米'), actual: v(null, 3.35, '万平方米'), weight: 10, score: 10 },
        { name: '维修改造学校数量', target: v('>=', 26, '所'), actual: v(null, 26, '所'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [
        { name: '工程竣工验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level2: '时效指标', items: [
        { name: '项目完工时间', target: dt('2023-08-25'), actual: dt('2023-08-20'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level2: '成本指标', items: [
        { name: '校舍维修改造单位面积成本', target: v('<=', 280, '元/平方米'), actual: v(null, 251.6, '元/平方米'), weight: 10, score: 10 },
      ] },
      { level1: '效益指标', level2: '社会效益指标', items: [
        { name: '校园安全隐患整改率', target: v('>=', 95, '%'), actual: v(null, 98.5, '%'), weight: 10, score: 10 },
        { name: '办学条件', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 9, why: '部分学校附属设施改造尚未完成，下一步加快推进。' },
      ] },
      { level1: '效益指标', level2: '可持续影响指标', items: [
        { name: '维修改造后校舍使用年限', target: v('>=', 15, '年'), actual: v('>=', 15, '年'), weight: 10, score: 10 },
      ] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [
        { name: '师生满意度', target: v('>=', 90, '%'), actual: v(null, 93.6, '%'), weight: 10, score: 10 },
      ] },
    ],
    total: { weight: 100, score: 98.8, grade: '优' },
  },
};

const qhAidFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 2450, annual: 2600, executed: 2574, weight: 10, rate: 0.99, score: 9.9 },
  { label: '其中：中央补助资金', initial: 1560, annual: 1650, executed: 1650, weight: null, rate: 1, score: null },
  { label: '省级补助资金', initial: 520, annual: 550, executed: 550, weight: null, rate: 1, score: null },
  { label: '市级配套资金', initial: 370, annual: 400, executed: 374, weight: null, rate: 0.935, score: null },
];
const qhAid: SelfEval = {
  sheet: '学生资助', code: '630100231000000025', funds: qhAidFunds,
  project: {
    kind: 'project-self-evaluation', title: QH_TITLE, year: 2023,
    project: { name: '家庭经济困难学生资助项目', department: '西宁市教育局', implementingUnit: '西宁市学生资助管理中心' },
    funds: selfFunds(qhAidFunds),
    goal: '落实学前教育、义务教育、普通高中家庭经济困难学生资助政策，资助学生不少于1.8万人次，做到应助尽助，确保不让一个学生因家庭经济困难而失学。',
    achieved: '全年资助家庭经济困难学生18426人次，资助资金按学期足额发放，未发生因贫辍学情况。',
    groups: [
      { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
        { name: '资助家庭经济困难学生人次', target: v('>=', 18000, '人次'), actual: v(null, 18426, '人次'), weight: 15, score: 15 },
        { name: '学前教育幼儿资助人数', target: v('>=', 3200, '人'), actual: v(null, 3315, '人'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
        { name: '资助对象认定准确率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
        { name: '资助资金发放及时率', target: v('>=', 95, '%'), actual: v(null, 96.42, '%'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
        { name: '普通高中国家助学金生均标准', target: v('=', 2000, '元/生·年'), actual: v('=', 2000, '元/生·年'), weight: 5, score: 5 },
      ] },
      { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
        { name: '因贫辍学学生人数', target: v('=', 0, '人'), actual: v(null, 0, '人'), weight: 15, score: 15 },
      ] },
      { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
        { name: '学生资助长效机制', target: tx('逐步完善'), actual: tx('逐步完善'), weight: 15, score: 13, why: '资助信息管理系统与民政、乡村振兴部门数据对接尚未全部完成。' },
      ] },
      { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
        { name: '受助学生及家长满意度', target: v('>=', 90, '%'), actual: v(null, 95.18, '%'), weight: 10, score: 10 },
      ] },
    ],
    total: { weight: 100, score: 97.9, grade: '优' },
  },
};

const qhTrainingFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 180, annual: 180, executed: 162, weight: 10, rate: 0.9, score: 9 },
  { label: '其中：当年财政拨款', initial: 180, annual: 180, executed: 162, weight: null, rate: 0.9, score: null },
  { label: '上年结转资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null },
  { label: '其他资金', initial: 0, annual: 0, executed: 0, weight: null, rate: null, score: null },
];
const qhTraining: SelfEval = {
  sheet: '教师培训', code: '630100231000000031', funds: qhTrainingFunds,
  project: {
    kind: 'project-self-evaluation', title: QH_TITLE, year: 2023,
    project: { name: '中小学教师能力提升培训项目', department: '西宁市教育局', implementingUnit: '西宁市教育科学研究院' },
    funds: selfFunds(qhTrainingFunds),
    goal: '组织开展中小学教师全员培训和骨干教师专题研修，培训教师不少于4500人次，举办专题培训班30期，提升教师教育教学能力。',
    achieved: '全年培训教师4620人次，举办专题培训班28期，2期因场地调整延至2024年上半年举办。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '培训中小学教师人次', target: v('>=', 4500, '人次'), actual: v(null, 4620, '人次'), weight: 10, score: 10 },
        { name: '组织专题培训班期数', target: v('>=', 30, '期'), actual: v(null, 28, '期'), weight: 10, score: 8, why: '受培训场地调整影响，2期培训班延至次年上半年举办。' },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [
        { name: '培训合格率', target: v('>=', 95, '%'), actual: v(null, 97.85, '%'), weight: 10, score: 10 },
        { name: '培训课程评估优良率', target: v(null, 90, '%'), actual: v(null, 92.4, '%'), weight: 10, score: 10 },
      ] },
      { level1: '产出指标', level2: '时效指标', items: [
        { name: '培训计划完成及时率', target: v('=', 100, '%'), actual: v(null, 93.33, '%'), weight: 10, score: 9, why: '同上，2期培训未按计划完成。' },
      ] },
      { level1: '效益指标', level2: '社会效益指标', items: [
        { name: '参训教师教育教学能力', target: tx('有效提升'), actual: tx('有效提升'), weight: 15, score: 14 },
      ] },
      { level1: '效益指标', level2: '可持续影响指标', items: [
        { name: '培训成果转化应用', target: tx('持续推进'), actual: tx('持续推进'), weight: 15, score: 15 },
      ] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [
        { name: '参训教师满意度', target: v('>=', 90, '%'), actual: v(null, 94.7, '%'), weight: 10, score: 10 },
      ] },
    ],
    total: { weight: 100, score: 95, grade: '优' },
  },
};

/** The 财政部 10-column self-evaluation in columns B..K, column A hidden (system codes), rows 1:2 print titles. */
function selfEvaluationSheet(wb: ExcelJS.Workbook, s: SelfEval): void {
  const p = s.project;
  const ws = wb.addWorksheet(s.sheet, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10, K = 11;
  put(ws, 1, B, 1, K, QH_TITLE, { bold: true, size: 16, border: false });
  put(ws, 2, B, 2, K, `（${p.year}年度）`, { border: false });
  ws.getRow(1).height = 30;
  put(ws, 3, B, 3, C, '项目名称');
  put(ws, 3, D, 3, K, p.project.name!);
  put(ws, 4, B, 4, C, '主管部门');
  put(ws, 4, D, 4, F, p.project.department!);
  put(ws, 4, G, 4, H, '实施单位');
  put(ws, 4, I, 4, K, p.project.implementingUnit!);
  ws.getCell(3, 1).value = s.code;
  // funds: label column merged down over the header line and the money lines
  const f0 = 5;
  put(ws, f0, B, f0 + s.funds.length, C, '项目资金（万元）');
  one(ws, f0, D, '');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率'].forEach((t, k) => one(ws, f0, E + k, t));
  put(ws, f0, J, f0, K, '得分');
  const fundsTotalRow = f0 + 1;
  s.funds.forEach((l, k) => {
    const r = f0 + 1 + k;
    one(ws, r, D, l.label, { align: 'left' });
    [l.initial, l.annual, l.executed].forEach((x, m) => one(ws, r, E + m, x, { numFmt: MONEY }));
    one(ws, r, H, l.weight ?? '—');
    one(ws, r, I, l.rate ?? '—', l.rate === null ? {} : { numFmt: '0.00%' });
    put(ws, r, J, r, K, l.score ?? '—', l.score === null ? {} : { numFmt: '0.00' });
  });
  // goals
  const g0 = f0 + s.funds.length + 1;
  put(ws, g0, B, g0 + 1, C, '年度总体目标');
  put(ws, g0, D, g0, G, '预期目标');
  put(ws, g0, H, g0, K, '实际完成情况');
  put(ws, g0 + 1, D, g0 + 1, G, p.goal!, { align: 'left' });
  put(ws, g0 + 1, H, g0 + 1, K, p.achieved!, { align: 'left' });
  ws.getRow(g0 + 1).height = 66;
  // indicators: 绩效指标 merged down the header and every indicator row
  const h0 = g0 + 2;
  const rows = blocks(p.groups);
  put(ws, h0, B, h0 + rows.length, B, '绩效指标');
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].forEach((t, k) => one(ws, h0, C + k, t));
  put(ws, h0, J, h0, K, '偏差原因分析及改进措施');
  ws.getCell(h0, 1).value = '指标编码';
  rows.forEach((row, k) => {
    const r = h0 + 1 + k;
    if (row.level1) put(ws, r, C, r + row.level1.span - 1, C, row.level1.label);
    if (row.level2) put(ws, r, D, r + row.level2.span - 1, D, row.level2.label);
    const it = row.item;
    one(ws, r, E, it.name, { align: 'left' });
    const target = typed(it.target, '0.00%');
    const actual = typed(it.actual, '0.00%');
    one(ws, r, F, target.value, { numFmt: target.numFmt });
    one(ws, r, G, actual.value, { numFmt: actual.numFmt });
    one(ws, r, H, it.weight);
    one(ws, r, I, it.score ?? null);
    put(ws, r, J, r, K, it.why ?? '', { align: 'left' });
    ws.getCell(r, 1).value = `ZB${s.code.slice(-4)}${String(k + 1).padStart(2, '0')}`;
  });
  const t = h0 + rows.length + 1;
  put(ws, t, B, t, G, '总分');
  one(ws, t, H, p.total!.weight);
  one(ws, t, I, { formula: `SUM(J${fundsTotalRow},I${h0 + 1}:I${h0 + rows.length})`, result: p.total!.score! }, { numFmt: '0.00' });
  put(ws, t, J, t, K, p.total!.grade);
  [14, 6, 12, 16, 24, 14, 14, 7, 9, 12, 14].forEach((w, k) => { ws.getColumn(k + 1).width = w; });
  ws.getColumn(1).hidden = true;
  ws.pageSetup.printTitlesRow = '1:2';
}

async function qinghai(): Promise<void> {
  const file = 'probe-r6-xlsx-qinghai-education-2023-self-evaluation-sheets.xlsx';
  const list = [qhRepair, qhAid, qhTraining];
  const wb = workbook();
  for (const s of list) selfEvaluationSheet(wb, s);
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '青海 (西宁市教育局) self-evaluation workbook: three sheets 校舍维修 / 学生资助 / 教师培训, one 项目支出绩效自评表 a sheet (财政部 10-column layout in B..K), title with "（2023年度）" under it (rows 1:2 are print titles). Column A is hidden (project code, 指标编码 ZB…): not printed, not transcribed.',
      'Funds 项目资金（万元）: amounts stored as numbers formatted #,##0.00 (万元 → ×10000 元); 执行率 stored as fractions formatted 0.00% → the percentage shown (0.98 → 98); 分值/得分 printed only on 年度资金总额, "—" elsewhere (null); zero rows (上年结转资金 / 其他资金 0.00) kept with 0 amounts and rate null ("—").',
      'Actuals shown as 98.50% etc. are fractions in 0.00% cells → {number: 98.5, unit: "%"}; the target of 培训课程评估优良率 is a 0.00% cell (90.00%, no comparator) → {number: 90, unit: "%"}. 项目完工时间 target and actual are Excel dates formatted yyyy"年"m"月"d"日" → {date}. Targets with ≥/=/≤ are text cells.',
      'Sheet 学生资助 prints 一级 with weights ("产出指标（50分）") → level1Weight; the other two print 一级 plain (level1Weight null). 一级/二级 and the 绩效指标 column are vertical merges.',
      '总分 score is a =SUM(得分 of 年度资金总额, indicator 得分) formula with its cached result; total weight 100 typed; grade 优 in the last cell of the 总分 row. 年度总体目标 is not in the golden.',
    ],
    tables: list.map((s) => goldenTable(s.project)),
  });
}

// ───────────────────────── 2. 长沙: many projects on one sheet ─────────────────────────

interface Listed { project: Project; wan: number }

const CS_TITLE = '2025年项目支出绩效目标表';
const listed = (name: string, wan: number, goal: string, groups: Group[]): Listed => ({
  wan,
  project: { kind: 'project-targets', title: CS_TITLE, year: 2025, project: { name }, funds: { publishedUnit: '万元', rows: [{ label: '资金总额', annualBudget: yuan(wan) }] }, goal, groups, total: null },
});
const SAT = '服务对象满意度指标';
const t = (name: string, target: GoldenValue) => ({ name, target, weight: null });

const changshaProjects: Listed[] = [
  listed('公共文化场馆免费开放运行经费', 126.5,
    '保障区图书馆、文化馆、美术馆全年免费开放，开展公益性文化活动不少于120场，全年接待读者及观众不少于45万人次，群众满意度达到90%以上。', [
      { level1: '产出指标', level2: '数量指标', items: [t('全年开放天数', v('>=', 300, '天')), t('开展公益性文化活动场次', v('>=', 120, '场'))] },
      { level1: '产出指标', level2: '质量指标', items: [t('免费开放服务达标率', v(null, 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [t('活动经费拨付完成时间', dt('2025-11-30'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [t('年接待读者及观众人次', v('>=', 45, '万人次'))] },
      { level1: '满意度指标', level2: SAT, items: [t('群众满意度', v('>=', 90, '%'))] },
    ]),
  listed('全民健身赛事活动经费', 88,
    '全年举办区级全民健身赛事不少于25场次，带动6万人次以上群众参与健身活动，赛事安全零事故。', [
      { level1: '产出指标', level2: '数量指标', items: [t('举办区级全民健身赛事', v('>=', 25, '场次'))] },
      { level1: '产出指标', level2: '质量指标', items: [t('赛事安全事故发生数', v('=', 0, '起'))] },
      { level1: '产出指标', level2: '成本指标', items: [t('单场赛事平均成本', v('<=', 3.5, '万元'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [t('参与群众人次', v('>=', 6, '万人次'))] },
      { level1: '满意度指标', level2: SAT, items: [t('参赛群众满意度', v('>=', 92, '%'))] },
    ]),
  listed('非物质文化遗产保护传承经费', 45.6,
    '支持12个以上区级及以上非遗代表性项目开展保护传承活动，非遗传承人年度考核合格率不低于95%。', [
      { level1: '产出指标', level2: '数量指标', items: [t('支持非遗代表性项目保护数量', v('>=', 12, '个'))] },
      { level1: '产出指标', level2: '质量指标', items: [t('非遗传承人年度考核合格率', v('>=', 95, '%'))] },
      { level1: '效益指标', level2: '可持续影响指标', items: [t('非遗项目传承发展', tx('持续推进'))] },
      { level1: '满意度指标', level2: SAT, items: [t('传承人满意度', v('>=', 90, '%'))] },
    ]),
  listed('岳麓山片区旅游公共服务提升经费', 260,
    '新增及更新片区旅游标识标牌180块以上，改造提升旅游厕所8座，2025年10月底前完成建设任务，片区旅游综合收入增长5%以上，游客满意度达到90%以上。', [
      { level1: '产出指标', level2: '数量指标', items: [t('新增及更新旅游标识标牌', v('>=', 180, '块')), t('旅游厕所改造提升', v('>=', 8, '座'))] },
      { level1: '产出指标', level2: '质量指标', items: [t('设施验收合格率', v('=', 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [t('项目完成时限', tx('2025年10月底前'))] },
      { level1: '效益指标', level2: '经济效益指标', items: [t('带动片区旅游综合收入增长率', v('>=', 5, '%'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [t('游客投诉处理率', v('=', 100, '%'))] },
      { level1: '满意度指标', level2: SAT, items: [t('游客满意度', v('>=', 90, '%'))] },
    ]),
  listed('文化市场综合执法专项经费', 32.4,
    '开展文化市场日常巡查和专项整治，全年检查经营场所1500家次以上，案件办结率98%以上，维护文化市场经营秩序。', [
      { level1: '成本指标', level2: '经济成本指标', items: [t('执法专项经费支出控制', v('<=', 32.4, '万元'))] },
      { level1: '产出指标', level2: '数量指标', items: [t('开展文化市场检查', v('>=', 1500, '家次'))] },
      { level1: '产出指标', level2: '质量指标', items: [t('案件办结率', v('>=', 98, '%'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [t('文化市场经营秩序', tx('持续规范'))] },
      { level1: '满意度指标', level2: SAT, items: [t('经营单位满意度', v(null, 90, '%'))] },
    ]),
];

async function changsha(): Promise<void> {
  const file = 'probe-r6-xlsx-changsha-culture-2025-targets-many-projects.xlsx';
  const wb = workbook();
  const ws = wb.addWorksheet('项目支出绩效目标表', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  put(ws, 1, 1, 1, 7, CS_TITLE, { bold: true, size: 16, border: false });
  ws.getRow(1).height = 30;
  put(ws, 2, 1, 2, 4, '单位名称：长沙市岳麓区文化旅游体育局', { align: 'left', border: false });
  put(ws, 2, 5, 2, 7, '单位：万元', { align: 'right', border: false });
  ['项目名称', '资金总额（万元）', '年度绩效目标', '一级指标', '二级指标', '三级指标', '指标值'].forEach((h, k) => one(ws, 3, k + 1, h, { bold: true, fill: true }));
  let r = 4;
  for (const p of changshaProjects) {
    const rows = blocks(p.project.groups);
    const last = r + rows.length - 1;
    put(ws, r, 1, last, 1, p.project.project.name!);
    put(ws, r, 2, last, 2, p.wan, { numFmt: MONEY });
    put(ws, r, 3, last, 3, p.project.goal!, { align: 'left' });
    rows.forEach((row, k) => {
      if (row.level1) put(ws, r + k, 4, r + k + row.level1.span - 1, 4, row.level1.label);
      if (row.level2) put(ws, r + k, 5, r + k + row.level2.span - 1, 5, row.level2.label);
      one(ws, r + k, 6, row.item.name, { align: 'left' });
      const target = typed(row.item.target, '0%');
      one(ws, r + k, 7, target.value, { numFmt: target.numFmt });
    });
    r = last + 1;
  }
  const sum = Number(changshaProjects.reduce((a, p) => a + p.wan, 0).toFixed(2));
  one(ws, r, 1, '合计', { bold: true });
  one(ws, r, 2, { formula: `SUM(B4:B${r - 1})`, result: sum }, { numFmt: MONEY, bold: true });
  put(ws, r, 3, r, 7, '');
  [26, 12, 40, 11, 16, 26, 14].forEach((w, k) => { ws.getColumn(k + 1).width = w; });
  ws.pageSetup.printTitlesRow = '3:3';
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '长沙 style: one sheet listing five projects of 长沙市岳麓区文化旅游体育局 under the title 2025年项目支出绩效目标表; one Table per project (README: a table listing many projects is one Table per project). 项目名称 / 资金总额 / 年度绩效目标 merged down each block; 一级/二级 merged within the block.',
      'Caption 单位名称：长沙市岳麓区文化旅游体育局 above the table is a caption, not a project field (budgetUnit null; there is no unit row inside the table). Funds: one row label 资金总额 (header 资金总额（万元）, unit 万元), the amount (a number formatted #,##0.00) ×10000 in annualBudget.',
      'The 合计 row (=SUM of the amounts, 552.50) is not a project and not transcribed. No weights, no 总分: weight null, total null. 年度绩效目标 is not in the golden.',
      '指标值 single column: ≥/≤/= texts parsed; 免费开放服务达标率 and 经营单位满意度 are fractions in 0% cells (100% / 90%) → {number, unit %}; 活动经费拨付完成时间 is an Excel date → {date: 2025-11-30}; "2025年10月底前", 持续推进, 持续规范 are text. 文化市场综合执法专项经费 prints 成本指标 / 经济成本指标 as its first 一级 (newer template).',
    ],
    tables: changshaProjects.map((p) => goldenTable(p.project)),
  });
}

// ───────────────────────── 3. 新疆: label pairs, split target, drop-down list sheet ─────────────────────────

/** split target as typed: 指标性质 | 指标值 | 计量单位 */
interface Split { nature: string; value: string | number; unit: string }
const split = (target: GoldenValue): Split => {
  if (target.text) return { nature: '定性', value: target.text, unit: '' };
  const sign: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };
  return { nature: sign[target.comparator!]!, value: target.number!, unit: target.unit ?? '' };
};

const xinjiangFunds: { label: string; wan: number }[] = [
  { label: '资金总额', wan: 386 },
  { label: '其中：财政拨款', wan: 356 },
  { label: '其中：中央补助资金', wan: 200 },
  { label: '自治区补助资金', wan: 96 },
  { label: '市本级资金', wan: 60 },
  { label: '其他资金', wan: 30 },
];
const w = (name: string, target: GoldenValue, weight: number) => ({ name, target, weight });
const xinjiang: Project = {
  kind: 'project-targets', title: '2024年度项目支出绩效目标表', year: 2024,
  project: {
    name: '农作物病虫害绿色防控项目', department: '乌鲁木齐市农业农村局', departmentCode: '411001',
    implementingUnit: '乌鲁木齐市植物保护站', budgetUnit: '乌鲁木齐市植物保护站',
    category: '特定目标类', attribute: '延续项目', period: '2024年1月—2024年12月',
  },
  funds: { publishedUnit: '万元', rows: xinjiangFunds.map((f) => ({ label: f.label, annualBudget: yuan(f.wan) })) },
  goal: '在全市主要农作物种植区推广病虫害绿色防控技术45万亩以上，开展专业化统防统治20万亩，建设病虫害监测点36个，将农作物病虫害危害损失率控制在5%以内，减少化学农药使用量，挽回粮食及经济作物损失3.5万吨以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      w('绿色防控技术推广面积', v('>=', 45, '万亩'), 10), w('统防统治服务面积', v('>=', 20, '万亩'), 10), w('建设病虫害监测点', v('>=', 36, '个'), 5),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [w('农作物病虫害危害损失率', v('<=', 5, '%'), 10), w('防控物资质量抽检合格率', v('=', 100, '%'), 5)] },
    { level1: '产出指标', level2: '时效指标', items: [w('防控作业完成及时率', v('>=', 95, '%'), 5)] },
    { level1: '产出指标', level2: '成本指标', items: [w('绿色防控亩均补助标准', v('<=', 8, '元/亩'), 5)] },
    { level1: '效益指标', level2: '经济效益指标', items: [w('挽回粮食及经济作物损失', v('>=', 3.5, '万吨'), 10)] },
    { level1: '效益指标', level2: '社会效益指标', items: [w('农户绿色防控技术知晓率', v('>=', 85, '%'), 10)] },
    { level1: '效益指标', level2: '生态效益指标', items: [w('化学农药使用量', tx('较上年下降'), 10)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [w('病虫害绿色防控长效机制', tx('逐步建立'), 5)] },
    { level1: '满意度指标', level2: SAT, items: [w('项目区农户满意度', v('>=', 90, '%'), 10), w('基层农技人员满意度', v('>=', 90, '%'), 5)] },
  ],
  total: null,
};
const UNITS = ['%', '个', '人', '人次', '户', '亩', '万亩', '吨', '万吨', '元', '万元', '元/亩', '次', '场', '天', '月', '年', '座', '台', '套', '公里', '平方米'];

async function xinjiangWorkbook(): Promise<void> {
  const file = 'probe-r6-xlsx-xinjiang-pest-control-2024-targets-label-pairs.xlsx';
  const p = xinjiang;
  const wb = workbook();
  const ws = wb.addWorksheet('绩效目标表', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  put(ws, 1, 1, 1, 7, p.title, { bold: true, size: 16, border: false });
  ws.getRow(1).height = 30;
  put(ws, 2, 1, 2, 4, '填报单位：乌鲁木齐市植物保护站', { align: 'left', border: false });
  put(ws, 2, 5, 2, 7, '单位：万元', { align: 'right', border: false });
  const pj = p.project;
  // header fields as label | value pairs over six columns (the last value merged over F:G)
  one(ws, 3, 1, '项目名称', { bold: true }); put(ws, 3, 2, 3, 4, pj.name!); one(ws, 3, 5, '项目编码', { bold: true }); put(ws, 3, 6, 3, 7, '65010024T000000137');
  one(ws, 4, 1, '主管部门', { bold: true }); one(ws, 4, 2, pj.department!); one(ws, 4, 3, '主管部门编码', { bold: true }); one(ws, 4, 4, pj.departmentCode!);
  one(ws, 4, 5, '实施单位', { bold: true }); put(ws, 4, 6, 4, 7, pj.implementingUnit!);
  one(ws, 5, 1, '项目类别', { bold: true }); one(ws, 5, 2, pj.category!); one(ws, 5, 3, '项目属性', { bold: true }); one(ws, 5, 4, pj.attribute!);
  one(ws, 5, 5, '实施期限', { bold: true }); put(ws, 5, 6, 5, 7, pj.period!);
  one(ws, 6, 1, '项目负责人', { bold: true }); one(ws, 6, 2, '艾尔肯·吐尔逊'); one(ws, 6, 3, '联系电话', { bold: true }); one(ws, 6, 4, '0991-4856213');
  one(ws, 6, 5, '预算单位', { bold: true }); put(ws, 6, 6, 6, 7, pj.budgetUnit!);
  // funds: 资金来源 rows under one amount column
  const f0 = 7;
  put(ws, f0, 1, f0 + xinjiangFunds.length, 1, '项目资金', { bold: true });
  put(ws, f0, 2, f0, 4, '资金来源', { bold: true });
  put(ws, f0, 5, f0, 7, '年度金额', { bold: true });
  xinjiangFunds.forEach((f, k) => {
    put(ws, f0 + 1 + k, 2, f0 + 1 + k, 4, f.label, { align: 'left' });
    put(ws, f0 + 1 + k, 5, f0 + 1 + k, 7, f.wan, { numFmt: MONEY });
  });
  const g = f0 + xinjiangFunds.length + 1;
  one(ws, g, 1, '年度绩效目标', { bold: true });
  put(ws, g, 2, g, 7, p.goal!, { align: 'left' });
  ws.getRow(g).height = 80;
  const h0 = g + 1;
  ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '权重'].forEach((t, k) => one(ws, h0, k + 1, t, { bold: true, fill: true }));
  const rows = blocks(p.groups);
  rows.forEach((row, k) => {
    const r = h0 + 1 + k;
    if (row.level1) put(ws, r, 1, r + row.level1.span - 1, 1, row.level1.label);
    if (row.level2) put(ws, r, 2, r + row.level2.span - 1, 2, row.level2.label);
    one(ws, r, 3, row.item.name, { align: 'left' });
    const s = split(row.item.target!);
    one(ws, r, 4, s.nature);
    one(ws, r, 5, s.value);
    one(ws, r, 6, s.unit);
    one(ws, r, 7, row.item.weight);
    ws.getCell(r, 4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"≥,≤,=,定性"'] };
    ws.getCell(r, 6).dataValidation = { type: 'list', allowBlank: true, formulae: [`计量单位!$A$2:$A$${UNITS.length + 1}`] };
  });
  [14, 18, 26, 10, 14, 10, 10].forEach((wd, k) => { ws.getColumn(k + 1).width = wd; });
  // the drop-down source: one column of units, not a table
  const lists = wb.addWorksheet('计量单位');
  lists.getCell(1, 1).value = '计量单位';
  UNITS.forEach((u, k) => { lists.getCell(k + 2, 1).value = u; });
  lists.getColumn(1).width = 12;
  wb.addWorksheet('Sheet3');
  await save(wb, file);
  writeGolden(file, {
    source: file,
    notes: [
      `Generated by ${GENERATOR} from content written there by hand.`,
      '新疆 style 绩效目标表 (title 2024年度项目支出绩效目标表 → year 2024). Header fields as label|value pairs over six columns: 项目名称 / 项目编码 (no field), 主管部门 / 主管部门编码 (→ departmentCode 411001, a text cell) / 实施单位, 项目类别 / 项目属性 / 实施期限, 项目负责人 / 联系电话 (no field) / 预算单位 (→ budgetUnit, printed inside the table). Caption 填报单位：… above the table is not a field.',
      'Funds: 项目资金 merged down the block; 资金来源 rows (labels as printed, two "其中：" lines) under one 年度金额 column, unit 万元 from the caption 单位：万元 → annualBudget each ×10000; amounts are numbers formatted #,##0.00.',
      'Indicators 一级 | 二级 | 三级 | 指标性质 | 指标值 | 计量单位 | 权重: "≥" | 45 | "万亩" → {">=", 45, "万亩"}; 定性 | 较上年下降 | "" → text. 指标值 numbers are number cells. 权重 → weight (sums to 100). No total row (total null).',
      'Sheet 2 计量单位 is the source of the 计量单位 drop-down (one column of unit words, not a table) and sheet 3 is empty: neither holds a table, so the golden has one table and any table read from sheets 2–3 is extra.',
    ],
    tables: [goldenTable(p)],
  });
}

mkdirSync(OUT, { recursive: true });
await qinghai();
await changsha();
await xinjiangWorkbook();
process.stdout.write('wrote 3 workbooks and their goldens\n');
