/**
 * Structure probes, round 14a (samples/probe/probe-r14-struct-*): six self-evaluation / target tables whose
 * indicator block is laid out differently from the usual 一级 | 二级 | 三级 columns, written here by hand and
 * printed as a text-layer PDF (Chromium), a DOCX (render-docx.ts) or a web page (HTML), two of each:
 *    1. 北京 朝阳区 (PDF): 一级 printed as section rows across the whole table ("一、产出指标（50分）"), then
 *       二级 | 三级 | values rows (no 一级 column);
 *    2. 上海 浦东新区 (DOCX): 一级 and 二级 both as section rows ("一、产出指标（50分）", "（一）数量指标"), the rows
 *       only 三级 | 年度指标值 | 实际完成值 | 分值 | 得分;
 *    3. 重庆 渝北区 (PDF, landscape): a three-row header — 绩效指标 over 一级/二级/三级, 指标值 over 年度/实施期,
 *       完成情况 over 实际值 (over 本年 | 累计) and 完成率 — with 分值 / 得分 / 偏差原因 merged down the three rows;
 *    4. 福建 永泰县 (HTML): a small targets table printed transposed — rows 一级指标 / 二级指标 / 三级指标 / 指标值, one
 *       column per indicator (一级/二级 merged across their indicators);
 *    5. 广东 佛山市 (DOCX): each 三级 row followed by a sub-row "评分标准：…" / "指标说明：…" spanning 三级 to the last
 *       column, 一级/二级 merged down over both;
 *    6. 天津 津南区 (HTML): a 小计 row closing each 一级 block inside the 一级 cell's merge ("产出指标小计 | 50 | 48.5"),
 *       a 总分 row and a 自评等级 row at the end.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-struct-r14.ts [name-filter]   # needs chromium + a CJK font (WenQuanYi Micro Hei)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import { OUT, categoryOf, dt, tx, v, writeGolden } from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-struct-r14.ts';
const FONT = `"WenQuanYi Micro Hei","SimSun",sans-serif`;

// ───────────────────────── content model ─────────────────────────

interface It {
  name: string;
  target: GoldenValue | null;
  actual?: GoldenValue | null;
  weight?: number | null;
  score?: number | null;
  why?: string;
  /** 评分标准：… / 指标说明：… sub-row text (probe 5) */
  std?: string;
  /** 实施期 target, 累计 actual, 完成率 (probe 3; printed only) */
  period?: string; cumulative?: string; rate?: string;
}
interface Grp { level1: string; level1Weight?: number; level2: string; items: It[] }
type Money = number | null | undefined;
interface FundsRow { label: string; initial?: Money; annual?: Money; executed?: Money; weight?: number | null; rate?: number | null; score?: number | null }
interface Proj {
  kind: 'project-targets' | 'project-self-evaluation';
  title: string;
  year: number;
  project: { name: string; department?: string; implementingUnit?: string; category?: string; attribute?: string; period?: string };
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

/** Consistency of the hand-written numbers: weights and scores add to the total, scores within weights, 8–15 三级. */
function check(p: Proj): void {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 8 || items.length > 15) throw new Error(`${p.project.name}: ${items.length} 三级`);
  if (p.kind !== 'project-self-evaluation' || !p.total) return;
  const fw = p.funds[0]!.weight ?? 0, fs = p.funds[0]!.score ?? 0;
  const w = items.reduce((a, it) => a + (it.weight ?? 0), fw), s = items.reduce((a, it) => a + (it.score ?? 0), fs);
  if (Math.abs(w - p.total.weight!) > 1e-6) throw new Error(`${p.project.name}: weights ${w} ≠ ${p.total.weight}`);
  if (Math.abs(s - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores ${s} ≠ ${p.total.score}`);
  for (const it of items) if ((it.score ?? 0) > (it.weight ?? 0)) throw new Error(`${it.name}: score over weight`);
  for (const l1 of new Set(p.groups.map((g) => g.level1))) {
    const gs = p.groups.filter((g) => g.level1 === l1);
    const lw = gs.reduce((a, g) => a + g.items.reduce((b, it) => b + (it.weight ?? 0), 0), 0);
    if (gs[0]!.level1Weight !== undefined && Math.abs(lw - gs[0]!.level1Weight) > 1e-6) throw new Error(`${l1}: weights ${lw} ≠ ${gs[0]!.level1Weight}`);
  }
}

// ───────────────────────── printing helpers ─────────────────────────

const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));
const amt = (x: Money, none = '') => (x == null ? none : x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const pct = (r: number | null | undefined, none = '') => (r == null ? none : `${r.toFixed(2)}%`);
const CN = ['一', '二', '三', '四', '五'];
const l1Label = (g: Grp) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);
const byLevel1 = (groups: Grp[]): Grp[][] => {
  const m = new Map<string, Grp[]>();
  for (const g of groups) m.set(g.level1, [...(m.get(g.level1) ?? []), g]);
  return [...m.values()];
};

/** The funds block: block label over `lab` columns (merged down), then 年初预算数 … 得分 over `spans`. */
function selfFunds(p: Proj, width: number, lab: number, spans: number[], label = `项目资金\n（${p.unit}）`): CellSpec[][] {
  if (spans.reduce((a, b) => a + b, 0) + lab !== width) throw new Error('funds spans');
  const rows: CellSpec[][] = [];
  const first = lab === 1 ? [c(label)] : [c(label, { rowSpan: p.funds.length + 1 }), h('', { span: lab - 1 })];
  rows.push([...first, ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t, k) => h(t, { span: spans[k] }))]);
  for (const r of p.funds) {
    rows.push([c(r.label, { span: lab === 1 ? 1 : lab - 1 }), c(amt(r.initial), { span: spans[0] }), c(amt(r.annual), { span: spans[1] }),
      c(amt(r.executed), { span: spans[2] }), c(num(r.weight, '—'), { span: spans[3] }), c(pct(r.rate, '—'), { span: spans[4] }), c(num(r.score, '—'), { span: spans[5] })]);
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

/** A table as HTML with rowspan/colspan; a cell across the whole width (a section row) left-aligned and bold. */
function htmlTable(t: PrintedTable, cls = ''): string {
  const cols = t.columnWeights ?? new Array<number>(t.width).fill(1);
  const sum = cols.reduce((a, b) => a + b, 0);
  const rows = t.rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const section = cell.colSpan === t.width && !cell.header;
    const k = section ? ' class="sec"' : cell.text.length > 16 ? ' class="l"' : '';
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
td.sec{text-align:left;font-weight:bold;padding-left:6px}
tr{break-inside:avoid}
</style></head><body>
${above}
${htmlTable(table)}
${below}
</body></html>
`;
}

/** A government web page holding the table in an article, as a county / district portal publishes it. */
function webPage(o: { site: string; headline: string; source: string; date: string; intro: string; tableTitle: string; caption?: string; table: PrintedTable; note?: string }): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(o.headline)} - ${esc(o.site)}</title>
<style>
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#222;background:#f2f4f7}
.top{background:#b81c22;color:#fff;padding:16px 60px;font-size:26px}
.nav{background:#9a161b}.nav a{color:#fff;display:inline-block;padding:8px 22px;text-decoration:none}
.pos{max-width:1160px;margin:12px auto;color:#777}
.main{max-width:1160px;margin:0 auto;background:#fff;padding:28px 48px}
h1{text-align:center;font-size:22px}.info{text-align:center;color:#999;font-size:13px;margin-bottom:18px}.info span{margin:0 10px}
.ttl{text-align:center;font-size:18px;font-weight:bold;margin:16px 0 6px}.cap{text-align:right;font-size:13px}
table.bg{width:100%;border-collapse:collapse;font-size:13px}table.bg th,table.bg td{border:1px solid #444;padding:4px 6px;text-align:center;vertical-align:middle}
table.bg th{background:#f3f3f3}table.bg td.l{text-align:left}table.bg td.sec{text-align:left;font-weight:bold}
.foot{text-align:center;color:#888;font-size:12px;padding:22px;line-height:2}
</style>
</head>
<body>
<div class="top">${esc(o.site)}</div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="main">
<h1>${esc(o.headline)}</h1>
<div class="info"><span>来源：${esc(o.source)}</span><span>发布时间：${o.date}</span><span>浏览次数：386</span></div>
<p>　　${esc(o.intro)}</p>
<div class="ttl">${esc(o.tableTitle)}</div>
${o.caption ? `<div class="cap">${esc(o.caption)}</div>` : ''}
${htmlTable(o.table, 'bg')}
${o.note ? `<p>　　${esc(o.note)}</p>` : ''}
</div>
<div class="foot">主办单位：${esc(o.site.replace(/门户网站|网站$/, ''))}办公室　　网站标识码：3501250001<br>联系电话：0591-24832156</div>
</body>
</html>
`;
}

function chromiumPrint(html: string, pdf: string): void {
  const work = mkdtempSync(join(tmpdir(), 'probe-r14-'));
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

// ═════════════════════════ 1. 北京 朝阳区 老年助餐 (PDF, self-evaluation): 一级 as section rows ═════════════════════════

const BEIJING: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '朝阳区老年人助餐服务补贴项目', department: '北京市朝阳区民政局', implementingUnit: '北京市朝阳区养老服务指导中心' },
  leader: '孙立平', phone: '010-65093318', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 734.00, annual: 734.00, executed: 718.32, weight: 10, rate: 97.86, score: 9.79 },
    { label: '其中：财政拨款', initial: 734.00, annual: 734.00, executed: 718.32, rate: 97.86 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '依托社区养老服务驿站和社会餐饮企业运营助餐服务点120个以上，为辖区60周岁以上老年人提供助餐服务60万人次以上，落实老年人助餐补贴政策。',
  achieved: '全年运营助餐服务点126个，累计服务老年人63.4万人次，享受助餐补贴老年人1.18万人，食品安全检查全部合格。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '助餐服务点运营数量', target: v('>=', 120, '个'), actual: v(null, 126, '个'), weight: 6, score: 6 },
      { name: '年度累计服务老年人次', target: v('>=', 60, '万人次'), actual: v(null, 63.4, '万人次'), weight: 6, score: 6 },
      { name: '享受助餐补贴老年人数', target: v('>=', 1.2, '万人'), actual: v(null, 1.18, '万人'), weight: 6, score: 5.5, why: '部分街道新增助餐点下半年投入运营，覆盖人数未达预期。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '助餐点食品安全检查合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
      { name: '助餐点服务规范达标率', target: v('>=', 95, '%'), actual: v(null, 96.8, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '补贴资金拨付完成时间', target: dt('2024-12-31'), actual: dt('2024-12-20'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '每餐补贴标准', target: v('<=', 5, '元/餐'), actual: v(null, 5, '元/餐'), weight: 7, score: 7 },
      { name: '项目总成本', target: v('<=', 734, '万元'), actual: v(null, 718.32, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '老年人就餐便利程度', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 10, score: 10 },
      { name: '居家养老服务体系', target: tx('有效完善'), actual: tx('有效完善'), weight: 10, score: 9, why: '部分老旧小区周边仍缺少助餐点。' },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '助餐服务长效运营机制', target: tx('逐步建立'), actual: tx('基本建立'), weight: 10, score: 9, why: '社会餐饮企业参与积极性有待提高。' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '就餐老年人满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.29, grade: '优' },
};

function beijingTable(p: Proj): PrintedTable {
  const W = 7;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 2 }), c('联系电话'), c(p.phone, { span: 'rest' })],
    ...selfFunds(p, W, 1, [1, 1, 1, 1, 1, 1], '项目资金（万元）'),
    ...goalsSide(p, 1, 3),
    [h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
  ];
  byLevel1(p.groups).forEach((gs, i) => {
    rows.push([c(`${CN[i]}、${l1Label(gs[0]!)}`, { span: W })]);
    for (const g of gs) g.items.forEach((it, k) => rows.push([...(k === 0 ? [c(g.level2, { rowSpan: g.items.length })] : []),
      c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]));
  });
  rows.push([c('总分', { span: 4 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')]);
  rows.push([c('评价等次', { span: 4 }), c(p.total!.grade!, { span: 3 })]);
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [13, 22, 12, 12, 7, 7, 27] };
}

// ═════════════════════════ 2. 上海 浦东新区 健身设施 (DOCX, self-evaluation): 一级 and 二级 as section rows ═════════════════════════

const SHANGHAI: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '浦东新区社区市民健身设施更新项目', department: '上海市浦东新区体育局', implementingUnit: '上海市浦东新区社会体育指导中心' },
  leader: '陈慧敏', phone: '021-58871206', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 1250.00, annual: 1180.00, executed: 1156.40, weight: 10, rate: 98.00, score: 9.8 },
    { label: '其中：区级财力', initial: 1250.00, annual: 1180.00, executed: 1156.40, rate: 98.00 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '更新改造市民益智健身苑点85个，新建市民健身步道12公里，更新健身器材1500件，完善15分钟社区体育生活圈。',
  achieved: '更新改造健身苑点88个，新建健身步道12.6公里，更新器材1532件；受施工许可办理影响，改造完成时间较计划推迟半个月。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '更新改造市民益智健身苑点', target: v('>=', 85, '个'), actual: v(null, 88, '个'), weight: 6, score: 6 },
      { name: '新建市民健身步道', target: v('>=', 12, '公里'), actual: v(null, 12.6, '公里'), weight: 6, score: 6 },
      { name: '更新健身器材', target: v('>=', 1500, '件'), actual: v(null, 1532, '件'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '健身器材安装验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
      { name: '器材国家强制性标准符合率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '更新改造完成时间', target: dt('2024-10-31'), actual: dt('2024-11-15'), weight: 6, score: 4 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '单个健身苑点更新平均成本', target: v('<=', 12, '万元'), actual: v(null, 11.6, '万元'), weight: 8, score: 8 },
      { name: '健身步道建设单位成本', target: v('<=', 45, '万元/公里'), actual: v(null, 43.8, '万元/公里'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '经常参加体育锻炼人数比例', target: v('>=', 45, '%'), actual: v(null, 46.2, '%'), weight: 10, score: 10 },
      { name: '15分钟社区体育生活圈覆盖率', target: v('>=', 98, '%'), actual: v(null, 98.3, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '健身设施长效管护机制', target: tx('健全'), actual: tx('基本健全'), weight: 10, score: 8 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '市民健身满意度', target: v('>=', 90, '%'), actual: v(null, 92.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 95.8, grade: '优' },
};

function shanghaiTable(p: Proj): PrintedTable {
  const W = 7;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    ...selfFunds(p, W, 1, [1, 1, 1, 1, 1, 1], '项目资金（万元）'),
    ...goalsSide(p, 1, 3),
    [h('三级指标', { span: 3 }), h('年度指标值'), h('实际完成值'), h('分值'), h('得分')],
  ];
  byLevel1(p.groups).forEach((gs, i) => {
    rows.push([c(`${CN[i]}、${l1Label(gs[0]!)}`, { span: W })]);
    gs.forEach((g, j) => {
      rows.push([c(`（${CN[j]}）${g.level2}`, { span: W })]);
      for (const it of g.items) rows.push([c(it.name, { span: 3 }), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score))]);
    });
  });
  rows.push([c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score))]);
  rows.push([c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 2 })]);
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [14, 12, 14, 16, 16, 10, 10] };
}

// ═════════════════════════ 3. 重庆 渝北区 排水管网 (PDF landscape, self-evaluation): three-row header ═════════════════════════

const CHONGQING: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '渝北区城市排水管网提升改造项目', department: '重庆市渝北区城市管理局', implementingUnit: '重庆市渝北区市政设施管理所', period: '2023年1月-2025年12月' },
  leader: '何建军', phone: '023-67821450', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 2860.00, annual: 2860.00, executed: 2794.51, weight: 10, rate: 97.71, score: 9.77 },
    { label: '其中：财政拨款', initial: 2400.00, annual: 2400.00, executed: 2350.11, rate: 97.92 },
    { label: '上年结转', initial: 460.00, annual: 460.00, executed: 444.40, rate: 96.61 },
  ],
  goal: '2024年改造雨污混流管网18公里、新建检查井420座、清淤疏通排水管道260公里，消除城区易涝点8处，污水集中收集率达到92%以上（实施期2023—2025年累计改造管网50公里）。',
  achieved: '全年改造雨污混流管网18.6公里，新建检查井436座，清淤疏通248公里，消除易涝点9处，污水集中收集率93.1%；实施期累计改造管网35.2公里。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '改造雨污混流管网', target: v('>=', 18, '公里'), period: '≥50公里', actual: v(null, 18.6, '公里'), cumulative: '35.2公里', rate: '100%', weight: 8, score: 8 },
      { name: '新建检查井', target: v('>=', 420, '座'), period: '≥1200座', actual: v(null, 436, '座'), cumulative: '842座', rate: '100%', weight: 6, score: 6 },
      { name: '清淤疏通排水管道', target: v('>=', 260, '公里'), period: '≥780公里', actual: v(null, 248, '公里'), cumulative: '512公里', rate: '95.4%', weight: 6, score: 5, why: '雨季施工窗口缩短，部分路段清淤顺延至次年一季度。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '管网工程验收合格率', target: v('=', 100, '%'), period: '=100%', actual: v(null, 100, '%'), cumulative: '100%', rate: '100%', weight: 8, score: 8 },
      { name: '管道闭水试验一次合格率', target: v('>=', 95, '%'), period: '≥95%', actual: v(null, 97.2, '%'), cumulative: '96.8%', rate: '100%', weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '年度改造任务完成时间', target: dt('2024-12-31'), period: '2025年12月31日', actual: dt('2024-12-26'), cumulative: '—', rate: '100%', weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '管网改造综合单价', target: v('<=', 150, '万元/公里'), period: '≤150万元/公里', actual: v(null, 146.5, '万元/公里'), cumulative: '147.1万元/公里', rate: '100%', weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '城区易涝点消除数量', target: v('>=', 8, '处'), period: '≥22处', actual: v(null, 9, '处'), cumulative: '17处', rate: '100%', weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '城市污水集中收集率', target: v('>=', 92, '%'), period: '≥95%', actual: v(null, 93.1, '%'), cumulative: '93.1%', rate: '100%', weight: 8, score: 8 },
      { name: '排口下游河道水质', target: tx('稳步改善'), period: '达到Ⅳ类', actual: tx('稳步改善'), cumulative: '稳步改善', rate: '100%', weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '排水设施运维管理水平', target: tx('持续提升'), period: '持续提升', actual: tx('有效提升'), cumulative: '有效提升', rate: '90%', weight: 7, score: 6, why: '智慧排水监测平台尚在建设，运维数据未全部接入。' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '沿线居民满意度', target: v('>=', 90, '%'), period: '≥90%', actual: v(null, 91.6, '%'), cumulative: '91.6%', rate: '100%', weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.77, grade: '优' },
};

function chongqingTable(p: Proj): PrintedTable {
  const W = 11;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 4 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 4 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 4 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    ...selfFunds(p, W, 2, [2, 2, 2, 1, 1, 1]),
    ...goalsSide(p, 2, 5),
    [h('绩效指标', { span: 3 }), h('指标值', { span: 2 }), h('完成情况', { span: 3 }), h('分值', { rowSpan: 3 }), h('得分', { rowSpan: 3 }), h('偏差原因分析\n及改进措施', { rowSpan: 3 })],
    [h('一级指标', { rowSpan: 2 }), h('二级指标', { rowSpan: 2 }), h('三级指标', { rowSpan: 2 }), h('年度', { rowSpan: 2 }), h('实施期', { rowSpan: 2 }), h('实际值', { span: 2 }), h('完成率', { rowSpan: 2 })],
    [h('本年'), h('累计')],
  ];
  for (const gs of byLevel1(p.groups)) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, k) => rows.push([
      ...(gi === 0 && k === 0 ? [c(l1Label(g), { rowSpan: n })] : []), ...(k === 0 ? [c(g.level2, { rowSpan: g.items.length })] : []),
      c(it.name), c(printValue(it.target)), c(it.period ?? ''), c(printValue(it.actual ?? null)), c(it.cumulative ?? ''), c(it.rate ?? ''),
      c(num(it.weight)), c(num(it.score)), c(it.why ?? '')])));
  }
  rows.push([c('总分', { span: 8 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')]);
  rows.push([c('评价等次', { span: 8 }), c(p.total!.grade!, { span: 3 })]);
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 10, 16, 10, 10, 9, 9, 7, 6, 6, 18] };
}

// ═════════════════════════ 4. 福建 永泰县 农村垃圾治理 (HTML, targets): transposed indicator block ═════════════════════════

const FUJIAN: Proj = {
  kind: 'project-targets', title: '2025年度项目支出绩效目标表', year: 2025,
  project: { name: '永泰县2025年农村生活垃圾治理专项经费', department: '永泰县住房和城乡建设局', implementingUnit: '永泰县环境卫生服务中心', category: '专项业务类', period: '2025年1月-2025年12月' },
  leader: '林国华', phone: '0591-24832156', unit: '万元',
  funds: [
    { label: '年度资金总额', annual: 386.00 },
    { label: '其中：财政拨款', annual: 350.00 },
    { label: '其他资金', annual: 36.00 },
  ],
  goal: '落实全县163个行政村生活垃圾日产日清，配齐农村保洁员，生活垃圾无害化处理率达到98%以上，农村人居环境明显改善。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '保洁覆盖行政村', target: v('=', 163, '个') },
      { name: '配备农村保洁员', target: v('>=', 420, '人') },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '生活垃圾无害化处理率', target: v('>=', 98, '%') }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '垃圾清运时限', target: tx('日产日清') }] },
    { level1: '产出指标', level2: '成本指标', items: [{ name: '垃圾治理总成本', target: v('<=', 386, '万元') }] },
    { level1: '效益指标', level2: '社会效益指标', items: [{ name: '农村人居环境', target: tx('明显改善') }] },
    { level1: '效益指标', level2: '生态效益指标', items: [{ name: '垃圾乱堆乱放现象', target: tx('有效遏制') }] },
    { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '村庄长效保洁机制', target: tx('持续运行') }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '村民满意度', target: v('>=', 90, '%') }] },
  ],
  total: null,
};

function fujianTable(p: Proj): PrintedTable {
  const items = p.groups.flatMap((g) => g.items);
  const W = 2 + items.length;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 4 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目类别', { span: 2 }), c(p.project.category!, { span: 4 }), c('项目期限', { span: 2 }), c(p.project.period!, { span: 'rest' })],
    ...p.funds.map((r, i) => [...(i === 0 ? [c('项目资金\n（万元）', { span: 2, rowSpan: p.funds.length })] : []), c(r.label, { span: 4 }), c(amt(r.annual), { span: 'rest' })]),
    [c('年度绩效目标', { span: 2 }), c(p.goal, { span: 'rest' })],
    [c('绩效指标', { rowSpan: 4 }), h('一级指标'), ...byLevel1(p.groups).map((gs) => c(gs[0]!.level1, { span: gs.reduce((a, g) => a + g.items.length, 0) }))],
    [h('二级指标'), ...p.groups.map((g) => c(g.level2, { span: g.items.length }))],
    [h('三级指标'), ...items.map((it) => c(it.name))],
    [h('指标值'), ...items.map((it) => c(printValue(it.target)))],
  ];
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [7, 8, ...items.map(() => 10)] };
}

// ═════════════════════════ 5. 广东 佛山市 心理健康 (DOCX, self-evaluation): 评分标准 sub-rows ═════════════════════════

const GUANGDONG: Proj = {
  kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
  project: { name: '佛山市学校心理健康教育服务项目', department: '佛山市教育局', implementingUnit: '佛山市教育局教学研究室' },
  leader: '梁嘉欣', phone: '0757-83380562', unit: '元',
  funds: [
    { label: '年度资金总额', initial: 3_600_000, annual: 3_420_000, executed: 3_365_280, weight: 10, rate: 98.40, score: 9.84 },
    { label: '其中：财政拨款', initial: 3_600_000, annual: 3_420_000, executed: 3_365_280, rate: 98.40 },
    { label: '其他资金', initial: 0, annual: 0, executed: 0 },
  ],
  goal: '开展中小学心理健康专题讲座300场以上，培训心理健康教师600人次，完成全市中小学生心理健康筛查，覆盖率不低于95%。',
  achieved: '开展专题讲座316场，培训教师642人次，筛查覆盖率97.3%；心理辅导室达标率86.5%，未达目标。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '开展心理健康专题讲座', target: v('>=', 300, '场'), actual: v(null, 316, '场'), weight: 8, score: 8, std: '评分标准：完成300场及以上得满分，每少10场扣1分，扣完为止。' },
      { name: '培训心理健康教师', target: v('>=', 600, '人次'), actual: v(null, 642, '人次'), weight: 7, score: 7, std: '指标说明：参加市级心理健康教育专题培训并考核合格的教师人次。' },
      { name: '学生心理健康筛查覆盖率', target: v('>=', 95, '%'), actual: v(null, 97.3, '%'), weight: 7, score: 7, std: '评分标准：覆盖率≥95%得满分，每低1个百分点扣0.5分。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '学校心理辅导室达标率', target: v('>=', 90, '%'), actual: v(null, 86.5, '%'), weight: 8, score: 6, why: '部分新建学校心理辅导室尚未完成验收。', std: '评分标准：达标率≥90%得满分；80%（含）至90%得6分；低于80%不得分。' },
      { name: '心理危机个案及时干预率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6, std: '指标说明：发现心理危机个案后24小时内启动干预的个案数/发现个案总数×100%。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '筛查分析报告完成时间', target: dt('2024-11-30'), actual: dt('2024-11-25'), weight: 6, score: 6, std: '指标说明：全市中小学生心理健康筛查数据分析报告提交市教育局的时间。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '每场讲座平均成本', target: v('<=', 3000, '元'), actual: v(null, 2860, '元'), weight: 8, score: 8, std: '评分标准：不超过3000元得满分，超过部分按比例扣分。' },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '学生心理健康素养', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 15, score: 14, std: '指标说明：以全市学生心理健康素养测评结果与上年比较，提升得满分，持平得10分。' },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '家校社协同育人机制', target: tx('逐步完善'), actual: tx('逐步完善'), weight: 15, score: 14, std: '评分标准：建立家长学校、社区联动机制并常态化运行得满分，部分建立酌情扣分。' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '学生及家长满意度', target: v('>=', 90, '%'), actual: v(null, 92.8, '%'), weight: 10, score: 10, std: '评分标准：满意度≥90%得满分，每低1个百分点扣1分。' },
    ] },
  ],
  total: { weight: 100, score: 95.84, grade: '优' },
};

function guangdongTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目负责人', { span: 2 }), c(p.leader, { span: 2 }), c('联系电话', { span: 2 }), c(p.phone, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
  ];
  for (const gs of byLevel1(p.groups)) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, k) => {
      rows.push([...(gi === 0 && k === 0 ? [c(l1Label(g), { rowSpan: 2 * n })] : []), ...(k === 0 ? [c(g.level2, { rowSpan: 2 * g.items.length })] : []),
        c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]);
      rows.push([c(it.std!, { span: 'rest' })]);
    }));
  }
  rows.push([c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')]);
  rows.push([c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 3 })]);
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 11, 20, 11, 11, 7, 7, 24] };
}

// ═════════════════════════ 6. 天津 津南区 校舍维修 (HTML, self-evaluation): 小计 rows inside the 一级 merge ═════════════════════════

const TIANJIN: Proj = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '津南区中小学校舍维修改造项目', department: '天津市津南区教育局', implementingUnit: '天津市津南区教育后勤服务中心' },
  leader: '郭宏伟', phone: '022-28392170', unit: '万元',
  funds: [
    { label: '年度资金总额', initial: 1520.00, annual: 1486.00, executed: 1452.60, weight: 10, rate: 97.75, score: 9.78 },
    { label: '其中：财政拨款', initial: 1200.00, annual: 1166.00, executed: 1136.60, rate: 97.48 },
    { label: '上级补助', initial: 320.00, annual: 320.00, executed: 316.00, rate: 98.75 },
  ],
  goal: '利用暑期完成14所中小学校舍维修改造3.2万平方米，更新课桌椅2800套，消除校舍安全隐患，改善师生教学生活条件。',
  achieved: '完成14所学校维修改造3.35万平方米，更新课桌椅2760套，校舍安全隐患整改完成率99.2%，工程全部验收合格。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '维修改造校舍面积', target: v('>=', 3.2, '万平方米'), actual: v(null, 3.35, '万平方米'), weight: 7, score: 7 },
      { name: '维修改造学校数量', target: v('=', 14, '所'), actual: v(null, 14, '所'), weight: 7, score: 7 },
      { name: '更新课桌椅', target: v('>=', 2800, '套'), actual: v(null, 2760, '套'), weight: 6, score: 4.5, why: '2所学校课桌椅开学后到货，余量于寒假更新。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '工程竣工验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '安全隐患整改完成率', target: v('>=', 98, '%'), actual: v(null, 99.2, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '暑期维修工程完工时间', target: dt('2024-08-25'), actual: dt('2024-08-23'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '项目总成本', target: v('<=', 1486, '万元'), actual: v(null, 1452.6, '万元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '校舍安全达标率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '师生教学生活条件', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 9 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '校舍使用年限延长', target: v('>=', 10, '年'), actual: v('>=', 10, '年'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '师生满意度', target: v('>=', 90, '%'), actual: v(null, 95.1, '%'), weight: 5, score: 5 },
      { name: '家长满意度', target: v('>=', 85, '%'), actual: v(null, 91.4, '%'), weight: 5, score: 5 },
    ] },
  ],
  total: { weight: 100, score: 97.28, grade: '优' },
};

function tianjinTable(p: Proj): PrintedTable {
  const W = 8;
  const rows: CellSpec[][] = [
    [c('项目名称', { span: 2 }), c(p.project.name, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    ...selfFunds(p, W, 2, [1, 1, 1, 1, 1, 1]),
    ...goalsSide(p, 2, 3),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
  ];
  for (const gs of byLevel1(p.groups)) {
    const items = gs.flatMap((g) => g.items);
    gs.forEach((g, gi) => g.items.forEach((it, k) => rows.push([
      ...(gi === 0 && k === 0 ? [c(l1Label(g), { rowSpan: items.length + 1 })] : []), ...(k === 0 ? [c(g.level2, { rowSpan: g.items.length })] : []),
      c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')])));
    const w = items.reduce((a, it) => a + (it.weight ?? 0), 0), s = items.reduce((a, it) => a + (it.score ?? 0), 0);
    rows.push([c(`${gs[0]!.level1}小计`, { span: 4 }), c(num(w)), c(num(s)), c('')]);
  }
  rows.push([c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c('')]);
  rows.push([c('自评等级', { span: 5 }), c(p.total!.grade!, { span: 3 })]);
  return { paragraphs: [], width: W, rows: builtRows(W, rows), columnWeights: [9, 11, 20, 11, 11, 7, 7, 24] };
}

// ───────────────────────── probes ─────────────────────────

interface Probe { stem: string; ext: 'pdf' | 'docx' | 'html'; proj: Proj; table: (p: Proj) => PrintedTable; write: (file: string, table: PrintedTable) => Promise<void> | void; notes: string[] }

const pdf = (above: string[], below: string[] = [], landscape = false) => (file: string, table: PrintedTable) =>
  chromiumPrint(printPage(file, above.join('\n'), table, below.join('\n'), landscape), join(OUT, file));
const docx = (above: string[], below: string[] = [], landscape = false) => async (file: string, table: PrintedTable) =>
  writeFileSync(join(OUT, file), await renderDocx([{ ...table, paragraphs: above, after: below }], { landscape }));

const COMMON_NOTES = [
  'Judgement calls: a list ordinal before a 一级 / 二级 section row ("一、", "（一）") is not part of the name; a weight inside the 一级 label ("产出指标（50分）") is level1Weight. Funds labels as printed (其中：财政拨款). 项目负责人 / 联系电话 and 年度总体目标 are not golden fields (goals not scored). Actuals printed bare ("126个") have comparator null.',
];

const probes: Probe[] = [
  {
    stem: 'probe-r14-struct-beijing-chaoyang-elderly-meals-2024-level1-section-rows', ext: 'pdf', proj: BEIJING, table: beijingTable,
    write: pdf(['<div class="tt">项目支出绩效自评表</div>', '<div class="sub">（2024年度）</div>', '<div class="cap"><span>填报单位：北京市朝阳区养老服务指导中心</span><span>单位：万元</span></div>']),
    notes: ['北京 朝阳区 (A4 portrait, Chromium), 7 columns: no 一级 column — each 一级 is a section row across the whole table ("一、产出指标（50分）", "二、效益指标（30分）", "三、满意度指标（10分）", bold, left-aligned), followed by 二级 (merged down) | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 rows. level1 is the section the row sits under. Funds label 项目资金（万元） in the grid\'s header row; 总分 row then 评价等次 | 优.'],
  },
  {
    stem: 'probe-r14-struct-shanghai-pudong-fitness-2024-level1-level2-section-rows', ext: 'docx', proj: SHANGHAI, table: shanghaiTable,
    write: docx(['项目支出绩效自评表', '（2024年度）', '单位：万元']),
    notes: ['上海 浦东新区 (DOCX, docx package), 7 grid columns: 一级 and 二级 both printed as section rows across the table ("一、产出指标（50分）", then "（一）数量指标", "（二）质量指标" … numbered afresh under each 一级), indicator rows only 三级 (over 3 grid columns) | 年度指标值 | 实际完成值 | 分值 | 得分. level1 / level2 are the sections above the row (ordinals dropped). Funds source line 其中：区级财力; 总分 row then 自评等级 | 优.'],
  },
  {
    stem: 'probe-r14-struct-chongqing-yubei-drainage-2024-three-row-header', ext: 'pdf', proj: CHONGQING, table: chongqingTable,
    write: pdf(['<div class="tt">项目支出绩效自评表</div>', '<div class="sub">（2024年度）</div>', '<div class="cap"><span>主管部门（盖章）：重庆市渝北区城市管理局</span><span>金额单位：万元</span></div>'], [], true),
    notes: ['重庆 渝北区 (A4 landscape, Chromium), 11 columns under a three-row header: 绩效指标 over 一级指标 | 二级指标 | 三级指标; 指标值 over 年度 | 实施期; 完成情况 over 实际值 (itself over 本年 | 累计) and 完成率; 分值, 得分, 偏差原因分析及改进措施 merged down the three rows. target = 指标值/年度; actual = 实际值/本年; the 实施期 target, the 累计 actual and 完成率 have no golden field (completion is not scored). 项目期限 2023年1月-2025年12月 beside 项目名称; funds 年度资金总额 / 其中：财政拨款 / 上年结转.'],
  },
  {
    stem: 'probe-r14-struct-fujian-yongtai-rural-waste-2025-transposed-targets', ext: 'html', proj: FUJIAN, table: fujianTable,
    write: (file, table) => writeFileSync(join(OUT, file), webPage({
      site: '永泰县人民政府门户网站', headline: '永泰县住房和城乡建设局2025年农村生活垃圾治理专项经费绩效目标公开', source: '永泰县住房和城乡建设局', date: '2025-02-14',
      intro: '根据《永泰县县级预算绩效管理办法》要求，现将我局2025年农村生活垃圾治理专项经费绩效目标予以公开。', tableTitle: '2025年度项目支出绩效目标表', caption: '单位：万元', table,
      note: '注：绩效指标按一级、二级、三级逐列填列，指标值为年度目标值。',
    })),
    notes: ['福建 永泰县 (web page): a small 目标表 whose indicator block is transposed — four rows 一级指标 (产出指标 merged across its 5 indicators, 效益指标 across 3, 满意度指标 1) / 二级指标 (数量指标 across 2, then one each) / 三级指标 (one name per column) / 指标值 (one target per column), under a 绩效指标 cell merged down the four rows. Golden: one indicator per column with its 一级, 二级, 三级 and target; no weights. Funds: one amount per source row (annualBudget), 万元 from the block label and the caption.'],
  },
  {
    stem: 'probe-r14-struct-guangdong-foshan-school-psychology-2024-criteria-subrows', ext: 'docx', proj: GUANGDONG, table: guangdongTable,
    write: docx(['项目支出绩效自评表', '（2024年度）', '金额单位：元']),
    notes: ['广东 佛山市 (DOCX): each 三级 row is followed by a sub-row spanning 三级 to the last column, "评分标准：…" or "指标说明：…" (with numbers and ≥ in it: "覆盖率≥95%得满分，每低1个百分点扣0.5分"); 一级 (with weight) and 二级 merged down over both rows. The sub-rows are not indicators and not part of any name or value (an explanation, not scored). Funds in 元; 总分 row then 自评等级 | 优.'],
  },
  {
    stem: 'probe-r14-struct-tianjin-jinnan-school-repair-2024-subtotal-rows', ext: 'html', proj: TIANJIN, table: tianjinTable,
    write: (file, table) => writeFileSync(join(OUT, file), webPage({
      site: '天津市津南区人民政府', headline: '津南区教育局2024年度项目支出绩效自评结果公开', source: '津南区教育局', date: '2025-06-27',
      intro: '按照区财政局关于开展2024年度预算绩效自评工作的通知要求，我局对中小学校舍维修改造项目开展了绩效自评，现将自评结果公开如下。', tableTitle: '2024年度项目支出绩效自评表', caption: '金额单位：万元', table,
    })),
    notes: ['天津 津南区 (web page): each 一级 block closed by a 小计 row inside the 一级 cell\'s rowspan ("产出指标小计" across 二级…实际完成值 | 50 | 48.5 | empty), then 总分 | 100 | 97.28 and 自评等级 | 优. 小计 rows are not indicators; total from the 总分 row. Funds 其中：财政拨款 / 上级补助. "≥10年" achieved "≥10年" (actual copies target: comparator kept).'],
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
