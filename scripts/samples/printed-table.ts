/**
 * Lays a golden table out the way the 绩效自评表 / 绩效目标表 templates print it: header
 * fields, the funds block (项目资金), goals when known, the indicator block with 一级 and
 * 二级 cells merged down over their rows, and the 总分 row. Summary tables print a header
 * row and their rows. One layout feeds the Word, HTML and text renderers.
 *
 * `LayoutOptions` print the same content the way other regional templates do (other header
 * wording, column order, unknown columns, repeated or missing 一级/二级, split targets, labels
 * above values, the other money unit); without options the layout is the one of
 * scripts/samples/make-samples.ts. scripts/samples/make-variants.ts chooses the options.
 */
import {
  printAmount, printNumber, printOptional, printValue,
  type GoldenFundsRow, type GoldenIndicator, type GoldenProject, type GoldenTable, type GoldenValue,
} from './golden-model.js';
import { TableBuilder, type CellSpec, type PrintedTable } from './table-builder.js';

export type FundsField = Exclude<keyof GoldenFundsRow, 'label'>;
type Unit = '元' | '万元';

/** What an indicator column holds; `extra` is a column the golden does not record (备注 …). */
export type ColumnRole = 'level1' | 'level2' | 'level3' | 'initialTarget' | 'target' | 'actual' | 'weight' | 'score' | 'deviation' | 'extra';
/** The columns after 三级指标 whose order templates vary. */
export type ValueRole = 'initialTarget' | 'target' | 'actual' | 'weight' | 'score' | 'deviation';
export type FieldKey = Exclude<keyof GoldenProject, 'departmentCode' | 'budgetUnitCode'>;
/** Every printed header or label a layout option can reword. */
export type HeaderKey = Exclude<ColumnRole, 'extra'> | `funds:${FundsField}` | FieldKey | 'indicators' | 'total' | 'fundsSection' | 'fundsSource';

export interface ExtraColumn {
  header: string;
  /** one cell per indicator row */
  cells: string[];
  /** position among the columns after 三级指标: 0 right after it, ≥ their count at the end */
  at: number;
}

export interface LayoutOptions {
  /** printed wording of headers and labels; keys not given keep the default wording */
  headers?: Partial<Record<HeaderKey, string>>;
  /** the columns after 三级指标 in print order (roles the table lacks are skipped, missing ones follow) */
  valueOrder?: ValueRole[];
  /** columns the golden does not record, inserted in the order given */
  extraColumns?: ExtraColumn[];
  /** 一级/二级 cells merged down over their rows (default), printed on every row, or no such columns */
  levels?: 'merged' | 'repeated' | 'none';
  /** targets in three sub-columns under their header, e.g. ['性质', '值', '单位']: "≥" | "95" | "%" */
  splitTarget?: [string, string, string];
  /** header fields as label | value beside each other (default) or a row of labels over a row of values */
  fields?: 'beside' | 'above';
  /** funds printed in this unit (default: the golden's publishedUnit) */
  fundsUnit?: Unit;
  /**
   * where the funds unit is named: the block label "项目资金（万元）", each money column header
   * "全年预算数（万元）", every row label "预算资金（元）" or the first row's only "年度资金总额（万元）".
   * Default: the block label in self-evaluation tables, the row labels in target tables.
   */
  fundsUnitIn?: ('section' | 'columns' | 'labels' | 'first-label')[];
}

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
const MONEY_FIELDS = new Set<FundsField>(['declaredBudget', 'initialBudget', 'annualBudget', 'received', 'executed', 'balance']);

/** 县直部门绩效自评情况汇总表 as printed in the dachang document. */
const SUMMARY_HEADERS = ['序号', '项目名称', '全年预算数', '全年执行数', '资金类型', '自评得分', '自评等级', '自评率（应评项目数/已自评项目数）'];

const DEFAULT_HEADERS: Partial<Record<HeaderKey, string>> = {
  level1: '一级指标', level2: '二级指标', level3: '三级指标', actual: '实际完成值', weight: '分值', score: '得分',
  deviation: '偏差原因分析及改进措施', indicators: '绩效指标', total: '总分', fundsSource: '资金来源',
  name: '项目名称', department: '主管部门及代码', budgetUnit: '预算单位', implementingUnit: '实施单位',
  category: '项目类别', attribute: '项目属性', period: '项目计划实施时间',
};

const isSelfEvaluation = (t: GoldenTable) => t.kind === 'project-self-evaluation';
const hasInitialTarget = (t: GoldenTable) => t.indicators.some((i) => i.initialTarget !== null);
const present = (v: unknown) => v !== null && v !== undefined;

/** A layout in progress: the table, its options, and the header wording in force. */
class Layout {
  constructor(readonly t: GoldenTable, readonly o: LayoutOptions) {}

  header(key: HeaderKey, fallback?: string): string {
    return this.o.headers?.[key] ?? DEFAULT_HEADERS[key] ?? fallback ?? key;
  }

  get fundsUnit(): Unit {
    return this.o.fundsUnit ?? this.t.funds?.publishedUnit ?? '元';
  }

  unitIn(place: 'section' | 'columns' | 'labels' | 'first-label'): boolean {
    return (this.o.fundsUnitIn ?? (isSelfEvaluation(this.t) ? ['section'] : ['labels'])).includes(place);
  }
}

/** One indicator column (a split target is one column printed as three). */
interface IndicatorColumn {
  role: ColumnRole;
  header: string;
  /** sub-headers printed under the header, one printed column each */
  sub?: string[];
  /** the printed cells of indicator row `index` (one per printed column) */
  cells: (ind: GoldenIndicator, index: number) => string[];
}

const printedWidth = (c: IndicatorColumn) => c.sub?.length ?? 1;

export function layoutTable(t: GoldenTable, options: LayoutOptions = {}): PrintedTable {
  if (t.rows) return layoutRowsTable(t, t.rows);
  const l = new Layout(t, options);
  const columns = indicatorColumns(l);
  const width = Math.max(1 + columns.reduce((n, c) => n + printedWidth(c), 0), 2 + fundsColumns(t).length, 5);
  const b = new TableBuilder(width);
  if (t.project) addProjectFields(b, l, t.project);
  if (t.funds) addFunds(b, l);
  if (t.goals) addGoals(b, t.goals);
  if (t.indicators.length > 0) addIndicators(b, l, columns);
  if (t.total) addTotal(b, l, columns);
  return { paragraphs: paragraphsAbove(t), width, rows: b.rows };
}

function paragraphsAbove(t: GoldenTable): string[] {
  const lines: string[] = [];
  if (t.title) lines.push(t.title);
  if (t.year !== null) lines.push(`(${t.year}年度)`);
  if (t.kind === 'self-evaluation-summary') lines.push('单位：万元');
  return lines;
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

/** Printed header fields, [label, value], in template order; a field the golden leaves null is not printed. */
function projectFields(l: Layout, p: GoldenProject): { key: FieldKey; label: string; value: string }[] {
  const fields: { key: FieldKey; value: string | null | undefined }[] = [
    { key: 'name', value: p.name },
    { key: 'department', value: p.department && (p.departmentCode ? `[${p.departmentCode}]${p.department}` : p.department) },
    { key: 'budgetUnit', value: p.budgetUnit && (p.budgetUnitCode ? `${p.budgetUnitCode}-${p.budgetUnit}` : p.budgetUnit) },
    { key: 'implementingUnit', value: p.implementingUnit },
    { key: 'category', value: p.category },
    { key: 'attribute', value: p.attribute },
    { key: 'period', value: p.period },
  ];
  return fields.flatMap(({ key, value }) => (value || key === 'name' ? [{ key, label: l.header(key), value: value ?? '' }] : []));
}

/**
 * Beside: "项目名称 | name", then the units two to a row ("主管部门及代码 | [155]六盘水市公安局 |
 * 实施单位 | 六盘水市公安局"), then 类别/属性/实施时间 one to a row. Above: up to three fields
 * to a pair of rows, a row of labels over a row of values.
 */
function addProjectFields(b: TableBuilder, l: Layout, p: GoldenProject): void {
  const fields = projectFields(l, p);
  if (l.o.fields === 'above') {
    for (let i = 0; i < fields.length; i += 3) {
      const group = fields.slice(i, i + 3);
      const span = Math.floor(b.width / group.length);
      const spanOf = (k: number): CellSpec['span'] => (k === group.length - 1 ? 'rest' : span);
      b.row(group.map((f, k) => ({ text: f.label, span: spanOf(k), header: true })));
      b.row(group.map((f, k) => ({ text: f.value, span: spanOf(k) })));
    }
    return;
  }
  const field = (label: string, value: string) => b.row([{ text: label, span: 2, header: true }, { text: value, span: 'rest' }]);
  const units = fields.filter((f) => f.key === 'department' || f.key === 'budgetUnit' || f.key === 'implementingUnit');
  const valueSpan = Math.max(1, Math.floor((b.width - 3) / 2));
  for (const f of fields.filter((x) => x.key === 'name')) field(f.label, f.value);
  for (let i = 0; i < units.length; i += 2) {
    const [first, second] = [units[i]!, units[i + 1]];
    if (!second) { field(first.label, first.value); continue; }
    b.row([
      { text: first.label, span: 2, header: true }, { text: first.value, span: valueSpan },
      { text: second.label, header: true }, { text: second.value, span: 'rest' },
    ]);
  }
  for (const f of fields.filter((x) => x.key === 'category' || x.key === 'attribute' || x.key === 'period')) field(f.label, f.value);
}

function fundsColumns(t: GoldenTable) {
  const rows = t.funds?.rows ?? [];
  return FUNDS_COLUMNS.filter(({ field }) => rows.some((r) => present(r[field])));
}

function addFunds(b: TableBuilder, l: Layout): void {
  const { t } = l;
  const funds = t.funds!;
  const unit = l.fundsUnit;
  const label = (row: GoldenFundsRow, i: number) =>
    (l.unitIn('labels') || (i === 0 && l.unitIn('first-label')) ? `${row.label}（${unit}）` : row.label);
  if (!isSelfEvaluation(t)) {
    // target tables: "项目资金情况 | 预算资金（元） | 7340000", no column headers
    const section = `${l.header('fundsSection', '项目资金情况')}${l.unitIn('section') ? `（${unit}）` : ''}`;
    if (l.o.fields === 'above') {
      const spanOf = (i: number): CellSpec['span'] => (i === funds.rows.length - 1 ? 'rest' : 1);
      b.row([{ text: section, rowSpan: 2, header: true }, ...funds.rows.map((row, i) => ({ text: label(row, i), span: spanOf(i), header: true }))]);
      b.row(funds.rows.map((row, i) => ({ text: printAmount(row.annualBudget, unit), span: spanOf(i) })));
      return;
    }
    funds.rows.forEach((row, i) => b.row([
      ...(i === 0 ? [{ text: section, rowSpan: funds.rows.length, header: true }] : []),
      { text: label(row, i), header: true },
      { text: printAmount(row.annualBudget, unit), span: 'rest' },
    ]));
    return;
  }
  const section = `${l.header('fundsSection', '项目资金')}${l.unitIn('section') ? `（${unit}）` : ''}`;
  const columns = fundsColumns(t);
  const columnHeader = (field: FundsField, fallback: string) =>
    `${l.header(`funds:${field}`, fallback)}${MONEY_FIELDS.has(field) && l.unitIn('columns') ? `（${unit}）` : ''}`;
  const grouped = columns[0]?.field === 'declaredBudget' && columns[1]?.field === 'initialBudget';
  const headerRows = grouped ? 2 : 1;
  const lastSpan = (i: number): CellSpec['span'] => (i === columns.length - 1 ? 'rest' : 1);
  const first: CellSpec[] = [
    { text: section, rowSpan: headerRows + funds.rows.length, header: true },
    { text: l.header('fundsSource'), rowSpan: headerRows, header: true },
  ];
  columns.forEach((c, i) => {
    if (grouped && i === 0) first.push({ text: '年初预算数', span: 2, header: true });
    else if (!(grouped && i === 1)) first.push({ text: columnHeader(c.field, c.header), rowSpan: headerRows, span: lastSpan(i), header: true });
  });
  b.row(first);
  if (grouped) b.row([{ text: columnHeader('declaredBudget', '目标申报数'), header: true }, { text: columnHeader('initialBudget', '预算编制数'), header: true }]);
  funds.rows.forEach((row, r) => {
    b.row([{ text: label(row, r) }, ...columns.map((c, i) => ({ text: fundsCell(row, c.field, unit), span: lastSpan(i) }))]);
  });
}

function fundsCell(row: GoldenFundsRow, field: FundsField, unit: Unit): string {
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

/** "产出指标（50分）" when a weight is printed in the 一级 cell. */
const level1Text = (i: GoldenIndicator) => (i.level1Weight === null ? i.level1 : `${i.level1}（${i.level1Weight}分）`);

/** A target as 性质 / 值 / 单位: "≥" | "95" | "%"; a qualitative target "定性" | "稳步提升" | "". */
function splitValue(v: GoldenValue | null): string[] {
  if (!v) return ['', '', ''];
  if (v.text) return ['定性', v.text, ''];
  if (v.date) return ['', printValue({ date: v.date }), ''];
  const sign = v.comparator ? printValue({ comparator: v.comparator }) : '';
  return [sign, v.number === null || v.number === undefined ? '' : printNumber(v.number), v.unit ?? ''];
}

/** The indicator columns in print order: 一级, 二级 (unless left out), 三级, then the value columns. */
function indicatorColumns(l: Layout): IndicatorColumn[] {
  const { t, o } = l;
  const value = (role: ValueRole, header: string, get: (i: GoldenIndicator) => GoldenValue | null): IndicatorColumn =>
    (o.splitTarget
      ? { role, header, sub: [...o.splitTarget], cells: (i) => splitValue(get(i)) }
      : { role, header, cells: (i) => [printValue(get(i))] });
  const values: IndicatorColumn[] = hasInitialTarget(t)
    ? [value('initialTarget', l.header('initialTarget', '年初指标值'), (i) => i.initialTarget),
      value('target', l.header('target', '调整后指标值'), (i) => i.target)]
    : [value('target', l.header('target', isSelfEvaluation(t) ? '年度指标值' : '指标值'), (i) => i.target)];
  if (isSelfEvaluation(t)) {
    values.push(
      { role: 'actual', header: l.header('actual'), cells: (i) => [printValue(i.actual)] },
      { role: 'weight', header: l.header('weight'), cells: (i) => [printOptional(i.weight)] },
      { role: 'score', header: l.header('score'), cells: (i) => [printOptional(i.score)] },
      { role: 'deviation', header: l.header('deviation'), cells: () => [''] },
    );
  }
  const ordered = o.valueOrder
    ? [...o.valueOrder.flatMap((role) => values.filter((c) => c.role === role)), ...values.filter((c) => !o.valueOrder!.includes(c.role as ValueRole))]
    : values;
  for (const extra of o.extraColumns ?? []) {
    ordered.splice(Math.min(extra.at, ordered.length), 0, { role: 'extra', header: extra.header, cells: (_, k) => [extra.cells[k] ?? ''] });
  }
  const levels: IndicatorColumn[] = o.levels === 'none' ? [] : [
    { role: 'level1', header: l.header('level1'), cells: (i) => [level1Text(i)] },
    { role: 'level2', header: l.header('level2'), cells: (i) => [i.level2 ?? ''] },
  ];
  return [...levels, { role: 'level3', header: l.header('level3'), cells: (i) => [i.level3] }, ...ordered];
}

function addIndicators(b: TableBuilder, l: Layout, columns: IndicatorColumn[]): void {
  const list = l.t.indicators;
  const headerRows = columns.some((c) => c.sub) ? 2 : 1;
  const last = columns.length - 1;
  b.row([
    { text: l.header('indicators'), rowSpan: headerRows + list.length, header: true },
    ...columns.map((c, i): CellSpec => (c.sub
      ? { text: c.header, header: true, span: i === last ? 'rest' : c.sub.length }
      : { text: c.header, header: true, rowSpan: headerRows, span: i === last ? 'rest' : 1 })),
  ]);
  if (headerRows === 2) {
    const subs = columns.flatMap((c) => c.sub ?? []);
    b.row(subs.map((text, i): CellSpec => ({ text, header: true, span: i === subs.length - 1 && columns[last]!.sub ? 'rest' : 1 })));
  }
  // merged: a 一级 run over equal 一级 cells; a 二级 run never crosses a 一级 boundary
  const merged = (l.o.levels ?? 'merged') === 'merged';
  const level1Runs = merged ? runLengths(list, (i) => `${i.level1}|${i.level1Weight}`) : list.map(() => 1);
  const level2Runs = merged ? runLengths(list, (i) => (i.level2 === null ? null : `${i.level1}|${i.level2}`)) : list.map(() => 1);
  list.forEach((ind, r) => {
    const cells: CellSpec[] = [];
    for (const c of columns) {
      if (c.role === 'level1' && level1Runs[r] === 0) continue;
      if (c.role === 'level2' && level2Runs[r] === 0) continue;
      const rowSpan = c.role === 'level1' ? level1Runs[r]! : c.role === 'level2' ? level2Runs[r]! : 1;
      for (const text of c.cells(ind, r)) cells.push({ text, ...(rowSpan > 1 ? { rowSpan } : {}) });
    }
    cells[cells.length - 1]!.span = 'rest';
    b.row(cells);
  });
}

/**
 * "总分" over the columns up to the first of 分值 / 得分 / 偏差 (wherever the layout put
 * them), then the total weight, score and grade in those columns; tables without a 分值
 * column print "总分 | score".
 */
function addTotal(b: TableBuilder, l: Layout, columns: IndicatorColumn[]): void {
  const total = l.t.total!;
  const roles = columns.flatMap((c) => new Array<ColumnRole>(printedWidth(c)).fill(c.role));
  if (!roles.includes('weight')) {
    b.row([{ text: l.header('total'), span: 2, header: true }, { text: printOptional(total.score), span: 'rest' }]);
    return;
  }
  const texts: Partial<Record<ColumnRole, string>> = {
    weight: printOptional(total.weight), score: printOptional(total.score), deviation: total.grade ?? '',
  };
  const first = roles.findIndex((r) => r in texts);
  const cells: CellSpec[] = [{ text: l.header('total'), span: 1 + first, header: true }];
  roles.slice(first).forEach((role, i, rest) => cells.push({ text: texts[role] ?? '', span: i === rest.length - 1 ? 'rest' : 1 }));
  b.row(cells);
}
