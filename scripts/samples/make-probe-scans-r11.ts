/**
 * Round-11b scan probes (samples/probe/probe-r11-scan-*): four templates written here by hand, printed
 * as HTML → PDF by headless Chromium, rasterised with pdftoppm and degraded as a scanner, a phone or a
 * fax machine would. Scan conditions earlier rounds did not cover:
 *    1. ganzhou (江西) — a COLOUR scan (RGB JPEG, 200 DPI) of a 自评表 on slightly yellow paper, a bright
 *       red round seal over the 主管部门 cell and the top of the funds block, a blue ballpoint signature
 *       and handwritten date by the 填报人 line under the table;
 *    2. tianshui (甘肃) — a phone photo of a 绩效目标表: the page a trapezoid (top edge ~3 % narrower than the
 *       bottom), on a dark desk showing round it, turned 2.5°, soft focus (blur σ 1 px), RGB JPEG;
 *    3. xining (青海) — a fax: bilevel (1-bit) CCITT G4 TIFF at 200 DPI, thin rules broken into dots and
 *       dashes by the threshold, text thickened, a fax header line at the top;
 *    4. chongqing (重庆) — a 2-up copy: two A5 pages side by side on one landscape A4 image at 300 DPI, the
 *       left page the end of one project's 自评表 (续表: its last indicators, 总分 and signature lines), the
 *       right page a whole second project's 自评表; a one-page image-only PDF.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-scans-r11.ts [1 2 3 4]   # needs chromium, pdftoppm, WenQuanYi Micro Hei
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom } from '../../test/support/seeded-random.js';
import { printValue } from './golden-model.js';
import { imageOnlyPdf } from './image-pdf.js';
import { OUT, goldenTable, indicatorRows, tx, v, writeGolden, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-scans-r11.ts';

// ───────────────────────── content ─────────────────────────

const ganzhou: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '农村公路养护工程', department: '赣州市交通运输局', implementingUnit: '赣州市公路事业发展中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 18_600_000, annualBudget: 19_250_000, executed: 18_921_400, weight: 10, executionRate: 98.29, score: 9.83 },
      { label: '其中：财政拨款', initialBudget: 18_600_000, annualBudget: 18_600_000, executed: 18_271_400 },
      { label: '其他资金', initialBudget: null, annualBudget: 650_000, executed: 650_000 },
    ],
  },
  goal: '完成全市农村公路日常养护4860公里以上，改造危桥26座，实施安全生命防护工程185公里，农村公路优良中等路率达到85%以上，群众出行条件稳步提升。',
  achieved: '完成日常养护4872公里，改造危桥26座，实施安全生命防护工程178.6公里，优良中等路率86.4%；部分安防工程受汛期影响顺延至2025年。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '农村公路日常养护里程', target: v('>=', 4860, '公里'), actual: v(null, 4872, '公里'), weight: 8, score: 8 },
      { name: '危桥改造数量', target: v('>=', 26, '座'), actual: v(null, 26, '座'), weight: 7, score: 7 },
      { name: '安全生命防护工程里程', target: v('>=', 185, '公里'), actual: v(null, 178.6, '公里'), weight: 6, score: 5.2,
        why: '受汛期影响部分路段顺延至2025年一季度完工' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '农村公路优良中等路率', target: v('>=', 85, '%'), actual: v(null, 86.4, '%'), weight: 8, score: 8 },
      { name: '养护工程验收合格率', target: v(null, 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '养护工程完工时间', target: tx('2024年12月31日前'), actual: { date: '2024-12-20' }, weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '县道养护补助标准', target: v('>=', 10000, '元/公里'), actual: v(null, 10000, '元/公里'), weight: 4, score: 4 },
      { name: '危桥改造工程总成本', target: v('<=', 734, '万元'), actual: v(null, 721.3, '万元'), weight: 3, score: 3 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '经济效益指标', items: [
      { name: '沿线群众出行成本', target: tx('有效降低'), actual: tx('有效降低'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '农村公路列养率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '群众出行条件', target: tx('稳步提升'), actual: tx('明显改善'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '路域环境整治里程', target: v('>=', 320, '公里'), actual: v(null, 326, '公里'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '农村公路管护长效机制', target: tx('逐步健全'), actual: tx('基本建立'), weight: 4, score: 3.5,
        why: '乡村两级养护责任落实不均衡，2025年推行路长制考核' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '沿线群众满意度', target: v('>=', 90, '%'), actual: v(null, 93.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.53, grade: '优' },
};

const tianshui: Project = {
  kind: 'project-targets',
  title: '2025年市级项目支出绩效目标表',
  year: 2025,
  project: { name: '义务教育薄弱学校校舍维修改造', department: '天水市教育局', implementingUnit: '天水市教育局基建办公室', category: '专项业务类项目', period: '2025年1月—2025年12月' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 26_400_000 },
      { label: '其中：中央资金', annualBudget: 16_000_000 },
      { label: '省级资金', annualBudget: 6_400_000 },
      { label: '市级资金', annualBudget: 4_000_000 },
    ],
  },
  goal: '完成42所义务教育薄弱学校校舍维修改造3.6万平方米，消除校舍安全隐患，改善办学条件，惠及在校学生2.8万人以上，学生及家长满意度达到90%以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '维修改造校舍面积', target: v('>=', 3.6, '万平方米'), weight: 10 },
      { name: '受益学校数量', target: v('>=', 42, '所'), weight: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程竣工验收合格率', target: v('=', 100, '%'), weight: 10 },
      { name: '校舍安全隐患整改率', target: v('>=', 95, '%'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完工时间', target: tx('2025年12月31日前'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单位面积改造成本', target: v('<=', 734, '元/平方米'), weight: 6 },
      { name: '工程监理费用', target: v('<=', 52, '万元'), weight: 4 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益学生人数', target: v('>=', 2.8, '万人'), weight: 8 },
      { name: '薄弱学校办学条件', target: tx('稳步提升'), weight: 9 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '校舍节能改造覆盖率', target: v('>=', 30, '%'), weight: 5 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '校舍安全使用年限', target: tx('有效延长'), weight: 8 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '学生及家长满意度', target: v('>=', 90, '%'), weight: 10 },
      { name: '受益学校满意度', target: v('>=', 95, '%'), weight: 6 },
    ] },
  ],
  total: null,
};

const xining: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '城市公共交通运营补贴', department: '西宁市交通运输局', departmentCode: '206', implementingUnit: '西宁公交集团有限责任公司' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 52_000_000, executed: 51_376_000, weight: 10, executionRate: 98.8, score: 9.88 },
      { label: '其中：财政拨款', annualBudget: 48_000_000, executed: 47_376_000 },
      { label: '其他资金', annualBudget: 4_000_000, executed: 4_000_000 },
    ],
  },
  goal: '保障全市96条以上公交线路正常运营，新能源公交车辆1350辆以上，全年客运量1.45亿人次，公交准点率92%以上，落实老年人等特殊群体免费乘车政策。',
  achieved: '全年运营线路98条，新能源公交车辆1362辆，客运量1.38亿人次，准点率93.6%，特殊群体免费乘车政策全面落实。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '公交运营线路', target: v('>=', 96, '条'), actual: v(null, 98, '条'), weight: 8, score: 8 },
      { name: '新能源公交车辆投入', target: v('>=', 1350, '辆'), actual: v(null, 1362, '辆'), weight: 8, score: 8 },
      { name: '年客运量', target: v('>=', 1.45, '亿人次'), actual: v(null, 1.38, '亿人次'), weight: 8, score: 7.2, why: '客流恢复不及预期' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '公交准点率', target: v('>=', 92, '%'), actual: v(null, 93.6, '%'), weight: 8, score: 8 },
      { name: '运营车辆完好率', target: v('>=', 95, '%'), actual: v(null, 97.1, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补贴资金拨付时间', target: tx('按季度拨付'), actual: tx('按季度拨付'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每车公里运营补贴', target: v('<=', 2.6, '元'), actual: v(null, 2.48, '元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '公共交通出行分担率', target: v('>=', 45, '%'), actual: v(null, 46.2, '%'), weight: 10, score: 10 },
      { name: '特殊群体免费乘车保障', target: tx('全面落实'), actual: tx('全面落实'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '减少碳排放量', target: v('>=', 3.2, '万吨'), actual: v(null, 3.3, '万吨'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '公交优先发展机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 4, score: 4 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '乘客满意度', target: v('>=', 90, '%'), actual: v(null, 91.8, '%'), weight: 8, score: 8 },
      { name: '沿线居民满意度', target: v('>=', 85, '%'), actual: v(null, 88, '%'), weight: 4, score: 4 },
    ] },
  ],
  total: { weight: 100, score: 99.08, grade: '优' },
};

/** The tail of the project before the right-hand page: only these rows are on the left page. */
const chongqingTail: Project = {
  kind: 'project-self-evaluation',
  title: '（续表）',
  year: 2024,
  project: {},
  funds: null,
  groups: [
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '道路桥梁通行安全', target: tx('有效保障'), actual: tx('有效保障'), weight: 8, score: 8 },
      { name: '城市道路完好率', target: v('>=', 95, '%'), actual: v(null, 96.3, '%'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '道路桥梁设施使用寿命', target: tx('有效延长'), actual: tx('有效延长'), weight: 7, score: 7 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '市民满意度', target: v('>=', 90, '%'), actual: v(null, 89.1, '%'), weight: 7, score: 6.3, why: '个别路段施工围挡时间较长' },
    ] },
  ],
  total: { weight: 100, score: 97.6, grade: '优' },
};

const chongqing: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '农村义务教育学生营养改善计划', department: '重庆市江北区教育委员会', implementingUnit: '江北区学生资助管理中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 12_800_000, annualBudget: 12_800_000, executed: 12_544_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：中央补助', initialBudget: 9_600_000, annualBudget: 9_600_000, executed: 9_600_000 },
      { label: '区级资金', initialBudget: 3_200_000, annualBudget: 3_200_000, executed: 2_944_000 },
    ],
  },
  goal: '为全区48所农村义务教育学校3.2万名学生提供营养膳食补助，保障食品安全，学生营养健康状况稳步提升。',
  achieved: '48所学校全部供餐，受益学生3.26万人，食品安全抽检全部合格，学生体质健康合格率93.5%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '受益学生人数', target: v('>=', 3.2, '万人'), actual: v(null, 3.26, '万人'), weight: 10, score: 10 },
      { name: '供餐学校数量', target: v('=', 48, '所'), actual: v(null, 48, '所'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '食品安全抽检合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付时间', target: tx('2024年12月31日前'), actual: { date: '2024-12-16' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '营养膳食补助标准', target: v(null, 5, '元/人/天'), actual: v(null, 5, '元/人/天'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '学生营养健康状况', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 10, score: 10 },
      { name: '学生体质健康合格率', target: v('>=', 92, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '营养改善长效机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '学生及家长满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 10, score: 10 },
      { name: '学校满意度', target: v('>=', 95, '%'), actual: v(null, 97, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.8, grade: '优' },
};

for (const p of [ganzhou, tianshui, xining, chongqing]) {
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
}

// ───────────────────────── printing ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const money = (yuan: unknown): string => (yuan === null || yuan === undefined ? '' : ((yuan as number) / 10_000).toFixed(2));
const num = (x: unknown) => (x == null ? '' : String(x));
const rate = (x: unknown) => (x == null ? '' : `${(x as number).toFixed(2)}%`);

function rowsHtml(rows: PrintedCell[][], extra?: (cell: PrintedCell) => string): string {
  return rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const more = extra?.(cell) ?? '';
    const cls = [cell.text.length > 24 ? 'prose' : '', more ? 'sealed' : ''].filter(Boolean).join(' ');
    return `<${tag}${spans}${cls ? ` class="${cls}"` : ''}>${cell.text.split('\n').map(esc).join('<br>')}${more}</${tag}>`;
  }).join('')}</tr>`).join('\n');
}

const colgroup = (weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>`;
};

const page = (css: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:0;color:#000}
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

const selfCells = (it: Item) => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')];
const SELF_HEAD = () => [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')];

/** A red round official seal as inline SVG. */
function sealSvg(ring: string, cls = 'seal'): string {
  const r = 100, chars = [...ring], span = (Math.PI * 4) / 3;
  const text = chars.map((ch, k) => {
    const a = -Math.PI / 2 - span / 2 + (span * (k + 0.5)) / chars.length;
    const x = r + 72 * Math.cos(a), y = r + 72 * Math.sin(a);
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${((a + Math.PI / 2) * 180 / Math.PI).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-size="24" text-anchor="middle" dominant-baseline="central">${ch}</text>`;
  }).join('');
  const star = Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 === 0 ? 24 : 9.5;
    return `${(r + rr * Math.cos(a)).toFixed(1)},${(r + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return `<svg class="${cls}" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg" fill="rgb(235,28,36)" stroke="rgb(235,28,36)">
<circle cx="100" cy="100" r="95" fill="none" stroke-width="6"/><polygon points="${star}" stroke="none"/>
<g stroke="none" font-family="WenQuanYi Micro Hei">${text}<text x="100" y="152" font-size="17" text-anchor="middle">财务专用章</text></g></svg>`;
}

/** A blue ballpoint signature (a scribbled name) and a handwritten date, as SVG strokes. */
function ballpoint(): string {
  const ink = 'rgb(28,52,168)';
  // a fast cursive scribble: loops and a long tail, as a signed name
  const sig = 'M6,34 C14,6 26,4 24,22 C22,38 10,40 16,26 C22,12 40,8 44,24 C46,34 38,40 40,28 C42,16 56,10 60,22 '
    + 'C63,32 56,38 60,30 C66,18 78,14 80,26 C82,36 72,40 78,30 C86,16 102,10 108,20 C112,28 104,36 110,30 '
    + 'C118,22 132,16 150,20 C166,24 178,22 190,14';
  return `<svg class="sig" viewBox="0 0 200 48" xmlns="http://www.w3.org/2000/svg"><path d="${sig}" fill="none" stroke="${ink}" stroke-width="2.1" stroke-linecap="round" stroke-linejoin="round"/></svg>`
    + `<span class="hand">2025.3.18</span>`;
}

function doc1(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 1 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const seal = (cell: PrintedCell) => (cell.text === p.project.department ? sealSvg('赣州市交通运输局') : '');
  return page(`@page{size:A4;margin:14mm 14mm 14mm 14mm}
th,td{border:0.8pt solid #000;font-size:9.5pt;font-weight:normal;padding:2.5pt 2pt}
td.sealed{position:relative}
svg.seal{position:absolute;width:40mm;height:40mm;left:8%;top:-2mm;mix-blend-mode:multiply;opacity:0.88}
p.sign{position:relative;margin-top:7pt;font-size:10.5pt}
svg.sig{position:absolute;left:34mm;top:-5mm;width:36mm;height:9mm;mix-blend-mode:multiply}
span.hand{position:absolute;left:146mm;top:-2.5mm;font-size:13pt;color:rgb(28,52,168);transform:rotate(-4deg);font-style:italic;letter-spacing:0.5pt;mix-blend-mode:multiply}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：赣州市交通运输局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4.2, 5.6, 10, 6.2, 6.2, 4, 4, 9.5])}
${rowsHtml(rows, seal)}
</table>
<p class="sign">填报人（签字）：　　　　　　　　　　联系电话：0797-8123546　　　　　填报日期：　　　　　　　${ballpoint()}</p>`);
}

function doc2(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(5, [
    [c('项目名称'), c(p.project.name!, { span: 'rest' })],
    [c('主管部门'), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!)],
    [c('项目类别'), c(p.project.category!, { span: 2 }), c('实施期限'), c(p.project.period!)],
    [c('项目资金<br>（万元）', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值')],
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(num(it.weight))]),
  ]);
  // rowsHtml escapes text; the <br> in the funds label is restored after
  return page(`@page{size:A4;margin:18mm 17mm}
th,td{border:0.8pt solid #000;font-size:10.5pt;font-weight:normal;padding:4pt 3pt}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2025年度）</p>
<p class="cap" style="display:flex;justify-content:space-between"><span>填报单位：天水市教育局</span><span>单位：万元</span></p>
<table>${colgroup([5.2, 7, 12, 8.5, 4.3])}
${rowsHtml(rows).replace('&lt;br&gt;', '<br>')}
</table>
<p class="cap" style="margin-top:8pt">单位负责人：王建国　　　　财务负责人：李秀兰　　　　填表人：赵敏</p>`);
}

function doc3(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门及代码', { span: 2 }), c(`[${p.project.departmentCode}]${p.project.department}`, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { span: 2, rowSpan: f.rows.length + 1 }), h(''), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(p.total!.grade!)],
  ]);
  return page(`@page{size:A4;margin:12mm 14mm 14mm 14mm}
body{-webkit-text-stroke:0.35pt #000}
th,td{border:0.45pt solid #8c8c8c;font-size:9.5pt;font-weight:normal;padding:2.6pt 2pt}
p.fax{font-family:"WenQuanYi Micro Hei Mono",monospace;font-size:8pt;margin:0 0 8pt 0;-webkit-text-stroke:0}`,
  `<p class="fax">2025-03-21 09:47　　FROM：0971-6137452 西宁市交通运输局财务科　　TO：0971-8254610　　P.001/001</p>
<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：西宁市交通运输局<span style="float:right">单位：万元</span></p>
<table>${colgroup([4.2, 5.6, 9.5, 6, 6, 3.6, 3.6, 9])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:6pt">填报人：马海青　　　联系电话：0971-6137452　　　填报日期：2025年3月20日</p>`);
}

/** Two A5 pages side by side on a landscape A4 sheet. */
function doc4(tail: Project, p: Project): string {
  const left = builtRows(8, [
    SELF_HEAD(),
    ...indicatorRows(tail.groups, selfCells),
    [c('总分', { span: 5 }), c(num(tail.total!.weight)), c(num(tail.total!.score)), c(`自评等级：${tail.total!.grade}`)],
  ]);
  const f = p.funds!;
  const right = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const cols = colgroup([4.2, 5.6, 9.5, 6, 6, 3.4, 3.4, 8.5]);
  return page(`@page{size:A4 landscape;margin:0}
div.sheet{display:flex;width:297mm;height:209mm;overflow:hidden}
div.a5{width:148.5mm;height:209mm;box-sizing:border-box;padding:11mm 10mm 8mm 10mm;position:relative}
div.a5 + div.a5{border-left:0.3pt solid #ddd}
h1{font-size:12pt}
p.cap{font-size:8pt}
p.sub{font-size:8pt}
th,td{border:0.6pt solid #000;font-size:7.2pt;font-weight:normal;padding:1.6pt 1.5pt;line-height:1.25}
p.foot{position:absolute;bottom:6mm;left:0;right:0;text-align:center;font-size:8pt;margin:0}`,
  `<div class="sheet"><div class="a5">
<p class="cap" style="margin-bottom:5pt">（续表）</p>
<table>${cols}
${rowsHtml(left)}
</table>
<p class="cap" style="margin-top:5pt">填报人：陈志刚　　联系电话：023-67851243　　填报日期：2025年3月6日</p>
<p class="foot">— 14 —</p>
</div><div class="a5">
<h1>${esc(p.title)}</h1>
<p class="cap">填报单位：重庆市江北区教育委员会<span style="float:right">单位：万元</span></p>
<table>${cols}
${rowsHtml(right)}
</table>
<p class="cap" style="margin-top:5pt">填报人：刘婷　　联系电话：023-67853306　　填报日期：2025年3月7日</p>
<p class="foot">— 15 —</p>
</div></div>`);
}

// ───────────────────────── scanning ─────────────────────────

interface Raster { data: Uint8Array; width: number; height: number; channels: 1 | 3 }

/** HTML → PDF (Chromium) → one raster per page (pdftoppm), RGB or grey. */
async function print(work: string, stem: string, html: string, dpi: number, colour: boolean): Promise<Raster[]> {
  const htmlPath = join(work, `${stem}.html`), pdf = join(work, `${stem}.pdf`);
  writeFileSync(htmlPath, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlPath], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-r', String(dpi), ...(colour ? [] : ['-gray']), '-png', pdf, join(work, stem)]);
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const out: Raster[] = [];
  for (let i = 1; i <= n; i++) {
    const path = join(work, `${stem}-${String(i).padStart(n >= 10 ? 2 : 1, '0')}.png`);
    let img = sharp(path);
    img = colour ? img.removeAlpha().toColourspace('srgb') : img.greyscale();
    const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
    out.push({ data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels as 1 | 3 });
  }
  return out;
}

const clamp = (x: number) => (x < 0 ? 0 : x > 255 ? 255 : Math.round(x));

/** Gaussian noise per sample (Box–Muller) and a paper tone per channel (white → `paper`). */
function paperAndNoise(r: Raster, paper: number[], sigma: number, seed: number): void {
  const rand = seededRandom(seed);
  for (let i = 0; i < r.data.length; i++) {
    const n = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    r.data[i] = clamp((r.data[i]! * paper[i % r.channels]!) / 255 + n * sigma);
  }
}

const sharpOf = (r: Raster) => sharp(Buffer.from(r.data), { raw: { width: r.width, height: r.height, channels: r.channels } });

async function fromSharp(img: ReturnType<typeof sharp>, channels: 1 | 3): Promise<Raster> {
  const { data, info } = await (channels === 1 ? img.greyscale() : img.removeAlpha()).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels as 1 | 3 };
}

/** Rotate (sharp: positive turns clockwise) keeping the size, blur σ. */
async function rotate(r: Raster, degrees: number, blur: number, background: number[]): Promise<Raster> {
  const bg = { r: background[0]!, g: background[1 % background.length]!, b: background[2 % background.length]! };
  const rot = await fromSharp(sharpOf(r).rotate(degrees, { background: bg }), r.channels);
  let img = sharpOf(rot).extract({ left: Math.floor((rot.width - r.width) / 2), top: Math.floor((rot.height - r.height) / 2), width: r.width, height: r.height });
  if (blur > 0.3) img = img.blur(blur);
  return fromSharp(img, r.channels);
}

/** The 3×3 homography taking the four `from` points to the four `to` points (Gaussian elimination). */
function homography(from: [number, number][], to: [number, number][]): number[] {
  const A: number[][] = [];
  for (let k = 0; k < 4; k++) {
    const [x, y] = from[k]!, [u, w] = to[k]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -w * x, -w * y, w]);
  }
  for (let i = 0; i < 8; i++) {
    let p = i;
    for (let j = i + 1; j < 8; j++) if (Math.abs(A[j]![i]!) > Math.abs(A[p]![i]!)) p = j;
    [A[i], A[p]] = [A[p]!, A[i]!];
    for (let j = 0; j < 8; j++) {
      if (j === i) continue;
      const f = A[j]![i]! / A[i]![i]!;
      for (let k = i; k < 9; k++) A[j]![k]! -= f * A[i]![k]!;
    }
  }
  return [...A.map((row, i) => row[8]! / row[i]!), 1];
}

/**
 * A phone photo of the page: the page (src) drawn as the quadrilateral `quad` (TL, TR, BR, BL) on a
 * `width`×`height` canvas over a dark desk, bilinear sampling, a little light fall-off.
 */
function photograph(src: Raster, quad: [number, number][], width: number, height: number, seed: number): Raster {
  const W = src.width, H = src.height;
  const Hm = homography(quad, [[0, 0], [W - 1, 0], [W - 1, H - 1], [0, H - 1]]);
  const out = new Uint8Array(width * height * 3);
  const rand = seededRandom(seed);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = Hm[6]! * x + Hm[7]! * y + Hm[8]!;
      const sx = (Hm[0]! * x + Hm[1]! * y + Hm[2]!) / d, sy = (Hm[3]! * x + Hm[4]! * y + Hm[5]!) / d;
      const o = (y * width + x) * 3;
      // light falls off from the upper middle (the phone's shadow-free side) towards the lower corners
      const dx = (x - width * 0.5) / width, dy = (y - height * 0.35) / height;
      const light = 1.02 - 0.42 * (dx * dx + dy * dy);
      if (sx < 0 || sy < 0 || sx > W - 1 || sy > H - 1) {
        // a dark wooden desk: brown-grey with grain
        const grain = 6 * Math.sin(y * 0.05 + 3 * Math.sin(x * 0.004)) + (rand() - 0.5) * 10;
        out[o] = clamp((58 + grain) * light); out[o + 1] = clamp((44 + grain) * light); out[o + 2] = clamp((36 + grain) * light);
        continue;
      }
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      const x1 = Math.min(x0 + 1, W - 1), y1 = Math.min(y0 + 1, H - 1);
      for (let ch = 0; ch < 3; ch++) {
        const at = (xx: number, yy: number) => src.data[(yy * W + xx) * 3 + ch]!;
        const val = at(x0, y0) * (1 - fx) * (1 - fy) + at(x1, y0) * fx * (1 - fy) + at(x0, y1) * (1 - fx) * fy + at(x1, y1) * fx * fy;
        out[o + ch] = clamp(val * light);
      }
    }
  }
  return { data: out, width, height, channels: 3 };
}

interface Scan { file: string; tables: object[]; notes: string[] }

async function scan1(work: string): Promise<Scan> {
  const file = 'probe-r11-scan-ganzhou-rural-roads-2024-colour-seal-signature-scan.jpg';
  const pages = await print(work, 'ganzhou', doc1(ganzhou), 200, true);
  if (pages.length !== 1) throw new Error(`ganzhou: ${pages.length} pages`);
  const g = pages[0]!;
  paperAndNoise(g, [251, 243, 212], 4.5, 11001);
  const out = await rotate(g, 0.5, 0.55, [251, 243, 212]);
  await sharpOf(out).withMetadata({ density: 200 }).jpeg({ quality: 78, chromaSubsampling: '4:2:0' }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(ganzhou)], notes: [
      '自评表 printed by Chromium in colour, rendered at 200 DPI as RGB, paper tinted slightly yellow (white → rgb(251,243,212)), noise σ 4.5 per channel, skewed 0.5° clockwise, blur σ 0.55, colour JPEG q78 (4:2:0). A bright red round seal (40 mm, rgb(235,28,36), 88 % opacity, multiplied) lies over the 主管部门 cell and runs down over the label and the first money lines of the funds block (年度资金总额 / 其中：财政拨款). Under the table a blue ballpoint scribble (the signature) beside 填报人（签字）： and a handwritten blue "2025.3.18" beside 填报日期：.',
      'Funds: the block label 项目资金（万元） in the 一级 column, the line labels in the 二级 column, then 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. 其他资金 has no 年初预算数 (empty → null). The seal\'s red ink covers part of 赣州市交通运输局, the block label and the first two lines\' labels and amounts; the golden is what was printed under it.',
      '一级 printed with weights "产出指标（50分）" → level1 产出指标, level1Weight 50. "100%" without comparator → {100, %}; "=100%" → {=, 100, %}; "2024年12月31日前" is a deadline phrase → text; the actual 2024年12月20日 is a date. 总分 row: 100 | 98.53 | 自评等级：优 → grade 优. The caption 填报单位（盖章） is not a project field.',
    ],
  };
}

async function scan2(work: string): Promise<Scan> {
  const file = 'probe-r11-scan-tianshui-school-repair-2025-targets-phone-photo-scan.jpg';
  const pages = await print(work, 'tianshui', doc2(tianshui), 200, true);
  if (pages.length !== 1) throw new Error(`tianshui: ${pages.length} pages`);
  const g = pages[0]!;
  paperAndNoise(g, [246, 244, 238], 3, 12001);
  // the page as a trapezoid (top edge 3 % narrower, slightly shorter as the phone leans back), turned 2.5°, on a canvas 14 % larger
  const W = g.width, H = g.height, cw = Math.round(W * 1.14), ch = Math.round(H * 1.12);
  const inset = 0.015 * W, cx = cw / 2, cy = ch / 2;
  const flat: [number, number][] = [[-W / 2 + inset, -H / 2 + 0.01 * H], [W / 2 - inset, -H / 2 + 0.01 * H], [W / 2, H / 2], [-W / 2, H / 2]];
  const a = (2.5 * Math.PI) / 180; // clockwise on screen (y down)
  const quad = flat.map(([x, y]) => [cx + x * Math.cos(a) - y * Math.sin(a), cy + x * Math.sin(a) + y * Math.cos(a)] as [number, number]);
  const photo = photograph(g, quad, cw, ch, 12002);
  const noisy = photo;
  paperAndNoise(noisy, [255, 255, 255], 3.5, 12003);
  await sharpOf(noisy).blur(1).withMetadata({ density: 200 }).jpeg({ quality: 85 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(tianshui)], notes: [
      '绩效目标表 printed by Chromium, rendered at 200 DPI in colour on off-white paper, then photographed: the page drawn as a trapezoid (the top edge 3 % narrower than the bottom, 1 % shorter), turned 2.5° clockwise, on a canvas 14 % wider and 12 % taller showing a dark brown desk all round, light falling off towards the lower corners, noise σ 3.5, Gaussian blur σ 1 px (soft focus), RGB JPEG q85.',
      'Header: 项目名称 / 主管部门 | 实施单位 / 项目类别 | 实施期限 → name, department, implementingUnit, category, period. Funds: 项目资金（万元） beside four lines 年度资金总额 / 其中：中央资金 / 省级资金 / 市级资金, one amount each → annualBudget. Indicator columns 一级 | 二级 | 三级 | 指标值 | 分值 (weights sum to 100). No total row.',
      '实施期限 is printed "2025年1月—2025年12月" with an em dash (wrapped over three lines in its narrow cell) and transcribed as printed. "2025年12月31日前" is a deadline phrase → text. "≥3.6万平方米" → {>=, 3.6, 万平方米}; "≤734元/平方米" → {<=, 734, 元/平方米}. The signature line under the table (单位负责人 …) and the caption 填报单位 are not project fields.',
    ],
  };
}

async function scan3(work: string): Promise<Scan> {
  const file = 'probe-r11-scan-xining-bus-subsidy-2024-fax-bilevel-scan.tif';
  const pages = await print(work, 'xining', doc3(xining), 200, false);
  if (pages.length !== 1) throw new Error(`xining: ${pages.length} pages`);
  const g = pages[0]!;
  paperAndNoise(g, [250], 30, 13001);
  const soft = await rotate(g, -0.3, 0.7, [250]);
  // fax: a hard threshold, so faint rules break into dots and dashes and the noise leaves a few specks
  const rand = seededRandom(13002);
  for (let i = 0; i < soft.data.length; i++) soft.data[i] = soft.data[i]! < 150 + (rand() - 0.5) * 30 ? 0 : 255;
  await sharpOf(soft).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 200 / 25.4, yres: 200 / 25.4, resolutionUnit: 'inch' }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(xining)], notes: [
      '自评表 printed by Chromium with text thickened (0.35 pt stroke round every glyph) and thin mid-grey rules (0.45 pt #8c8c8c), rendered at 200 DPI grey, noise σ 30, skewed 0.3° counter-clockwise, blur σ 0.7, then thresholded at 150 ± 15 (random per pixel) to black and white: the rules come out broken into dots and dashes, the strokes fat, specks in the margins. Saved as a bilevel (1 bit per pixel) CCITT G4 TIFF at 200 DPI. A fax header line (date, FROM/TO numbers, P.001/001) sits above the title.',
      '主管部门及代码 "[206]西宁市交通运输局" → department + code 206. Funds: 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (no 年初预算数 column). "按季度拨付" is text; "≤2.6元" → {<=, 2.6, 元}. 总分 row: 100 | 99.08 | 优.',
      'The caption 填报单位 and the fax header are not project fields.',
    ],
  };
}

async function scan4(work: string): Promise<Scan> {
  const file = 'probe-r11-scan-chongqing-2up-2024-two-a5-pages-scan.pdf';
  const pages = await print(work, 'chongqing', doc4(chongqingTail, chongqing), 300, false);
  if (pages.length !== 1) throw new Error(`chongqing: ${pages.length} pages`);
  const g = pages[0]!;
  paperAndNoise(g, [244], 5, 14001);
  const out = await rotate(g, 0.35, 0.6, [244]);
  const jpeg = await sharpOf(out).toColourspace('b-w').jpeg({ quality: 80 }).toBuffer();
  writeFileSync(join(OUT, file), imageOnlyPdf([{ jpeg, width: out.width, height: out.height, dpi: 300 }]));
  const tail = goldenTable(chongqingTail);
  return {
    file, tables: [{ ...tail, title: null, project: null, funds: null }, goldenTable(chongqing)], notes: [
      'A 2-up copy: two A5 pages (each an A4 page reduced, 7.2 pt type in the tables) side by side on one landscape A4 sheet, printed by Chromium, rendered at 300 DPI grey, paper 244, noise σ 5, skewed 0.35° clockwise, blur σ 0.6, one grey JPEG q80 in an image-only PDF. Page numbers "— 14 —" / "— 15 —" under each half.',
      'Left page: the end of a project 自评表 begun on a page this document does not hold — "（续表）", the repeated indicator column header, the last 4 indicators (社会效益 / 可持续影响 / 满意度) with their 一级 and 二级 printed (the groups start on this page), the 总分 row (100 | 97.6 | 自评等级：优) and a 填报人 line. Judgement call: a careful reader records it as a table of its own (kind project-self-evaluation, title null: "（续表）" is no title), year 2024 (the document\'s year, from the right page\'s title), project null (no header field of it is on the page), funds null; its total is as printed (97.6, the score of the whole project, not of the rows shown).',
      'Right page: a whole 自评表 (项目名称, 主管部门 | 实施单位, funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度总体目标, 10 indicators, 总分 100 | 99.8 | 自评等级：优). "5元/人/天" has no comparator; "2024年12月31日前" → text, the actual 2024年12月16日 → date. The caption 填报单位 is not a project field.',
    ],
  };
}

const work = mkdtempSync(join(tmpdir(), 'probe-r11-'));
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

