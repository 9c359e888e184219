/**
 * Template probes, round 12b (samples/probe/probe-r12-tpl-*): eight regional templates written here by hand, four
 * printed as text-layer PDFs by Chromium from HTML and four written as DOCX (render-docx.ts), each carrying a few
 * of the variations real templates print:
 *    - numbered names: 三级 "1.开展培训场次" / "（1）…" / "①…", 二级 "1.数量指标", 一级 "一、产出指标";
 *    - value headers 预期指标值 / 计划值 / 目标值（计划数） / 全年预期目标, actuals 实际值 / 实际完成情况 /
 *      全年实际完成值, weights 分值 / 指标分值 / 满分, scores 得分 / 评分 / 自评得分;
 *    - a long 评分标准 / 指标解释 / 指标说明 column between the name and the target;
 *    - 满意度指标 printed across the 一级 and 二级 columns (no 二级) with its 三级 directly;
 *    - target and unit in separate columns (度量单位 / 计量单位) beside a 指标值类型 (≥ ≤ = 定性) or 指标方向
 *      (正向 / 反向 / 定性) column;
 *    - funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with 其中：财政拨款 / 上年结转 / 其他资金;
 *    - 年度总体目标 as 预期目标 | 实际完成情况 side by side, numbered prose;
 *    - header fields in a 4-column label/value grid (项目负责人, 联系电话, 项目属性, 项目期限, 预算单位编码);
 *    - a grade in a 自评结论 / 评价等次 row under a totals row 合计 | 100 | 93.5.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from evaltab's output.
 * Golden judgement calls (also in each golden's notes): a list marker printed before a name ("1.", "（1）", "①",
 * "一、") is the row's ordinal, not part of the name: level2 / level3 are the names without it; a 指标方向 cell
 * (正向 / 反向) is not a comparator (every numeric target of those tables prints its own ≥ / ≤ / =).
 *
 *   npx tsx scripts/samples/make-probe-tpl-r12.ts [name-filter]   # needs chromium + a CJK font (WenQuanYi Micro Hei)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import { OUT, categoryOf, dt, tx, v, writeGolden } from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-tpl-r12.ts';
const FONT = `"WenQuanYi Micro Hei","SimSun",sans-serif`;

// ───────────────────────── content model ─────────────────────────

interface It {
  name: string;
  target: GoldenValue | null;
  actual?: GoldenValue | null;
  weight?: number | null;
  score?: number | null;
  why?: string;
  /** 评分标准 / 指标解释 / 指标说明 text */
  std?: string;
  /** 指标方向 */
  dir?: '正向' | '反向' | '定性';
}
interface Grp { level1: string; level1Weight?: number; level2: string | null; items: It[] }
type Money = number | null | undefined;
interface FundsRow { label: string; initial?: Money; annual?: Money; executed?: Money; weight?: number | null; rate?: number | null; score?: number | null }
interface Proj {
  kind: 'project-targets' | 'project-self-evaluation';
  title: string;
  year: number;
  project: { name: string; department?: string; departmentCode?: string; implementingUnit?: string; budgetUnit?: string; budgetUnitCode?: string; category?: string; attribute?: string; period?: string };
  /** printed only: 项目负责人, 联系电话 */
  leader: string; phone: string;
  unit: '元' | '万元';
  /** amounts as printed, in `unit` */
  funds: FundsRow[];
  goal: string;
  achieved?: string;
  groups: Grp[];
  total: { weight: number | null; score: number | null; grade: string | null } | null;
}

const toYuan = (x: Money, unit: '元' | '万元'): number | null => (x === null || x === undefined ? null : unit === '万元' ? Math.round(x * 1_000_000) / 100 : x);

function goldenOf(p: Proj) {
  const self = p.kind === 'project-self-evaluation';
  const project = { department: null, departmentCode: null, implementingUnit: null, budgetUnit: null, budgetUnitCode: null, category: null, attribute: null, period: null, ...p.project };
  const rows = p.funds.map((r) => {
    const row: Record<string, string | number | null> = { label: r.label };
    if (self) { row.initialBudget = toYuan(r.initial, p.unit); row.annualBudget = toYuan(r.annual, p.unit); row.executed = toYuan(r.executed, p.unit); row.weight = r.weight ?? null; row.executionRate = r.rate ?? null; row.score = r.score ?? null; }
    else row.annualBudget = toYuan(r.annual, p.unit);
    return row;
  });
  const indicators = p.groups.flatMap((g) => g.items.map((it) => ({
    level1: g.level1, level1Weight: g.level1Weight ?? null, level2: g.level2, category: categoryOf(g.level2 ?? g.level1), level3: it.name,
    target: it.target, initialTarget: null, actual: self ? (it.actual ?? null) : null,
    weight: it.weight ?? null, score: self ? (it.score ?? null) : null,
  })));
  return { kind: p.kind, title: p.title, year: p.year, project, funds: { publishedUnit: p.unit, rows }, indicators, total: p.total, rows: null };
}

/** Consistency of the hand-written numbers: weights add to the total, scores too, scores within weights. */
function check(p: Proj): void {
  if (p.kind !== 'project-self-evaluation' || !p.total) return;
  const items = p.groups.flatMap((g) => g.items);
  const fw = p.funds[0]!.weight ?? 0, fs = p.funds[0]!.score ?? 0;
  const w = items.reduce((a, it) => a + (it.weight ?? 0), fw), s = items.reduce((a, it) => a + (it.score ?? 0), fs);
  if (Math.abs(w - p.total.weight!) > 1e-6) throw new Error(`${p.project.name}: weights ${w} ≠ ${p.total.weight}`);
  if (Math.abs(s - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores ${s} ≠ ${p.total.score}`);
  for (const it of items) if ((it.score ?? 0) > (it.weight ?? 0)) throw new Error(`${it.name}: score over weight`);
  const n = items.length;
  if (n < 8 || n > 15) throw new Error(`${p.project.name}: ${n} 三级`);
}

// ───────────────────────── printing helpers ─────────────────────────

const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));
const amt = (x: Money, unit: '元' | '万元', none = '') => (x == null ? none : x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const pct = (r: number | null | undefined, none = '') => (r == null ? none : `${r.toFixed(2)}%`);
const SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '＞', '<': '＜' };
/** The value cell without its unit (the unit printed in a column of its own) and the unit. */
const splitVal = (x: GoldenValue | null | undefined): [string, string] => {
  if (!x) return ['', ''];
  if (x.text || x.date) return [printValue(x), ''];
  return [`${x.comparator ? SIGN[x.comparator] : ''}${num(x.number)}`, x.unit ?? ''];
};
/** 指标值类型 column: ≥ / ≤ / = / 定性, the value cell the bare number. */
const typeOf = (x: GoldenValue | null): string => (!x ? '' : x.text || x.date ? '定性' : SIGN[x.comparator ?? '='] ?? '=');
const bare = (x: GoldenValue | null): string => (!x ? '' : x.text || x.date ? printValue(x) : num(x.number));
/** Printed with a different comparator glyph: ＞ for > (fullwidth, as WPS prints it). */
const show = (x: GoldenValue | null | undefined): string => (!x ? '' : x.comparator ? `${SIGN[x.comparator]}${num(x.number)}${x.unit ?? ''}` : printValue(x));

type Marker = (i: number) => string;
const DOT: Marker = (i) => `${i + 1}.`;
const PAREN: Marker = (i) => `（${i + 1}）`;
const CIRCLE: Marker = (i) => String.fromCodePoint(0x2460 + i);
const CN = ['一', '二', '三', '四', '五'];

/**
 * The indicator block rows: 一级 merged down (or across 一级+二级 when the group has no 二级), 二级 merged down,
 * then `cells(it, k)` (k = index inside its 二级 block).
 */
function blockRows(groups: Grp[], o: { l1: (g: Grp, i: number) => string; l2: (g: Grp, i: number) => string }, cells: (it: It, k: number) => CellSpec[]): CellSpec[][] {
  const out: CellSpec[][] = [];
  const byLevel1 = new Map<string, Grp[]>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  let l1i = 0, l2i = 0;
  for (const gs of byLevel1.values()) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    const noL2 = gs.length === 1 && gs[0]!.level2 === null;
    l2i = 0;
    gs.forEach((g, gi) => {
      g.items.forEach((it, k) => {
        const row: CellSpec[] = [];
        if (gi === 0 && k === 0) row.push(c(o.l1(g, l1i), noL2 ? { rowSpan: n, span: 2 } : { rowSpan: n }));
        if (!noL2 && k === 0) row.push(c(o.l2(g, l2i), { rowSpan: g.items.length }));
        out.push([...row, ...cells(it, k)]);
      });
      if (g.level2 !== null) l2i++;
    });
    l1i++;
  }
  return out;
}
const l1Plain = (g: Grp) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);

/** 4-column label/value grid rows at a width: label spans a, value spans b, label a, value rest. */
function grid(width: number, pairs: [string, string][], a: number): CellSpec[][] {
  const rows: CellSpec[][] = [];
  const half = Math.floor(width / 2);
  for (let i = 0; i < pairs.length; i += 2) {
    const [l1, v1] = pairs[i]!;
    const second = pairs[i + 1];
    if (!second) { rows.push([c(l1, { span: a }), c(v1, { span: 'rest' })]); continue; }
    rows.push([c(l1, { span: a }), c(v1, { span: half - a }), c(second[0], { span: a }), c(second[1], { span: 'rest' })]);
  }
  return rows;
}

/** Funds block of a self-evaluation: block label (rowspan) over `lab` columns, then 6 columns spread over the rest. */
function selfFunds(p: Proj, width: number, lab: number, spans: number[], o: { label?: string; none?: string } = {}): CellSpec[][] {
  const none = o.none ?? '';
  const rows: CellSpec[][] = [];
  rows.push([c(o.label ?? `项目资金\n（${p.unit}）`, { rowSpan: p.funds.length + 1, span: 1 }), h('', { span: lab - 1 }),
    ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t, k) => h(t, { span: spans[k] }))]);
  for (const r of p.funds) {
    rows.push([c(r.label, { span: lab - 1 }), c(amt(r.initial, p.unit, none), { span: spans[0] }), c(amt(r.annual, p.unit, none), { span: spans[1] }),
      c(amt(r.executed, p.unit, none), { span: spans[2] }), c(num(r.weight, none), { span: spans[3] }), c(pct(r.rate, none), { span: spans[4] }), c(num(r.score, none), { span: spans[5] })]);
  }
  if (spans.reduce((a, b) => a + b, 0) + lab !== width) throw new Error('funds spans');
  return rows;
}

/** 年度总体目标 | 预期目标 | 实际完成情况 side by side. */
function goalsSide(p: Proj, lab: number, left: number): CellSpec[][] {
  return [
    [c('年度总体目标', { rowSpan: 2, span: lab }), h('预期目标', { span: left }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal, { span: left }), c(p.achieved ?? '', { span: 'rest' })],
  ];
}

// ───────────────────────── HTML / PDF ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function htmlTable(t: PrintedTable): string {
  const cols = t.columnWeights ?? new Array<number>(t.width).fill(1);
  const sum = cols.reduce((a, b) => a + b, 0);
  const rows = t.rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const cls = cell.text.length > 16 ? ' class="l"' : '';
    return `<${tag}${spans}${cls}>${cell.text.split('\n').map(esc).join('<br>')}</${tag}>`;
  }).join('')}</tr>`);
  return `<table><colgroup>${cols.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>\n${rows.join('\n')}\n</table>`;
}

function htmlPage(title: string, parts: { above: string; table: PrintedTable; below?: string }[], landscape = false, css = ''): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:14mm 12mm 14mm 12mm}
body{font-family:${FONT};font-size:10pt;color:#000;margin:0}
.tt{font-size:15pt;font-weight:bold;text-align:center;margin:4pt 0 3pt}
.sub{text-align:center;font-size:10.5pt;margin:0 0 3pt}
.cap{display:flex;justify-content:space-between;font-size:9.5pt;margin:2pt 0 3pt}
.note{font-size:8.5pt;margin-top:3pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:0.75pt solid #000;text-align:center;vertical-align:middle;padding:3px 3px;line-height:1.35;font-size:9pt;word-break:break-all;font-weight:normal}
th{font-weight:bold}
td.l{text-align:left}
tr{break-inside:avoid}
${css}
</style></head><body>
${parts.map((p) => `${p.above}\n${htmlTable(p.table)}\n${p.below ?? ''}`).join('\n')}
</body></html>
`;
}

function chromiumPrint(html: string, pdf: string): void {
  const work = mkdtempSync(join(tmpdir(), 'probe-r12-'));
  try {
    const file = join(work, 'page.html');
    writeFileSync(file, html);
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
    if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ═════════════════════════ 1. 河北 邢台 农技推广 (PDF, self-evaluation) ═════════════════════════
// 4-column header grid (项目负责人, 联系电话, 预算单位编码, 项目属性, 项目期限), funds with 其中：财政拨款 / 上年结转 /
// 其他资金, goals side by side, 预期指标值 | 实际完成值, 三级 numbered "1." per 二级 block, 合计 row and 评价等次 row.

const HEBEI: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '基层农技推广体系改革与建设补助项目', department: '邢台市农业农村局', budgetUnit: '邢台市农业技术推广站', budgetUnitCode: '312004', implementingUnit: '邢台市农业技术推广站', attribute: '延续性项目', period: '2024年1月-2024年12月' },
  leader: '张立新', phone: '0319-3216685', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 268.00, annual: 285.50, executed: 279.36, weight: 10, rate: 97.85, score: 9.8 },
    { label: '其中：财政拨款', initial: 268.00, annual: 268.00, executed: 263.12, rate: 98.18 },
    { label: '上年结转', initial: 0, annual: 17.50, executed: 16.24, rate: 92.80 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '1.建设农业科技示范展示基地12个，遴选农业科技示范主体600个；\n2.培训基层农技人员320人次，推广主导品种和主推技术各15个以上；\n3.主推技术到位率达到95%以上，带动示范区亩均增收100元以上。',
  achieved: '1.建成农业科技示范展示基地12个，遴选示范主体612个；\n2.培训基层农技人员336人次，推广主导品种16个、主推技术15个；\n3.主推技术到位率96.2%，示范区亩均增收108元。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '建设农业科技示范展示基地', target: v('>=', 12, '个'), actual: v('=', 12, '个'), weight: 6, score: 6 },
      { name: '遴选农业科技示范主体', target: v('>=', 600, '个'), actual: v(null, 612, '个'), weight: 6, score: 6 },
      { name: '培训基层农技人员', target: v('>=', 320, '人次'), actual: v(null, 336, '人次'), weight: 6, score: 6 },
      { name: '推广主导品种和主推技术', target: v('>=', 30, '个'), actual: v(null, 31, '个'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '主推技术到位率', target: v('>=', 95, '%'), actual: v(null, 96.2, '%'), weight: 8, score: 8 },
      { name: '农技人员培训考核合格率', target: v('>=', 90, '%'), actual: v(null, 87.5, '%'), weight: 6, score: 5, why: '部分新入职人员实操考核未通过，已安排补训。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付时间', target: dt('2024-10-31'), actual: dt('2024-11-20'), weight: 6, score: 4, why: '上年结转资金拨付晚于计划，下年度提前启动拨付程序。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '示范基地平均建设补助', target: v('<=', 8, '万元'), actual: v(null, 7.6, '万元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '示范区亩均增收', target: v('>=', 100, '元'), actual: v(null, 108, '元'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农业主推技术覆盖面', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 10, score: 9, why: '山区县覆盖仍偏低。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '基层农技推广服务能力', target: tx('有效改善'), actual: tx('有效改善'), weight: 10, score: 9 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '示范主体满意度', target: v('>=', 90, '%'), actual: v(null, 93.4, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function hebeiTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    ...grid(W, [['项目名称', p.project.name]], 2),
    ...grid(W, [['主管部门', p.project.department!], ['预算单位编码', p.project.budgetUnitCode!], ['预算单位', p.project.budgetUnit!], ['实施单位', p.project.implementingUnit!],
      ['项目负责人', p.leader], ['联系电话', p.phone], ['项目属性', p.project.attribute!], ['项目期限', p.project.period!]], 2),
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('预期指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...blockRows(p.groups, { l1: (g) => g.level1, l2: (g) => g.level2! }, (it, k) =>
      [c(`${DOT(k)}${it.name}`), c(show(it.target)), c(show(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('合计', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('评价等次', { span: 5 }), c(p.total!.grade!, { span: 3 })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 11, 20, 11, 11, 7, 7, 24] };
}

// ═════════════════════════ 2. 山西 晋中 公共文化 (PDF, targets) ═════════════════════════
// 指标解释 (long) between 三级 and the value, value split as 指标值类型 (≥/≤/=/定性) | 目标值（计划数） | 计量单位,
// 二级 numbered "1.数量指标", 满意度指标 across 一级+二级 with its 三级 directly; 4-column header grid.

const SHANXI: Proj = {
  kind: 'project-targets', title: '项目支出绩效目标表', year: 2025,
  project: { name: '公共文化服务体系建设专项资金', department: '晋中市文化和旅游局', departmentCode: '127', budgetUnit: '晋中市群众艺术馆', budgetUnitCode: '127003', category: '专项业务类', attribute: '经常性项目', period: '2025年1月1日至2025年12月31日' },
  leader: '王晓燕', phone: '0354-2631507', unit: '万元',
  funds: [
    { label: '年度资金总额', annual: 420.00 },
    { label: '其中：财政拨款', annual: 380.00 },
    { label: '上年结转', annual: 40.00 },
    { label: '其他资金', annual: 0 },
  ],
  goal: '1.开展“文化进万家”等群众文化活动不少于120场，惠及群众15万人次；2.完成全市乡镇综合文化站、村级综合性文化服务中心业务培训；3.推动公共文化服务标准化、均等化水平稳步提升。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '开展群众文化活动场次', target: v('>=', 120, '场'), std: '全年组织开展“文化进万家”、广场文艺演出等群众文化活动的场次，以活动台账和影像资料为准。' },
      { name: '培训基层文化骨干', target: v('>=', 800, '人次'), std: '指全年举办乡镇（街道）、村（社区）文化管理员和文艺骨干培训的参训人次。' },
      { name: '流动文化服务车下乡', target: v('>=', 60, '次'), std: '流动舞台车、流动图书车送文化下乡次数。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '村级综合性文化服务中心达标率', target: v('>=', 92, '%'), std: '达标村级综合性文化服务中心数/村级综合性文化服务中心总数×100%，按省定标准验收。' },
      { name: '活动安全事故发生次数', target: v('=', 0, '次'), std: '活动组织过程中发生的安全责任事故次数。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完成时间', target: dt('2025-12-31'), std: '年度各项活动及培训全部完成的时间。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单场演出平均成本', target: v('<=', 1.8, '万元'), std: '演出类活动支出总额/演出场次，控制在预算标准以内。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '惠及群众人次', target: v('>=', 15, '万人次'), std: '参加及观看各类群众文化活动的人次，现场统计与线上直播观看人次合计。' },
      { name: '公共文化服务均等化水平', target: tx('稳步提升'), std: '城乡之间、区域之间公共文化服务差距缩小，以年度考核评价结果为准。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '基层文化队伍建设', target: tx('长效机制基本建立'), std: '形成常态化培训和骨干队伍管理机制。' },
    ] },
    { level1: '满意度指标', level2: null, items: [
      { name: '群众满意度', target: v('>=', 90, '%'), std: '通过抽样问卷调查取得，满意及基本满意份数/有效问卷份数×100%。' },
    ] },
  ],
  total: null,
};

function shanxiTable(p: Proj): PrintedTable {
  const W = 7;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 1 }), c('主管部门编码', { span: 2 }), c(p.project.departmentCode!, { span: 'rest' })],
    [c('预算单位', { span: 2 }), c(p.project.budgetUnit!, { span: 1 }), c('预算单位编码', { span: 2 }), c(p.project.budgetUnitCode!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 1 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目类别', { span: 2 }), c(p.project.category!, { span: 1 }), c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 'rest' })],
    [c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
  ];
  // funds: label block (2 cols) | source label (2 cols) | amount (3 cols)
  p.funds.forEach((r, i) => rows.push([...(i === 0 ? [c('项目资金\n（万元）', { span: 2, rowSpan: p.funds.length })] : []), c(r.label, { span: 2 }), c(amt(r.annual, p.unit), { span: 'rest' })]));
  rows.push([c('年度总体目标', { span: 2 }), c(p.goal, { span: 'rest' })]);
  rows.push([h('一级指标'), h('二级指标'), h('三级指标'), h('指标解释'), h('指标值类型'), h('目标值（计划数）'), h('计量单位')]);
  rows.push(...blockRows(p.groups, { l1: (g) => g.level1, l2: (g, i) => `${DOT(i)}${g.level2}` }, (it) =>
    [c(it.name), c(it.std ?? ''), c(typeOf(it.target)), c(bare(it.target)), c(splitVal(it.target)[1])]));
  return { paragraphs: [], width: W, rows: builtRows(W, rows.filter((r) => r.length)), columnWeights: [9, 11, 17, 30, 8, 13, 8] };
}

// ═════════════════════════ 3. 辽宁 鞍山 社区养老 (PDF, self-evaluation, 元) ═════════════════════════
// 评分标准 column between 三级 and 全年预期目标 | 全年实际完成值 | 指标分值 | 自评得分, 三级 numbered "（1）" running
// through the table, funds in 元, goals side by side, 合计 row then 自评结论 row with the grade.

const LIAONING: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '社区居家养老服务补助资金', department: '鞍山市民政局', departmentCode: '215', implementingUnit: '鞍山市养老服务指导中心', attribute: '延续项目', period: '2024年度' },
  leader: '刘振华', phone: '0412-5536218', unit: '元',
  funds: [
    { label: '年度资金总额', initial: 3_600_000, annual: 3_850_000, executed: 3_712_560, weight: 10, rate: 96.43, score: 9.6 },
    { label: '其中：财政拨款', initial: 3_600_000, annual: 3_600_000, executed: 3_492_000, rate: 97.00 },
    { label: '上年结转', initial: 0, annual: 250_000, executed: 220_560, rate: 88.22 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '1.为全市1800名经济困难失能、高龄老年人提供居家养老上门服务；2.建设社区嵌入式养老服务站点6个；3.老年人居家养老服务满意度达到90%以上。',
  achieved: '1.为1836名经济困难失能、高龄老年人提供上门服务21.6万小时；2.建成社区嵌入式养老服务站点5个，1个因选址调整顺延至2025年；3.服务对象满意度94.2%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '居家养老上门服务人数', target: v('>=', 1800, '人'), actual: v(null, 1836, '人'), weight: 8, score: 8, std: '以服务对象花名册和信息平台工单为准，达到目标值得满分，每少50人扣1分。' },
      { name: '上门服务时长', target: v('>=', 20, '万小时'), actual: v(null, 21.6, '万小时'), weight: 7, score: 7, std: '信息平台统计的有效服务工单时长合计。' },
      { name: '新建社区嵌入式养老服务站点', target: v('=', 6, '个'), actual: v(null, 5, '个'), weight: 7, score: 5.8, why: '1个站点因选址调整顺延至2025年建成。', std: '按完成比例计分。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '服务工单回访合格率', target: v('>=', 95, '%'), actual: v(null, 97.3, '%'), weight: 7, score: 7, std: '电话回访合格工单数/回访工单总数×100%，低于目标值按比例扣分。' },
      { name: '服务人员持证上岗率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7, std: '持养老护理员证书上岗人员/服务人员总数×100%。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补贴资金按月拨付率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7, std: '按月足额拨付服务机构补贴的月份数/12×100%。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均上门服务补贴标准', target: v('<=', 150, '元/月'), actual: v(null, 150, '元/月'), weight: 7, score: 7, std: '不超过市政府核定标准得满分。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '失能高龄老年人生活质量', target: tx('有效改善'), actual: tx('有效改善'), weight: 15, score: 13.5, std: '结合回访和第三方评估情况综合评判，达到预期得满分，部分达到酌情扣分。' },
      { name: '家庭照护负担', target: tx('明显减轻'), actual: tx('有所减轻'), weight: 15, score: 12, why: '服务时长仍不能完全满足重度失能老人需求。', std: '根据入户调查结果评判。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '老年人及家属满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 10, score: 10, std: '第三方抽样调查满意度，达到目标值得满分，每低1个百分点扣1分。' },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function liaoningTable(p: Proj): PrintedTable {
  const W = 9;
  let n = 0;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(`[${p.project.departmentCode}]${p.project.department}`, { span: 3 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 3 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 3 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 2, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 4),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('评分标准'), h('全年预期目标'), h('全年实际完成值'), h('指标分值'), h('自评得分'), h('偏差原因分析')],
    ...blockRows(p.groups, { l1: (g) => g.level1, l2: (g) => g.level2! }, (it) =>
      [c(`${PAREN(n++)}${it.name}`), c(it.std ?? ''), c(show(it.target)), c(show(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('合计', { span: 6 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评结论', { span: 2 }), c(p.total!.grade!, { span: 'rest' })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 10, 15, 22, 9, 9, 6, 6, 15] };
}

// ═════════════════════════ 4. 江西 赣州 森林防火 (PDF landscape, self-evaluation) ═════════════════════════
// 11 columns: 指标方向 | 计划值 | 度量单位 | 实际完成情况 (unit column shared by plan and actual) | 满分 | 评分 |
// 偏差原因 | 改进措施, 三级 numbered "①", 满意度指标 across 一级+二级, 一级 with its weight, 评价等次 row.

const JIANGXI: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '森林防灭火专项经费', department: '赣州市林业局', departmentCode: '318', implementingUnit: '赣州市森林防火指挥部办公室', budgetUnit: '赣州市林业局', budgetUnitCode: '318001', attribute: '经常性项目', period: '2024年1月-12月' },
  leader: '曾国平', phone: '0797-8123561', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 560.00, annual: 612.80, executed: 598.45, weight: 10, rate: 97.66, score: 9.7 },
    { label: '其中：财政拨款', initial: 560.00, annual: 580.00, executed: 571.20, rate: 98.48 },
    { label: '上年结转', initial: 0, annual: 32.80, executed: 27.25, rate: 83.08 },
    { label: '其他资金', initial: null, annual: null, executed: null },
  ],
  goal: '1.开展森林防火宣传和巡护，配备扑火机具；2.建设生物防火林带；3.森林火灾受害率控制在0.9‰以内。',
  achieved: '1.完成巡护、宣传和机具配备；2.建成生物防火林带，因雨季推迟部分工程；3.森林火灾受害率0.21‰。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '专职扑火队员培训', target: v('>=', 450, '人次'), actual: v(null, 468, '人次'), weight: 6, score: 6, dir: '正向' },
      { name: '购置风力灭火机', target: v('>=', 120, '台'), actual: v(null, 120, '台'), weight: 6, score: 6, dir: '正向' },
      { name: '新建生物防火林带', target: v('>=', 35, '公里'), actual: v(null, 31.5, '公里'), weight: 6, score: 5.4, dir: '正向', why: '汛期施工受阻' },
      { name: '开展防火宣传活动', target: v('>=', 40, '场'), actual: v(null, 46, '场'), weight: 6, score: 6, dir: '正向' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '扑火机具完好率', target: v('>=', 95, '%'), actual: v(null, 98, '%'), weight: 7, score: 7, dir: '正向' },
      { name: '森林火灾受害率', target: v('<=', 0.9, '‰'), actual: v(null, 0.21, '‰'), weight: 7, score: 7, dir: '反向' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '火情处置到场时间', target: v('<=', 2, '小时'), actual: v(null, 1.5, '小时'), weight: 6, score: 6, dir: '反向' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '生物防火林带建设成本', target: v('<=', 5.5, '万元/公里'), actual: v(null, 5.3, '万元/公里'), weight: 6, score: 6, dir: '反向' },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '森林资源安全', target: tx('有效保障'), actual: tx('有效保障'), weight: 10, score: 10, dir: '定性' },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '群众防火意识', target: tx('明显增强'), actual: tx('有所增强'), weight: 10, score: 8, dir: '定性', why: '偏远乡村覆盖不足' },
      { name: '重特大森林火灾发生次数', target: v('=', 0, '次'), actual: v(null, 0, '次'), weight: 10, score: 10, dir: '反向' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: null, items: [
      { name: '林区群众满意度', target: v('>', 85, '%'), actual: v(null, 91.6, '%'), weight: 10, score: 10, dir: '正向' },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function jiangxiTable(p: Proj): PrintedTable {
  const W = 11;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 4 }), c('项目负责人', { span: 2 }), c(p.leader, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('主管部门编码', { span: 2 }), c(p.project.departmentCode!, { span: 2 }), c('联系电话'), c(p.phone, { span: 'rest' })],
    [c('预算单位', { span: 2 }), c(p.project.budgetUnit!, { span: 2 }), c('预算单位编码', { span: 2 }), c(p.project.budgetUnitCode!, { span: 2 }), c('项目属性'), c(p.project.attribute!, { span: 'rest' })],
    [c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 4 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...selfFunds(p, W, 3, [2, 1, 2, 1, 1, 1], { none: '—' }),
    ...goalsSide(p, 2, 4),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标方向'), h('计划值'), h('度量单位'), h('实际完成情况'), h('满分'), h('评分'), h('偏差原因分析'), h('改进措施')],
    ...blockRows(p.groups, { l1: (g) => l1Plain(g), l2: (g) => g.level2! }, (it, k) => {
      return [c(`${CIRCLE(k)}${it.name}`), c(it.dir ?? ''), c(splitVal(it.target)[0]), c(splitVal(it.target)[1] || splitVal(it.actual)[1]), c(splitVal(it.actual)[0]),
        c(num(it.weight)), c(num(it.score)), c(it.why ?? '无'), c(it.why ? '加强统筹' : '无')];
    }),
    [c('合计', { span: 7 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('', { span: 'rest' })],
    [c('评价等次', { span: 7 }), c(p.total!.grade!, { span: 'rest' })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 10, 17, 6, 8, 8, 9, 6, 6, 11, 10] };
}

// ═════════════════════════ 5. 安徽 六安 公共文化场馆 (DOCX, self-evaluation) ═════════════════════════
// 指标说明 column, 目标值（计划数） | 实际值 | 满分 | 评分, 二级 numbered "1.数量指标", 三级 "(1)" per block,
// 4-column header grid, funds with source rows, goals side by side, 合计 | 100 | x and 自评结论 row.

const ANHUI: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '公共文化场馆免费开放补助资金', department: '六安市文化和旅游局', budgetUnit: '六安市图书馆', budgetUnitCode: '409002', implementingUnit: '六安市图书馆', attribute: '经常性项目', period: '2024年1月1日-2024年12月31日' },
  leader: '陈静', phone: '0564-3378120', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 150.00, annual: 165.00, executed: 162.80, weight: 10, rate: 98.67, score: 9.9 },
    { label: '其中：财政拨款', initial: 150.00, annual: 150.00, executed: 150.00, rate: 100.00 },
    { label: '上年结转', initial: 0, annual: 15.00, executed: 12.80, rate: 85.33 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0, rate: null },
  ],
  goal: '（1）保障图书馆全年免费开放不少于300天，接待读者60万人次；\n（2）举办公益讲座、展览、阅读推广活动150场；\n（3）新增馆藏图书2万册。',
  achieved: '（1）全年免费开放306天，接待读者63.5万人次；\n（2）举办各类公益活动162场；\n（3）新增馆藏图书2.1万册。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '免费开放天数', target: v('>=', 300, '天'), actual: v(null, 306, '天'), weight: 8, score: 8, std: '全年对外免费开放的天数（含节假日）。' },
      { name: '举办公益活动', target: v('>=', 150, '场'), actual: v(null, 162, '场'), weight: 8, score: 8, std: '讲座、展览、阅读推广等公益活动场次。' },
      { name: '新增馆藏图书', target: v('>=', 2, '万册'), actual: v(null, 2.1, '万册'), weight: 8, score: 8, std: '当年采购并完成编目上架的图书册数。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '图书编目差错率', target: v('<=', 0.5, '%'), actual: v(null, 0.3, '%'), weight: 8, score: 8, std: '抽检编目差错条数/抽检总条数×100%。' },
      { name: '数字资源可用率', target: v('>=', 98, '%'), actual: v(null, 96.8, '%'), weight: 6, score: 5, why: '服务器升级期间部分数据库中断访问。', std: '数字资源平台全年正常访问时长占比。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '新书上架周期', target: v('<=', 30, '天'), actual: v(null, 25, '天'), weight: 6, score: 6, std: '新书到馆至上架流通的平均天数。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单场公益活动成本', target: v('<=', 0.3, '万元'), actual: v(null, 0.28, '万元'), weight: 6, score: 6, std: '公益活动支出/活动场次。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '年接待读者人次', target: v('>=', 60, '万人次'), actual: v(null, 63.5, '万人次'), weight: 10, score: 10, std: '门禁系统统计的进馆人次。' },
      { name: '全民阅读氛围', target: tx('稳步提升'), actual: tx('达到预期'), weight: 10, score: 10, std: '根据活动参与情况、媒体报道等综合评价。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '免费开放服务长效机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 10, score: 9, std: '免费开放管理制度建立和执行情况。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '读者满意度', target: v('>=', 90, '%'), actual: v(null, 95.6, '%'), weight: 10, score: 10, std: '年度读者问卷调查满意率。' },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function anhuiTable(p: Proj): PrintedTable {
  const W = 9;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('项目负责人', { span: 2 }), c(p.leader, { span: 'rest' })],
    [c('预算单位', { span: 2 }), c(p.project.budgetUnit!, { span: 2 }), c('预算单位编码', { span: 2 }), c(p.project.budgetUnitCode!, { span: 'rest' })],
    [c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 2 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 2 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...selfFunds(p, W, 3, [1, 1, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 4),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标说明'), h('目标值（计划数）'), h('实际值'), h('满分'), h('评分'), h('偏差原因及改进措施')],
    ...blockRows(p.groups, { l1: (g) => g.level1, l2: (g, i) => `${DOT(i)}${g.level2}` }, (it, k) =>
      [c(`(${k + 1})${it.name}`), c(it.std ?? ''), c(show(it.target)), c(show(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('合计', { span: 6 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评结论', { span: 2 }), c(`${p.total!.grade}`, { span: 'rest' })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 11, 15, 20, 10, 9, 6, 6, 15] };
}

// ═════════════════════════ 6. 黑龙江 齐齐哈尔 基本公卫 (DOCX, targets) ═════════════════════════
// 指标值类型 (≥/≤/=/定性) | 指标值 | 度量单位 after 三级, then 分值 and a long 指标解释 at the end; 三级 numbered "①"
// per 二级 block; 4-column header grid with 项目类别 / 项目属性 / 项目期限; funds 资金总额 with source rows.

const HLJ: Proj = {
  kind: 'project-targets', title: '项目支出绩效目标表', year: 2025,
  project: { name: '基本公共卫生服务补助资金', department: '齐齐哈尔市卫生健康委员会', departmentCode: '146', budgetUnit: '齐齐哈尔市疾病预防控制中心', budgetUnitCode: '146005', category: '专项业务类', attribute: '延续性项目', period: '2025年1月-2025年12月' },
  leader: '李海峰', phone: '0452-2415609', unit: '万元',
  funds: [
    { label: '资金总额', annual: 2380.60 },
    { label: '其中：财政拨款', annual: 2300.00 },
    { label: '上年结转', annual: 80.60 },
    { label: '其他资金', annual: 0 },
  ],
  goal: '1.为辖区常住居民免费提供12类国家基本公共卫生服务；2.适龄儿童国家免疫规划疫苗接种率保持在90%以上；3.65岁及以上老年人健康管理率达到62%以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '65岁及以上老年人健康管理人数', target: v('>=', 11.5, '万人'), weight: 8, std: '当年接受健康管理的65岁及以上常住居民人数。' },
      { name: '高血压患者规范管理人数', target: v('>=', 8.2, '万人'), weight: 8, std: '按照规范要求进行高血压患者健康管理的人数。' },
      { name: '健康教育讲座', target: v('>=', 960, '次'), weight: 6, std: '各基层医疗卫生机构全年举办健康知识讲座次数合计。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '适龄儿童国家免疫规划疫苗接种率', target: v('>=', 90, '%'), weight: 8, std: '年度辖区内按照免疫程序完成接种的适龄儿童人数/应接种适龄儿童人数×100%。' },
      { name: '65岁及以上老年人健康管理率', target: v('>=', 62, '%'), weight: 8, std: '接受健康管理人数/年内辖区65岁及以上常住居民数×100%。' },
      { name: '电子健康档案建档率', target: v('>=', 90, '%'), weight: 6, std: '建档人数/辖区常住人口数×100%。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '资金下达时限', target: tx('收到上级资金后30日内'), weight: 6, std: '市级收到中央和省级资金后下达至县（区）的时间。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '城乡居民公共卫生服务差距', target: tx('不断缩小'), weight: 15, std: '城乡居民享受基本公共卫生服务均等化程度。' },
      { name: '居民健康素养水平', target: v('>', 28, '%'), weight: 15, std: '具备基本健康素养的人数/监测总人数×100%。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '城乡居民对基本公共卫生服务满意度', target: v('>=', 85, '%'), weight: 10, std: '第三方满意度调查结果。' },
    ] },
  ],
  total: null,
};

function hljTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门及代码', { span: 2 }), c(`[${p.project.departmentCode}]${p.project.department}`, { span: 2 }), c('项目负责人', { span: 2 }), c(p.leader, { span: 'rest' })],
    [c('预算单位', { span: 2 }), c(p.project.budgetUnit!, { span: 2 }), c('预算单位编码', { span: 2 }), c(p.project.budgetUnitCode!, { span: 'rest' })],
    [c('项目类别', { span: 2 }), c(p.project.category!, { span: 2 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 2 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
  ];
  p.funds.forEach((r, i) => rows.push([...(i === 0 ? [c('项目资金（万元）', { span: 2, rowSpan: p.funds.length })] : []), c(r.label, { span: 2 }), c(amt(r.annual, p.unit), { span: 'rest' })]));
  rows.push([c('年度绩效目标', { span: 2 }), c(p.goal, { span: 'rest' })]);
  rows.push([h('一级指标'), h('二级指标'), h('三级指标'), h('指标值类型'), h('指标值'), h('度量单位'), h('分值'), h('指标解释')]);
  rows.push(...blockRows(p.groups, { l1: (g) => g.level1, l2: (g) => g.level2! }, (it, k) =>
    [c(`${CIRCLE(k)}${it.name}`), c(typeOf(it.target)), c(bare(it.target)), c(splitVal(it.target)[1]), c(num(it.weight)), c(it.std ?? '')]));
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 10, 17, 7, 9, 7, 6, 24] };
}

// ═════════════════════════ 7. 甘肃 天水 学前教育 (DOCX, self-evaluation, 元) ═════════════════════════
// 一级 "一、产出指标", 二级 "1.数量指标", 三级 "（1）" per block; 成本指标 as its own 一级 (经济成本指标);
// 满意度指标 across 一级+二级; 年度指标值 | 全年实际完成值 | 分值 | 得分; funds in 元; 评价等次 row.

const GANSU: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '学前教育发展资金', department: '天水市教育局', departmentCode: '112', implementingUnit: '天水市教育局学前教育科', attribute: '经常性项目', period: '2024年1月-2024年12月' },
  leader: '赵文军', phone: '0938-8213467', unit: '元',
  funds: [
    { label: '年度资金总额', initial: 6_500_000, annual: 6_820_000, executed: 6_745_300, weight: 10, rate: 98.90, score: 9.9 },
    { label: '其中：财政拨款', initial: 6_500_000, annual: 6_500_000, executed: 6_450_000, rate: 99.23 },
    { label: '上年结转', initial: 0, annual: 320_000, executed: 295_300, rate: 92.28 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '一是资助家庭经济困难幼儿3200人；二是支持新建、改扩建普惠性幼儿园8所；三是学前三年毛入园率达到93%。',
  achieved: '一是资助家庭经济困难幼儿3265人；二是完成新建、改扩建普惠性幼儿园7所；三是学前三年毛入园率93.6%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '资助家庭经济困难幼儿', target: v('>=', 3200, '人'), actual: v(null, 3265, '人'), weight: 8, score: 8 },
      { name: '新建改扩建普惠性幼儿园', target: v('=', 8, '所'), actual: v(null, 7, '所'), weight: 8, score: 7, why: '1所幼儿园因用地手续延迟开工，已列入2025年计划。' },
      { name: '培训幼儿园教师', target: v('>=', 600, '人次'), actual: v(null, 642, '人次'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '普惠性幼儿园覆盖率', target: v('>=', 85, '%'), actual: v(null, 87.2, '%'), weight: 7, score: 7 },
      { name: '资助对象认定准确率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '资助资金发放时间', target: dt('2024-12-15'), actual: dt('2024-12-10'), weight: 6, score: 6 },
    ] },
    { level1: '成本指标', level2: '经济成本指标', items: [
      { name: '幼儿资助标准', target: v('=', 1000, '元/人·年'), actual: v('=', 1000, '元/人·年'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '学前三年毛入园率', target: v('>=', 93, '%'), actual: v(null, 93.6, '%'), weight: 15, score: 15 },
      { name: '“入园难、入园贵”问题', target: tx('有效缓解'), actual: tx('有效缓解'), weight: 15, score: 13.5 },
    ] },
    { level1: '满意度指标', level2: null, items: [
      { name: '幼儿家长满意度', target: v('>=', 90, '%'), actual: v(null, 92.8, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function gansuTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(`${p.project.departmentCode}-${p.project.department}`, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 2 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 2 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('全年实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...blockRows(p.groups, { l1: (g, i) => `${CN[i]}、${g.level1}`, l2: (g, i) => `${DOT(i)}${g.level2}` }, (it, k) =>
      [c(`${PAREN(k)}${it.name}`), c(show(it.target)), c(show(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('合计', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('评价等次', { span: 2 }), c(p.total!.grade!, { span: 'rest' })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 11, 19, 11, 11, 6, 6, 22] };
}

// ═════════════════════════ 8. 宁夏 吴忠 农村饮水 (DOCX landscape, self-evaluation) ═════════════════════════
// 指标方向 | 计划值 | 实际值 | 计量单位 (one unit column after both values) | 分值 | 得分 | 偏差原因; 三级 numbered
// "1." running through; funds with 执行率 on source rows; grade in a 自评结论 row written "优".

const NINGXIA: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '农村饮水安全工程维修养护资金', department: '吴忠市水务局', departmentCode: '064', budgetUnit: '吴忠市农村供水管理站', budgetUnitCode: '064003', attribute: '经常性项目', period: '2024年3月-2024年11月' },
  leader: '马建军', phone: '0953-2097315', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 860.00, annual: 905.00, executed: 861.45, weight: 10, rate: 95.19, score: 9.5 },
    { label: '其中：财政拨款', initial: 860.00, annual: 860.00, executed: 831.45, rate: 96.68 },
    { label: '上年结转', initial: 0, annual: 45.00, executed: 30.00, rate: 66.67 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '1.维修养护农村供水管网；2.更换老旧水表和阀门；3.农村自来水普及率保持在98%以上，供水保证率不低于95%。',
  achieved: '1.维修养护供水管网186公里；2.更换水表5120块、阀门860个；3.农村自来水普及率98.6%，供水保证率96.1%，群众满意度86%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '维修养护供水管网', target: v('>=', 180, '公里'), actual: v(null, 186, '公里'), weight: 7, score: 7, dir: '正向' },
      { name: '更换智能水表', target: v('>=', 5000, '块'), actual: v(null, 5120, '块'), weight: 7, score: 7, dir: '正向' },
      { name: '维修泵站', target: v('=', 12, '座'), actual: v(null, 12, '座'), weight: 6, score: 6, dir: '正向' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '水质检测合格率', target: v('>=', 95, '%'), actual: v(null, 97.4, '%'), weight: 7, score: 7, dir: '正向' },
      { name: '管网漏损率', target: v('<=', 12, '%'), actual: v(null, 13.5, '%'), weight: 7, score: 5.5, dir: '反向', why: '部分老旧管网未纳入本年度改造范围。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '故障抢修平均响应时间', target: v('<=', 24, '小时'), actual: v(null, 18, '小时'), weight: 6, score: 6, dir: '反向' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '管网维修单位成本', target: v('<=', 2.6, '万元/公里'), actual: v(null, 2.48, '万元/公里'), weight: 5, score: 5, dir: '反向' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村自来水普及率', target: v('>=', 98, '%'), actual: v(null, 98.6, '%'), weight: 10, score: 10, dir: '正向' },
      { name: '农村供水保证率', target: v('>=', 95, '%'), actual: v(null, 96.1, '%'), weight: 10, score: 10, dir: '正向' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程长效运行管护机制', target: tx('健全完善'), actual: tx('基本健全'), weight: 15, score: 9, dir: '定性', why: '县级管护经费保障机制尚未完全落实。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益群众满意度', target: v('>=', 90, '%'), actual: v(null, 86, '%'), weight: 10, score: 7.5, dir: '正向', why: '部分偏远村组供水时段受限。' },
    ] },
  ],
  total: { weight: 100, score: 0, grade: '优' },
};

function ningxiaTable(p: Proj): PrintedTable {
  const W = 10;
  let n = 0;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 3 }), c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 3 }), c('主管部门编码', { span: 2 }), c(p.project.departmentCode!, { span: 'rest' })],
    [c('预算单位', { span: 2 }), c(p.project.budgetUnit!, { span: 3 }), c('预算单位编码', { span: 2 }), c(p.project.budgetUnitCode!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 3 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    [c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...selfFunds(p, W, 3, [1, 1, 1, 1, 2, 1]),
    ...goalsSide(p, 2, 4),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标方向'), h('计划值'), h('实际值'), h('计量单位'), h('分值'), h('得分'), h('偏差原因')],
    ...blockRows(p.groups, { l1: (g) => g.level1, l2: (g) => g.level2! }, (it) =>
      [c(`${DOT(n++)}${it.name}`), c(it.dir ?? ''), c(splitVal(it.target)[0]), c(splitVal(it.actual)[0]), c(splitVal(it.target)[1] || splitVal(it.actual)[1]),
        c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('合计', { span: 7 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评结论', { span: 2 }), c(`${p.total!.grade}`, { span: 'rest' })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 10, 16, 6, 8, 8, 9, 6, 6, 17] };
}

// ───────────────────────── probes ─────────────────────────

/** Fill in total scores from the hand-written item scores (checked again by check()). */
for (const p of [HEBEI, LIAONING, JIANGXI, ANHUI, GANSU, NINGXIA]) {
  const s = p.groups.flatMap((g) => g.items).reduce((a, it) => a + (it.score ?? 0), p.funds[0]!.score ?? 0);
  p.total!.score = Math.round(s * 100) / 100;
  p.total!.grade = s >= 90 ? '优' : s >= 80 ? '良' : s >= 60 ? '中' : '差';
}

interface Probe { stem: string; ext: 'pdf' | 'docx'; proj: Proj; table: (p: Proj) => PrintedTable; above: string[]; below?: string[]; landscape?: boolean; notes: string[] }

const COMMON_NOTES = [
  'Judgement calls: a list marker before a name ("1.", "（1）", "(1)", "①", "一、") is the row\'s ordinal, not part of the name: level1/level2/level3 are transcribed without it. Funds labels as printed (其中：财政拨款). 项目负责人 / 联系电话 are not golden fields. The 评分标准 / 指标解释 / 指标说明 text is not scored (explanation), and must not end up in the name or target.',
];

const probes: Probe[] = [
  {
    stem: 'probe-r12-tpl-hebei-agritech-2024-self-evaluation', ext: 'pdf', proj: HEBEI, table: hebeiTable,
    above: ['<div class="tt">项目支出绩效自评表</div>', '<div class="sub">（2024年度）</div>', '<div class="cap"><span>填报单位（盖章）：邢台市农业技术推广站</span><span>单位：万元</span></div>'],
    below: ['<div class="note">填表人：李娜　　　联系电话：0319-3216690　　　填报日期：2025年3月18日</div>'],
    notes: ['河北 邢台 (A4 portrait, Chromium): 4-column header grid (主管部门 | 预算单位编码 on one row, 预算单位 | 实施单位, 项目负责人 | 联系电话, 项目属性 | 项目期限); funds 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 (源 rows with 执行率, empty 分值/得分 → null); 年度总体目标 预期目标 | 实际完成情况 side by side with numbered prose; indicator columns 预期指标值 | 实际完成值; 三级 numbered "1." restarting in each 二级 block; 合计 | 100 | score row then 评价等次 | 优 row. Actuals printed bare ("612个") → comparator null; "=12个" → "=".'],
  },
  {
    stem: 'probe-r12-tpl-shanxi-culture-2025-targets', ext: 'pdf', proj: SHANXI, table: shanxiTable,
    above: ['<div class="tt">2025年度项目支出绩效目标表</div>', '<div class="cap"><span>填报单位：晋中市群众艺术馆</span><span></span></div>'],
    notes: ['山西 晋中 (A4 portrait, Chromium): header grid with 主管部门 | 主管部门编码 and 预算单位 | 预算单位编码 in cells of their own, 项目类别 | 项目属性, 项目期限; funds with a single amount per row → annualBudget (万元, from the block label); 年度总体目标 prose; indicator columns 一级 | 二级 | 三级 | 指标解释 (long) | 指标值类型 (≥ ≤ = 定性) | 目标值（计划数） | 计量单位 → one target; 二级 printed "1.数量指标" … numbered per 一级; 满意度指标 printed across the 一级 and 二级 columns with its 三级 directly → level2 null, category satisfaction. No weights, no total.'],
  },
  {
    stem: 'probe-r12-tpl-liaoning-eldercare-2024-self-evaluation', ext: 'pdf', proj: LIAONING, table: liaoningTable,
    above: ['<div class="tt">2024年度项目支出绩效自评表</div>', '<div class="cap"><span>单位名称：鞍山市民政局</span><span>金额单位：元</span></div>'],
    notes: ['辽宁 鞍山 (A4 portrait, Chromium): 主管部门 "[215]鞍山市民政局" → department + code; funds in 元 (caption 金额单位：元 and block label 项目资金（元）); goals side by side; columns 三级 | 评分标准 (long) | 全年预期目标 | 全年实际完成值 | 指标分值 | 自评得分 | 偏差原因分析; 三级 numbered "（1）" … "（10）" running through the table; 合计 row (100 | score), then 自评结论 | 优. "元/月" compound unit; "万小时" unit.'],
  },
  {
    stem: 'probe-r12-tpl-jiangxi-forestfire-2024-self-evaluation', ext: 'pdf', proj: JIANGXI, table: jiangxiTable, landscape: true,
    above: ['<div class="tt">项目支出绩效自评表</div>', '<div class="sub">（2024年度）</div>', '<div class="cap"><span>主管部门（盖章）：赣州市林业局</span><span>单位：万元</span></div>'],
    notes: ['江西 赣州 (A4 landscape, Chromium), 11 columns: 一级（with weight "产出指标（50分）"） | 二级 | 三级 | 指标方向 (正向/反向/定性, not a comparator) | 计划值 ("≥450") | 度量单位 (shared by 计划值 and 实际完成情况: the actual "468" takes it → {468, 人次}) | 实际完成情况 | 满分 | 评分 | 偏差原因分析 | 改进措施 ("无"); 三级 numbered "①…" restarting per 二级 block; 满意度指标（10分） across 一级 and 二级 → level2 null; "＞85" full-width > → ">"; ‰ unit; 其他资金 "—" everywhere → null; 合计 row then 评价等次 | 优.'],
  },
  {
    stem: 'probe-r12-tpl-anhui-library-2024-self-evaluation', ext: 'docx', proj: ANHUI, table: anhuiTable,
    above: ['项目支出绩效自评表', '（2024年度）', '填报单位：六安市图书馆　　　　　　　　单位：万元'],
    notes: ['安徽 六安 (DOCX, docx package): header grid (主管部门 | 项目负责人, 预算单位 | 预算单位编码, 实施单位 | 联系电话, 项目属性 | 项目期限); funds with 执行率 on source rows; goals side by side with "（1）" prose; columns 三级 | 指标说明 | 目标值（计划数） | 实际值 | 满分 | 评分 | 偏差原因及改进措施; 二级 "1.数量指标" numbered per 一级, 三级 "(1)" per 二级 block; 合计 row then 自评结论 | 优.'],
  },
  {
    stem: 'probe-r12-tpl-heilongjiang-health-2025-targets', ext: 'docx', proj: HLJ, table: hljTable,
    above: ['项目支出绩效目标表', '（2025年度）', '单位：万元'],
    notes: ['黑龙江 齐齐哈尔 (DOCX): 主管部门及代码 "[146]…" ; 预算单位编码 in a cell of its own; funds 资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 with one amount → annualBudget; columns 三级 | 指标值类型 (≥ ≤ ＞ 定性) | 指标值 | 度量单位 | 分值 | 指标解释 → one target and weight; 三级 numbered "①" per 二级 block; no total row → total null; "收到上级资金后30日内" text.'],
  },
  {
    stem: 'probe-r12-tpl-gansu-preschool-2024-self-evaluation', ext: 'docx', proj: GANSU, table: gansuTable,
    above: ['项目支出绩效自评表', '（2024年度）', '金额单位：元'],
    notes: ['甘肃 天水 (DOCX): 主管部门 "112-天水市教育局" → department + code; funds in 元; goals side by side ("一是…"); 一级 printed "一、产出指标" / "二、成本指标" / "三、效益指标" / "四、满意度指标" → canonical; 二级 "1.数量指标" numbered per 一级; 三级 "（1）" per 二级 block; 成本指标 一级 with 经济成本指标 (category cost); 满意度指标 across 一级 and 二级 → level2 null; "=1000元/人·年" compound unit; 合计 row then 评价等次 | 优.'],
  },
  {
    stem: 'probe-r12-tpl-ningxia-water-2024-self-evaluation', ext: 'docx', proj: NINGXIA, table: ningxiaTable, landscape: true,
    above: ['项目支出绩效自评表', '（2024年度）', '单位：万元'],
    notes: ['宁夏 吴忠 (DOCX landscape): header grid with 项目属性 beside 项目名称, 主管部门 | 主管部门编码, 预算单位 | 预算单位编码; funds with 执行率 spanning two columns; columns 三级 | 指标方向 | 计划值 ("≥180") | 实际值 ("186") | 计量单位 (after both: shared) | 分值 | 得分 | 偏差原因; 三级 numbered "1." … "11." running through; 合计 row (89.5) then 自评结论 | 良.'],
  },
];

const only = process.argv[2];
for (const pr of probes) {
  if (only && !pr.stem.includes(only)) continue;
  check(pr.proj);
  const file = `${pr.stem}.${pr.ext}`;
  const table = pr.table(pr.proj);
  if (pr.ext === 'pdf') {
    const html = htmlPage(pr.proj.title, [{ above: pr.above.join('\n'), table, below: (pr.below ?? []).join('\n') }], pr.landscape);
    if (process.env.PROBE_KEEP_HTML) writeFileSync(join(process.env.PROBE_KEEP_HTML, `${pr.stem}.html`), html);
    chromiumPrint(html, join(OUT, file));
  } else {
    const buf = await renderDocx([{ ...table, paragraphs: pr.above, after: pr.below }], { landscape: pr.landscape });
    writeFileSync(join(OUT, file), buf);
  }
  writeGolden(file, {
    source: file,
    notes: [`Generated by ${GENERATOR} from content written there by hand (${pr.ext === 'pdf' ? 'HTML printed by Chromium --print-to-pdf' : 'DOCX written with the docx package'}).`, ...COMMON_NOTES, ...pr.notes],
    tables: [goldenOf(pr.proj)],
  });
  console.log('wrote', file);
}
