/**
 * Round-15 scan probes (samples/probe/probe-r15-scan-*): five tables written here by hand, printed as
 * HTML → PDF by headless Chromium, rasterised with pdftoppm, STAMPED with an official seal and degraded
 * into a scan with sharp. The hazard of the round is the GREY seal (a seal photocopied or scanned in
 * greyscale), stamped over text the reader needs:
 *    1. shangcheng (河南 信阳, county) — a grey round seal (商城县财政局 / 附件专用章, star) over the
 *       项目名称 and 主管部门 cells of a 项目绩效目标表, grey 300 DPI JPEG;
 *    2. hanzhong (陕西, city) — a grey round seal (汉中市林业局, star) over the funds amounts of a 自评表,
 *       200 DPI, skewed 0.8°;
 *    3. youjiang (广西 百色, district) — a grey OVAL seal 40×30 mm (百色市右江区农业农村局 / 财务专用章, a
 *       13-digit code) over 三级 names and ≥ / % targets of a 绩效目标表, 300 DPI grey PNG;
 *    4. sucheng (江苏 宿迁, district) — a two-page image-only PDF (grey JPEG pages, 200 DPI), a grey seal
 *       straddling the last indicator rows, the 总分 row and the sign-off / date lines on page 2;
 *    5. lanshan (山东 临沂, district) — a colour (RGB) scan whose seal is a faded pinkish grey
 *       rgb(190,140,140) (low-saturation red, between the red and the grey case) over the title and year line.
 * The seal is not printed by Chromium: the page is printed once without it and once with ONLY the seal
 * (same layout, everything else hidden), and the seal's coverage is then MULTIPLIED over the page raster
 * with uneven ink (a low-frequency ink field, a pressure gradient across the stamp, grain and drop-outs),
 * so text under the seal stays dark. Seal geometry as real seals: ring 1–1.2 mm, solid star, bold
 * 宋体-like characters (Noto Serif CJK SC Bold, narrowed), the stamp turned a few degrees.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-scans-r15.ts [1 2 3 4 5]   # needs chromium, pdftoppm, WenQuanYi Micro Hei, Noto Serif CJK
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { seededRandom } from '../../test/support/seeded-random.js';
import { printValue } from './golden-model.js';
import { imageOnlyPdf, type JpegPage } from './image-pdf.js';
import { OUT, goldenTable, indicatorRows, tx, v, writeGolden, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-scans-r15.ts';

// ───────────────────────── content ─────────────────────────

const shangcheng: Project = {
  kind: 'project-targets',
  title: '2025年度项目绩效目标表',
  year: 2025,
  project: { name: '高山茶园提质增效项目', department: '商城县农业农村局', implementingUnit: '商城县茶叶产业发展中心', attribute: '新增项目', period: '2025年1月1日至2025年12月31日' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 6_800_000 },
      { label: '其中：财政拨款', annualBudget: 6_000_000 },
      { label: '其他资金', annualBudget: 800_000 },
    ],
  },
  goal: '改造提升低产茶园12000亩，建设茶园绿色防控示范点15个，培训茶农2000人次以上，茶叶农残抽检合格率98%以上，带动茶农户均增收1200元以上，商城高山茶品牌影响力持续提升。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '低产茶园改造面积', target: v('>=', 12000, '亩'), weight: 10 },
      { name: '茶园绿色防控示范点', target: v('>=', 15, '个'), weight: 8 },
      { name: '茶农技术培训', target: v('>=', 2000, '人次'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '改造茶园验收合格率', target: v('=', 100, '%'), weight: 8 },
      { name: '茶叶农残抽检合格率', target: v('>=', 98, '%'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完成时间', target: tx('2025年11月30日前'), weight: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均改造补助标准', target: v('<=', 500, '元/亩'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '带动茶农户均增收', target: v('>=', 1200, '元'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '带动脱贫人口就业', target: v('>=', 600, '人'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '茶园水土流失状况', target: tx('有效改善'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '商城高山茶品牌影响力', target: tx('持续提升'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '茶农满意度', target: v('>=', 92, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

const hanzhong: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '朱鹮栖息地保护与监测', department: '汉中市林业局', implementingUnit: '汉中市朱鹮保护监测中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 4_200_000, annualBudget: 4_560_000, executed: 4_423_200, weight: 10, executionRate: 97, score: 9.7 },
      { label: '其中：财政拨款', initialBudget: 4_200_000, annualBudget: 4_200_000, executed: 4_063_200 },
      { label: '上年结转资金', initialBudget: null, annualBudget: 360_000, executed: 360_000 },
    ],
  },
  goal: '布设朱鹮野外种群监测样线36条以上，全年巡护监测300天以上，招引人工营巢巢址120个，监测数据有效率95%以上，朱鹮野外种群稳定在7000只以上，公众保护意识明显提升。',
  achieved: '布设监测样线38条，巡护监测326天，招引巢址124个，数据有效率97.2%，野外种群约7260只；受春季低温影响繁殖巢成功率72.4%，略低于目标。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '野外种群监测样线', target: v('>=', 36, '条'), actual: v(null, 38, '条'), weight: 8, score: 8 },
      { name: '巡护监测天数', target: v('>=', 300, '天'), actual: v(null, 326, '天'), weight: 7, score: 7 },
      { name: '人工营巢招引巢址', target: v('>=', 120, '个'), actual: v(null, 124, '个'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '监测数据有效率', target: v('>=', 95, '%'), actual: v(null, 97.2, '%'), weight: 7, score: 7 },
      { name: '朱鹮繁殖巢成功率', target: v('>=', 75, '%'), actual: v(null, 72.4, '%'), weight: 7, score: 6.2, why: '春季低温阴雨，部分巢卵未孵化；加强巢址看护' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '年度监测报告提交时间', target: tx('2024年12月15日前'), actual: { date: '2024-12-10' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单条样线年监测成本', target: v('<=', 1.2, '万元'), actual: v(null, 1.15, '万元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '朱鹮野外种群数量', target: v('>=', 7000, '只'), actual: v(null, 7260, '只'), weight: 12, score: 12 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '公众朱鹮保护意识', target: tx('明显提升'), actual: tx('明显提升'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '栖息地保护长效机制', target: tx('逐步完善'), actual: tx('逐步完善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '周边群众满意度', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.9, grade: '优' },
};

const youjiang: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '右江河谷芒果标准化种植基地建设', department: '百色市右江区农业农村局', implementingUnit: '百色市右江区水果生产技术指导站' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 5_400_000 },
      { label: '其中：财政资金', annualBudget: 4_500_000 },
      { label: '其他资金', annualBudget: 900_000 },
    ],
  },
  goal: '建设芒果标准化种植基地3000亩，配套水肥一体化设施1800亩，推广芒果套袋2500亩，标准化生产技术到位率90%以上，商品果率85%以上，带动农户就业450人，基地亩均增收800元以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '标准化种植基地面积', target: v('>=', 3000, '亩'), weight: null },
      { name: '水肥一体化设施覆盖面积', target: v('>=', 1800, '亩'), weight: null },
      { name: '芒果套袋推广面积', target: v('>=', 2500, '亩'), weight: null },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '标准化生产技术到位率', target: v('>=', 90, '%'), weight: null },
      { name: '商品果率', target: v('>=', 85, '%'), weight: null },
      { name: '设施工程验收合格率', target: v('=', 100, '%'), weight: null },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '基地建设完成时间', target: tx('2025年10月31日前'), weight: null },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均建设成本', target: v('<=', 1800, '元/亩'), weight: null },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '基地亩均增收', target: v('>=', 800, '元'), weight: null },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '带动农户就业', target: v('>=', 450, '人'), weight: null },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '化肥农药使用量', target: tx('逐年减少'), weight: null },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '种植户满意度', target: v('>=', 90, '%'), weight: null },
    ] },
  ],
  total: null,
};

const sucheng: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '义务教育学校校舍维修改造', department: '宿迁市宿城区教育局', implementingUnit: '宿城区教育装备与勤工俭学管理中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 15_000_000, annualBudget: 15_600_000, executed: 15_288_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 15_000_000, annualBudget: 15_000_000, executed: 14_688_000 },
      { label: '其他资金', initialBudget: null, annualBudget: 600_000, executed: 600_000 },
    ],
  },
  goal: '完成14所义务教育学校校舍维修改造18000平方米以上，更新课桌椅3200套，暑期完成主体施工，工程验收合格率100%，消除校舍安全隐患，受益学生12000人以上，办学条件明显改善。',
  achieved: '完成14所学校维修改造18460平方米，更新课桌椅3260套，工程验收全部合格，受益学生12650人；2所学校受汛期影响暑期施工完成率93%，开学前完成主体工程。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '维修改造校舍面积', target: v('>=', 18000, '平方米'), actual: v(null, 18460, '平方米'), weight: 8, score: 8 },
      { name: '改造学校数量', target: v('=', 14, '所'), actual: v(null, 14, '所'), weight: 7, score: 7 },
      { name: '更新课桌椅', target: v('>=', 3200, '套'), actual: v(null, 3260, '套'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '校舍安全隐患整改率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '暑期施工完成率', target: v('>=', 95, '%'), actual: v(null, 93, '%'), weight: 6, score: 5.4, why: '2所学校受汛期影响延误，开学前完成主体工程' },
      { name: '项目完工时间', target: tx('2024年8月31日前'), actual: { date: '2024-08-28' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单位面积改造成本', target: v('<=', 850, '元/平方米'), actual: v(null, 826, '元/平方米'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益学生人数', target: v('>=', 12000, '人'), actual: v(null, 12650, '人'), weight: 8, score: 8 },
      { name: '学校办学条件', target: tx('明显改善'), actual: tx('明显改善'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '校舍安全保障能力', target: tx('持续提升'), actual: tx('持续提升'), weight: 9, score: 9 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '师生及家长满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.2, grade: '优' },
};

const lanshan: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '城镇老旧小区改造', department: '临沂市兰山区住房和城乡建设局', implementingUnit: '兰山区城市更新服务中心' },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 26_000_000, annualBudget: 27_350_000, executed: 26_803_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 24_000_000, annualBudget: 24_000_000, executed: 23_453_000 },
      { label: '上年结转资金', initialBudget: 2_000_000, annualBudget: 3_350_000, executed: 3_350_000 },
    ],
  },
  goal: '改造城镇老旧小区32个、惠及居民5600户以上，加装电梯40部，消除安全隐患120处，新增绿化2.6万平方米，11月底前完成年度改造任务，居民满意度90%以上。',
  achieved: '完成老旧小区改造32个，惠及居民5742户，消除隐患134处，新增绿化2.71万平方米；加装电梯36部，4部因居民意见未统一顺延至2025年。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '改造老旧小区数量', target: v('>=', 32, '个'), actual: v(null, 32, '个'), weight: 8, score: 8 },
      { name: '惠及居民户数', target: v('>=', 5600, '户'), actual: v(null, 5742, '户'), weight: 8, score: 8 },
      { name: '加装电梯数量', target: v('>=', 40, '部'), actual: v(null, 36, '部'), weight: 7, score: 6.3, why: '4部因单元居民意见未统一，顺延至2025年实施' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程质量验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '年度改造任务完成时间', target: tx('2024年11月30日前'), actual: { date: '2024-11-25' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '户均改造成本', target: v('<=', 4.8, '万元'), actual: v(null, 4.67, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '消除小区安全隐患', target: v('>=', 120, '处'), actual: v(null, 134, '处'), weight: 8, score: 8 },
      { name: '小区基础设施水平', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '小区新增绿化面积', target: v('>=', 2.6, '万平方米'), actual: v(null, 2.71, '万平方米'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '小区长效管理机制', target: tx('逐步建立'), actual: tx('逐步建立'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '居民满意度', target: v('>=', 90, '%'), actual: v(null, 93.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.1, grade: '优' },
};

for (const p of [shangcheng, hanzhong, youjiang, sucheng, lanshan]) {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 8 || items.length > 12) throw new Error(`${p.project.name}: ${items.length} indicators`);
  if (items.some((it) => it.weight != null)) {
    const weights = items.reduce((a, it) => a + (it.weight ?? 0), 0) + Number(p.funds?.rows[0]?.weight ?? 0);
    if (weights !== 100) throw new Error(`${p.project.name}: weights add up to ${weights}`);
  }
  if (p.total) {
    const score = items.reduce((a, it) => a + (it.score ?? 0), 0) + Number(p.funds?.rows[0]?.score ?? 0);
    if (Math.abs(score - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores add up to ${score}`);
  }
  const f = p.funds!.rows;
  for (const key of ['initialBudget', 'annualBudget', 'executed']) {
    if (f[0]![key] == null) continue;
    const sum = f.slice(1).reduce((a, r) => a + Number(r[key] ?? 0), 0);
    if (sum !== f[0]![key]) throw new Error(`${p.project.name}: ${key} lines add up to ${sum}`);
  }
  if (f[0]!.executed != null) {
    const rate = Math.round((10_000 * Number(f[0]!.executed)) / Number(f[0]!.annualBudget)) / 100;
    if (rate !== f[0]!.executionRate) throw new Error(`${p.project.name}: execution rate ${rate}`);
    if (Math.round(rate * Number(f[0]!.weight)) / 100 !== f[0]!.score) throw new Error(`${p.project.name}: execution score`);
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

/** A table's rows as HTML; `extra(cell)` may add markup inside a cell (a seal anchored there). */
function rowsHtml(rows: PrintedCell[][], extra?: (cell: PrintedCell) => string): string {
  return rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const more = extra?.(cell) ?? '';
    const cls = [cell.text.length > 24 ? 'prose' : '', more ? 'anchor' : ''].filter(Boolean).join(' ');
    return `<${tag}${spans}${cls ? ` class="${cls}"` : ''}>${cell.text.split('\n').map(esc).join('<br>')}${more}</${tag}>`;
  }).join('')}</tr>`).join('\n');
}

const colgroup = (weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>`;
};

/**
 * A page; the seal is hidden on the page print and alone visible (in black) on the mask print, so the
 * two prints share one layout.
 */
const page = (css: string, body: string, font = '"WenQuanYi Micro Hei",sans-serif') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:${font};margin:0;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:16pt;text-align:center;margin:0 0 4pt 0;font-weight:bold}
p.sub{text-align:center;margin:0 0 4pt 0;font-size:10.5pt}
p.cap{margin:0 0 3pt 0;font-size:10.5pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{text-align:center;vertical-align:middle;padding:2pt 3pt;word-break:break-all}
td.prose{text-align:left}
.anchor{position:relative}
svg.seal{position:absolute;overflow:visible;visibility:hidden}
body.mask *{visibility:hidden}
body.mask svg.seal,body.mask svg.seal *{visibility:visible}
${css}
</style></head><body>
${body}
</body></html>`;

interface SealSpec {
  /** size in mm (round: w = h) */
  w: number; h: number;
  ring: string;
  /** ring stroke (mm) */
  stroke: number;
  star: boolean;
  /** the horizontal line under the star / in the middle */
  line?: string;
  /** a small code along the bottom (oval 财务专用章) */
  code?: string;
  /** the stamp turned (degrees, clockwise) */
  turn: number;
  /** where the seal's centre lies, relative to its anchor's top-left (CSS lengths) */
  left: string; top: string;
}

/**
 * An official seal as inline SVG in mm: the ring, the unit's name in bold 宋体-like characters round the
 * upper arc (narrowed as seal characters are), a solid five-pointed star, a horizontal line under it, and
 * for an oval 财务专用章 a small code round the bottom. Drawn black: the mask print takes its coverage.
 */
function sealSvg(s: SealSpec): string {
  const cx = s.w / 2, cy = s.h / 2, rx = cx - s.stroke / 2 - 0.3, ry = cy - s.stroke / 2 - 0.3;
  const oval = s.w !== s.h;
  const chars = [...s.ring];
  const font = oval ? 4.3 : 6.4;
  const inset = s.stroke + 0.9 + font / 2; // characters' centres this far inside the ring's outer edge
  const tx0 = cx - inset + 0.3, ty0 = cy - inset + 0.3;
  const span = ((oval ? 228 : 246) * Math.PI) / 180;
  const text = chars.map((ch, k) => {
    const a = -Math.PI / 2 - span / 2 + (span * (k + 0.5)) / chars.length;
    const x = cx + tx0 * Math.cos(a), y = cy + ty0 * Math.sin(a);
    // the character's upright is the ellipse's outward normal
    const nx = Math.cos(a) / tx0, ny = Math.sin(a) / ty0;
    const deg = (Math.atan2(ny, nx) * 180) / Math.PI + 90;
    return `<text x="0" y="0" transform="translate(${x.toFixed(2)} ${y.toFixed(2)}) rotate(${deg.toFixed(1)}) scale(0.78 1)" font-size="${font}" text-anchor="middle" dominant-baseline="central">${ch}</text>`;
  }).join('');
  const star = s.star ? (() => {
    const R = 6.6, r = R * 0.382;
    const pts = Array.from({ length: 10 }, (_, k) => {
      const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 === 0 ? R : r;
      return `${(cx + rr * Math.cos(a)).toFixed(2)},${(cy + rr * Math.sin(a)).toFixed(2)}`;
    }).join(' ');
    return `<polygon points="${pts}" stroke="none"/>`;
  })() : '';
  const line = s.line
    ? `<text x="${cx}" y="${(oval ? cy + 1.2 : cy + 11.2).toFixed(2)}" font-size="${oval ? 4.6 : 4.9}" text-anchor="middle" dominant-baseline="central" transform="translate(${cx} 0) scale(0.9 1) translate(${-cx} 0)">${s.line}</text>`
    : '';
  const code = s.code
    ? `<text x="${cx}" y="${(cy + ry - s.stroke - 2.4).toFixed(2)}" font-size="2.3" font-family="'WenQuanYi Micro Hei'" font-weight="bold" text-anchor="middle" dominant-baseline="central" letter-spacing="0.15">${s.code}</text>`
    : '';
  const stroke = '#000';
  return `<svg class="seal" viewBox="0 0 ${s.w} ${s.h}" xmlns="http://www.w3.org/2000/svg" style="width:${s.w}mm;height:${s.h}mm;left:calc(${s.left} - ${s.w / 2}mm);top:calc(${s.top} - ${s.h / 2}mm);transform:rotate(${s.turn}deg)" fill="${stroke}" stroke="${stroke}">
<ellipse cx="${cx}" cy="${cy}" rx="${rx.toFixed(2)}" ry="${ry.toFixed(2)}" fill="none" stroke-width="${s.stroke}"/>${star}
<g font-family="'Noto Serif CJK SC'" font-weight="bold" stroke-width="0.16">${text}${line}</g>${code}</svg>`;
}

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

/** Target-table head (`width` columns, the label in the first): 项目名称, 主管部门 | 实施单位, [属性 | 期限], funds, goal. */
function targetHead(p: Project, width: number): CellSpec[][] {
  const f = p.funds!;
  const rest = width - 2; // columns after the label and the line label
  const half = Math.max(1, Math.floor((width - 2) / 2));
  return [
    [c('项目名称'), c(p.project.name!, { span: 'rest' })],
    [c('主管部门'), c(p.project.department!, { span: half }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    ...(p.project.attribute ? [[c('项目属性'), c(p.project.attribute, { span: half }), c('实施期限'), c(p.project.period!, { span: 'rest' })]] : []),
    [c(`项目资金（${f.publishedUnit}）`, { rowSpan: f.rows.length }), c(String(f.rows[0]!.label)), c(money(f.rows[0]!.annualBudget, f.publishedUnit), { span: rest })],
    ...f.rows.slice(1).map((r) => [c(String(r.label)), c(money(r.annualBudget, f.publishedUnit), { span: rest })]),
    [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
  ];
}

/** 1. shangcheng: 6-column 目标表 (一级 | 二级 | 三级 | 指标值 | 分值 | 指标解释), the seal over 项目名称 / 主管部门. */
const SHANGCHENG_EXPLAIN: Record<string, string> = {
  '低产茶园改造面积': '完成品种改良、树冠改造、土壤改良的茶园面积',
  '茶园绿色防控示范点': '建成杀虫灯、粘虫板、生物防治设施的示范点数',
  '茶农技术培训': '组织茶叶栽培、加工技术培训的人次',
  '改造茶园验收合格率': '验收合格面积占改造面积的比例',
  '茶叶农残抽检合格率': '抽检合格批次占抽检总批次的比例',
  '项目完成时间': '全部建设内容完成并通过验收的时间',
  '亩均改造补助标准': '财政补助资金总额与改造面积之比',
  '带动茶农户均增收': '项目区茶农户均茶叶收入增加额',
  '带动脱贫人口就业': '在茶园务工的脱贫人口数',
  '茶园水土流失状况': '梯级茶园建设及生草覆盖后的水土保持情况',
  '商城高山茶品牌影响力': '区域公用品牌宣传推介及市场认可程度',
  '茶农满意度': '抽样调查茶农对项目实施满意的比例',
};

function doc1(p: Project): string {
  const rows = builtRows(6, [
    ...targetHead(p, 6),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值'), h('指标解释及计算公式')],
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(num(it.weight)), c(SHANGCHENG_EXPLAIN[it.name]!)]),
  ]);
  // centred low in the 项目名称 cell's left part, reaching down over 主管部门's value
  const seal = (cell: PrintedCell) => (cell.text === p.project.name ? sealSvg({
    w: 42, h: 42, ring: '商城县财政局', stroke: 1.15, star: true, line: '附件专用章', turn: -9, left: '40%', top: '100%',
  }) : '');
  return page(`@page{size:A4;margin:15mm 14mm 14mm 14mm}
th,td{border:0.8pt solid #000;font-size:10.5pt;font-weight:normal;padding:4.5pt 3pt;line-height:1.3}
th{font-weight:bold}
td.prose{font-size:10pt}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap" style="display:flex;justify-content:space-between"><span>单位名称：商城县农业农村局</span><span>金额单位：万元</span></p>
<table>${colgroup([4.8, 6.2, 9.4, 6.2, 3.2, 13.4])}
${rowsHtml(rows, seal)}
</table>
<p class="cap" style="margin-top:6pt;font-size:9.5pt">注：本表为商城县2025年部门预算批复附件。</p>`, '"Noto Serif CJK SC",serif');
}

/** 2. hanzhong: an 8-column 自评表, the seal over the funds amounts. */
function doc2(p: Project): string {
  const rows = builtRows(8, [
    ...selfHead(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  // anchored on the 全年预算数 of 其中：财政拨款, centred on the boundary with 全年执行数
  const target = money(p.funds!.rows[1]!.annualBudget, '万元');
  let used = false;
  const seal = (cell: PrintedCell) => {
    if (used || cell.text !== target || cell.col !== 3) return '';
    used = true;
    return sealSvg({ w: 42, h: 42, ring: '汉中市林业局', stroke: 1.2, star: true, turn: 14, left: '100%', top: '40%' });
  };
  return page(`@page{size:A4;margin:14mm 13mm 14mm 13mm}
th,td{border:0.8pt solid #000;font-size:9.5pt;font-weight:normal;padding:3pt 2pt}
th{font-weight:bold}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：汉中市林业局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4.6, 5.6, 9.6, 6.4, 6.4, 3.6, 3.6, 9])}
${rowsHtml(rows, seal)}
</table>
<p class="cap" style="margin-top:6pt">填报人：张蕊　　　　联系电话：0916-2213657　　　　填报日期：2025年3月26日</p>`);
}

/** 3. youjiang: a 4-column 目标表 (一级 | 二级 | 三级 | 指标值), the oval 财务专用章 over the 质量指标 rows. */
function doc3(p: Project): string {
  const rows = builtRows(4, [
    ...targetHead(p, 4),
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值')],
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target))]),
  ]);
  const seal = (cell: PrintedCell) => (cell.text === '商品果率' ? sealSvg({
    w: 40, h: 30, ring: '百色市右江区农业农村局', stroke: 1.0, star: false, line: '财务专用章', code: '4510020031876', turn: -6, left: '100% + 4mm', top: '50%',
  }) : '');
  return page(`@page{size:A4;margin:16mm 16mm 16mm 16mm}
th,td{border:0.8pt solid #000;font-size:11pt;font-weight:normal;padding:5pt 3pt;line-height:1.35}
th{font-weight:bold}`,
  `<h1>${esc(p.title)}</h1>
<p class="sub">（2025年度）</p>
<p class="cap">填报单位：百色市右江区农业农村局<span style="float:right">单位：万元</span></p>
<table>${colgroup([5, 6.4, 8.6, 8])}
${rowsHtml(rows, seal)}
</table>
<p class="cap" style="margin-top:8pt">单位负责人：黄永康　　　　填表人：农秋菊　　　　联系电话：0776-2823145</p>`);
}

/** 4. sucheng: a two-page 自评表, page 2 under a repeated column header, the seal over the last rows and the sign-off lines. */
function doc4(p: Project): string {
  // page 1 ends with the 产出指标 block (its eight rows), page 2 opens with 效益指标 under the repeated header
  const cut = 4;
  if (sucheng.groups.slice(0, cut).flatMap((g) => g.items).length !== 8) throw new Error('sucheng: page cut');
  const first = builtRows(8, [...selfHead(p), SELF_HEAD(), ...indicatorRows(p.groups.slice(0, cut), selfCells)]);
  const restRows = indicatorRows(p.groups.slice(cut), selfCells);
  const second = builtRows(8, [SELF_HEAD(), ...restRows,
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)]]);
  const cols = colgroup([4.6, 5.6, 9.6, 6.4, 6.4, 3.6, 3.6, 9]);
  const seal = sealSvg({ w: 42, h: 42, ring: '宿迁市宿城区教育局', stroke: 1.1, star: true, turn: 7, left: '62%', top: '-3mm' });
  return page(`@page{size:A4;margin:16mm 14mm 16mm 14mm}
th,td{border:0.8pt solid #000;font-size:10.5pt;font-weight:normal;padding:5pt 2pt;line-height:1.35}
th{font-weight:bold}
div.p2{break-before:page}
div.sign{position:relative;margin-top:10pt;font-size:10.5pt;line-height:2}
p.foot{text-align:center;font-size:9pt;margin-top:10pt}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：宿迁市宿城区教育局<span style="float:right">金额单位：万元</span></p>
<table>${cols}
${rowsHtml(first)}
</table>
<p class="foot">第 1 页 共 2 页</p>
<div class="p2">
<table>${cols}
${rowsHtml(second)}
</table>
<div class="sign">单位负责人：周建国　　　　财务负责人：陈晓雯　　　　填报人：李婷<br>联系电话：0527-84353210　　　　填报日期：2025年3月20日　　　　（单位盖章）${seal}</div>
<p class="foot">第 2 页 共 2 页</p>
</div>`);
}

/** 5. lanshan: an 8-column 自评表 in 元 with the year on its own line under the title; the seal over both. */
function doc5(p: Project): string {
  const rows = builtRows(8, [
    ...selfHead(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)],
  ]);
  const seal = sealSvg({ w: 42, h: 42, ring: '临沂市兰山区住房和城乡建设局', stroke: 1.1, star: true, turn: -4, left: '50%', top: '21mm' });
  return page(`@page{size:A4;margin:9mm 13mm 14mm 13mm}
div.titles{position:relative;padding-top:10mm;padding-bottom:2mm}
h1{font-size:18pt}
p.sub{font-size:12pt}
th,td{border:0.8pt solid #000;font-size:9.5pt;font-weight:normal;padding:3pt 2pt}
th{font-weight:bold}`,
  `<div class="titles anchor"><h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>${seal}</div>
<p class="cap">填报单位：临沂市兰山区住房和城乡建设局<span style="float:right">金额单位：元</span></p>
<table>${colgroup([4.6, 5.6, 9.2, 6.8, 6.8, 3.4, 3.4, 8.6])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:6pt">填报人：刘晓峰　　　　联系电话：0539-8316620　　　　填报日期：2025年4月2日</p>`);
}

// ───────────────────────── stamping and scanning ─────────────────────────

/** A raster page: 1 (grey) or 3 (RGB) channels. */
interface Raster { data: Uint8Array; width: number; height: number; channels: 1 | 3 }

/** HTML → PDF (Chromium) → one raster per page (pdftoppm, grey or colour). */
async function printPages(work: string, stem: string, html: string, dpi: number, colour: boolean): Promise<Raster[]> {
  const htmlPath = join(work, `${stem}.html`), pdf = join(work, `${stem}.pdf`);
  writeFileSync(htmlPath, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, htmlPath], { stdio: 'ignore' });
  execFileSync('pdftoppm', ['-r', String(dpi), ...(colour ? [] : ['-gray']), '-png', pdf, join(work, stem)]);
  const files = readdirSync(work).filter((f) => f.startsWith(`${stem}-`) && f.endsWith('.png')).sort();
  const out: Raster[] = [];
  for (const f of files) {
    const img = sharp(join(work, f));
    const { data, info } = await (colour ? img.removeAlpha().toColourspace('srgb') : img.greyscale()).raw().toBuffer({ resolveWithObject: true });
    out.push({ data: new Uint8Array(data), width: info.width, height: info.height, channels: colour ? 3 : 1 });
  }
  return out;
}

/** The page printed twice: without the seal, and the seal alone (grey coverage mask, 0 = full seal). */
async function printStamped(work: string, stem: string, html: string, dpi: number, colour: boolean): Promise<{ pages: Raster[]; masks: Raster[] }> {
  const pages = await printPages(work, stem, html, dpi, colour);
  const masks = await printPages(work, `${stem}_mask`, html.replace('<body>', '<body class="mask">'), dpi, false);
  if (pages.length !== masks.length) throw new Error(`${stem}: ${pages.length} pages but ${masks.length} masks`);
  return { pages, masks };
}

const clamp = (x: number) => (x < 0 ? 0 : x > 255 ? 255 : Math.round(x));
const gauss = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());

/** Smooth value noise in [0, 1] on a grid of `cell` px, bilinear between seeded grid values. */
function valueNoise(width: number, height: number, cell: number, rand: () => number): (x: number, y: number) => number {
  const gw = Math.ceil(width / cell) + 2, gh = Math.ceil(height / cell) + 2;
  const grid = Float32Array.from({ length: gw * gh }, () => rand());
  return (x, y) => {
    const fx = x / cell, fy = y / cell, x0 = Math.floor(fx), y0 = Math.floor(fy), tx = fx - x0, ty = fy - y0;
    const sx = tx * tx * (3 - 2 * tx), sy = ty * ty * (3 - 2 * ty);
    const g = (i: number, j: number) => grid[j * gw + i]!;
    return (g(x0, y0) * (1 - sx) + g(x0 + 1, y0) * sx) * (1 - sy) + (g(x0, y0 + 1) * (1 - sx) + g(x0 + 1, y0 + 1) * sx) * sy;
  };
}

interface Ink {
  /** the seal's colour at full ink (grey seals: r = g = b) */
  rgb: [number, number, number];
  /** pressure: ink factor at the light edge of the stamp (1 at the heavy edge), and the heavy side's direction (degrees) */
  light: number; heavy: number;
  seed: number;
}

/**
 * The seal's coverage multiplied over the page with uneven ink: the ink factor is a pressure gradient
 * across the stamp × a low-frequency field (pad ink, ~2.5 mm blobs) × grain, with small drop-outs where
 * the ink is thin. Each channel: page × (255 − D·(255 − colour)) / 255, D = coverage × ink.
 */
function stamp(pageR: Raster, mask: Raster, ink: Ink, dpi: number): void {
  const { width: w, height: hgt } = pageR;
  if (mask.width !== w || mask.height !== hgt) throw new Error('mask size');
  // the seal's box
  let x0 = w, y0 = hgt, x1 = -1, y1 = -1;
  for (let y = 0; y < hgt; y++) for (let x = 0; x < w; x++) if (mask.data[y * w + x]! < 250) { if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y; }
  if (x1 < 0) return;
  const rand = seededRandom(ink.seed);
  const blob = valueNoise(w, hgt, (2.5 * dpi) / 25.4, rand), fine = valueNoise(w, hgt, (0.5 * dpi) / 25.4, rand);
  const ux = Math.cos((ink.heavy * Math.PI) / 180), uy = Math.sin((ink.heavy * Math.PI) / 180);
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, half = Math.max(x1 - x0, y1 - y0) / 2 || 1;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const i = y * w + x, cov = 1 - mask.data[i]! / 255;
      if (cov <= 0) continue;
      const t = (((x - cx) * ux + (y - cy) * uy) / half + 1) / 2; // 0 light edge … 1 heavy edge
      const pressure = ink.light + (1 - ink.light) * Math.min(1, Math.max(0, t));
      let k = pressure * (0.72 + 0.36 * blob(x, y)) * (0.9 + 0.14 * fine(x, y));
      if (k < 0.75 && rand() < (0.75 - k) * 0.5) k *= 0.35; // thin ink: drop-outs
      k *= 1 - 0.12 * rand() ** 2;
      const d = Math.min(1, cov * Math.min(1.05, k));
      for (let ch = 0; ch < pageR.channels; ch++) {
        const j = i * pageR.channels + ch;
        const layer = 255 - d * (255 - ink.rgb[ch % 3]!);
        pageR.data[j] = clamp((pageR.data[j]! * layer) / 255);
      }
    }
  }
}

/** Paper tone (white → paper colour) and Gaussian noise (luma noise shared by the channels, a little chroma). */
function paperAndNoise(g: Raster, paper: number[], sigma: number, seed: number): void {
  const rand = seededRandom(seed), n = g.width * g.height;
  for (let i = 0; i < n; i++) {
    const luma = gauss(rand) * sigma;
    for (let ch = 0; ch < g.channels; ch++) {
      const j = i * g.channels + ch;
      g.data[j] = clamp((g.data[j]! * paper[ch]!) / 255 + luma + (g.channels === 3 ? gauss(rand) * sigma * 0.3 : 0));
    }
  }
}

/** Rotate (sharp: positive turns clockwise) keeping the size, background the paper, then blur σ. */
async function rotate(g: Raster, degrees: number, blur: number, bg: number[]): Promise<Raster> {
  const raw = { width: g.width, height: g.height, channels: g.channels };
  const r = await sharp(Buffer.from(g.data), { raw }).rotate(degrees, { background: { r: bg[0]!, g: bg[1] ?? bg[0]!, b: bg[2] ?? bg[0]! } }).raw().toBuffer({ resolveWithObject: true });
  let img = sharp(r.data, { raw: { width: r.info.width, height: r.info.height, channels: r.info.channels as 1 | 3 | 4 } })
    .extract({ left: Math.floor((r.info.width - g.width) / 2), top: Math.floor((r.info.height - g.height) / 2), width: g.width, height: g.height });
  if (blur > 0.3) img = img.blur(blur);
  img = g.channels === 1 ? img.greyscale() : img.removeAlpha();
  const data = await img.raw().toBuffer();
  return { data: new Uint8Array(data), width: g.width, height: g.height, channels: g.channels };
}

const toSharp = (g: Raster) => {
  const img = sharp(Buffer.from(g.data), { raw: { width: g.width, height: g.height, channels: g.channels } });
  return g.channels === 1 ? img.toColourspace('b-w') : img;
};

interface Scan { file: string; tables: object[]; notes: string[] }

const SEAL_NOTE = 'The seal is stamped, not printed: the page is printed once without it and once with only the seal (same layout), and the seal\'s coverage is multiplied over the page raster with uneven ink (a pressure gradient across the stamp, ~2.5 mm ink blobs, grain and small drop-outs where the ink is thin), so text under the seal stays as dark as elsewhere and the seal\'s strokes darken it a little more.';

async function scan1(work: string): Promise<Scan> {
  const file = 'probe-r15-scan-shangcheng-tea-garden-2025-grey-seal-name-scan.jpg';
  const { pages, masks } = await printStamped(work, 'shangcheng', doc1(shangcheng), 300, false);
  if (pages.length !== 1) throw new Error(`shangcheng: ${pages.length} pages`);
  const g = pages[0]!;
  stamp(g, masks[0]!, { rgb: [128, 128, 128], light: 0.7, heavy: 35, seed: 15101 }, 300);
  paperAndNoise(g, [244], 4, 15102);
  const out = await rotate(g, 0.25, 0.6, [244]);
  await (out.channels === 1 ? toSharp(out).withDensity(300) : toSharp(out).withMetadata({ density: 300 })).jpeg({ quality: 82 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(shangcheng)], notes: [
      `项目绩效目标表 (a budget-approval attachment) printed by Chromium in a serif face (Noto Serif CJK SC, as 宋体), rendered at 300 DPI grey, with a GREY round seal of the county finance bureau: 42 mm, ring 1.15 mm, solid star (13 mm across), "商城县财政局" in bold narrowed serif characters round the upper arc and "附件专用章" under the star, turned 9° anticlockwise; seal grey 128 at full ink (lighter where the ink is thin). Its centre lies at 40 % of the 项目名称 value cell's width on the bottom edge of that row, so the ring, the star and the seal characters cross the project name 高山茶园提质增效项目 and the 主管部门 value 商城县农业农村局 (and touch the 项目属性 row). ${SEAL_NOTE} Paper 244, noise σ 4, skewed 0.25° clockwise, blur σ 0.6, grey JPEG q82.`,
      'Fields: 项目名称 | 主管部门 | 实施单位 | 项目属性 新增项目 → attribute | 实施期限 2025年1月1日至2025年12月31日 → period. Funds: 项目资金（万元） beside 年度资金总额 / 其中：财政拨款 / 其他资金, one amount each → annualBudget. 年度绩效目标 is prose (not compared). Judgement call: the seal text (商城县财政局, 附件专用章) is not part of any cell: a reader that glues seal characters into the project name or the department is wrong; the department is the printed 商城县农业农村局, not the finance bureau on the seal.',
      'Indicator block 一级 | 二级 | 三级 | 指标值 | 分值 | 指标解释及计算公式 (explanation prose, not compared); 分值 → weight (sums to 100). "2025年11月30日前" → text; "≤500元/亩" → {<=, 500, 元/亩}; "=100%" → {=, 100, %}. No total row. The caption 单位名称 and the note line under the table are not project fields.',
    ],
  };
}

async function scan2(work: string): Promise<Scan> {
  const file = 'probe-r15-scan-hanzhong-crested-ibis-2024-grey-seal-funds-scan.jpg';
  const { pages, masks } = await printStamped(work, 'hanzhong', doc2(hanzhong), 200, false);
  if (pages.length !== 1) throw new Error(`hanzhong: ${pages.length} pages`);
  const g = pages[0]!;
  stamp(g, masks[0]!, { rgb: [140, 140, 140], light: 0.62, heavy: 200, seed: 15201 }, 200);
  paperAndNoise(g, [240], 5, 15202);
  const out = await rotate(g, -0.8, 0.55, [240]);
  await (out.channels === 1 ? toSharp(out).withDensity(200) : toSharp(out).withMetadata({ density: 200 })).jpeg({ quality: 78 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(hanzhong)], notes: [
      `自评表 printed by Chromium, rendered at 200 DPI grey, with a GREY round seal of the department: 42 mm, ring 1.2 mm, solid star, "汉中市林业局" in bold narrowed serif round the upper arc, no lower line, turned 14° clockwise; seal grey 140 at full ink, the stamp's left side pressed lighter (ink ≈ 62 % there). Centred on the border between the 全年预算数 and 全年执行数 columns at the 其中：财政拨款 row, so the ring and star lie over the funds AMOUNTS (全年预算数 456.00 / 420.00 / 36.00, 全年执行数 442.32 / 406.32 / 36.00, and the 年初预算数 / 分值 edges). ${SEAL_NOTE} Paper 240, noise σ 5, skewed 0.8° counter-clockwise, blur σ 0.55, grey JPEG q78.`,
      'Funds: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 in 万元 ("456.00"); 上年结转资金 has no 年初预算数 (empty → null). 执行率 printed "97.00%" → 97; 得分 9.7. Judgement call: every amount under the seal is transcribed as printed; a reader that loses a digit under the ring or reads the star as a character is wrong, and the funds lines still add up (420.00 + 36.00 = 456.00, 406.32 + 36.00 = 442.32), which a careful reader can check.',
      '"2024年12月15日前" is a deadline phrase → text; the actual 2024年12月10日 is a date. "≤1.2万元" → {<=, 1.2, 万元}. 一级 cells carry no weights. 总分 row: 100 | 98.9 | 自评等级：优. The caption 填报单位（盖章） and the 填报人 line are not project fields.',
    ],
  };
}

async function scan3(work: string): Promise<Scan> {
  const file = 'probe-r15-scan-youjiang-mango-base-2025-grey-oval-seal-scan.png';
  const { pages, masks } = await printStamped(work, 'youjiang', doc3(youjiang), 300, false);
  if (pages.length !== 1) throw new Error(`youjiang: ${pages.length} pages`);
  const g = pages[0]!;
  stamp(g, masks[0]!, { rgb: [118, 118, 118], light: 0.75, heavy: 300, seed: 15301 }, 300);
  paperAndNoise(g, [246], 3.5, 15302);
  const out = await rotate(g, 0.3, 0.5, [246]);
  await (out.channels === 1 ? toSharp(out).withDensity(300) : toSharp(out).withMetadata({ density: 300 })).png({ compressionLevel: 9 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(youjiang)], notes: [
      `绩效目标表 (4 columns: 一级 | 二级 | 三级 | 指标值, no 分值) printed by Chromium, rendered at 300 DPI grey, with a GREY OVAL 财务专用章: 40 × 30 mm, ring 1.0 mm, no star, "百色市右江区农业农村局" in bold narrowed serif round the upper arc, "财务专用章" across the middle and a 13-digit seal code "4510020031876" in small bold digits along the bottom, turned 6° anticlockwise; seal grey 118 at full ink. Centred 4 mm right of the border between the 三级 and 指标值 columns at the 商品果率 row, so it covers the 质量指标 rows 标准化生产技术到位率 ≥90% / 商品果率 ≥85% / 设施工程验收合格率 =100% and reaches the 芒果套袋推广面积 and 基地建设完成时间 rows. ${SEAL_NOTE} Paper 246, noise σ 3.5, skewed 0.3° clockwise, blur σ 0.5, grey PNG.`,
      'Judgement calls: the seal\'s code digits and 财务专用章 are not cell text — a target read as "≥85%4510020031876" or a 三级 name with seal characters glued to it is wrong. No 分值 column → every weight null; no total row. Funds: 项目资金（万元） beside 年度资金总额 / 其中：财政资金 / 其他资金, one amount each → annualBudget.',
      'Title "2025年项目支出绩效目标表" with "（2025年度）" under it → year 2025. "2025年10月31日前" → text; "≤1800元/亩" → {<=, 1800, 元/亩}; "逐年减少" → text. The caption 填报单位 and the sign-off line are not project fields.',
    ],
  };
}

async function scan4(work: string): Promise<Scan> {
  const file = 'probe-r15-scan-sucheng-school-repair-2024-two-page-grey-seal-scan.pdf';
  const { pages, masks } = await printStamped(work, 'sucheng', doc4(sucheng), 200, false);
  if (pages.length !== 2) throw new Error(`sucheng: ${pages.length} pages`);
  const jpegs: JpegPage[] = [];
  const skew = [-0.4, 0.6];
  for (const [k, g] of pages.entries()) {
    stamp(g, masks[k]!, { rgb: [145, 145, 145], light: 0.68, heavy: 90, seed: 15401 + k }, 200);
    paperAndNoise(g, [238], 5, 15411 + k);
    const out = await rotate(g, skew[k]!, 0.5, [238]);
    jpegs.push({ jpeg: await toSharp(out).jpeg({ quality: 74 }).toBuffer(), width: out.width, height: out.height, dpi: 200 });
  }
  writeFileSync(join(OUT, file), imageOnlyPdf(jpegs));
  return {
    file, tables: [goldenTable(sucheng)], notes: [
      `自评表 over two A4 pages printed by Chromium, rendered at 200 DPI grey, each page a grey JPEG q74 in an image-only PDF (no text layer); paper 238, noise σ 5, skewed 0.4° counter-clockwise (page 1) and 0.6° clockwise (page 2), blur σ 0.5. On page 2 a GREY round seal of the department (42 mm, ring 1.1 mm, solid star, "宿迁市宿城区教育局" round the upper arc, turned 7° clockwise, seal grey 145 at full ink, the lower half pressed heavier) is stamped where the sign-off block begins: its centre 3 mm above the first sign-off line at 62 % of the width, so the upper half covers the last indicator rows (可持续影响指标 / 满意度指标, their 分值 / 得分 / 偏差 cells) and the 总分 row (100 | 99.2 | 自评等级：优), the lower half the lines "单位负责人：周建国 … 填报人：李婷" and "联系电话 … 填报日期：2025年3月20日 （单位盖章）". ${SEAL_NOTE}`,
      'Page 1: header fields, funds (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 万元; 其他资金 has no 年初预算数 → null), goals, the column header and the eight 产出指标 rows (数量 3, 质量 2, 时效 2, 成本 1). Footer "第 1 页 共 2 页".',
      'The page cut: page 1 ends after 单位面积改造成本 (the 产出指标 block, 8 rows); page 2 repeats the column header and opens with 效益指标 (社会效益 2 rows, 可持续影响 1 row), 满意度指标, then 总分. One Table. 总分 row: 100 | 99.2 | 自评等级：优 → total {100, 99.2, 优}. "2024年8月31日前" → text, the actual 2024年8月28日 → date; "≤850元/平方米" → {<=, 850, 元/平方米}. The sign-off lines and the caption 填报单位（盖章） are not project fields; the seal text is not cell text.',
    ],
  };
}

async function scan5(work: string): Promise<Scan> {
  const file = 'probe-r15-scan-lanshan-old-housing-2024-faded-pink-seal-title-scan.jpg';
  const { pages, masks } = await printStamped(work, 'lanshan', doc5(lanshan), 200, true);
  if (pages.length !== 1) throw new Error(`lanshan: ${pages.length} pages`);
  const g = pages[0]!;
  stamp(g, masks[0]!, { rgb: [190, 140, 140], light: 0.66, heavy: 150, seed: 15501 }, 200);
  const paper = [246, 243, 235];
  paperAndNoise(g, paper, 4.5, 15502);
  const out = await rotate(g, 0.45, 0.6, paper);
  await (out.channels === 1 ? toSharp(out).withDensity(200) : toSharp(out).withMetadata({ density: 200 })).jpeg({ quality: 80 }).toFile(join(OUT, file));
  return {
    file, tables: [goldenTable(lanshan)], notes: [
      `自评表 printed by Chromium, rendered at 200 DPI in COLOUR (RGB), with a FADED pinkish-grey seal: rgb(190,140,140) at full ink (red − max(green, blue) = 50: a low-saturation red between a red and a grey seal, lighter still where the ink is thin), 42 mm, ring 1.1 mm, solid star, "临沂市兰山区住房和城乡建设局" in bold narrowed serif round the upper arc, turned 4° anticlockwise. Centred on the page's middle 21 mm below the top of the print area (the title prints 10 mm below it), so its star and ring lie over the title 项目支出绩效自评表 and the year line （2024年度） under it, and its lower edge reaches the 填报单位 caption and the top rule of the table. ${SEAL_NOTE} Warm paper rgb(246,243,235), noise σ 4.5 (a little chroma noise), skewed 0.45° clockwise, blur σ 0.6, RGB JPEG q80.`,
      'Judgement call: the title is printed 项目支出绩效自评表 and the year only on the line under it ("（2024年度）") → title 项目支出绩效自评表, year 2024; a reader that loses the year line under the seal or reads seal characters into the title is wrong. Funds in 元 with thousands separators ("27,350,000.00"), block label 项目资金（元）, caption 金额单位：元; 执行率 "98.00%" → 98.',
      '"2024年11月30日前" → text; the actual 2024年11月25日 → date. "≥2.6万平方米" → {>=, 2.6, 万平方米}; "≤4.8万元" → {<=, 4.8, 万元}. 总分 row: 100 | 99.1 | 自评等级：优. The caption 填报单位 and the 填报人 line are not project fields.',
    ],
  };
}

const work = mkdtempSync(join(tmpdir(), 'probe-r15-'));
try {
  const only = process.argv.slice(2);
  const all = [scan1, scan2, scan3, scan4, scan5];
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
