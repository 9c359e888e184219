/**
 * PDF probes, round 6 (samples/probe/probe-r6-pdf-*.pdf): four templates and PDF troubles the earlier
 * PDF probes (make-probe-pdf.ts, make-probe-pdf-r5.ts) do not print, written here cell by cell from
 * hand-written content and printed as DOCX → PDF by LibreOffice:
 *    - no-vertical-rules (江西): an A4 landscape self-evaluation, 10 columns, ruled with horizontal lines only
 *      (between rows and around the table), no vertical lines at all: columns are only whitespace;
 *    - wrapped-levels (重庆): an A4 portrait 绩效目标表 whose 一级 / 二级 columns are about three characters wide,
 *      so 一级 and 二级 wrap over 2–3 lines beside 三级 names wrapped over 2–3 lines; targets like
 *      "≥95%（含）" and "2025年12月31日前"; the funds block as a grid 资金类别 | 合计 | 资金来源 over
 *      财政拨款 | 其他资金 (a two-row header), the total 年度资金总额 as its one row;
 *    - toc-three-tables (青海): a 自评报告 with a 目录 page, then one page per project for three projects,
 *      every page under the same running title (page header) and a page-number footer; table A has no
 *      二级 column (成本指标 as a 一级), table B an extra 备注 column, table C 一级 weights in the 一级 cell;
 *    - small-font (新疆): a portrait self-evaluation with 10 columns (年初指标值 | 全年指标值 beside 实际完成值,
 *      未完成原因 | 改进措施) printed at 7–7.5 pt in a table wider than the text area (it runs into the right margin).
 *    Their goldens (golden/probe-r6-pdf-*.golden.json) are written from the same hand-written content
 *    (structured values printed the way golden-model.ts prints them, or as the `shown` text the content
 *    gives beside them), never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-pdf-r6.ts   # needs soffice + fonts-noto-cjk
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType, BorderStyle, Document, Packer, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { soffice } from './corpus-samples.js';
import { printValue, type GoldenValue } from './golden-model.js';
import {
  OUT, SELF_HEADER, categoryOf, dt, goldenTable, indicatorRows, num, projectNameRows, selfEvaluationCells, selfEvaluationHead, totalRow, tx, v, writeGolden,
  type Item, type Project,
} from './probe-content.js';
import { renderDocx } from './render-docx.js';
import { builtRows, bodyCell, headerCell, type CellSpec, type PrintedCell, type PrintedTable } from './table-builder.js';

const GENERATOR = 'scripts/samples/make-probe-pdf-r6.ts';

const h = headerCell;
const c = bodyCell;
const rows = builtRows;

/** A 三级 row as written here: an 年初 target beside the 全年 one, a target printed otherwise than its value, more prose columns. */
interface R6Item extends Item {
  /** 年初指标值 (the golden's initialTarget) */
  initial?: GoldenValue | null;
  /** the target cell as printed when it is not printValue(target): "≥95%（含）" */
  shown?: string;
  /** 改进措施 */
  fix?: string;
  /** 佐证材料 */
  proof?: string;
  /** 备注 */
  remark?: string;
}
interface R6Group { level1: string; level1Weight?: number; level2: string; items: R6Item[] }
type R6Project = Omit<Project, 'groups'> & { groups: R6Group[] };

const r6 = (it: Item) => it as R6Item;
const shownTarget = (it: Item) => r6(it).shown ?? printValue(it.target);

/** Money in the published unit, two decimals, with or without thousands separators ("8,920.00"). */
const money = (yuan: unknown, unit: '元' | '万元', separators: boolean): string => {
  if (yuan === null || yuan === undefined) return '';
  const n = unit === '万元' ? (yuan as number) / 10_000 : (yuan as number);
  return separators ? n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : n.toFixed(2);
};
const rate = (r: unknown) => (r == null ? '' : `${(r as number).toFixed(2)}%`);

/**
 * The head of a 10-column self-evaluation: 项目名称, 主管部门 | 实施单位, the funds block (block label over
 * the 一级/二级 columns, row labels under 三级, then 年初预算数 | 全年预算数 | 全年执行数 (two columns wide) |
 * 分值 | 执行率 | 得分), the goals.
 */
function wideHead(p: R6Project, separators: boolean): CellSpec[][] {
  const f = p.funds!;
  const unit = f.publishedUnit;
  return [
    [c('项目名称', { span: 2 }), c(p.project.name!, { span: 'rest' })],
    [c('主管部门', { span: 2 }), c(p.project.department!, { span: 3 }), c('实施单位', { span: 2 }), c(p.project.implementingUnit!, { span: 'rest' })],
    [c(`项目资金（${unit}）`, { span: 2, rowSpan: f.rows.length + 1 }), h(''), h('年初预算数'), h('全年预算数'), h('全年执行数', { span: 2 }), h('分值'), h('执行率'), h('得分')],
    ...f.rows.map((r) => [c(String(r.label)), c(money(r.initialBudget, unit, separators)), c(money(r.annualBudget, unit, separators)),
      c(money(r.executed, unit, separators), { span: 2 }), c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
    [c('年度总体目标', { span: 2, rowSpan: 2 }), h('预期目标', { span: 4 }), h('实际完成情况', { span: 'rest' })],
    [c(p.goal!, { span: 4 }), c(p.achieved!, { span: 'rest' })],
  ];
}

// ───────────────────────── a small DOCX writer for what render-docx.ts has no option for ─────────────────────────

interface RulesOptions {
  landscape?: boolean;
  /** 'horizontal': lines above, between and below rows only, no vertical line anywhere */
  rules: 'all' | 'horizontal';
  /** font sizes in points: body cells, header cells */
  body: number;
  header: number;
  /** table width in twips (default the text width); wider than the text area runs into the right margin */
  tableWidth?: number;
}

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_LINE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

async function renderRuled(tables: PrintedTable[], o: RulesOptions): Promise<Buffer> {
  const textWidth = o.tableWidth ?? (o.landscape ? 13_900 : 9_000);
  const children: (Paragraph | Table)[] = [];
  for (const t of tables) {
    t.paragraphs.forEach((text, i) => children.push(new Paragraph({
      alignment: i === 0 ? AlignmentType.CENTER : text.startsWith('填报单位') ? AlignmentType.LEFT : AlignmentType.CENTER,
      children: [new TextRun({ text, bold: i === 0, size: i === 0 ? 32 : 21, font: FONT })],
    })));
    const weights = t.columnWeights ?? new Array<number>(t.width).fill(1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => Math.floor((textWidth * w) / sum));
    const spanWidth = (cell: PrintedCell) => widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0);
    children.push(new Table({
      columnWidths: widths,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      borders: o.rules === 'all' ? undefined : { ...TableBorders.NONE, top: LINE, bottom: LINE, insideHorizontal: LINE, left: NO_LINE, right: NO_LINE, insideVertical: NO_LINE },
      rows: t.rows.map((cells) => new TableRow({
        children: cells.map((cell) => new TableCell({
          children: cell.text.split('\n').map((line) => new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: line, bold: cell.header, size: 2 * (cell.header ? o.header : o.body), font: FONT })],
          })),
          columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
          rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
          verticalAlign: VerticalAlign.CENTER,
          width: { size: spanWidth(cell), type: WidthType.DXA },
        })),
      })),
    }));
    for (const text of t.after ?? []) children.push(new Paragraph({ children: [new TextRun({ text, size: 18, font: FONT })] }));
    children.push(new Paragraph({ children: [] }));
  }
  const properties = o.landscape ? { page: { size: { orientation: PageOrientation.LANDSCAPE } } } : {};
  return Packer.toBuffer(new Document({ creator: 'evaltab sample generator', sections: [{ properties, children }] }));
}

// ───────────────────────── 1. no-vertical-rules: 江西 self-evaluation, landscape, 10 columns ─────────────────────────

const jiangxi: R6Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '农村义务教育学生营养改善计划', department: '赣州市教育局', implementingUnit: '赣州市学生资助管理中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 86_500_000, annualBudget: 89_200_000, executed: 88_124_000, weight: 10, executionRate: 98.79, score: 9.88 },
      { label: '其中：中央资金', initialBudget: 62_000_000, annualBudget: 64_000_000, executed: 63_600_000 },
      { label: '省级资金', initialBudget: 16_500_000, annualBudget: 17_200_000, executed: 17_024_000 },
      { label: '市县资金', initialBudget: 8_000_000, annualBudget: 8_000_000, executed: 7_500_000 },
    ],
  },
  goal: '为全市农村义务教育阶段21.6万名学生每天提供营养膳食补助，在校供餐天数不少于180天，改造提升学校食堂120所，确保不发生食品安全事故，学生营养健康状况稳步改善。',
  achieved: '全年惠及学生21.84万人，供餐186天，完成112所学校食堂改造提升，未发生食品安全事故，学生营养健康状况明显改善。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '受益学生人数', target: v('>=', 21.6, '万人'), actual: v(null, 21.84, '万人'), weight: 10, score: 10, proof: '学籍系统受助学生名册' },
      { name: '营养膳食供餐天数', target: v('>=', 180, '天'), actual: v(null, 186, '天'), weight: 8, score: 8, proof: '学校供餐台账' },
      { name: '食堂改造提升学校数', target: v('>=', 120, '所'), actual: v(null, 112, '所'), weight: 6, score: 5.2,
        why: '8所学校校舍改扩建同步施工，食堂改造顺延', fix: '与基建项目统筹，2025年5月底前完成', proof: '竣工验收资料' },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '食品安全事故发生次数', target: v('=', 0, '次'), actual: v(null, 0, '次'), weight: 8, score: 8, proof: '市场监管部门通报' },
      { name: '膳食营养达标率', target: v('>=', 90, '%'), actual: v(null, 92.5, '%'), weight: 8, score: 8, proof: '营养监测报告' },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '补助资金拨付及时率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6, proof: '资金拨付凭证' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '生均膳食补助标准', target: v('=', 5, '元/天'), actual: v(null, 5, '元/天'), weight: 7, score: 7, proof: '补助标准文件' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '学生营养健康状况', target: tx('稳步改善'), actual: tx('明显改善'), weight: 10, score: 10, proof: '学生体质监测数据' },
      { name: '农村学生生长迟缓率下降幅度', target: v('>=', 0.5, '个百分点'), actual: v(null, 0.6, '个百分点'), weight: 8, score: 8, proof: '疾控中心监测报告' },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '营养改善长效管理机制', target: tx('逐步健全'), actual: tx('基本建立'), weight: 7, score: 6.5,
        why: '部分县区膳食营养监测员配备不足', fix: '2025年起每校配齐1名兼职营养监测员', proof: '管理制度文件' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '学生满意度', target: v('>=', 90, '%'), actual: v(null, 93.6, '%'), weight: 6, score: 6, proof: '问卷调查报告' },
      { name: '家长满意度', target: v('>=', 90, '%'), actual: v(null, 91.2, '%'), weight: 6, score: 6, proof: '问卷调查报告' },
    ] },
  ],
  total: { weight: 100, score: 98.58, grade: '优' },
};

function noVerticalRulesDoc(p: R6Project): PrintedTable[] {
  return [{
    paragraphs: [p.title, '（2024年度）', '填报单位（盖章）：赣州市教育局                                                                        单位：万元'],
    width: 10, columnWeights: [4, 5.5, 8, 5, 5, 3, 3, 8, 8, 6.5],
    rows: rows(10, [
      ...wideHead(p, true),
      [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析'), h('改进措施'), h('佐证材料')],
      ...indicatorRows(p.groups, (it) => [c(it.name), c(shownTarget(it)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)),
        c(it.why ?? ''), c(r6(it).fix ?? ''), c(r6(it).proof ?? '')]),
      [c('总分', { span: 5 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(p.total!.grade!, { span: 'rest' })],
    ]),
    after: ['填报人：刘晓梅          联系电话：0797-8213365          填报日期：2025年3月28日'],
  }];
}

// ───────────────────────── 2. wrapped-levels: 重庆 target table, narrow 一级/二级, 资金来源 grid ─────────────────────────

const chongqing: R6Project = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: {
    name: '社区老年助餐服务体系建设补助', department: '重庆市渝中区民政局', implementingUnit: '重庆市渝中区养老服务指导中心',
    attribute: '新增项目', period: '2025年1月—2025年12月',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 12_865_000 },
      { label: '财政拨款', annualBudget: 11_500_000 },
      { label: '其他资金', annualBudget: 1_365_000 },
    ],
  },
  goal: '新建及改造提升社区老年食堂和助餐点36个，全年提供助餐服务42万人次以上，为特殊困难老年人送餐上门1800户，社区老年助餐服务覆盖率达到90%以上，辖区老年人就餐难问题得到有效缓解。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建及改造提升社区老年食堂和老年助餐点的数量', target: v('>=', 36, '个'), shown: '≥36个（含）', weight: 10 },
      { name: '全年为辖区60周岁以上老年人提供助餐服务的累计人次', target: v('>=', 42, '万人次'), shown: '≥42万人次（含）', weight: 10 },
      { name: '对高龄、失能、独居等特殊困难老年人开展送餐上门服务的覆盖户数', target: v('>=', 1800, '户'), weight: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '老年食堂（助餐点）食品安全量化等级评定为良好以上的比例', target: v('>=', 95, '%'), shown: '≥95%（含）', weight: 8 },
      { name: '助餐服务场所消防安全及无障碍设施改造验收合格率', target: v('=', 100, '%'), weight: 7 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '新建改造老年食堂（助餐点）建成并投入运营的完成时间', target: tx('2025年12月31日前'), weight: 7 },
      { name: '首批社区老年食堂（助餐点）挂牌运营时间', target: dt('2025-06-30'), weight: 5 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '老年助餐服务每人每餐财政补贴标准', target: v('<=', 5, '元/餐'), shown: '≤5元/餐（含）', weight: 5 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '辖区老年人就餐难问题缓解及居家养老服务能力提升情况', target: tx('有效提升'), weight: 10 },
      { name: '社区老年助餐服务覆盖率（已开展助餐服务的社区数/社区总数）', target: v('>=', 90, '%'), shown: '≥90%（含）', weight: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '老年助餐服务“政府补一点、企业让一点、个人出一点”可持续运营机制', target: tx('逐步完善'), weight: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '就餐老年人及其家属对助餐服务质量、菜品价格和服务态度的综合满意度', target: v('>=', 90, '%'), shown: '≥90%（含）', weight: 10 },
    ] },
  ],
  total: null,
};

function wrappedLevelsDoc(p: R6Project): PrintedTable[] {
  const f = p.funds!;
  const [total, ...sources] = f.rows;
  const pr = p.project;
  // 5 columns: 一级 and 二级 about three characters wide at 9 pt, so 产出指标 / 服务对象满意度指标 wrap over 2–3 lines
  return [{
    paragraphs: [p.title, '单位：万元'], width: 5, columnWeights: [1.55, 1.55, 9.4, 3.6, 1.7],
    rows: rows(5, [
      [c('项目名称', { span: 2 }), c(pr.name!, { span: 'rest' })],
      [c('主管部门', { span: 2 }), c(pr.department!, { span: 'rest' })],
      [c('实施单位', { span: 2 }), c(pr.implementingUnit!, { span: 'rest' })],
      [c('项目属性', { span: 2 }), c(pr.attribute!, { span: 'rest' })],
      [c('实施期限', { span: 2 }), c(pr.period!, { span: 'rest' })],
      [c('项目资金', { rowSpan: 3 }), h('资金类别', { rowSpan: 2 }), h('合计', { rowSpan: 2 }), h('资金来源', { span: 2 })],
      [h('财政拨款'), h('其他资金')],
      [c(String(total!.label)), c(money(total!.annualBudget, '万元', false)), ...sources.map((s) => c(money(s.annualBudget, '万元', false)))],
      [c('年度绩效目标', { span: 2 }), c(p.goal!, { span: 'rest' })],
      [h('一级指标'), h('二级指标'), h('三级指标'), h('指标值'), h('分值')],
      ...indicatorRows(p.groups, (it) => [c(it.name), c(shownTarget(it)), c(num(it.weight))]),
    ]),
  }];
}

// ───────────────────────── 3. toc-three-tables: 青海, a 目录 page then three tables, each its own layout ─────────────────────────

const RUNNING_TITLE = '西宁市卫生健康委员会2023年度项目支出绩效自评报告';

const qinghaiA: R6Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2023,
  project: { name: '基层医疗卫生机构能力提升项目', department: '西宁市卫生健康委员会', implementingUnit: '西宁市基层卫生服务指导中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 12_000_000, executed: 11_760_000, weight: 10, executionRate: 98, score: 9.8 },
      { label: '其中：财政拨款', annualBudget: 12_000_000, executed: 11_760_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '', items: [
      { name: '配置基层医疗设备数量', target: v('>=', 260, '台'), actual: v(null, 268, '台'), weight: 10, score: 10 },
      { name: '培训基层卫生技术人员', target: v('>=', 1200, '人次'), actual: v(null, 1265, '人次'), weight: 10, score: 10 },
      { name: '医疗设备验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '基层医疗卫生机构标准化建设达标率', target: v('>=', 95, '%'), actual: v(null, 96.2, '%'), weight: 10, score: 10 },
      { name: '设备采购及安装完成时间', target: dt('2023-10-31'), actual: dt('2023-11-20'), weight: 10, score: 8,
        why: '部分进口设备清关延误，11月20日全部安装完毕；今后提前启动采购程序。' },
    ] },
    { level1: '效益指标', level2: '', items: [
      { name: '基层医疗卫生机构门急诊人次增长率', target: v('>=', 5, '%'), actual: v(null, 6.8, '%'), weight: 10, score: 10 },
      { name: '县域内就诊率', target: v('>=', 90, '%'), actual: v(null, 91.3, '%'), weight: 10, score: 10 },
    ] },
    { level1: '成本指标', level2: '', items: [
      { name: '单台设备平均采购成本', target: v('<=', 18, '万元'), actual: v(null, 16.7, '万元'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '', items: [
      { name: '患者满意度', target: v('>=', 90, '%'), actual: v(null, 93, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.8, grade: '优' },
};

const qinghaiB: R6Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2023,
  project: { name: '免费孕前优生健康检查项目', department: '西宁市卫生健康委员会', implementingUnit: '西宁市妇幼保健计划生育服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 3_400_000, annualBudget: 3_400_000, executed: 3_258_000, weight: 10, executionRate: 95.82, score: 9.58 },
      { label: '其中：中央补助', initialBudget: 2_400_000, annualBudget: 2_400_000, executed: 2_316_000 },
      { label: '地方配套', initialBudget: 1_000_000, annualBudget: 1_000_000, executed: 942_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '目标人群覆盖率', target: v('>=', 80, '%'), actual: v(null, 82.6, '%'), weight: 10, score: 10, remark: '国家基本公卫考核指标' },
      { name: '完成检查人数', target: v('>=', 6800, '人'), actual: v(null, 7032, '人'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '高风险人群随访率', target: v('>=', 95, '%'), actual: v(null, 96.4, '%'), weight: 10, score: 10 },
      { name: '检查结果告知率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '检查结果反馈时限', target: v('<=', 30, '天'), actual: v(null, 28, '天'), weight: 10, score: 10, remark: '自检查之日起计算' },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '孕前优生知识知晓率', target: v('>=', 85, '%'), actual: v(null, 83.5, '%'), weight: 10, score: 9.5,
        why: '部分偏远乡镇宣传覆盖不足；下一步加强村医入户宣传。' },
      { name: '出生缺陷一级预防措施落实情况', target: tx('有效落实'), actual: tx('有效落实'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '孕前优生健康检查服务机制', target: tx('持续完善'), actual: tx('持续完善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '服务对象满意度', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 10, score: 10, remark: '第三方问卷调查' },
    ] },
  ],
  total: { weight: 100, score: 99.08, grade: '优' },
};

const qinghaiC: R6Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2023,
  project: { name: '严重精神障碍患者救治救助项目', department: '西宁市卫生健康委员会', implementingUnit: '西宁市第三人民医院' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 6_200_000, annualBudget: 6_500_000, executed: 6_435_000, weight: 10, executionRate: 99, score: 9.9 },
      { label: '其中：财政拨款', initialBudget: 6_200_000, annualBudget: 6_500_000, executed: 6_435_000 },
    ],
  },
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '在册患者规范管理人数', target: v('>=', 5200, '人'), actual: v(null, 5316, '人'), weight: 15, score: 15 },
      { name: '免费服药患者人数', target: v('>=', 2600, '人'), actual: v(null, 2480, '人'), weight: 10, score: 9,
        why: '部分患者及监护人服药意愿不强；加强随访宣教和家属沟通。' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '患者规范管理率', target: v('>=', 85, '%'), actual: v(null, 87.2, '%'), weight: 10, score: 10 },
      { name: '患者面访率', target: v('>=', 85, '%'), actual: v(null, 89, '%'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '救助资金发放及时率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 5, score: 5 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '患者病情稳定率', target: v('>=', 75, '%'), actual: v(null, 78.6, '%'), weight: 10, score: 10 },
      { name: '患者肇事肇祸案件发生数', target: v('=', 0, '起'), actual: v(null, 0, '起'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '精神卫生综合管理机制', target: tx('持续健全'), actual: tx('持续健全'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '患者家属满意度', target: v('>=', 90, '%'), actual: v(null, 92.8, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.9, grade: '优' },
};

/** The funds rows of an 8/9/7-column self-evaluation head, amounts without separators. */
const plainMoney = (yuan: number | null) => money(yuan, '万元', false);

function tocDoc(a: R6Project, b: R6Project, cc: R6Project): PrintedTable[] {
  const toc: PrintedTable = {
    paragraphs: [RUNNING_TITLE, '目    录',
      `一、${a.project.name}支出绩效自评表 ………………………………… 2`,
      `二、${b.project.name}支出绩效自评表 ………………………………… 3`,
      `三、${cc.project.name}支出绩效自评表 ……………………………… 4`],
    width: 1, rows: [],
  };
  // A: 一级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 (no 二级 column)
  const fa = a.funds!;
  const noLevel2Rows: CellSpec[][] = [];
  for (const g of a.groups) g.items.forEach((it, i) => noLevel2Rows.push([
    ...(i === 0 ? [c(g.level1, { rowSpan: g.items.length })] : []),
    c(it.name), c(printValue(it.target)), c(printValue(it.actual ?? null)), c(num(it.weight)), c(num(it.score)), c(it.why ?? ''),
  ]));
  const tableA: PrintedTable = {
    paragraphs: [a.title, '（2023年度）'], width: 7, pageBreakBefore: true, columnWeights: [4, 8.5, 5, 5, 3.4, 3.8, 8.5],
    rows: rows(7, [
      [c('项目名称'), c(a.project.name!, { span: 'rest' })],
      [c('主管部门'), c(a.project.department!, { span: 2 }), c('实施单位', { span: 2 }), c(a.project.implementingUnit!, { span: 'rest' })],
      [c('项目资金（万元）', { rowSpan: fa.rows.length + 1 }), h(''), h('全年预算数'), h('全年执行数'), h('分值'), h('执行率'), h('得分')],
      ...fa.rows.map((r) => [c(String(r.label)), c(plainMoney(r.annualBudget as number)), c(plainMoney(r.executed as number)),
        c(num(r.weight)), c(rate(r.executionRate)), c(num(r.score))]),
      [h('一级指标'), h('三级指标'), h('年度指标值'), h('实际完成值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
      ...noLevel2Rows,
      [c('总分', { span: 4 }), c(num(a.total!.weight)), c(num(a.total!.score)), c(a.total!.grade!)],
    ]),
  };
  // B: the usual 8 columns and a 备注 column after 偏差原因
  const tableB: PrintedTable = {
    paragraphs: [b.title, '（2023年度）'], width: 9, pageBreakBefore: true, columnWeights: [4, 4.6, 6.4, 4.5, 4.5, 3.4, 3.8, 7, 4.6],
    rows: rows(9, [
      ...selfEvaluationHead(b as Project, plainMoney).map((r, k) => (k === 2 ? [...r.slice(0, -1), h('得分', { span: 2 })]
        : k > 2 ? [...r.slice(0, -1), c(r[r.length - 1]!.text, { span: 2 })] : r)),
      [...SELF_HEADER, h('备注')],
      ...indicatorRows(b.groups, (it) => [...selfEvaluationCells(it), c(r6(it).remark ?? '')]),
      [c('总分', { span: 5 }), c(num(b.total!.weight)), c(num(b.total!.score)), c(b.total!.grade!, { span: 'rest' })],
    ]),
  };
  // C: the usual 8 columns, weights in the 一级 cell ("产出指标（50分）")
  const tableC: PrintedTable = {
    paragraphs: [cc.title, '（2023年度）'], width: 8, pageBreakBefore: true, columnWeights: [4.6, 4.6, 7, 4.5, 4.5, 3.4, 3.8, 8],
    rows: rows(8, [
      ...selfEvaluationHead(cc as Project, plainMoney),
      SELF_HEADER,
      ...indicatorRows(cc.groups, selfEvaluationCells),
      totalRow(cc as Project, cc.total!.grade!),
    ]),
  };
  return [toc, tableA, tableB, tableC];
}

// ───────────────────────── 4. small-font: 新疆 self-evaluation, 10 columns at 7 pt, wider than the text area ─────────────────────────

const xinjiang: R6Project = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2024,
  project: { name: '高效节水灌溉工程建设项目', department: '昌吉回族自治州水利局', implementingUnit: '昌吉回族自治州农村水利服务中心' },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 56_000_000, annualBudget: 63_500_000, executed: 61_023_500, weight: 10, executionRate: 96.1, score: 9.61 },
      { label: '其中：中央补助', initialBudget: 40_000_000, annualBudget: 46_000_000, executed: 44_623_500 },
      { label: '自治区补助', initialBudget: 10_000_000, annualBudget: 11_500_000, executed: 11_000_000 },
      { label: '州本级配套', initialBudget: 6_000_000, annualBudget: 6_000_000, executed: 5_400_000 },
    ],
  },
  goal: '新增高效节水灌溉面积13.5万亩，铺设输水管道960公里，新建首部枢纽及蓄水池45座，灌溉水利用系数达到0.9以上，年节约灌溉用水4500万立方米。',
  achieved: '新增高效节水灌溉面积13.2万亩，铺设输水管道962公里，建成首部枢纽及蓄水池45座，灌溉水利用系数0.91，年节约灌溉用水4620万立方米。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新增高效节水灌溉面积', initial: v('>=', 12, '万亩'), target: v('>=', 13.5, '万亩'), actual: v(null, 13.2, '万亩'), weight: 10, score: 9.5,
        why: '3个乡镇0.3万亩地块因土地流转纠纷未能施工', fix: '会同乡镇政府化解纠纷，2025年4月底前完工' },
      { name: '铺设输水管道长度', initial: v('>=', 850, '公里'), target: v('>=', 960, '公里'), actual: v(null, 962, '公里'), weight: 8, score: 8 },
      { name: '新建首部枢纽及蓄水池', initial: v('>=', 45, '座'), target: v('>=', 45, '座'), actual: v(null, 45, '座'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程验收合格率', initial: v('=', 100, '%'), target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '灌溉水利用系数', initial: v('>=', 0.9, null), target: v('>=', 0.9, null), actual: v(null, 0.91, null), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '工程完工时间', initial: dt('2024-10-31'), target: dt('2024-11-30'), actual: dt('2024-11-25'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '亩均建设成本', initial: v('<=', 470, '元/亩'), target: v('<=', 470, '元/亩'), actual: v(null, 462, '元/亩'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '亩均节本增效', initial: v('>=', 180, '元'), target: v('>=', 180, '元'), actual: v(null, 196, '元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '受益农户数', initial: v('>=', 1.1, '万户'), target: v('>=', 1.25, '万户'), actual: v(null, 1.23, '万户'), weight: 8, score: 7.5,
        why: '部分地块种植结构调整，个别农户退出项目', fix: '完善受益农户动态台账，加强种植结构调整跟踪' },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '年节约灌溉用水量', initial: v('>=', 4500, '万立方米'), target: v('>=', 4500, '万立方米'), actual: v(null, 4620, '万立方米'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '工程设计使用年限', initial: v('>=', 15, '年'), target: v('>=', 15, '年'), actual: v('>=', 15, '年'), weight: 6, score: 6 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受益农户满意度', initial: v('>=', 90, '%'), target: v('>=', 90, '%'), actual: v(null, 94.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.61, grade: '优' },
};

function smallFontDoc(p: R6Project): PrintedTable[] {
  return [{
    paragraphs: [p.title, '（2024年度）', '填报单位（盖章）：昌吉回族自治州水利局                                        单位：万元'],
    width: 10, columnWeights: [3.6, 4.4, 7.4, 4.6, 4.6, 4.6, 3, 3, 6.8, 6.8],
    rows: rows(10, [
      ...wideHead(p, true),
      [h('一级指标'), h('二级指标'), h('三级指标'), h('年初指标值'), h('全年指标值'), h('实际完成值'), h('分值'), h('得分'), h('未完成原因'), h('改进措施')],
      ...indicatorRows(p.groups, (it) => [c(it.name), c(printValue(r6(it).initial ?? null)), c(shownTarget(it)), c(printValue(it.actual ?? null)),
        c(num(it.weight)), c(num(it.score)), c(it.why ?? ''), c(r6(it).fix ?? '')]),
      [c('总分', { span: 6 }), c(num(p.total!.weight)), c(num(p.total!.score)), c(p.total!.grade!, { span: 'rest' })],
    ]),
    after: ['填报人：艾尔肯·吐尔逊      联系电话：0994-2356178      填报日期：2025年4月10日'],
  }];
}

// ───────────────────────── goldens ─────────────────────────

/** Category of a row whose table prints no 二级: from the 一级 group when it names one (contract CategorySchema). */
const categoryOfLevel1 = (level1: string) => (level1 === '成本指标' ? 'cost' : level1 === '满意度指标' ? 'satisfaction' : 'other');

/** The golden table of a project: goldenTable, then the 年初 targets and the missing 二级 the content holds. */
function r6Golden(p: R6Project) {
  const t = goldenTable(p as Project);
  const items = p.groups.flatMap((g) => g.items.map((it) => ({ g, it })));
  return {
    ...t,
    indicators: t.indicators.map((ind, k) => {
      const { g, it } = items[k]!;
      return {
        ...ind,
        level2: g.level2 === '' ? null : ind.level2,
        category: g.level2 === '' ? categoryOfLevel1(g.level1) : categoryOf(g.level2),
        initialTarget: it.initial ?? null,
      };
    }),
  };
}

// ───────────────────────── write ─────────────────────────

interface NewProbe { stem: string; projects: R6Project[]; docx: () => Promise<Buffer>; notes: string[] }

const probes: NewProbe[] = [
  { stem: 'probe-r6-pdf-jiangxi-school-meals-2024-self-evaluation-no-vertical-rules', projects: [jiangxi],
    docx: () => renderRuled(noVerticalRulesDoc(jiangxi), { landscape: true, rules: 'horizontal', body: 9, header: 9 }),
    notes: [
      '江西 style 自评表, A4 landscape, one table of 10 columns ruled with horizontal lines only (above, between and below the rows): no vertical line anywhere, columns are whitespace; the merged 一级/二级 cells have no line inside them.',
      'Columns 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 | 改进措施 | 佐证材料; 改进措施 and 佐证材料 have no field.',
      'Caption "填报单位（盖章）：赣州市教育局 … 单位：万元" is not a project field; funds block 项目资金（万元） with thousands separators (8,920.00): 年度资金总额 / 其中：中央资金 / 省级资金 / 市县资金, labels as printed.',
      'Total from the 总分 row (100, 98.58), grade 优 in its last cell. "=5元/天" keeps the compound unit; "≥0.5个百分点" unit 个百分点.',
    ] },
  { stem: 'probe-r6-pdf-chongqing-elderly-meals-2025-targets-wrapped-levels', projects: [chongqing],
    docx: () => renderDocx(wrappedLevelsDoc(chongqing)),
    notes: [
      '重庆 style 绩效目标表, A4 portrait, 5 columns: the 一级 and 二级 columns are about three characters wide, so 产出指标 / 满意度指标 wrap over two lines and 数量指标 … 服务对象满意度指标 over 2–3, beside 三级 names wrapped over 2–3 lines (one name each).',
      'Targets "≥95%（含）", "≥36个（含）", "≤5元/餐（含）": the （含） only restates that the bound is included, so they are read as the comparator, number and unit ({">=", 95, "%"}) — judgement call. "2025年12月31日前" is a deadline phrase: text (as in the 宁夏 r4 golden); "2025年6月30日" alone is a date.',
      'Funds block: 项目资金 | 资金类别 | 合计 | 资金来源 over 财政拨款 | 其他资金 (two header rows), one row 年度资金总额 | 1286.50 | 1150.00 | 136.50 in 万元 (caption 单位：万元). Read as the money lines it prints: 年度资金总额 (the 合计) and one line per 资金来源 column labelled with its header (财政拨款, 其他资金), each → annualBudget — judgement call.',
      '项目属性 → attribute, 实施期限 → period. 分值 → weight (sums to 100); no total row.',
    ] },
  { stem: 'probe-r6-pdf-qinghai-health-2023-self-evaluation-toc-three-tables', projects: [qinghaiA, qinghaiB, qinghaiC],
    docx: () => renderDocx(tocDoc(qinghaiA, qinghaiB, qinghaiC), { pageHeader: RUNNING_TITLE, pageNumbers: true }),
    notes: [
      '青海 style 自评报告: page 1 is a 目录 listing the three project tables (names with dot leaders and page numbers: not tables), then one table a page; every page carries the running title "西宁市卫生健康委员会2023年度项目支出绩效自评报告" (page header) and "第 X 页 共 4 页" (footer). Each table is titled 项目支出绩效自评表 with （2023年度） under it: year 2023.',
      'Table A (基层医疗卫生机构能力提升项目) prints no 二级 column: 一级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施; level2 null; 成本指标 is a 一级 group. category from the 一级 where it names one (成本指标 → cost, 满意度指标 → satisfaction), other for 产出指标 / 效益指标 (contract CategorySchema: "or its 一级 group when the 二级 is not recognised") — judgement call. Its funds block prints no 年初预算数 column (全年预算数 | 全年执行数 | 分值 | 执行率 | 得分): initialBudget null.',
      'Table B (免费孕前优生健康检查项目): the 8 usual columns plus 备注 (not scored); funds 年度资金总额 / 其中：中央补助 / 地方配套. Table C (严重精神障碍患者救治救助项目): 一级 with weights in the cell, 产出指标（50分） / 效益指标（30分） / 满意度指标（10分） → level1Weight.',
      'Totals from each 总分 row with the grade 优 in its last cell.',
    ] },
  { stem: 'probe-r6-pdf-xinjiang-water-saving-2024-self-evaluation-small-font', projects: [xinjiang],
    docx: () => renderRuled(smallFontDoc(xinjiang), { rules: 'all', body: 7, header: 7.5, tableWidth: 10_250 }),
    notes: [
      '新疆 style 自评表, A4 portrait, 10 columns printed at 7 pt (headers 7.5 pt) in a table 10250 twips wide: wider than the 9026-twip text area, so it runs into the right margin.',
      'Columns 一级 | 二级 | 三级 | 年初指标值 | 全年指标值 | 实际完成值 | 分值 | 得分 | 未完成原因 | 改进措施: target = 全年指标值, initialTarget = 年初指标值 (adjusted during the year for 新增高效节水灌溉面积, 铺设输水管道长度, 工程完工时间, 受益农户数). 改进措施 has no field.',
      'Funds 项目资金（万元） with thousands separators: 年度资金总额 / 其中：中央补助 / 自治区补助 / 州本级配套. "≥0.9" has no unit. 工程设计使用年限 actual "≥15年" repeats the target (comparator kept).',
      'Total from the 总分 row (100, 98.61), grade 优.',
    ] },
];

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-probe-pdf-r6-'));
  try {
    mkdirSync(join(work, 'docx'));
    for (const p of probes) writeFileSync(join(work, 'docx', `${p.stem}.docx`), await p.docx());
    soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...probes.map((p) => join(work, 'docx', `${p.stem}.docx`))], work);
    for (const p of probes) {
      copyFileSync(join(work, 'pdf', `${p.stem}.pdf`), join(OUT, `${p.stem}.pdf`));
      if (process.env.PROBE_KEEP_DOCX) copyFileSync(join(work, 'docx', `${p.stem}.docx`), join(process.env.PROBE_KEEP_DOCX, `${p.stem}.docx`));
      writeGolden(`${p.stem}.pdf`, {
        source: `${p.stem}.pdf`, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...p.notes], tables: p.projects.map(r6Golden),
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.stdout.write(`wrote ${probes.length} PDFs to samples/probe\n`);
}

await main();
