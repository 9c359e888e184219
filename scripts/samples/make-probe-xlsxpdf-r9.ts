/**
 * PDF probes, round 9a (samples/probe/probe-r9-xlsxpdf-*.pdf): spreadsheets printed to PDF by LibreOffice
 * Calc, the way many departments publish Excel / WPS tables. Each workbook is written cell by cell with
 * exceljs from content written here by hand, converted with `soffice --convert-to pdf`, and only the PDF is
 * kept:
 *    - neimenggu-…-self-evaluation-print-titles (内蒙古 包头): a 项目支出绩效自评表 on an A4 portrait sheet with
 *      thin borders, the title in a merged row 1, "填报单位" left and "单位：万元" right on row 2, 一级/二级
 *      merged vertically, 三级 names typed with Alt+Enter line breaks, amounts "#,##0.00", 执行率 and
 *      percentage actuals as fractions formatted 0.00%, a 时效 date cell, 28 indicators over two pages with the
 *      indicator header row as print titles (repeated on page 2) and a "第 1 页，共 2 页" footer;
 *    - zhejiang-…-targets-landscape-fit (浙江 台州): a 绩效目标表 printed A4 landscape, fit to one page wide at
 *      8 pt, an empty spacer column A outside the table and an empty narrow column inside it (between 三级指标
 *      and 指标性质), targets split over 指标性质 (≥/≤/=/定性) | 指标值 | 度量单位, 权重 and 备注 columns,
 *      a note line under the table;
 *    - henan-…-targets-stacked (河南 洛阳): one sheet holding three projects' 绩效目标表 stacked vertically, a
 *      blank row between them, each with its own title row and "单位：万元" caption, funds as labels over
 *      amounts; the page break falls inside the third table (no repeated header);
 *    - guangdong-…-self-evaluation-gridlines (广东 佛山): a self-evaluation with no cell borders but the
 *      gridlines printed (page style "print grid"), 一级/二级 typed on the first row of their block only (no
 *      merges, empty cells below), funds in 元, a 总分 row and a 自评等级 row under it.
 * Their goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-xlsxpdf-r9.ts   # needs soffice (libreoffice-calc) + a CJK font
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { soffice } from './corpus-samples.js';
import { printValue, type GoldenValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';

const GENERATOR = 'scripts/samples/make-probe-xlsxpdf-r9.ts';
const SAVED = new Date(Date.UTC(2025, 2, 20));
const FONT_NAME = 'WenQuanYi Micro Hei';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const MONEY = '#,##0.00';
const PERCENT = '0.00%';
const DATE_FMT = 'yyyy"年"m"月"d"日"';

/** 万元 as typed → 元 for the golden, without float noise. */
const yuan = (wan: number | null): number | null => (wan === null ? null : Math.round(wan * 1_000_000) / 100);
/** a fraction typed into a 0.00% cell → the percentage the cell shows (two decimals) */
const shownPct = (f: number): number => Number((f * 100).toFixed(2));

// ───────────────────────── cells ─────────────────────────

interface Style { numFmt?: string; bold?: boolean; size?: number; align?: 'left' | 'center' | 'right'; border?: boolean; fill?: boolean; wrap?: boolean }

/** Per-sheet defaults: the body font size and whether cells get thin borders. */
interface Sheet { ws: ExcelJS.Worksheet; size: number; borders: boolean }

/** Writes a value into r1:c1..r2:c2 (merged when larger than one cell), styling every covered cell. */
function put(sh: Sheet, r1: number, c1: number, r2: number, c2: number, value: ExcelJS.CellValue, s: Style = {}): void {
  const { ws } = sh;
  if (r2 > r1 || c2 > c1) ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  cell.value = value;
  if (s.numFmt) cell.numFmt = s.numFmt;
  const text = typeof value === 'string';
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      const covered = ws.getCell(r, c);
      if (s.border ?? sh.borders) covered.border = BORDER;
      covered.font = { name: FONT_NAME, bold: s.bold ?? false, size: s.size ?? sh.size };
      covered.alignment = {
        vertical: 'middle', wrapText: s.wrap ?? true,
        horizontal: s.align ?? (text && String(value).length > 14 ? 'left' : 'center'),
      };
      if (s.fill) covered.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    }
  }
}
const one = (sh: Sheet, r: number, c: number, value: ExcelJS.CellValue, s: Style = {}) => put(sh, r, c, r, c, value, s);

/**
 * A target / actual as typed into Excel: a date as a date cell, a bare percentage as a fraction in a 0.00%
 * cell, a bare number as a number; anything with a comparator, a unit word or words as text.
 */
function typed(value: GoldenValue | null | undefined): { value: ExcelJS.CellValue; numFmt?: string } {
  if (!value) return { value: null };
  if (value.date) {
    const [y, m, d] = value.date.split('-').map(Number);
    return { value: new Date(Date.UTC(y!, m! - 1, d!)), numFmt: DATE_FMT };
  }
  const bare = !value.comparator && !value.text && value.number != null;
  if (bare && value.unit === '%') return { value: Number((value.number! / 100).toFixed(6)), numFmt: PERCENT };
  if (bare && !value.unit) return { value: value.number! };
  return { value: printValue(value) };
}

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Administrator';
  wb.lastModifiedBy = 'Administrator';
  wb.created = SAVED;
  wb.modified = SAVED;
  return wb;
}

/** Indicator rows in content order, with the rows each 一级 and 二级 cell covers. */
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

/** A 三级 name typed with Alt+Enter line breaks: "65岁及以上老年人|健康管理率" → two lines in the cell, one name. */
const typedName = (name: string) => name.replace(/\|/g, '\n');
const names = (groups: Group[]): Group[] => groups.map((g) => ({ ...g, items: g.items.map((it) => ({ ...it, name: it.name.replace(/\|/g, '') })) }));

interface Probe { stem: string; build: (wb: ExcelJS.Workbook) => void; projects: Project[]; notes: string[] }

// ───────────────────────── 1. 内蒙古 包头: self-evaluation over two pages, print titles ─────────────────────────

/** A funds line as typed: amounts in 万元 (or 元), the rate as a fraction; null = an empty cell. */
interface FundsLine { label: string; initial: number | null; annual: number | null; executed: number | null; weight: number | null; rate: number | null; score: number | null }

const btFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 6850, annual: 7126.4, executed: 6980.25, weight: 10, rate: 6980.25 / 7126.4, score: 9.79 },
  { label: '其中：中央补助资金', initial: 4520, annual: 4796.4, executed: 4796.4, weight: null, rate: 1, score: null },
  { label: '自治区补助资金', initial: 1380, annual: 1380, executed: 1293.85, weight: null, rate: 1293.85 / 1380, score: null },
  { label: '市级配套资金', initial: 950, annual: 950, executed: 890, weight: null, rate: 890 / 950, score: null },
];
const pc = (n: number) => v(null, n, '%');
const it = (name: string, target: GoldenValue | null, actual: GoldenValue | null, weight: number, score: number, why?: string): Item =>
  ({ name, target, actual, weight, score, why });

const btGroupsTyped: Group[] = [
  { level1: '产出指标', level2: '数量指标', items: [
    it('居民电子健康档案建档率', v('>=', 90, '%'), pc(93.12), 3, 3),
    it('65岁及以上老年人城乡社区|规范健康管理服务率', v('>=', 62, '%'), pc(64.85), 3, 3),
    it('高血压患者基层|规范管理服务率', v('>=', 62, '%'), pc(66.2), 3, 3),
    it('2型糖尿病患者基层|规范管理服务率', v('>=', 62, '%'), pc(63.47), 3, 3),
    it('0-6岁儿童健康管理率', v('>=', 90, '%'), pc(92.56), 3, 3),
    it('孕产妇系统管理率', v('>=', 90, '%'), pc(94.1), 3, 3),
    it('严重精神障碍患者|规范管理率', v('>=', 80, '%'), pc(86.3), 3, 3),
    it('肺结核患者管理率', v('>=', 90, '%'), pc(95), 3, 3),
    it('适龄儿童国家免疫规划|疫苗接种率', v('>=', 90, '%'), pc(96.42), 3, 3),
    it('开展健康教育讲座次数', v('>=', 1200, '次'), v(null, 1346, '次'), 2, 2),
  ] },
  { level1: '产出指标', level2: '质量指标', items: [
    it('电子健康档案合格率', v('>=', 90, '%'), pc(91.8), 3, 3),
    it('老年人健康管理|体检表完整率', v('>=', 95, '%'), pc(93.4), 3, 2.5, '部分旗县区体检表辅助检查项目填写不全，已组织专项培训并督促整改。'),
    it('传染病报告及时率', v('>=', 95, '%'), pc(99.2), 2, 2),
    it('高血压患者血压控制率', v('>=', 60, '%'), pc(61.35), 2, 2),
  ] },
  { level1: '产出指标', level2: '时效指标', items: [
    it('补助资金下达时间', tx('2024年6月30日前'), dt('2024-06-18'), 2, 2),
    it('年度服务任务完成时间', dt('2024-12-31'), dt('2024-12-31'), 2, 2),
  ] },
  { level1: '产出指标', level2: '成本指标', items: [
    it('人均基本公共卫生服务|经费补助标准', v('>=', 94, '元/人'), v(null, 94, '元/人'), 3, 3),
    it('项目总成本', v('<=', 7126.4, '万元'), v(null, 6980.25, '万元'), 4, 4),
  ] },
  { level1: '效益指标', level2: '社会效益指标', items: [
    it('居民健康素养水平', v('>=', 25, '%'), pc(27.3), 4, 4),
    it('重点人群健康状况', tx('稳步提升'), tx('有所提升'), 4, 3.5, '慢性病患者规范管理覆盖面仍需扩大，下一步推进医防融合服务。'),
    it('城乡居民公共卫生|服务差距', tx('逐步缩小'), tx('逐步缩小'), 4, 4),
    it('甲乙类法定传染病|报告发病率', tx('不高于全区平均水平'), tx('低于全区平均水平'), 4, 4),
  ] },
  { level1: '效益指标', level2: '可持续影响指标', items: [
    it('基层医疗卫生机构|公共卫生服务能力', tx('持续提升'), tx('持续提升'), 4, 4),
    it('基本公共卫生服务|信息化管理水平', tx('稳步提高'), tx('稳步提高'), 3, 3),
    it('家庭医生签约服务覆盖率', v('>=', 40, '%'), pc(42.6), 3, 3),
    it('居民电子健康档案|开放使用率', v('>=', 60, '%'), pc(65.3), 4, 4),
  ] },
  { level1: '满意度指标', level2: '服务对象满意度指标', items: [
    it('城乡居民对基本公共|卫生服务满意度', v('>=', 85, '%'), pc(90.25), 5, 5),
    it('重点人群满意度', v('>=', 85, '%'), pc(88.6), 5, 5),
  ] },
];

const baotou: Project = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '基本公共卫生服务补助资金项目', department: '包头市卫生健康委员会', implementingUnit: '包头市基层卫生健康服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: btFunds.map((l) => ({
      label: l.label, initialBudget: yuan(l.initial), annualBudget: yuan(l.annual), executed: yuan(l.executed),
      weight: l.weight, executionRate: l.rate === null ? null : shownPct(l.rate), score: l.score,
    })),
  },
  goal: '落实国家基本公共卫生服务项目，为全市城乡居民免费提供建立居民健康档案、健康教育、预防接种、0-6岁儿童和孕产妇健康管理、老年人健康管理、慢性病患者健康管理等服务，人均补助标准不低于94元，重点人群健康管理率达到国家和自治区要求。',
  achieved: '全年累计建立居民电子健康档案248.6万份，建档率93.12%；65岁及以上老年人健康管理率64.85%，高血压、2型糖尿病患者基层规范管理服务率分别为66.20%、63.47%，各项服务指标均达到年度目标，老年人体检表完整率略低于目标。',
  groups: names(btGroupsTyped),
  total: { weight: 100, score: 98.79, grade: '优' },
};

function baotouSheet(wb: ExcelJS.Workbook): void {
  const p = baotou;
  const ws = wb.addWorksheet('自评表', {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 2, horizontalCentered: true,
      margins: { left: 0.55, right: 0.55, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  const sh: Sheet = { ws, size: 10, borders: true };
  const A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8;
  put(sh, 1, A, 1, H, p.title, { bold: true, size: 18, border: false });
  ws.getRow(1).height = 36;
  put(sh, 2, A, 2, D, '填报单位（盖章）：包头市卫生健康委员会', { align: 'left', border: false });
  put(sh, 2, E, 2, H, '单位：万元', { align: 'right', border: false });
  put(sh, 3, A, 3, B, '项目名称');
  put(sh, 3, C, 3, H, p.project.name!);
  put(sh, 4, A, 4, B, '主管部门');
  put(sh, 4, C, 4, D, p.project.department!);
  put(sh, 4, E, 4, F, '实施单位');
  put(sh, 4, G, 4, H, p.project.implementingUnit!);
  const f0 = 5;
  put(sh, f0, A, f0 + btFunds.length, A, '项目资金\n（万元）');
  one(sh, f0, B, '');
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((t, k) => one(sh, f0, C + k, t));
  const fundsTotalRow = f0 + 1;
  btFunds.forEach((l, k) => {
    const r = f0 + 1 + k;
    one(sh, r, B, l.label, { align: 'left' });
    [l.initial, l.annual, l.executed].forEach((x, m) => one(sh, r, C + m, x, { numFmt: MONEY }));
    one(sh, r, F, l.weight);
    one(sh, r, G, { formula: `E${r}/D${r}`, result: l.rate! }, { numFmt: PERCENT });
    one(sh, r, H, l.score, { numFmt: '0.00' });
  });
  const g0 = f0 + btFunds.length + 1;
  put(sh, g0, A, g0 + 1, A, '年度\n总体\n目标');
  put(sh, g0, B, g0, D, '预期目标');
  put(sh, g0, E, g0, H, '实际完成情况');
  put(sh, g0 + 1, B, g0 + 1, D, p.goal!, { align: 'left' });
  put(sh, g0 + 1, E, g0 + 1, H, p.achieved!, { align: 'left' });
  ws.getRow(g0 + 1).height = 96;
  const h0 = g0 + 2;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((t, k) => one(sh, h0, A + k, t, { bold: true }));
  const rows = blocks(btGroupsTyped);
  rows.forEach((row, k) => {
    const r = h0 + 1 + k;
    if (row.level1) put(sh, r, A, r + row.level1.span - 1, A, row.level1.label);
    if (row.level2) put(sh, r, B, r + row.level2.span - 1, B, row.level2.label);
    const item = row.item;
    one(sh, r, C, typedName(item.name), { align: 'left' });
    const target = typed(item.target);
    const actual = typed(item.actual);
    one(sh, r, D, target.value, { numFmt: target.numFmt });
    one(sh, r, E, actual.value, { numFmt: actual.numFmt });
    one(sh, r, F, item.weight);
    one(sh, r, G, item.score ?? null);
    one(sh, r, H, item.why ?? '', { align: 'left', size: 9 });
    ws.getRow(r).height = item.why ? 52 : item.name.includes('|') ? 36 : 26;
  });
  const t = h0 + rows.length + 1;
  put(sh, t, A, t, E, '总分');
  one(sh, t, F, p.total!.weight);
  one(sh, t, G, { formula: `SUM(H${fundsTotalRow},G${h0 + 1}:G${h0 + rows.length})`, result: p.total!.score! }, { numFmt: '0.00' });
  one(sh, t, H, p.total!.grade);
  put(sh, t + 1, A, t + 1, H, '填表人：王晓燕          联系电话：0472-5126837          填报日期：2025年3月12日', { align: 'left', border: false, size: 9 });
  [9, 15, 21, 12, 11, 6, 7, 17].forEach((w, k) => { ws.getColumn(k + 1).width = w; });
  ws.pageSetup.printTitlesRow = `${h0}:${h0}`;
}

// ───────────────────────── 2. 浙江 台州: landscape, fit to width, spacer columns, split target ─────────────────────────

interface Split { nature: string; value: string | number; unit: string }
const split = (target: GoldenValue): Split => {
  if (target.text) return { nature: '定性', value: target.text, unit: '' };
  const sign: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };
  return { nature: sign[target.comparator!]!, value: target.number!, unit: target.unit ?? '' };
};
interface Remarked extends Item { remark?: string }
const w = (name: string, target: GoldenValue, weight: number, remark?: string): Remarked => ({ name, target, weight, remark });

const tzFunds = [
  { label: '年度资金总额', wan: 3860 },
  { label: '其中：财政拨款', wan: 3260 },
  { label: '其他资金', wan: 600 },
];
const taizhou: Project = {
  kind: 'project-targets', title: '2025年度项目支出绩效目标表', year: 2025,
  project: {
    name: '城镇老旧小区改造提升项目', department: '台州市住房和城乡建设局', departmentCode: '318',
    implementingUnit: '台州市城市更新服务中心', attribute: '延续项目', period: '2025年1月—2025年12月',
  },
  funds: { publishedUnit: '万元', rows: tzFunds.map((f) => ({ label: f.label, annualBudget: yuan(f.wan) })) },
  goal: '2025年完成42个城镇老旧小区改造提升，惠及居民1.26万户，同步实施加装电梯、停车位扩容、雨污分流和安防设施改造，消除小区安全隐患，建立长效管理机制，改造小区居民满意度达到90%以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      w('改造老旧小区数量', v('>=', 42, '个'), 10, '以省下达计划为准'), w('惠及居民户数', v('>=', 1.26, '万户'), 8),
      w('既有住宅加装电梯', v('>=', 60, '台'), 6), w('新增停车位', v('>=', 850, '个'), 6),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      w('工程竣工验收合格率', v('=', 100, '%'), 8, '以竣工验收备案为准'), w('施工安全事故发生数', v('=', 0, '起'), 6),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      w('项目开工时间', v('<=', 6, '月'), 5), w('竣工验收完成时间', tx('2025年12月31日前'), 5),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [w('户均改造成本', v('<=', 3100, '元/户'), 6, '不含加装电梯')] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      w('小区居住环境', tx('明显改善'), 8), w('小区安全隐患消除率', v('>=', 95, '%'), 6),
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [w('雨污分流改造覆盖率', v('>=', 90, '%'), 6)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      w('长效管理机制建立率', v('=', 100, '%'), 6), w('改造小区物业服务覆盖率', v('>=', 80, '%'), 4),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [w('改造小区居民满意度', v('>=', 90, '%'), 10, '第三方问卷调查')] },
  ],
  total: null,
};

function taizhouSheet(wb: ExcelJS.Workbook): void {
  const p = taizhou;
  const ws = wb.addWorksheet('绩效目标表', {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 },
    },
  });
  const sh: Sheet = { ws, size: 8, borders: true };
  // A: spacer outside the table; E: an empty narrow column inside it
  const B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8, I = 9, J = 10;
  put(sh, 1, B, 1, J, p.title, { bold: true, size: 14, border: false });
  ws.getRow(1).height = 26;
  put(sh, 2, B, 2, F, '填报单位：台州市住房和城乡建设局', { align: 'left', border: false });
  put(sh, 2, G, 2, J, '单位：万元', { align: 'right', border: false });
  const pj = p.project;
  one(sh, 3, B, '项目名称'); put(sh, 3, C, 3, E, pj.name!); put(sh, 3, F, 3, G, '项目编码'); put(sh, 3, H, 3, J, '331000250000000126');
  one(sh, 4, B, '主管部门及代码'); put(sh, 4, C, 4, E, `[${pj.departmentCode}]${pj.department}`); put(sh, 4, F, 4, G, '实施单位'); put(sh, 4, H, 4, J, pj.implementingUnit!);
  one(sh, 5, B, '项目属性'); put(sh, 5, C, 5, E, pj.attribute!); put(sh, 5, F, 5, G, '项目期限'); put(sh, 5, H, 5, J, pj.period!);
  const f0 = 6;
  put(sh, f0, B, f0 + tzFunds.length - 1, B, '项目资金\n（万元）');
  tzFunds.forEach((f, k) => {
    put(sh, f0 + k, C, f0 + k, D, f.label, { align: 'left' });
    put(sh, f0 + k, E, f0 + k, J, f.wan, { numFmt: MONEY, align: 'left' });
  });
  const g = f0 + tzFunds.length;
  one(sh, g, B, '年度绩效目标');
  put(sh, g, C, g, J, p.goal!, { align: 'left' });
  ws.getRow(g).height = 34;
  const h0 = g + 1;
  ['一级指标', '二级指标', '三级指标', '', '指标性质', '指标值', '度量单位', '权重', '备注'].forEach((t, k) => one(sh, h0, B + k, t, { bold: true, fill: true }));
  const rows = blocks(p.groups);
  rows.forEach((row, k) => {
    const r = h0 + 1 + k;
    if (row.level1) put(sh, r, B, r + row.level1.span - 1, B, row.level1.label);
    if (row.level2) put(sh, r, C, r + row.level2.span - 1, C, row.level2.label);
    const item = row.item as Remarked;
    one(sh, r, D, item.name, { align: 'left' });
    one(sh, r, E, null);
    const s = split(item.target!);
    one(sh, r, F, s.nature);
    one(sh, r, G, s.value);
    one(sh, r, H, s.unit);
    one(sh, r, I, item.weight);
    one(sh, r, J, item.remark ?? '', { align: 'left' });
  });
  const n = h0 + rows.length + 1;
  put(sh, n, B, n, J, '注：指标性质填写“≥”“≤”“=”或“定性”；定性指标的指标值填写文字描述，度量单位不填。', { align: 'left', border: false });
  [2, 11, 14, 26, 1.5, 8, 16, 9, 6, 18].forEach((wd, k) => { ws.getColumn(k + 1).width = wd; });
}

// ───────────────────────── 3. 河南 洛阳: three target tables stacked on one sheet ─────────────────────────

const LY_TITLE = '2025年项目支出绩效目标表';
const LY_DEPT = '洛阳市文化广电和旅游局';
const sc = (name: string, target: GoldenValue, weight: number): Item => ({ name, target, weight });
interface Stacked { project: Project; funds: { label: string; wan: number }[] }
const stacked = (name: string, unit: string, funds: { label: string; wan: number }[], goal: string, groups: Group[]): Stacked => ({
  funds,
  project: {
    kind: 'project-targets', title: LY_TITLE, year: 2025,
    project: { name, department: LY_DEPT, implementingUnit: unit },
    funds: { publishedUnit: '万元', rows: funds.map((f) => ({ label: f.label, annualBudget: yuan(f.wan) })) },
    goal, groups, total: null,
  },
});
const SAT = '服务对象满意度指标';
const luoyang: Stacked[] = [
  stacked('公共图书馆数字资源建设项目', '洛阳市图书馆', [{ label: '年度资金总额', wan: 280 }, { label: '财政拨款', wan: 280 }, { label: '其他资金', wan: 0 }],
    '采购电子图书、期刊及数据库等数字资源，新增数字资源容量不少于30TB，升级数字阅读平台，全年数字资源访问量达到150万人次以上。', [
      { level1: '产出指标', level2: '数量指标', items: [sc('新增数字资源容量', v('>=', 30, 'TB'), 15), sc('新增电子图书', v('>=', 5, '万册'), 15)] },
      { level1: '产出指标', level2: '质量指标', items: [sc('数字资源平台正常运行率', v('>=', 98, '%'), 10)] },
      { level1: '产出指标', level2: '时效指标', items: [sc('资源采购完成时间', tx('2025年9月30日前'), 10)] },
      { level1: '产出指标', level2: '成本指标', items: [sc('数字资源采购成本', v('<=', 280, '万元'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [sc('数字资源年访问量', v('>=', 150, '万人次'), 15), sc('全民阅读服务水平', tx('稳步提升'), 5)] },
      { level1: '效益指标', level2: '可持续影响指标', items: [sc('数字资源长期保存', tx('持续有效'), 10)] },
      { level1: '满意度指标', level2: SAT, items: [sc('读者满意度', v('>=', 90, '%'), 10)] },
    ]),
  stacked('文物安全防护工程项目', '洛阳市文物保护中心', [{ label: '年度资金总额', wan: 1150 }, { label: '财政拨款', wan: 950 }, { label: '其他资金', wan: 200 }],
    '对全市18处全国重点文物保护单位实施安防、消防和防雷工程，完成监控系统升级改造，实现文物安全技防全覆盖，全年不发生重大文物安全事故。', [
      { level1: '产出指标', level2: '数量指标', items: [sc('实施安全防护工程的文物保护单位', v('>=', 18, '处'), 15), sc('新增及更新监控点位', v('>=', 420, '个'), 10)] },
      { level1: '产出指标', level2: '质量指标', items: [sc('工程验收合格率', v('=', 100, '%'), 10), sc('技防设施完好率', v('>=', 95, '%'), 5)] },
      { level1: '产出指标', level2: '时效指标', items: [sc('工程完工时间', dt('2025-11-30'), 10)] },
      { level1: '产出指标', level2: '成本指标', items: [sc('单处文物保护单位平均投入', v('<=', 64, '万元'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [sc('重大文物安全事故发生数', v('=', 0, '起'), 15), sc('文物安全防范能力', tx('显著增强'), 5)] },
      { level1: '效益指标', level2: '可持续影响指标', items: [sc('文物安全长效管理机制', tx('逐步健全'), 10)] },
      { level1: '满意度指标', level2: SAT, items: [sc('文物管理使用单位满意度', v('>=', 90, '%'), 10)] },
    ]),
  stacked('惠民文化演出进基层项目', '洛阳市文化馆', [{ label: '年度资金总额', wan: 96.5 }, { label: '财政拨款', wan: 96.5 }, { label: '其他资金', wan: 0 }],
    '组织专业及群众文艺团队深入乡镇、社区开展惠民演出不少于200场，观众达到12万人次以上，丰富基层群众精神文化生活。', [
      { level1: '产出指标', level2: '数量指标', items: [sc('惠民演出场次', v('>=', 200, '场'), 20), sc('覆盖乡镇（街道）数', v('>=', 60, '个'), 10)] },
      { level1: '产出指标', level2: '质量指标', items: [sc('演出节目审核通过率', v('=', 100, '%'), 10)] },
      { level1: '产出指标', level2: '时效指标', items: [sc('演出任务完成时间', tx('2025年12月底前'), 10)] },
      { level1: '产出指标', level2: '成本指标', items: [sc('每场演出补助标准', v('<=', 4800, '元/场'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [sc('观众人次', v('>=', 12, '万人次'), 15), sc('基层群众文化生活', tx('持续丰富'), 5)] },
      { level1: '满意度指标', level2: SAT, items: [sc('基层群众满意度', v('>=', 92, '%'), 20)] },
    ]),
];

function luoyangSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Sheet1', {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 2, horizontalCentered: true,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
  });
  const sh: Sheet = { ws, size: 10, borders: true };
  const A = 1, B = 2, C = 3, D = 4, E = 5;
  let r = 1;
  for (const s of luoyang) {
    const p = s.project;
    put(sh, r, A, r, E, p.title, { bold: true, size: 16, border: false });
    ws.getRow(r).height = 30;
    put(sh, r + 1, A, r + 1, E, '单位：万元', { align: 'right', border: false });
    one(sh, r + 2, A, '项目名称'); put(sh, r + 2, B, r + 2, E, p.project.name!);
    one(sh, r + 3, A, '主管部门'); one(sh, r + 3, B, p.project.department!); one(sh, r + 3, C, '实施单位'); put(sh, r + 3, D, r + 3, E, p.project.implementingUnit!);
    put(sh, r + 4, A, r + 5, A, '项目资金');
    s.funds.forEach((f, k) => {
      const c = [B, C, D][k]!;
      one(sh, r + 4, c, f.label);
      one(sh, r + 5, c, f.wan, { numFmt: MONEY });
    });
    put(sh, r + 4, E, r + 5, E, '');
    one(sh, r + 6, A, '年度绩效目标'); put(sh, r + 6, B, r + 6, E, p.goal!, { align: 'left' });
    ws.getRow(r + 6).height = 44;
    const h0 = r + 7;
    ['一级指标', '二级指标', '三级指标', '指标值', '分值'].forEach((t, k) => one(sh, h0, A + k, t, { bold: true }));
    const rows = blocks(p.groups);
    rows.forEach((row, k) => {
      const rr = h0 + 1 + k;
      if (row.level1) put(sh, rr, A, rr + row.level1.span - 1, A, row.level1.label);
      if (row.level2) put(sh, rr, B, rr + row.level2.span - 1, B, row.level2.label);
      one(sh, rr, C, row.item.name, { align: 'left' });
      const target = typed(row.item.target);
      one(sh, rr, D, target.value, { numFmt: target.numFmt });
      one(sh, rr, E, row.item.weight);
      ws.getRow(rr).height = 20;
    });
    r = h0 + rows.length + 2; // one blank row between tables
  }
  [14, 22, 34, 20, 8].forEach((wd, k) => { ws.getColumn(k + 1).width = wd; });
}

// ───────────────────────── 4. 广东 佛山: no borders, gridlines printed, levels on the first row only ─────────────────────────

const fsFunds: FundsLine[] = [
  { label: '年度资金总额', initial: 12_000_000, annual: 11_500_000, executed: 10_235_000, weight: 10, rate: 0.89, score: 8.9 },
  { label: '其中：省级资金', initial: 8_000_000, annual: 8_000_000, executed: 7_600_000, weight: null, rate: 0.95, score: null },
  { label: '市级资金', initial: 4_000_000, annual: 3_500_000, executed: 2_635_000, weight: null, rate: 2_635_000 / 3_500_000, score: null },
];
const foshan: Project = {
  kind: 'project-self-evaluation', title: '2023年度项目支出绩效自评表', year: 2023,
  project: { name: '高标准农田建设项目', department: '佛山市农业农村局', implementingUnit: '佛山市农田建设管理服务中心' },
  funds: {
    publishedUnit: '元',
    rows: fsFunds.map((l) => ({
      label: l.label, initialBudget: l.initial, annualBudget: l.annual, executed: l.executed,
      weight: l.weight, executionRate: shownPct(l.rate!), score: l.score,
    })),
  },
  goal: '新建高标准农田1.2万亩，改造提升0.8万亩，配套建设灌排渠道、田间道路和农田防护设施，项目区耕地质量等级提高0.5个等级以上，粮食综合生产能力稳步提升。',
  achieved: '完成新建高标准农田1.2万亩、改造提升0.65万亩，部分改造提升项目因征地协调进度滞后未能完工，已建成项目通过县级初验。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('新建高标准农田面积', v('>=', 1.2, '万亩'), v(null, 1.2, '万亩'), 10, 10),
      it('改造提升高标准农田面积', v('>=', 0.8, '万亩'), v(null, 0.65, '万亩'), 10, 8, '2个镇街改造提升项目征地协调滞后，已纳入2024年续建计划。'),
      it('新建及改造灌排渠道长度', v('>=', 45, '公里'), v(null, 41.3, '公里'), 5, 4.5, '同上'),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('工程质量验收合格率', v('=', 100, '%'), v(null, 100, '%'), 10, 10),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('项目完工时间', dt('2023-12-31'), tx('部分项目延期至2024年6月'), 5, 3, '征地协调影响工期，已督促施工单位倒排工期。'),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      it('亩均财政投入', v('<=', 3000, '元/亩'), v(null, 2918, '元/亩'), 10, 10),
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      it('项目区亩均粮食产能提升', v('>=', 50, '公斤'), v(null, 46, '公斤'), 10, 7, '部分地块当年完工，产能提升尚未完全显现。'),
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      it('项目区耕地质量等级提升', v('>=', 0.5, '个等级'), v(null, 0.5, '个等级'), 10, 10),
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('工程设施管护机制', tx('有效运行'), tx('基本建立'), 10, 7.2, '部分镇街管护经费未落实，下一步推动建立管护资金保障机制。'),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      it('项目区农户满意度', v('>=', 90, '%'), v(null, 91.5, '%'), 10, 10),
    ] },
  ],
  total: { weight: 100, score: 88.6, grade: '良' },
};

function foshanSheet(wb: ExcelJS.Workbook): void {
  const p = foshan;
  const ws = wb.addWorksheet('项目自评表', {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, showGridLines: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const sh: Sheet = { ws, size: 10, borders: false };
  const A = 1, B = 2, C = 3, D = 4, E = 5, F = 6, G = 7, H = 8;
  put(sh, 1, A, 1, H, p.title, { bold: true, size: 16 });
  ws.getRow(1).height = 30;
  one(sh, 2, A, '填报单位：佛山市农业农村局', { align: 'left', wrap: false });
  one(sh, 2, H, '金额单位：元', { align: 'right' });
  one(sh, 3, A, '项目名称', { align: 'left' }); one(sh, 3, B, p.project.name!, { align: 'left', wrap: false });
  one(sh, 4, A, '主管部门', { align: 'left' }); one(sh, 4, B, p.project.department!, { align: 'left', wrap: false });
  one(sh, 4, E, '实施单位', { align: 'left' }); one(sh, 4, F, p.project.implementingUnit!, { align: 'left', wrap: false });
  // funds: label in A on the header line, money lines below
  const f0 = 5;
  one(sh, f0, A, '项目资金', { align: 'left' });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((t, k) => one(sh, f0, C + k, t));
  fsFunds.forEach((l, k) => {
    const r = f0 + 1 + k;
    one(sh, r, B, l.label, { align: 'left' });
    [l.initial, l.annual, l.executed].forEach((x, m) => one(sh, r, C + m, x, { numFmt: MONEY, align: 'right' }));
    one(sh, r, F, l.weight);
    one(sh, r, G, { formula: `E${r}/D${r}`, result: l.rate! }, { numFmt: PERCENT });
    one(sh, r, H, l.score, { numFmt: '0.00' });
  });
  const g0 = f0 + fsFunds.length + 1;
  one(sh, g0, A, '年度总体目标', { align: 'left' });
  one(sh, g0, B, '预期目标');
  put(sh, g0, C, g0, E, p.goal!, { align: 'left' });
  one(sh, g0, F, '实际完成情况');
  put(sh, g0, G, g0, H, p.achieved!, { align: 'left', size: 9 });
  ws.getRow(g0).height = 78;
  const h0 = g0 + 1;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((t, k) => {
    one(sh, h0, A + k, t, { bold: true });
    ws.getCell(h0, A + k).border = { bottom: { style: 'medium' } };
  });
  const rows = blocks(p.groups);
  rows.forEach((row, k) => {
    const r = h0 + 1 + k;
    if (row.level1) one(sh, r, A, row.level1.label);
    if (row.level2) one(sh, r, B, row.level2.label);
    const item = row.item;
    one(sh, r, C, item.name, { align: 'left' });
    const target = typed(item.target);
    const actual = typed(item.actual);
    one(sh, r, D, target.value, { numFmt: target.numFmt });
    one(sh, r, E, actual.value, { numFmt: actual.numFmt });
    one(sh, r, F, item.weight);
    one(sh, r, G, item.score ?? null);
    one(sh, r, H, item.why ?? '', { align: 'left', size: 9 });
    if (item.why) ws.getRow(r).height = 30;
  });
  const t = h0 + rows.length + 1;
  one(sh, t, A, '总分');
  one(sh, t, F, p.total!.weight);
  one(sh, t, G, { formula: `SUM(H${f0 + 1},G${h0 + 1}:G${h0 + rows.length})`, result: p.total!.score! }, { numFmt: '0.00' });
  for (let c = A; c <= H; c++) ws.getCell(t, c).border = { top: { style: 'thin' } };
  one(sh, t + 1, A, '自评等级');
  one(sh, t + 1, B, p.total!.grade);
  [12, 18, 26, 15, 17, 8, 8, 34].forEach((wd, k) => { ws.getColumn(k + 1).width = wd; });
}

// ───────────────────────── probes ─────────────────────────

const probes: Probe[] = [
  {
    stem: 'probe-r9-xlsxpdf-neimenggu-public-health-2024-self-evaluation-print-titles',
    build: baotouSheet, projects: [baotou],
    notes: [
      '内蒙古 (包头市卫生健康委员会) 项目支出绩效自评表 printed from an A4 portrait sheet (fit to one page wide) with thin borders: title 2024年度项目支出绩效自评表 in merged row 1 (year 2024), "填报单位（盖章）：…" left and "单位：万元" right on row 2 (captions: not project fields).',
      'Funds 项目资金（万元） merged down the block, four money lines (#,##0.00, 万元 → ×10000 元); 执行率 is a =全年执行数/全年预算数 formula in a 0.00% cell → the percentage shown (97.95, 100, 93.76, 93.68); 分值/得分 only on 年度资金总额 (10 / 9.79), empty elsewhere (null).',
      '28 indicators; 一级/二级 merged vertically. The page break falls inside the 效益指标 block: 效益指标 is printed in the part of its merged cell on page 1, and page 2 starts with the repeated header and the 可持续影响指标 rows beside an empty 一级 cell (they are still 效益指标). 三级 names typed with Alt+Enter line breaks (e.g. "65岁及以上老年人城乡社区" / "规范健康管理服务率") are one name each, joined without the break.',
      'Percentage actuals are fractions in 0.00% cells ("93.12%") → {number, unit %}; targets with ≥/≤ are text cells. "2024年6月30日前" is a deadline phrase → text (as in the r6 重庆 golden); the other 时效 target and both 时效 actuals are Excel date cells shown yyyy年m月d日 → {date}. 甲乙类法定传染病报告发病率 target "不高于全区平均水平" → text.',
      'The indicator header row is the print-title row: repeated at the top of page 2 (not a data row); a "第 1 页，共 2 页" footer. 总分 row: weight 100, score 98.79 (=SUM formula, cached), grade 优 in the last cell. 年度总体目标 not in the golden; the 填表人 line under the table is not a field.',
    ],
  },
  {
    stem: 'probe-r9-xlsxpdf-zhejiang-old-community-2025-targets-landscape-fit',
    build: taizhouSheet, projects: [taizhou],
    notes: [
      '浙江 (台州市住房和城乡建设局) 绩效目标表 printed A4 landscape, fit to one page wide (8-pt body). Column A is an empty spacer left of the table; column E is an empty narrow bordered column inside the indicator block between 三级指标 and 指标性质 (merged into neighbours in the head rows): no field.',
      'Header: 项目名称 | 项目编码 (no field); 主管部门及代码 "[318]台州市住房和城乡建设局" → department + departmentCode 318; 实施单位 → implementingUnit; 项目属性 → attribute; 项目期限 → period. Caption 填报单位：… is not a field.',
      'Funds: 项目资金（万元） merged over three money lines 年度资金总额 / 其中：财政拨款 / 其他资金, each one amount (#,##0.00 number cells) → annualBudget ×10000.',
      'Targets split 指标性质 | 指标值 | 度量单位: "≥" | 42 | "个" → {">=", 42, "个"}; 定性 | 明显改善 | "" → text; 定性 | "2025年12月31日前" → text (deadline phrase). 权重 → weight (sums to 100). 备注 prose is not a field. The note line "注：指标性质填写…" under the table is not a row. No total row (total null).',
    ],
  },
  {
    stem: 'probe-r9-xlsxpdf-henan-culture-2025-targets-stacked',
    build: luoyangSheet, projects: luoyang.map((s) => s.project),
    notes: [
      '河南 (洛阳市文化广电和旅游局): one sheet holding three 2025年项目支出绩效目标表 stacked vertically, one blank row between them, each with its own title row and "单位：万元" caption; A4 portrait fit to one page wide (at most two high), so the page break falls inside the third table: its last three indicator rows (效益指标 / 社会效益指标 ×2, 满意度指标) continue alone at the top of page 2 without a repeated header: still three Tables.',
      'Header: 项目名称, 主管部门 | 实施单位. Funds: 项目资金 merged over two rows, labels 年度资金总额 | 财政拨款 | 其他资金 above their amounts (#,##0.00 number cells, unit 万元 from the caption) → one money line per label, annualBudget ×10000 (其他资金 0.00 kept as 0).',
      'Indicators 一级 | 二级 | 三级 | 指标值 | 分值: single target column (≥/≤/= texts parsed; "2025年9月30日前", "2025年12月底前" deadline phrases → text; 工程完工时间 is an Excel date cell → {date: 2025-11-30}); 分值 → weight (each table sums to 100). No total row.',
    ],
  },
  {
    stem: 'probe-r9-xlsxpdf-guangdong-farmland-2023-self-evaluation-gridlines',
    build: foshanSheet, projects: [foshan],
    notes: [
      '广东 (佛山市农业农村局) self-evaluation printed A4 landscape from a sheet with no cell borders but the gridlines printed (print grid): every cell of the used range is ruled by the grid, merged cells (title, goals) are not. Only a medium line under the indicator header row and a thin line above 总分 are cell borders.',
      'Title 2023年度项目支出绩效自评表 (year 2023); "填报单位：…" and "金额单位：元" on row 2 are captions. Header labels and values in single cells whose text overflows into the empty cells to the right (项目名称 | 高标准农田建设项目, 主管部门 | …, 实施单位 | …).',
      'Funds in 元 (publishedUnit 元; amounts as typed, #,##0.00): 项目资金 label on the header line, money lines 年度资金总额 / 其中：省级资金 / 市级资金 in column B; 执行率 formula cells in 0.00% (89.00%, 95.00%, 75.29%); 分值 10 / 得分 8.90 only on 年度资金总额.',
      '一级 and 二级 typed only on the first row of their block (no merges, empty cells below): each indicator belongs to the last 一级/二级 above it. Actual "部分项目延期至2024年6月" → text; target 项目完工时间 an Excel date → {date: 2023-12-31}. 总分 row: weight 100, score 88.6 (formula); the grade 良 in a 自评等级 row under it → total.grade.',
    ],
  },
];

mkdirSync(OUT, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'evaltab-probe-xlsxpdf-r9-'));
try {
  mkdirSync(join(work, 'xlsx'));
  for (const p of probes) {
    const wb = workbook();
    p.build(wb);
    writeFileSync(join(work, 'xlsx', `${p.stem}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
  }
  soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...probes.map((p) => join(work, 'xlsx', `${p.stem}.xlsx`))], work);
  for (const p of probes) {
    copyFileSync(join(work, 'pdf', `${p.stem}.pdf`), join(OUT, `${p.stem}.pdf`));
    if (process.env.PROBE_KEEP_XLSX) copyFileSync(join(work, 'xlsx', `${p.stem}.xlsx`), join(process.env.PROBE_KEEP_XLSX, `${p.stem}.xlsx`));
    writeGolden(`${p.stem}.pdf`, {
      source: `${p.stem}.pdf`,
      notes: [`Generated by ${GENERATOR} from content written there by hand (an XLSX printed to PDF by LibreOffice Calc).`, ...p.notes],
      tables: p.projects.map(goldenTable),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`wrote ${probes.length} PDFs and their goldens\n`);
