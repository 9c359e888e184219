/**
 * Template probes, round 15 (samples/probe/probe-r15-tpl-*): six regional templates written here by hand, two printed as
 * text-layer PDFs by Chromium from HTML, two written as DOCX (render-docx.ts), two as county / district web pages, each
 * exercising one or two features of real regional templates:
 *    1. 四川 苍溪县 农村公路养护 (PDF landscape, self-evaluation): 年度指标值 split into 指标方向 (≥ ≤ = 定性) | 目标值 |
 *       计量单位 and 实际完成值 split into 实际值 | 单位 under a two-row header;
 *    2. 贵州 三都县 学生营养改善 (DOCX, self-evaluation): ranges and worded values ("95%-100%", "不低于90%",
 *       "不超过2912.4万元", "2024.12.31前"), weights and scores printed with 分 ("8分", "4.5分", "9.91分");
 *    3. 云南 洱源县 洱海面源污染治理 (HTML, self-evaluation): the 2024+ national template — 成本指标 一级 with 经济 / 社会 /
 *       生态环境成本指标, 效益指标 with 可持续影响指标, funds 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, 总分
 *       and 自评等级 rows;
 *    4. 西藏 日喀则市 农牧民技能培训 (PDF portrait, targets): 一级 printed vertically (one character per line) in its merged
 *       cell, a 4-column label/value header grid, an 指标解释 column with formulas;
 *    5. 内蒙古 正蓝旗 草原补奖 (DOCX, self-evaluation): 一级 letter-spaced ("产 出 指 标"), a 权重（%） column, and a
 *       long-prose 未完成原因分析及改进措施 column at the end;
 *    6. 湖北 江夏区 家庭医生签约 (HTML, targets): a label/value header grid (项目名称 | X | 项目负责人 | Y) with
 *       主管部门及代码 "[123001]武汉市江夏区卫生健康局", and compound values ("≥95%且≤100%", "12月底前完成", "≤3个工作日").
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-tpl-r15.ts [name-filter]   # needs chromium + a CJK font (WenQuanYi Micro Hei)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import { OUT, categoryOf, dt, tx, v, writeGolden } from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-tpl-r15.ts';
const FONT = `"WenQuanYi Micro Hei","SimSun",sans-serif`;

// ───────────────────────── content model ─────────────────────────

interface It {
  name: string;
  target: GoldenValue | null;
  actual?: GoldenValue | null;
  weight?: number | null;
  score?: number | null;
  why?: string;
  /** 指标解释 (targets) */
  std?: string;
}
interface Grp { level1: string; level1Weight?: number; level2: string; items: It[] }
type Money = number | null | undefined;
interface FundsRow { label: string; initial?: Money; annual?: Money; executed?: Money; weight?: number | null; rate?: number | null; score?: number | null }
interface Proj {
  kind: 'project-targets' | 'project-self-evaluation';
  title: string;
  year: number;
  project: { name: string; department?: string; departmentCode?: string; implementingUnit?: string; category?: string; attribute?: string; period?: string };
  /** printed only */
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
    level1: g.level1, level1Weight: g.level1Weight ?? null, level2: g.level2, category: categoryOf(g.level2), level3: it.name,
    target: it.target, initialTarget: null, actual: self ? (it.actual ?? null) : null,
    weight: it.weight ?? null, score: self ? (it.score ?? null) : null,
  })));
  return { kind: p.kind, title: p.title, year: p.year, project, funds: { publishedUnit: p.unit, rows }, indicators, total: p.total, rows: null };
}

/** Consistency of the hand-written numbers: 8–14 三级, weights and scores add up, execution rates match the amounts. */
function check(p: Proj): void {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 8 || items.length > 14) throw new Error(`${p.project.name}: ${items.length} 三级`);
  for (const l1 of new Set(p.groups.map((g) => g.level1))) {
    const gs = p.groups.filter((g) => g.level1 === l1);
    const lw = gs.reduce((a, g) => a + g.items.reduce((b, it) => b + (it.weight ?? 0), 0), 0);
    if (gs[0]!.level1Weight !== undefined && Math.abs(lw - gs[0]!.level1Weight) > 1e-6) throw new Error(`${l1}: weights ${lw} ≠ ${gs[0]!.level1Weight}`);
  }
  for (const r of p.funds) {
    if (r.rate != null && r.annual && r.executed != null && Math.abs((100 * r.executed) / r.annual - r.rate) > 0.005 + 1e-9) throw new Error(`${r.label}: rate ${r.rate} ≠ ${(100 * r.executed) / r.annual}`);
  }
  const sumOf = (k: 'annual' | 'initial' | 'executed') => p.funds.slice(1).reduce((a, r) => a + (r[k] ?? 0), 0);
  for (const k of ['annual', 'initial', 'executed'] as const) {
    if (p.funds[0]![k] != null && Math.abs(sumOf(k) - p.funds[0]![k]!) > 1e-6) throw new Error(`${p.project.name}: funds ${k} ${sumOf(k)} ≠ ${p.funds[0]![k]}`);
  }
  if (p.kind !== 'project-self-evaluation' || !p.total) return;
  const f0 = p.funds[0]!;
  if (f0.weight != null && f0.rate != null && Math.abs(Math.round(f0.weight * f0.rate) / 100 - f0.score!) > 1e-6) throw new Error(`funds score ${f0.score}`);
  const w = items.reduce((a, it) => a + (it.weight ?? 0), f0.weight ?? 0), s = items.reduce((a, it) => a + (it.score ?? 0), f0.score ?? 0);
  if (Math.abs(w - p.total.weight!) > 1e-6) throw new Error(`${p.project.name}: weights ${w} ≠ ${p.total.weight}`);
  if (Math.abs(s - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores ${s} ≠ ${p.total.score}`);
  for (const it of items) if ((it.score ?? 0) > (it.weight ?? 0)) throw new Error(`${it.name}: score over weight`);
}

// ───────────────────────── printing helpers ─────────────────────────

const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));
const amt = (x: Money, none = '') => (x == null ? none : x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const pct = (r: number | null | undefined, none = '') => (r == null ? none : `${r.toFixed(2)}%`);
const SIGN: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
const pv = (x: GoldenValue | null | undefined) => printValue(x ?? null);
const l1Label = (g: Grp) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);
const byLevel1 = (groups: Grp[]): Grp[][] => {
  const m = new Map<string, Grp[]>();
  for (const g of groups) m.set(g.level1, [...(m.get(g.level1) ?? []), g]);
  return [...m.values()];
};

/** Indicator rows: 一级 (printed by `l1`) and 二级 merged down over their rows, then `cells(it)`. */
function blockRows(groups: Grp[], l1: (g: Grp) => string, cells: (it: It) => CellSpec[]): CellSpec[][] {
  const out: CellSpec[][] = [];
  for (const gs of byLevel1(groups)) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, k) => out.push([
      ...(gi === 0 && k === 0 ? [c(l1(g), { rowSpan: n })] : []), ...(k === 0 ? [c(g.level2, { rowSpan: g.items.length })] : []), ...cells(it)])));
  }
  return out;
}

/** 4-column label/value grid rows at a width: label spans a, value spans (half - a), label a, value rest. */
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

/** The funds block of a self-evaluation: block label (merged down) over `lab` columns, 年初预算数 … 得分 over `spans`. */
function selfFunds(p: Proj, width: number, lab: number, spans: number[], o: { label?: string; none?: string; w?: (x: number | null | undefined) => string } = {}): CellSpec[][] {
  if (spans.reduce((a, b) => a + b, 0) + lab !== width) throw new Error('funds spans');
  const none = o.none ?? '';
  const w = o.w ?? ((x) => num(x, none));
  const rows: CellSpec[][] = [];
  rows.push([c(o.label ?? `项目资金\n（${p.unit}）`, { rowSpan: p.funds.length + 1 }), h('', { span: lab - 1 }),
    ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t, k) => h(t, { span: spans[k] }))]);
  for (const r of p.funds) {
    rows.push([c(r.label, { span: lab - 1 }), c(amt(r.initial, none), { span: spans[0] }), c(amt(r.annual, none), { span: spans[1] }),
      c(amt(r.executed, none), { span: spans[2] }), c(r.weight == null ? none : w(r.weight), { span: spans[3] }), c(pct(r.rate, none), { span: spans[4] }),
      c(r.score == null ? none : w(r.score), { span: spans[5] })]);
  }
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

function htmlTable(t: PrintedTable, cls = ''): string {
  const cols = t.columnWeights ?? new Array<number>(t.width).fill(1);
  const sum = cols.reduce((a, b) => a + b, 0);
  const rows = t.rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const k = cell.text.length > 16 ? ' class="l"' : '';
    return `<${tag}${spans}${k}>${cell.text.split('\n').map(esc).join('<br>')}</${tag}>`;
  }).join('')}</tr>`);
  return `<table${cls ? ` class="${cls}"` : ''}><colgroup>${cols.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>\n${rows.join('\n')}\n</table>`;
}

function printPage(title: string, above: string, table: PrintedTable, below = '', landscape = false): string {
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
</style></head><body>
${above}
${htmlTable(table)}
${below}
</body></html>
`;
}

/** A government web page holding the table in an article, as a county / district portal publishes it. */
function webPage(o: { site: string; headline: string; source: string; date: string; intro: string; tableTitle: string; caption?: string; table: PrintedTable; note?: string; code: string; phone: string }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.headline)} - ${esc(o.site)}</title>
<style>
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#222;background:#eef2f6}
.top{background:#1d5fa8;color:#fff;padding:16px 60px;font-size:26px}
.nav{background:#174d89}.nav a{color:#fff;display:inline-block;padding:8px 22px;text-decoration:none}
.pos{max-width:1160px;margin:12px auto;color:#777}
.main{max-width:1160px;margin:0 auto;background:#fff;padding:28px 48px}
h1{text-align:center;font-size:22px}.info{text-align:center;color:#999;font-size:13px;margin-bottom:18px}.info span{margin:0 10px}
.ttl{text-align:center;font-size:18px;font-weight:bold;margin:16px 0 6px}.cap{text-align:right;font-size:13px}
table.bg{width:100%;border-collapse:collapse;font-size:13px}table.bg th,table.bg td{border:1px solid #444;padding:4px 6px;text-align:center;vertical-align:middle}
table.bg th{background:#f3f3f3}table.bg td.l{text-align:left}
.foot{text-align:center;color:#888;font-size:12px;padding:22px;line-height:2}
</style>
</head>
<body>
<div class="top">${esc(o.site)}</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="main">
<h1>${esc(o.headline)}</h1>
<div class="info"><span>来源：${esc(o.source)}</span><span>发布时间：${o.date}</span><span>浏览次数：214</span></div>
<p>　　${esc(o.intro)}</p>
<div class="ttl">${esc(o.tableTitle)}</div>
${o.caption ? `<div class="cap">${esc(o.caption)}</div>` : ''}
${htmlTable(o.table, 'bg')}
${o.note ? `<p>　　${esc(o.note)}</p>` : ''}
</div>
<div class="foot">主办单位：${esc(o.site.replace(/门户网站|网站$/, ''))}办公室　　网站标识码：${o.code}<br>联系电话：${o.phone}</div>
</body>
</html>
`;
}

function chromiumPrint(html: string, pdf: string): void {
  const work = mkdtempSync(join(tmpdir(), 'probe-r15-'));
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

// ═════════════════════════ 1. 四川 苍溪县 农村公路养护 (PDF landscape, self-evaluation): split direction | value | unit ═════════════════════════

const SICHUAN: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '苍溪县2024年农村公路养护工程专项资金', department: '苍溪县交通运输局', implementingUnit: '苍溪县农村公路管理所' },
  leader: '王德明', phone: '0839-5222368', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 1860.00, annual: 1920.00, executed: 1874.56, weight: 10, rate: 97.63, score: 9.76 },
    { label: '其中：财政拨款', initial: 1500.00, annual: 1560.00, executed: 1528.36, rate: 97.97 },
    { label: '上年结转', initial: 360.00, annual: 360.00, executed: 346.20, rate: 96.17 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '完成全县县乡村道日常养护2860公里以上，改造危桥6座，实施公路安全生命防护工程45公里，农村公路优良中等路率达到85%以上，保障农村群众安全便捷出行。',
  achieved: '全年完成日常养护2912公里，改造危桥6座，实施安防工程41.5公里，优良中等路率86.3%；2处路段安防工程因地灾隐患处置顺延。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '农村公路日常养护里程', target: v('>=', 2860, '公里'), actual: v(null, 2912, '公里'), weight: 8, score: 8 },
      { name: '危桥改造数量', target: v('=', 6, '座'), actual: v(null, 6, '座'), weight: 6, score: 6 },
      { name: '安全生命防护工程实施里程', target: v('>=', 45, '公里'), actual: v(null, 41.5, '公里'), weight: 6, score: 5, why: '2处路段因地质灾害隐患需先行处置，安防工程顺延至2025年一季度实施。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '养护工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
      { name: '农村公路优良中等路率', target: v('>=', 85, '%'), actual: v(null, 86.3, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '养护工程按期完工率', target: v('>=', 95, '%'), actual: v(null, 96.4, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '县乡道日常养护单位成本', target: v('<=', 0.8, '万元/公里'), actual: v(null, 0.76, '万元/公里'), weight: 6, score: 6 },
      { name: '危桥改造平均成本', target: v('<=', 120, '万元/座'), actual: v(null, 116.5, '万元/座'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村群众出行条件', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 10 },
      { name: '具备条件的建制村通客车比例', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '农产品运输成本', target: tx('有效降低'), actual: tx('有效降低'), weight: 5, score: 4, why: '部分偏远村组道路等级偏低，运输成本降幅有限。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '农村公路管养长效机制', target: tx('持续健全'), actual: tx('基本健全'), weight: 10, score: 9, why: '村级护路员队伍稳定性不足，考核机制仍需完善。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '沿线群众满意度', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 96.76, grade: '优' },
};

/** 指标方向 | 目标值 | 计量单位 for a target; 实际值 | 单位 for an actual. */
const dirOf = (x: GoldenValue | null | undefined) => (!x ? '' : x.text || x.date ? '定性' : SIGN[x.comparator ?? '='] ?? '=');
const bareOf = (x: GoldenValue | null | undefined) => (!x ? '' : x.text || x.date ? pv(x) : num(x.number));
const unitOf = (x: GoldenValue | null | undefined) => (!x || x.text || x.date ? '' : x.unit ?? '');

function sichuanTable(p: Proj): PrintedTable {
  const W = 11;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 3 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 3 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    ...selfFunds(p, W, 3, [2, 2, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 4),
    [h('一级指标', { rowSpan: 2 }), h('二级指标', { rowSpan: 2 }), h('三级指标', { rowSpan: 2 }), h('年度指标值', { span: 3 }), h('实际完成值', { span: 2 }),
      h('分值', { rowSpan: 2 }), h('得分', { rowSpan: 2 }), h('偏差原因分析\n及改进措施', { rowSpan: 2 })],
    [h('指标方向'), h('目标值'), h('计量单位'), h('实际值'), h('单位')],
    ...blockRows(p.groups, (g) => g.level1, (it) => [c(it.name), c(dirOf(it.target)), c(bareOf(it.target)), c(unitOf(it.target)),
      c(bareOf(it.actual)), c(unitOf(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 8 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评等级', { span: 8 }), c(p.total!.grade!, { span: 3 })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 10, 18, 7, 9, 9, 9, 9, 6, 6, 20] };
}

// ═════════════════════════ 2. 贵州 三都县 学生营养改善 (DOCX, self-evaluation): ranges, worded values, 分 units ═════════════════════════

const GUIZHOU: Proj = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '三都水族自治县2024年农村义务教育学生营养改善计划', department: '三都水族自治县教育局', implementingUnit: '三都水族自治县学生资助管理中心' },
  leader: '潘文华', phone: '0854-3922146', unit: '元',
  funds: [
    { label: '年度资金总额', initial: 28_560_000, annual: 29_124_000, executed: 28_861_884, weight: 10, rate: 99.10, score: 9.91 },
    { label: '其中：财政拨款', initial: 28_560_000, annual: 29_124_000, executed: 28_861_884, rate: 99.10 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '为全县168所农村义务教育学校3.2万名以上学生提供营养膳食补助，补助标准每生每天5元，保障食品安全，改善农村学生营养健康状况。',
  achieved: '全年为168所学校32416名学生提供营养膳食补助，供餐率98.7%，未发生食品安全事故；部分学校食堂从业人员持证上岗率未达目标。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '受助学生人数', target: v('>=', 32000, '人'), actual: v(null, 32416, '人'), weight: 8, score: 8 },
      { name: '覆盖农村义务教育学校数', target: v('=', 168, '所'), actual: v(null, 168, '所'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '学生营养膳食供餐率', target: tx('95%-100%'), actual: v(null, 98.7, '%'), weight: 8, score: 8 },
      { name: '食品安全事故发生次数', target: v('=', 0, '起'), actual: v(null, 0, '起'), weight: 6, score: 6 },
      { name: '食堂从业人员持证上岗率', target: tx('不低于90%'), actual: v(null, 88.5, '%'), weight: 6, score: 4.5, why: '新招聘食堂从业人员健康证、培训合格证正在办理，预计2025年3月前全部持证上岗。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '膳食补助资金拨付时间', target: tx('2024.12.31前'), actual: dt('2024-12-20'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '膳食补助标准', target: v('=', 5, '元/生·天'), actual: v(null, 5, '元/生·天'), weight: 4, score: 4 },
      { name: '项目资金总额', target: tx('不超过2912.4万元'), actual: v(null, 2886.19, '万元'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '农村学生营养健康状况', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 10 },
      { name: '义务教育巩固率', target: tx('不低于96%'), actual: v(null, 97.3, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '营养改善计划长效机制', target: tx('持续发挥作用'), actual: tx('持续发挥作用'), weight: 10, score: 9.5, why: '部分学校食堂设施陈旧，需逐年改造。' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '学生及家长满意度', target: v('>=', 90, '%'), actual: v(null, 94.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.91, grade: '优' },
};

const fen = (x: number | null | undefined) => (x == null ? '' : `${printNumber(x)}分`);

function guizhouTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 2 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1], { label: '项目资金\n（元）', w: fen }),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...blockRows(p.groups, l1Label, (it) => [c(it.name), c(pv(it.target)), c(pv(it.actual)), c(fen(it.weight)), c(fen(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 5 }), c(fen(p.total!.weight)), c(fen(p.total!.score)), c('')],
    [c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 3 })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 10, 17, 12, 11, 7, 7, 22] };
}

// ═════════════════════════ 3. 云南 洱源县 洱海面源污染治理 (HTML, self-evaluation): 2024+ national template with 成本指标 ═════════════════════════

const YUNNAN: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '洱源县2024年洱海流域农业面源污染治理项目', department: '洱源县农业农村局', implementingUnit: '洱源县农业环境保护监测站' },
  leader: '杨丽华', phone: '0872-5121836', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 1280.00, annual: 1346.50, executed: 1312.84, weight: 10, rate: 97.50, score: 9.75 },
    { label: '其中：当年财政拨款', initial: 1100.00, annual: 1166.50, executed: 1139.72, rate: 97.70 },
    { label: '上年结转资金', initial: 180.00, annual: 180.00, executed: 173.12, rate: 96.18 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '在洱海流域实施化肥减量8.5万亩，建设畜禽粪污资源化利用设施24处，畜禽粪污综合利用率达到90%以上，减少农业面源污染入湖负荷，保护洱海水质。',
  achieved: '完成化肥减量8.72万亩，建成粪污资源化利用设施25处，畜禽粪污综合利用率91.4%；农田退水监测达标率82.6%，未达预期。',
  groups: [
    { level1: '产出指标', level1Weight: 40, level2: '数量指标', items: [
      { name: '化肥减量施用面积', target: v('>=', 8.5, '万亩'), actual: v(null, 8.72, '万亩'), weight: 7, score: 7 },
      { name: '畜禽粪污资源化利用设施建设数量', target: v('>=', 24, '处'), actual: v(null, 25, '处'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 40, level2: '质量指标', items: [
      { name: '畜禽粪污综合利用率', target: v('>=', 90, '%'), actual: v(null, 91.4, '%'), weight: 7, score: 7 },
      { name: '农田退水水质监测达标率', target: v('>=', 85, '%'), actual: v(null, 82.6, '%'), weight: 7, score: 5.5, why: '汛期初期部分监测断面总氮超标，已加密监测频次并增设生态沟渠拦截。' },
    ] },
    { level1: '产出指标', level1Weight: 40, level2: '时效指标', items: [
      { name: '项目建设完成时间', target: dt('2024-11-30'), actual: dt('2024-11-28'), weight: 7, score: 7 },
      { name: '补助资金兑付及时率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
    ] },
    { level1: '成本指标', level1Weight: 10, level2: '经济成本指标', items: [
      { name: '化肥减量每亩补助标准', target: v('<=', 60, '元/亩'), actual: v(null, 60, '元/亩'), weight: 4, score: 4 },
    ] },
    { level1: '成本指标', level1Weight: 10, level2: '社会成本指标', items: [
      { name: '项目实施对农户正常生产的影响', target: tx('无明显影响'), actual: tx('无明显影响'), weight: 3, score: 3 },
    ] },
    { level1: '成本指标', level1Weight: 10, level2: '生态环境成本指标', items: [
      { name: '施工临时占用耕地面积', target: v('<=', 15, '亩'), actual: v(null, 12.6, '亩'), weight: 3, score: 3 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '经济效益指标', items: [
      { name: '项目区农户化肥投入节约', target: v('>=', 420, '万元'), actual: v(null, 436, '万元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '绿色生产技术到户率', target: v('>=', 80, '%'), actual: v(null, 83.5, '%'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '入湖河流农业面源污染负荷', target: tx('逐年下降'), actual: tx('逐年下降'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '农业面源污染治理长效机制', target: tx('逐步健全'), actual: tx('基本建立'), weight: 7, score: 6, why: '农户自主减量施肥意识仍需培育，第三方运维机制尚在试点。' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '项目区农户满意度', target: v('>=', 90, '%'), actual: v(null, 92.8, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.25, grade: '优' },
};

function yunnanTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1], { label: '项目资金\n（万元）', none: '—' }),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值（A）'), h('实际完成值（B）'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...blockRows(p.groups, l1Label, (it) => [c(it.name), c(pv(it.target)), c(pv(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 3 })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 11, 20, 11, 11, 7, 7, 24] };
}

// ═════════════════════════ 4. 西藏 日喀则市 农牧民技能培训 (PDF portrait, targets): vertical 一级 ═════════════════════════

const XIZANG: Proj = {
  kind: 'project-targets', title: '2025年度项目支出绩效目标表', year: 2025,
  project: { name: '日喀则市2025年农牧民职业技能培训项目', department: '日喀则市人力资源和社会保障局', implementingUnit: '日喀则市就业服务中心', category: '专项业务类', period: '2025年1月-2025年12月' },
  leader: '次仁多吉', phone: '0892-8828516', unit: '万元',
  funds: [
    { label: '年度资金总额', annual: 680.00 },
    { label: '其中：中央补助', annual: 520.00 },
    { label: '自治区补助', annual: 120.00 },
    { label: '市级配套', annual: 40.00 },
  ],
  goal: '围绕农牧民转移就业需求，开展建筑、餐饮、民族手工艺、驾驶等工种职业技能培训3500人次以上，培训合格率达到90%以上，培训后转移就业率达到70%以上，促进农牧民增收。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '开展职业技能培训人数', target: v('>=', 3500, '人次'), std: '全年参加市、县两级组织的职业技能培训并建立实名台账的农牧民人次。' },
      { name: '培训开班期数', target: v('>=', 70, '期'), std: '按每期不少于40人、培训时长不少于15天计。' },
      { name: '培训工种数量', target: v('>=', 12, '个'), std: '开设培训的职业（工种）数量。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '培训合格率', target: v('>=', 90, '%'), std: '考核合格人数/参训人数×100%。' },
      { name: '取得职业技能等级证书比例', target: v('>=', 60, '%'), std: '取得证书人数/考核合格人数×100%。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '培训任务完成时间', target: dt('2025-11-30'), std: '年度培训计划全部完成并报送台账的时间。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均培训补贴标准', target: v('<=', 1800, '元/人'), std: '按自治区职业技能培训补贴标准目录执行，不同工种分档补贴。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '培训后转移就业率', target: v('>=', 70, '%'), std: '培训结束后6个月内实现转移就业人数/培训合格人数×100%。' },
      { name: '农牧民工资性收入', target: tx('稳步增加'), std: '参训农牧民工资性收入较上年变化情况。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '农牧民就业技能水平', target: tx('持续提升'), std: '农牧民技能人才队伍规模和结构改善情况。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '参训农牧民满意度', target: v('>=', 90, '%'), std: '通过问卷调查，满意和基本满意人数/调查总人数×100%。' },
    ] },
  ],
  total: null,
};

const vertical = (s: string) => [...s].join('\n');

function xizangTable(p: Proj): PrintedTable {
  const W = 6;
  const rows: CellSpec[][] = [
    ...grid(W, [['项目名称', p.project.name]], 1),
    ...grid(W, [['主管部门', p.project.department!], ['实施单位', p.project.implementingUnit!], ['项目类别', p.project.category!], ['项目期限', p.project.period!],
      ['项目负责人', p.leader], ['联系电话', p.phone]], 1),
    ...p.funds.map((r, i) => [...(i === 0 ? [c('项目资金\n（万元）', { rowSpan: p.funds.length })] : []), c(r.label, { span: 2 }), c(amt(r.annual), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('指标解释', { span: 2 })],
    ...blockRows(p.groups, (g) => vertical(g.level1), (it) => [c(it.name), c(pv(it.target)), c(it.std ?? '', { span: 2 })]),
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 14, 24, 14, 20, 20] };
}

// ═════════════════════════ 5. 内蒙古 正蓝旗 草原补奖 (DOCX, self-evaluation): letter-spaced 一级, 权重（%）, long 未完成原因 ═════════════════════════

const NEIMENGGU: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '正蓝旗2024年草原生态保护补助奖励资金项目', department: '正蓝旗林业和草原局', implementingUnit: '正蓝旗草原工作站' },
  leader: '巴特尔', phone: '0479-4222587', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 4626.80, annual: 4626.80, executed: 4580.53, weight: 10, rate: 99.00, score: 9.9 },
    { label: '其中：中央补助', initial: 4410.00, annual: 4410.00, executed: 4365.90, rate: 99.00 },
    { label: '旗级配套', initial: 216.80, annual: 216.80, executed: 214.63, rate: 99.00 },
  ],
  goal: '落实禁牧补助328.6万亩、草畜平衡奖励412.3万亩，补奖资金及时足额兑付到户，草原综合植被盖度达到45%以上，牧民政策性收入稳定增加。',
  achieved: '兑付禁牧补助328.6万亩、草畜平衡奖励412.3万亩，发放6148户；受旱情影响草原综合植被盖度43.8%，未达年度目标。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '禁牧补助面积', target: v('=', 328.6, '万亩'), actual: v(null, 328.6, '万亩'), weight: 8, score: 8 },
      { name: '草畜平衡奖励面积', target: v('=', 412.3, '万亩'), actual: v(null, 412.3, '万亩'), weight: 8, score: 8 },
      { name: '补奖资金发放户数', target: v('>=', 6200, '户'), actual: v(null, 6148, '户'), weight: 6, score: 5,
        why: '部分牧户因户籍迁出、草场承包经营权流转未完成变更登记，暂缓发放补奖资金52户，已责成苏木镇核实后于2025年一季度补发；今后将加强草原承包经营权变更信息动态更新，做到应发尽发。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '补奖资金兑付准确率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '禁牧和草畜平衡监管覆盖率', target: v('>=', 95, '%'), actual: v(null, 96.8, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补奖资金发放时间', target: tx('2024年10月31日前'), actual: dt('2024-10-25'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '禁牧补助标准', target: v('=', 7.5, '元/亩'), actual: v(null, 7.5, '元/亩'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '牧民人均政策性收入', target: v('>=', 7000, '元'), actual: v(null, 7186, '元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '牧区社会和谐稳定', target: tx('保持稳定'), actual: tx('保持稳定'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '草原综合植被盖度', target: v('>=', 45, '%'), actual: v(null, 43.8, '%'), weight: 8, score: 6,
        why: '2024年夏季降水偏少、旱情持续，局部草场返青推迟，植被盖度未达预期。下一步将加强禁牧休牧和草畜平衡监管，推进退化草原生态修复，并结合气象条件合理设定年度目标值。' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '草原生态保护长效机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 7, score: 7 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益农牧民满意度', target: v('>=', 90, '%'), actual: v(null, 91.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 96.9, grade: '优' },
};

const spaced = (s: string) => [...s].join(' ');

function neimengguTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1], { label: '项目资金\n（万元）' }),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('权重（%）'), h('得分'), h('未完成原因分析及改进措施')],
    ...blockRows(p.groups, (g) => spaced(g.level1), (it) => [c(it.name), c(pv(it.target)), c(pv(it.actual)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')],
    [c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 3 })],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [8, 10, 16, 11, 11, 7, 7, 30] };
}

// ═════════════════════════ 6. 湖北 江夏区 家庭医生签约 (HTML, targets): header grid with code, compound values ═════════════════════════

const HUBEI: Proj = {
  kind: 'project-targets', title: '2025年度项目支出绩效目标申报表', year: 2025,
  project: { name: '江夏区2025年家庭医生签约服务项目', department: '武汉市江夏区卫生健康局', departmentCode: '123001', implementingUnit: '武汉市江夏区纸坊街社区卫生服务中心', attribute: '经常性项目', period: '2025年1月1日-2025年12月31日' },
  leader: '刘春燕', phone: '027-81821365', unit: '万元',
  funds: [
    { label: '年度资金总额', annual: 1265.40 },
    { label: '其中：财政拨款', annual: 1265.40 },
    { label: '其他资金', annual: null },
  ],
  goal: '全区家庭医生签约服务人数达到21万人以上，重点人群签约覆盖率达到75%以上，规范开展签约居民健康管理，畅通预约转诊渠道，提升居民健康获得感。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '家庭医生签约服务人数', target: v('>=', 21, '万人'), weight: 8 },
      { name: '重点人群签约服务覆盖率', target: v('>=', 75, '%'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '签约居民健康档案规范管理率', target: tx('≥95%且≤100%'), weight: 8 },
      { name: '高血压患者规范管理率', target: v('>=', 65, '%'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '签约服务费拨付时间', target: tx('12月底前完成'), weight: 6 },
      { name: '预约转诊响应时间', target: v('<=', 3, '个工作日'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均签约服务补助标准', target: v('=', 6, '元/人'), weight: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居民健康素养水平', target: tx('较上年提升1个百分点'), weight: 10 },
      { name: '基层医疗卫生机构诊疗量占比', target: tx('不低于55%'), weight: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '家庭医生签约服务长效机制', target: tx('持续完善'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '签约居民满意度', target: v('>=', 90, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

function hubeiTable(p: Proj): PrintedTable {
  const W = 6;
  const rows: CellSpec[][] = [
    ...grid(W, [['项目名称', p.project.name], ['项目负责人', p.leader], ['主管部门及代码', `[${p.project.departmentCode}]${p.project.department}`], ['实施单位', p.project.implementingUnit!],
      ['项目属性', p.project.attribute!], ['项目期限', p.project.period!], ['联系电话', p.phone], ['填报日期', '2025年1月20日']], 1),
    ...p.funds.map((r, i) => [...(i === 0 ? [c('项目资金\n（万元）', { rowSpan: p.funds.length })] : []), c(r.label, { span: 2 }), c(amt(r.annual, '—'), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值', { span: 2 }), h('分值')],
    ...blockRows(p.groups, (g) => g.level1, (it) => [c(it.name), c(pv(it.target), { span: 2 }), c(num(it.weight))]),
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [10, 12, 22, 14, 14, 8] };
}

// ───────────────────────── probes ─────────────────────────

interface Probe { stem: string; ext: 'pdf' | 'docx' | 'html'; proj: Proj; table: (p: Proj) => PrintedTable; write: (file: string, table: PrintedTable) => Promise<void> | void; notes: string[] }

const pdf = (above: string[], below: string[] = [], landscape = false) => (file: string, table: PrintedTable) =>
  chromiumPrint(printPage(file, above.join('\n'), table, below.join('\n'), landscape), join(OUT, file));
const docx = (above: string[], below: string[] = [], landscape = false) => async (file: string, table: PrintedTable) =>
  writeFileSync(join(OUT, file), await renderDocx([{ ...table, paragraphs: above, after: below }], { landscape }));

const COMMON_NOTES = [
  'Judgement calls: a weight inside the 一级 label ("产出指标（50分）") is level1Weight; funds labels as printed (其中：财政拨款, 其中：当年财政拨款); 项目负责人 / 联系电话 / 填报日期 and 年度总体目标 / 年度绩效目标 are not golden fields. Actuals printed bare ("2912公里") have comparator null. A comparator written in words ("不低于90%", "不超过2912.4万元") is text as printed (golden/README.md). A date followed by 前 ("2024年10月31日前", "2024.12.31前") or a month phrase ("12月底前完成") is text as printed, as in earlier goldens ("2025年10月底前"). Placeholders (—) and empty cells are null.',
];

const probes: Probe[] = [
  {
    stem: 'probe-r15-tpl-sichuan-cangxi-rural-roads-2024-split-direction-unit', ext: 'pdf', proj: SICHUAN, table: sichuanTable,
    write: pdf(['<div class="tt">项目支出绩效自评表</div>', '<div class="sub">（2024年度）</div>', '<div class="cap"><span>填报单位（盖章）：苍溪县交通运输局</span><span>金额单位：万元</span></div>'], [], true),
    notes: ['四川 苍溪县 (A4 landscape, Chromium), 11 columns under a two-row header: 年度指标值 over 指标方向 | 目标值 | 计量单位 and 实际完成值 over 实际值 | 单位; 分值, 得分, 偏差原因分析及改进措施 merged down both header rows. Target = 指标方向 + 目标值 + 计量单位 ("≥" | "2860" | "公里" → {">=", 2860, "公里"}; "定性" | "明显改善" | "" → {"text": "明显改善"}); actual = 实际值 + 单位 ("2912" | "公里" → {null, 2912, "公里"}; a qualitative actual "基本健全" with an empty 单位 → text). Compound units 万元/公里, 万元/座. 一级 without weight (level1Weight null). Funds: 年度资金总额 / 其中：财政拨款 / 上年结转 / 其他资金 (all 0.00 → 0, empty 分值/执行率/得分 → null). 总分 row then 自评等级 | 优.'],
  },
  {
    stem: 'probe-r15-tpl-guizhou-sandu-student-nutrition-2024-ranges-score-units', ext: 'docx', proj: GUIZHOU, table: guizhouTable,
    write: docx(['2024年度项目支出绩效自评表', '金额单位：元']),
    notes: ['贵州 三都县 (DOCX, docx package), 8 columns 一级（with weight） | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施. Weights and scores printed with 分 ("8分", "4.5分"; funds 分值 "10分", 得分 "9.91分"; 总分 "100分" | "97.91分") → numbers. Target values: "95%-100%" (a range: no single comparator and number fits, so text as printed — new form, judgement call), "不低于90%" / "不低于96%" / "不超过2912.4万元" (worded comparators → text as printed per README), "2024.12.31前" (dotted date with 前 → text as printed), "=0起" → {"=", 0, "起"}, "=5元/生·天" → unit "元/生·天". Actual "2024年12月20日" → date; "2886.19万元" → {null, 2886.19, "万元"} (printed in 万元 inside a 元 table: number as printed, not converted). Funds in 元 (caption 金额单位：元 and block label 项目资金（元））.'],
  },
  {
    stem: 'probe-r15-tpl-yunnan-eryuan-erhai-pollution-2024-cost-block', ext: 'html', proj: YUNNAN, table: yunnanTable,
    write: (file, table) => writeFileSync(join(OUT, file), webPage({
      site: '洱源县人民政府门户网站', headline: '洱源县农业农村局2024年洱海流域农业面源污染治理项目绩效自评公开', source: '洱源县农业农村局', date: '2025-05-16',
      intro: '根据《洱源县县级预算绩效管理办法》和县财政局关于开展2024年度项目支出绩效自评工作的要求，现将我局2024年洱海流域农业面源污染治理项目绩效自评结果公开如下。',
      tableTitle: '项目支出绩效自评表（2024年度）', caption: '金额单位：万元', table, code: '5329300012', phone: '0872-5121836',
    })),
    notes: ['云南 洱源县 (web page), the 2024+ national 自评表: 一级 产出指标（40分） with 数量 / 质量 / 时效; 成本指标（10分） as a 一级 of its own with 二级 经济成本指标 / 社会成本指标 / 生态环境成本指标 (category cost, level1 成本指标); 效益指标（30分） with 经济 / 社会 / 生态效益指标 and 可持续影响指标; 满意度指标（10分）. Headers 年度指标值（A） | 实际完成值（B）. Funds 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, "—" in empty cells → null; 其他资金 amounts 0.00 → 0. 总分 | 100 | 97.25 then 自评等级 | 优.'],
  },
  {
    stem: 'probe-r15-tpl-xizang-shigatse-skills-training-2025-vertical-level1', ext: 'pdf', proj: XIZANG, table: xizangTable,
    write: pdf(['<div class="tt">2025年度项目支出绩效目标表</div>', '<div class="cap"><span>填报单位：日喀则市人力资源和社会保障局</span><span>单位：万元</span></div>']),
    notes: ['西藏 日喀则市 (A4 portrait, Chromium), 目标表: 一级 printed vertically, one character per line in its merged cell ("产\\n出\\n指\\n标" over 7 rows, "效\\n益\\n指\\n标" over 3, "满\\n意\\n度\\n指\\n标" over 1 — the last cell taller than its one 三级 row needs) → level1 产出指标 / 效益指标 / 满意度指标. Header fields in a 4-column label/value grid (主管部门 | 实施单位, 项目类别 | 项目期限 → category, period; 项目负责人 | 联系电话 not golden). Funds: one amount per source row (年度资金总额 / 其中：中央补助 / 自治区补助 / 市级配套) → annualBudget, 万元. Columns 三级 | 指标值 | 指标解释 (with formulas "考核合格人数/参训人数×100%", "不少于40人、…不少于15天": explanation, not scored, must not become the target). No weights (null), no total.'],
  },
  {
    stem: 'probe-r15-tpl-neimenggu-zhenglan-grassland-2024-spaced-level1-weights', ext: 'docx', proj: NEIMENGGU, table: neimengguTable,
    write: docx(['项目支出绩效自评表', '（2024年度）', '单位：万元']),
    notes: ['内蒙古 正蓝旗 (DOCX, docx package): 一级 letter-spaced ("产 出 指 标", "效 益 指 标", "满 意 度 指 标", ASCII spaces) → canonical 一级, no weight printed in it (level1Weight null); weight column headed 权重（%） (values sum with the funds 分值 10 to 100) → weight; deviation column 未完成原因分析及改进措施 at the end holding long prose (with numbers: "52户", "2025年一季度") in two rows — not scored, must not shift the row. Funds 年度资金总额 / 其中：中央补助 / 旗级配套. "2024年10月31日前" target → text; its actual "2024年10月25日" → date. 总分 | 100 | 96.9 then 自评等级 | 优.'],
  },
  {
    stem: 'probe-r15-tpl-hubei-jiangxia-family-doctor-2025-header-grid-compound-values', ext: 'html', proj: HUBEI, table: hubeiTable,
    write: (file, table) => writeFileSync(join(OUT, file), webPage({
      site: '武汉市江夏区人民政府', headline: '江夏区卫生健康局2025年度项目支出绩效目标公开', source: '江夏区卫生健康局', date: '2025-02-21',
      intro: '根据区财政局关于做好2025年部门预算公开工作的通知要求，现将我局2025年度家庭医生签约服务项目支出绩效目标公开如下。',
      tableTitle: '2025年度项目支出绩效目标申报表', caption: '单位：万元', table, code: '4201150001', phone: '027-81821365',
      note: '注：分值合计90分，预算执行率10分在年度绩效自评时另行计算。',
    })),
    notes: ['湖北 武汉市江夏区 (web page), 目标申报表: header fields in a label/value grid two pairs to a row (项目名称 | X | 项目负责人 | Y; 主管部门及代码 | "[123001]武汉市江夏区卫生健康局" → department + departmentCode 123001; 实施单位; 项目属性 | 经常性项目 → attribute; 项目期限 → period; 联系电话 | 填报日期 not golden). Funds: one amount per row → annualBudget; 其他资金 "—" → null. Columns 三级 | 指标值 (two grid columns) | 分值 (weights, sum 90). Compound values: "≥95%且≤100%" (a two-sided bound: text as printed — new form, judgement call), "12月底前完成" → text, "≤3个工作日" → {"<=", 3, "个工作日"}, "较上年提升1个百分点" and "不低于55%" → text, "=6元/人" → {"=", 6, "元/人"}. No total row.'],
  },
];

const only = process.argv[2];
for (const pr of probes) {
  if (only && !pr.stem.includes(only)) continue;
  check(pr.proj);
  const file = `${pr.stem}.${pr.ext}`;
  await pr.write(file, pr.table(pr.proj));
  const how = pr.ext === 'pdf' ? 'HTML printed by Chromium --print-to-pdf' : pr.ext === 'docx' ? 'DOCX written with the docx package' : 'a web page written here';
  writeGolden(file, { source: file, notes: [`Generated by ${GENERATOR} from content written there by hand (${how}).`, ...COMMON_NOTES, ...pr.notes], tables: [goldenOf(pr.proj)] });
  console.log('wrote', file);
}
