/**
 * Multi-table / page-flow probes, round 15 (samples/probe/probe-r15-multi-*): how tables sit in real published
 * documents, five documents written here by hand:
 *    1. xingtai (河北 邢台 信都区农业农村局, PDF): a 2024 部门决算 excerpt — a prose paragraph, then THREE 项目支出绩效自评表
 *       flowing one after another, each starting mid-page right under the previous one; the second breaks across
 *       the page inside its 产出指标 block (inside its 数量指标 group): the 一级 merged cell is split over the two
 *       pages, its label printed in the page-2 fragment (where the middle of the merged cell falls), the 二级 label in
 *       the page-1 fragment; the column header is NOT repeated on page 2;
 *    2. changde (湖南 常德 澧县财政局, PDF): one long 自评表 over two pages with the column header repeated on page 2
 *       (Word "repeat header row"), the break inside the 时效指标 group (merged 一级 / 二级 labels on page 1 only,
 *       empty continuation cells on page 2), a running page header "澧县财政局 2024年度项目支出绩效自评报告" and
 *       footers "— 3 —" / "— 4 —";
 *    3. shangrao (江西 上饶 广信区教育体育局, DOCX): a 2025 部门预算 with 4 项目支出绩效目标表, each preceded by a
 *       paragraph "项目名称：XXX" — the name is NOT inside the table; one section heading names the family for all four;
 *    4. bozhou (安徽 亳州 谯城区卫生健康委员会, HTML): a web page publishing 3 绩效目标表 whose label and header cells are
 *       <th>, one table with an empty spacer column (a leftover grid column of the Word original) and a 分值 column,
 *       and "注：…" paragraphs with numbers between the tables;
 *    5. jingzhou (湖北 荆州 公安县文化和旅游局, PDF): a 自评表 whose indicator block continues on the next page in a new
 *       table under a one-line caption "（续表）", the column header repeated and the 一级 / 二级 labels re-typed.
 * PDFs are HTML laid out page by page (fixed A4 page boxes, the split placed by hand) and printed by Chromium; the
 * generator refuses a page whose content overflows its box. Goldens (golden/<file>.golden.json) are written from
 * the same hand-written content, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-multi-r15.ts [1 2 3 4 5]   # needs chromium, pdftotext, WenQuanYi Micro Hei
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';
import { bodyCell as c, builtRows, headerCell as h, type CellSpec, type PrintedCell } from './table-builder.js';
import { buildZip } from './zip-writer.js';

const GENERATOR = 'scripts/samples/make-probe-multi-r15.ts';

const it = (name: string, target: Item['target'], actual: Item['actual'], weight: number, score: number, why?: string): Item =>
  ({ name, target, actual, weight, score, ...(why ? { why } : {}) });
const tg = (name: string, target: Item['target'], weight: number | null = null): Item => ({ name, target, weight });

// ───────────────────────── content: 1. 邢台 信都区农业农村局 2024 决算, three 自评表 ─────────────────────────

const XT_DEPT = '邢台市信都区农业农村局';

const xtA: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '重大动物疫病防控经费', department: XT_DEPT, implementingUnit: '信都区动物疫病预防控制中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', initialBudget: 1_860_000, annualBudget: 1_924_000, executed: 1_885_500, weight: 10, executionRate: 98, score: 9.8 },
    { label: '其中：财政拨款', initialBudget: 1_500_000, annualBudget: 1_500_000, executed: 1_461_500, weight: null, executionRate: null, score: null },
    { label: '上级补助', initialBudget: 360_000, annualBudget: 424_000, executed: 424_000, weight: null, executionRate: null, score: null },
  ] },
  goal: '完成口蹄疫、高致病性禽流感等重大动物疫病春秋两季集中免疫和常年补针，应免畜禽免疫密度保持在90%以上，开展疫病监测和流行病学调查，全年不发生区域性重大动物疫情。',
  achieved: '全年免疫口蹄疫42.6万头，监测采样6320份，免疫密度96.2%，抗体合格率82.5%，全区未发生区域性重大动物疫情。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('口蹄疫强制免疫数量', v('>=', 42, '万头'), v(null, 42.6, '万头'), 10, 10),
      it('动物疫病监测采样', v('>=', 6000, '份'), v(null, 6320, '份'), 10, 10),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('应免畜禽免疫密度', v('>=', 90, '%'), v(null, 96.2, '%'), 10, 10),
      it('免疫抗体合格率', v('>=', 70, '%'), v(null, 82.5, '%'), 10, 10),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [it('春季集中免疫完成时间', dt('2024-05-31'), dt('2024-05-25'), 5, 5)] },
    { level1: '产出指标', level2: '成本指标', items: [it('疫苗采购成本', v('<=', 96, '万元'), v(null, 94.3, '万元'), 5, 5)] },
    { level1: '效益指标', level2: '社会效益指标', items: [it('区域性重大动物疫情发生次数', v('=', 0, '次'), v(null, 0, '次'), 20, 20)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [it('动物防疫体系运行', tx('持续稳定'), tx('持续稳定'), 10, 10)] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [it('养殖场户满意度', v('>=', 90, '%'), v(null, 93.6, '%'), 10, 10)] },
  ],
  total: { weight: 100, score: 99.8, grade: '优' },
};

const xtB: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '农村人居环境整治提升（户厕改造）项目', department: XT_DEPT, implementingUnit: '信都区农村社会事业促进中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', initialBudget: 5_200_000, annualBudget: 5_600_000, executed: 5_312_000, weight: 10, executionRate: 94.86, score: 9.49 },
    { label: '其中：财政拨款', initialBudget: 4_000_000, annualBudget: 4_000_000, executed: 3_712_000, weight: null, executionRate: null, score: null },
    { label: '上级补助', initialBudget: 1_200_000, annualBudget: 1_600_000, executed: 1_600_000, weight: null, executionRate: null, score: null },
  ] },
  goal: '改造农村户用卫生厕所3200户，新建村级公厕24座，配备粪污抽运车辆12辆，建设粪污集中处理站3处，农村人居环境明显改善。',
  achieved: '完成户厕改造3118户，新建公厕24座，配备抽运车辆12辆，建成处理站3处；82户因村庄搬迁规划调整暂缓实施。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('改造农村户用卫生厕所', v('>=', 3200, '户'), v(null, 3118, '户'), 8, 7.8, '2个村因整村搬迁规划调整暂缓实施82户，已纳入2025年计划'),
      it('新建村级公厕', v('>=', 24, '座'), v(null, 24, '座'), 6, 6),
      it('配备粪污抽运车辆', v('>=', 12, '辆'), v(null, 12, '辆'), 5, 5),
      it('建设粪污集中处理站', v('>=', 3, '处'), v(null, 3, '处'), 5, 5),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('改厕验收合格率', v('>=', 95, '%'), v(null, 97.3, '%'), 6, 6),
      it('问题厕所整改销号率', v('=', 100, '%'), v(null, 100, '%'), 6, 6),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [it('改厕任务完成时间', tx('2024年10月底前'), dt('2024-11-20'), 7, 5.6, '受汛期降雨影响，部分村施工顺延')] },
    { level1: '产出指标', level2: '成本指标', items: [it('户均改厕财政补助标准', v('<=', 1200, '元/户'), v(null, 1200, '元/户'), 7, 7)] },
    { level1: '效益指标', level2: '社会效益指标', items: [it('农村人居环境', tx('明显改善'), tx('明显改善'), 10, 10)] },
    { level1: '效益指标', level2: '生态效益指标', items: [it('粪污资源化利用率', v('>=', 80, '%'), v(null, 83.5, '%'), 10, 10)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [it('改厕后续管护机制', tx('长效运行'), tx('基本建立'), 10, 8, '部分村管护员未落实到位，2025年将管护经费纳入村级运转经费')] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [it('受益农户满意度', v('>=', 90, '%'), v(null, 91.8, '%'), 10, 10)] },
  ],
  total: { weight: 100, score: 95.89, grade: '优' },
};

const xtC: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '基层农技推广体系改革与建设补助项目', department: XT_DEPT, implementingUnit: '信都区农业技术推广中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', initialBudget: 680_000, annualBudget: 680_000, executed: 680_000, weight: 10, executionRate: 100, score: 10 },
    { label: '其中：中央补助资金', initialBudget: 680_000, annualBudget: 680_000, executed: 680_000, weight: null, executionRate: null, score: null },
  ] },
  goal: '培育农业科技示范主体180户以上，建设农业科技示范展示基地4个，主推技术到位率95%以上，提升基层农技人员服务能力。',
  achieved: '培育示范主体185户，建成示范展示基地4个，主推技术到位率96.5%，示范主体亩均节本增效6.8%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('培育农业科技示范主体', v('>=', 180, '户'), v(null, 185, '户'), 10, 10),
      it('建设农业科技示范展示基地', v('>=', 4, '个'), v(null, 4, '个'), 10, 10),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [it('主推技术到位率', v('>=', 95, '%'), v(null, 96.5, '%'), 10, 10)] },
    { level1: '产出指标', level2: '时效指标', items: [it('补助资金兑付时间', tx('2024年12月31日前'), dt('2024-12-18'), 10, 10)] },
    { level1: '产出指标', level2: '成本指标', items: [it('示范主体户均补助', v('<=', 2000, '元/户'), v(null, 2000, '元/户'), 10, 10)] },
    { level1: '效益指标', level2: '经济效益指标', items: [it('示范主体亩均节本增效', v('>=', 5, '%'), v(null, 6.8, '%'), 15, 15)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [it('农技人员服务能力', tx('稳步提升'), tx('稳步提升'), 15, 15)] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [it('示范主体满意度', v('>=', 90, '%'), v(null, 95.2, '%'), 10, 10)] },
  ],
  total: { weight: 100, score: 100, grade: '优' },
};

// ───────────────────────── content: 2. 常德 澧县财政局, one long 自评表 ─────────────────────────

const changde: Project = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: { name: '乡镇财政所规范化建设及村级财务代理服务经费', department: '澧县财政局', implementingUnit: '澧县乡镇财政管理服务中心' },
  funds: { publishedUnit: '万元', rows: [
    { label: '年度资金总额', initialBudget: 2_450_000, annualBudget: 2_685_000, executed: 2_597_300, weight: 10, executionRate: 96.73, score: 9.67 },
    { label: '其中：本级安排', initialBudget: 2_450_000, annualBudget: 2_450_000, executed: 2_362_300, weight: null, executionRate: null, score: null },
    { label: '上年结转', initialBudget: null, annualBudget: 235_000, executed: 235_000, weight: null, executionRate: null, score: null },
  ] },
  goal: '推进全县15个乡镇财政所规范化建设，对262个村（社区）实行村级财务委托代理记账，开展乡镇财政干部业务培训4期，村级会计凭证审核合格率达到98%以上，健全乡镇财政管理长效机制，提升村级财务管理规范化水平。',
  achieved: '15个乡镇财政所全部通过规范化建设验收，262个村（社区）全部纳入代理记账，举办培训3期（1期并入省厅线上培训），凭证审核合格率98.6%，村级“三资”违规违纪资金较上年下降18.6%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('规范化建设达标乡镇财政所', v('>=', 15, '个'), v(null, 15, '个'), 6, 6),
      it('代理村级财务核算村（社区）数', v('>=', 262, '个'), v(null, 262, '个'), 6, 6),
      it('开展乡镇财政干部业务培训', v('>=', 4, '期'), v(null, 3, '期'), 5, 3.75,
        '受全省财政系统集中轮训安排影响，第四期培训并入省厅线上培训，未单独组织；2025年将培训计划与省市安排提前衔接，确保按期完成。'),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('村级会计凭证审核合格率', v('>=', 98, '%'), v(null, 98.6, '%'), 6, 6),
      it('财政所内控制度覆盖率', v('=', 100, '%'), v(null, 100, '%'), 6, 6),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('代理记账月度结账及时率', v('>=', 95, '%'), v(null, 93.2, '%'), 6, 5.5,
        '部分村（社区）报账员更换频繁、原始票据报送滞后，导致个别月份结账延迟；已推行电子报账系统并实行月度通报，2025年二季度前实现全覆盖。'),
      it('项目资金拨付时间', tx('2024年11月30日前'), dt('2024-12-26'), 5, 3,
        '上级结转资金到位较晚，部分财政所设备采购合同验收后才支付尾款；今后将提前启动政府采购程序，避免年底集中支付。'),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [it('乡镇财政所规范化建设所均补助', v('<=', 12, '万元'), v(null, 11.6, '万元'), 10, 10)] },
    { level1: '效益指标', level2: '经济效益指标', items: [it('村级“三资”违规违纪资金', tx('较上年下降'), tx('下降18.6%'), 10, 10)] },
    { level1: '效益指标', level2: '社会效益指标', items: [it('村级财务公开及时率', v('>=', 95, '%'), v(null, 96.4, '%'), 10, 10)] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('乡镇财政管理长效机制', tx('逐步健全'), tx('逐步健全'), 10, 9, '部分财政所人员编制不足、一人多岗现象仍存在，长效机制需进一步完善；将商请编制部门充实财政所力量。'),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [it('村（社区）干部群众满意度', v('>=', 90, '%'), v(null, 92.5, '%'), 10, 10)] },
  ],
  total: { weight: 100, score: 94.92, grade: '优' },
};

// ───────────────────────── content: 3. 上饶 广信区教育体育局 2025 预算, four 目标表 ─────────────────────────

const SR_DEPT = '上饶市广信区教育体育局';
const srTarget = (name: string, unit: string, money: [string, number][], goal: string, groups: Group[]): Project => ({
  kind: 'project-targets', title: '2025年项目支出绩效目标表', year: 2025,
  project: { name, department: SR_DEPT, implementingUnit: unit },
  funds: { publishedUnit: '万元', rows: money.map(([label, yuan]) => ({ label, annualBudget: yuan })) },
  goal, groups, total: null,
});

const shangrao: Project[] = [
  srTarget('义务教育学校校舍维修改造', '广信区学校建设管理中心', [['年度资金总额', 8_500_000], ['其中：财政拨款', 6_500_000], ['其他资金', 2_000_000]],
    '对全区18所义务教育学校实施校舍维修改造12000平方米，消除校舍安全隐患，改善办学条件。', [
      { level1: '产出指标', level2: '数量指标', items: [tg('维修改造校舍面积', v('>=', 12000, '平方米')), tg('维修改造学校数量', v('>=', 18, '所'))] },
      { level1: '产出指标', level2: '质量指标', items: [tg('工程验收合格率', v('=', 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('工程完工时间', tx('2025年8月31日前'))] },
      { level1: '产出指标', level2: '成本指标', items: [tg('校舍维修单位造价', v('<=', 650, '元/平方米'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('校园安全隐患', tx('有效消除'))] },
      { level1: '效益指标', level2: '可持续影响指标', items: [tg('维修后校舍使用年限', v('>=', 15, '年'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('师生及家长满意度', v('>=', 90, '%'))] },
    ]),
  srTarget('学生资助补助经费', '广信区学生资助管理中心', [['年度资金总额', 12_364_000], ['其中：财政拨款', 12_364_000], ['其他资金', 0]],
    '落实各学段家庭经济困难学生资助政策和农村义务教育学生营养改善计划，确保不让一个学生因家庭经济困难而失学。', [
      { level1: '产出指标', level2: '数量指标', items: [tg('资助家庭经济困难学生人数', v('>=', 5800, '人次')), tg('营养改善计划受益学生', v('>=', 21000, '人'))] },
      { level1: '产出指标', level2: '质量指标', items: [tg('资助对象认定准确率', v('=', 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('资助资金发放时间', tx('按学期及时发放'))] },
      { level1: '产出指标', level2: '成本指标', items: [tg('营养膳食补助标准', v('=', 5, '元/生·天'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('因贫失学辍学学生', v('=', 0, '人'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('受助学生满意度', v('>=', 95, '%'))] },
    ]),
  srTarget('中小学教师培训经费', '广信区教师发展中心', [['年度资金总额', 960_000], ['其中：财政拨款', 960_000], ['其他资金', 0]],
    '组织全区中小学教师开展全员培训和骨干教师专项培训3200人次，提升教师专业素养和教育教学能力。', [
      { level1: '产出指标', level2: '数量指标', items: [tg('教师培训人次', v('>=', 3200, '人次'))] },
      { level1: '产出指标', level2: '质量指标', items: [tg('培训合格率', v('>=', 98, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('培训完成时间', dt('2025-12-31'))] },
      { level1: '产出指标', level2: '成本指标', items: [tg('人均培训成本', v('<=', 300, '元/人次'))] },
      { level1: '效益指标', level2: '可持续影响指标', items: [tg('教师专业素养', tx('稳步提升'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('参训教师满意度', v('>=', 90, '%'))] },
    ]),
  srTarget('智慧校园建设项目', '广信区电化教育馆', [['年度资金总额', 4_200_000], ['其中：财政拨款', 3_000_000], ['其他资金', 1_200_000]],
    '新建智慧教室60间，为教师配备教学终端600台，推进优质数字教育资源覆盖全区40所学校。', [
      { level1: '产出指标', level2: '数量指标', items: [tg('新建智慧教室', v('>=', 60, '间')), tg('配备教师教学终端', v('>=', 600, '台'))] },
      { level1: '产出指标', level2: '质量指标', items: [tg('设备验收合格率', v('=', 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('项目建设完成时间', dt('2025-09'))] },
      { level1: '产出指标', level2: '成本指标', items: [tg('智慧教室单间建设成本', v('<=', 5.5, '万元'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('优质教育资源覆盖学校', v('>=', 40, '所'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('师生满意度', v('>=', 90, '%'))] },
    ]),
];

// ───────────────────────── content: 4. 亳州 谯城区卫生健康委员会 2025, three 目标表 on a web page ─────────────────────────

const BZ_DEPT = '亳州市谯城区卫生健康委员会';
const bozhou: Project[] = [
  {
    kind: 'project-targets', title: '谯城区卫生健康委员会2025年项目支出绩效目标表', year: 2025,
    project: { name: '基本公共卫生服务项目', department: BZ_DEPT, implementingUnit: '谯城区各乡镇卫生院、社区卫生服务中心' },
    funds: { publishedUnit: '万元', rows: [
      { label: '年度资金总额', annualBudget: 28_600_000 }, { label: '其中：中央补助', annualBudget: 19_800_000 },
      { label: '省级补助', annualBudget: 5_200_000 }, { label: '区级配套', annualBudget: 3_600_000 },
    ] },
    goal: '为辖区常住居民免费提供居民健康档案管理、健康教育、预防接种、老年人和慢性病患者健康管理等国家基本公共卫生服务。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        tg('居民电子健康档案建档率', v('>=', 90, '%')), tg('65岁及以上老年人健康管理人数', v('>=', 6.2, '万人')), tg('0-6岁儿童健康管理率', v('>=', 90, '%')),
      ] },
      { level1: '产出指标', level2: '质量指标', items: [tg('高血压患者规范管理率', v('>=', 65, '%')), tg('2型糖尿病患者规范管理率', v('>=', 65, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('资金拨付时间', tx('按季度拨付'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('城乡居民公共卫生服务差距', tx('逐步缩小'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('居民满意度', v('>=', 85, '%'))] },
    ],
    total: null,
  },
  {
    kind: 'project-targets', title: '谯城区卫生健康委员会2025年项目支出绩效目标表', year: 2025,
    project: { name: '计划生育家庭奖励扶助和特别扶助', department: BZ_DEPT, implementingUnit: '谯城区计划生育协会' },
    funds: { publishedUnit: '万元', rows: [
      { label: '年度资金总额', annualBudget: 11_526_000 }, { label: '其中：中央补助', annualBudget: 6_400_000 },
      { label: '省级补助', annualBudget: 3_840_000 }, { label: '区级配套', annualBudget: 1_286_000 },
    ] },
    goal: '按时足额发放农村部分计划生育家庭奖励扶助金和计划生育特别扶助金，保障计划生育家庭基本生活。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [tg('农村部分计划生育家庭奖励扶助人数', v('>=', 9600, '人'), 20), tg('计划生育特别扶助人数', v('>=', 1350, '人'), 15)] },
      { level1: '产出指标', level2: '质量指标', items: [tg('扶助对象资格确认准确率', v('=', 100, '%'), 15)] },
      { level1: '产出指标', level2: '时效指标', items: [tg('扶助资金发放时间', tx('2025年6月30日前'), 10)] },
      { level1: '产出指标', level2: '成本指标', items: [tg('奖励扶助标准', v('=', 80, '元/人·月'), 10)] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('计生家庭生活保障水平', tx('稳步提高'), 20)] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('扶助对象满意度', v('>=', 95, '%'), 10)] },
    ],
    total: null,
  },
  {
    kind: 'project-targets', title: '谯城区卫生健康委员会2025年项目支出绩效目标表', year: 2025,
    project: { name: '乡镇卫生院医疗设备购置', department: BZ_DEPT, implementingUnit: '谯城区卫生健康委员会' },
    funds: { publishedUnit: '万元', rows: [
      { label: '年度资金总额', annualBudget: 6_800_000 }, { label: '其中：区级财政资金', annualBudget: 4_800_000 }, { label: '上级补助', annualBudget: 2_000_000 },
    ] },
    goal: '为12所乡镇卫生院购置DR、彩超、全自动生化分析仪等医疗设备86台（套），提升基层医疗卫生机构服务能力。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [tg('购置医疗设备', v('>=', 86, '台（套）')), tg('受益乡镇卫生院', v('>=', 12, '所'))] },
      { level1: '产出指标', level2: '质量指标', items: [tg('设备验收合格率', v('=', 100, '%'))] },
      { level1: '产出指标', level2: '时效指标', items: [tg('设备安装调试完成时间', dt('2025-10-31'))] },
      { level1: '效益指标', level2: '社会效益指标', items: [tg('乡镇卫生院诊疗人次增长率', v('>=', 8, '%'))] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [tg('患者满意度', v('>=', 90, '%'))] },
    ],
    total: null,
  },
];

// ───────────────────────── content: 5. 荆州 公安县文化和旅游局, 自评表 with （续表） ─────────────────────────

const jingzhou: Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '乡镇综合文化站免费开放及公共文化服务提升', department: '公安县文化和旅游局', implementingUnit: '公安县文化馆' },
  funds: { publishedUnit: '元', rows: [
    { label: '年度资金总额', initialBudget: 1_380_000, annualBudget: 1_452_000, executed: 1_418_640, weight: 10, executionRate: 97.7, score: 9.77 },
    { label: '其中：中央补助', initialBudget: 960_000, annualBudget: 960_000, executed: 960_000, weight: null, executionRate: null, score: null },
    { label: '省级补助', initialBudget: 240_000, annualBudget: 240_000, executed: 240_000, weight: null, executionRate: null, score: null },
    { label: '县级财政资金', initialBudget: 180_000, annualBudget: 252_000, executed: 218_640, weight: null, executionRate: null, score: null },
  ] },
  goal: '保障全县16个乡镇综合文化站免费开放，开展群众性文化活动320场次以上，送戏下乡120场，群众文化活动参与18万人次以上。',
  achieved: '16个文化站全部免费开放，开展群众性文化活动346场次、送戏下乡124场，参与群众19.6万人次，群众满意度94.1%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      it('乡镇综合文化站免费开放', v('>=', 16, '个'), v(null, 16, '个'), 6, 6),
      it('开展群众性文化活动', v('>=', 320, '场次'), v(null, 346, '场次'), 6, 6),
      it('送戏下乡演出', v('>=', 120, '场'), v(null, 124, '场'), 6, 6),
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      it('文化站年度绩效评估合格率', v('>=', 95, '%'), v(null, 100, '%'), 6, 6),
      it('文化活动安全事故发生次数', v('=', 0, '次'), v(null, 0, '次'), 6, 6),
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      it('文化站每周免费开放时间', v('>=', 42, '小时'), v(null, 42, '小时'), 6, 6),
      it('资金拨付及时率', v('=', 100, '%'), v(null, 100, '%'), 7, 7),
    ] },
    { level1: '产出指标', level2: '成本指标', items: [it('送戏下乡场均补助', v('<=', 3000, '元/场'), v(null, 3000, '元/场'), 7, 7)] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      it('群众文化活动参与人次', v('>=', 18, '万人次'), v(null, 19.6, '万人次'), 10, 10),
      it('基层公共文化服务覆盖面', tx('稳步扩大'), tx('稳步扩大'), 10, 10),
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      it('公共文化服务长效运行机制', tx('持续健全'), tx('基本健全'), 10, 9, '个别文化站专职人员不足，由乡镇综合服务中心人员兼任；2025年争取增设公益性岗位'),
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [it('群众满意度', v('>=', 90, '%'), v(null, 94.1, '%'), 10, 10)] },
  ],
  total: { weight: 100, score: 98.77, grade: '优' },
};

// ───────────────────────── content checks ─────────────────────────

for (const p of [xtA, xtB, xtC, changde, jingzhou, ...shangrao, ...bozhou]) {
  const items = p.groups.flatMap((g) => g.items);
  if (items.length < 6 || items.length > 12) throw new Error(`${p.project.name}: ${items.length} indicators`);
  const round2 = (x: number) => Math.round(x * 100) / 100;
  if (p.kind === 'project-self-evaluation' || items.some((x) => x.weight != null)) {
    const weights = items.reduce((a, x) => a + (x.weight ?? 0), 0) + Number(p.funds?.rows[0]?.weight ?? 0);
    if (weights !== 100) throw new Error(`${p.project.name}: weights add up to ${weights}`);
  }
  if (p.total) {
    const score = round2(items.reduce((a, x) => a + (x.score ?? 0), 0) + Number(p.funds?.rows[0]?.score ?? 0));
    if (Math.abs(score - p.total.score!) > 1e-6) throw new Error(`${p.project.name}: scores add up to ${score}`);
  }
  const f = p.funds!.rows;
  for (const key of ['initialBudget', 'annualBudget', 'executed']) {
    if (f[0]![key] == null) continue;
    const sum = f.slice(1).reduce((a, r) => a + Number(r[key] ?? 0), 0);
    if (sum !== f[0]![key]) throw new Error(`${p.project.name}: ${key} adds up to ${sum}`);
  }
  if (f[0]!.executed != null) {
    const rate = Math.round((10_000 * Number(f[0]!.executed)) / Number(f[0]!.annualBudget)) / 100;
    if (Math.abs(rate - Number(f[0]!.executionRate)) > 0.006) throw new Error(`${p.project.name}: rate ${rate}`);
    if (Math.abs(round2(rate / 10) - Number(f[0]!.score)) > 0.006) throw new Error(`${p.project.name}: rate score ${f[0]!.score}`);
  }
}

// ───────────────────────── printing helpers ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (x: unknown) => (x == null ? '' : String(Number((x as number).toFixed(6))));
/** Money in the table's unit: 万元 with two decimals (192.40), 元 with thousands separators (1,452,000.00). */
const money = (unit: '元' | '万元') => (yuan: unknown): string => {
  if (yuan == null) return '';
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return unit === '万元' ? n.toFixed(2) : n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
};
const rate = (x: unknown) => (x == null ? '' : `${(x as number).toFixed(2)}%`);

const SELF_HEAD = (): CellSpec[] => [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')];
const selfCells = (x: Item): CellSpec[] => [c(x.name), c(printValue(x.target)), c(printValue(x.actual ?? null)), c(num(x.weight)), c(num(x.score)), c(x.why ?? '')];

/** The head of an 8-column 自评表: name, units (and extra rows), the funds block. */
function selfHead(p: Project, extra: CellSpec[][] = []): CellSpec[][] {
  const f = p.funds!;
  const m = money(f.publishedUnit);
  return [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 2 }), c('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    ...extra,
    [c(`项目资金（${f.publishedUnit}）`, { rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(m(r.initialBudget)), c(m(r.annualBudget)), c(m(r.executed)), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
  ];
}

const goalRows = (p: Project): CellSpec[][] => [
  [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
  [c(p.goal!, { span: 3 }), c(p.achieved!, { span: 'rest' })],
];
const totalRow = (p: Project): CellSpec[] => [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(`自评等级：${p.total!.grade}`)];

/** One indicator row with the blocks it sits in. */
interface Flat { item: Item; l1: string; l1s: number; l1e: number; l2: string; l2s: number; l2e: number }
function flatten(groups: Group[]): Flat[] {
  const out: Flat[] = [];
  const l1s = [...new Set(groups.map((g) => g.level1))];
  for (const l1 of l1s) {
    const gs = groups.filter((g) => g.level1 === l1);
    const start = out.length;
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    for (const g of gs) {
      const s2 = out.length;
      for (const item of g.items) out.push({ item, l1, l1s: start, l1e: start + n, l2: g.level2, l2s: s2, l2e: s2 + g.items.length });
    }
  }
  return out;
}

/**
 * Indicator rows [a, b) of a block broken across pages. Where a merged 一级 / 二级 cell is cut, `label` says which
 * fragment prints its text: 'first' (Word: the fragment holding the block's first row), 'middle' (Chromium /
 * LibreOffice centring: the fragment holding the block's middle row), 'repeat' (re-typed in every fragment).
 */
function indicatorPart(flat: Flat[], a: number, b: number, label: 'first' | 'middle' | 'repeat', cells: (x: Item) => CellSpec[]): CellSpec[][] {
  const shows = (s: number, e: number) => {
    if (label === 'repeat') return true;
    const at = label === 'first' ? s : Math.floor((s + e - 1) / 2);
    return at >= a && at < b;
  };
  return flat.slice(a, b).map((r, k) => {
    const i = a + k;
    const row: CellSpec[] = [];
    if (i === r.l1s || i === a) row.push(c(shows(r.l1s, r.l1e) ? r.l1 : '', { rowSpan: Math.min(r.l1e, b) - i }));
    if (i === r.l2s || i === a) row.push(c(shows(r.l2s, r.l2e) ? r.l2 : '', { rowSpan: Math.min(r.l2e, b) - i }));
    return [...row, ...cells(r.item)];
  });
}

/** Rows of printed cells as HTML. */
function rowsHtml(rows: PrintedCell[][], thFor: (cell: PrintedCell) => boolean = (cell) => cell.header, cls?: (cell: PrintedCell) => string): string {
  return rows.map((cells) => `<tr>${cells.map((cell) => {
    const tag = thFor(cell) ? 'th' : 'td';
    const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
    const klass = cls?.(cell) ?? (cell.text.length > 24 ? 'l' : '');
    return `<${tag}${spans}${klass ? ` class="${klass}"` : ''}>${esc(cell.text)}</${tag}>`;
  }).join('')}</tr>`).join('\n');
}

const colgroup = (weights: number[]) => {
  const sum = weights.reduce((a, b) => a + b, 0);
  return `<colgroup>${weights.map((w) => `<col style="width:${((100 * w) / sum).toFixed(2)}%">`).join('')}</colgroup>`;
};

/** Pages laid out by hand: fixed A4 boxes; a box whose content overflows gets an OVERFLOW marker the generator refuses. */
const pagedDoc = (title: string, css: string, pages: string[]) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
@page{size:A4;margin:0}
body{font-family:"WenQuanYi Micro Hei",sans-serif;margin:0;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
div.pg{position:relative;width:210mm;height:296.5mm;box-sizing:border-box;padding:20mm 16mm 20mm 16mm;overflow:hidden;page-break-after:always}
div.pg:last-child{page-break-after:auto}
div.body{height:100%;overflow:hidden}
h1{font-size:15pt;text-align:center;margin:0 0 2pt 0;font-weight:bold}
p.sub{text-align:center;margin:0 0 3pt 0;font-size:10.5pt}
p.cap{margin:0 0 3pt 0;font-size:10pt}
p.cap span.r{float:right}
p.prose{font-size:11pt;line-height:1.75;text-indent:2em;margin:0 0 8pt 0;text-align:justify}
h2{font-size:12pt;margin:0 0 6pt 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{text-align:center;vertical-align:middle;border:0.6pt solid #000;padding:2pt 2.5pt;word-break:break-all;font-weight:normal;font-size:9pt;line-height:1.35}
th{font-weight:bold}
td.l{text-align:left}
div.head{position:absolute;top:9mm;left:16mm;right:16mm;font-size:9pt;border-bottom:0.6pt solid #000;padding-bottom:1.5mm;text-align:center}
div.foot{position:absolute;bottom:9mm;left:0;right:0;text-align:center;font-size:10.5pt}
${css}
</style></head><body>
${pages.map((p) => `<div class="pg">${p}</div>`).join('\n')}
<script>
for (const b of document.querySelectorAll('div.body')) if (b.scrollHeight > b.clientHeight + 1) b.insertAdjacentHTML('afterbegin', '<p>OVERFLOW' + (b.scrollHeight - b.clientHeight) + '</p>');
</script>
</body></html>`;

function chromiumPrint(html: string, pdf: string, work: string): void {
  const file = join(work, `page-${pdf.replace(/\W/g, '')}.html`);
  writeFileSync(file, html);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`,
    '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
  if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  if (text.includes('OVERFLOW') && !process.env.PROBE_NOCHECK) throw new Error(`${pdf}: a page overflows: ${/OVERFLOW\d+/.exec(text)?.[0]}`);
}

/** Chromium stamps the print time into the PDF: a fixed date of the same length keeps the output deterministic. */
function fixedDates(pdf: Buffer): Buffer {
  const s = pdf.toString('latin1').replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_m, k: string, d: string, tz: string) => `/${k} (D:${'20250318093000'.slice(0, d.length)}${tz.replace(/./g, (ch) => (/\d/.test(ch) ? '0' : ch))})`);
  return Buffer.from(s, 'latin1');
}

const tableHtml = (cols: number[], rows: PrintedCell[][]) => `<table>${colgroup(cols)}\n${rowsHtml(rows)}\n</table>`;

// ───────────────────────── 1. xingtai ─────────────────────────

const SELF_COLS = [5.2, 7, 11.5, 7.2, 7.2, 3.2, 4, 10.5];
/** A whole table's title block and rows, or a part of it: indicator rows [a, b) with or without the head / total. */
function selfTablePart(p: Project, o: { head: boolean; header: boolean; a: number; b: number; total: boolean; label: 'first' | 'middle' | 'repeat'; extra?: CellSpec[][] }): PrintedCell[][] {
  const flat = flatten(p.groups);
  return builtRows(8, [
    ...(o.head ? [...selfHead(p, o.extra), ...goalRows(p)] : []),
    ...(o.header ? [SELF_HEAD()] : []),
    ...indicatorPart(flat, o.a, o.b, o.label, selfCells),
    ...(o.total ? [totalRow(p)] : []),
  ]);
}
const count = (p: Project) => p.groups.reduce((a, g) => a + g.items.length, 0);

const XT_SPLIT = 3; // xtB: three indicator rows on page 1
function xingtaiHtml(): string {
  const title = (k: number, p: Project) => `<p class="cap" style="margin-top:${k === 1 ? 2 : 8}pt">附件3-${k}</p><h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位（盖章）：${esc(p.project.implementingUnit!)}<span class="r">单位：万元</span></p>`;
  const whole = (p: Project) => tableHtml(SELF_COLS, selfTablePart(p, { head: true, header: true, a: 0, b: count(p), total: true, label: 'middle' }));
  const page1 = `<div class="body">
<h2>三、预算绩效情况说明</h2>
<p class="prose">根据区财政局《关于开展2024年度区级预算项目绩效自评工作的通知》要求，我局组织对2024年度重大动物疫病防控经费、农村人居环境整治提升（户厕改造）项目、基层农技推广体系改革与建设补助项目等3个项目开展了绩效自评，涉及全年预算资金820.40万元，全年执行787.75万元，执行率96.02%。自评结果显示，3个项目自评等级均为“优”，平均得分98.56分。各项目绩效自评表附后。</p>
${title(1, xtA)}
${whole(xtA)}
${title(2, xtB)}
${tableHtml(SELF_COLS, selfTablePart(xtB, { head: true, header: true, a: 0, b: XT_SPLIT, total: false, label: 'middle' }))}
</div><div class="foot">— 12 —</div>`;
  const page2 = `<div class="body">
${tableHtml(SELF_COLS, selfTablePart(xtB, { head: false, header: false, a: XT_SPLIT, b: count(xtB), total: true, label: 'middle' }))}
${title(3, xtC)}
${whole(xtC)}
</div><div class="foot">— 13 —</div>`;
  return pagedDoc('邢台市信都区农业农村局2024年度部门决算', `div.pg{padding:13mm 14mm 15mm 14mm}
th,td{font-size:8.5pt;padding:1.1pt 2pt;line-height:1.22}
h1{font-size:14pt;margin:0}
p.sub{margin:0 0 1pt 0;font-size:10pt}
p.cap{margin:0 0 2pt 0;font-size:9.5pt}
p.prose{font-size:10.5pt;line-height:1.6;margin:0 0 4pt 0}
div.foot{bottom:6mm}`, [page1, page2]);
}

// ───────────────────────── 2. changde ─────────────────────────

const CD_SPLIT = 6; // rows on page 1: up to 代理记账月度结账及时率 (the first 时效指标 row)
function changdeHtml(): string {
  const p = changde;
  const extra: CellSpec[][] = [[c('项目负责人', { span: 2 }), c('龚建平', { span: 2 }), c('联系电话'), c('0736-3221856', { span: 'rest' })]];
  const cols = [5, 6, 11, 7, 7, 3.4, 4, 13];
  const head = `<div class="head">澧县财政局　2024年度项目支出绩效自评报告</div>`;
  const page1 = `${head}<div class="body">
<p class="cap" style="font-weight:bold;font-size:11pt">附件1</p>
<h1>${esc(p.title)}</h1>
<p class="cap">填报单位（盖章）：澧县财政局<span class="r">金额单位：万元</span></p>
${tableHtml(cols, selfTablePart(p, { head: true, header: true, a: 0, b: CD_SPLIT, total: false, label: 'first', extra }))}
</div><div class="foot">— 3 —</div>`;
  const page2 = `${head}<div class="body">
${tableHtml(cols, selfTablePart(p, { head: false, header: true, a: CD_SPLIT, b: count(p), total: true, label: 'first' }))}
<p class="cap" style="margin-top:8pt">填报人：龚建平　　　　审核人：刘芳　　　　填报日期：2025年3月25日</p>
</div><div class="foot">— 4 —</div>`;
  return pagedDoc('澧县财政局2024年度项目支出绩效自评报告', `th,td{font-size:9.5pt;padding:3.2pt 2.5pt;line-height:1.5}`, [page1, page2]);
}

// ───────────────────────── 5. jingzhou ─────────────────────────

const JZ_SPLIT = 9; // rows on page 1: up to 群众文化活动参与人次 (the first 社会效益指标 row)
function jingzhouHtml(): string {
  const p = jingzhou;
  const cols = [5, 6.2, 11, 7.2, 7.2, 3.4, 4, 11];
  const extra: CellSpec[][] = [[c('项目负责人', { span: 2 }), c('覃志刚', { span: 2 }), c('联系电话'), c('0716-5232608', { span: 'rest' })]];
  const page1 = `<div class="body">
<h1>${esc(p.title)}</h1><p class="sub">（2024年度）</p>
<p class="cap">填报单位：公安县文化和旅游局<span class="r">金额单位：元</span></p>
${tableHtml(cols, selfTablePart(p, { head: true, header: true, a: 0, b: JZ_SPLIT, total: false, label: 'repeat', extra }))}
</div>`;
  const page2 = `<div class="body">
<p class="cap" style="font-size:10.5pt">（续表）</p>
${tableHtml(cols, selfTablePart(p, { head: false, header: true, a: JZ_SPLIT, b: count(p), total: true, label: 'repeat' }))}
<p class="cap" style="margin-top:8pt">填报人：覃志刚　　　　联系电话：0716-5232608　　　　填报日期：2025年4月8日</p>
</div>`;
  return pagedDoc('公安县文化和旅游局项目支出绩效自评表', `th,td{font-size:10pt;padding:3.4pt 2.5pt;line-height:1.5}`, [page1, page2]);
}

// ───────────────────────── 3. shangrao DOCX (WordprocessingML by hand) ─────────────────────────

interface RunStyle { bold?: boolean; size?: number }
const rPr = (s: RunStyle = {}) => `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/>${s.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${s.size ?? 21}"/><w:szCs w:val="${s.size ?? 21}"/></w:rPr>`;
const run = (text: string, s: RunStyle = {}) => `<w:r>${rPr(s)}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (text: string, o: { align?: 'center' | 'left' | 'right' | 'both'; bold?: boolean; size?: number; indent?: boolean; before?: number; after?: number } = {}) =>
  `<w:p><w:pPr><w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}" w:line="360" w:lineRule="auto"/>${o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="560"/>' : ''}<w:jc w:val="${o.align ?? 'both'}"/></w:pPr>${text ? run(text, { bold: o.bold, size: o.size }) : ''}</w:p>`;

function docxTable(grid: number[], rows: PrintedCell[][]): string {
  const width = (cell: PrintedCell) => grid.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
  // anchors and the vMerge continuation cells of the rows they cover
  const covered = new Map<string, PrintedCell>();
  rows.forEach((cells, r) => cells.forEach((cell) => { for (let k = 1; k < cell.rowSpan; k++) covered.set(`${r + k}:${cell.col}`, cell); }));
  const tc = (inner: string, w: number, span: number, vMerge: '' | 'restart' | 'continue') =>
    `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge === 'continue' ? '<w:vMerge/>' : ''}<w:vAlign w:val="center"/></w:tcPr>${inner}</w:tc>`;
  const cellPara = (cell: PrintedCell) => `<w:p><w:pPr><w:jc w:val="${cell.text.length > 24 ? 'left' : 'center'}"/></w:pPr>${cell.text ? run(cell.text, { bold: cell.header, size: 18 }) : ''}</w:p>`;
  const trs = rows.map((cells, r) => {
    const out: string[] = [];
    let col = 0;
    const byCol = new Map(cells.map((cell) => [cell.col, cell]));
    while (col < grid.length) {
      const anchor = byCol.get(col);
      if (anchor) { out.push(tc(cellPara(anchor), width(anchor), anchor.colSpan, anchor.rowSpan > 1 ? 'restart' : '')); col += anchor.colSpan; continue; }
      const over = covered.get(`${r}:${col}`);
      if (!over) throw new Error(`row ${r} col ${col}: no cell`);
      out.push(tc('<w:p/>', width(over), over.colSpan, 'continue'));
      col += over.colSpan;
    }
    return `<w:tr><w:trPr><w:trHeight w:val="397"/><w:jc w:val="center"/></w:trPr>${out.join('')}</w:tr>`;
  });
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  return `<w:tbl><w:tblPr><w:tblW w:w="${grid.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid.map((g) => `<w:gridCol w:w="${g}"/>`).join('')}</w:tblGrid>${trs.join('')}</w:tbl>`;
}

function shangraoTarget(p: Project): PrintedCell[][] {
  const f = p.funds!;
  return builtRows(4, [
    [c('主管部门'), c(p.project.department!), c('实施单位'), c(p.project.implementingUnit!)],
    [c('项目资金（万元）', { rowSpan: f.rows.length }), c(String(f.rows[0]!.label)), c(money('万元')(f.rows[0]!.annualBudget), { span: 2 })],
    ...f.rows.slice(1).map((r) => [c(String(r.label)), c(money('万元')(r.annualBudget), { span: 2 })]),
    [c('年度绩效目标'), c(p.goal!, { span: 3 })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值')],
    ...indicatorPart(flatten(p.groups), 0, count(p), 'first', (x) => [c(x.name), c(printValue(x.target))]),
  ]);
}

function shangraoDocx(): Buffer {
  const grid = [1500, 1900, 3300, 2300];
  const body: string[] = [
    para('上饶市广信区教育体育局2025年部门预算', { align: 'center', bold: true, size: 36, after: 240 }),
    para('第四部分　2025年项目支出绩效目标表', { align: 'left', bold: true, size: 28, before: 120, after: 120 }),
    para('按照《上饶市广信区预算绩效管理实施办法》要求，我局2025年纳入绩效目标管理的项目共4个，涉及财政拨款资金2,282.40万元、其他资金320.00万元。各项目绩效目标如下。', { indent: true, size: 24, after: 120 }),
  ];
  shangrao.forEach((p, k) => {
    body.push(para(`项目名称：${p.project.name}`, { align: 'left', bold: true, size: 24, before: k === 0 ? 120 : 240, after: 60 }));
    body.push(para('单位：万元', { align: 'right', size: 21, after: 60 }));
    body.push(docxTable(grid, shangraoTarget(p)));
  });
  body.push(para('', {}));
  body.push(para('注：指标值中“≥”表示不低于，“≤”表示不高于，“=”表示等于。', { align: 'left', size: 21 }));
  return packageDocx(body.join(''));
}

function packageDocx(body: string): Buffer {
  const NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/></w:sectPr></w:body></w:document>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const docRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title></dc:title><dc:creator>jtj</dc:creator><cp:lastModifiedBy>jtj</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-16T01:20:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-20T08:05:00Z</dcterms:modified></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity></Properties>`;
  return buildZip([
    { name: '[Content_Types].xml', data: ct }, { name: '_rels/.rels', data: rels }, { name: 'word/document.xml', data: doc },
    { name: 'word/_rels/document.xml.rels', data: docRels }, { name: 'word/styles.xml', data: styles },
    { name: 'docProps/core.xml', data: core }, { name: 'docProps/app.xml', data: app },
  ]);
}

// ───────────────────────── 4. bozhou web page ─────────────────────────

/** A 目标表 for the web page: label cells as <th>; `spacer` adds an empty grid column after 三级指标; `weights` a 分值 column. */
function bozhouTable(p: Project, o: { spacer?: boolean; weights?: boolean }): string {
  const f = p.funds!;
  const tail = (o.spacer ? 1 : 0) + (o.weights ? 1 : 0);
  const W = 4 + tail;
  const sp = o.spacer ? [c('')] : [];
  const rows = builtRows(W, [
    [h('项目名称'), c(p.project.name!, { span: 'rest' })],
    [h('主管部门'), c(p.project.department!), h('实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
    [h('项目资金（万元）', { rowSpan: f.rows.length }), h(String(f.rows[0]!.label)), c(money('万元')(f.rows[0]!.annualBudget), { span: 'rest' })],
    ...f.rows.slice(1).map((r) => [h(String(r.label)), c(money('万元')(r.annualBudget), { span: 'rest' })]),
    [h('年度绩效目标'), c(p.goal!, { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), ...(o.spacer ? [h('')] : []), h('指标值'), ...(o.weights ? [h('分值')] : [])],
    ...indicatorPart(flatten(p.groups), 0, count(p), 'first', (x) => [c(x.name), ...sp, c(printValue(x.target)), ...(o.weights ? [c(num(x.weight))] : [])]),
  ]);
  const cols = o.spacer ? [`<col style="width:14%">`, `<col style="width:16%">`, `<col style="width:30%">`, `<col style="width:2%">`, `<col style="width:26%">`, `<col style="width:12%">`] : [];
  return `<table class="bg" border="1" cellspacing="0" cellpadding="0">${cols.length ? `<colgroup>${cols.join('')}</colgroup>` : ''}
<tbody>
${rowsHtml(rows, (cell) => cell.header, (cell) => (cell.text.length > 24 ? 'l' : ''))}
</tbody>
</table>`;
}

function bozhouHtml(): string {
  const [a, b, cc] = bozhou;
  const block = (k: number, p: Project, table: string) => `<p class="ttl">附表${k}</p>
<p class="ttl">${esc(p.title)}</p>
<p class="cap">（2025年度）　　　　单位：万元</p>
${table}`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>谯城区卫生健康委员会2025年项目支出绩效目标公开 - 亳州市谯城区人民政府</title>
<style>
body{margin:0;font:14px/1.8 "Microsoft YaHei",sans-serif;color:#222;background:#eef1f5}
.top{background:#0b5fa5;color:#fff;padding:16px 60px;font-size:26px}
.nav{background:#094d86}.nav a{color:#fff;display:inline-block;padding:8px 22px;text-decoration:none}
.pos{max-width:1160px;margin:12px auto;color:#777}
.main{max-width:1160px;margin:0 auto;background:#fff;padding:28px 48px}
h1{text-align:center;font-size:22px}.info{text-align:center;color:#999;font-size:13px;margin-bottom:18px}.info span{margin:0 10px}
.ttl{text-align:center;font-size:17px;font-weight:bold;margin:4px 0}.cap{text-align:center;font-size:13px;margin:0 0 6px}
table.bg{width:100%;border-collapse:collapse;font-size:13px}table.bg th,table.bg td{border:1px solid #444;padding:4px 6px;text-align:center;vertical-align:middle}
table.bg th{background:#eaf1f8;font-weight:normal}table.bg td.l{text-align:left}
p.note{font-size:13px;color:#444;margin:8px 0 26px}
.foot{text-align:center;color:#888;font-size:12px;padding:22px;line-height:2}
</style>
</head>
<body>
<div class="top">亳州市谯城区人民政府</div>
<div class="nav"><a href="/">首页</a><a href="/public/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/public/">信息公开</a> &gt; <a href="/public/czzj/">财政资金</a> &gt; 预算绩效</div>
<div class="main">
<h1>谯城区卫生健康委员会2025年项目支出绩效目标公开</h1>
<div class="info"><span>发布机构：谯城区卫生健康委员会</span><span>发布日期：2025-02-21</span><span>索引号：11341602MB1537264X/202502-00031</span></div>
<p>　　根据《亳州市谯城区预算绩效管理办法》和区财政局关于预算绩效目标公开的要求，现将我委2025年3个重点项目支出绩效目标予以公开，涉及资金4,692.60万元。</p>
${block(1, a!, bozhouTable(a!, {}))}
<p class="note">注：1.指标值中“≥”表示不低于该值。2.65岁及以上老年人健康管理人数以国家基本公共卫生服务信息系统统计为准，2024年实际管理5.9万人。</p>
${block(2, b!, bozhouTable(b!, { spacer: true, weights: true }))}
<p class="note">注：奖励扶助标准按照省定标准执行，2025年农村部分计划生育家庭奖励扶助金为每人每月80元，特别扶助金按独生子女伤残、死亡家庭分档发放。</p>
${block(3, cc!, bozhouTable(cc!, {}))}
<p class="note">注：医疗设备购置采用公开招标方式，资金按合同约定分期支付。</p>
<p>　　附件：<a href="/public/czzj/2025/P020250221.xls">谯城区卫生健康委员会2025年项目支出绩效目标表.xls</a></p>
</div>
<div class="foot">主办单位：亳州市谯城区人民政府办公室　　网站标识码：3416020001<br>联系电话：0558-5512345</div>
</body>
</html>
`;
}

// ───────────────────────── probes ─────────────────────────

interface Probe { file: string; make: (work: string) => Buffer; tables: object[]; notes: string[] }

const printed = (html: () => string) => (work: string) => {
  const pdf = join(work, `p-${Math.random().toString(36).slice(2)}.pdf`);
  chromiumPrint(html(), pdf, work);
  return fixedDates(readFileSync(pdf));
};

const COMMON = 'Golden conventions as earlier rounds: funds amounts in 元 (publishedUnit from the block label or caption), labels as printed ("其中：财政拨款"); actuals printed bare ("126个") have comparator null; deadline phrases ("2024年10月底前", "2024年12月31日前") are text, full dates are dates; 年度总体目标 / 偏差原因 prose, 填报人 lines, captions (填报单位…) and page headers / footers are not golden fields.';

const probes: Probe[] = [
  {
    file: 'probe-r15-multi-xingtai-agriculture-2024-three-tables-flowing.pdf',
    make: printed(xingtaiHtml),
    tables: [goldenTable(xtA), goldenTable(xtB), goldenTable(xtC)],
    notes: [
      '河北 邢台 信都区农业农村局 2024年度部门决算 excerpt (A4 portrait, Chromium, page boxes laid out by hand, footers "— 12 —" / "— 13 —"): a heading "三、预算绩效情况说明" and a prose paragraph (with amounts 820.40万元 / 787.75万元 / 96.02% and 98.56分), then 附件3-1, 3-2, 3-3 项目支出绩效自评表 each titled "项目支出绩效自评表" with "（2024年度）" and a caption "填报单位（盖章）：<实施单位> | 单位：万元", printed one right under the other (no page breaks between tables).',
      `Table 2 (农村人居环境整治提升（户厕改造）项目) breaks across the page after its ${XT_SPLIT}rd indicator row (配备粪污抽运车辆), inside the 数量指标 group inside the 产出指标 block. The column header is NOT repeated on page 2. The merged cells are split the way Chromium / LibreOffice centre a cut merged cell: the 一级 label 产出指标 is printed only in the page-2 fragment (the middle of its 8 rows falls there), so the page-1 rows have an EMPTY 一级 cell; the 二级 label 数量指标 only in the page-1 fragment, so the first page-2 row (建设粪污集中处理站) has an empty 二级 cell. Page 2 opens with that row (no title, no header), continues to 总分, then table 3 starts mid-page 2. Golden: three tables; every table-2 row of the 产出指标 block is level1 产出指标, 建设粪污集中处理站 level2 数量指标.`,
      'Funds 年度资金总额 / 其中：财政拨款 / 上级补助 (table 3: 其中：中央补助资金) with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 总分 rows "总分 | 100 | score | 自评等级：优" → grade 优. Title kept as "项目支出绩效自评表" (the 附件3-n line above it is not part of the title). Actual "2024年11月20日" → date, target "2024年10月底前" → text; "2024年5月31日" target → date.',
      COMMON,
    ],
  },
  {
    file: 'probe-r15-multi-changde-finance-2024-running-header-repeat.pdf',
    make: printed(changdeHtml),
    tables: [goldenTable(changde)],
    notes: [
      '湖南 常德 澧县财政局 (A4 portrait, Chromium, page boxes by hand): pages of a 2024年度项目支出绩效自评报告 — every page carries a running header "澧县财政局　2024年度项目支出绩效自评报告" (ruled underneath) and a footer "— 3 —" / "— 4 —" (the report\'s page numbers, not the PDF\'s). One 自评表 (附件1, title 2024年度项目支出绩效自评表, caption 填报单位（盖章） | 金额单位：万元) with a 项目负责人 | 联系电话 row, 12 indicators, long 偏差原因 texts.',
      `The table breaks after indicator ${CD_SPLIT} (代理记账月度结账及时率, the first row of the 时效指标 group); the column header row 一级指标 … 偏差原因分析及改进措施 is repeated at the top of page 2 (Word "repeat as header row"); merged 一级 / 二级 cells print their labels in the first fragment only (Word), so page 2 opens with 项目资金拨付时间 under EMPTY 一级 and 二级 cells (still 产出指标 / 时效指标), then 成本指标 and the 效益 / 满意度 blocks, 总分, and a 填报人 / 审核人 line. Golden: one table of 12 indicators; the repeated header is no row; running header and footer are not content.`,
      'Funds 年度资金总额 / 其中：本级安排 / 上年结转 (上年结转 has no 年初预算数 → null). "较上年下降" target and "下降18.6%" actual → text (a change, not a level; as earlier goldens). "2024年11月30日前" → text, actual 2024年12月26日 → date. "≤12万元" keeps 万元 as printed. 总分 100 | 94.92 | 自评等级：优.',
      COMMON,
    ],
  },
  {
    file: 'probe-r15-multi-shangrao-education-2025-name-headings.docx',
    make: () => shangraoDocx(),
    tables: shangrao.map(goldenTable),
    notes: [
      '江西 上饶 广信区教育体育局 2025年部门预算 (DOCX, WordprocessingML written by hand, A4 portrait): the document title, a section heading "第四部分　2025年项目支出绩效目标表" (the only line naming the family and the year), a prose paragraph with amounts (2,282.40万元, 320.00万元), then four tables, each preceded by a bold paragraph "项目名称：<name>" and a right-aligned "单位：万元"; the tables have NO 项目名称 row: 主管部门 | 实施单位, 项目资金（万元） (merged over its rows) with 年度资金总额 / 其中：财政拨款 / 其他资金 and one amount each (gridSpan 2), 年度绩效目标, then 一级指标 | 二级指标 | 三级指标 | 指标值 with vMerge 一级 / 二级. A "注：…" paragraph closes the section.',
      'Judgement: project.name is taken from the "项目名称：" paragraph right above each table (as for tables whose name sits only in the heading above them, e.g. the 福州 / 泉州 budget goldens); kind project-targets from the section heading; year 2025 from it; title recorded as "2025年项目支出绩效目标表" (not scored). No weights (weight null), no total. 其他资金 0.00 → 0.',
      'Values: "≥12000平方米", "≤650元/平方米", "=5元/生·天", "≤5.5万元" (kept in 万元); "2025年8月31日前" → text; "2025年12月31日" → date; "2025年9月" → date 2025-09; "按学期及时发放", "有效消除", "稳步提升" → text.',
    ],
  },
  {
    file: 'probe-r15-multi-bozhou-health-2025-th-spacer-notes.html',
    make: () => Buffer.from(bozhouHtml(), 'utf8'),
    tables: bozhou.map(goldenTable),
    notes: [
      '安徽 亳州 谯城区卫生健康委员会 web page (政务公开 article): banner, breadcrumb, headline, 发布机构 / 发布日期 / 索引号 line (the 索引号 holds digits), an intro paragraph with an amount (4,692.60万元), then three 目标表 each under "附表n" / "谯城区卫生健康委员会2025年项目支出绩效目标表" / "（2025年度）　单位：万元", each followed by a "注：…" paragraph with numbers (6.2万人 restated, 5.9万人 as last year\'s actual, 每人每月80元), then an 附件 download link.',
      'Every label and header cell is a <th> (项目名称, 主管部门, 实施单位, 项目资金（万元）, the money-line labels 年度资金总额 / 其中：中央补助 …, 年度绩效目标, 一级指标 …); values are <td>. Table 2 (计划生育家庭奖励扶助和特别扶助) has an EMPTY spacer column (2% wide, empty <th> in the header row and empty <td> in every indicator row; the spans of the rows above cover it) between 三级指标 and 指标值, and a 分值 column (weights add up to 100). Tables 1 and 3 have no weights (weight null).',
      'Golden: three project-targets tables, year 2025 (title / caption), funds one amount per money line → annualBudget; the notes are not table content (6.2万人 is the target from the table, not the note). "=80元/人·月" and "≥86台（套）" compound units; "2025年6月30日前" → text; "2025年10月31日" → date; "0-6岁儿童健康管理率" and "2型糖尿病患者规范管理率" keep their leading digits.',
    ],
  },
  {
    file: 'probe-r15-multi-jingzhou-culture-2024-continued-caption.pdf',
    make: printed(jingzhouHtml),
    tables: [goldenTable(jingzhou)],
    notes: [
      '湖北 荆州 公安县文化和旅游局 自评表 (A4 portrait, Chromium, page boxes by hand): title 项目支出绩效自评表 with "（2024年度）", caption 填报单位 | 金额单位：元, 项目负责人 | 联系电话 row, funds in 元 with thousands separators (1,452,000.00) over four money lines (年度资金总额 / 其中：中央补助 / 省级补助 / 县级财政资金), goals, then the indicator block.',
      `Page 1 ends after indicator ${JZ_SPLIT} (群众文化活动参与人次, the first 社会效益指标 row) with blank space below; page 2 opens with a one-line caption "（续表）", then a NEW table whose first row is the column header repeated (一级指标 … 偏差原因分析及改进措施), its first rows re-typing the labels 效益指标 and 社会效益指标 (the person splitting the table typed them again) over 基层公共文化服务覆盖面, then 可持续影响指标, 满意度指标, 总分 and a 填报人 line. Golden: ONE table (the 续表 continues it: no new title, no 项目名称) with 12 indicators; 基层公共文化服务覆盖面 is 效益指标 / 社会效益指标.`,
      '"≥42小时" (每周免费开放时间) unit 小时; 总分 100 | 98.77 | 自评等级：优. Execution rate printed 97.70%.',
      COMMON,
    ],
  },
];

const work = mkdtempSync(join(tmpdir(), 'probe-r15-'));
try {
  const only = process.argv.slice(2);
  for (const [k, p] of probes.entries()) {
    if (only.length && !only.includes(String(k + 1))) continue;
    const buf = p.make(work);
    writeFileSync(join(OUT, p.file), buf);
    writeGolden(p.file, { source: p.file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...p.notes], tables: p.tables });
    const pages = p.file.endsWith('.pdf') ? execFileSync('pdfinfo', [join(OUT, p.file)], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] : '-';
    console.log(p.file, pages, 'pages');
  }
} finally {
  if (process.env.PROBE_KEEP_WORK) execFileSync('cp', ['-r', work, process.env.PROBE_KEEP_WORK]);
  rmSync(work, { recursive: true, force: true });
}
