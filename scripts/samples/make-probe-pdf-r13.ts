/**
 * Round-13b PDF probes (samples/probe/probe-r13-pdf-*.pdf): five text-layer layout hazards of real published PDFs
 * that earlier rounds did not print, each a realistic project table written here by hand:
 *    1. yancheng (江苏 盐城) — a 自评表 laid out as a spreadsheet printed WITHOUT wrap: long 三级 names, a long
 *       deadline target and the 实施单位 run past their cell and are cut at the border of the (non-empty)
 *       neighbour cell; the PDF text layer holds every cut string in full, its tail glyphs lying under the
 *       neighbouring cells (as Excel writes it; LibreOffice Calc and Chromium drop wholly clipped glyphs, so the
 *       cut is drawn by white cell blocks stacked left to right);
 *    2. jinyun (浙江 丽水 缙云县) — a Word-style 自评表 (amounts in 元) where ONE indicator row breaks across the
 *       page: its 三级 name's first lines, target, actual, weight and score and the first lines of its 偏差原因
 *       on page 1; the header row repeated at the top of page 2, then the rest of the name and of the 偏差原因
 *       in a continuation row with empty 一级 / 二级 cells; the next row of the same 二级 follows;
 *    3. nanyang (河南 南阳) — a text page whose title, header fields, funds block and goals are real text but
 *       whose indicator table (column header, indicators and 总分) is a pasted PICTURE (a 130 dpi raster);
 *    4. mianyang (四川 绵阳) — a landscape 2025 预算 document: page 1 two small 绩效目标表 side by side (two
 *       columns of tables, each with its own title), page 2 a third 绩效目标表 followed by a signature line
 *       "填报人：… 联系电话：… 填报日期：…" and a ruled 审核意见 box;
 *    5. guilin (广西 桂林) — a 自评表 in Word's distributed alignment (分散对齐): labels, 一级 / 二级, some
 *       values and an amount set one glyph at a time across their cell (wide tracking), caption labels
 *       letter-spaced, superscript footnote marks ("游客满意度①", "≥95%*", "≤734万元②") and a "注：…" note under
 *       the table.
 * Printed as HTML → PDF by headless Chromium. Goldens
 * (golden/<file>.golden.json) are written from the same hand-written content, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-pdf-r13.ts [1 2 3 4 5]   # needs chromium, pdftoppm, pdfinfo, WenQuanYi Micro Hei
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { printValue } from './golden-model.js';
import { OUT, goldenTable, indicatorRows, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-pdf-r13.ts';

const it = (name: string, target: Item['target'], actual: Item['actual'], weight: number, score: number, why?: string): Item =>
  ({ name, target, actual, weight, score, ...(why ? { why } : {}) });
const tg = (name: string, target: Item['target'], weight: number | null = null): Item => ({ name, target, weight });

// ───────────────────────── content ─────────────────────────

const yancheng: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '城乡河道长效管护及水环境综合整治项目', department: '盐城市大丰区水利局', implementingUnit: '盐城市大丰区河道管理所（区河长制工作办公室）' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 7_000_000, annualBudget: 7_340_000, executed: 7_216_000, weight: 10, executionRate: 98.31, score: 9.83 },
      { label: '其中：财政拨款', initialBudget: 7_000_000, annualBudget: 7_000_000, executed: 6_900_000, weight: null, executionRate: null, score: null },
      { label: '上年结转资金', initialBudget: null, annualBudget: 340_000, executed: 316_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '完成全区县乡村三级河道及小微水体日常保洁1860公里以上，汛前完成生态清淤42万立方米，新建及修复生态护岸36公里，省考断面水质优Ⅲ类比例稳定在90%以上，沿河群众生产生活环境稳步提升。',
  achieved: '全年保洁河道1872公里，清淤43.6万立方米，新建及修复生态护岸34.2公里（受汛期影响部分顺延），省考断面水质优Ⅲ类比例92.3%，河道环境明显改善。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('河道日常保洁里程（含县乡村三级河道及小微水体）', v('>=', 1860, '公里'), v(null, 1872, '公里'), 6, 6),
      it('生态清淤疏浚土方量', v('>=', 42, '万立方米'), v(null, 43.6, '万立方米'), 6, 6),
      it('新建及修复生态护岸（含木桩护岸、植草护坡）', v('>=', 36, '公里'), v(null, 34.2, '公里'), 7, 6.3, '受汛期影响，部分护岸工程顺延至2025年一季度施工'),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('河道保洁质量月度考核合格率', v('>=', 95, '%'), v(null, 97.1, '%'), 6, 6),
      it('清淤工程验收一次性合格率', v('=', 100, '%'), v(null, 100, '%'), 6, 6),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('汛前清淤工程完成时间', tx('2024年5月31日前完成'), { date: '2024-05-28' }, 7, 7),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      it('河道保洁单位成本（按公里·年计）', v('<=', 0.9, '万元/公里'), v(null, 0.88, '万元/公里'), 6, 6),
      it('项目总成本', v('<=', 734, '万元'), v(null, 721.6, '万元'), 6, 6),
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      it('沿河群众生产生活环境', tx('稳步提升'), tx('明显改善'), 8, 8),
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      it('省考及以上断面水质优Ⅲ类比例', v('>=', 90, '%'), v(null, 92.3, '%'), 8, 8),
      it('河道水面漂浮物及岸坡垃圾', tx('明显减少'), tx('明显减少'), 7, 7),
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('河长制长效管护机制', tx('持续健全'), tx('持续健全'), 7, 7),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      it('沿河居民对河道环境满意度', v('>=', 90, '%'), v(null, 93.4, '%'), 10, 10),
    ] },
  ],
  total: { weight: 100, score: 99.13, grade: '优' },
};

const JINYUN_SPLIT = '农村生活污水处理终端出水水质达标率（按抽检批次计）';
const jinyun: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '农村生活污水治理设施标准化运维', department: '缙云县住房和城乡建设局', implementingUnit: '缙云县农村生活污水治理运维中心' },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 5_860_000, annualBudget: 6_120_000, executed: 5_987_340, weight: 10, executionRate: 97.83, score: 9.78 },
      { label: '其中：财政拨款', initialBudget: 5_860_000, annualBudget: 5_860_000, executed: 5_727_340, weight: null, executionRate: null, score: null },
      { label: '其他资金', initialBudget: null, annualBudget: 260_000, executed: 260_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '对全县1260个农村生活污水处理终端及3200公里配套管网实施标准化运维，完成120个终端标准化改造，设施正常运行率95%以上，出水水质达标率85%以上，农村水环境持续改善。',
  achieved: '全年运维终端1268个，巡查管网3315公里，完成标准化改造120个，设施正常运行率96.8%，出水水质达标率83.6%（3个山区站点总磷超标，已整改），群众满意度94.2%。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      it('运维农村生活污水处理终端', v('>=', 1260, '个'), v(null, 1268, '个'), 5, 5),
      it('配套管网巡查里程', v('>=', 3200, '公里'), v(null, 3315, '公里'), 5, 5),
      it('终端标准化运维改造', v('>=', 120, '个'), v(null, 120, '个'), 4, 4),
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      it('处理设施正常运行率', v('>=', 95, '%'), v(null, 96.8, '%'), 5, 5),
      it(JINYUN_SPLIT, v('>=', 85, '%'), v(null, 83.6, '%'), 6, 5.4,
        '部分山区站点进水浓度偏低、冬季水温低导致生化处理效率下降，3个站点抽检总磷超标；已更换填料并加密巡检频次，2025年一季度完成提标改造。'),
      it('第三方运维单位考核合格率', v('=', 100, '%'), v(null, 100, '%'), 5, 5),
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      it('设施故障处理响应时间', v('<=', 48, '小时'), v(null, 36, '小时'), 5, 5),
      it('运维费用拨付', tx('按季度拨付'), tx('按季度拨付'), 5, 5),
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      it('单个终端年均运维成本', v('<=', 4200, '元/个'), v(null, 4060, '元/个'), 5, 5),
      it('项目总成本', v('<=', 612, '万元'), v(null, 598.73, '万元'), 5, 5),
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      it('受益农户数', v('>=', 8.6, '万户'), v(null, 8.7, '万户'), 8, 8),
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      it('农村生活污水治理行政村覆盖率', v('>=', 90, '%'), v(null, 91.5, '%'), 8, 8),
      it('主要河流交接断面水质', tx('稳定达标'), tx('稳定达标'), 7, 7),
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      it('运维长效管理机制', tx('持续完善'), tx('持续完善'), 7, 7),
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      it('受益群众满意度', v('>=', 90, '%'), v(null, 94.2, '%'), 10, 10),
    ] },
  ],
  total: { weight: 100, score: 99.18, grade: '优' },
};

const nanyang: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '农村公路养护及危桥改造工程', department: '南阳市宛城区交通运输局', implementingUnit: '宛城区农村公路管理所' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 10_200_000, annualBudget: 10_800_000, executed: 10_530_000, weight: 10, executionRate: 97.5, score: 9.75 },
      { label: '其中：财政拨款', initialBudget: 10_200_000, annualBudget: 10_200_000, executed: 9_930_000, weight: null, executionRate: null, score: null },
      { label: '上年结转资金', initialBudget: null, annualBudget: 600_000, executed: 600_000, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '完成全区农村公路日常养护1350公里以上，改造危桥12座，养护路段优良中等路率达到85%以上，群众出行条件稳步提升。',
  achieved: '全年养护农村公路1362公里，改造危桥12座并全部通过验收，优良中等路率87.4%，全年发生农村公路安全事故1起。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('农村公路日常养护里程', v('>=', 1350, '公里'), v(null, 1362, '公里'), 8, 8),
      it('危桥改造数量', v('>=', 12, '座'), v(null, 12, '座'), 7, 7),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('养护路段优良中等路率', v('>=', 85, '%'), v(null, 87.4, '%'), 8, 8),
      it('改造危桥验收合格率', v('=', 100, '%'), v(null, 100, '%'), 7, 7),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('危桥改造完工时间', tx('2024年11月30日前'), { date: '2024-11-26' }, 6, 6),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      it('每公里年均养护成本', v('<=', 0.35, '万元/公里'), v(null, 0.34, '万元/公里'), 7, 7),
      it('危桥改造平均成本', v('<=', 48, '万元/座'), v(null, 46.5, '万元/座'), 7, 7),
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      it('群众出行条件', tx('稳步提升'), tx('明显改善'), 10, 10),
      it('农村公路安全事故起数', v('<=', 3, '起'), v(null, 1, '起'), 10, 10),
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('农村公路管养长效机制', tx('逐步健全'), tx('基本建立'), 10, 9, '乡镇养护站人员不足，2025年推行区级统一招聘'),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      it('沿线群众满意度', v('>=', 90, '%'), v(null, 92.8, '%'), 10, 10),
    ] },
  ],
  total: { weight: 100, score: 98.75, grade: '优' },
};

const mianyangA: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '高标准农田建设项目', department: '绵阳市游仙区农业农村局', implementingUnit: '游仙区农田建设服务中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', annualBudget: 12_600_000 },
    { label: '其中：财政拨款', annualBudget: 10_800_000 },
    { label: '其他资金', annualBudget: 1_800_000 },
  ] },
  goal: '新建高标准农田3.2万亩，配套建设灌排渠系和田间道路，提升粮食综合生产能力。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [tg('新建高标准农田面积', v('>=', 3.2, '万亩')), tg('新建及改造灌排渠系', v('>=', 46, '公里'))] },
    { level1: '产出指标', level2: '质量指标', items: [tg('工程验收合格率', v('=', 100, '%'))] },
    { level1: '产出指标', level2: '时效指标', items: [tg('项目完工时间', { date: '2025-12-31' })] },
    { level1: '产出指标', level2: '成本指标', items: [tg('亩均财政投入', v('<=', 3000, '元/亩'))] },
    { level1: '效益指标', level2: '经济效益指标', items: [tg('项目区粮食亩均增产', v('>=', 50, '公斤'))] },
    { level1: '效益指标', level2: '可持续影响指标', items: [tg('工程设施使用年限', v('>=', 15, '年'))] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('项目区农户满意度', v('>=', 90, '%'))] },
  ],
  total: null,
};

const mianyangB: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '农村人居环境整治提升', department: '绵阳市游仙区农业农村局', implementingUnit: '游仙区乡村振兴服务中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', annualBudget: 4_860_000 },
    { label: '其中：财政拨款', annualBudget: 4_860_000 },
  ] },
  goal: '改造农村户用卫生厕所2600户，建设村级垃圾收集点，农村生活垃圾收运处置体系覆盖全部行政村。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [tg('改造农村户用卫生厕所', v('>=', 2600, '户')), tg('新建村级垃圾收集点', v('>=', 85, '个'))] },
    { level1: '产出指标', level2: '质量指标', items: [tg('改厕质量验收合格率', v('>=', 98, '%'))] },
    { level1: '产出指标', level2: '时效指标', items: [tg('改厕任务完成时间', tx('2025年10月底前'))] },
    { level1: '产出指标', level2: '成本指标', items: [tg('户均改厕补助', v('<=', 1500, '元/户'))] },
    { level1: '效益指标', level2: '社会效益指标', items: [tg('农村人居环境', tx('明显改善'))] },
    { level1: '效益指标', level2: '生态效益指标', items: [tg('生活垃圾收运处置体系行政村覆盖率', v('=', 100, '%'))] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('农户满意度', v('>=', 90, '%'))] },
  ],
  total: null,
};

const mianyangC: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '动物疫病强制免疫及监测经费', department: '绵阳市游仙区农业农村局', implementingUnit: '游仙区动物疫病预防控制中心', period: '2025年1月—2025年12月' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', annualBudget: 2_180_000 },
    { label: '其中：财政拨款', annualBudget: 1_680_000 },
    { label: '上级补助', annualBudget: 500_000 },
  ] },
  goal: '完成口蹄疫、高致病性禽流感等重大动物疫病强制免疫，免疫密度保持在90%以上，开展疫病监测和流行病学调查，全年不发生区域性重大动物疫情。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      tg('强制免疫畜禽数量', v('>=', 260, '万头（只）'), 10), tg('疫病监测采样数', v('>=', 12000, '份'), 10), tg('养殖场户防疫培训', v('>=', 30, '场次'), 5),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [tg('应免畜禽免疫密度', v('>=', 90, '%'), 15), tg('免疫抗体合格率', v('>=', 70, '%'), 5)] },
    { level1: '产出指标', level2: '时效指标', items: [tg('春秋两季集中免疫完成时间', tx('5月、11月底前'), 5)] },
    { level1: '产出指标', level2: '成本指标', items: [tg('疫苗及监测耗材采购成本', v('<=', 218, '万元'), 5)] },
    { level1: '效益指标', level2: '社会效益指标', items: [tg('区域性重大动物疫情发生次数', v('=', 0, '次'), 20), tg('畜产品质量安全水平', tx('稳步提升'), 10)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [tg('动物防疫体系运行', tx('持续稳定'), 5)] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('养殖场户满意度', v('>=', 90, '%'), 10)] },
  ],
  total: null,
};

const guilin: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '漓江流域生态保护与景区提质项目', department: '桂林市文化广电和旅游局', implementingUnit: '桂林市漓江风景名胜区管理委员会' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 7_340_000, annualBudget: 7_340_000, executed: 7_193_200, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：自治区补助资金', initialBudget: 5_000_000, annualBudget: 5_000_000, executed: 5_000_000, weight: null, executionRate: null, score: null },
      { label: '市级财政资金', initialBudget: 2_340_000, annualBudget: 2_340_000, executed: 2_193_200, weight: null, executionRate: null, score: null },
    ],
  },
  goal: '实施漓江沿岸生态修复18公里，提升改造景区游客服务设施42处，开展漓江水上安全巡查，景区游客满意度保持在95%以上。',
  achieved: '完成沿岸生态修复18.6公里，改造游客服务设施42处，水上安全巡查全年无间断，游客满意度96.3%，个别码头改造因汛期延后。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('漓江沿岸生态修复长度', v('>=', 18, '公里'), v(null, 18.6, '公里'), 8, 8),
      it('游客服务设施提升改造', v('>=', 42, '处'), v(null, 42, '处'), 8, 8),
      it('水上安全巡查次数', v('>=', 1200, '次'), v(null, 1265, '次'), 6, 6),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('改造工程验收合格率', v('=', 100, '%'), v(null, 100, '%'), 7, 7),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('码头改造完工时间', { date: '2024-10-31' }, { date: '2024-12-15' }, 7, 5.6, '受汛期影响，2座码头改造延期至12月完工'),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      it('项目总成本', v('<=', 734, '万元'), v(null, 719.32, '万元'), 7, 7),
      it('生态修复单位成本', v('<=', 18, '万元/公里'), v(null, 17.6, '万元/公里'), 7, 7),
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      it('景区旅游综合收入', tx('稳步提升'), tx('稳步提升'), 10, 10),
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      it('漓江干流水质达标率', v('=', 100, '%'), v(null, 100, '%'), 10, 10),
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('流域生态保护长效机制', tx('逐步健全'), tx('逐步健全'), 10, 10),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      it('游客满意度', v('>=', 95, '%'), v(null, 96.3, '%'), 10, 10),
    ] },
  ],
  total: { weight: 100, score: 98.4, grade: '优' },
};

for (const p of [yancheng, jinyun, nanyang, guilin, mianyangA, mianyangB, mianyangC]) {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 7 || items.length > 15) throw new Error(`${p.project.name}: ${items.length} indicators`);
  if (p.kind === 'project-self-evaluation' || items.some((x) => x.weight != null)) {
    const weights = items.reduce((a, x) => a + (x.weight ?? 0), 0) + Number(p.funds?.rows[0]?.weight ?? 0);
    if (weights !== 100) throw new Error(`${p.project.name}: weights add up to ${weights}`);
  }
  if (p.total) {
    const score = items.reduce((a, x) => a + (x.score ?? 0), 0) + Number(p.funds?.rows[0]?.score ?? 0);
    if (Math.abs(score - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores add up to ${score}`);
  }
  for (const g of p.groups) {
    if (!g.level1Weight) continue;
    const w = p.groups.filter((x) => x.level1 === g.level1).flatMap((x) => x.items).reduce((a, x) => a + (x.weight ?? 0), 0);
    if (w !== g.level1Weight) throw new Error(`${p.project.name}: ${g.level1} weights add up to ${w}`);
  }
  const f = p.funds!.rows;
  if (f[0]!.executed != null) {
    const sum = f.slice(1).reduce((a, r) => a + Number(r.executed ?? 0), 0);
    if (sum !== f[0]!.executed) throw new Error(`${p.project.name}: executed adds up to ${sum}`);
    const rate = Math.round((10_000 * Number(f[0]!.executed)) / Number(f[0]!.annualBudget)) / 100;
    if (Math.abs(rate - Number(f[0]!.executionRate)) > 0.006) throw new Error(`${p.project.name}: rate ${rate}`);
  } else {
    const sum = f.slice(1).reduce((a, r) => a + Number(r.annualBudget ?? 0), 0);
    if (sum !== f[0]!.annualBudget) throw new Error(`${p.project.name}: budget adds up to ${sum}`);
  }
}

// ───────────────────────── HTML helpers ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const wan = (yuan: unknown): string => (yuan == null ? '' : ((yuan as number) / 10_000).toFixed(2));
const yuanPrinted = (yuan: unknown): string => (yuan == null ? '' : (yuan as number).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const num = (x: unknown) => (x == null ? '' : String(x));
const rate = (x: unknown) => (x == null ? '' : `${(x as number).toFixed(2)}%`);

/** Rows of printed cells as HTML; `html` may render a cell's inner HTML (default: escaped text). */
function rowsHtml(rows: PrintedCell[][], html: (cell: PrintedCell) => string = (cell) => esc(cell.text), rowAttr?: (r: number) => string): string {
  return rows.map((cells, r) => `<tr${rowAttr?.(r) ?? ''}>${cells.map((cell) => {
    const tag = cell.header ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const prose = cell.text.length > 24 ? ' class="prose"' : '';
    return `<${tag}${spans}${prose}>${html(cell)}</${tag}>`;
  }).join('')}</tr>`).join('\n');
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

const SELF_HEAD = (): CellSpec[] => [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')];
const selfCells = (it: Item): CellSpec[] => [c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? '')];

/** The head of an 8-column 自评表: name, units, the funds block (label in the 一级 column, row labels in the 二级 column). */
function selfHead(p: Project, money: (yuan: unknown) => string, extra: CellSpec[][] = []): CellSpec[][] {
  const f = p.funds!;
  return [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位', { span: 1 }), c(p.project.implementingUnit!, { span: 'rest' })],
    ...extra,
    [c(`项目资金（${f.publishedUnit}）`, { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget)), c(money(r.annualBudget)), c(money(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
  ];
}

const goalRows = (p: Project): CellSpec[][] => [
  [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
  [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
];

const totalRow = (p: Project): CellSpec[] => [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)];

function chromiumPrint(html: string, pdf: string, work: string): void {
  const file = join(work, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`,
    '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
  if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

// ───────────────────────── 1. yancheng: spreadsheet look, no wrap, clipped cells ─────────────────────────

/** Rows of the indicator block with the rows each 一级 / 二级 cell covers. */
function blocks(groups: Group[]) {
  const rows: { level1?: { label: string; span: number }; level2?: { label: string; span: number }; item: Item }[] = [];
  for (const l1 of [...new Set(groups.map((g) => g.level1))]) {
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

/**
 * A sheet printed the way Excel exports it: fixed column widths, every cell one line (no wrap) and cut at the
 * border of its (non-empty) right neighbour, while the PDF keeps the whole string. Chromium (like LibreOffice
 * Calc) drops the glyphs a clip path hides entirely, so the cut is drawn instead: each cell's content is a white
 * block stacked above the cells to its left (z-index by column), covering the tail of a longer neighbour's
 * text, which stays in the text layer. Cells marked wrap (偏差原因, the 一级 / 二级 / funds labels) wrap.
 */
function yanchengHtml(): string {
  const p = yancheng;
  const rows = builtRows(8, [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!), c('实施单位'), c(p.project.implementingUnit!), c('联系电话', { span: 2 }), c('0515-83512760')],
    ...selfHead(p, wan).slice(2),
    ...goalRows(p),
    SELF_HEAD(),
    ...indicatorRows(p.groups, selfCells),
    totalRow(p),
  ]);
  const wrapped = new Set(['项目资金（万元）', '年度总体目标', p.goal!, p.achieved!, ...p.groups.flatMap((g) => [g.level1, g.level2, ...g.items.map((x) => x.why ?? '')]),
    ...SELF_HEAD().map((x) => x.text)]);
  const left = new Set([p.project.name!, p.project.department!, p.project.implementingUnit!, p.goal!, p.achieved!, ...p.groups.flatMap((g) => g.items.flatMap((x) => [x.name, printValue(x.target), printValue(x.actual ?? null)]))]);
  const html = (cell: PrintedCell) => {
    const cls = [wrapped.has(cell.text) ? 'w' : 'nw', left.has(cell.text) ? 'l' : ''].join(' ');
    return `<div class="${cls}" style="z-index:${cell.col + 1}">${esc(cell.text)}</div>`;
  };
  return page(`@page{size:A4 landscape;margin:13mm 13mm 13mm 13mm}
table{width:auto}
th,td{border:0.5pt solid #000;font-size:9.5pt;padding:0;height:17pt;line-height:1.25}
td.prose{text-align:center}
div.nw,div.w{position:relative;background:#fff;padding:0 2pt}
div.nw{white-space:nowrap}
div.w{white-space:normal}
div.l{text-align:left}
th{font-weight:bold}`,
  `<h1>${esc(p.title)}</h1>
<p class="cap" style="width:255mm">填报单位（盖章）：盐城市大丰区水利局<span style="float:right">单位：万元</span></p>
<table style="width:255mm"><colgroup>${[24, 26, 45, 26, 26, 14, 17, 58].map((w) => `<col style="width:${w * 255 / 236}mm">`).join('')}</colgroup>
${rowsHtml(rows, html)}
</table>
<p class="cap" style="font-size:9pt;margin-top:3pt">填报人：陈卫东        联系电话：0515-83512760        填报日期：2025年3月18日</p>`);
}

// ───────────────────────── 2. jinyun: a row broken across the page, header repeated ─────────────────────────

function jinyunHtml(): string {
  const p = jinyun;
  const cols = colgroup([4.6, 5.6, 10.5, 8.2, 8.2, 3.6, 5.4, 11]);
  const head = builtRows(8, [
    ...selfHead(p, yuanPrinted, [[c('项目负责人', { span: 2 }), c('楼建军', { span: 2 }), c('联系电话', { span: 1 }), c('0578-3126458', { span: 'rest' })]]),
    ...goalRows(p),
  ]);
  // the indicator rows: groups before the split row, the split row in two parts, the rest
  const flat = blocks(p.groups);
  const at = flat.findIndex((r) => r.item.name === JINYUN_SPLIT);
  const L1 = (r: (typeof flat)[number]) => r.level1?.label ?? '';
  const cellsOf = (r: (typeof flat)[number]) => selfCells(r.item).map((x) => x.text);
  // page 1: rows 0..at-1 (with their merges), then the split row's first part
  const p1: string[] = [];
  const p2: string[] = [];
  const td = (text: string, attrs = '', cls = '') => `<td${attrs}${cls ? ` class="${cls}"` : ''}>${esc(text)}</td>`;
  // 一级 产出指标 covers flat rows 0..9 ; on page 1 it covers rows 0..at (at included, first part)
  const l1Span1 = at + 1;
  const l2Start = flat.findIndex((r) => r.level2?.label === '质量指标');
  flat.slice(0, at).forEach((r, k) => {
    let row = '';
    if (k === 0) row += td(L1(r), ` rowspan="${l1Span1}"`);
    if (r.level2) row += td(r.level2.label, ` rowspan="${r.level2.label === '质量指标' ? at - l2Start + 1 : r.level2.span}"`);
    const [n, tgt, act, w, s, why] = cellsOf(r);
    row += td(n!) + td(tgt!) + td(act!) + td(w!) + td(s!) + td(why!, '', why!.length > 12 ? 'prose' : '');
    p1.push(`<tr>${row}</tr>`);
  });
  const split = flat[at]!;
  const [n, tgt, act, w, s, why] = cellsOf(split);
  const nameCut = 16; // the first two printed lines of the name stay on page 1
  const whyCut = 62;
  p1.push(`<tr class="cut">${td(n!.slice(0, nameCut), '', 'top')}${td(tgt!, '', 'top')}${td(act!, '', 'top')}${td(w!, '', 'top')}${td(s!, '', 'top')}${td(why!.slice(0, whyCut), '', 'prose top')}</tr>`);
  // page 2: the continuation row (一级 / 二级 cells continue empty), then the rest of the rows
  const rest = flat.slice(at + 1);
  const l1Rest = rest.findIndex((r) => r.level1); // the first new 一级 among the rest
  const producedLeft = l1Rest < 0 ? rest.length : l1Rest; // rows still under 产出指标
  const qualityLeft = rest.findIndex((r) => r.level2) < 0 ? rest.length : rest.findIndex((r) => r.level2);
  p2.push(`<tr class="cont">${td('', ` rowspan="${producedLeft + 1}"`)}${td('', ` rowspan="${qualityLeft + 1}"`)}${td(n!.slice(nameCut), '', 'top')}${td('')}${td('')}${td('')}${td('')}${td(why!.slice(whyCut), '', 'prose top')}</tr>`);
  rest.forEach((r) => {
    let row = '';
    if (r.level1) row += td(r.level1.label, ` rowspan="${r.level1.span}"`);
    if (r.level2) row += td(r.level2.label, ` rowspan="${r.level2.span}"`);
    const [n2, t2, a2, w2, s2, y2] = cellsOf(r);
    row += td(n2!) + td(t2!) + td(a2!) + td(w2!) + td(s2!) + td(y2!, '', y2!.length > 12 ? 'prose' : '');
    p2.push(`<tr>${row}</tr>`);
  });
  const t = builtRows(8, [totalRow(p)]);
  const header = `<tr>${SELF_HEAD().map((x) => `<th>${esc(x.text)}</th>`).join('')}</tr>`;
  return page(`@page{size:A4;margin:0}
div.pg{position:relative;width:210mm;height:296.5mm;box-sizing:border-box;padding:25.4mm 15mm 22mm 15mm;overflow:hidden;page-break-after:always}
div.pg:last-child{page-break-after:auto}
th,td{border:0.5pt solid #000;font-size:10pt;padding:4.2pt 2.2pt;line-height:1.55}
th{font-weight:bold}
td.top{vertical-align:top}
tr.cut td{border-bottom:0.5pt solid #000}
div.foot{position:absolute;bottom:12mm;left:0;right:0;text-align:center;font-size:9pt}`,
  `<div class="pg">
<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：缙云县住房和城乡建设局<span style="float:right">金额单位：元</span></p>
<table>${cols}
${rowsHtml(head)}
${header}
${p1.join('\n')}
</table><div class="foot">— 1 —</div></div>
<div class="pg">
<table>${cols}
${header}
${p2.join('\n')}
${rowsHtml(t)}
</table>
<p class="cap" style="margin-top:6pt">填报人：楼建军　　　联系电话：0578-3126458　　　填报日期：2025年3月20日</p><div class="foot">— 2 —</div></div>
<script>
const pg = document.querySelector('div.pg');
const cut = pg.querySelector('tr.cut');
const limit = pg.getBoundingClientRect().bottom - parseFloat(getComputedStyle(pg).paddingBottom);
const extra = limit - pg.querySelector('table').getBoundingClientRect().bottom;
if (extra > 0) cut.style.height = (cut.getBoundingClientRect().height + extra) + 'px';
document.title = String(Math.round(extra));
</script>`);
}

// ───────────────────────── 3. nanyang: the indicator table as a picture ─────────────────────────

const NANYANG_COLS = [4.6, 6, 10.5, 7, 7, 3.6, 4.4, 9.5];

function nanyangTableHtml(): string {
  const p = nanyang;
  const rows = builtRows(8, [SELF_HEAD(), ...indicatorRows(p.groups, selfCells), totalRow(p)]);
  // as a screenshot of the department's Excel / Word table: the picture is just the table, 180 mm wide
  return page(`@page{size:190mm 200mm;margin:4mm}
th,td{border:0.8pt solid #000;font-size:10pt;padding:3pt 2pt;line-height:1.3}
th{background:#f2f2f2;font-weight:bold}`,
  `<table style="width:180mm">${colgroup(NANYANG_COLS)}
${rowsHtml(rows)}
</table>`);
}

async function nanyangPdf(work: string): Promise<Buffer> {
  const p = nanyang;
  const tablePdf = join(work, 'nanyang-table.pdf');
  chromiumPrint(nanyangTableHtml(), tablePdf, work);
  execFileSync('pdftoppm', ['-r', '130', '-f', '1', '-l', '1', '-png', tablePdf, join(work, 'nanyang-table')]);
  const png = readFileSync(execFileSync('ls', [work], { encoding: 'utf8' }).split('\n').filter((f) => f.startsWith('nanyang-table') && f.endsWith('.png')).map((f) => join(work, f))[0]!);
  const trimmed = await sharp(png).trim({ threshold: 10 }).extend({ top: 6, bottom: 6, left: 6, right: 6, background: '#ffffff' }).jpeg({ quality: 84 }).toBuffer();
  const meta = await sharp(trimmed).metadata();
  const widthMm = (meta.width! / 130) * 25.4;
  const head = builtRows(8, [...selfHead(p, wan), ...goalRows(p)]);
  const html = page(`@page{size:A4;margin:18mm 15mm 16mm 15mm}
th,td{border:0.8pt solid #000;font-size:10pt;padding:3pt 2pt;line-height:1.3}
img.pasted{display:block;margin:0;border:0}`,
  `<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：南阳市宛城区交通运输局<span style="float:right">单位：万元</span></p>
<table style="width:180mm">${colgroup(NANYANG_COLS)}
${rowsHtml(head)}
</table>
<img class="pasted" style="width:${widthMm.toFixed(1)}mm;margin-left:-1.3mm" src="data:image/jpeg;base64,${trimmed.toString('base64')}">
<p class="cap" style="margin-top:6pt">填报人：韩志强　　　联系电话：0377-63128840　　　填报日期：2025年3月15日</p>`);
  const out = join(work, 'nanyang.pdf');
  chromiumPrint(html, out, work);
  return readFileSync(out);
}

// ───────────────────────── 4. mianyang: two tables side by side, then a table with sign-off and 审核意见 ─────────────────────────

function targetsTable(p: Project, withWeight: boolean): string {
  const n = withWeight ? 5 : 4;
  const f = p.funds!;
  const cells = (x: Item): CellSpec[] => (withWeight ? [c(x.name), c(printValue(x.target)), c(num(x.weight))] : [c(x.name), c(printValue(x.target))]);
  const rows = builtRows(n, [
    [c('项目名称'), c(p.project.name!, { span: 'rest' })],
    [c('主管部门'), c(p.project.department!, { span: 'rest' })],
    [c('实施单位'), c(p.project.implementingUnit!, { span: withWeight ? 2 : 'rest' }), ...(withWeight ? [c('实施期限'), c(p.project.period!)] : [])],
    [c('项目资金（万元）', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(wan(f.rows[0]!.annualBudget), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(wan(r.annualBudget), { span: 'rest' })]),
    [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
    withWeight ? [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值')] : [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值')],
    ...indicatorRows(p.groups, cells),
  ]);
  return `<table>${colgroup(withWeight ? [5, 6.5, 12, 7, 7] : [5, 6.5, 12, 7.5])}
${rowsHtml(rows)}
</table>`;
}

function mianyangHtml(): string {
  return page(`@page{size:A4 landscape;margin:12mm 12mm 12mm 12mm}
th,td{border:0.6pt solid #000;font-size:8.5pt;padding:1.8pt 2pt;line-height:1.25}
div.two{display:flex;justify-content:space-between;align-items:flex-start}
div.two>div{width:48.6%}
h2{font-size:12.5pt;text-align:center;margin:0 0 3pt 0}
div.pg2{page-break-before:always;width:70%;margin:0 auto}
div.pg2 th,div.pg2 td{font-size:9pt;padding:2pt 3pt}
table.box td{text-align:left;vertical-align:top;height:19mm;font-size:9.5pt;padding:3pt 6pt}
p.sign{font-size:10pt;margin:6pt 0 8pt 0}`,
  `<p class="cap" style="font-size:9pt;color:#333">绵阳市游仙区农业农村局2025年部门预算　附表10　项目支出绩效目标表</p>
<div class="two">
<div><h2>${esc(mianyangA.title)}</h2><p class="cap" style="font-size:9pt">单位：万元</p>${targetsTable(mianyangA, false)}</div>
<div><h2>${esc(mianyangB.title)}</h2><p class="cap" style="font-size:9pt">单位：万元</p>${targetsTable(mianyangB, false)}</div>
</div>
<div class="pg2">
<h2>${esc(mianyangC.title)}</h2><p class="cap" style="font-size:9.5pt">填报单位：游仙区动物疫病预防控制中心<span style="float:right">单位：万元</span></p>
${targetsTable(mianyangC, true)}
<p class="sign">填报人：何俊　　　　联系电话：0816-2281536　　　　填报日期：2025年1月20日</p>
<table class="box"><tr><td style="width:22%;text-align:center;vertical-align:middle">主管部门<br>审核意见</td><td>经审核，该项目绩效目标与部门职责相符，指标设置较为合理、细化量化，同意申报。<br><span style="padding-left:55%">（盖章）</span><br><span style="padding-left:55%">2025年1月24日</span></td></tr>
<tr><td style="height:15mm;text-align:center;vertical-align:middle">财政部门<br>审核意见</td><td>同意。<br><span style="padding-left:55%">（盖章）</span><br><span style="padding-left:55%">年　　月　　日</span></td></tr></table>
</div>`);
}

// ───────────────────────── 5. guilin: distributed alignment, tracking, footnote marks ─────────────────────────

/** A cell's text in Word's distributed alignment: each glyph its own box, spread edge to edge. */
const spread = (text: string) => `<span class="dist">${[...text].map((ch) => `<span>${esc(ch)}</span>`).join('')}</span>`;

/** Cells set distributed (labels, 一级 / 二级, some values) and footnote marks after some texts. */
const GUILIN_DIST = new Set(['项目名称', '主管部门', '实施单位', '项目资金（万元）', '年度资金总额', '其中：自治区补助资金', '市级财政资金', '年度总体目标',
  '产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标',
  '稳步提升', '逐步健全', '总分', '734.00', '桂林市文化广电和旅游局']);
const GUILIN_MARK: Record<string, string> = { 游客满意度: '①', '≥95%': '*', '≤734万元': '②' };

function guilinHtml(): string {
  const p = guilin;
  const rows = builtRows(8, [...selfHead(p, wan), ...goalRows(p), SELF_HEAD(), ...indicatorRows(p.groups, selfCells), totalRow(p)]);
  const html = (cell: PrintedCell) => {
    const mark = GUILIN_MARK[cell.text];
    if (mark) return `${esc(cell.text)}<sup>${mark}</sup>`;
    if (GUILIN_DIST.has(cell.text)) return spread(cell.text);
    return esc(cell.text);
  };
  return page(`@page{size:A4;margin:15mm 16mm 12mm 16mm}
th,td{border:0.6pt solid #000;font-size:9.5pt;padding:2.4pt 5pt;line-height:1.3}
span.dist{display:flex;flex-wrap:wrap;justify-content:space-between;width:100%}
sup{font-size:6.5pt;vertical-align:super;line-height:0}
p.track{letter-spacing:0.9em}
p.note{font-size:9pt;margin:4pt 0 0 0;line-height:1.5}`,
  `<h1 style="letter-spacing:0.35em">${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap"><span class="track">填报单位</span>：桂林市文化广电和旅游局<span style="float:right"><span class="track">单位</span>：万元</span></p>
<table>${colgroup([4.8, 6.4, 10, 6.6, 6.6, 3.6, 4.4, 9])}
${rowsHtml(rows, html)}
</table>
<p class="note">注：①游客满意度由第三方机构抽样调查，样本量不少于1200份。*目标值按《桂林市漓江风景名胜区服务质量提升三年行动方案》设定。②项目总成本含上年结转资金。</p>
<p class="cap" style="margin-top:8pt"><span class="track">填报人</span>：莫丽萍　　　<span class="track">联系电话</span>：0773-2825017　　　<span class="track">填报日期</span>：2025年3月11日</p>`);
}

// ───────────────────────── probes ─────────────────────────

interface Probe { file: string; make: (work: string) => Promise<Buffer>; tables: object[]; notes: string[] }

const printed = (html: () => string) => async (work: string) => {
  const pdf = join(work, `p-${Math.random().toString(36).slice(2)}.pdf`);
  chromiumPrint(html(), pdf, work);
  return readFileSync(pdf);
};

const probes: Probe[] = [
  {
    file: 'probe-r13-pdf-yancheng-river-cleanup-2024-clipped-cells.pdf',
    make: printed(yanchengHtml),
    tables: [goldenTable(yancheng)],
    notes: [
      '江苏 盐城 大丰区 自评表 in the look of a spreadsheet printed to PDF (A4 landscape, fixed column widths, 9.5 pt), printed by Chromium: the 三级, target, actual and header-field cells are typed WITHOUT wrap text. Where a cell\'s text is longer than the cell and its right neighbour is not empty, Calc clips it at the cell border: the reader sees "河道日常保洁里程（含县乡" and the rest hidden, but the PDF text layer holds the whole string, its glyphs running on under the neighbouring cells (clipped only by a clip path). Clipped: 实施单位 "盐城市大丰区河道管理所（区河长制工作办公室）" (neighbour 联系电话), the long 三级 names (neighbour: the target), the target "2024年5月31日前完成" (neighbour: the actual). Observed while building it: LibreOffice Calc and Chromium both DROP the glyphs a clip path hides entirely (a partly hidden glyph is kept), so such a PDF holds only the visible prefix plus one spilled glyph ("河道日常保洁里程（含县乡村三" + "级" in the next cell); this probe is printed as Excel writes it (the whole string, the tail hidden under the neighbour: each cell a white block stacked above the cells to its left), so the text layer holds the tail glyphs inside the neighbour cell, before the neighbour\'s own text.',
      'Golden judgement: the cell holds the full text the department typed (what the spreadsheet and the text layer hold; the clipping is a print artefact), so every field is the full string: level3 "河道日常保洁里程（含县乡村三级河道及小微水体）", target {text: "2024年5月31日前完成"}. A reader of the printed page alone could only transcribe the cut prefix; an extractor that returns the cut prefix or glues the hidden tail onto the neighbour cell is wrong.',
      'Funds 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 as number cells (0.00, 0.00%: 98.31%); 上年结转资金 has no 年初预算数. Actual 2024年5月28日 → date. 偏差原因 wraps (wrap on). 总分 100 | 99.13 | 自评等级：优; a 填报人 line under the table.',
    ],
  },
  {
    file: 'probe-r13-pdf-jinyun-rural-sewage-2024-row-split.pdf',
    make: printed(jinyunHtml),
    tables: [goldenTable(jinyun)],
    notes: [
      '浙江 丽水 缙云县 自评表 laid out as a Word table printed to PDF (A4, 10.5 pt, 0.5 pt rules, amounts in 元 with thousands separators: 5,860,000.00), the header row "一级指标 … 偏差原因分析及改进措施" set to repeat and rows allowed to break across pages.',
      `The row "${JINYUN_SPLIT}" breaks across the page: page 1 ends with its name's first lines "${JINYUN_SPLIT.slice(0, 16)}", its target ≥85%, actual 83.6%, weight 6, score 5.4 (top-aligned) and the first part of its 偏差原因; page 2 starts with the repeated header, then a continuation row holding the rest of the name "${JINYUN_SPLIT.slice(16)}" and the rest of the 偏差原因 under empty 一级 / 二级 cells (the merged 产出指标 / 质量指标 continuing), then 第三方运维单位考核合格率 (still 产出指标 / 质量指标), 时效, 成本 and the 效益 / 满意度 blocks. Golden: one table, one indicator with the full name, the repeated header is no row.`,
      '一级 printed with weights "产出指标（50分）" → level1Weight. Funds in 元 (publishedUnit 元): 年度资金总额 5,860,000.00 | 6,120,000.00 | 5,987,340.00 | 10 | 97.83% | 9.78; 其他资金 has no 年初预算数. 总分 100 | 99.18 | 自评等级：优. Page footers "— 1 —" are not content.',
    ],
  },
  {
    file: 'probe-r13-pdf-nanyang-rural-roads-2024-table-picture.pdf',
    make: nanyangPdf,
    tables: [goldenTable(nanyang)],
    notes: [
      '河南 南阳 宛城区 自评表 printed by Chromium on A4: the title, "（2024年度）", the caption, 项目名称 / 主管部门 | 实施单位, the funds block and 年度总体目标 are a real ruled text table; the indicator part under it (column header 一级指标 … 偏差原因分析及改进措施, 11 indicator rows with merged 一级 / 二级, and the 总分 row) is a pasted PICTURE: a 130 dpi JPEG (q84) of the same table, placed flush under the text table at the same width; the text layer has nothing of it. A 填报人 line follows as text.',
      'Golden: what the page shows, image part included (11 indicators, total 100 | 98.75 | 优). The right outcome is to notice an image inside the table area and OCR it, or at least say (low confidence / a flag) that the indicators are in an image — not a confident table with no or partial indicators.',
      'Funds 万元 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (97.50%, 9.75); 上年结转资金 no 年初预算数. "2024年11月30日前" → text; actual 2024年11月26日 → date.',
    ],
  },
  {
    file: 'probe-r13-pdf-mianyang-agriculture-2025-side-by-side.pdf',
    make: printed(mianyangHtml),
    tables: [goldenTable(mianyangA), goldenTable(mianyangB), goldenTable(mianyangC)],
    notes: [
      '四川 绵阳 游仙区农业农村局 2025 部门预算 附表: A4 landscape, printed by Chromium. Page 1: two 2025年项目支出绩效目标表 SIDE BY SIDE (two columns of tables, each ~48% of the width, each with its own title and "单位：万元"), rows of the left and right tables at unrelated heights; reading order left table then right table. Page 2: a third 绩效目标表 (centred, 70% wide, with 实施期限 and a 分值 column) followed by a signature line "填报人：何俊 联系电话：0816-2281536 填报日期：2025年1月20日" and a ruled two-row 审核意见 box (主管部门审核意见 / 财政部门审核意见 with prose, "（盖章）" and dates) — not table content of the project (no fields).',
      'Header fields: 项目名称, 主管部门, 实施单位 (and 实施期限 "2025年1月—2025年12月" → period on the third). Funds 项目资金（万元） merged over its money lines, each label over two columns and one amount → annualBudget. The left two tables have no 分值 column (weight null); the third has 分值 (sums to 100). 项目完工时间 target "2025年12月31日" → date; "2025年10月底前", "5月、11月底前" → text; "≥260万头（只）" unit 万头（只）.',
      'Golden: three project-targets tables in reading order (left, right, page 2). No total.',
    ],
  },
  {
    file: 'probe-r13-pdf-guilin-lijiang-2024-distributed.pdf',
    make: printed(guilinHtml),
    tables: [goldenTable(guilin)],
    notes: [
      '广西 桂林 自评表 printed by Chromium in the look of Word\'s distributed alignment (分散对齐): the labels 项目名称 / 主管部门 / 实施单位 / 项目资金（万元） / 年度资金总额 / 其中：自治区补助资金 / 市级财政资金 / 年度总体目标 / 总分, every 一级 and 二级 cell, the department value 桂林市文化广电和旅游局, the values 稳步提升 / 逐步健全 and the amount 734.00 are set one glyph per box spread edge to edge across the cell (each glyph positioned on its own, gaps of one to several character widths); the caption labels 填报单位 / 单位 / 填报人 / 联系电话 / 填报日期 are letter-spaced 0.9 em, the title 0.35 em.',
      'Footnote marks in superscript (6.5 pt, raised): 三级 "游客满意度①", target "≥95%*", target "≤734万元②"; a note "注：①… *… ②…" under the table. Golden judgement: a footnote mark refers to the note and is not part of the name or the value: level3 "游客满意度", target {">=", 95, "%"}, target {"<=", 734, "万元"}.',
      'Title 项目支出绩效自评表 with "（2024年度）" under it → year 2024. Funds 万元: 734.00 | 734.00 | 719.32 | 10 | 98.00% | 9.8. 码头改造完工时间 target 2024年10月31日 → date, actual 2024年12月15日 → date. 总分 100 | 98.4 | 自评等级：优.',
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), 'probe-r13-'));
try {
  const only = process.argv.slice(2);
  for (const [k, p] of probes.entries()) {
    if (only.length && !only.includes(String(k + 1))) continue;
    const buf = await p.make(work);
    const out = join(OUT, p.file);
    writeFileSync(out, buf);
    writeGolden(p.file, { source: p.file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...p.notes], tables: p.tables });
    console.log(p.file, pageCount(out), 'pages');
  }
} finally {
  if (process.env.PROBE_KEEP_WORK) execFileSync('cp', ['-r', work, process.env.PROBE_KEEP_WORK]);
  rmSync(work, { recursive: true, force: true });
}
