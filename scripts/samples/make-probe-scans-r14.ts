/**
 * Round-14b scan probes (samples/probe/probe-r14-scan-*): four templates written here by hand, printed
 * as HTML → PDF by headless Chromium, rasterised with pdftoppm and degraded with sharp. Scan hazards
 * earlier rounds (7, 10, 11) did not cover:
 *    1. liuzhou (广西, city) — header rows, label cells and the 一级 column printed with GREY SHADING
 *       (header 22 %, labels and 一级 16 % grey fill), scanned at 200 DPI grey: a binarizer may turn the
 *       shaded cells into black blocks or lose the text in them;
 *    2. zigui (湖北, county) — a FADED PHOTOCOPY: text and rules at ~55 % grey on light grey paper, a slight
 *       blur, a vertical light toner streak down the page through the 实际完成值 column, 200 DPI;
 *    3. jilin (吉林, city) — HANDWRITTEN MARKS on a printed 自评表 scanned grey at 300 DPI: ballpoint ticks (✓)
 *       in a 是否完成 column, a printed actual value struck through with a pen line and the correction
 *       written beside it, pen underlines under some actual values, a signature over the 填报人 line;
 *    4. tancheng (山东, county) — a two-page image-only PDF at 150 DPI, grey JPEG q35 (blocky artifacts),
 *       a 绩效目标表 whose indicator block continues on page 2 under its repeated column header, the page
 *       break inside the 效益指标 block (page 2 opens with an empty 一级 cell, its 二级 printed).
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output. The printing and scanning helpers are those of make-probe-scans-r10.ts / -r11.ts
 * (module-private there, so repeated here).
 *
 *   npx tsx scripts/samples/make-probe-scans-r14.ts [1 2 3 4]   # needs chromium, pdftoppm, WenQuanYi Micro Hei, Noto Serif CJK
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom } from '../../test/support/seeded-random.js';
import { printValue } from './golden-model.js';
import { imageOnlyPdf, type JpegPage } from './image-pdf.js';
import { OUT, goldenTable, indicatorRows, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-scans-r14.ts';

// ───────────────────────── content ─────────────────────────

const liuzhou: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '城市内涝治理工程', department: '柳州市住房和城乡建设局', implementingUnit: '柳州市市政设施维护中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 32_000_000, annualBudget: 34_500_000, executed: 33_672_000, weight: 10, executionRate: 97.6, score: 9.76 },
      { label: '其中：财政拨款', initialBudget: 32_000_000, annualBudget: 32_000_000, executed: 31_172_000 },
      { label: '上年结转资金', initialBudget: null, annualBudget: 2_500_000, executed: 2_500_000 },
    ],
  },
  goal: '改造雨污管网42公里以上，整治内涝积水点35处，新建雨水泵站2座，主汛期前完成主要工程，城区排水防涝能力稳步提升。',
  achieved: '完成雨污管网改造43.6公里，整治积水点35处，新建泵站2座；两座泵站设备到货延迟，主汛期前完工率86%。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '改造雨污管网长度', target: v('>=', 42, '公里'), actual: v(null, 43.6, '公里'), weight: 8, score: 8 },
      { name: '内涝积水点整治数量', target: v('>=', 35, '处'), actual: v(null, 35, '处'), weight: 8, score: 8 },
      { name: '新建雨水泵站', target: v('=', 2, '座'), actual: v(null, 2, '座'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
      { name: '管网功能性缺陷修复率', target: v('>=', 95, '%'), actual: v(null, 96.8, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '主汛期前完工率', target: v('>=', 90, '%'), actual: v(null, 86, '%'), weight: 5, score: 4.3, why: '两座泵站设备到货延迟，已于7月上旬投入运行' },
      { name: '项目完工时间', target: tx('2024年12月31日前'), actual: { date: '2024-12-20' }, weight: 4, score: 4 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '单公里管网改造成本', target: v('<=', 734, '万元'), actual: v(null, 702.5, '万元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '城区易涝点积水时长', target: tx('明显缩短'), actual: tx('明显缩短'), weight: 8, score: 8 },
      { name: '受益居民人数', target: v('>=', 12, '万人'), actual: v(null, 12.8, '万人'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '雨污混流排放量', target: tx('有效减少'), actual: tx('有效减少'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '城市排水防涝能力', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 8, score: 8 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '周边居民满意度', target: v('>=', 90, '%'), actual: v(null, 92.3, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.06, grade: '优' },
};

const zigui: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '柑橘产业提质增效专项', department: '秭归县农业农村局', implementingUnit: '秭归县特产技术推广中心' },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 1_800_000, annualBudget: 1_860_000, executed: 1_785_600, weight: 10, executionRate: 96, score: 9.6 },
      { label: '其中：财政拨款', initialBudget: 1_800_000, annualBudget: 1_800_000, executed: 1_725_600 },
      { label: '其他资金', initialBudget: null, annualBudget: 60_000, executed: 60_000 },
    ],
  },
  goal: '完成柑橘品种改良5000亩以上，建设水肥一体化示范基地6个，开展技术培训1200人次，带动脱贫户850户以上增收，柑橘产业发展后劲稳步提升。',
  achieved: '完成品种改良5120亩，建成示范基地6个，培训果农1356人次，带动脱贫户872户增收；高山片区绿色防控推广略有滞后。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '柑橘品种改良面积', target: v('>=', 5000, '亩'), actual: v(null, 5120, '亩'), weight: 8, score: 8 },
      { name: '水肥一体化示范基地', target: v('>=', 6, '个'), actual: v(null, 6, '个'), weight: 7, score: 7 },
      { name: '果农技术培训', target: v('>=', 1200, '人次'), actual: v(null, 1356, '人次'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '改良苗木成活率', target: v('>=', 95, '%'), actual: v(null, 96.2, '%'), weight: 7, score: 7 },
      { name: '绿色防控覆盖率', target: v('>=', 80, '%'), actual: v(null, 78.5, '%'), weight: 6, score: 5.4, why: '高山片区推广滞后，2025年扩大示范范围' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金兑付时间', target: tx('2024年11月30日前'), actual: { date: '2024-11-26' }, weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均改良补助标准', target: v('<=', 300, '元/亩'), actual: v(null, 300, '元/亩'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '柑橘产业综合产值', target: v('>=', 28, '亿元'), actual: v(null, 29.3, '亿元'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '带动脱贫户增收', target: v('>=', 850, '户'), actual: v(null, 872, '户'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '柑橘产业发展后劲', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '果农满意度', target: v('>=', 90, '%'), actual: v(null, 93, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99, grade: '优' },
};

/** The printed actual that is struck through on the jilin page, and the rows that get a tick / a pen underline. */
const JILIN_STRUCK = { name: '焊口无损检测合格率', printed: '92.5%' };
const JILIN_UNDERLINED = new Set(['改造老旧供热管网长度', '供热室温达标率', '供热投诉率同比下降']);

const jilin: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '城市供热老旧管网改造', department: '吉林市城市管理局', implementingUnit: '吉林市供热管理中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 56_000_000, annualBudget: 56_000_000, executed: 54_320_000, weight: 10, executionRate: 97, score: 9.7 },
      { label: '其中：财政拨款', initialBudget: 48_000_000, annualBudget: 48_000_000, executed: 46_320_000 },
      { label: '其他资金', initialBudget: 8_000_000, annualBudget: 8_000_000, executed: 8_000_000 },
    ],
  },
  goal: '改造老旧供热管网86公里、换热站24座，供热季前全部完工，惠及居民3.5万户，供热室温达标率98%以上，年节约标准煤1.2万吨。',
  achieved: '改造管网87.2公里、换热站24座，10月12日全部完工，惠及3.62万户，室温达标率98.6%；投诉率降幅未达预期。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '改造老旧供热管网长度', target: v('>=', 86, '公里'), actual: v(null, 87.2, '公里'), weight: 7, score: 7 },
      { name: '改造换热站数量', target: v('>=', 24, '座'), actual: v(null, 24, '座'), weight: 6, score: 6 },
      { name: '惠及居民户数', target: v('>=', 3.5, '万户'), actual: v(null, 3.62, '万户'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '管网改造工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
      { name: JILIN_STRUCK.name, target: v('>=', 95, '%'), actual: v(null, 95.2, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '工程完工时间', target: tx('2024年10月15日前'), actual: { date: '2024-10-12' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每公里管网改造成本', target: v('<=', 52, '万元'), actual: v(null, 49.8, '万元'), weight: 6, score: 6 },
      { name: '设计监理费用', target: v('<=', 186, '万元'), actual: v(null, 179.4, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '供热室温达标率', target: v('>=', 98, '%'), actual: v(null, 98.6, '%'), weight: 10, score: 10 },
      { name: '供热投诉率同比下降', target: v('>=', 10, '%'), actual: v(null, 8.2, '%'), weight: 8, score: 6.5, why: '部分小区庭院管网未纳入本次改造' },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '年节约标准煤', target: v('>=', 1.2, '万吨'), actual: v(null, 1.26, '万吨'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '城市供热保障能力', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 6, score: 6 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '供热用户满意度', target: v('>=', 90, '%'), actual: v(null, 91.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.2, grade: '优' },
};

/** 指标解释 of each tancheng indicator (printed, not in the golden). */
const TANCHENG_EXPLAIN: Record<string, string> = {
  '维修养护农村供水工程': '年度内完成维修养护的集中供水工程及单村供水工程处数',
  '更换老化供水管网长度': '更换使用年限超过15年或漏损严重的配水管网长度',
  '农村自来水普及率': '农村自来水受益人口占农村总人口的比例',
  '集中供水工程水质达标率': '水质抽检达标次数占抽检总次数的比例',
  '维修工程验收合格率': '验收合格的维修工程处数占完工工程处数的比例',
  '维修养护完成时间': '全部维修养护任务完成并通过验收的时间',
  '故障报修响应时间': '接到群众报修至维修人员到达现场的时间',
  '工程维修养护成本': '全年维修养护材料费、人工费及机械使用费合计',
  '农村供水受益人口': '维修养护工程覆盖供水区域内的常住人口',
  '农村供水保障水平': '供水保证率、水量水质等综合保障水平变化情况',
  '水源地保护区环境': '千吨万人水源地保护区划定、标识及环境整治情况',
  '工程长效运行管护机制': '县级统管、乡镇监管、村级协管的管护责任落实情况',
  '受益群众满意度': '抽样问卷调查受益群众对供水服务满意的比例',
  '村级管水员满意度': '抽样调查村级管水员对维修养护服务满意的比例',
};

const tancheng: Project = {
  kind: 'project-targets',
  title: '2025年度项目绩效目标表',
  year: 2025,
  project: { name: '农村供水工程维修养护', department: '郯城县水利局', implementingUnit: '郯城县农村供水服务中心', attribute: '延续项目', period: '2025年1月1日至2025年12月31日' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 28_600_000 },
      { label: '其中：中央资金', annualBudget: 15_000_000 },
      { label: '省级资金', annualBudget: 8_000_000 },
      { label: '县级资金', annualBudget: 5_600_000 },
    ],
  },
  goal: '完成128处农村供水工程维修养护，更换老化管网46.5公里，农村自来水普及率保持98%以上，集中供水工程水质达标率95%以上，保障42万农村群众饮水安全，建立健全工程长效运行管护机制。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '维修养护农村供水工程', target: v('>=', 128, '处'), weight: 7 },
      { name: '更换老化供水管网长度', target: v('>=', 46.5, '公里'), weight: 7 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村自来水普及率', target: v('>=', 98, '%'), weight: 6 },
      { name: '集中供水工程水质达标率', target: v('>=', 95, '%'), weight: 6 },
      { name: '维修工程验收合格率', target: v('=', 100, '%'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '维修养护完成时间', target: tx('2025年12月31日前'), weight: 6 },
      { name: '故障报修响应时间', target: v('<=', 24, '小时'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '工程维修养护成本', target: v('<=', 734, '万元'), weight: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村供水受益人口', target: v('>=', 42, '万人'), weight: 8 },
      { name: '农村供水保障水平', target: tx('稳步提升'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '水源地保护区环境', target: tx('持续改善'), weight: 6 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程长效运行管护机制', target: tx('逐步健全'), weight: 8 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益群众满意度', target: v('>=', 95, '%'), weight: 10 },
      { name: '村级管水员满意度', target: v('>=', 90, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

for (const p of [liuzhou, zigui, jilin, tancheng]) {
  const items = p.groups.flatMap((g) => g.items);
  const weights = items.reduce((a, it) => a + (it.weight ?? 0), 0) + Number(p.funds?.rows[0]?.weight ?? 0);
  if (weights !== 100) throw new Error(`${p.project.name}: weights add up to ${weights}`);
  if (p.total) {
    const score = items.reduce((a, it) => a + (it.score ?? 0), 0) + Number(p.funds?.rows[0]?.score ?? 0);
    if (Math.abs(score - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores add up to ${score}`);
  }
  for (const g of p.groups) {
    if (!g.level1Weight) continue;
    const w = p.groups.filter((x) => x.level1 === g.level1).flatMap((x) => x.items).reduce((a, it) => a + (it.weight ?? 0), 0);
    if (w !== g.level1Weight) throw new Error(`${p.project.name}: ${g.level1} weights add up to ${w}`);
  }
  const f = p.funds?.rows;
  if (f && f[0]!.executed != null) {
    const sum = f.slice(1).reduce((a, r) => a + Number(r.executed ?? 0), 0);
    if (sum !== f[0]!.executed) throw new Error(`${p.project.name}: executed lines add up to ${sum}`);
    const rate = Math.round((10_000 * Number(f[0]!.executed)) / Number(f[0]!.annualBudget)) / 100;
    if (rate !== f[0]!.executionRate) throw new Error(`${p.project.name}: execution rate ${rate}`);
  }
}

// ───────────────────────── printing ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (x: unknown) => (x == null ? '' : String(x));
/** An amount in the table's unit: 万元 with two decimals, 元 with thousands separators and two decimals. */
const money = (yuan: unknown, unit: '元' | '万元'): string => {
  if (yuan === null || yuan === undefined) return '';
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return unit === '元' ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toFixed(2);
};
const rate = (x: unknown) => (x == null ? '' : `${(x as number).toFixed(2)}%`);

/** A table's rows as HTML; `decorate(cell)` may add a class and markup inside a cell (hand marks). */
function rowsHtml(rows: PrintedCell[][], decorate?: (cell: PrintedCell) => { cls?: string; html?: string; replace?: string } | undefined): string {
  return rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const d = decorate?.(cell);
    const cls = [cell.text.length > 24 ? 'prose' : '', d?.cls ?? ''].filter(Boolean).join(' ');
    const text = d?.replace ?? cell.text.split('\n').map(esc).join('<br>');
    return `<${tag}${spans}${cls ? ` class="${cls}"` : ''}>${text}${d?.html ?? ''}</${tag}>`;
  }).join('')}</tr>`).join('\n');
}

const colgroup = (weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>`;
};

const page = (css: string, body: string, font = '"WenQuanYi Micro Hei",sans-serif') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:${font};margin:0;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:16pt;text-align:center;margin:0 0 4pt 0;font-weight:bold}
p.sub{text-align:center;margin:0 0 4pt 0;font-size:10.5pt}
p.cap{margin:0 0 3pt 0;font-size:10.5pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{text-align:center;vertical-align:middle;padding:2pt 3pt;word-break:break-all}
td.prose{text-align:left}
${css}
</style></head><body>
${body}
</body></html>`;

const SELF_HEAD = () => [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')];
const selfCells = (it: Item) => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')];

/** 8-column self-evaluation head: name, units, funds (label | 年初 | 全年 | 执行 | 分值 | 执行率 | 得分), goals. */
function selfHead(p: Project): CellSpec[][] {
  const f = p.funds!;
  return [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c(`项目资金（${f.publishedUnit}）`, { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget, f.publishedUnit)), c(money(r.annualBudget, f.publishedUnit)), c(money(r.executed, f.publishedUnit)),
      c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
  ];
}

/** 1. Grey-shaded header rows, label cells and 一级 column. */
function doc1(p: Project): string {
  const rows = builtRows(8, [
    ...selfHead(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const labels = new Set(['项目名称', '主管部门', '实施单位', '项目资金（万元）', '年度总体目标', '总分', ...p.groups.map((g) => g.level1), ...p.groups.map((g) => `${g.level1}（${g.level1Weight}分）`)]);
  const shade = (cell: PrintedCell) => (cell.header ? { cls: 'head' } : labels.has(cell.text) ? { cls: 'label' } : undefined);
  return page(`@page{size:A4;margin:14mm 14mm 14mm 14mm}
th,td{border:0.8pt solid #000;font-size:9.5pt;font-weight:normal;padding:3pt 2pt}
th.head{background:#c6c6c6;font-weight:bold}
td.label{background:#d6d6d6}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：柳州市住房和城乡建设局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4.6, 5.6, 10, 6.2, 6.2, 3.8, 3.8, 9.5])}
${rowsHtml(rows, shade)}
</table>
<p class="cap" style="margin-top:6pt">填报人：韦丽萍　　　　联系电话：0772-2816534　　　　填报日期：2025年3月12日</p>`);
}

/** 2. A plain 自评表 (amounts in 元), later faded as a photocopy. */
function doc2(p: Project): string {
  const rows = builtRows(8, [
    ...selfHead(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(p.total!.grade!)],
  ]);
  return page(`@page{size:A4;margin:15mm 13mm 15mm 13mm}
th,td{border:0.75pt solid #000;font-size:10pt;font-weight:normal;padding:3.2pt 2pt}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：秭归县农业农村局<span style="float:right">单位：元</span></p>
<table>${colgroup([4.4, 5.6, 9.6, 6.4, 6.4, 3.4, 3.4, 9])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:6pt">填报人：向明华　　　联系电话：0717-2882615　　　填报日期：2025年4月8日</p>`, '"Noto Serif CJK SC",serif');
}

const INK = 'rgb(34,52,150)';

/** A ballpoint tick, jittered per row. */
function tick(rand: () => number): string {
  const a = (rand() - 0.5) * 16, dx = (rand() - 0.5) * 6, s = 0.85 + rand() * 0.3;
  const k = 2 + rand() * 3;
  return `<svg class="tick" style="transform:translate(${dx.toFixed(1)}pt,0) rotate(${a.toFixed(1)}deg) scale(${s.toFixed(2)})" viewBox="0 0 40 32"><path d="M3,${15 + k} C6,18 9,${23 + k} 12,28 C17,${18 - k} 25,9 38,${2 + k / 2}" fill="none" stroke="${INK}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

/** A pen underline (a slightly wavy stroke) under a value. */
const underline = () => `<svg class="ul" viewBox="0 0 100 8" preserveAspectRatio="none"><path d="M2,4 C20,6 35,2 52,4.5 C68,6.5 84,3 98,3.5" fill="none" stroke="${INK}" stroke-width="1.6" stroke-linecap="round"/></svg>`;

/** A scribbled signature (loops and a long tail). */
const signature = () => `<svg class="sig" viewBox="0 0 200 48"><path d="M8,36 C12,8 30,2 26,22 C22,40 8,36 18,24 C26,12 42,10 44,26 C45,36 36,38 42,26 C48,14 60,12 62,24 C64,34 56,38 62,28 C70,14 82,12 84,24 C86,34 76,38 82,28 C90,16 104,8 112,20 C116,28 106,36 114,30 C124,20 140,14 158,22 C170,28 182,20 194,12" fill="none" stroke="${INK}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

/** 3. A 自评表 with a 是否完成 column, then marked by hand. */
function doc3(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(9, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数', { span: 2 }), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget, '万元')), c(money(r.annualBudget, '万元')), c(money(r.executed, '万元'), { span: 2 }),
      c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('是否完成'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...indicatorRows(p.groups, (it) => [
      c(it.name), c(printValue(it.target)),
      c(it.name === JILIN_STRUCK.name ? `@struck:${it.name}` : `@actual:${it.name}`),
      c(`@done:${it.name}`), c(num(it.weight)), c(num(it.score)), c(it.why ?? ''),
    ]),
    [c('总分', { span: 6 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const byName = new Map(p.groups.flatMap((g) => g.items).map((it) => [it.name, it]));
  const rand = seededRandom(31401);
  const hand = (cell: PrintedCell) => {
    const m = /^@(struck|actual|done):(.*)$/.exec(cell.text);
    if (!m) return undefined;
    const it = byName.get(m[2]!)!;
    if (m[1] === 'done') {
      // a tick where the indicator was met (full score); the missed ones are left blank
      return { cls: 'hand', replace: it.score === it.weight ? tick(rand) : '' };
    }
    const printed = esc(printValue(it.actual ?? null));
    if (m[1] === 'struck') {
      return { cls: 'hand', replace: `<span class="struck">${esc(JILIN_STRUCK.printed)}<svg class="strike" viewBox="0 0 100 20" preserveAspectRatio="none"><path d="M-2,15 C30,12 60,9 104,5" fill="none" stroke="${INK}" stroke-width="2.4" stroke-linecap="round"/></svg></span><span class="corr">${printed}</span>` };
    }
    return { cls: 'hand', replace: JILIN_UNDERLINED.has(it.name) ? `<span class="under">${printed}${underline()}</span>` : printed };
  };
  return page(`@page{size:A4;margin:14mm 13mm 14mm 13mm}
th,td{border:0.8pt solid #000;font-size:9.5pt;font-weight:normal;padding:3pt 2pt}
td.hand{position:relative}
svg.tick{width:7mm;height:5.6mm;display:inline-block;vertical-align:middle;mix-blend-mode:multiply}
span.struck{position:relative;display:inline-block}
svg.strike{position:absolute;left:-2pt;right:-2pt;top:15%;width:calc(100% + 4pt);height:60%;mix-blend-mode:multiply}
span.corr{display:inline-block;margin-left:3pt;font-style:italic;font-size:11pt;color:${INK};transform:rotate(-5deg) skewX(-8deg);-webkit-text-stroke:0.25pt ${INK};letter-spacing:0.6pt}
span.under{position:relative;display:inline-block}
svg.ul{position:absolute;left:-3pt;bottom:-4pt;width:calc(100% + 6pt);height:4pt;mix-blend-mode:multiply}
p.sign{position:relative;margin-top:8pt;font-size:10.5pt}
svg.sig{position:absolute;left:2mm;top:-4.5mm;width:40mm;height:10mm;mix-blend-mode:multiply}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：吉林市城市管理局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4.3, 5.4, 9.6, 6, 7.6, 3.6, 3.2, 3.2, 8.2])}
${rowsHtml(rows, hand)}
</table>
<p class="sign">填报人：　　　　　　　　　　联系电话：0432-62048715　　　　填报日期：2025年3月18日${signature()}</p>`);
}

/** The 目标表 indicator rows of some groups; `continued` 一级 blocks begun on the previous page print an empty 一级 cell. */
function targetRows(groups: Group[], continued: Set<string>): CellSpec[][] {
  const out: CellSpec[][] = [];
  const level1s = [...new Set(groups.map((g) => g.level1))];
  for (const level1 of level1s) {
    const gs = groups.filter((g) => g.level1 === level1);
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, i) => {
      const row: CellSpec[] = [];
      if (gi === 0 && i === 0) row.push(c(continued.has(level1) ? '' : level1, { rowSpan: n }));
      if (i === 0) row.push(c(g.level2, { rowSpan: g.items.length }));
      out.push([...row, c(it.name), c(printValue(it.target)), c(num(it.weight)), c(TANCHENG_EXPLAIN[it.name]!)]);
    }));
  }
  return out;
}

/** 4. A two-page 绩效目标表: page 1 up to 社会效益指标, page 2 the rest under the repeated column header. */
function doc4(p: Project): string {
  const f = p.funds!;
  const head = builtRows(6, [
    [c('项目名称'), c(p.project.name!, { span: 'rest' })],
    [c('主管部门'), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目属性'), c(p.project.attribute!, { span: 2 }), c('实施期限'), c(p.project.period!, { span: 'rest' })],
    [c('项目资金<br>（万元）', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget, '万元'), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget, '万元'), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
  ]);
  const header = [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值'), h('指标解释')];
  const first = p.groups.slice(0, 5), second = p.groups.slice(5);
  const page1 = builtRows(6, [header, ...targetRows(first, new Set())]);
  const page2 = builtRows(6, [header, ...targetRows(second, new Set(['效益指标']))]);
  const cols = colgroup([4.6, 5.6, 9.4, 6.4, 3.4, 14]);
  return page(`@page{size:A4;margin:16mm 15mm 14mm 15mm}
th,td{border:0.8pt solid #000;font-size:11pt;font-weight:normal;padding:4pt 3pt;line-height:1.3}
th{font-weight:bold}
td.prose{text-align:left}
table.ind{margin-top:-0.8pt}
div.p2{break-before:page}
p.foot{text-align:center;font-size:9pt;margin-top:10pt}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap" style="display:flex;justify-content:space-between"><span>填报单位：郯城县水利局</span><span>单位：万元</span></p>
<table>${cols}
${rowsHtml(head).replace('项目资金&lt;br&gt;（万元）', '项目资金<br>（万元）')}
</table>
<table class="ind">${cols}
${rowsHtml(page1)}
</table>
<p class="foot">第 1 页，共 2 页</p>
<div class="p2">
<table>${cols}
${rowsHtml(page2)}
</table>
<p class="cap" style="margin-top:8pt">单位负责人：孙立伟　　　财务负责人：杜红梅　　　填表人：王晓琳　　　联系电话：0539-6212387</p>
<p class="foot">第 2 页，共 2 页</p>
</div>`, '"Noto Serif CJK SC",serif');
}

// ───────────────────────── scanning ─────────────────────────

interface Gray { data: Uint8Array; width: number; height: number }

/** HTML → PDF (Chromium) → one 8-bit grey raster per page (pdftoppm -gray). */
async function print(work: string, stem: string, html: string, dpi: number): Promise<Gray[]> {
  const htmlPath = join(work, `${stem}.html`), pdf = join(work, `${stem}.pdf`);
  writeFileSync(htmlPath, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlPath], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-png', pdf, join(work, stem)]);
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const out: Gray[] = [];
  for (let i = 1; i <= n; i++) {
    const { data, info } = await sharp(join(work, `${stem}-${String(i).padStart(n >= 10 ? 2 : 1, '0')}.png`)).greyscale().raw().toBuffer({ resolveWithObject: true });
    out.push({ data: new Uint8Array(data), width: info.width, height: info.height });
  }
  return out;
}

const clamp = (x: number) => (x < 0 ? 0 : x > 255 ? 255 : Math.round(x));
const gauss = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

/** Gaussian noise (Box–Muller) and a paper tone (white → `paper`). */
function paperAndNoise(g: Gray, paper: number, sigma: number, seed: number): void {
  const rand = seededRandom(seed), scale = paper / 255;
  for (let i = 0; i < g.data.length; i++) g.data[i] = clamp(g.data[i]! * scale + gauss(rand) * sigma);
}

/**
 * A faded photocopy: ink darkness d (0 white … 1 black) mapped to paper − d·(paper − ink), so black
 * prints at `ink`; inside a vertical toner streak (centre `x` as a fraction of the width, `w` pixels
 * wide, soft edges) the darkness is cut by `loss`.
 */
function fade(g: Gray, paper: number, ink: number, streak: { x: number; w: number; loss: number }, sigma: number, seed: number): void {
  const rand = seededRandom(seed), cx = streak.x * g.width;
  for (let x = 0; x < g.width; x++) {
    const t = Math.abs(x - cx) / (streak.w / 2);
    const lift = t >= 1.6 ? 0 : t <= 1 ? streak.loss : streak.loss * (1 - (t - 1) / 0.6);
    for (let y = 0; y < g.height; y++) {
      const i = y * g.width + x;
      // the streak wavers a little along its length (uneven toner)
      const l = lift * (0.9 + 0.1 * Math.sin(y / 37));
      const d = (1 - g.data[i]! / 255) * (1 - l);
      g.data[i] = clamp(paper - d * (paper - ink) + gauss(rand) * sigma);
    }
  }
}

/**
 * A laser printer's rendering of grey: a clustered-dot screen (period `period` px, turned 45°) — every
 * pixel black or white, the dots growing with the darkness; black text stays solid.
 */
function halftone(g: Gray, period: number): void {
  const k = (2 * Math.PI) / period, r = Math.SQRT1_2;
  for (let y = 0; y < g.height; y++) {
    for (let x = 0; x < g.width; x++) {
      const i = y * g.width + x, u = (x + y) * r, w = (x - y) * r;
      const t = 0.5 - (Math.cos(k * u) + Math.cos(k * w)) / 4; // 0 at dot centres … 1 between them
      g.data[i] = 1 - g.data[i]! / 255 > t ? 0 : 255;
    }
  }
}

/** Down-sample by an integer factor (the scanner's optics average the screen). */
async function shrink(g: Gray, factor: number): Promise<Gray> {
  const width = Math.round(g.width / factor), height = Math.round(g.height / factor);
  const data = await sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } }).resize(width, height, { kernel: 'cubic' }).greyscale().raw().toBuffer();
  return { data: new Uint8Array(data), width, height };
}

/** Rotate (sharp: positive turns clockwise) keeping the size, background `bg`, then blur σ. */
async function rotate(g: Gray, degrees: number, blur: number, bg: number): Promise<Gray> {
  const raw = { width: g.width, height: g.height, channels: 1 as const };
  const r = await sharp(Buffer.from(g.data), { raw }).rotate(degrees, { background: { r: bg, g: bg, b: bg } }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let img = sharp(r.data, { raw: { width: r.info.width, height: r.info.height, channels: r.info.channels as 1 } })
    .extract({ left: Math.floor((r.info.width - g.width) / 2), top: Math.floor((r.info.height - g.height) / 2), width: g.width, height: g.height });
  if (blur > 0.3) img = img.blur(blur);
  const data = await img.greyscale().raw().toBuffer();
  return { data: new Uint8Array(data), width: g.width, height: g.height };
}

const toSharp = (g: Gray) => sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } }).toColourspace('b-w');

interface Scan { file: string; tables: object[]; notes: string[] }

async function scan1(work: string): Promise<Scan> {
  const file = 'probe-r14-scan-liuzhou-waterlogging-2024-grey-shading-scan.jpg';
  const pages = await print(work, 'liuzhou', doc1(liuzhou), 600);
  if (pages.length !== 1) throw new Error(`liuzhou: ${pages.length} pages`);
  // printed on a 600-DPI laser printer (the grey fills as a ~106 lpi dot screen), scanned at 200 DPI
  halftone(pages[0]!, 8);
  const g = await shrink(pages[0]!, 3);
  paperAndNoise(g, 240, 6, 14101);
  const out = await rotate(g, 0.4, 0.5, 240);
  await toSharp(out).withMetadata({ density: 200 }).jpeg({ quality: 72 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(liuzhou)], notes: [
      '自评表 printed by Chromium with grey cell shading: every header cell (the funds header 年初预算数 … 得分, 预期目标 / 实际完成情况, the indicator column header 一级指标 … 偏差原因分析及改进措施) filled #c6c6c6 (22 % grey) in bold, the label cells (项目名称, 主管部门, 实施单位, 项目资金（万元）, 年度总体目标, 总分) and the 一级 cells (产出指标（50分） …) filled #d6d6d6 (16 % grey). Printed as a laser printer prints grey: rendered at 600 DPI and screened to pure black and white with a 45° clustered-dot screen of period 8 px (≈ 106 lpi), so the fills are dot patterns and the text edges are screened too; then scanned at 200 DPI (cubic down-sampling ×3: the dots average to a mottled grey with a faint moiré), paper 240, noise σ 6, skewed 0.4° clockwise, blur σ 0.5, grey JPEG q72.',
      'Funds: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, the block label in the 一级 column; 上年结转资金 has no 年初预算数 (empty → null). 一级 printed with weights "产出指标（50分）" → level1 产出指标, level1Weight 50.',
      '"2024年12月31日前" is a deadline phrase → text; the actual 2024年12月20日 is a date. "=100%" → {=, 100, %}; "≤734万元" → {<=, 734, 万元}. 总分 row: 100 | 99.06 | 自评等级：优. The caption 填报单位（盖章） and the 填报人 line are not project fields.',
    ],
  };
}

async function scan2(work: string): Promise<Scan> {
  const file = 'probe-r14-scan-zigui-citrus-2024-faded-photocopy-scan.jpg';
  const pages = await print(work, 'zigui', doc2(zigui), 200);
  if (pages.length !== 1) throw new Error(`zigui: ${pages.length} pages`);
  const g = pages[0]!;
  // the streak runs down the 实际完成值 column (≈ 55 % across the page)
  fade(g, 224, 116, { x: 0.555, w: 30, loss: 0.62 }, 5, 14201);
  const out = await rotate(g, -0.6, 0.9, 224);
  await toSharp(out).withMetadata({ density: 200 }).jpeg({ quality: 80 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(zigui)], notes: [
      '自评表 printed by Chromium in a serif face (Noto Serif CJK SC, as 宋体), rendered at 200 DPI grey, then faded as a photocopy of a photocopy: black ink maps to 116 (≈ 55 % grey) on paper 224, the rules as faint as the text; a vertical toner streak 30 px wide (soft edges, wavering) down the page at 55.5 % of its width, through the 实际完成值 column and the funds 全年执行数 column, cuts the remaining ink contrast by ~62 % (strokes inside it ≈ 181 on 224); noise σ 5, skewed 0.6° counter-clockwise, blur σ 0.9, grey JPEG q80.',
      'Amounts printed in 元 with thousands separators and two decimals ("1,860,000.00"), unit 元 from the caption "单位：元" and the block label 项目资金（元）. 其他资金 has no 年初预算数 (empty → null). The year only in the subtitle "（2024年度）" (title 项目支出绩效自评表).',
      '"2024年11月30日前" is a deadline phrase → text; the actual 2024年11月26日 is a date. "≤300元/亩" → {<=, 300, 元/亩}; "≥28亿元" → {>=, 28, 亿元}. 总分 row: 100 | 99 | 优 (bare grade in the last column). The caption 填报单位 and the 填报人 line are not project fields. Everything under the streak is transcribed as printed (the golden holds what is on the paper, however faint).',
    ],
  };
}

async function scan3(work: string): Promise<Scan> {
  const file = 'probe-r14-scan-jilin-heating-network-2024-handwritten-marks-scan.jpg';
  const pages = await print(work, 'jilin', doc3(jilin), 300);
  if (pages.length !== 1) throw new Error(`jilin: ${pages.length} pages`);
  const g = pages[0]!;
  paperAndNoise(g, 246, 4, 14301);
  const out = await rotate(g, -0.35, 0.6, 246);
  await toSharp(out).withMetadata({ density: 300 }).jpeg({ quality: 84 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(jilin)], notes: [
      '自评表 printed by Chromium and marked by hand in blue ballpoint (rgb(34,52,150), ≈ 60 grey once scanned grey), rendered at 300 DPI grey, paper 246, noise σ 4, skewed 0.35° counter-clockwise, blur σ 0.6, grey JPEG q84. The hand marks: a tick (✓, drawn strokes, each jittered in size, slant and place) in the 是否完成 column of every indicator that reached full score (blank for the one that did not, 供热投诉率同比下降; the corrected 焊口无损检测合格率 is ticked); pen underlines under the actual values 87.2公里, 98.6% and 8.2%; a scribbled signature over the printed "填报人：" label under the table (the name itself is not printed).',
      'Judgement call — the correction: in 焊口无损检测合格率 the printed actual "92.5%" is struck through by one pen line and "95.2%" is written beside it by hand (italic, larger, slanted). A signed-off self-evaluation corrected by hand reports the corrected figure: the golden actual is the handwritten 95.2% (consistent with the target ≥95% and the full score 6 of 6 printed beside it; the struck 92.5% would have missed the target). Reading the struck value instead, or both glued ("92.5%95.2%"), is wrong; an honest reader that cannot read the hand should at least flag the cell, not report 92.5% at full confidence.',
      '是否完成 is a completion column holding only ticks (not compared by the scorer; a careful reader records completion ✓ / empty). 全年执行数 spans two columns in the funds block (the indicator block has one more column than the funds block). 一级 cells carry no weights. "2024年10月15日前" → text; the actual 2024年10月12日 → date. 总分 row: 100 | 98.2 | 自评等级：优. The caption 填报单位（盖章） and the 填报人 line are not project fields.',
    ],
  };
}

async function scan4(work: string): Promise<Scan> {
  const file = 'probe-r14-scan-tancheng-rural-water-2025-targets-150dpi-q35-scan.pdf';
  const pages = await print(work, 'tancheng', doc4(tancheng), 150);
  if (pages.length !== 2) throw new Error(`tancheng: ${pages.length} pages`);
  const jpegs: JpegPage[] = [];
  const skew = [0.3, -0.7];
  for (const [k, g] of pages.entries()) {
    paperAndNoise(g, 236, 4, 14401 + k);
    const out = await rotate(g, skew[k]!, 0.4, 236);
    jpegs.push({ jpeg: await toSharp(out).jpeg({ quality: 35 }).toBuffer(), width: out.width, height: out.height, dpi: 150 });
  }
  writeFileSync(join(OUT, file), imageOnlyPdf(jpegs));
  return {
    file, tables: [goldenTable(tancheng)], notes: [
      '绩效目标表 over two A4 pages printed by Chromium in a serif face (Noto Serif CJK SC, as 宋体), rendered at 150 DPI grey, paper 236, noise σ 4, skewed 0.3° (page 1) and 0.7° counter-clockwise (page 2), blur σ 0.4, each page a grey JPEG at quality 35 (8×8 blocking and ringing round every stroke) in an image-only PDF. Footer "第 1 页，共 2 页" / "第 2 页，共 2 页".',
      'Page 1: header fields (项目名称, 主管部门 | 实施单位, 项目属性 | 实施期限), funds (项目资金（万元） beside 年度资金总额 / 其中：中央资金 / 省级资金 / 县级资金, one amount each → annualBudget), 年度绩效目标, then the indicator block 一级 | 二级 | 三级 | 指标值 | 分值 | 指标解释 up to 社会效益指标. Page 2: the column header repeated, then 生态效益指标 / 可持续影响指标 beside an EMPTY 一级 cell (the merged 效益指标 cell began on page 1) and 满意度指标. One Table; a careful reader keeps the page-2 rows under 效益指标.',
      '"2025年12月31日前" → text; "≤24小时" → {<=, 24, 小时}; "≤734万元" → {<=, 734, 万元}. 分值 → weight (sums to 100). No total row. 项目属性 延续项目 → attribute, 实施期限 2025年1月1日至2025年12月31日 → period. The 指标解释 column is prose (explanation, not compared). The caption 填报单位 and the sign-off line on page 2 are not project fields.',
    ],
  };
}

const work = mkdtempSync(join(tmpdir(), 'probe-r14-'));
try {
  const only = process.argv.slice(2);
  const all = [scan1, scan2, scan3, scan4];
  for (const [k, make] of all.entries()) {
    if (only.length && !only.includes(String(k + 1))) continue;
    const s = await make(work);
    writeGolden(s.file, { source: s.file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...s.notes], tables: s.tables });
    console.log(s.file);
  }
} finally {
  if (process.env.PROBE_KEEP_WORK) execFileSync('cp', ['-r', work, process.env.PROBE_KEEP_WORK]);
  rmSync(work, { recursive: true, force: true });
}
