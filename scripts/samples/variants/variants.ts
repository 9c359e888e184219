/**
 * The layout variants of scripts/samples/make-variants.ts: for each, the layout options a
 * table is printed with (chosen per table with a seeded generator) and the transformation of
 * its golden table. The golden is derived from the corpus golden by the same transformation
 * that changed the printed content, never from evaltab's output; a variant that changes only
 * the layout leaves the golden table as it is.
 */
import type { GoldenIndicator, GoldenTable } from '../golden-model.js';
import type { ExtraColumn, HeaderKey, LayoutOptions, ValueRole } from '../printed-table.js';

export const VARIANT_NAMES = [
  'synonyms', 'permuted', 'extra-columns', 'repeated-labels', 'split-target', 'labels-above', 'unit-switch', 'no-hierarchy',
] as const;
export type VariantName = (typeof VARIANT_NAMES)[number];

/** A golden indicator as stored (the model in golden-model.ts leaves out what layouts do not print). */
export type StoredIndicator = Omit<GoldenIndicator, 'level1'> & { level1: string | null; category?: string };
export type StoredTable = Omit<GoldenTable, 'indicators'> & { indicators: StoredIndicator[] };

export interface Variant {
  name: VariantName;
  /** one line for the golden notes and the README */
  description: string;
  /** layout options for one table; `rand` is seeded per variant and table */
  options(t: GoldenTable, rand: () => number): LayoutOptions;
  /** the golden of the printed table: the corpus golden table transformed as the printed content was */
  golden(t: StoredTable): StoredTable;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function shuffle<T>(rand: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const isSelfEvaluation = (t: GoldenTable) => t.kind === 'project-self-evaluation';
const hasInitialTarget = (t: GoldenTable) => t.indicators.some((i) => i.initialTarget !== null);
const weightSum = (t: GoldenTable) => t.indicators.reduce((sum, i) => sum + (i.weight ?? 0), 0);

/** The value columns a table prints after 三级指标, in the base layout's order. */
function valueRoles(t: GoldenTable): ValueRole[] {
  const targets: ValueRole[] = hasInitialTarget(t) ? ['initialTarget', 'target'] : ['target'];
  return isSelfEvaluation(t) ? [...targets, 'actual', 'weight', 'score', 'deviation'] : targets;
}

/**
 * Printed wordings seen in regional templates (shared/spec/domain.md, the real samples). Lists
 * without the base wording reword every table; the others leave some tables as they were.
 */
const WORDINGS: Partial<Record<HeaderKey, readonly string[]>> = {
  level1: ['一级指标名称', '一级指标'],
  level2: ['二级指标名称', '二级指标'],
  level3: ['三级指标名称', '三级指标名称', '三级指标'],
  actual: ['实际完成值（B）', '实际完成值(B)', '全年实际值', '全年实际完成值'],
  score: ['自评得分', '得分（C）', '得分(C)'],
  deviation: ['未完成原因分析', '偏差原因分析', '偏差原因及改进措施'],
  indicators: ['年度绩效指标', '绩效指标完成情况', '绩效指标'],
  total: ['合计', '总计', '总分'],
  fundsSource: ['资金类别', '资金性质', '资金来源'],
  'funds:initialBudget': ['年初预算', '年初预算数'],
  'funds:annualBudget': ['全年预算数（A）', '全年预算数(A)', '调整后预算数', '预算数（调整后）'],
  'funds:executed': ['全年执行数（B）', '全年执行数(B)', '执行数', '实际执行数'],
  'funds:executionRate': ['执行率（B/A）', '执行率(%)', '执行率'],
  'funds:received': ['资金到位数', '到位数'],
  'funds:balance': ['结转结余', '资金结（转）余'],
  'funds:weight': ['权重', '分值'],
  'funds:score': ['自评得分', '得分'],
  name: ['项目全称', '项目名称'],
  department: ['主管部门', '主管部门（代码）', '主管单位', '主管部门及代码'],
  budgetUnit: ['单位名称', '预算单位（代码）', '预算单位'],
  implementingUnit: ['项目实施单位', '具体实施单位', '实施单位'],
  category: ['项目类型', '项目类别'],
  period: ['实施期限', '项目实施周期', '项目计划实施时间'],
};

function synonymOptions(t: GoldenTable, rand: () => number): LayoutOptions {
  const headers: Partial<Record<HeaderKey, string>> = {};
  for (const [key, list] of Object.entries(WORDINGS) as [HeaderKey, readonly string[]][]) headers[key] = pick(rand, list);
  if (hasInitialTarget(t)) {
    headers.initialTarget = pick(rand, ['年初目标值', '年初指标值（A）', '年初指标值']);
    headers.target = pick(rand, ['调整后目标值', '全年指标值（调整后）', '调整后年度指标值']);
  } else {
    headers.target = isSelfEvaluation(t)
      ? pick(rand, ['年度指标值（A）', '项目指标值', '指标值（A）', '年度目标值', '预期指标值', '指标值'])
      : pick(rand, ['年度指标值', '项目指标值', '年度目标值', '预期指标值']);
  }
  // "分值权重（90分）" only where the 三级 weights do add up to 90 (plus 10 for budget execution)
  headers.weight = pick(rand, [...(weightSum(t) === 90 ? ['分值权重（90分）', '分值权重（90分）'] : []), '权重(%)', '指标分值', '权重']);
  headers.fundsSection = isSelfEvaluation(t)
    ? pick(rand, ['年度资金情况', '资金情况', '项目资金'])
    : pick(rand, ['资金情况', '项目资金', '项目资金情况']);
  // the unit named in the block label, or in the first row's label: 年度资金总额（万元）
  const fundsUnitIn = isSelfEvaluation(t)
    ? pick(rand, [['section'], ['section', 'first-label'], ['first-label']] as const)
    : pick(rand, [['labels'], ['section']] as const);
  return { headers, fundsUnitIn: [...fundsUnitIn] };
}

function permutedOptions(t: GoldenTable, rand: () => number): LayoutOptions {
  const base = valueRoles(t);
  let order = shuffle(rand, base);
  // a shuffle that left the order as it was is turned by one: every table with two or more value columns changes
  if (order.every((role, i) => role === base[i])) order = [...base.slice(1), base[0]!];
  return { valueOrder: order };
}

const REMARKS = ['按计划完成', '已完成', '详见说明', '无'];
const DATA_SOURCES = ['统计报表', '项目验收资料', '财务账簿', '问卷调查', '工作台账', '政府采购合同', '会计凭证'];
const SCORING_RULES = [
  '完成目标值得满分，未完成按完成比例计分',
  '每低于目标值1个百分点扣0.5分，扣完为止',
  '达到目标值得满分，否则不得分',
  '按时完成得满分，每延迟1个月扣1分',
  '满意度达到95%及以上得满分，每降低1个百分点扣1分，低于80%不得分',
  '根据完成情况酌情扣分',
];

function direction(i: GoldenIndicator): string {
  const c = i.target?.comparator;
  if (c === '>=' || c === '>') return '正向指标';
  if (c === '<=' || c === '<') return '反向指标';
  if (c === '=') return '中性指标';
  return '定性指标';
}

/** 备注 / 数据来源 / 指标方向 / 评分标准 columns: one or two per table, at seeded positions. */
function extraColumnOptions(t: GoldenTable, rand: () => number): LayoutOptions {
  const kinds: { header: string; cell: (i: GoldenIndicator) => string }[] = [
    { header: '备注', cell: () => (rand() < 0.3 ? pick(rand, REMARKS) : '') },
    { header: '数据来源', cell: () => pick(rand, DATA_SOURCES) },
    { header: '指标方向', cell: direction },
    { header: '评分标准', cell: () => pick(rand, SCORING_RULES) },
  ];
  const count = rand() < 0.5 ? 1 : 2;
  const slots = valueRoles(t).length + 1;
  const extraColumns: ExtraColumn[] = shuffle(rand, kinds).slice(0, count).map((k) => ({
    header: k.header, cells: t.indicators.map(k.cell), at: Math.floor(rand() * slots),
  }));
  return { extraColumns };
}

const SPLIT_HEADERS: [string, string, string][] = [['性质', '值', '单位'], ['符号', '数值', '单位'], ['符号', '值', '单位（文字描述）']];

const otherUnit = (unit: '元' | '万元'): '元' | '万元' => (unit === '元' ? '万元' : '元');

export const VARIANTS: Variant[] = [
  {
    name: 'synonyms',
    description: 'header synonyms and bracketed qualifiers (年度指标值（A）, 实际完成值(B), 分值权重（90分）, 自评得分, 三级指标名称, 全年预算数（A）, 年度资金总额（万元） …), chosen per table',
    options: synonymOptions,
    golden: (t) => t,
  },
  {
    name: 'permuted',
    description: 'the value / weight / score / deviation columns after 三级指标 in a seeded order per table (一级/二级/三级 stay first, in order); tables with a single value column (target tables) keep the base layout',
    options: permutedOptions,
    golden: (t) => t,
  },
  {
    name: 'extra-columns',
    description: 'one or two columns the golden does not record (备注, 数据来源, 指标方向, 评分标准 with prose) inserted among the columns after 三级指标 at seeded positions',
    options: extraColumnOptions,
    golden: (t) => t,
  },
  {
    name: 'repeated-labels',
    description: '一级 and 二级 printed on every indicator row instead of merged down over their rows',
    options: () => ({ levels: 'repeated' }),
    golden: (t) => t,
  },
  {
    name: 'split-target',
    description: 'targets (年初 and 调整后 targets too) printed in three sub-columns 性质/值/单位, 符号/数值/单位 or 符号/值/单位（文字描述） under their header: "≥" | "95" | "%"; a qualitative target is "定性" | text | "", a date "" | date | "", a value without comparator leaves the first column empty',
    options: (_t, rand) => ({ splitTarget: pick(rand, SPLIT_HEADERS) }),
    golden: (t) => t,
  },
  {
    name: 'labels-above',
    description: 'header fields (项目名称, 主管部门, 实施单位 …; the single funds line of target tables) printed as a row of labels over a row of values, up to three fields to a pair of rows',
    options: () => ({ fields: 'above' }),
    golden: (t) => t,
  },
  {
    name: 'unit-switch',
    description: 'funds printed in the other unit (元 ↔ 万元, exact: a 万元 amount keeps every decimal the yuan amount needs), the unit named in the block label, the money column headers or the row labels (seeded); golden publishedUnit switched, amounts in 元 unchanged',
    options: (t, rand) => ({
      fundsUnit: otherUnit(t.funds?.publishedUnit ?? '元'),
      fundsUnitIn: isSelfEvaluation(t) ? [pick(rand, ['section', 'columns', 'labels'] as const)] : [pick(rand, ['labels', 'section'] as const)],
    }),
    golden: (t) => (t.funds ? { ...t, funds: { ...t.funds, publishedUnit: otherUnit(t.funds.publishedUnit) } } : t),
  },
  {
    name: 'no-hierarchy',
    description: 'no 一级/二级 columns at all; golden level1, level1Weight (printed in the 一级 cell) and level2 null, category "other"',
    options: () => ({ levels: 'none' }),
    golden: (t) => ({
      ...t,
      indicators: t.indicators.map((i) => ({ ...i, level1: null, level1Weight: null, level2: null, category: 'other' })),
    }),
  },
];
