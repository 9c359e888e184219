/**
 * Lays a golden table out the way the 绩效自评表 / 绩效目标表 templates print it: header
 * fields, the funds block (项目资金), goals when known, the indicator block with 一级 and
 * 二级 cells merged down over their rows, and the 总分 row. Summary tables print a header
 * row and their rows. One layout feeds both the Word and the HTML renderer.
 */
import {
  printAmount, printOptional, printValue,
  type GoldenFundsRow, type GoldenIndicator, type GoldenProject, type GoldenTable,
} from './golden-model.js';
import { TableBuilder, type CellSpec, type PrintedTable } from './table-builder.js';

type FundsField = Exclude<keyof GoldenFundsRow, 'label'>;

/** Funds columns in template order; 目标申报数/预算编制数 print under a 年初预算数 group header. */
const FUNDS_COLUMNS: { field: FundsField; header: string }[] = [
  { field: 'declaredBudget', header: '目标申报数' },
  { field: 'initialBudget', header: '年初预算数' },
  { field: 'annualBudget', header: '全年预算数' },
  { field: 'received', header: '到位数' },
  { field: 'executed', header: '全年执行数' },
  { field: 'balance', header: '资金结（转）余' },
  { field: 'weight', header: '分值' },
  { field: 'executionRate', header: '执行率' },
  { field: 'score', header: '得分' },
];

/** 县直部门绩效自评情况汇总表 as printed in the dachang document. */
const SUMMARY_HEADERS = ['序号', '项目名称', '全年预算数', '全年执行数', '资金类型', '自评得分', '自评等级', '自评率（应评项目数/已自评项目数）'];

const isSelfEvaluation = (t: GoldenTable) => t.kind === 'project-self-evaluation';
const present = (v: unknown) => v !== null && v !== undefined;

function indicatorHeaders(t: GoldenTable): string[] {
  const hasInitial = t.indicators.some((i) => i.initialTarget !== null);
  const targets = hasInitial ? ['年初指标值', '调整后指标值'] : [isSelfEvaluation(t) ? '年度指标值' : '指标值'];
  const evaluation = isSelfEvaluation(t) ? ['实际完成值', '分值', '得分', '偏差原因分析及改进措施'] : [];
  return ['一级指标', '二级指标', '三级指标', ...targets, ...evaluation];
}

function fundsColumns(t: GoldenTable) {
  const rows = t.funds?.rows ?? [];
  return FUNDS_COLUMNS.filter(({ field }) => rows.some((r) => present(r[field])));
}

function paragraphsAbove(t: GoldenTable): string[] {
  const lines: string[] = [];
  if (t.title) lines.push(t.title);
  if (t.year !== null) lines.push(`(${t.year}年度)`);
  if (t.kind === 'self-evaluation-summary') lines.push('单位：万元');
  return lines;
}

export function layoutTable(t: GoldenTable): PrintedTable {
  if (t.rows) return layoutRowsTable(t, t.rows);
  const headers = indicatorHeaders(t);
  const width = Math.max(1 + headers.length, 2 + fundsColumns(t).length, 5);
  const b = new TableBuilder(width);
  if (t.project) addProjectFields(b, t.project);
  if (t.funds) addFunds(b, t);
  if (t.goals) addGoals(b, t.goals);
  if (t.indicators.length > 0) addIndicators(b, t, headers);
  if (t.total) addTotal(b, t, headers);
  return { paragraphs: paragraphsAbove(t), width, rows: b.rows };
}

function layoutRowsTable(t: GoldenTable, rows: (string | null)[][]): PrintedTable {
  const width = Math.max(...rows.map((r) => r.length));
  const headers = t.kind === 'self-evaluation-summary' && width === SUMMARY_HEADERS.length
    ? SUMMARY_HEADERS : Array.from({ length: width }, (_, i) => `列${i + 1}`);
  const b = new TableBuilder(width);
  b.row(headers.map((text) => ({ text, header: true })));
  for (const row of rows) b.row(headers.map((_, i) => ({ text: row[i] ?? '' })));
  return { paragraphs: paragraphsAbove(t), width, rows: b.rows };
}

/**
 * Printed fields only: "项目名称 | name", then the known units two to a row
 * ("主管部门及代码 | [155]六盘水市公安局 | 实施单位 | 六盘水市公安局"). A field the golden
 * leaves null is not printed at all, as the original templates differ in which they carry.
 */
function addProjectFields(b: TableBuilder, p: GoldenProject): void {
  const field = (label: string, value: string) => b.row([{ text: label, span: 2, header: true }, { text: value, span: 'rest' }]);
  field('项目名称', p.name);
  const units: [string, string][] = [];
  if (p.department) units.push(['主管部门及代码', p.departmentCode ? `[${p.departmentCode}]${p.department}` : p.department]);
  if (p.budgetUnit) units.push(['预算单位', p.budgetUnitCode ? `${p.budgetUnitCode}-${p.budgetUnit}` : p.budgetUnit]);
  if (p.implementingUnit) units.push(['实施单位', p.implementingUnit]);
  const valueSpan = Math.max(1, Math.floor((b.width - 3) / 2));
  for (let i = 0; i < units.length; i += 2) {
    const [first, second] = [units[i]!, units[i + 1]];
    if (!second) { field(...first); continue; }
    b.row([
      { text: first[0], span: 2, header: true }, { text: first[1], span: valueSpan },
      { text: second[0], header: true }, { text: second[1], span: 'rest' },
    ]);
  }
  if (p.category) field('项目类别', p.category);
  if (p.attribute) field('项目属性', p.attribute);
  if (p.period) field('项目计划实施时间', p.period);
}

function addFunds(b: TableBuilder, t: GoldenTable): void {
  const funds = t.funds!;
  const section = `项目资金（${funds.publishedUnit}）`;
  if (!isSelfEvaluation(t)) {
    // target tables: "项目资金情况 | 预算资金（元） | 7340000", no column headers
    funds.rows.forEach((row, i) => b.row([
      ...(i === 0 ? [{ text: '项目资金情况', rowSpan: funds.rows.length, header: true }] : []),
      { text: `${row.label}（${funds.publishedUnit}）`, header: true },
      { text: printAmount(row.annualBudget, funds.publishedUnit), span: 'rest' },
    ]));
    return;
  }
  const columns = fundsColumns(t);
  const grouped = columns[0]?.field === 'declaredBudget' && columns[1]?.field === 'initialBudget';
  const headerRows = grouped ? 2 : 1;
  const lastSpan = (i: number): CellSpec['span'] => (i === columns.length - 1 ? 'rest' : 1);
  const first: CellSpec[] = [
    { text: section, rowSpan: headerRows + funds.rows.length, header: true },
    { text: '资金来源', rowSpan: headerRows, header: true },
  ];
  columns.forEach((c, i) => {
    if (grouped && i === 0) first.push({ text: '年初预算数', span: 2, header: true });
    else if (!(grouped && i === 1)) first.push({ text: c.header, rowSpan: headerRows, span: lastSpan(i), header: true });
  });
  b.row(first);
  if (grouped) b.row([{ text: '目标申报数', header: true }, { text: '预算编制数', header: true }]);
  for (const row of funds.rows) {
    b.row([{ text: row.label }, ...columns.map((c, i) => ({ text: fundsCell(row, c.field, funds.publishedUnit), span: lastSpan(i) }))]);
  }
}

function fundsCell(row: GoldenFundsRow, field: FundsField, unit: '元' | '万元'): string {
  const v = row[field];
  if (field === 'executionRate') return present(v) ? `${printOptional(v)}%` : '';
  if (field === 'weight' || field === 'score') return printOptional(v);
  return printAmount(v, unit);
}

function addGoals(b: TableBuilder, goals: NonNullable<GoldenTable['goals']>): void {
  const span = Math.max(1, Math.floor((b.width - 1) / 2));
  b.row([{ text: '年度总体目标', rowSpan: 2, header: true }, { text: '预期目标', span, header: true }, { text: '实际完成情况', span: 'rest', header: true }]);
  b.row([{ text: goals.planned ?? '', span }, { text: goals.achieved ?? '', span: 'rest' }]);
}

/** Lengths of runs of equal keys: [a, a, b] → [2, 0, 1] (0 = inside the run above). */
function runLengths<T>(items: T[], key: (item: T) => string | null): number[] {
  const lengths = new Array<number>(items.length).fill(0);
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    const k = i < items.length ? key(items[i]!) : undefined;
    if (i === items.length || k === null || k !== key(items[start]!)) {
      lengths[start] = i - start;
      start = i;
    }
  }
  return lengths;
}

function addIndicators(b: TableBuilder, t: GoldenTable, headers: string[]): void {
  const list = t.indicators;
  b.row([
    { text: '绩效指标', rowSpan: 1 + list.length, header: true },
    ...headers.map((text, i): CellSpec => ({ text, header: true, span: i === headers.length - 1 ? 'rest' : 1 })),
  ]);
  const level1Runs = runLengths(list, (i) => `${i.level1}|${i.level1Weight}`);
  const level2Runs = runLengths(list, (i) => (i.level2 === null ? null : `${i.level1}|${i.level2}`));
  // a 二级 run never crosses a 一级 boundary
  list.forEach((ind, r) => {
    const cells: CellSpec[] = [];
    if (level1Runs[r]! > 0) cells.push({ text: level1Text(ind), rowSpan: level1Runs[r]! });
    if (level2Runs[r]! > 0) cells.push({ text: ind.level2 ?? '', rowSpan: level2Runs[r]! });
    cells.push({ text: ind.level3 });
    const values = indicatorValues(t, ind);
    values.forEach((text, i) => cells.push({ text, span: i === values.length - 1 ? 'rest' : 1 }));
    b.row(cells);
  });
}

/** "产出指标（50分）" when a weight is printed in the 一级 cell. */
const level1Text = (i: GoldenIndicator) => (i.level1Weight === null ? i.level1 : `${i.level1}（${i.level1Weight}分）`);

function indicatorValues(t: GoldenTable, i: GoldenIndicator): string[] {
  const hasInitial = t.indicators.some((x) => x.initialTarget !== null);
  const targets = hasInitial ? [printValue(i.initialTarget), printValue(i.target)] : [printValue(i.target)];
  if (!isSelfEvaluation(t)) return targets;
  return [...targets, printValue(i.actual), printOptional(i.weight), printOptional(i.score), ''];
}

function addTotal(b: TableBuilder, t: GoldenTable, headers: string[]): void {
  const total = t.total!;
  const weightAt = headers.indexOf('分值');
  if (weightAt < 0) {
    b.row([{ text: '总分', span: 2, header: true }, { text: printOptional(total.score), span: 'rest' }]);
    return;
  }
  b.row([
    { text: '总分', span: 1 + weightAt, header: true },
    { text: printOptional(total.weight) }, { text: printOptional(total.score) },
    { text: total.grade ?? '', span: 'rest' },
  ]);
}
