/**
 * PDF probes, round 5 (samples/probe/probe-r5-pdf-*.pdf): four templates and PDF troubles the earlier
 * PDF probes (make-probe-pdf.ts) do not print, written here cell by cell from hand-written content and
 * printed as DOCX (docx package) → PDF by LibreOffice:
 *    - three-pages (辽宁): a 项目支出绩效目标表 whose indicator block runs over three pages, its column header
 *      repeated on each, a page header line with the department name and a "第 X 页 共 Y 页" footer on
 *      every page; 一级/二级 merged across the page breaks;
 *    - wrapped-amounts (山西): an A4 portrait self-evaluation with very long 三级 names, 偏差原因 prose over
 *      3–5 lines, funds in 元 with thousands separators wrapped inside narrow columns, and a 结余 column;
 *    - two-tables-one-page (黑龙江): a short target table (project A) and a short self-evaluation
 *      (project B) on one page, each under its own title, a "单位名称：…" caption above the first;
 *    - label-pairs (海南): a 绩效目标表 with header fields as label|value pairs over 4 columns, funds by
 *      资金来源 (财政拨款 / 其中：中央补助 / 省级补助 / 市级配套 / 其他资金) under one 年度资金总额 column, and
 *      the target split into 指标性质 | 指标值 | 度量单位 beside a 权重 column.
 *    Their goldens (golden/probe-r5-pdf-*.golden.json) are written from the same hand-written content
 *    (structured values printed the way golden-model.ts prints them), never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-pdf-r5.ts   # needs soffice + fonts-noto-cjk
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { soffice } from './corpus-samples.js';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import {
  SELF_HEADER, TARGETS_HEADER, dt, indicatorRows, keepProbe, num, projectNameRows, selfEvaluationCells, selfEvaluationHead, totalRow, tx, v,
  type Project,
} from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { builtRows, bodyCell, headerCell, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-pdf-r5.ts';

const h = headerCell;
const c = bodyCell;
const rows = builtRows;

/** Money as these templates print it: two decimals, thousands separators ("1,234,567.89"). */
const money = (yuan: number | null | undefined, unit: '元' | '万元', separators = true): string => {
  if (yuan === null || yuan === undefined) return '';
  const n = unit === '万元' ? yuan / 10_000 : yuan;
  return separators ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toFixed(2);
};
const rate = (r: unknown) => (r == null ? '' : `${(r as number).toFixed(2)}%`);

// ───────────────────────── 1. three-pages: 辽宁 target table over three pages ─────────────────────────

const liaoning: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: {
    name: '老旧小区供热管网更新改造工程', department: '沈阳市城乡建设局', implementingUnit: '沈阳市供热管理服务中心',
    attribute: '延续项目', period: '2025年1月至2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 86_500_000 },
      { label: '其中：财政拨款', annualBudget: 72_000_000 },
      { label: '其他资金', annualBudget: 14_500_000 },
    ],
  },
  goal: '完成全市老旧小区供热管网更新改造186公里，改造换热站42座，惠及居民5.8万户；改造后管网失水率控制在1.5%以内，改造小区冬季室温达标率不低于98%，年节约供热燃煤3.2万吨，供热用户满意度达到90%以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '更新改造老旧供热管网长度', target: v('>=', 186, '公里'), weight: 8,
        explain: '年度内完成更新改造并通过竣工验收的一次网、二次网管线长度之和，以竣工验收资料和供热企业统计台账为准，按实际完成长度与计划长度之比计算完成率。数据来源：项目竣工验收报告、供热企业管网改造统计台账及区县城建部门季度报表。' },
      { name: '改造换热站数量', target: v('>=', 42, '座'), weight: 7,
        explain: '年度内完成设备更新、自控系统改造并投入运行的换热站座数，以区县城建部门和供热企业联合验收报告为准，未通过联合验收的不计入完成数量。数据来源：换热站联合验收报告、供热监管平台换热站运行数据及设备采购合同清单。' },
      { name: '惠及居民户数', target: v('>=', 5.8, '万户'), weight: 6,
        explain: '改造管网覆盖范围内的居民户数，以改造小区名单、供热企业收费系统在册用户数核定，同一小区跨年度改造的只计一次，不重复计算受益户数。数据来源：改造小区名单、供热企业收费系统在册用户统计表及街道社区入户核查记录。' },
      { name: '安装智能温控计量装置', target: v('>=', 12000, '套'), weight: 5,
        explain: '在改造小区楼栋热力入口及典型用户室内安装并接入供热监管平台的智能温控、热计量装置套数，以平台在线设备清单和安装验收记录为准。数据来源：供热监管平台在线设备清单、装置安装验收记录及设备供货单位出具的供货清单。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '管网工程竣工验收合格率', target: v('=', 100, '%'), weight: 6,
        explain: '竣工验收合格的改造工程项目数占已完工改造工程项目总数的比例；验收由建设单位组织设计、施工、监理单位共同实施，计算公式：合格项目数/完工项目数×100%。数据来源：工程竣工验收备案表、质量监督机构出具的工程质量监督报告及监理评估报告。' },
      { name: '改造后管网失水率', target: v('<=', 1.5, '%'), weight: 5,
        explain: '改造管网供暖期补水量占管网循环水量的比例，以供热企业补水计量表读数为依据，在供暖期第一个月末统一抄表核定，失水率越低表明管网运行状况越好。数据来源：供热企业补水计量表抄表记录、供热监管部门供暖期运行检查通报。' },
      { name: '焊口无损检测合格率', target: v('=', 100, '%'), weight: 5,
        explain: '委托有资质的第三方检测机构对改造管线焊口进行射线或超声波无损检测，检测合格焊口数占受检焊口总数的比例，抽检比例不低于焊口总数的15%。数据来源：第三方检测机构出具的焊口无损检测报告、监理单位旁站记录。' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '主体工程完工时间', target: dt('2025-09-30'), weight: 5,
        explain: '全部改造项目管线敷设、设备安装等主体工程完工并具备打压试验条件的时间，以监理单位签认的完工报告日期为准，逾期完工的按逾期天数扣减分值。数据来源：监理单位签认的完工报告、项目周报及施工进度计划执行情况表。' },
      { name: '供暖季前通热调试完成率', target: v('=', 100, '%'), weight: 5,
        explain: '2025年10月20日前完成通热调试的改造项目数占改造项目总数的比例，确保改造小区按期正常供暖，计算公式：完成调试项目数/改造项目总数×100%。数据来源：供热企业通热调试记录、供热监管部门供暖期前专项检查通报。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每公里管网改造平均成本', target: v('<=', 46.5, '万元/公里'), weight: 8,
        explain: '项目年度实际支出总额与完成改造管网长度之比，反映项目成本控制情况，以项目财务决算数据和竣工验收长度为依据计算，超出控制标准的按超出比例扣分。数据来源：项目财务决算报告、竣工验收长度确认单及审计部门结算审核报告。' },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '年节约供热燃煤量', target: v('>=', 3.2, '万吨'), weight: 8,
        explain: '改造后管网热损失降低所节约的标准煤量，以改造前后两个供暖季供热企业燃煤消耗量对比测算，并经第三方节能评估机构出具的评估报告予以核定。数据来源：供热企业燃煤进厂计量台账、第三方节能评估机构出具的节能量评估报告。' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '改造小区冬季室温达标率', target: v('>=', 98, '%'), weight: 8,
        explain: '供暖期内改造小区抽测住户室内温度不低于18℃的户数占抽测总户数的比例，抽测工作由供热监管部门在供暖期内分三次组织开展，取三次抽测结果的平均值。数据来源：供热监管部门室温抽测记录表、入户测温照片及抽测结果汇总分析报告。' },
      { name: '供热故障报修量同比下降幅度', target: v('>=', 20, '%'), weight: 6,
        explain: '改造小区供暖期供热故障报修量较上一供暖期下降的比例，以12345政务服务便民热线和供热企业客服系统受理的报修记录为依据进行统计计算。数据来源：12345热线工单统计、供热企业客服系统报修台账及上一供暖期同期数据。' },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '年减少二氧化碳排放量', target: v('>=', 8.3, '万吨'), weight: 8,
        explain: '按年节约燃煤量和国家公布的燃煤二氧化碳排放系数折算的二氧化碳减排量，与年节约供热燃煤量指标采用同一节能评估报告的数据口径，不另行重复测算。数据来源：第三方节能评估机构评估报告、生态环境部门公布的排放因子折算标准。' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '供热用户满意度', target: v('>=', 90, '%'), weight: 10,
        explain: '通过问卷调查、电话回访等方式了解改造小区居民对供热质量和施工组织的满意程度，有效样本量不少于改造户数的3%，满意度=满意和基本满意样本数/有效样本数×100%。数据来源：第三方调查机构出具的满意度调查报告、调查问卷原始记录及电话回访录音。' },
    ] },
  ],
  total: null,
};

function threePagesDoc(p: Project): PrintedTable[] {
  const f = p.funds!;
  const weights = [5, 6, 8, 6, 10, 3];
  return [
    {
      paragraphs: [p.title, '填报单位（盖章）：沈阳市城乡建设局                                    单位：万元'],
      width: 6, columnWeights: weights,
      rows: rows(6, [
        [c('项目名称'), c(p.project.name!, { span: 'rest' })],
        [c('主管部门'), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
        [c('项目属性'), c(p.project.attribute!, { span: 2 }), c('实施期限'), c(p.project.period!, { span: 'rest' })],
        [c('项目资金', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label), { span: 2 }), c(money(f.rows[0]!.annualBudget as number, '万元'), { span: 'rest' })],
        ...f.rows.slice(1).map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget as number, '万元'), { span: 'rest' })]),
        [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
      ]),
    },
    {
      paragraphs: [], width: 6, columnWeights: weights, repeatHeaderRows: 1,
      rows: rows(6, [
        [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('指标解释及计算公式'), h('分值')],
        ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(it.explain ?? ''), c(num(it.weight))]),
      ]),
    },
  ];
}

// ───────────────────────── 2. wrapped-amounts: 山西 self-evaluation, portrait, 元 with separators, 结余 ─────────────────────────

const shanxi: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '采煤沉陷区综合治理农户搬迁安置补助', department: '晋城市发展和改革委员会', implementingUnit: '泽州县采煤沉陷区综合治理服务中心' },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 18_600_000, annualBudget: 19_245_380, executed: 18_437_926.47, balance: 807_453.53, weight: 10, executionRate: 95.8, score: 9.58 },
      { label: '其中：财政拨款', initialBudget: 16_000_000, annualBudget: 16_645_380, executed: 15_974_206.47, balance: 671_173.53 },
      { label: '其他资金', initialBudget: 2_600_000, annualBudget: 2_600_000, executed: 2_463_720, balance: 136_280 },
    ],
  },
  goal: '完成采煤沉陷区受损房屋农户搬迁安置住房1260套，配套建设安置小区基础设施24项，复垦复绿旧宅基地860亩，消除受灾群众居住安全隐患。',
  achieved: '建成并交付安置住房1218套，配套基础设施24项全部完工，复垦复绿842.6亩，受灾群众居住安全隐患基本消除。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '完成采煤沉陷区受损房屋农户搬迁安置住房建设并交付使用的套数', target: v('>=', 1260, '套'), actual: v(null, 1218, '套'), weight: 10, score: 9.5,
        why: '南村镇安置点42套住房因地基补充勘察延误开工，至年底未交付；计划于2024年6月底前全部交付使用。' },
      { name: '配套建设安置小区供水、供电、道路、排水等基础设施项目数量', target: v('>=', 24, '个'), actual: v(null, 24, '个'), weight: 8, score: 8 },
      { name: '对已搬迁农户旧宅基地及废弃院落实施复垦复绿的面积', target: v('>=', 860, '亩'), actual: v(null, 842.6, '亩'), weight: 7, score: 6.5,
        why: '17.4亩旧宅基地位于沉陷稳定性监测区内，暂不具备复垦条件，待监测结论出具后纳入下一年度计划。' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '安置住房主体结构工程经第三方检测机构检测验收的一次性合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '搬迁安置补助资金按政策标准足额兑付到搬迁农户的比例', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '安置住房建设工程在冬季停工前完成主体结构封顶的时间', target: dt('2023-11-15'), actual: dt('2023-11-28'), weight: 6, score: 5,
        why: '受9月至10月连续降雨影响，混凝土浇筑累计停工13天，封顶推迟；今后将合理安排雨季施工，预留工期余量。' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每户搬迁安置补助标准（按户均建筑面积核定）', target: v('<=', 14.5, '万元'), actual: v(null, 14.2, '万元'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '采煤沉陷区受灾群众居住安全隐患消除情况', target: tx('基本消除'), actual: tx('基本消除'), weight: 8, score: 8 },
      { name: '搬迁农户通过就近务工、产业帮扶等方式实现稳定增收的户数占比', target: v('>=', 60, '%'), actual: v(null, 57.3, '%'), weight: 8, score: 7,
        why: '安置点周边产业园区二期尚未投产，就近务工岗位少于预期；下一步将联合人社部门开展定向技能培训和岗位对接。' },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '沉陷区复垦复绿后植被覆盖度较治理前提高的幅度', target: v('>=', 15, '个百分点'), actual: v(null, 16.2, '个百分点'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '安置小区物业管理及公共设施长效管护机制建立情况', target: tx('建立健全'), actual: tx('已建立'), weight: 5, score: 5 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '搬迁安置农户对安置住房质量及配套设施的综合满意度', target: v('>=', 90, '%'), actual: v(null, 92.6, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 96.58, grade: '优' },
};

function wrappedAmountsDoc(p: Project): PrintedTable[] {
  const f = p.funds!;
  const unit = f.publishedUnit;
  // 9 columns; the four amount columns are narrower than "18,437,926.47" at 9 pt, so amounts wrap
  const weights = [4, 4.6, 6.6, 5, 5, 5, 3.2, 4.6, 13.6];
  return [{
    paragraphs: [p.title, '（2023年度）'], width: 9, columnWeights: weights,
    rows: rows(9, [
      ...projectNameRows(p),
      [c('项目资金（元）', { rowSpan: f.rows.length + 1 }), h('资金来源'), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('结余'), h('分值'), h('执行率'), h('得分')],
      ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget as number, unit)), c(money(r.annualBudget as number, unit)),
        c(money(r.executed as number, unit)), c(money(r.balance as number, unit)), c(num(r.weight) || '—'), c(rate(r.executionRate) || '—'), c(num(r.score) || '—')]),
      [c('年度总体目标', { rowSpan: 2 }), h('预期目标', { span: 4 }), h('实际完成情况', { span: 'rest' })],
      [c(p.goal!, { span: 4 }), c(p.achieved!, { span: 'rest' })],
      [h('一级指标'), h('二级指标'), h('三级指标', { span: 2 }), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
      ...indicatorRows(p.groups, (it) => [c(it.name, { span: 2 }), c(printValue(it.target)), c(printValue(it.actual ?? null)),
        c(num(it.weight)), c(num(it.score)), c(it.why ?? '')]),
      totalRow(p, p.total!.grade!, '总分', 6),
    ]),
    after: ['填报人：赵建国        联系电话：0356-2198736        填报日期：2024年3月15日'],
  }];
}

// ───────────────────────── 3. two-tables-one-page: 黑龙江, a target table and a self-evaluation on one page ─────────────────────────

const heilongjiangA: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: { name: '黑土地保护性耕作补助', department: '绥化市农业农村局', implementingUnit: '绥化市农业技术推广中心' },
  funds: { publishedUnit: '万元', rows: [{ label: '年度资金总额', annualBudget: 32_800_000 }] },
  goal: '实施黑土地保护性耕作82万亩，作业质量抽检合格率95%以上，项目区耕地土壤有机质含量稳中有升。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [{ name: '保护性耕作实施面积', target: v('>=', 82, '万亩'), weight: 20 }] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '作业质量抽检合格率', target: v('>=', 95, '%'), weight: 20 }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '补助资金兑付完成时间', target: dt('2025-12-31'), weight: 10 }] },
    { level1: '产出指标', level2: '成本指标', items: [{ name: '亩均作业补助标准', target: v('=', 40, '元/亩'), weight: 10 }] },
    { level1: '效益指标', level2: '生态效益指标', items: [{ name: '项目区耕地土壤有机质含量', target: tx('稳中有升'), weight: 20 }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '实施主体满意度', target: v('>=', 90, '%'), weight: 20 }] },
  ],
  total: null,
};

const heilongjiangB: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '农作物病虫害统防统治补助', department: '绥化市农业农村局', implementingUnit: '绥化市植保植检站' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 5_600_000, annualBudget: 5_600_000, executed: 5_488_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 5_600_000, annualBudget: 5_600_000, executed: 5_488_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [{ name: '统防统治作业面积', target: v('>=', 120, '万亩'), actual: v(null, 126.5, '万亩'), weight: 20, score: 20 }] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '重大病虫害防治处置率', target: v('>=', 90, '%'), actual: v(null, 93, '%'), weight: 15, score: 15 }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '防治作业及时率', target: v('>=', 95, '%'), actual: v(null, 96, '%'), weight: 10, score: 10 }] },
    { level1: '效益指标', level2: '经济效益指标', items: [{ name: '挽回粮食损失', target: v('>=', 3, '万吨'), actual: v(null, 3.4, '万吨'), weight: 15, score: 15 }] },
    { level1: '效益指标', level2: '社会效益指标', items: [{ name: '病虫危害损失率', target: v('<=', 5, '%'), actual: v(null, 4.2, '%'), weight: 15, score: 15 }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '种植户满意度', target: v('>=', 90, '%'), actual: v(null, 94, '%'), weight: 15, score: 15 }] },
  ],
  total: { weight: 100, score: 99.8, grade: '优' },
};

function twoTablesDoc(a: Project, b: Project): PrintedTable[] {
  const fa = a.funds!;
  return [
    {
      paragraphs: [a.title, '单位名称：绥化市农业农村局'], width: 5, columnWeights: [5, 6, 9, 6, 3],
      rows: rows(5, [
        [c('项目名称'), c(a.project.name!, { span: 'rest' })],
        [c('主管部门'), c(a.project.department!), c('实施单位'), c(a.project.implementingUnit!, { span: 'rest' })],
        [c('项目资金（万元）'), c(String(fa.rows[0]!.label)), c(money(fa.rows[0]!.annualBudget as number, '万元', false), { span: 'rest' })],
        [c('年度绩效目标'), c(a.goal!, { span: 'rest' })],
        TARGETS_HEADER,
        ...indicatorRows(a.groups, (it) => [c(it.name), c(printValue(it.target)), c(num(it.weight))]),
      ]),
    },
    {
      paragraphs: [b.title], width: 8, columnWeights: [5, 6, 7, 5, 5, 3, 3, 6],
      rows: rows(8, [
        ...selfEvaluationHead(b, (yuan) => money(yuan, '万元', false)),
        SELF_HEADER,
        ...indicatorRows(b.groups, selfEvaluationCells),
        totalRow(b, b.total!.grade!),
      ]),
    },
  ];
}

// ───────────────────────── 4. label-pairs: 海南 target table, pairs over 4 columns, 资金来源, split target ─────────────────────────

/** How the 指标性质 | 指标值 | 度量单位 cells print a target. */
function splitTarget(t: GoldenValue): [string, string, string] {
  if (t.text) return ['定性', t.text, ''];
  const sign: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };
  return [sign[t.comparator!]!, printNumber(t.number!), t.unit ?? ''];
}

const hainan: Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: {
    name: '农村人居环境整治提升项目', department: '海口市农业农村局', implementingUnit: '海口市乡村振兴服务中心',
    category: '特定目标类', attribute: '延续项目', period: '2025年1月至2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '财政拨款', annualBudget: 24_600_000 },
      { label: '其中：中央补助', annualBudget: 8_000_000 },
      { label: '省级补助', annualBudget: 10_600_000 },
      { label: '市级配套', annualBudget: 6_000_000 },
      { label: '其他资金', annualBudget: 1_400_000 },
    ],
  },
  goal: '新建农村生活垃圾转运设施35座，改造农村卫生厕所3200户，建设村庄生活污水处理设施48个，农村生活污水治理率达到45%以上，农村人居环境有效提升。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '农村生活垃圾转运设施新建数量', target: v('>=', 35, '座'), weight: 10 },
      { name: '农村卫生厕所改造户数', target: v('>=', 3200, '户'), weight: 10 },
      { name: '村庄生活污水处理设施建设数量', target: v('>=', 48, '个'), weight: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村卫生厕所改造验收合格率', target: v('=', 100, '%'), weight: 8 },
      { name: '生活污水处理设施出水达标率', target: v('>=', 90, '%'), weight: 7 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目建设任务按期完成率', target: v('=', 100, '%'), weight: 5 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '户厕改造户均补助标准', target: v('<=', 3500, '元/户'), weight: 5 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村人居环境', target: tx('有效提升'), weight: 15 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '农村生活污水治理率', target: v('>=', 45, '%'), weight: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '农村人居环境设施长效管护机制', target: tx('逐步健全'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '农村居民满意度', target: v('>=', 90, '%'), weight: 10 },
    ] },
  ],
  total: null,
};

function labelPairsDoc(p: Project): PrintedTable[] {
  const f = p.funds!;
  const pr = p.project;
  // 7 columns: 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重; header pairs: label | value (2) | label (2) | value (2)
  return [{
    paragraphs: [p.title], width: 7, columnWeights: [5, 6, 10, 4, 5, 4, 3],
    rows: rows(7, [
      [c('项目名称'), c(pr.name!, { span: 2 }), c('主管部门', { span: 2 }), c(pr.department!, { span: 'rest' })],
      [c('实施单位'), c(pr.implementingUnit!, { span: 2 }), c('项目负责人', { span: 2 }), c('陈海鹏', { span: 'rest' })],
      [c('项目类别'), c(pr.category!, { span: 2 }), c('项目属性', { span: 2 }), c(pr.attribute!, { span: 'rest' })],
      [c('实施期限'), c(pr.period!, { span: 2 }), c('联系电话', { span: 2 }), c('0898-68723516', { span: 'rest' })],
      [c('项目资金（万元）', { rowSpan: f.rows.length + 1 }), h('资金来源', { span: 2 }), h('年度资金总额', { span: 'rest' })],
      ...f.rows.map((r) => [c(String(r.label), { span: 2 }), c(money(r.annualBudget as number, '万元'), { span: 'rest' })]),
      [c('年度绩效目标'), c(p.goal!, { span: 'rest' })],
      [h('一级指标'), h('二级指标'), h('三级指标'), h('指标性质'), h('指标值'), h('度量单位'), h('权重')],
      ...indicatorRows(p.groups, (it) => [c(it.name), ...splitTarget(it.target!).map((s) => c(s)), c(num(it.weight))]),
    ]),
  }];
}

// ───────────────────────── write ─────────────────────────

interface NewProbe { stem: string; projects: Project[]; docx: () => Promise<Buffer>; notes: string[] }

const probes: NewProbe[] = [
  { stem: 'probe-r5-pdf-liaoning-heating-2025-targets-three-pages', projects: [liaoning],
    docx: () => renderDocx(threePagesDoc(liaoning), { pageHeader: '沈阳市城乡建设局', pageNumbers: true, leftCaptions: true }),
    notes: [
      '辽宁 style 项目支出绩效目标表, A4 portrait: header fields and funds as one table, the indicator block joined under it as a second table whose column header row repeats on pages 2 and 3; an 指标解释及计算公式 prose column makes the rows tall, so the block runs over three pages and 一级/二级 cells stay merged across the page breaks.',
      'Every page carries a page header line "沈阳市城乡建设局" (Word page header) and a footer "第 X 页 共 3 页": neither is table content.',
      'Caption "填报单位（盖章）：沈阳市城乡建设局 … 单位：万元": not a project field; the unit 万元 from it. Funds: 年度资金总额 / 其中：财政拨款 / 其他资金, one amount each → annualBudget.',
      '项目属性 → attribute, 实施期限 → period. 主体工程完工时间 "2025年9月30日" → date. 指标解释 not scored.',
    ] },
  { stem: 'probe-r5-pdf-shanxi-subsidence-2023-self-evaluation-wrapped-amounts', projects: [shanxi],
    docx: () => renderDocx(wrappedAmountsDoc(shanxi)),
    notes: [
      '山西 style 自评表, A4 portrait, 9 columns: very long 三级 names (wrapped over 2–3 lines, one name each), 偏差原因分析 prose over 3–5 lines.',
      'Funds in 元 (block label 项目资金（元）) with thousands separators and two decimals ("18,437,926.47") in columns narrower than the amount, so amounts wrap inside their cells; a 结余 column → balance; dashes in the 分值/执行率/得分 cells of the sub-rows are null.',
      'Total from the 总分 row (100, 96.58) with the grade 优 in its last cell. Goals and the signature line under the table are not scored.',
      'Target "≥15个百分点" → unit 个百分点; 时效 target/actual dates.',
    ] },
  { stem: 'probe-r5-pdf-heilongjiang-agriculture-2025-two-tables-one-page', projects: [heilongjiangA, heilongjiangB],
    docx: () => renderDocx(twoTablesDoc(heilongjiangA, heilongjiangB)),
    notes: [
      '黑龙江 style: two project tables printed one after the other on one page, each under its own title: a 2025年项目支出绩效目标表 (project A, 6 indicators) then a 2024年度项目支出绩效自评表 (project B, 6 indicators). Two tables; the year of each from its own title.',
      'The caption "单位名称：绥化市农业农村局" under the first title is not a project field (budgetUnit null); department from 主管部门 inside each table.',
      'Table A funds: 项目资金（万元） | 年度资金总额 | 3280.00 → annualBudget. Table B: grade 优 in the 总分 row.',
    ] },
  { stem: 'probe-r5-pdf-hainan-rural-living-2025-targets-label-pairs', projects: [hainan],
    docx: () => renderDocx(labelPairsDoc(hainan)),
    notes: [
      '海南 style 绩效目标表: header fields as label|value pairs over four columns (项目名称 | … | 主管部门 | …); 项目负责人 and 联系电话 have no field. 项目类别 → category, 项目属性 → attribute, 实施期限 → period.',
      'Funds block 项目资金（万元）: 资金来源 rows 财政拨款 / 其中：中央补助 / 省级补助 / 市级配套 / 其他资金 under a single 年度资金总额 column → annualBudget each, labels as printed; no total line is printed.',
      'Indicator block 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位 | 权重: "≥" | "95" | "%" → {">=", 95, "%"}; "定性" | "有效提升" | "" → text. 权重 → weight (sums to 100). No total row.',
    ] },
];

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-probe-pdf-r5-'));
  try {
    mkdirSync(join(work, 'docx'));
    for (const p of probes) writeFileSync(join(work, 'docx', `${p.stem}.docx`), await p.docx());
    soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...probes.map((p) => join(work, 'docx', `${p.stem}.docx`))], work);
    for (const p of probes) keepProbe(work, GENERATOR, p);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${probes.length} PDFs to samples/probe\n`);
}

await main();
