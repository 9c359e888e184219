/**
 * PDF probes (samples/probe/*.pdf): what a text-layer PDF does to the templates, the way most real
 * documents reach evaltab.
 *
 * 1. The HTML probes of make-probe.ts printed by LibreOffice twice: HTML → Writer DOCX → PDF
 *    (`<stem>-writer.pdf`) and the `docx`-package DOCX → PDF (`<stem>.pdf`); goldens `sameAs` the HTML's.
 * 2. New templates aimed at PDF trouble, written here cell by cell from hand-written content, printed
 *    as DOCX (docx package) → PDF by LibreOffice:
 *    - repeat-header: a project self-evaluation whose indicator block continues on the next page
 *      with its column header repeated there (Word "repeat header rows"), 一级/二级 merged over the break;
 *    - continued: the same kind of table continued without the header repeated;
 *    - budget-report: a department's 预算公开 report — prose, 收支总表, 一般公共预算支出表, 三公经费表 —
 *      then three 项目支出绩效目标表, one a page;
 *    - landscape-wrapped: a landscape self-evaluation with narrow columns, names wrapped over 2–3 lines;
 *    - grade-below: a self-evaluation with 小计 rows per 一级, a 合计 row, a notes line and
 *      "自评等级：优" printed under the table.
 *    Their goldens (golden/probe-pdf-*.golden.json) are written from the same hand-written content
 *    (structured values printed the way golden-model.ts prints them), never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe.ts && npx tsx scripts/samples/make-probe-pdf.ts   # needs soffice + fonts-noto-cjk
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { soffice } from './corpus-samples.js';
import { printAmount, printNumber, printValue } from './golden-model.js';
import {
  OUT, SELF_HEADER, TARGETS_HEADER, dt, indicatorRows, keepProbe, selfEvaluationCells, selfEvaluationHead, totalRow, tx, v, writeGolden,
  type Group, type Item, type Project,
} from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { builtRows, bodyCell, headerCell, type CellSpec, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-pdf.ts';

const h = headerCell;
const c = bodyCell;
const rows = builtRows;

/** 小计 closing each 一级 block: the sums of its weights and scores. */
const subtotal = (items: Item[]): CellSpec[][] => {
  const w = items.reduce((a, it) => a + it.weight!, 0);
  const s = items.reduce((a, it) => a + it.score!, 0);
  return [[c('小计', { span: 5 }), c(printNumber(w)), c(printNumber(Number(s.toFixed(2)))), c('')]];
};

// ───────────────────────── repeat-header: 江苏 style, the indicator block over two pages ─────────────────────────

const jiangsu: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '城乡生活垃圾分类收运处置补助', department: '常州市城市管理局', implementingUnit: '常州市环境卫生管理处' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 12_000_000, annualBudget: 12_600_000, executed: 12_096_000, weight: 10, executionRate: 96, score: 9.6 },
      { label: '其中：财政拨款', initialBudget: 12_000_000, annualBudget: 12_600_000, executed: 12_096_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '生活垃圾日均清运量', target: v('>=', 1800, '吨'), actual: v(null, 1856, '吨'), weight: 3, score: 3 },
      { name: '新增分类投放点位', target: v('>=', 260, '个'), actual: v(null, 274, '个'), weight: 3, score: 3 },
      { name: '更新分类收运车辆', target: v('>=', 40, '辆'), actual: v(null, 40, '辆'), weight: 3, score: 3 },
      { name: '厨余垃圾处理量', target: v('>=', 300, '吨/日'), actual: v(null, 288, '吨/日'), weight: 3, score: 2.5, why: '处理设施检修停运15天，已调整检修计划' },
      { name: '有害垃圾收集点覆盖社区数', target: v('>=', 520, '个'), actual: v(null, 531, '个'), weight: 3, score: 3 },
      { name: '开展分类宣传活动', target: v('>=', 150, '场次'), actual: v(null, 163, '场次'), weight: 3, score: 3 },
      { name: '培训分类督导员', target: v('>=', 1200, '人次'), actual: v(null, 1310, '人次'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '生活垃圾无害化处理率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 3, score: 3 },
      { name: '分类投放准确率', target: v('>=', 85, '%'), actual: v(null, 87.2, '%'), weight: 3, score: 3 },
      { name: '收运车辆密闭化率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 3, score: 3 },
      { name: '渗滤液达标排放率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 3, score: 3 },
      { name: '分类督导检查合格率', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '垃圾日产日清率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 3, score: 3 },
      { name: '补助资金拨付及时率', target: v('>=', 95, '%'), actual: v(null, 96, '%'), weight: 3, score: 3 },
      { name: '投诉处置及时率', target: v('>=', 98, '%'), actual: v(null, 99.1, '%'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '吨垃圾收运处置补助标准', target: v('<=', 180, '元/吨'), actual: v(null, 178, '元/吨'), weight: 3, score: 3 },
      { name: '单个投放点位建设成本', target: v('<=', 1.2, '万元'), actual: v(null, 1.15, '万元'), weight: 2, score: 2 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '可回收物资源化利用量', target: v('>=', 2.5, '万吨'), actual: v(null, 2.63, '万吨'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居民分类知晓率', target: v('>=', 95, '%'), actual: v(null, 96.5, '%'), weight: 4, score: 4 },
      { name: '居民分类参与率', target: v('>=', 80, '%'), actual: v(null, 78.6, '%'), weight: 4, score: 3.5, why: '老旧小区参与意愿偏低，将加强入户宣传' },
      { name: '示范小区创建数量', target: v('>=', 60, '个'), actual: v(null, 62, '个'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '原生垃圾填埋量', target: v('=', 0, '吨'), actual: v(null, 0, '吨'), weight: 4, score: 4 },
      { name: '生活垃圾回收利用率', target: v('>=', 37, '%'), actual: v(null, 38.4, '%'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '分类长效管理机制', target: tx('健全'), actual: tx('健全'), weight: 3, score: 3 },
      { name: '分类收运体系运行', target: tx('稳定运行'), actual: tx('稳定运行'), weight: 3, score: 3 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '居民满意度', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 5, score: 5 },
      { name: '环卫作业人员满意度', target: v('>=', 90, '%'), actual: v(null, 91, '%'), weight: 5, score: 5 },
    ] },
  ],
  total: { weight: 100, score: 98.6, grade: null },
};

/** The head (fields and funds) as one table, the indicator block right under it as a second table whose header row repeats. */
function repeatHeaderDoc(p: Project): PrintedTable[] {
  return [
    {
      paragraphs: [p.title, '（2023年度）', '填报单位：常州市环境卫生管理处'], width: 8, columnWeights: [7, 7, 9, 7, 7, 5, 5, 9],
      rows: rows(8, [
        ...selfEvaluationHead(p),
        [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
        [c('生活垃圾日均清运量不低于1800吨，新增分类投放点位260个，无害化处理率100%，居民分类知晓率95%以上。', { span: 3 }),
          c('生活垃圾日均清运量1856吨，新增分类投放点位274个，无害化处理率100%，居民分类知晓率96.5%。', { span: 'rest' })],
      ]),
    },
    {
      paragraphs: [], width: 8, repeatHeaderRows: 1, columnWeights: [7, 7, 9, 7, 7, 5, 5, 9],
      rows: rows(8, [SELF_HEADER, ...indicatorRows(p.groups, selfEvaluationCells),
        totalRow(p, '')]),
    },
  ];
}

// ───────────────────────── continued: 安徽 style, one table over two pages, header not repeated ─────────────────────────

const anhui: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '高标准农田建设项目', department: '六安市农业农村局', implementingUnit: '六安市农田建设管理服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 85_000_000, annualBudget: 85_000_000, executed: 83_300_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 85_000_000, annualBudget: 85_000_000, executed: 83_300_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '新建高标准农田面积', target: v('>=', 5.2, '万亩'), actual: v(null, 5.3, '万亩'), weight: 5, score: 5 },
      { name: '改造提升高标准农田面积', target: v('>=', 1.8, '万亩'), actual: v(null, 1.8, '万亩'), weight: 4, score: 4 },
      { name: '新建灌溉泵站', target: v('>=', 36, '座'), actual: v(null, 36, '座'), weight: 3, score: 3 },
      { name: '新修及整治沟渠长度', target: v('>=', 210, '公里'), actual: v(null, 216.5, '公里'), weight: 3, score: 3 },
      { name: '新修田间道路', target: v('>=', 150, '公里'), actual: v(null, 147.2, '公里'), weight: 3, score: 2.8, why: '2处道路因用地调整未实施，已纳入下年度计划' },
      { name: '新建桥涵闸等配套建筑物', target: v('>=', 1200, '座'), actual: v(null, 1236, '座'), weight: 3, score: 3 },
      { name: '农田防护林网面积', target: v('>=', 0.6, '万亩'), actual: v(null, 0.62, '万亩'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 4, score: 4 },
      { name: '耕地质量等级提升', target: v('>=', 0.5, '等'), actual: v(null, 0.5, '等'), weight: 4, score: 4 },
      { name: '灌溉保证率', target: v('>=', 85, '%'), actual: v(null, 86, '%'), weight: 3, score: 3 },
      { name: '上图入库率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 3, score: 3 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '项目开工时间', target: dt('2023-03'), actual: dt('2023-03'), weight: 2, score: 2 },
      { name: '项目完工时间', target: dt('2023-12-31'), actual: dt('2023-12-25'), weight: 2, score: 2 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '亩均财政投入', target: v('<=', 3000, '元'), actual: v(null, 2980, '元'), weight: 3, score: 3 },
      { name: '工程监理费占比', target: v('<=', 2, '%'), actual: v(null, 1.8, '%'), weight: 2, score: 2 },
      { name: '设计变更增加投资', target: v('<=', 5, '%'), actual: v(null, 3.2, '%'), weight: 3, score: 3 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '经济效益指标', items: [
      { name: '项目区粮食亩均增产', target: v('>=', 50, '公斤'), actual: v(null, 56, '公斤'), weight: 5, score: 5 },
      { name: '项目区农民人均增收', target: v('>=', 200, '元'), actual: v(null, 215, '元'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '新增粮食产能', target: v('>=', 2600, '万公斤'), actual: v(null, 2750, '万公斤'), weight: 5, score: 5 },
      { name: '带动农村劳动力就业', target: v('>=', 3000, '人次'), actual: v(null, 3260, '人次'), weight: 3, score: 3 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '生态效益指标', items: [
      { name: '节水灌溉面积占比', target: v('>=', 30, '%'), actual: v(null, 32, '%'), weight: 4, score: 4 },
      { name: '化肥农药使用量', target: tx('逐年减少'), actual: tx('逐年减少'), weight: 4, score: 4 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '工程设施使用年限', target: v('>=', 15, '年'), actual: v('>=', 15, '年'), weight: 2, score: 2 },
      { name: '管护主体落实率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 2, score: 2 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '项目区农户满意度', target: v('>=', 90, '%'), actual: v(null, 95, '%'), weight: 5, score: 5 },
      { name: '新型农业经营主体满意度', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 5, score: 5 },
    ] },
  ],
  total: { weight: 100, score: 99.6, grade: '优' },
};

function continuedDoc(p: Project): PrintedTable[] {
  return [{
    paragraphs: [p.title, '（2023年度）'], width: 8, columnWeights: [7, 7, 9, 7, 7, 5, 5, 9],
    rows: rows(8, [
      ...selfEvaluationHead(p),
      [c('年度总体目标', { span: 2 }), h('预期目标', { span: 3 }), h('实际完成情况', { span: 'rest' })],
      [c('', { span: 2 }), c('建成高标准农田5.2万亩，改造提升1.8万亩，新增粮食产能2600万公斤。', { span: 3 }),
        c('建成高标准农田5.3万亩，改造提升1.8万亩，新增粮食产能2750万公斤。', { span: 'rest' })],
      SELF_HEADER,
      ...indicatorRows(p.groups, selfEvaluationCells),
      totalRow(p, p.total!.grade!),
    ]),
  }];
}

// ───────────────────────── budget-report: 湖南 style 部门预算公开, three 绩效目标表 after the statements ─────────────────────────

const reportProse = [
  '长沙市岳麓区教育局2024年部门预算公开',
  '第一部分 部门概况',
  '一、部门职责：贯彻执行国家、省、市关于教育工作的方针政策和法律法规，统筹全区各级各类教育发展。',
  '二、机构设置：本部门预算由局机关及所属32个预算单位的预算组成。',
  '第二部分 2024年部门预算表',
];

const incomeExpense: PrintedTable = {
  paragraphs: ['收支总表', '部门公开表01', '单位：万元'],
  width: 4,
  rows: rows(4, [
    [h('收入', { span: 2 }), h('支出', { span: 2 })],
    [h('项目'), h('预算数'), h('项目'), h('预算数')],
    [c('一、一般公共预算拨款收入'), c('86,420.35'), c('一、教育支出'), c('91,236.80')],
    [c('二、政府性基金预算拨款收入'), c('3,200.00'), c('二、社会保障和就业支出'), c('5,102.44')],
    [c('三、事业收入'), c('9,850.00'), c('三、卫生健康支出'), c('1,830.11')],
    [c('四、其他收入'), c('512.00'), c('四、住房保障支出'), c('1,813.00')],
    [c('本年收入合计'), c('99,982.35'), c('本年支出合计'), c('99,982.35')],
  ]),
  pageBreakBefore: true,
};

const generalExpense: PrintedTable = {
  paragraphs: ['一般公共预算支出表', '部门公开表05', '单位：万元'],
  width: 6,
  rows: rows(6, [
    [h('功能分类科目', { span: 2 }), h('合计'), h('基本支出', { span: 2 }), h('项目支出')],
    [h('科目编码'), h('科目名称'), h(''), h('人员经费'), h('公用经费'), h('')],
    [c('205'), c('教育支出'), c('78,630.24'), c('52,310.18'), c('6,120.06'), c('20,200.00')],
    [c('20502'), c('普通教育'), c('76,930.24'), c('52,310.18'), c('6,120.06'), c('18,500.00')],
    [c('2050201'), c('学前教育'), c('9,860.00'), c('5,120.00'), c('740.00'), c('4,000.00')],
    [c('2050202'), c('小学教育'), c('38,420.12'), c('28,110.10'), c('3,310.02'), c('7,000.00')],
    [c('2050203'), c('初中教育'), c('28,650.12'), c('19,080.08'), c('2,070.04'), c('7,500.00')],
    [c('208'), c('社会保障和就业支出'), c('5,102.44'), c('5,102.44'), c(''), c('')],
    [c(''), c('合计'), c('86,420.35'), c('58,920.29'), c('6,300.06'), c('21,200.00')],
  ]),
};

const threePublic: PrintedTable = {
  paragraphs: ['一般公共预算“三公”经费支出表', '部门公开表07', '单位：万元'],
  width: 6,
  rows: rows(6, [
    [h('合计'), h('因公出国（境）费用'), h('公务用车购置及运行费', { span: 3 }), h('公务接待费')],
    [h(''), h(''), h('小计'), h('公务用车购置费'), h('公务用车运行费'), h('')],
    [c('48.60'), c('0.00'), c('42.10'), c('0.00'), c('42.10'), c('6.50')],
  ]),
};

function targetsTable(p: Project): PrintedTable {
  const amount = printAmount(p.funds!.rows[0]!.annualBudget as number, p.funds!.publishedUnit);
  return {
    paragraphs: [p.title, '单位：万元'], width: 5, pageBreakBefore: true, columnWeights: [6, 8, 12, 8, 4],
    rows: rows(5, [
      [c('项目名称'), c(p.project.name!, { span: 'rest' })],
      [c('主管部门'), c(p.project.department!), c('项目实施单位'), c(p.project.implementingUnit!, { span: 'rest' })],
      [c('项目资金'), c('年度资金总额'), c(amount, { span: 'rest' })],
      [c('年度绩效目标'), c(p.project.goal ?? '', { span: 'rest' })],
      TARGETS_HEADER,
      ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(it.target)), c(printNumber(it.weight!))]),
    ]),
  };
}

const targetsProject = (name: string, unit: string, yuan: number, goal: string, groups: Group[]): Project => ({
  kind: 'project-targets', title: '2024年项目支出绩效目标表', year: 2024,
  project: { name, department: '长沙市岳麓区教育局', implementingUnit: unit, goal },
  funds: { publishedUnit: '万元', rows: [{ label: '年度资金总额', annualBudget: yuan }] },
  groups, total: null,
});

const hunanProjects: Project[] = [
  targetsProject('中小学校舍维修改造', '长沙市岳麓区教育局', 20_000_000, '完成15所中小学校舍维修改造，消除安全隐患。', [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '维修改造学校数量', target: v('>=', 15, '所'), weight: 15 },
      { name: '维修改造面积', target: v('>=', 3.6, '万平方米'), weight: 15 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '工程验收合格率', target: v('=', 100, '%'), weight: 10 }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '暑期完工率', target: v('>=', 90, '%'), weight: 10 }] },
    { level1: '效益指标', level2: '社会效益指标', items: [{ name: '校舍安全隐患', target: tx('全面消除'), weight: 30 }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '师生满意度', target: v('>=', 90, '%'), weight: 10 }] },
  ]),
  targetsProject('学前教育普惠性幼儿园补助', '长沙市岳麓区学前教育管理中心', 12_000_000, '补助普惠性民办幼儿园，提高普惠性学位覆盖率。', [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '补助普惠性民办幼儿园数', target: v('>=', 86, '所'), weight: 20 },
      { name: '新增普惠性学位', target: v('>=', 1200, '个'), weight: 10 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [{ name: '生均补助标准', target: v('=', 800, '元/年'), weight: 10 }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '资金拨付时间', target: dt('2024-10-31'), weight: 10 }] },
    { level1: '效益指标', level2: '社会效益指标', items: [{ name: '普惠性幼儿园覆盖率', target: v('>=', 90, '%'), weight: 30 }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '幼儿家长满意度', target: v('>=', 92, '%'), weight: 10 }] },
  ]),
  targetsProject('教师培训专项经费', '长沙市岳麓区教师发展中心', 3_500_000, '全年组织教师培训不少于6000人次，提升教师专业能力。', [
    { level1: '产出指标', level2: '数量指标', items: [{ name: '教师培训人次', target: v('>=', 6000, '人次'), weight: 20 }] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '培训考核合格率', target: v('>=', 95, '%'), weight: 20 }] },
    { level1: '产出指标', level2: '成本指标', items: [{ name: '人均培训成本', target: v('<=', 580, '元'), weight: 10 }] },
    { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '教师专业能力', target: tx('持续提升'), weight: 30 }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '参训教师满意度', target: v('>=', 90, '%'), weight: 10 }] },
  ]),
];

function budgetReportDoc(): PrintedTable[] {
  const intro: PrintedTable = { paragraphs: reportProse, width: 1, rows: [] };
  return [intro, incomeExpense, generalExpense, threePublic, ...hunanProjects.map(targetsTable)];
}

// ───────────────────────── landscape-wrapped: 广西 style, narrow columns, names over 2–3 lines ─────────────────────────

const guangxi: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '边境地区义务教育学校寄宿制学生生活补助及营养改善计划', department: '百色市教育局', implementingUnit: '百色市各县（市、区）义务教育学校' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 46_500_000, annualBudget: 48_200_000, executed: 47_718_000, weight: 10, executionRate: 99, score: 9.9 },
      { label: '其中：财政拨款', initialBudget: 46_500_000, annualBudget: 48_200_000, executed: 47_718_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '享受寄宿制生活补助的边境地区义务教育阶段学生人数', target: v('>=', 52000, '人'), actual: v(null, 53460, '人'), weight: 10, score: 10 },
      { name: '实施营养改善计划的农村义务教育学校数量', target: v('>=', 410, '所'), actual: v(null, 412, '所'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '补助资金发放到学生及家庭的准确率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '学校食堂食品安全量化等级B级以上比例', target: v('>=', 95, '%'), actual: v(null, 93.8, '%'), weight: 10, score: 9, why: '部分新建食堂尚未完成量化等级评定，将督促年内完成' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '秋季学期生活补助资金发放完成时间', target: dt('2023-12-31'), actual: dt('2023-12-20'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '边境地区家庭经济困难学生因贫失学辍学情况', target: tx('无因贫失学辍学'), actual: tx('无因贫失学辍学'), weight: 15, score: 15 },
      { name: '农村学生营养健康状况及身体素质', target: tx('逐步改善'), actual: tx('逐步改善'), weight: 15, score: 15 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受助学生及家长对补助政策落实的满意度', target: v('>=', 90, '%'), actual: v(null, 96.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.9, grade: '优' },
};

function landscapeDoc(p: Project): PrintedTable[] {
  return [{
    paragraphs: [p.title], width: 8, columnWeights: [4, 4, 5, 4, 4, 2.4, 2.4, 6],
    rows: rows(8, [
      ...selfEvaluationHead(p),
      SELF_HEADER,
      ...indicatorRows(p.groups, selfEvaluationCells),
      totalRow(p, p.total!.grade!),
    ]),
  }];
}

// ───────────────────────── unruled-wrapped: 云南 style, no ruling lines, names wrapped, grade beside the signature ─────────────────────────

const yunnan: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '农村公路养护工程', department: '曲靖市交通运输局', implementingUnit: '曲靖市公路养护服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 32_000_000, annualBudget: 32_000_000, executed: 30_720_000, weight: 10, executionRate: 96, score: 9.6 },
      { label: '其中：财政拨款', initialBudget: 32_000_000, annualBudget: 32_000_000, executed: 30_720_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '完成农村公路日常养护里程数', target: v('>=', 4200, '公里'), actual: v(null, 4260, '公里'), weight: 15, score: 15 },
      { name: '实施农村公路危桥改造及安全生命防护工程数量', target: v('>=', 18, '处'), actual: v(null, 16, '处'), weight: 10, score: 8, why: '2处因汛期推迟开工，已列入次年计划' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '养护路段路况优良中等路率', target: v('>=', 85, '%'), actual: v(null, 86.3, '%'), weight: 15, score: 15 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '水毁路段抢通时间', target: v('<=', 48, '小时'), actual: v(null, 36, '小时'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村群众出行条件', target: tx('明显改善'), actual: tx('明显改善'), weight: 20, score: 20 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '农村公路管养长效机制', target: tx('健全'), actual: tx('健全'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '沿线群众对农村公路养护工作的满意度', target: v('>=', 90, '%'), actual: v(null, 93, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.6, grade: '优' },
};

function unruledDoc(p: Project): PrintedTable[] {
  return [{
    paragraphs: [p.title], width: 8, unruled: true, columnWeights: [4, 4, 5, 4, 4, 2.4, 2.4, 6],
    rows: rows(8, [
      ...selfEvaluationHead(p),
      SELF_HEADER,
      ...indicatorRows(p.groups, selfEvaluationCells),
      totalRow(p, ''),
    ]),
    after: [`填报人：王丽    联系电话：0874-3126688    自评等级：${p.total!.grade}`],
  }];
}

// ───────────────────────── grade-below: 河北 style, 小计 rows, 合计, notes and the grade under the table ─────────────────────────

const hebei: Project = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: { name: '城市社区居家养老服务中心运营补贴', department: '石家庄市民政局', implementingUnit: '石家庄市养老服务指导中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 9_600_000, annualBudget: 9_600_000, executed: 9_504_000, weight: 10, executionRate: 99, score: 9.9 },
      { label: '其中：财政拨款', initialBudget: 9_600_000, annualBudget: 9_600_000, executed: 9_504_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '补贴社区养老服务中心数量', target: v('>=', 120, '个'), actual: v(null, 124, '个'), weight: 15, score: 15 },
      { name: '年服务老年人人次', target: v('>=', 36, '万人次'), actual: v(null, 38.2, '万人次'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '服务中心星级评定达标率', target: v('>=', 80, '%'), actual: v(null, 76, '%'), weight: 15, score: 13, why: '部分新建中心尚在评定期' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '运营补贴按季度拨付', target: tx('及时'), actual: tx('及时'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '社区养老服务覆盖率', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 20, score: 20 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '养老服务中心持续运营率', target: v('>=', 95, '%'), actual: v(null, 97, '%'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '服务对象满意度', target: v('>=', 90, '%'), actual: v(null, 94, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.9, grade: '优' },
};

function gradeBelowDoc(p: Project): PrintedTable[] {
  return [{
    paragraphs: [p.title], width: 8, columnWeights: [7, 7, 9, 7, 7, 5, 5, 9],
    rows: rows(8, [
      ...selfEvaluationHead(p),
      SELF_HEADER,
      ...indicatorRows(p.groups, selfEvaluationCells, subtotal),
      totalRow(p, '', '合计'),
    ]),
    after: ['注：1.总分含预算执行率分值10分；2.偏差原因已在自评报告中说明。', `自评等级：${p.total!.grade}`],
  }];
}

// ───────────────────────── write ─────────────────────────

interface NewProbe { stem: string; tables: PrintedTable[]; projects: Project[]; landscape: boolean; notes: string[]; scope?: object }

const newProbes: NewProbe[] = [
  { stem: 'probe-pdf-jiangsu-sanitation-2023-self-evaluation-repeat-header', tables: repeatHeaderDoc(jiangsu), projects: [jiangsu], landscape: false,
    notes: ['江苏 style: header fields, funds and goals as one table, the indicator block as a second table under it whose column header row repeats on page 2; 一级/二级 merged over the page break (printed on page 1 only).', 'Units 吨/日, 元/吨 as printed. No grade printed.'] },
  { stem: 'probe-pdf-anhui-farmland-2023-self-evaluation-continued', tables: continuedDoc(anhui), projects: [anhui], landscape: false,
    notes: ['安徽 style: one table over two pages, the header not repeated; 一级 with weights (产出指标（50分）); goals block (not scored); grade in the 总分 row.', '项目开工时间 "2023年3月" → date 2023-03.'] },
  { stem: 'probe-pdf-hunan-education-2024-budget-report', tables: budgetReportDoc(), projects: hunanProjects, landscape: false,
    scope: { pages: [1, 99], kinds: ['project-targets', 'project-self-evaluation'] },
    notes: ['湖南 style 部门预算公开: prose, 收支总表, 一般公共预算支出表, 三公经费表 (not transcribed: scope is the project tables, any of the budget tables read as a project table counts as extra), then three 项目支出绩效目标表 one a page.', 'Funds unit from the caption 单位：万元; 年度绩效目标 not scored.'] },
  { stem: 'probe-pdf-guangxi-boarding-2023-self-evaluation-landscape-wrapped', tables: landscapeDoc(guangxi), projects: [guangxi], landscape: true,
    notes: ['广西 style, A4 landscape with narrow columns: 三级 names, targets and 偏差原因 wrapped over 2–3 lines inside their cells; a wrapped name is one name.'] },
  { stem: 'probe-pdf-yunnan-rural-roads-2023-self-evaluation-unruled', tables: unruledDoc(yunnan), projects: [yunnan], landscape: true,
    notes: ['云南 style, A4 landscape, printed without ruling lines (a whitespace table), narrow columns: names and 偏差原因 wrapped over 2–3 lines.', 'The grade is printed under the table on one line with the signature: "填报人：王丽    联系电话：…    自评等级：优".'] },
  { stem: 'probe-pdf-hebei-elderly-care-2023-self-evaluation-grade-below', tables: gradeBelowDoc(hebei), projects: [hebei], landscape: false,
    notes: ['河北 style: a 小计 row after each 一级 block (not indicators), a 合计 row (the total), a notes line and "自评等级：优" printed under the table: the grade is 优.'] },
];

/** The HTML probes of make-probe.ts, printed to PDF both ways. */
const htmlProbes = ['probe-shandong-public-health-2023-self-evaluation', 'probe-shanghai-old-housing-2024-targets', 'probe-yunnan-key-evaluation-2023-scoring'];

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-probe-pdf-'));
  try {
    // 1. existing probes: HTML → Writer DOCX → PDF, and the committed DOCX → PDF
    mkdirSync(join(work, 'html'));
    mkdirSync(join(work, 'docx'));
    for (const stem of htmlProbes) {
      copyFileSync(join(OUT, `${stem}.html`), join(work, 'html', `${stem}-lo.html`));
      copyFileSync(join(OUT, `${stem}.docx`), join(work, 'docx', `${stem}.docx`));
    }
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'lo-docx'),
      ...htmlProbes.map((s) => join(work, 'html', `${s}-lo.html`))], work);
    // 2. new templates
    for (const p of newProbes) {
      writeFileSync(join(work, 'docx', `${p.stem}.docx`), await renderDocx(p.tables, { landscape: p.landscape }));
    }
    soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'),
      ...htmlProbes.map((s) => join(work, 'lo-docx', `${s}-lo.docx`)),
      ...htmlProbes.map((s) => join(work, 'docx', `${s}.docx`)),
      ...newProbes.map((p) => join(work, 'docx', `${p.stem}.docx`))], work);
    for (const stem of htmlProbes) {
      for (const [from, file] of [[`${stem}-lo.pdf`, `${stem}-writer.pdf`], [`${stem}.pdf`, `${stem}.pdf`]] as const) {
        copyFileSync(join(work, 'pdf', from), join(OUT, file));
        writeGolden(file, { sameAs: `${stem}.html.golden.json` });
      }
    }
    for (const p of newProbes) keepProbe(work, GENERATOR, p);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${htmlProbes.length * 2 + newProbes.length} PDFs to samples/probe\n`);
}

await main();
