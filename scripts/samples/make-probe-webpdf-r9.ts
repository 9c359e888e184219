/**
 * Web-page PDF probes, round 9b (samples/probe/probe-r9-webpdf-*.pdf): four HTML pages written here from
 * hand-written content and printed to PDF by Chromium (headless --print-to-pdf), the way government web
 * pages and Word-exported HTML reach us as PDF. Goldens (golden/<file>.golden.json) are written from the
 * same hand-written content, never from evaltab's output:
 *    - spaced-vertical (鄂尔多斯): a 项目支出绩效自评表 whose labels are letter-spaced the way Word justifies
 *      them ("项 目 名 称" with spaces, 主管部门 / 实施单位 / 年度资金总额 … spread by text-align-last: justify),
 *      and 绩效指标 / 一级 / 二级 written vertically (writing-mode: vertical-rl) in narrow merged cells;
 *    - thead-running (深圳): a long 绩效目标表 (34 indicators) whose indicator block is a <table> with a
 *      <thead> Chromium repeats on every page, a page break inside a 二级 rowspan block, and a running
 *      page header (the department's name) and footer (第 X 页 共 Y 页) from @page margin boxes;
 *    - article-two-tables (厦门): a 政务公开 article printed to PDF: banner, breadcrumb, title,
 *      发布时间 | 来源 line, a paragraph, then two 目标表 (two projects) each under a heading paragraph,
 *      0.5px border-collapse rules, light grey header cells, numbers right-aligned; the second table's
 *      target split in 指标性质 | 指标值 | 度量单位 with a 权重 column;
 *    - landscape-12col (宁波): an A4 landscape self-evaluation with 12 columns (指标解释 | 年度指标值 |
 *      实际完成值 | 完成率 | 分值 | 得分 | 偏差原因分析 | 改进措施 | 佐证材料), long 偏差原因 / 改进措施 texts
 *      wrapping over several lines, funds in 元 with thousands separators, a 总分 row and a 自评等级 row.
 *
 *   npx tsx scripts/samples/make-probe-webpdf-r9.ts   # needs chromium + a CJK font (WenQuanYi Micro Hei)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';

const GENERATOR = 'scripts/samples/make-probe-webpdf-r9.ts';
const FONT = `"WenQuanYi Micro Hei","Microsoft YaHei","SimSun",sans-serif`;

// ───────────────────────── helpers ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));
/** Money in the published unit, two decimals, optionally with thousands separators. */
const money = (yuan: unknown, unit: '元' | '万元', separators = false, none = ''): string => {
  if (yuan === null || yuan === undefined) return none;
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return separators ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toFixed(2);
};
const rate = (r: unknown, none = '') => (r == null ? none : `${(r as number).toFixed(2)}%`);

/** A 三级 row as written here: the target cell printed otherwise than its value, and more prose columns. */
interface R9Item extends Item {
  /** the target cell as printed when it is not printValue(target) ("2024年11月30日前") */
  shown?: string;
  /** the actual cell as printed when it is not printValue(actual) */
  shownActual?: string;
  /** 指标解释 / 完成率 / 改进措施 / 佐证材料 (宁波) */
  explain?: string;
  done?: string;
  fix?: string;
  proof?: string;
  /** split target (厦门 B): 指标性质 | 指标值 | 度量单位 */
  split?: [string, string, string];
}
interface R9Group extends Group { items: R9Item[] }
interface R9Project extends Project { groups: R9Group[] }

const itemCount = (p: R9Project) => p.groups.reduce((a, g) => a + g.items.length, 0);
const targetText = (it: R9Item) => it.shown ?? printValue(it.target);
const actualText = (it: R9Item) => it.shownActual ?? printValue(it.actual ?? null);

/** Walk the indicator block: cb(group, item, first of 一级 block → its row count, first of 二级 → its count). */
function eachRow(groups: R9Group[], cb: (g: R9Group, it: R9Item, l1span: number, l2span: number) => void) {
  const byLevel1 = new Map<string, R9Group[]>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  for (const gs of byLevel1.values()) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, i) => cb(g, it, gi === 0 && i === 0 ? n : 0, i === 0 ? g.items.length : 0)));
  }
}
const l1Label = (g: R9Group) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);

// ───────────────────────── 1. 鄂尔多斯: letter-spaced labels, vertical 一级/二级 ─────────────────────────

const ORDOS: R9Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: {
    name: '东胜区2024年高标准农田建设项目',
    department: '鄂尔多斯市东胜区农牧局',
    implementingUnit: '鄂尔多斯市东胜区农田建设服务中心',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 18_600_000, annualBudget: 17_340_000, executed: 16_823_500, weight: 10, executionRate: 97.02, score: 9.7 },
      { label: '其中：当年财政拨款', initialBudget: 18_600_000, annualBudget: 17_340_000, executed: 16_823_500 },
      { label: '上年结转资金', initialBudget: 0, annualBudget: 0, executed: 0 },
      { label: '其他资金', initialBudget: null, annualBudget: null, executed: null },
    ],
  },
  goal: '新建高标准农田2.5万亩，配套建设灌溉渠道、田间道路和农田防护设施，项目区耕地质量等级提升0.5个等级，粮食综合生产能力稳步提高。',
  achieved: '建成高标准农田2.56万亩，新建改造灌溉渠道46.2公里、田间道路36.4公里，工程全部通过验收，项目区粮食亩均增产62公斤。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建高标准农田面积', target: v('>=', 2.5, '万亩'), actual: v(null, 2.56, '万亩'), weight: 10, score: 10 },
      { name: '新建改造灌溉渠道长度', target: v('>=', 48, '公里'), actual: v(null, 46.2, '公里'), weight: 8, score: 7.5, why: '部分渠段因征地协调滞后未实施，已纳入2025年度续建计划' },
      { name: '新建田间道路长度', target: v('>=', 36, '公里'), actual: v(null, 36.4, '公里'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '项目区耕地质量等级提升', target: v('>=', 0.5, '等'), actual: v(null, 0.5, '等'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完工时间', target: tx('2024年11月30日前'), actual: dt('2024-11-25'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均财政投资', target: v('<=', 1500, '元/亩'), actual: v(null, 1480, '元/亩'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '项目区粮食亩均增产', target: v('>=', 50, '公斤'), actual: v(null, 62, '公斤'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '带动项目区农户参与数', target: v('>=', 1200, '户'), actual: v(null, 1286, '户'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '农田灌溉水有效利用系数', target: v('>=', 0.6, null), actual: v(null, 0.61, null), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程设施设计使用年限', target: v('>=', 15, '年'), actual: v(null, 15, '年'), weight: 6, score: 6 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '项目区农户满意度', target: v('>=', 90, '%'), actual: v(null, 92.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.2, grade: null },
};

/** A label spread over its cell the way Word's 分散对齐 spreads it (CSS justify), or written with spaces. */
const spread = (s: string) => `<div class="jz">${esc(s)}</div>`;
const spaced = (s: string) => esc([...s].join(' '));
/**
 * A vertical label cell (writing-mode: vertical-rl on the <td>): its characters in columns of at most `per`
 * (<br> between columns, read right to left) in a div of writing-mode: vertical-rl whose height is set
 * (Chromium advances a vertical glyph about ADV px at 9.5pt; the rows are sized here rather than by the cell).
 */
const ROW_H = 26;
const ADV = 16;
function vcell(label: string, rowspan: number, per: number): string {
  const chars = [...label];
  const cols: string[] = [];
  for (let i = 0; i < chars.length; i += per) cols.push(chars.slice(i, i + per).join(''));
  return `<td rowspan="${rowspan}" class="nv"><div class="vt" style="height:${Math.min(per, chars.length) * ADV}px">${cols.map(esc).join('<br>')}</div></td>`;
}
/** Characters a column for a label in a block `height` px tall: one column when it fits, else two. */
const perColumn = (label: string, height: number) => {
  const n = [...label].length;
  return n * ADV + 12 <= height ? n : Math.ceil(n / 2);
};

function ordosPage(p: R9Project): string {
  const f = p.funds!;
  const out: string[] = [];
  // 10 columns: 0 label | 1 一级 | 2 二级 | 3 三级 | 4 年度指标值 | 5 实际完成值 | 6 分值 | 7 得分 | 8-9 偏差原因
  out.push(`<tr><td class="lb">${spaced('项目名称')}</td><td colspan="9" class="l">${esc(p.project.name!)}</td></tr>`);
  out.push(`<tr><td class="lb">${spread('主管部门')}</td><td colspan="4" class="l">${esc(p.project.department!)}</td><td colspan="2" class="lb">${spread('实施单位')}</td><td colspan="3" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  out.push(`<tr><td rowspan="${f.rows.length + 1}" class="lb">项目资金<br>（万元）</td><td colspan="3"></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>`);
  for (const r of f.rows) {
    const label = String(r.label);
    // the first line is spaced out with spaces, the others spread by CSS
    const labelCell = label === '年度资金总额' ? spaced(label) : spread(label);
    out.push(`<tr><td colspan="3" class="l">${labelCell}</td><td class="r">${money(r.initialBudget, '万元', false, '/')}</td><td class="r">${money(r.annualBudget, '万元', false, '/')}</td>` +
      `<td class="r">${money(r.executed, '万元', false, '/')}</td><td>${num(r.weight as number | null, '/')}</td><td>${rate(r.executionRate, '/')}</td><td>${r.score == null ? '/' : (r.score as number).toFixed(2)}</td></tr>`);
  }
  out.push(`<tr><td rowspan="2" class="lb vm">年度总<br>体目标</td><td colspan="5">预 期 目 标</td><td colspan="4">实 际 完 成 情 况</td></tr>`);
  out.push(`<tr><td colspan="5" class="l p">${esc(p.goal!)}</td><td colspan="4" class="l p">${esc(p.achieved!)}</td></tr>`);
  const n = itemCount(p);
  out.push(`<tr><td rowspan="${n + 1}" class="lb vm">绩效指标</td><td>一级<br>指标</td><td>二级<br>指标</td><td>三 级 指 标</td><td>年度<br>指标值</td><td>实际<br>完成值</td><td>分值</td><td>得分</td><td colspan="2">偏差原因分析<br>及改进措施</td></tr>`);
  // row heights: a 二级 block tall enough for its label (in one or two columns), a 一级 block the sum of its rows
  const rowHeight = new Map<R9Group, number>();
  for (const g of p.groups) {
    const per = perColumn(g.level2, g.items.length * ROW_H);
    rowHeight.set(g, Math.max(ROW_H, Math.ceil((per * ADV + 12) / g.items.length)));
  }
  const blockHeight = (level1: string) => p.groups.filter((g) => g.level1 === level1).reduce((a, g) => a + g.items.length * rowHeight.get(g)!, 0);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) {
      const h = blockHeight(g.level1);
      cells.push(vcell(l1Label(g), l1, perColumn(l1Label(g), h)));
    }
    if (l2) {
      const h = l2 * rowHeight.get(g)!;
      cells.push(vcell(g.level2, l2, perColumn(g.level2, h)));
    }
    cells.push(`<td class="l">${esc(it.name)}</td>`, `<td>${esc(targetText(it))}</td>`, `<td>${esc(actualText(it))}</td>`,
      `<td>${num(it.weight)}</td>`, `<td>${num(it.score)}</td>`, `<td colspan="2" class="l s">${esc(it.why ?? '')}</td>`);
    out.push(`<tr style="height:${rowHeight.get(g)}px">${cells.join('')}</tr>`);
  });
  out.push(`<tr><td colspan="6">${spaced('总分')}</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td colspan="2"></td></tr>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>东胜区农牧局2024年度项目支出绩效自评表</title>
<style>
@page{size:A4;margin:12mm 13mm 12mm 13mm}
body{font-family:${FONT};font-size:9.5pt;color:#000;margin:0}
h1{font-size:17pt;text-align:center;margin:0 0 4pt;letter-spacing:2pt}
.sub{text-align:center;font-size:11pt;margin-bottom:8pt}
.cap{font-size:10pt;margin-bottom:3pt;display:flex;justify-content:space-between}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{border:1px solid #000;text-align:center;vertical-align:middle;padding:2px 3px;line-height:1.3}
td.l{text-align:left}td.r{text-align:right}td.p{height:44px;font-size:9pt}td.s{font-size:8.5pt}
td.lb{padding:3px 5px;white-space:nowrap}
.jz{text-align:justify;text-align-last:justify;width:100%}
td.nv{padding:2px 1px}
.vt{writing-mode:vertical-rl;line-height:1.15;margin:0 auto;text-align:start}
td.vm{writing-mode:vertical-rl;line-height:1.15}
tr{page-break-inside:avoid}
.sign{margin-top:8pt;font-size:10pt;display:flex;justify-content:space-between}
</style>
</head>
<body>
<h1>${esc(p.title)}</h1>
<div class="sub">（2024年度）</div>
<div class="cap"><span>填报单位（盖章）：鄂尔多斯市东胜区农牧局</span><span>填报日期：2025年3月20日</span></div>
<table>
<colgroup><col style="width:10%"><col style="width:5.5%"><col style="width:6.5%"><col style="width:17%"><col style="width:10%"><col style="width:10%"><col style="width:9%"><col style="width:7%"><col style="width:12.5%"><col style="width:12.5%"></colgroup>
${out.join('\n')}
</table>
<div class="sign"><span>单位负责人：高志强</span><span>财务负责人：乌云其其格</span><span>填表人：李慧敏</span><span>联系电话：0477-8326157</span></div>
</body>
</html>
`;
}

// ───────────────────────── 2. 深圳: long 目标表, repeated <thead>, running head and foot ─────────────────────────

const SHENZHEN: R9Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: {
    name: '龙岗区2025年中小学课后延时服务项目',
    department: '深圳市龙岗区教育局',
    departmentCode: '305',
    implementingUnit: '深圳市龙岗区教育发展研究中心',
    attribute: '经常性项目',
    period: '2025年1月—2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 126_800_000 },
      { label: '其中：财政拨款', annualBudget: 126_800_000 },
      { label: '其他资金', annualBudget: 0 },
    ],
  },
  goal: '在全区公办中小学全面开展课后延时服务，覆盖有需求学生，提供托管看护、作业辅导和素质拓展课程，规范服务管理和经费使用，减轻家长接送负担，学生和家长满意度不低于90%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '开展课后服务的公办中小学校数', target: v('>=', 186, '所'), weight: 2 },
      { name: '参加课后服务学生人数', target: v('>=', 28.5, '万人'), weight: 2 },
      { name: '义务教育阶段有需求学生覆盖率', target: v('=', 100, '%'), weight: 2 },
      { name: '每周开展课后服务天数', target: v('>=', 5, '天'), weight: 2 },
      { name: '每天课后服务时长', target: v('>=', 2, '小时'), weight: 2 },
      { name: '开设素质拓展课程门类', target: v('>=', 12, '类'), weight: 2 },
      { name: '引进第三方专业机构数量', target: v('<=', 60, '家'), weight: 2 },
      { name: '参与课后服务教师人数', target: v('>=', 1.2, '万人'), weight: 3 },
      { name: '开展课后服务专项督导次数', target: v('>=', 4, '次'), weight: 3 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '第三方机构资质审核通过率', target: v('=', 100, '%'), weight: 2 },
      { name: '课后服务安全责任事故发生数', target: v('=', 0, '起'), weight: 2 },
      { name: '素质拓展课程开课率', target: v('>=', 95, '%'), weight: 2 },
      { name: '作业辅导覆盖率', target: v('>=', 90, '%'), weight: 2 },
      { name: '课后服务方案备案率', target: v('=', 100, '%'), weight: 2 },
      { name: '课后服务经费专款专用率', target: v('=', 100, '%'), weight: 2 },
      { name: '服务质量督导检查合格率', target: v('>=', 98, '%'), weight: 2 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '春季学期课后服务启动时间', target: dt('2025-02-24'), weight: 3 },
      { name: '秋季学期课后服务启动时间', target: dt('2025-09-08'), weight: 3 },
      { name: '课后服务补助资金拨付时间', target: tx('2025年12月31日前'), weight: 2 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '生均课后服务财政补助标准', target: v('<=', 1500, '元/生·年'), weight: 3 },
      { name: '教师课后服务课时补贴标准', target: v('<=', 100, '元/课时'), weight: 3 },
      { name: '项目总成本', target: v('<=', 12680, '万元'), weight: 2 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '家长接送难问题缓解情况', target: tx('有效缓解'), weight: 4 },
      { name: '校外培训机构参培学生比例', target: tx('逐年下降'), weight: 4 },
      { name: '学生综合素质', target: tx('稳步提升'), weight: 4 },
      { name: '学生作业校内完成率', target: v('>=', 85, '%'), weight: 3 },
      { name: '课后服务社会认可度', target: tx('明显提高'), weight: 3 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '课后服务长效机制建立情况', target: tx('建立健全'), weight: 4 },
      { name: '课后服务课程资源库建设', target: tx('持续完善'), weight: 4 },
      { name: '课后服务经费保障机制', target: tx('长期有效'), weight: 4 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '学生满意度', target: v('>=', 90, '%'), weight: 5 },
      { name: '家长满意度', target: v('>=', 90, '%'), weight: 5 },
      { name: '参与教师满意度', target: v('>=', 85, '%'), weight: 5 },
      { name: '学校对第三方机构服务满意度', target: v('>=', 85, '%'), weight: 5 },
    ] },
  ],
  total: null,
};

function shenzhenPage(p: R9Project): string {
  const f = p.funds!;
  const head: string[] = [];
  // 7 columns: the head's label | values; the indicator block 一级 | 二级 | 三级 (3 columns) | 指标值 | 分值
  head.push(`<tr><td class="lb">项目名称</td><td colspan="6" class="l">${esc(p.project.name!)}</td></tr>`);
  head.push(`<tr><td class="lb">主管部门及代码</td><td colspan="3" class="l">[${p.project.departmentCode}]${esc(p.project.department!)}</td><td class="lb">实施单位</td><td colspan="2" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  head.push(`<tr><td class="lb">项目属性</td><td colspan="3" class="l">${esc(p.project.attribute!)}</td><td class="lb">项目期</td><td colspan="2" class="l">${esc(p.project.period!)}</td></tr>`);
  f.rows.forEach((r, i) => head.push(`<tr>${i === 0 ? `<td rowspan="${f.rows.length}" class="lb">项目资金<br>（万元）</td>` : ''}<td colspan="3" class="l">${esc(String(r.label))}</td><td colspan="3" class="r">${money(r.annualBudget, '万元')}</td></tr>`));
  head.push(`<tr><td class="lb">年度绩效目标</td><td colspan="6" class="l p">${esc(p.goal!)}</td></tr>`);
  const body: string[] = [];
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    cells.push(`<td colspan="3" class="l">${esc(it.name)}</td>`, `<td>${esc(targetText(it))}</td>`, `<td>${num(it.weight)}</td>`);
    body.push(`<tr>${cells.join('')}</tr>`);
  });
  const cols = `<colgroup><col style="width:14%"><col style="width:11%"><col style="width:13%"><col style="width:16%"><col style="width:12%"><col style="width:22%"><col style="width:12%"></colgroup>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>深圳市龙岗区教育局2025年部门预算——项目支出绩效目标表</title>
<style>
@page{size:A4;margin:24mm 16mm 20mm 16mm;
  @top-left{content:"深圳市龙岗区教育局2025年部门预算";font-family:${FONT};font-size:9pt;color:#333;vertical-align:bottom;padding-bottom:4pt;border-bottom:0.75pt solid #666}
  @top-right{content:"附件3";font-family:${FONT};font-size:9pt;color:#333;vertical-align:bottom;padding-bottom:4pt;border-bottom:0.75pt solid #666}
  @bottom-center{content:"第 " counter(page) " 页 共 " counter(pages) " 页";font-family:${FONT};font-size:9pt;color:#333}}
body{font-family:${FONT};font-size:10pt;margin:0}
h1{text-align:center;font-size:16pt;margin:0 0 6pt}
.cap{display:flex;justify-content:space-between;font-size:10pt;margin-bottom:3pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:1px solid #000;text-align:center;vertical-align:middle;padding:4px 4px;line-height:1.4}
th{font-weight:bold;background:#f2f2f2}
td.l{text-align:left}td.r{text-align:right}td.p{height:108px}td.lb{font-weight:bold}
table.ind{margin-top:-1px}
table.ind tbody td{height:24px}
</style>
</head>
<body>
<h1>${esc(p.title)}</h1>
<div class="cap"><span>填报单位：深圳市龙岗区教育局</span><span>单位：万元</span></div>
<table class="info">
${cols}
${head.join('\n')}
</table>
<table class="ind">
${cols}
<thead><tr><th>一级指标</th><th>二级指标</th><th colspan="3">三级指标</th><th>指标值</th><th>分值</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}

// ───────────────────────── 3. 厦门: article page, two tables, 0.5px rules, grey headers ─────────────────────────

const XIAMEN_A: R9Project = {
  kind: 'project-targets',
  title: '附件1：思明区2025年市政道路养护项目支出绩效目标表',
  year: 2025,
  project: {
    name: '思明区2025年市政道路养护项目',
    department: '厦门市思明区市政园林局',
    implementingUnit: '厦门市思明区市政工程养护中心',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 28_600_000 },
      { label: '其中：财政拨款', annualBudget: 28_600_000 },
      { label: '其他资金', annualBudget: 0 },
    ],
  },
  goal: '完成辖区市政道路日常养护和病害处治，道路完好率保持在95%以上，保障市政道路安全畅通。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '市政道路日常养护面积', target: v('>=', 512, '万平方米'), weight: null },
      { name: '道路病害处治面积', target: v('>=', 3.6, '万平方米'), weight: null },
      { name: '人行道及附属设施维修', target: v('>=', 120, '处'), weight: null },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '市政道路完好率', target: v('>=', 95, '%'), weight: null },
      { name: '养护工程验收合格率', target: v('=', 100, '%'), weight: null },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '道路病害处治及时率', target: v('>=', 98, '%'), weight: null },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '年度养护总成本', target: v('<=', 2860, '万元'), weight: null },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '市民出行条件', target: tx('持续改善'), weight: null },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '道路使用寿命', target: tx('有效延长'), weight: null },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '市民对道路养护满意度', target: v('>=', 90, '%'), weight: null },
    ] },
  ],
  total: null,
};

const XIAMEN_B: R9Project = {
  kind: 'project-targets',
  title: '附件2：思明区2025年公园绿地管护项目支出绩效目标表',
  year: 2025,
  project: {
    name: '思明区2025年公园绿地管护项目',
    department: '厦门市思明区市政园林局',
    implementingUnit: '厦门市思明区园林绿化中心',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 12_468_000 },
      { label: '其中：财政拨款', annualBudget: 11_000_000 },
      { label: '其他资金', annualBudget: 1_468_000 },
    ],
  },
  goal: '做好辖区公园、街头绿地和行道树的日常管护，绿地管护质量达到二级以上标准，提升城市园林景观水平。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '公园及街头绿地管护面积', target: v('>=', 486, '万平方米'), split: ['≥', '486', '万平方米'], weight: 15 },
      { name: '行道树修剪株数', target: v('>=', 2.8, '万株'), split: ['≥', '2.8', '万株'], weight: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '绿地管护质量达标率', target: v('>=', 95, '%'), split: ['≥', '95', '%'], weight: 10 },
      { name: '苗木补植成活率', target: v('>=', 90, '%'), split: ['≥', '90', '%'], weight: 10 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '台风后绿化恢复时间', target: v('<=', 7, '天'), split: ['≤', '7', '天'], weight: 5 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '建成区绿化覆盖率', target: v('>=', 44.5, '%'), split: ['≥', '44.5', '%'], weight: 15 },
      { name: '城市园林景观水平', target: tx('稳步提升'), split: ['定性', '稳步提升', ''], weight: 15 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '游客及周边居民满意度', target: v('>=', 90, '%'), split: ['≥', '90', '%'], weight: 20 },
    ] },
  ],
  total: null,
};

function xiamenTableA(p: R9Project): string {
  const f = p.funds!;
  const out: string[] = [];
  // 5 columns: 0 label | 1 一级 | 2 二级 | 3 三级 | 4 指标值
  out.push(`<tr><th>项目名称</th><td colspan="4" class="l">${esc(p.project.name!)}</td></tr>`);
  out.push(`<tr><th>主管部门</th><td colspan="2" class="l">${esc(p.project.department!)}</td><th>实施单位</th><td class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  f.rows.forEach((r, i) => out.push(`<tr>${i === 0 ? `<th rowspan="${f.rows.length}">项目资金<br>（万元）</th>` : ''}<td colspan="3" class="l">${esc(String(r.label))}</td><td class="r">${money(r.annualBudget, '万元', true)}</td></tr>`));
  out.push(`<tr><th>年度绩效目标</th><td colspan="4" class="l">${esc(p.goal!)}</td></tr>`);
  const n = itemCount(p);
  out.push(`<tr><th rowspan="${n + 1}">绩效指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    cells.push(`<td class="l">${esc(it.name)}</td>`, `<td class="r">${esc(targetText(it))}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  return `<table class="gk">
<colgroup><col style="width:15%"><col style="width:14%"><col style="width:18%"><col style="width:33%"><col style="width:20%"></colgroup>
${out.join('\n')}
</table>`;
}

function xiamenTableB(p: R9Project): string {
  const f = p.funds!;
  const out: string[] = [];
  // 8 columns: 0 label | 1 一级 | 2 二级 | 3 三级 | 4 指标性质 | 5 指标值 | 6 度量单位 | 7 权重
  out.push(`<tr><th>项目名称</th><td colspan="7" class="l">${esc(p.project.name!)}</td></tr>`);
  out.push(`<tr><th>主管部门</th><td colspan="3" class="l">${esc(p.project.department!)}</td><th colspan="2">实施单位</th><td colspan="2" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  f.rows.forEach((r, i) => out.push(`<tr>${i === 0 ? `<th rowspan="${f.rows.length}">项目资金<br>（万元）</th>` : ''}<td colspan="3" class="l">${esc(String(r.label))}</td><td colspan="4" class="r">${money(r.annualBudget, '万元', true)}</td></tr>`));
  out.push(`<tr><th>年度绩效目标</th><td colspan="7" class="l">${esc(p.goal!)}</td></tr>`);
  const n = itemCount(p);
  out.push(`<tr><th rowspan="${n + 1}">绩效指标</th><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标性质</th><th>指标值</th><th>度量单位</th><th>权重（%）</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    const [kind, value, unit] = it.split!;
    cells.push(`<td class="l">${esc(it.name)}</td>`, `<td>${esc(kind)}</td>`, `<td class="r">${esc(value)}</td>`, `<td>${esc(unit)}</td>`, `<td class="r">${num(it.weight)}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  return `<table class="gk">
<colgroup><col style="width:13%"><col style="width:11%"><col style="width:14%"><col style="width:24%"><col style="width:9%"><col style="width:10%"><col style="width:10%"><col style="width:9%"></colgroup>
${out.join('\n')}
</table>`;
}

function xiamenPage(a: R9Project, b: R9Project): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>厦门市思明区市政园林局2025年项目支出绩效目标公开 - 思明区人民政府</title>
<style>
@page{size:A4;margin:12mm 12mm 14mm 12mm}
body{font-family:${FONT};font-size:13px;color:#333;margin:0}
.banner{background:linear-gradient(#1565c0,#0d47a1);color:#fff;padding:14px 24px;font-size:24px;letter-spacing:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.banner small{display:block;font-size:11px;letter-spacing:0;opacity:.85}
.nav{background:#0d3c7a;padding:6px 24px;-webkit-print-color-adjust:exact;print-color-adjust:exact}.nav a{color:#fff;text-decoration:none;margin-right:26px;font-size:13px}
.crumb{margin:10px 24px;color:#666;font-size:12px}.crumb a{color:#666;text-decoration:none}
.art{margin:0 24px}
.art h1{font-size:20px;text-align:center;color:#222;margin:14px 0 8px}
.meta{text-align:center;color:#888;font-size:12px;border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:12px}
.art p{line-height:1.9;text-indent:2em;margin:6px 0}
.art p.hd{text-indent:0;font-weight:bold;font-size:14px;margin-top:16px;color:#222}
.art p.unit{text-indent:0;text-align:right;font-size:12px;margin:0 0 2px}
table.gk{border-collapse:collapse;width:100%;table-layout:fixed;font-size:12px}
table.gk th,table.gk td{border:0.5px solid #999;padding:4px 5px;text-align:center;vertical-align:middle;line-height:1.5}
table.gk th{background:#eef1f5;font-weight:normal;color:#222;-webkit-print-color-adjust:exact;print-color-adjust:exact}
table.gk td.l{text-align:left}table.gk td.r{text-align:right}
tr{break-inside:avoid}
.foot{margin-top:24px;border-top:2px solid #1565c0;text-align:center;color:#888;font-size:11px;line-height:1.9;padding-top:6px}
</style>
</head>
<body>
<div class="banner">厦门市思明区人民政府<small>www.siming.gov.cn</small></div>
<div class="nav"><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">走进思明</a></div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">财政资金</a> &gt; <a href="#">部门预算</a></div>
<div class="art">
<h1>厦门市思明区市政园林局2025年项目支出绩效目标公开</h1>
<div class="meta">发布时间：2025-02-21 09:30 | 来源：思明区市政园林局 | 字号：大 中 小 | 打印本页</div>
<p>按照《厦门市思明区财政局关于做好2025年区级部门预算公开工作的通知》要求，现将我局2025年市政道路养护、公园绿地管护两个重点项目的支出绩效目标公开如下。两个项目年度资金合计4106.80万元，其中财政拨款3960.00万元。</p>
<p class="hd">${esc(a.title)}</p>
<p class="unit">单位：万元</p>
${xiamenTableA(a)}
<p class="hd">${esc(b.title)}</p>
<p class="unit">单位：万元</p>
${xiamenTableB(b)}
</div>
<div class="foot">主办：厦门市思明区人民政府办公室　承办：思明区数字思明建设中心<br>闽ICP备05002316号　闽公网安备 35020302000123号　网站标识码：3502030001</div>
</body>
</html>
`;
}

// ───────────────────────── 4. 宁波: A4 landscape, 12 columns, long deviation texts ─────────────────────────

const NINGBO: R9Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: {
    name: '鄞州区2024年基本公共卫生服务项目',
    department: '宁波市鄞州区卫生健康局',
    implementingUnit: '宁波市鄞州区各社区卫生服务中心',
  },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 48_600_000, annualBudget: 52_340_000, executed: 50_815_730.6, weight: 10, executionRate: 97.09, score: 9.71 },
      { label: '其中：中央补助资金', initialBudget: 12_600_000, annualBudget: 12_600_000, executed: 12_600_000 },
      { label: '省市补助资金', initialBudget: 8_400_000, annualBudget: 9_140_000, executed: 8_932_615.2 },
      { label: '区级财政资金', initialBudget: 27_600_000, annualBudget: 30_600_000, executed: 29_283_115.4 },
    ],
  },
  goal: '为辖区常住居民免费提供12类国家基本公共卫生服务，居民电子健康档案建档率、重点人群健康管理率达到省定目标，居民健康素养水平持续提升。',
  achieved: '全年为辖区居民提供各类基本公共卫生服务，建档率91.2%，老年人健康管理9.12万人，高血压患者规范管理率61.8%，居民健康素养水平38.2%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '居民电子健康档案建档率', explain: '建档人数/常住人口数', target: v('>=', 90, '%'), actual: v(null, 91.2, '%'), done: '101.33%', weight: 6, score: 6, proof: '健康档案系统统计报表' },
      { name: '65岁及以上老年人健康管理人数', explain: '接受健康体检并建档的老年人数', target: v('>=', 9.5, '万人'), actual: v(null, 9.12, '万人'), done: '96.00%', weight: 6, score: 5.2,
        why: '部分高龄、失能老年人行动不便，无法到社区卫生服务中心参加集中体检；另有部分老年人已在其他机构体检，不愿重复参加，导致管理人数未达年度目标。',
        fix: '2025年组织家庭医生团队上门开展体检服务，与辖区养老机构建立体检结果互认机制，加强宣传动员。', proof: '老年人健康管理台账' },
      { name: '0-6岁儿童健康管理率', explain: '接受健康管理的儿童数/辖区儿童数', target: v('>=', 90, '%'), actual: v(null, 93.4, '%'), done: '103.78%', weight: 5, score: 5, proof: '妇幼信息系统报表' },
      { name: '孕产妇系统管理率', explain: '系统管理孕产妇数/活产数', target: v('>=', 90, '%'), actual: v(null, 95.1, '%'), done: '105.67%', weight: 5, score: 5, proof: '妇幼信息系统报表' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '高血压患者规范管理率', explain: '按规范管理人数/管理人数', target: v('>=', 65, '%'), actual: v(null, 61.8, '%'), done: '95.08%', weight: 6, score: 5,
        why: '辖区新增登记高血压患者较多，部分中青年患者工作繁忙，未按要求完成每年4次面对面随访，随访完成率偏低。',
        fix: '推行线上随访与夜间门诊相结合的服务方式，将随访完成情况纳入家庭医生签约服务考核。', proof: '慢病管理系统数据' },
      { name: '2型糖尿病患者规范管理率', explain: '按规范管理人数/管理人数', target: v('>=', 65, '%'), actual: v(null, 66.3, '%'), done: '102.00%', weight: 6, score: 6, proof: '慢病管理系统数据' },
      { name: '严重精神障碍患者规范管理率', explain: '规范管理患者数/在册患者数', target: v('>=', 80, '%'), actual: v(null, 87.5, '%'), done: '109.38%', weight: 5, score: 5, proof: '精防信息系统数据' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付及时率', explain: '按季度预拨、年终清算', target: v('=', 100, '%'), actual: v(null, 100, '%'), done: '100.00%', weight: 5, score: 5, proof: '资金拨付凭证' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均基本公共卫生服务经费补助标准', explain: '按常住人口计算', target: v('>=', 94, '元'), actual: v(null, 94, '元'), done: '100.00%', weight: 6, score: 6, proof: '资金分配文件' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '城乡居民公共卫生服务差距', explain: '城乡服务均等化程度', target: tx('不断缩小'), actual: tx('不断缩小'), done: '100.00%', weight: 10, score: 10, proof: '年度工作总结' },
      { name: '居民健康素养水平', explain: '健康素养监测结果', target: v('>=', 36, '%'), actual: v(null, 38.2, '%'), done: '106.11%', weight: 10, score: 10, proof: '健康素养监测报告' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '基层医疗卫生机构服务能力', explain: '人员、设备及服务项目', target: tx('持续提升'), actual: tx('有所提升'), done: '90.00%', weight: 10, score: 9,
        why: '部分社区卫生服务站全科医生配备不足，公共卫生专业人员流动性较大，新入职人员业务能力需逐步培养，服务能力提升幅度有限。',
        fix: '加大全科医生定向培养和招聘力度，开展公共卫生服务技能轮训，完善绩效分配向一线人员倾斜的激励机制。', proof: '机构能力评估报告' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '城乡居民对基本公共卫生服务满意度', explain: '第三方抽样调查', target: v('>=', 90, '%'), actual: v(null, 88.6, '%'), done: '98.44%', weight: 10, score: 9,
        why: '第三方满意度调查显示，部分居民对体检预约排队时间较长、检查结果反馈不及时等问题反映较多，满意度略低于年度目标。',
        fix: '优化体检预约流程，推行分时段预约，通过“浙里办”推送体检结果和健康指导。', proof: '第三方满意度调查报告' },
    ] },
  ],
  total: { weight: 100, score: 95.91, grade: '优' },
};

function ningboPage(p: R9Project): string {
  const f = p.funds!;
  const out: string[] = [];
  // 12 columns: 一级 | 二级 | 三级 | 指标解释 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 偏差原因分析 | 改进措施 | 佐证材料
  out.push(`<tr><td colspan="2" class="lb">项目名称</td><td colspan="10" class="l">${esc(p.project.name!)}</td></tr>`);
  out.push(`<tr><td colspan="2" class="lb">主管部门</td><td colspan="4" class="l">${esc(p.project.department!)}</td><td colspan="2" class="lb">实施单位</td><td colspan="4" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  out.push(`<tr><td colspan="2" rowspan="${f.rows.length + 1}" class="lb">项目资金（元）</td><td colspan="2"></td><td colspan="2">年初预算数</td><td>全年预算数</td><td colspan="2">全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>`);
  for (const r of f.rows) {
    out.push(`<tr><td colspan="2" class="l">${esc(String(r.label))}</td><td colspan="2" class="r">${money(r.initialBudget, '元', true)}</td><td class="r">${money(r.annualBudget, '元', true)}</td>` +
      `<td colspan="2" class="r">${money(r.executed, '元', true)}</td><td>${num(r.weight as number | null, '—')}</td><td>${rate(r.executionRate, '—')}</td><td>${r.score == null ? '—' : (r.score as number).toFixed(2)}</td></tr>`);
  }
  out.push(`<tr><td colspan="2" rowspan="2" class="lb">年度总体目标</td><td colspan="5">预期目标</td><td colspan="5">实际完成情况</td></tr>`);
  out.push(`<tr><td colspan="5" class="l">${esc(p.goal!)}</td><td colspan="5" class="l">${esc(p.achieved!)}</td></tr>`);
  out.push(`<tr class="hd"><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标解释</td><td>年度指标值</td><td>实际完成值</td><td>完成率</td><td>分值</td><td>得分</td><td>偏差原因分析</td><td>改进措施</td><td>佐证材料</td></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    cells.push(`<td class="l">${esc(it.name)}</td>`, `<td class="l s">${esc(it.explain ?? '')}</td>`, `<td>${esc(targetText(it))}</td>`, `<td>${esc(actualText(it))}</td>`,
      `<td>${esc(it.done ?? '')}</td>`, `<td>${num(it.weight)}</td>`, `<td>${num(it.score)}</td>`, `<td class="l s">${esc(it.why ?? '无')}</td>`,
      `<td class="l s">${esc(it.fix ?? '无')}</td>`, `<td class="l s">${esc(it.proof ?? '')}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  out.push(`<tr><td colspan="7" class="lb">总　　分</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td colspan="3"></td></tr>`);
  out.push(`<tr><td colspan="7" class="lb">自评等级</td><td colspan="5">${esc(p.total!.grade!)}</td></tr>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>鄞州区卫生健康局2024年度项目支出绩效自评表</title>
<style>
@page{size:A4 landscape;margin:12mm 12mm 12mm 12mm}
body{font-family:${FONT};font-size:9pt;margin:0}
h1{text-align:center;font-size:16pt;margin:0 0 4pt}
.cap{display:flex;justify-content:space-between;font-size:9.5pt;margin-bottom:3pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{border:0.75pt solid #000;text-align:center;vertical-align:middle;padding:2px 3px;line-height:1.35;word-break:break-all}
td.l{text-align:left}td.r{text-align:right}td.s{font-size:8pt}td.lb{font-weight:bold}
tr.hd td{font-weight:bold;background:#f0f0f0;-webkit-print-color-adjust:exact;print-color-adjust:exact}
tr{break-inside:avoid}
</style>
</head>
<body>
<h1>${esc(p.title)}</h1>
<div class="cap"><span>填报单位（盖章）：宁波市鄞州区卫生健康局</span><span>金额单位：元</span></div>
<table>
<colgroup><col style="width:6%"><col style="width:7%"><col style="width:11%"><col style="width:9%"><col style="width:6.5%"><col style="width:6.5%"><col style="width:9.5%"><col style="width:4.75%"><col style="width:4.75%"><col style="width:14%"><col style="width:13%"><col style="width:8%"></colgroup>
${out.join('\n')}
</table>
</body>
</html>
`;
}

// ───────────────────────── print and write ─────────────────────────

interface Probe { stem: string; html: string; projects: R9Project[]; notes: string[] }

const probes: Probe[] = [
  {
    stem: 'probe-r9-webpdf-ordos-farmland-2024-spaced-vertical', html: ordosPage(ORDOS), projects: [ORDOS],
    notes: [
      'A4 portrait 项目支出绩效自评表 printed by Chromium from HTML. Labels letter-spaced the way Word justifies them: "项 目 名 称", "年 度 资 金 总 额", "总 分", "三 级 指 标", "预 期 目 标" written with spaces; 主管部门 / 实施单位 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 spread over their cells by CSS text-align-last: justify (glyphs far apart, no space characters).',
      '绩效指标, 年度总体目标 and every 一级 / 二级 cell written vertically (writing-mode: vertical-rl, one upright character a line) in narrow merged cells; a label longer than its block is tall wraps into two vertical columns read right to left ("质量" | "指标", "服务对象满" | "意度指标", "年度总" | "体目标"), as Word wraps vertical text in a narrow cell; one- and two-row 二级 blocks stand taller than a text row. Header cells "一级<br>指标" / "二级<br>指标" wrapped. One page.',
      'Funds in 万元 (1734.00 → 17340000 元); 年度资金总额 rate 97.02%, score 9.70; 其中：当年财政拨款 "/" for weight/rate/score (null); 上年结转资金 0.00 (0); 其他资金 "/" in every column (label only, amounts null).',
      'Target "2024年11月30日前" is a deadline phrase: text (as in the r6 重庆 golden); the actual "2024年11月25日" a date. "≥0.6" / "0.61" (灌溉水有效利用系数) have no unit.',
      'Caption "填报单位（盖章）：鄂尔多斯市东胜区农牧局" and the signature line under the table are not project fields. Title "项目支出绩效自评表" with "（2024年度）" below: year 2024. 总分 100 / 99.2, no grade printed.',
    ],
  },
  {
    stem: 'probe-r9-webpdf-shenzhen-after-school-2025-thead-running', html: shenzhenPage(SHENZHEN), projects: [SHENZHEN],
    notes: [
      'A4 portrait 2025年项目支出绩效目标表 printed by Chromium over 2 pages. The head (项目名称 … 年度绩效目标) is one <table>; the indicator block is a second <table> right under it (borders touching, so it reads as one table) whose <thead> row 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 (grey, bold) Chromium repeats at the top of page 2.',
      'Running page header from @page margin boxes: "深圳市龙岗区教育局2025年部门预算" (left) and "附件3" (right) on every page, footer "第 1 页 共 2 页".',
      'The page break falls inside the 产出指标 一级 block and inside the 时效指标 二级 block (春季学期… on page 1 beside "时效指标"; 秋季学期… and 课后服务补助资金拨付时间 on page 2 under the repeated header, their 一级/二级 cells empty: Chromium prints a split rowspan cell\'s text once, 产出指标 at the top of its page-1 part). Golden: the continued rows belong to the blocks above.',
      '主管部门及代码 "[305]深圳市龙岗区教育局" → department + code 305; 项目属性 → attribute; 项目期 "2025年1月—2025年12月" → period. Funds block 年度资金总额 / 其中：财政拨款 / 其他资金 in 万元 → annualBudget. The last column holds the weights (sum 100): weight. No total row.',
      'Targets: "2025年2月24日" → date; "2025年12月31日前" → text; "≤1500元/生·年" → unit 元/生·年.',
    ],
  },
  {
    stem: 'probe-r9-webpdf-xiamen-parks-roads-2025-article-two-tables', html: xiamenPage(XIAMEN_A, XIAMEN_B), projects: [XIAMEN_A, XIAMEN_B],
    notes: [
      'A 政务公开 article printed by Chromium (A4 portrait): site banner (厦门市思明区人民政府), nav, breadcrumb, article title, "发布时间：2025-02-21 09:30 | 来源：思明区市政园林局 | …" line, an intro paragraph with amounts (4106.80万元), then two 目标表 each under a heading paragraph "附件1：…绩效目标表" / "附件2：…" (taken as the titles) and "单位：万元". Tables ruled with 0.5px #999 lines (border-collapse), label and header cells on a light grey background (<th>), money and target values right-aligned, amounts with thousands separators (2,860.00).',
      'Table A: 绩效指标 label column, 一级 | 二级 | 三级 | 指标值; no weights (weight null). Table B: 指标性质 | 指标值 | 度量单位 split target ("≥" | "486" | "万平方米" → {">=", 486, "万平方米"}; "定性" | "稳步提升" | "" → text) and a 权重（%） column (weights sum 100).',
      'Table B starts at the foot of page 1 (项目名称, 主管部门 | 实施单位) and continues on page 2 (funds, goal, indicators) with no header repeated. Year 2025 from the headings. No total rows. 其他资金 0.00 → 0 in table A.',
    ],
  },
  {
    stem: 'probe-r9-webpdf-ningbo-public-health-2024-landscape-12col', html: ningboPage(NINGBO), projects: [NINGBO],
    notes: [
      'A4 landscape 2024年度项目支出绩效自评表 printed by Chromium, 12 columns: 一级 | 二级 | 三级 | 指标解释 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分 | 偏差原因分析 | 改进措施 | 佐证材料. 指标解释, 完成率, 改进措施 and 佐证材料 have no golden field; the 偏差原因 / 改进措施 prose wraps over 4–6 lines in its cell; "无" in both for rows without deviation.',
      'Funds in 元 with thousands separators (50,815,730.60), caption "金额单位：元"; 年度资金总额 rate 97.09%, score 9.71; three source lines 其中：中央补助资金 / 省市补助资金 / 区级财政资金 with "—" for weight/rate/score (null).',
      '总分 row "总　　分 | 100 | 95.91" then a separate "自评等级 | 优" row: total {100, 95.91, 优}. Caption "填报单位（盖章）" not a project field.',
      'Two pages: Chromium keeps each rowspan 一级 block whole (rows break-inside: avoid), so page 1 ends with the head, the goals and the indicator column header alone; every indicator row is on page 2, under no header.',
    ],
  },
];

function chromiumPrint(html: string, pdf: string): void {
  const work = mkdtempSync(join(tmpdir(), 'probe-r9-'));
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

const only = process.argv[2];
for (const p of probes) {
  if (only && !p.stem.includes(only)) continue;
  const pdf = join(OUT, `${p.stem}.pdf`);
  if (process.env.PROBE_KEEP_HTML) writeFileSync(join(process.env.PROBE_KEEP_HTML, `${p.stem}.html`), p.html);
  chromiumPrint(p.html, pdf);
  const golden = {
    source: `${p.stem}.pdf`,
    notes: [`Generated by ${GENERATOR} from content written there by hand (HTML printed by Chromium --print-to-pdf).`, ...p.notes],
    tables: p.projects.map(goldenTable),
  };
  writeGolden(`${p.stem}.pdf`, golden);
  console.log('wrote', p.stem);
}
