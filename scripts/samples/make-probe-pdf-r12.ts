/**
 * Round-12a PDF probes (samples/probe/probe-r12-pdf-*.pdf): five text-layer hazards earlier rounds did not
 * print, each a realistic project table written here by hand, printed as HTML → PDF by headless Chromium and
 * post-processed by a small PDF rewriter / writer in this file (no PDF library):
 *    1. chengde (河北) — a LANDSCAPE 自评表 on a page whose MediaBox is portrait and which carries /Rotate 90:
 *       Chromium's landscape page rewritten to MediaBox [0 0 595.92 842.88], its content wrapped in
 *       "q 0 1 -1 0 595.92 0 cm … Q" (drawn turned a quarter), as WPS / Word exports and some scanners write;
 *    2. changzhi (山西) — a 自评表 over two pages under a diagonal light-grey repeated watermark text
 *       "长子县财政局　信息公开" (45°, twelve times a page, crossing cells; real text in the text layer), a
 *       running header and a footer "第 1 页 共 2 页"; the table continues on page 2 with the column header
 *       repeated and the 一级 cell of the continuing 效益指标 block empty;
 *    3. anshan (辽宁) — a "searchable scan": each page a full-page 200 DPI grey JPEG of the printed table (noise)
 *       under an INVISIBLE OCR text layer (3 Tr, cell-level words placed over the image from the printed
 *       PDF's word boxes, non-embedded /STSong-Light /UniGB-UCS2-H Adobe-GB1, horizontal scaling to fit),
 *       with a few OCR errors (≥ lost, 1 → l, 0 → O); no vector rulings;
 *    4. fuyang (安徽) — a 绩效目标表 whose fonts' ToUnicode CMaps are broken (every code mapped to a garbage
 *       code point: ASCII / Latin soup, as some old converters write), so the text layer is unusable;
 *    5. meitan (贵州) — a borderless 自评表 drawn as zebra shading: alternating grey / white filled row
 *       backgrounds, the column header filled dark with white text, no stroked line at all.
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from
 * evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-pdf-r12.ts [1 2 3 4 5]   # needs chromium, pdftoppm, pdftotext, WenQuanYi Micro Hei
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { seededRandom } from '../../test/support/seeded-random.js';
import { printValue } from './golden-model.js';
import { OUT, goldenTable, indicatorRows, tx, v, writeGolden, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-pdf-r12.ts';

// ───────────────────────── content ─────────────────────────

const chengde: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '森林草原防火能力提升项目', department: '承德市林业和草原局', implementingUnit: '承德市森林草原防火指挥中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 6_800_000, annualBudget: 7_340_000, executed: 7_112_500, weight: 10, executionRate: 96.9, score: 9.69 },
      { label: '其中：财政拨款', initialBudget: 6_800_000, annualBudget: 6_800_000, executed: 6_612_500, weight: null, executionRate: null, score: null },
      { label: '上年结转资金', initialBudget: null, annualBudget: 540_000, executed: 500_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '新建防火隔离带120公里以上，购置扑火机具设备860台套，完善林区视频监测网络，开展专业扑火队伍培训24期以上，全年不发生重特大森林火灾，林区群众防火意识稳步提升。',
  achieved: '建成防火隔离带124公里，购置扑火机具设备860台套，培训26期；视频监测覆盖率83.2%，部分偏远点位延迟接入；全年未发生重特大森林火灾。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '建设防火隔离带', target: v('>=', 120, '公里'), actual: v(null, 124, '公里'), weight: 6, score: 6 },
      { name: '购置扑火机具设备', target: v('>=', 860, '台套'), actual: v(null, 860, '台套'), weight: 5, score: 5 },
      { name: '专业扑火队伍培训', target: v('>=', 24, '期'), actual: v(null, 26, '期'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '防火监测视频覆盖率', target: v('>=', 85, '%'), actual: v(null, 83.2, '%'), weight: 6, score: 5.4, why: '部分偏远林区网络信号弱，视频点位延迟接入' },
      { name: '设备验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '项目完成时间', target: tx('2024年11月30日前'), actual: { date: '2024-11-15' }, weight: 6, score: 6 },
      { name: '火情发现后响应时间', target: v('<=', 30, '分钟'), actual: v(null, 25, '分钟'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '隔离带建设成本', target: v('<=', 2.8, '万元/公里'), actual: v(null, 2.75, '万元/公里'), weight: 6, score: 6 },
      { name: '设备采购总成本', target: v('<=', 734, '万元'), actual: v(null, 711.25, '万元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '重特大森林火灾发生次数', target: v('=', 0, '次'), actual: v(null, 0, '次'), weight: 8, score: 8 },
      { name: '林区群众防火意识', target: tx('稳步提升'), actual: tx('明显提升'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '森林覆盖率', target: v('>=', 60, '%'), actual: v(null, 60.3, '%'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '防火基础设施使用年限', target: v('>=', 10, '年'), actual: v(null, 10, '年'), weight: 7, score: 6.5, why: '部分瞭望塔设备老化，2025年列入更新计划' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '林区群众满意度', target: v('>=', 90, '%'), actual: v(null, 92.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.59, grade: '优' },
};

const changzhi: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '农村饮水安全巩固提升工程', department: '长子县水利局', implementingUnit: '长子县农村供水服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 12_600_000, annualBudget: 13_280_000, executed: 12_981_200, weight: 10, executionRate: 97.75, score: 9.78 },
      { label: '其中：中央和省级补助', initialBudget: 8_000_000, annualBudget: 8_000_000, executed: 8_000_000, weight: null, executionRate: null, score: null },
      { label: '县级配套资金', initialBudget: 4_600_000, annualBudget: 5_280_000, executed: 4_981_200, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '新建改造农村供水管网186公里以上，更换水质净化消毒设备45套，覆盖68个行政村，农村自来水普及率达到95%以上，受益人口5.6万人，农村群众饮水条件稳步提升。',
  achieved: '新建改造管网188.4公里，更换消毒设备45套，覆盖70个行政村，自来水普及率96.2%，受益人口5.72万人；个别村水质检测受降雨影响未达标，已增设过滤设施。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建改造供水管网', target: v('>=', 186, '公里'), actual: v(null, 188.4, '公里'), weight: 6, score: 6 },
      { name: '更换水质净化消毒设备', target: v('>=', 45, '套'), actual: v(null, 45, '套'), weight: 4, score: 4 },
      { name: '受益行政村数量', target: v('>=', 68, '个'), actual: v(null, 70, '个'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村自来水普及率', target: v('>=', 95, '%'), actual: v(null, 96.2, '%'), weight: 5, score: 5 },
      { name: '水质检测合格率', target: v('>=', 92, '%'), actual: v(null, 90.8, '%'), weight: 5, score: 4.4, why: '个别村水源地受降雨影响浊度偏高，已增设过滤设施' },
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 5, score: 5 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '工程完工时间', target: tx('2024年10月31日前'), actual: { date: '2024-10-25' }, weight: 5, score: 5 },
      { name: '供水故障维修响应时间', target: v('<=', 24, '小时'), actual: v(null, 12, '小时'), weight: 4, score: 4 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '管网建设单位成本', target: v('<=', 38, '万元/公里'), actual: v(null, 36.5, '万元/公里'), weight: 6, score: 6 },
      { name: '工程总成本', target: v('<=', 1328, '万元'), actual: v(null, 1298.12, '万元'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益人口', target: v('>=', 5.6, '万人'), actual: v(null, 5.72, '万人'), weight: 8, score: 8 },
      { name: '农村群众饮水条件', target: tx('稳步提升'), actual: tx('明显改善'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '水源地保护', target: tx('有效加强'), actual: tx('有效加强'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程长效运行机制', target: tx('逐步健全'), actual: tx('基本建立'), weight: 8, score: 7, why: '村级管水员队伍不稳定，2025年推行县级统管' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益群众满意度', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.18, grade: '优' },
};

const anshan: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '社区老年助餐服务补贴', department: '鞍山市民政局', implementingUnit: '鞍山市养老服务指导中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 3_600_000, annualBudget: 3_600_000, executed: 3_456_000, weight: 10, executionRate: 96, score: 9.6 },
      { label: '其中：市级财政资金', initialBudget: 2_400_000, annualBudget: 2_400_000, executed: 2_304_000, weight: null, executionRate: null, score: null },
      { label: '省级补助资金', initialBudget: 1_200_000, annualBudget: 1_200_000, executed: 1_152_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '在全市建设运营老年助餐服务点120个以上，全年提供助餐服务45万人次，落实每餐补贴政策，保障食品安全，老年人就餐便利度稳步提升。',
  achieved: '建成运营助餐服务点126个，全年助餐47.3万人次，食品安全抽检全部合格；高龄、失能老年人覆盖率78.6%，送餐上门仍有不足。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '老年助餐服务点', target: v('>=', 120, '个'), actual: v(null, 126, '个'), weight: 8, score: 8 },
      { name: '年度助餐服务人次', target: v('>=', 45, '万人次'), actual: v(null, 47.3, '万人次'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '食品安全抽检合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
      { name: '助餐点运营规范达标率', target: v('>=', 90, '%'), actual: v(null, 91.2, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补贴资金拨付', target: tx('按季度拨付'), actual: tx('按季度拨付'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每餐补贴标准', target: v('<=', 5, '元/人次'), actual: v(null, 5, '元/人次'), weight: 8, score: 8 },
      { name: '助餐点建设补助', target: v('<=', 1.5, '万元/个'), actual: v(null, 1.5, '万元/个'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '老年人就餐便利度', target: tx('稳步提升'), actual: tx('明显提升'), weight: 10, score: 10 },
      { name: '高龄、失能老年人覆盖率', target: v('>=', 80, '%'), actual: v(null, 78.6, '%'), weight: 10, score: 9.2, why: '部分失能老人居住分散，送餐上门覆盖不足' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '助餐服务长效运营机制', target: tx('逐步完善'), actual: tx('逐步完善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '老年人满意度', target: v('>=', 95, '%'), actual: v(null, 96.4, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.8, grade: '优' },
};

const fuyang: Project = {
  kind: 'project-targets',
  title: '2025年度项目支出绩效目标表',
  year: 2025,
  project: { name: '职业技能提升培训补贴', department: '阜阳市人力资源和社会保障局', implementingUnit: '阜阳市职业技能鉴定指导中心', category: '专项业务类', period: '2025年1月—2025年12月' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 7_340_000 },
      { label: '其中：财政拨款', annualBudget: 6_000_000 },
      { label: '其他资金', annualBudget: 1_340_000 },
    ],
  },
  goal: '全年开展职业技能培训1.2万人次以上，新型学徒制培训800人，按规定发放培训补贴，培训合格率达到90%以上，培训后就业率60%以上，劳动者技能水平稳步提升。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '职业技能培训人次', target: v('>=', 1.2, '万人次'), weight: 10 },
      { name: '新型学徒制培训人数', target: v('>=', 800, '人'), weight: 8 },
      { name: '培训补贴发放人数', target: v('>=', 9600, '人'), weight: 7 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '培训合格率', target: v('>=', 90, '%'), weight: 8 },
      { name: '职业技能等级证书取证率', target: v('>=', 80, '%'), weight: 7 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补贴资金发放时间', target: tx('2025年12月31日前'), weight: 5 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '人均培训补贴标准', target: v('<=', 1500, '元/人'), weight: 5 },
      { name: '项目总成本', target: v('<=', 734, '万元'), weight: 5 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '培训后就业率', target: v('>=', 60, '%'), weight: 10 },
      { name: '劳动者技能水平', target: tx('稳步提升'), weight: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '技能人才队伍', target: tx('持续壮大'), weight: 7 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '参训学员满意度', target: v('>=', 90, '%'), weight: 10 },
      { name: '用人单位满意度', target: v('>=', 85, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

const meitan: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '茶产业高质量发展专项', department: '湄潭县农业农村局', implementingUnit: '湄潭县茶产业发展中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 9_000_000, annualBudget: 9_800_000, executed: 9_604_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 9_000_000, annualBudget: 9_000_000, executed: 8_804_000, weight: null, executionRate: null, score: null },
      { label: '其他资金', initialBudget: null, annualBudget: 800_000, executed: 800_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '新建标准化茶园2000亩以上，改造低产茶园5000亩，补助茶叶加工企业设备升级35家，茶园绿色防控覆盖率95%以上，带动茶农人均增收1200元以上。',
  achieved: '新建标准化茶园2150亩，改造低产茶园5000亩，补助加工企业33家（2家延期至2025年），绿色防控覆盖率96.8%，茶农人均增收1350元。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '新建标准化茶园', target: v('>=', 2000, '亩'), actual: v(null, 2150, '亩'), weight: 6, score: 6 },
      { name: '低产茶园改造', target: v('>=', 5000, '亩'), actual: v(null, 5000, '亩'), weight: 6, score: 6 },
      { name: '茶叶加工设备补助企业', target: v('>=', 35, '家'), actual: v(null, 33, '家'), weight: 5, score: 4.7, why: '2家企业设备采购延期至2025年' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '茶园绿色防控覆盖率', target: v('>=', 95, '%'), actual: v(null, 96.8, '%'), weight: 6, score: 6 },
      { name: '茶叶质量安全抽检合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '项目完成时间', target: tx('2024年12月31日前'), actual: { date: '2024-12-20' }, weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '茶园改造补助标准', target: v('<=', 800, '元/亩'), actual: v(null, 800, '元/亩'), weight: 8, score: 8 },
      { name: '项目总成本', target: v('<=', 980, '万元'), actual: v(null, 960.4, '万元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '经济效益指标', items: [
      { name: '茶农人均增收', target: v('>=', 1200, '元'), actual: v(null, 1350, '元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '带动就业人数', target: v('>=', 3000, '人'), actual: v(null, 3260, '人'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '茶园水土流失', target: tx('有效减少'), actual: tx('有效减少'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '茶产业品牌影响力', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 7, score: 7 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '茶农满意度', target: v('>=', 90, '%'), actual: v(null, 94.1, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 99.5, grade: '优' },
};

for (const p of [chengde, changzhi, anshan, fuyang, meitan]) {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 8 || items.length > 15) throw new Error(`${p.project.name}: ${items.length} indicators`);
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
  for (const r of f ?? []) for (const k of ['initialBudget', 'annualBudget', 'executed'] as const) {
    if (r[k] != null && Number(r[k]) % 100 !== 0) throw new Error(`${p.project.name}: ${String(r.label)} ${k} ${String(r[k])} does not print exactly in 万元`);
  }
  if (f && f[0]!.executed != null) {
    const sum = f.slice(1).reduce((a, r) => a + Number(r.executed ?? 0), 0);
    if (sum !== f[0]!.executed) throw new Error(`${p.project.name}: executed adds up to ${sum}`);
  }
}

// ───────────────────────── HTML ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const money = (yuan: unknown): string => (yuan === null || yuan === undefined ? '' : ((yuan as number) / 10_000).toFixed(2));
const num = (x: unknown) => (x == null ? '' : String(x));
const rate = (x: unknown) => (x == null ? '' : `${(x as number).toFixed(2)}%`);

function rowsHtml(rows: PrintedCell[][], rowClass?: (cells: PrintedCell[], index: number) => string): string {
  return rows.map((cells, r) => {
    const cls = rowClass?.(cells, r) ?? '';
    return `<tr${cls ? ` class="${cls}"` : ''}>${cells.map((cell) => {
      const tag = cell.header ? 'th' : 'td';
      const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
      const prose = cell.text.length > 24 ? ' class="prose"' : '';
      return `<${tag}${spans}${prose}>${esc(cell.text)}</${tag}>`;
    }).join('')}</tr>`;
  }).join('\n');
}

const colgroup = (weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>`;
};

const page = (css: string, body: string) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:0;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:16pt;text-align:center;margin:0 0 4pt 0;font-weight:bold}
p.sub{text-align:center;margin:0 0 4pt 0;font-size:10.5pt}
p.cap{margin:0 0 3pt 0;font-size:10.5pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{text-align:center;vertical-align:middle;padding:2pt 3pt;word-break:break-all;font-weight:normal}
td.prose{text-align:left}
${css}
</style></head><body>
${body}
</body></html>`;

const selfCells = (it: Item): CellSpec[] => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')];
const SELF_HEAD = (): CellSpec[] => [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')];

/** The head of an 8-column 自评表: name, units, the funds block (its label in the 一级 column, row labels in the 二级 column). */
function selfHead(p: Project, extra: CellSpec[][] = []): CellSpec[][] {
  const f = p.funds!;
  return [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 1 }), c(p.project.implementingUnit!, { span: 'rest' })],
    ...extra,
    [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
  ];
}

const goalRows = (p: Project): CellSpec[][] => [
  [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
  [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
];

const totalRow = (p: Project, grade = true): CellSpec[] =>
  [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(grade ? `自评等级：${p.total!.grade}` : '')];

/** 1. chengde: a landscape 自评表 (printed landscape, later turned into a portrait MediaBox + /Rotate 90). */
function chengdeHtml(): string {
  const p = chengde;
  const rows = builtRows(8, [
    ...selfHead(p, [[c('项目负责人', { span: 2 }), c('孙立新', { span: 2 }), c('联系电话', { span: 1 }), c('0314-2153687', { span: 'rest' })]]),
    ...goalRows(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    totalRow(p),
  ]);
  return page(`@page{size:A4 landscape;margin:10mm 14mm 10mm 14mm}
th,td{border:0.75pt solid #000;font-size:8.6pt;padding:1.6pt 2pt;line-height:1.22}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位（盖章）：承德市林业和草原局<span style="float:right">金额单位：万元</span></p>
<table>${colgroup([4.2, 6, 11, 6.5, 6.5, 3.4, 4.4, 12])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:4pt">填报人：孙立新　　　联系电话：0314-2153687　　　填报日期：2025年3月12日</p>`);
}

/** 2. changzhi: two A4 pages, watermark, running head, footer; the table split in its 效益指标 block. */
function changzhiHtml(): string {
  const p = changzhi;
  const first = p.groups.slice(0, 5); // 产出 ×4 groups + 社会效益
  const rest = p.groups.slice(5);
  const page1 = builtRows(8, [...selfHead(p), ...goalRows(p), SELF_HEAD(), ...indicatorRows(first, selfCells)]);
  const continuing = rest.map((g) => (g.level1 === '效益指标' ? { ...g, level1: '' } : g));
  const page2 = builtRows(8, [SELF_HEAD(), ...indicatorRows(continuing, selfCells), totalRow(p)]);
  const marks = (n: number) => {
    const out: string[] = [];
    for (let r = 0; r < 4; r++) for (let k = 0; k < 3; k++) {
      out.push(`<div class="wm" style="left:${-18 + k * 72 + (r % 2) * 30}mm;top:${28 + r * 68}mm">长子县财政局　信息公开</div>`);
    }
    return out.join('') + `<div class="head">长子县水利局2024年度部门决算公开　　　　　　　　　　　　　附件3</div><div class="foot">第 ${n} 页 共 2 页</div>`;
  };
  const cols = colgroup([4.6, 6, 10.5, 7, 7, 3.6, 4.6, 9.5]);
  return page(`@page{size:A4;margin:0}
div.pg{position:relative;width:210mm;height:296.5mm;box-sizing:border-box;padding:22mm 16mm 20mm 16mm;overflow:hidden;page-break-after:always}
div.pg:last-child{page-break-after:auto}
th,td{border:0.75pt solid #000;font-size:9.5pt;padding:3pt 2pt;line-height:1.3}
div.wm{position:absolute;font-size:25pt;color:#d4d4d4;transform:rotate(-45deg);transform-origin:center;white-space:nowrap;letter-spacing:2pt;z-index:5}
div.head{position:absolute;top:10mm;left:16mm;right:16mm;border-bottom:0.6pt solid #555;font-size:9pt;color:#333;padding-bottom:1.5mm}
div.foot{position:absolute;bottom:10mm;left:0;right:0;text-align:center;font-size:9pt}`,
  `<div class="pg">
<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：长子县水利局<span style="float:right">单位：万元</span></p>
<table>${cols}
${rowsHtml(page1)}
</table>${marks(1)}</div>
<div class="pg">
<table>${cols}
${rowsHtml(page2)}
</table>
<p class="cap" style="margin-top:6pt">单位负责人：郭建平　　　　财务负责人：李晓燕　　　　填表人：王丽</p>${marks(2)}</div>`);
}

/** 3. anshan: an ordinary ruled 自评表, to be printed, rasterised and given an OCR text layer. */
function anshanHtml(): string {
  const p = anshan;
  const rows = builtRows(8, [...selfHead(p), ...goalRows(p), SELF_HEAD(), ...indicatorRows(p.groups, selfCells), totalRow(p)]);
  return page(`@page{size:A4;margin:16mm 15mm 16mm 15mm}
th,td{border:0.8pt solid #000;font-size:10pt;padding:3.5pt 2pt;line-height:1.3}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：鞍山市民政局<span style="float:right">单位：万元</span></p>
<table>${colgroup([4.4, 5.8, 10, 6.6, 6.6, 3.6, 4.6, 9])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:6pt">填报人：张宏伟　　　联系电话：0412-5523810　　　填报日期：2025年3月14日</p>`);
}

/** 4. fuyang: a 绩效目标表 (5 columns), printed normally; its ToUnicode maps are broken afterwards. */
function fuyangHtml(): string {
  const p = fuyang;
  const f = p.funds!;
  const rows = builtRows(5, [
    [c('项目名称'), c(p.project.name!, { span: 'rest' })],
    [c('主管部门'), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!)],
    [c('项目类别'), c(p.project.category!, { span: 2 }), c('实施期限'), c(p.project.period!)],
    [c('项目资金（万元）', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值')],
    ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(num(it.weight))]),
  ]);
  return page(`@page{size:A4;margin:18mm 17mm}
th,td{border:0.8pt solid #000;font-size:10.5pt;padding:4pt 3pt}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap" style="display:flex;justify-content:space-between"><span>填报单位：阜阳市人力资源和社会保障局</span><span>单位：万元</span></p>
<table>${colgroup([5.2, 7, 12, 8.5, 4.3])}
${rowsHtml(rows)}
</table>
<p class="cap" style="margin-top:8pt">单位负责人：周文斌　　　　财务负责人：陈静　　　　填表人：刘洋</p>`);
}

/** 5. meitan: a borderless zebra-shaded 自评表 (header rows dark with white text). */
function meitanHtml(): string {
  const p = meitan;
  const head = builtRows(8, selfHead(p));
  const goal = builtRows(8, goalRows(p));
  const body = builtRows(8, [SELF_HEAD(), ...indicatorRows(p.groups, selfCells), totalRow(p)]);
  let k = 0;
  const stripe = (cells: PrintedCell[], r: number) => (r === 0 && cells.every((x) => x.header) ? 'dark' : (k++ % 2 === 0 ? 'grey' : 'white'));
  k = 0;
  const headHtml = rowsHtml(head, (cells, r) => (cells.some((x) => x.header && x.text) && r > 0 ? 'dark' : (r % 2 === 0 ? 'grey' : 'white')));
  const goalHtml = rowsHtml(goal, (_, r) => (r === 0 ? 'dark' : 'white'));
  k = 0;
  const bodyHtml = rowsHtml(body, stripe);
  return page(`@page{size:A4;margin:15mm 14mm}
table{margin-bottom:0}
th,td{border:none;font-size:9.5pt;padding:4pt 2.5pt;line-height:1.3}
tr.grey td,tr.grey th{background:#e6e6e6}
tr.white td,tr.white th{background:#ffffff}
tr.dark td,tr.dark th{background:#3d4b5c;color:#ffffff}
div.gap{height:5pt}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：湄潭县农业农村局<span style="float:right">单位：万元</span></p>
<table>${colgroup([4.4, 5.8, 10, 6.6, 6.6, 3.6, 4.6, 9])}
${headHtml}
${goalHtml}
${bodyHtml}
</table>
<p class="cap" style="margin-top:6pt">填报人：罗明江　　　联系电话：0851-24221365　　　填报日期：2025年3月10日</p>`);
}

// ───────────────────────── printing ─────────────────────────

function chromiumPrint(html: string, pdf: string, work: string): void {
  const file = join(work, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`,
    '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
  if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

// ───────────────────────── a tiny PDF rewriter (classic xref, no object streams: Skia's output) ─────────────────────────

interface Pdf { objects: Map<number, Buffer>; root: number; info: number | null }

function readPdf(buf: Buffer): Pdf {
  const text = buf.toString('latin1');
  const starts: { id: number; at: number }[] = [];
  const re = /(?:^|[\r\n])(\d+) 0 obj\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push({ id: Number(m[1]), at: m.index + m[0].indexOf(m[1]!) });
  const xrefAt = text.lastIndexOf('\nxref');
  const objects = new Map<number, Buffer>();
  starts.forEach((s, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.at : xrefAt;
    const chunk = text.slice(s.at, end);
    const bodyStart = chunk.indexOf('obj') + 3;
    const bodyEnd = chunk.lastIndexOf('endobj');
    objects.set(s.id, buf.subarray(s.at + bodyStart, s.at + bodyEnd));
  });
  const trailer = text.slice(text.lastIndexOf('trailer'));
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer)![1]);
  const info = /\/Info (\d+) 0 R/.exec(trailer);
  return { objects, root, info: info ? Number(info[1]) : null };
}

function writePdf(pdf: Pdf): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  const write = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    chunks.push(buf);
    size += buf.length;
  };
  write('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const max = Math.max(...pdf.objects.keys());
  const offsets: number[] = [];
  for (const [id, body] of [...pdf.objects.entries()].sort((a, b) => a[0] - b[0])) {
    offsets[id] = size;
    write(`${id} 0 obj`);
    write(body);
    write('endobj\n');
  }
  const xref = size;
  write(`xref\n0 ${max + 1}\n0000000000 65535 f \n`);
  for (let id = 1; id <= max; id++) write(offsets[id] === undefined ? '0000000000 65535 f \n' : `${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${max + 1} /Root ${pdf.root} 0 R${pdf.info ? ` /Info ${pdf.info} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

/** A stream object body: dictionary + data (Flate-compressed when `deflate`). */
function streamBody(data: Buffer | string, deflate: boolean, extra = ''): Buffer {
  const raw = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const bytes = deflate ? deflateSync(raw) : raw;
  return Buffer.concat([Buffer.from(`\n<< /Length ${bytes.length}${deflate ? ' /Filter /FlateDecode' : ''}${extra} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream\n', 'latin1')]);
}

/** The decoded data of a Flate stream object body. */
function streamData(body: Buffer): { dict: string; data: Buffer } {
  const text = body.toString('latin1');
  const s = text.indexOf('stream');
  const dict = text.slice(0, s);
  const length = Number(/\/Length (\d+)/.exec(dict)![1]);
  let at = s + 'stream'.length;
  if (text[at] === '\r') at++;
  if (text[at] === '\n') at++;
  const raw = body.subarray(at, at + length);
  return { dict, data: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw };
}

/**
 * Hazard 1: every (landscape) page becomes a portrait MediaBox with /Rotate 90, its content drawn turned a
 * quarter counter-clockwise (x' = H − y, y' = x) so that a viewer turning the page 90° clockwise shows it upright.
 */
function rotatePages(buf: Buffer): Buffer {
  const pdf = readPdf(buf);
  let next = Math.max(...pdf.objects.keys()) + 1;
  for (const [id, body] of [...pdf.objects.entries()]) {
    const text = body.toString('latin1');
    if (!/\/Type \/Page\b/.test(text)) continue;
    const box = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text)!;
    const [w, hgt] = [Number(box[1]), Number(box[2])];
    if (w <= hgt) throw new Error('rotatePages: page is not landscape');
    const contents = /\/Contents (\d+) 0 R/.exec(text)!;
    const pre = next++, post = next++;
    pdf.objects.set(pre, streamBody(`q 0 1 -1 0 ${hgt} 0 cm\n`, false));
    pdf.objects.set(post, streamBody('\nQ\n', false));
    const rewritten = text
      .replace(box[0], `/MediaBox [0 0 ${hgt} ${w}]\n/Rotate 90`)
      .replace(contents[0], `/Contents [${pre} 0 R ${contents[1]} 0 R ${post} 0 R]`);
    pdf.objects.set(id, Buffer.from(rewritten, 'latin1'));
  }
  return writePdf(pdf);
}

/**
 * Hazard 4: every ToUnicode CMap rewritten so each code maps to a garbage code point — the "GID as Unicode"
 * bug of some old converters: codes below 94 land on printable ASCII, the rest on Latin-1, Latin Extended and up the BMP.
 */
function breakToUnicode(buf: Buffer): Buffer {
  const pdf = readPdf(buf);
  const targets = new Set<number>();
  for (const body of pdf.objects.values()) {
    for (const m of body.toString('latin1').matchAll(/\/ToUnicode (\d+) 0 R/g)) targets.add(Number(m[1]));
  }
  for (const id of targets) {
    const { data } = streamData(pdf.objects.get(id)!);
    const cmap = data.toString('latin1');
    const codes: { hex: string; n: number }[] = [];
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) codes.push({ hex: m[1]!, n: parseInt(m[1]!, 16) });
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g)) {
        const from = parseInt(m[1]!, 16), to = parseInt(m[2]!, 16);
        for (let n = from; n <= to; n++) codes.push({ hex: n.toString(16).padStart(m[1]!.length, '0').toUpperCase(), n });
      }
    }
    const garbage = (n: number) => (n < 94 ? 0x21 + n : n - 94 < 0x5f ? 0xa1 + (n - 94) : 0x100 + (n - 94 - 0x5f));
    const lines = codes.map(({ hex, n }) => `<${hex}> <${garbage(n).toString(16).padStart(4, '0').toUpperCase()}>`);
    const head = cmap.slice(0, cmap.search(/\d+\s+begin(bfchar|bfrange)/));
    const tail = cmap.slice(cmap.lastIndexOf('end', cmap.lastIndexOf('endcmap') - 1) + 0).replace(/^[\s\S]*?(endcmap)/, '$1');
    let out = head;
    for (let i = 0; i < lines.length; i += 100) {
      const part = lines.slice(i, i + 100);
      out += `${part.length} beginbfchar\n${part.join('\n')}\nendbfchar\n`;
    }
    out += tail;
    pdf.objects.set(id, streamBody(out, true));
  }
  return writePdf(pdf);
}

// ───────────────────────── hazard 3: image + invisible OCR text layer ─────────────────────────

interface Word { text: string; x0: number; y0: number; x1: number; y1: number }

/** Word boxes (points, top-left origin) of each page, from pdftotext -bbox-layout. */
function wordBoxes(pdf: string): { width: number; height: number; words: Word[] }[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((pg) => ({
    width: Number(pg[1]), height: Number(pg[2]),
    words: [...pg[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: unxml(m[5]!) })),
  }));
}

const ucs2Hex = (s: string) => [...s].map((ch) => {
  const cp = ch.codePointAt(0)!;
  if (cp > 0xffff) throw new Error(`not in UCS-2: ${ch}`);
  return cp.toString(16).padStart(4, '0').toUpperCase();
}).join('');

/**
 * A "searchable scan" PDF: per page the JPEG over the whole page and an invisible (3 Tr) text layer, one text
 * object per word box, in the non-embedded STSong-Light (UniGB-UCS2-H, Adobe-GB1), scaled horizontally (Tz) to the box.
 */
function searchablePdf(pages: { jpeg: Buffer; px: number; py: number; width: number; height: number; words: Word[] }[]): Buffer {
  const objects = new Map<number, Buffer>();
  const put = (id: number, s: string | Buffer) => objects.set(id, typeof s === 'string' ? Buffer.from(`\n${s}\n`, 'latin1') : s);
  put(1, '<< /Type /Catalog /Pages 2 0 R >>');
  put(3, '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>');
  put(4, '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 5 0 R /DW 1000 >>');
  put(5, '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  put(6, `<< /Producer (ABBYY FineReader Engine 12) /Creator (Canon iR-ADV C5535 / FineReader) >>`);
  const kids: number[] = [];
  pages.forEach((p, i) => {
    const [pageId, imageId, contentId] = [10 + i * 3, 11 + i * 3, 12 + i * 3];
    kids.push(pageId);
    put(pageId, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${p.width} ${p.height}] /Resources << /XObject << /Im0 ${imageId} 0 R >> /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    objects.set(imageId, Buffer.concat([
      Buffer.from(`\n<< /Type /XObject /Subtype /Image /Width ${p.px} /Height ${p.py} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`, 'latin1'),
      p.jpeg, Buffer.from('\nendstream\n', 'latin1'),
    ]));
    let content = `q ${p.width} 0 0 ${p.height} 0 0 cm /Im0 Do Q\nBT 3 Tr\n`;
    for (const w of p.words) {
      const n = [...w.text].length;
      if (!n) continue;
      const hgt = w.y1 - w.y0;
      const size = Math.max(4, hgt * 0.86);
      const tz = Math.max(20, Math.min(250, (100 * (w.x1 - w.x0)) / (n * size)));
      const baseline = p.height - w.y1 + hgt * 0.16;
      content += `/F1 ${size.toFixed(2)} Tf ${tz.toFixed(1)} Tz 1 0 0 1 ${w.x0.toFixed(2)} ${baseline.toFixed(2)} Tm <${ucs2Hex(w.text)}> Tj\n`;
    }
    content += 'ET\n';
    objects.set(contentId, streamBody(content, true));
  });
  put(2, `<< /Type /Pages /Count ${pages.length} /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] >>`);
  return writePdf({ objects, root: 1, info: 6 });
}

/** OCR misreads written into the text layer: [printed word, what the OCR layer holds, which occurrence (0-based)]. */
const ANSHAN_OCR_ERRORS: [string, string, number][] = [
  ['≥90%', '90%', 0], // 助餐点运营规范达标率 target: the ≥ lost
  ['126个', 'l26个', 0], // 老年助餐服务点 actual: 1 → l
  ['100%', '1O0%', 0], // 食品安全抽检合格率 actual: 0 → O
  ['230.40', '23O.40', 0], // 其中：市级财政资金 全年执行数: 0 → O
  ['≥45万人次', '≥45万人饮', 0], // 人次 → 人饮 (a shape confusion)
  ['1.5万元/个', 'l.5万元/个', 0], // 助餐点建设补助 actual: 1 → l
];

async function anshanPdf(work: string): Promise<Buffer> {
  const printed = join(work, 'anshan.pdf');
  chromiumPrint(anshanHtml(), printed, work);
  const boxes = wordBoxes(printed);
  const seen = new Map<string, number>();
  let applied = 0;
  for (const pg of boxes) for (const w of pg.words) {
    const k = seen.get(w.text) ?? 0;
    seen.set(w.text, k + 1);
    const err = ANSHAN_OCR_ERRORS.find(([from, , nth]) => from === w.text && nth === k);
    if (err) { w.text = err[1]; applied++; }
  }
  if (applied !== ANSHAN_OCR_ERRORS.length) throw new Error(`anshan: ${applied} of ${ANSHAN_OCR_ERRORS.length} OCR errors placed`);
  execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', printed, join(work, 'anshan')]);
  const n = boxes.length;
  const out = [];
  for (let i = 1; i <= n; i++) {
    const { data, info } = await sharp(join(work, `anshan-${i}.png`)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const rand = seededRandom(31000 + i);
    for (let k = 0; k < data.length; k++) {
      const g = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
      data[k] = Math.max(0, Math.min(255, Math.round((data[k]! * 246) / 255 + g * 4)));
    }
    const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } }).blur(0.5).jpeg({ quality: 80 }).toBuffer();
    out.push({ jpeg, px: info.width, py: info.height, width: boxes[i - 1]!.width, height: boxes[i - 1]!.height, words: boxes[i - 1]!.words });
  }
  return searchablePdf(out);
}

// ───────────────────────── probes ─────────────────────────

interface Probe { file: string; make: (work: string) => Promise<Buffer>; tables: object[]; notes: string[] }

const printed = (html: () => string, post?: (b: Buffer) => Buffer) => async (work: string) => {
  const pdf = join(work, `p-${Math.random().toString(36).slice(2)}.pdf`);
  chromiumPrint(html(), pdf, work);
  const buf = readFileSync(pdf);
  return post ? post(buf) : buf;
};

const probes: Probe[] = [
  {
    file: 'probe-r12-pdf-chengde-forest-fire-2024-rotate90.pdf',
    make: printed(chengdeHtml, rotatePages),
    tables: [goldenTable(chengde)],
    notes: [
      '河北 承德 一页横向自评表 printed by Chromium on A4 landscape (8.6 pt), then the page rewritten: MediaBox [0 0 595.92 842.88] (portrait) with /Rotate 90, the original content stream wrapped in "q 0 1 -1 0 595.92 0 cm … Q" so the text and rules are drawn turned a quarter counter-clockwise in the page\'s own frame; a viewer (and pdftoppm / pdftotext) shows the table upright and landscape.',
      'Header: 项目名称 / 主管部门 | 实施单位 / 项目负责人 | 联系电话 (not a golden field). Funds: 项目资金（万元） label in the 一级 column, row labels in the 二级 column, 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 上年结转资金 has no 年初预算数 (null). 年度总体目标 预期 / 实际 prose.',
      '一级 printed with weights "产出指标（50分）" → level1Weight. "2024年11月30日前" deadline phrase → text, actual 2024年11月15日 → date. "=0次" → {=, 0, 次}. "≤2.8万元/公里" compound unit. 总分 row 100 | 98.59 | 自评等级：优.',
    ],
  },
  {
    file: 'probe-r12-pdf-changzhi-rural-water-2024-watermark.pdf',
    make: printed(changzhiHtml),
    tables: [goldenTable(changzhi)],
    notes: [
      '山西 长治 长子县 自评表 over two A4 pages printed by Chromium. On every page twelve copies of the text "长子县财政局　信息公开" (25 pt, #d4d4d4, turned 45°, drawn after the table so on top of it) cross the cells — real text in the text layer, not an image; a running header "长子县水利局2024年度部门决算公开 … 附件3" with a rule, and a footer "第 1 页 共 2 页" / "第 2 页 共 2 页".',
      'Page 1: title 项目支出绩效自评表 + "（2024年度）", caption 填报单位 | 单位：万元, 项目名称, 主管部门 | 实施单位, the funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, executionRate 97.75, score 9.78), 年度总体目标, the column header and the indicators down to 社会效益指标 (受益人口, 农村群众饮水条件). Page 2: a new ruled table repeating the column header, whose first 一级 cell is EMPTY (the 效益指标 block continuing) over 生态效益指标 / 可持续影响指标, then 满意度指标, 总分 100 | 98.18 | 自评等级：优, and signature lines. Golden: one table; the page-2 rows are 效益指标.',
      '"2024年10月31日前" → text, actual 2024年10月25日 → date. Header, footer and watermark text are not table content.',
    ],
  },
  {
    file: 'probe-r12-pdf-anshan-elderly-canteen-2024-searchable-scan.pdf',
    make: anshanPdf,
    tables: [goldenTable(anshan)],
    notes: [
      '辽宁 鞍山 自评表 printed by Chromium (A4, 10 pt, ruled), rendered at 200 DPI grey, paper 246, noise σ 4, blur 0.5, JPEG q80, and written as a "searchable scan": each page the full-page image and an INVISIBLE text layer (3 Tr) of cell-level words placed at the printed word boxes (pdftotext -bbox-layout of the printed PDF), in the non-embedded /STSong-Light with /Encoding /UniGB-UCS2-H (CIDSystemInfo Adobe-GB1), horizontally scaled (Tz) to each box — as ABBYY / ocrmypdf layers. No vector rulings: the rules are only in the image.',
      `The text layer holds OCR misreads the image does not: ${ANSHAN_OCR_ERRORS.map(([a, b]) => `"${a}" → "${b}"`).join(', ')}. The golden is what is printed (the image).`,
      'Funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (96.00%, 9.6). "按季度拨付" text; "≤5元/人次", "≤1.5万元/个" compound units. 总分 100 | 98.8 | 自评等级：优.',
    ],
  },
  {
    file: 'probe-r12-pdf-fuyang-vocational-training-2025-broken-tounicode.pdf',
    make: printed(fuyangHtml, breakToUnicode),
    tables: [goldenTable(fuyang)],
    notes: [
      '安徽 阜阳 2025年度项目支出绩效目标表 printed by Chromium (embedded subset WenQuanYi Micro Hei, Identity-H, and Type 3 fonts for bold), then every font\'s ToUnicode CMap rewritten to the "GID as Unicode" bug of old converters: each code maps to a garbage code point (printable ASCII for codes < 94, then Latin-1, Latin Extended and on up the BMP). The bold Type 3 title has small codes and extracts as ASCII / Latin soup (「6469\\°½ĐĿ÷ē7ĐĚz」); the body font keeps the original glyph ids (up to ~30000), so it extracts as mixed-script mojibake — Ethiopic, Malayalam, Thai, CJK ideographs and Hangul in one run (「ቝᲗേि蛎倎倥៴」), some of it plausible-looking CJK. The page renders correctly. The right outcome is to notice the unusable text layer (OCR the page, or say so with low confidence), not a confident garbage read; the golden is what the page shows.',
      'Header: 项目名称 / 主管部门 | 实施单位 / 项目类别 | 实施期限 ("2025年1月—2025年12月" as printed). Funds 项目资金（万元）: 年度资金总额 / 其中：财政拨款 / 其他资金 → annualBudget. 一级 | 二级 | 三级 | 指标值 | 分值 (weights sum to 100). No total.',
    ],
  },
  {
    file: 'probe-r12-pdf-meitan-tea-industry-2024-zebra.pdf',
    make: printed(meitanHtml),
    tables: [goldenTable(meitan)],
    notes: [
      '贵州 遵义 湄潭县 自评表 printed by Chromium with NO stroked line at all: rows are alternating filled rectangles (#e6e6e6 grey / white), the funds header row, the 年度总体目标 header row and the indicator column header filled dark slate (#3d4b5c) with white text; merged 一级 / 二级 cells take the fill of the row they start in.',
      'Funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 其他资金 has no 年初预算数 (null). 一级 with weights "产出指标（50分）" → level1Weight. "2024年12月31日前" → text, actual 2024年12月20日 → date. 总分 100 | 99.5 | 自评等级：优.',
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), 'probe-r12-'));
try {
  const only = process.argv.slice(2);
  for (const [k, p] of probes.entries()) {
    if (only.length && !only.includes(String(k + 1))) continue;
    const buf = await p.make(work);
    const out = join(OUT, p.file);
    writeFileSync(out, buf);
    const pages = pageCount(out);
    writeGolden(p.file, {
      source: p.file,
      notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...p.notes],
      tables: p.tables,
    });
    console.log(p.file, pages, 'pages');
  }
} finally {
  if (process.env.PROBE_KEEP_WORK) execFileSync('cp', ['-r', work, process.env.PROBE_KEEP_WORK]);
  rmSync(work, { recursive: true, force: true });
}
