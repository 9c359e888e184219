/**
 * Round-10a scan probes (samples/probe/probe-r10-scan-*): four templates written here by hand, printed
 * as HTML → PDF by headless Chromium, rasterised with pdftoppm and degraded with sharp as a scanner
 * (or a phone) would. Each has its own scan trouble:
 *    1. hulunbuir (内蒙古) — an A4 landscape 自评表 scanned as a portrait page: the image is turned 90°
 *       (text running bottom to top) plus 0.7° of skew, 200 DPI, grey JPEG q50;
 *    2. lhasa (西藏) — a 绩效目标表 at 300 DPI on grey paper lit unevenly (a brightness gradient across
 *       the page and a darker corner, as a phone photo), faint light-grey rules, ≥/≤/=/定性 in a
 *       指标性质 column of their own beside 指标值 | 度量单位;
 *    3. ningbo (浙江) — a three-line 目标表 (top rule, header rule, bottom rule; no verticals, columns only
 *       by whitespace) under label lines 项目名称：… / 主管部门：… / 资金, 200 DPI PNG with speckle noise;
 *    4. xiamen (福建) — a 2-page image-only PDF (a JPEG per page) of a 自评表 whose indicator block continues
 *       on page 2 under its repeated column header, a red round seal over the 主管部门 cell (grey after the
 *       greyscale conversion), page 2 skewed 2°.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content (probe-content.ts),
 * never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-scans-r10.ts      # needs chromium, pdftoppm, WenQuanYi Micro Hei
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom } from '../../test/support/seeded-random.js';
import { printValue } from './golden-model.js';
import { imageOnlyPdf, type JpegPage } from './image-pdf.js';
import { OUT, goldenTable, tx, v, writeGolden, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-scans-r10.ts';

// ───────────────────────── content ─────────────────────────

/** An item whose target is printed split: 指标性质 | 指标值 | 度量单位 */
const split = (it: Item): [string, string, string] => {
  const t = it.target;
  if (!t) return ['', '', ''];
  if (t.text || t.date) return ['定性', printValue(t), ''];
  const sign = ({ '>=': '≥', '<=': '≤', '=': '=' } as Record<string, string>)[t.comparator ?? ''] ?? '';
  return [sign, t.number == null ? '' : String(t.number), t.unit ?? ''];
};

const hulunbuir: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '草原生态保护补助奖励政策实施项目', department: '呼伦贝尔市林业和草原局', departmentCode: '612', implementingUnit: '呼伦贝尔市草原工作站' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 28_500_000, annualBudget: 29_364_000, executed: 28_712_500, weight: 10, executionRate: 97.78, score: 9.78 },
      { label: '其中：当年财政拨款', initialBudget: 28_500_000, annualBudget: 28_500_000, executed: 27_908_500 },
      { label: '上年结转资金', initialBudget: null, annualBudget: 864_000, executed: 804_000 },
    ],
  },
  goal: '落实草原禁牧1280万亩、草畜平衡2150万亩，按时足额兑付补奖资金，禁牧区草原植被盖度稳中有升，牧民政策性收入稳定增加。',
  achieved: '完成禁牧1280万亩、草畜平衡2163万亩，兑付牧户3.16万户，禁牧区植被综合盖度73.5%，牧民人均政策性补助收入1865元。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '草原禁牧面积', target: v('>=', 1280, '万亩'), actual: v(null, 1280, '万亩'), weight: 8, score: 8 },
      { name: '草畜平衡面积', target: v('>=', 2150, '万亩'), actual: v(null, 2163, '万亩'), weight: 8, score: 8 },
      { name: '补奖资金兑付牧户数', target: v('>=', 3.2, '万户'), actual: v(null, 3.16, '万户'), weight: 6, score: 5.4,
        why: '部分牧户账户信息变更未及时兑付，已于次年一季度补发' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '禁牧区草原植被综合盖度', target: v('>=', 72, '%'), actual: v(null, 73.5, '%'), weight: 6, score: 6 },
      { name: '补奖资金兑付准确率', target: v(null, 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补奖资金发放完成时间', target: tx('2024年10月31日前'), actual: { date: '2024-10-25' }, weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '禁牧补助标准', target: v(null, 7.5, '元/亩'), actual: v(null, 7.5, '元/亩'), weight: 5, score: 5 },
      { name: '项目管理费用', target: v('<=', 58, '万元'), actual: v(null, 52.6, '万元'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '牧民人均政策性补助收入', target: v('>=', 1800, '元'), actual: v(null, 1865, '元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '牧民草原生态保护意识', target: tx('稳步提升'), actual: tx('明显提升'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '草原植被盖度提高', target: v('>=', 0.5, '个百分点'), actual: v(null, 0.6, '个百分点'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '草原生态保护长效机制', target: tx('逐步健全'), actual: tx('基本健全'), weight: 6, score: 5.5,
        why: '部分旗县草管员队伍不稳定，2025年起落实草管员聘用考核制度' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '牧户满意度', target: v('>=', 90, '%'), actual: v(null, 92.3, '%'), weight: 8, score: 8 },
      { name: '嘎查村干部满意度', target: v('>=', 90, '%'), actual: v(null, 95, '%'), weight: 8, score: 8 },
    ] },
  ],
  total: { weight: 100, score: 98.68, grade: '优' },
};

const lhasa: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '农牧区饮水安全巩固提升工程', department: '拉萨市水利局', implementingUnit: '拉萨市农村供水管理站', attribute: '新增项目', period: '2025年1月至2025年12月' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 14_680_000 },
      { label: '其中：中央补助', annualBudget: 11_000_000 },
      { label: '自治区补助', annualBudget: 3_000_000 },
      { label: '市级配套', annualBudget: 680_000 },
    ],
  },
  goal: '新建集中供水工程12处，维修改造供水管网86.5公里，巩固提升4.2万农牧民饮水安全保障水平，农村自来水普及率达到95%以上，建立健全工程长效运行管护机制。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建集中供水工程', target: v('>=', 12, '处'), weight: 10 },
      { name: '维修改造供水管网长度', target: v('>=', 86.5, '公里'), weight: 10 },
      { name: '巩固提升受益人口', target: v('>=', 4.2, '万人'), weight: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村自来水普及率', target: v('>=', 95, '%'), weight: 8 },
      { name: '出厂水水质检测合格率', target: v('>=', 92, '%'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '工程完工时间', target: tx('2025年12月31日前'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '集中供水工程建设成本', target: v('<=', 734, '万元'), weight: 6 },
      { name: '管网改造单位成本', target: v('<=', 8.5, '万元/公里'), weight: 4 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '年节约农牧民取水劳动力', target: v('>=', 3.6, '万工日'), weight: 5 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村供水保证率', target: v('>=', 90, '%'), weight: 7 },
      { name: '因饮水问题引发的群体性事件', target: v('=', 0, '起'), weight: 4 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '饮用水水源地保护水平', target: tx('稳步提升'), weight: 4 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程运行管护机制', target: tx('长效运行'), weight: 5 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益群众满意度', target: v('>=', 95, '%'), weight: 8 },
      { name: '基层水管员满意度', target: v('>=', 90, '%'), weight: 5 },
    ] },
  ],
  total: null,
};

const ningbo: Project = {
  kind: 'project-targets',
  title: '2025年度项目支出绩效目标表',
  year: 2025,
  project: { name: '居家社区养老服务补助', department: '宁波市民政局', implementingUnit: '宁波市养老服务指导中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 4_250_000 },
      { label: '其中：财政拨款', annualBudget: 4_000_000 },
      { label: '其他资金', annualBudget: 250_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '居家养老服务补助对象人数', target: v('>=', 6500, '人'), weight: 12 },
      { name: '新建社区助餐服务点', target: v('>=', 40, '个'), weight: 10 },
      { name: '上门服务总时长', target: v('>=', 18, '万小时'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '服务质量抽查合格率', target: v('>=', 95, '%'), weight: 10 },
      { name: '助餐点食品安全检查覆盖率', target: v(null, 100, '%'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付时间', target: tx('2025年11月30日前'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均服务补贴标准', target: v('<=', 300, '元/月'), weight: 6 },
      { name: '助餐服务点建设补助', target: v('<=', 5, '万元/个'), weight: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '失能半失能老人照护服务覆盖率', target: tx('稳步提升'), weight: 10 },
      { name: '老年人居家养老获得感', target: tx('明显增强'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '居家养老服务网络', target: tx('持续完善'), weight: 8 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '服务对象满意度', target: v('>=', 90, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

const xiamen: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '基本公共卫生服务项目', department: '厦门市卫生健康委员会', implementingUnit: '厦门市基层卫生服务指导中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 86_500_000, annualBudget: 89_200_000, executed: 87_623_400, weight: 10, executionRate: 98.23, score: 9.82 },
      { label: '其中：中央补助', initialBudget: 31_200_000, annualBudget: 31_200_000, executed: 31_200_000 },
      { label: '省级补助', initialBudget: 15_300_000, annualBudget: 15_300_000, executed: 15_300_000 },
      { label: '市级资金', initialBudget: 40_000_000, annualBudget: 42_700_000, executed: 41_123_400 },
    ],
  },
  goal: '为全市常住居民免费提供12类国家基本公共卫生服务，重点人群健康管理率稳步提高，居民电子健康档案动态使用率达到60%以上，居民健康素养水平不低于38%。',
  achieved: '全年完成各类基本公共卫生服务任务，重点人群健康管理人数超额完成，电子健康档案动态使用率63.4%，居民健康素养水平40.2%；高血压患者规范管理人数略低于目标。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '居民电子健康档案建档率', target: v('>=', 90, '%'), actual: v(null, 92.6, '%'), weight: 5, score: 5 },
      { name: '65岁及以上老年人健康管理人数', target: v('>=', 13.5, '万人'), actual: v(null, 14.02, '万人'), weight: 4, score: 4 },
      { name: '高血压患者规范管理人数', target: v('>=', 16, '万人'), actual: v(null, 15.48, '万人'), weight: 4, score: 3.6,
        why: '部分患者随访失访，下一年度加强家庭医生随访' },
      { name: '2型糖尿病患者规范管理人数', target: v('>=', 5.8, '万人'), actual: v(null, 5.91, '万人'), weight: 4, score: 4 },
      { name: '0-6岁儿童健康管理率', target: v('>=', 90, '%'), actual: v(null, 93.1, '%'), weight: 3, score: 3 },
      { name: '孕产妇系统管理率', target: v('>=', 90, '%'), actual: v(null, 94.5, '%'), weight: 3, score: 3 },
      { name: '适龄儿童国家免疫规划疫苗接种率', target: v('>=', 90, '%'), actual: v(null, 98.2, '%'), weight: 4, score: 4 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '电子健康档案动态使用率', target: v('>=', 60, '%'), actual: v(null, 63.4, '%'), weight: 5, score: 5 },
      { name: '高血压患者血压控制率', target: v('>=', 60, '%'), actual: v(null, 61.8, '%'), weight: 3, score: 3 },
      { name: '糖尿病患者血糖控制率', target: v('>=', 55, '%'), actual: v(null, 57.2, '%'), weight: 3, score: 3 },
      { name: '严重精神障碍患者规范管理率', target: v('>=', 85, '%'), actual: v(null, 90.3, '%'), weight: 3, score: 3 },
      { name: '传染病报告及时率', target: v('>=', 95, '%'), actual: v(null, 99.6, '%'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金下达时间', target: tx('2024年6月30日前'), actual: { date: '2024-06-18' }, weight: 3, score: 3 },
      { name: '季度绩效考核完成时间', target: tx('每季度结束后15日内'), actual: tx('按时完成'), weight: 2, score: 2 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均基本公共卫生服务经费补助标准', target: v('>=', 94, '元'), actual: v(null, 94, '元'), weight: 5, score: 5 },
      { name: '项目管理经费', target: v('<=', 734, '万元'), actual: v(null, 702.5, '万元'), weight: 3, score: 3 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居民健康素养水平', target: v('>=', 38, '%'), actual: v(null, 40.2, '%'), weight: 6, score: 6 },
      { name: '城乡居民公共卫生差距', target: tx('逐步缩小'), actual: tx('逐步缩小'), weight: 4, score: 4 },
      { name: '重点人群健康管理水平', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '基本公共卫生服务长效机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 5, score: 5 },
      { name: '家庭医生签约服务覆盖率', target: v('>=', 45, '%'), actual: v(null, 46.8, '%'), weight: 3, score: 3 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '城乡居民满意度', target: v('>=', 90, '%'), actual: v(null, 91.5, '%'), weight: 6, score: 6 },
      { name: '重点人群满意度', target: v('>=', 85, '%'), actual: v(null, 88.7, '%'), weight: 5, score: 5 },
    ] },
  ],
  total: { weight: 100, score: 99.42, grade: '优' },
};

for (const p of [hulunbuir, lhasa, ningbo, xiamen]) {
  const items = p.groups.flatMap((g) => g.items);
  const weights = items.reduce((a, it) => a + (it.weight ?? 0), 0) + Number(p.funds?.rows[0]?.weight ?? 0);
  if (weights !== 100) throw new Error(`${p.project.name}: weights add up to ${weights}`);
  if (p.total) {
    const score = items.reduce((a, it) => a + (it.score ?? 0), 0) + Number(p.funds?.rows[0]?.score ?? 0);
    if (Math.abs(score - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores add up to ${score}`);
  }
}

// ───────────────────────── printing ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const money = (yuan: unknown, separators = false): string => {
  if (yuan === null || yuan === undefined) return '';
  const n = (yuan as number) / 10_000;
  return separators ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toFixed(2);
};
const num = (x: unknown) => (x == null ? '' : String(x));

/** 一级 and 二级 merged down their rows, then `cells` for the rest of an item's row. */
function indicatorRows(groups: Project['groups'], cells: (it: Item) => CellSpec[]): CellSpec[][] {
  const out: CellSpec[][] = [];
  const byLevel1 = new Map<string, Project['groups']>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  for (const [level1, gs] of byLevel1) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, i) => {
      const row: CellSpec[] = [];
      if (gi === 0 && i === 0) row.push(c(level1, { rowSpan: n }));
      if (i === 0) row.push(c(g.level2, { rowSpan: g.items.length }));
      out.push([...row, ...cells(it)]);
    }));
  }
  return out;
}

/** A table's rows as HTML; `extra(cell)` may add markup inside a cell (the seal). */
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

function doc1(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门及代码', { span: 2 }), c(`[${p.project.departmentCode}]${p.project.department}`, { span: 2 }), c('实施单位', { span: 1 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)),
      c(r.executionRate == null ? '' : `${(r.executionRate as number).toFixed(2)}%`), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(p.total!.grade!)],
  ]);
  const html = rowsHtml(rows);
  return page(`@page{size:A4 landscape;margin:14mm 16mm}
th,td{border:0.9pt solid #000;font-size:9pt;font-weight:normal}
p.sub{font-size:10pt}`,
  `<h1>${esc(p.title)}</h1><p class="cap">填报单位：呼伦贝尔市林业和草原局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4, 6.5, 8.5, 6, 6, 4, 4, 12])}
${html}
</table>
<p class="cap" style="margin-top:5pt">填报人：乌日娜　　　联系电话：0470-8216352　　　填报日期：2025年3月12日</p>`);
}

function doc2(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(7, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目属性', { span: 2 }), c(p.project.attribute!, { span: 2 }), c('实施期限'), c(p.project.period!, { span: 'rest' })],
    [c('项目资金（万元）', { span: 2, rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget), { span: 'rest' })]),
    [c('年度绩效目标', { span: 2 }), c(p.goal!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标性质'), h('指标值'), h('度量单位'), h('权重（%）')],
    ...indicatorRows(p.groups, (it) => [c(it.name), ...split(it).map((s) => c(s)), c(num(it.weight))]),
  ]);
  return page(`@page{size:A4;margin:18mm 16mm}
th,td{border:0.5pt solid #b8b8b8;font-size:10pt;font-weight:normal;padding:4pt 3pt}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2025年度）</p>
<p class="cap">填报单位：拉萨市水利局<span style="float:right">单位：万元</span></p>
<table>${colgroup([5, 6.5, 11, 4, 6.5, 4.5, 4])}
${rowsHtml(rows)}
</table>`);
}

function doc3(p: Project): string {
  const f = p.funds!;
  const rows = builtRows(5, indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(num(it.weight))]));
  const [total, ...parts] = f.rows;
  return page(`@page{size:A4;margin:22mm 20mm}
table.three{border-top:1.5pt solid #000;border-bottom:1.5pt solid #000}
table.three thead th{border-bottom:0.75pt solid #000;font-weight:bold;font-size:10.5pt;padding:5pt 3pt}
table.three td{font-size:10.5pt;padding:4.5pt 3pt}
p.cap{font-size:11pt;margin:0 0 5pt 0}`,
  `<h1>${esc(p.title)}</h1><p class="sub" style="margin-bottom:10pt">（单位：万元）</p>
<p class="cap">项目名称：${esc(p.project.name!)}</p>
<p class="cap">主管部门：${esc(p.project.department!)}　　　　　实施单位：${esc(p.project.implementingUnit!)}</p>
<p class="cap" style="margin-bottom:10pt">${esc(String(total!.label))}：${money(total!.annualBudget)}　　　　　${parts.map((r) => `${esc(String(r.label))}：${money(r.annualBudget)}`).join('　　　')}</p>
<table class="three">${colgroup([5, 7.5, 12, 7, 3.5])}
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>分值</th></tr></thead>
<tbody>${rowsHtml(rows)}</tbody>
</table>
<p class="cap" style="margin-top:8pt;font-size:9pt">注：指标值中“≥”“≤”分别表示不低于、不高于。</p>`);
}

/** A red round official seal, 42 mm, as inline SVG laid over the print with multiply. */
function sealSvg(ring: string): string {
  const r = 100, chars = [...ring], span = (Math.PI * 4) / 3;
  const text = chars.map((ch, k) => {
    const a = -Math.PI / 2 - span / 2 + (span * (k + 0.5)) / chars.length;
    const x = r + 72 * Math.cos(a), y = r + 72 * Math.sin(a);
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" transform="rotate(${((a + Math.PI / 2) * 180 / Math.PI).toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})" font-size="25" text-anchor="middle" dominant-baseline="central">${ch}</text>`;
  }).join('');
  const star = Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 === 0 ? 24 : 9.5;
    return `${(r + rr * Math.cos(a)).toFixed(1)},${(r + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');
  return `<svg class="seal" viewBox="0 0 200 200" xmlns="http://www.w3.org/2000/svg" fill="rgb(222,45,50)" stroke="rgb(222,45,50)">
<circle cx="100" cy="100" r="95" fill="none" stroke-width="5.5"/><polygon points="${star}" stroke="none"/>
<g stroke="none" font-family="WenQuanYi Micro Hei">${text}<text x="100" y="152" font-size="16" text-anchor="middle">财务专用章</text></g></svg>`;
}

function doc4(p: Project): string {
  const f = p.funds!;
  const head = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget, true)), c(money(r.annualBudget, true)), c(money(r.executed, true)), c(num(r.weight)),
      c(r.executionRate == null ? '' : `${(r.executionRate as number).toFixed(2)}%`), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
  ]);
  const body = builtRows(8, [
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const cols = colgroup([4.2, 5.5, 10, 6, 5.5, 3.2, 3.2, 8.5]);
  const seal = (cell: PrintedCell) => (cell.text === p.project.department ? sealSvg(p.project.department!) : '');
  return page(`@page{size:A4;margin:16mm 15mm 18mm 15mm}
th,td{border:0.9pt solid #000;font-size:10pt;font-weight:normal;padding:3pt 3pt}
td.sealed{position:relative}
svg.seal{position:absolute;width:42mm;height:42mm;left:50%;top:50%;transform:translate(-46%,-40%);mix-blend-mode:multiply;opacity:0.82}
table.body{border-top:none}
table.body thead th{font-weight:bold}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位（盖章）：厦门市卫生健康委员会<span style="float:right">单位：万元</span></p>
<table>${cols}
${rowsHtml(head, seal)}
</table>
<table class="body">${cols}
<thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>全年实际值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr></thead>
<tbody>${rowsHtml(body)}</tbody>
</table>
<p class="cap" style="margin-top:6pt">填报人：林晓燕　　　联系电话：0592-2054318　　　填报日期：2025年2月26日</p>`);
}

// ───────────────────────── scanning ─────────────────────────

interface Gray { data: Uint8Array; width: number; height: number }

/** HTML → PDF (Chromium) → one 8-bit grey (or RGB) raster per page (pdftoppm). */
function print(work: string, stem: string, html: string, dpi: number, colour = false): { pdf: string; pages: string[] } {
  const htmlPath = join(work, `${stem}.html`), pdf = join(work, `${stem}.pdf`);
  writeFileSync(htmlPath, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlPath], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-r', String(dpi), colour ? '-png' : '-gray', ...(colour ? [] : ['-png']), pdf, join(work, stem)]);
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
  const pages = Array.from({ length: n }, (_, i) => join(work, `${stem}-${String(i + 1).padStart(n >= 10 ? 2 : 1, '0')}.png`));
  return { pdf, pages };
}

async function loadGray(path: string): Promise<Gray> {
  const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

/** Gaussian noise (Box–Muller) and a paper tone. */
function paperAndNoise(g: Gray, paper: number, sigma: number, seed: number): void {
  const rand = seededRandom(seed), scale = paper / 255;
  for (let i = 0; i < g.data.length; i++) {
    const n = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    g.data[i] = Math.max(0, Math.min(255, Math.round(g.data[i]! * scale + n * sigma)));
  }
}

/** Uneven light as a phone photo: brightness falling from `bright` (top-left) to `dark` (bottom-right), a darker corner. */
function unevenLight(g: Gray, bright: number, dark: number): void {
  const { width: w, height: h } = g;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const t = (0.6 * x) / w + (0.4 * y) / h; // diagonal gradient
      const dx = (x - w) / w, dy = (y - h) / h;
      const corner = Math.exp(-(dx * dx + dy * dy) / 0.08); // shadow in the bottom-right corner
      const f = bright + (dark - bright) * t - 0.12 * corner;
      const i = y * w + x;
      g.data[i] = Math.max(0, Math.min(255, Math.round(g.data[i]! * f)));
    }
  }
}

/** Speckle: dark specks of 1–3 px and a few white drop-outs, as a dusty glass or a dirty original. */
function speckle(g: Gray, perMegapixel: number, seed: number): void {
  const rand = seededRandom(seed);
  const n = Math.round((g.width * g.height * perMegapixel) / 1e6);
  for (let k = 0; k < n; k++) {
    const x0 = Math.floor(rand() * g.width), y0 = Math.floor(rand() * g.height);
    const r = rand() < 0.7 ? 0.8 : 1.2 + rand() * 1.3;
    const white = rand() < 0.25;
    const ink = white ? 235 : Math.round(20 + rand() * 90);
    for (let y = Math.floor(y0 - r); y <= y0 + r; y++) {
      for (let x = Math.floor(x0 - r); x <= x0 + r; x++) {
        if (x < 0 || y < 0 || x >= g.width || y >= g.height || (x - x0) ** 2 + (y - y0) ** 2 > r * r) continue;
        g.data[y * g.width + x] = ink;
      }
    }
  }
}

/** Rotate by `degrees` (sharp: positive turns clockwise) on white, keeping the full rotated canvas when `expand`, else cropped back to the original size. */
async function rotate(g: Gray, degrees: number, blur: number, expand = false): Promise<Gray> {
  const raw = { width: g.width, height: g.height, channels: 1 as const };
  const r = await sharp(Buffer.from(g.data), { raw }).rotate(degrees, { background: { r: 250, g: 250, b: 250 } }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let img = sharp(r.data, { raw: { width: r.info.width, height: r.info.height, channels: r.info.channels as 1 } });
  let width = r.info.width, height = r.info.height;
  if (!expand) {
    img = img.extract({ left: Math.floor((r.info.width - g.width) / 2), top: Math.floor((r.info.height - g.height) / 2), width: g.width, height: g.height });
    width = g.width; height = g.height;
  }
  if (blur > 0.3) img = img.blur(blur);
  const data = await img.greyscale().raw().toBuffer();
  return { data: new Uint8Array(data), width, height };
}

const toSharp = (g: Gray) => sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: 1 } }).toColourspace('b-w');

interface Scan { file: string; project: Project; notes: string[] }

async function scan1(work: string): Promise<Scan> {
  const file = 'probe-r10-scan-hulunbuir-grassland-2024-landscape-rotated-scan.jpg';
  const { pages } = print(work, 'hulunbuir', doc1(hulunbuir), 200);
  if (pages.length !== 1) throw new Error(`hulunbuir: ${pages.length} pages`);
  const g = await loadGray(pages[0]!);
  paperAndNoise(g, 236, 5, 1001);
  // a landscape page laid on a portrait scanner: turned a quarter counter-clockwise, then 0.7° of skew
  const turned = await rotate(await rotate(g, -90, 0, true), 0.7, 0.5);
  await toSharp(turned).withMetadata({ density: 200 }).jpeg({ quality: 50 }).toFile(join(OUT, file));
  return {
    file, project: hulunbuir, notes: [
      'A4 landscape 自评表 (HTML printed by Chromium) rendered at 200 DPI, grey paper 236, noise σ 5, then turned 90° counter-clockwise (the image is portrait, the text runs bottom to top) and skewed 0.7° clockwise, blur σ 0.5, grey JPEG q50.',
      '主管部门及代码 "[612]呼伦贝尔市林业和草原局" → department + code 612. The funds block prints 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 上年结转资金 has no 年初预算数 (empty cell → null). The block label sits in the 一级 column, the line labels in the 二级 column.',
      '"2024年10月31日前" is a deadline phrase → text; the actual 2024年10月25日 is a date. "100%" without comparator → {100, %}. "7.5元/亩" has no comparator.',
      'The caption "填报单位：呼伦贝尔市林业和草原局" is not a project field. 总分 row: 100 | 98.68 | 优 (grade in the last column).',
    ],
  };
}

async function scan2(work: string): Promise<Scan> {
  const file = 'probe-r10-scan-lhasa-water-2025-targets-grey-paper-scan.jpg';
  const { pages } = print(work, 'lhasa', doc2(lhasa), 300);
  if (pages.length !== 1) throw new Error(`lhasa: ${pages.length} pages`);
  const g = await loadGray(pages[0]!);
  paperAndNoise(g, 226, 4, 2002);
  unevenLight(g, 1.0, 0.66);
  const out = await rotate(g, -0.4, 0.8);
  await toSharp(out).withMetadata({ density: 300 }).jpeg({ quality: 82 }).toFile(join(OUT, file));
  return {
    file, project: lhasa, notes: [
      '绩效目标表 printed with 0.5 pt light-grey (#b8b8b8) rules, rendered at 300 DPI on grey paper 226, noise σ 4, lit unevenly as a phone photo (brightness ×1.0 at the top-left falling to ×0.66 at the bottom-right, a further shadow in the bottom-right corner), skewed 0.4° counter-clockwise, blur σ 0.8, grey JPEG q82.',
      'Indicator block 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重（%）: "≥" | "12" | "处" → {">=", 12, "处"}; "定性" | "稳步提升" | "" → text; "定性" | "2025年12月31日前" → text (a deadline phrase). 权重 → weight (sums to 100). No total row.',
      'Funds: 项目资金（万元） over four lines 年度资金总额 / 其中：中央补助 / 自治区补助 / 市级配套, one amount each → annualBudget, labels as printed. 项目属性 → attribute, 实施期限 → period. 年度绩效目标 prose is not in the golden; the caption 填报单位 is not a project field.',
    ],
  };
}

async function scan3(work: string): Promise<Scan> {
  const file = 'probe-r10-scan-ningbo-elderly-care-2025-three-line-scan.png';
  const { pages } = print(work, 'ningbo', doc3(ningbo), 200);
  if (pages.length !== 1) throw new Error(`ningbo: ${pages.length} pages`);
  const g = await loadGray(pages[0]!);
  paperAndNoise(g, 242, 4, 3003);
  speckle(g, 260, 3004);
  const out = await rotate(g, 0, 0.4);
  await toSharp(out).withMetadata({ density: 200 }).png().toFile(join(OUT, file));
  return {
    file, project: ningbo, notes: [
      'Three-line 目标表 (a 1.5 pt rule above the column header, a 0.75 pt rule under it, a 1.5 pt rule under the last row; no vertical rules, columns only by whitespace), 一级/二级 printed once, centred on their block. Rendered at 200 DPI, grey paper 242, noise σ 4, ~260 specks per megapixel (dark dots of 1–5 px, a quarter white drop-outs), blur σ 0.4, grey PNG.',
      'Header fields are label lines above the table (项目名称：… / 主管部门：… 实施单位：… / 年度资金总额：425.00 其中：财政拨款：400.00 其他资金：25.00, unit from the "（单位：万元）" line under the title). Judgement call: they are this template\'s header fields (labelled 项目名称 / 主管部门 / 实施单位), not a 单位名称 caption, so they are the project\'s name, department and implementing unit; the three amounts are funds lines → annualBudget.',
      '"100%" without comparator → {100, %}; "2025年11月30日前" → text. 分值 → weight (sums to 100). The note line under the table is not a row. No total row.',
    ],
  };
}

async function scan4(work: string): Promise<Scan> {
  const file = 'probe-r10-scan-xiamen-public-health-2024-two-page-seal-scan.pdf';
  const { pages } = print(work, 'xiamen', doc4(xiamen), 200, true);
  if (pages.length !== 2) throw new Error(`xiamen: ${pages.length} pages`);
  const jpegs: JpegPage[] = [];
  const skew = [0.4, -2];
  for (const [k, path] of pages.entries()) {
    const g = await loadGray(path); // the red seal turns grey here
    paperAndNoise(g, 238, 6, 4004 + k);
    const out = await rotate(g, skew[k]!, 0.6);
    jpegs.push({ jpeg: await toSharp(out).jpeg({ quality: 70 }).toBuffer(), width: out.width, height: out.height, dpi: 200 });
  }
  writeFileSync(join(OUT, file), imageOnlyPdf(jpegs));
  return {
    file, project: xiamen, notes: [
      '自评表 over two A4 pages, printed by Chromium in colour with a red round seal (42 mm, "厦门市卫生健康委员会" / 财务专用章, multiplied at 82 % opacity) centred over the 主管部门 cell, rendered at 200 DPI, converted to grey (the seal becomes a mid-grey disc over the department name), grey paper 238, noise σ 6, skewed 0.4° (page 1) and 2° counter-clockwise (page 2), blur σ 0.6, each page a grey JPEG q70 in an image-only PDF (no text layer).',
      'The header block and the indicator block are two tables printed flush as one ruled block; the indicator block\'s column header (一级指标 … 偏差原因分析及改进措施) is repeated at the top of page 2, where the block continues: the page cuts the 产出指标 / 成本指标 group after 人均基本公共卫生服务经费补助标准, so 项目管理经费 opens page 2 beside empty 一级 / 二级 cells (the merged cells\' text stays on page 1) — a careful reader keeps it under 产出指标 / 成本指标. One Table.',
      'Funds: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 with thousands separators ("8,920.00"), the block label 项目资金（万元） in the 一级 column and the line labels in the 二级 column. 全年实际值 → actual. "2024年6月30日前" and "每季度结束后15日内" are text; 2024年6月18日 is a date. 总分 row: 100 | 99.42 | 自评等级：优 → grade 优. Caption 填报单位（盖章） is not a project field.',
    ],
  };
}

const work = mkdtempSync(join(tmpdir(), 'probe-r10-'));
try {
  const only = process.argv.slice(2);
  const all = [scan1, scan2, scan3, scan4];
  for (const [k, make] of all.entries()) {
    if (only.length && !only.includes(String(k + 1))) continue;
    const s = await make(work);
    const table = goldenTable(s.project);
    writeGolden(s.file, { source: s.file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...s.notes], tables: [table] });
    console.log(s.file);
  }
  if (process.env.PROBE_KEEP_WORK) for (const f of ['hulunbuir', 'lhasa', 'ningbo', 'xiamen']) {
    try { writeFileSync(join(process.env.PROBE_KEEP_WORK, `${f}.pdf`), readFileSync(join(work, `${f}.pdf`))); } catch { /* not printed */ }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
