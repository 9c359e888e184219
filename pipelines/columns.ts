/**
 * Printed header variants of the indicator and funds blocks shared by the project table
 * families (spec/domain.md "Indicator columns and their printed variants"). Patterns match
 * the compact header text (whitespace removed, full-width folded).
 */
export type IndicatorRole =
  | 'level1' | 'level2' | 'level3'
  | 'target' | 'initialTarget' | 'actual'
  | 'targetComparator' | 'targetNumber' | 'targetUnit'
  | 'weight' | 'score' | 'completion' | 'deviation' | 'explanation';

export type ColumnVocabulary<Role extends string> = [RegExp, Role][];

export const INDICATOR_COLUMNS: ColumnVocabulary<IndicatorRole> = [
  [/^一[级級](指标)?$/, 'level1'],
  [/^二[级級](指标)?$/, 'level2'],
  [/^三[级級](指标)?$/, 'level3'],
  [/^年初指标值/, 'initialTarget'],
  [/^(调整后指标值|年度指标值|预期指标值|指标值|全年指标值|年度目标值|目标值)/, 'target'],
  [/^实际完成值|^实际值|^完成值/, 'actual'],
  [/^符号$/, 'targetComparator'],
  [/^值$|^数值$/, 'targetNumber'],
  [/^单位/, 'targetUnit'],
  [/^(指标)?分值$|^权重/, 'weight'],
  [/^(自评)?得分$/, 'score'],
  [/^单项指标完成情况|^完成情况$/, 'completion'],
  [/^(偏差原因|未完成原因|原因分析)/, 'deviation'],
  [/^(指标解释|定性指标情况说明|定性值情况说明|指标说明|备注)/, 'explanation'],
];

export type FundsRole =
  | 'label' | 'initialBudget' | 'declaredBudget' | 'annualBudget' | 'received'
  | 'executed' | 'balance' | 'executionRate' | 'weight' | 'score' | 'deviation';

export const FUNDS_COLUMNS: ColumnVocabulary<FundsRole> = [
  [/^资金来源$|^项目$/, 'label'],
  [/^目标申报数/, 'declaredBudget'],
  [/^预算编制数|^年初预算数?|^年初预算/, 'initialBudget'],
  [/^全年预算数|^预算数|^调整后预算|^预算安排|^预算资金|^资金总额$/, 'annualBudget'],
  [/^(资金)?到位(数|情况)/, 'received'],
  [/^全年执行数|^执行数|^(资金)?执行情况|^实际支出/, 'executed'],
  [/^资金结[(（]?转[)）]?余|^结[转余]/, 'balance'],
  [/^执行率|^预算执行(率|进度)/, 'executionRate'],
  [/^分值$/, 'weight'],
  [/^得分$/, 'score'],
  [/^偏差原因/, 'deviation'],
];

export function roleOf<Role extends string>(compact: string, vocabulary: ColumnVocabulary<Role>): Role | null {
  for (const [pattern, role] of vocabulary) if (pattern.test(compact)) return role;
  return null;
}

/** Header-field labels of project tables, as printed (compact), and the field they fill. */
export type HeaderField =
  | 'name' | 'department' | 'implementingUnit' | 'budgetUnit' | 'category' | 'attribute' | 'period' | 'other';

export const HEADER_FIELDS: ColumnVocabulary<HeaderField> = [
  [/^项目名称$/, 'name'],
  [/^主管部门(及代码)?$|^主管单位$/, 'department'],
  [/^实施(\(主管\))?单位$|^项目实施单位$/, 'implementingUnit'],
  [/^预算单位(及代码)?$/, 'budgetUnit'],
  [/^项目类别$/, 'category'],
  [/^项目属性$/, 'attribute'],
  [/^(项目)?(计划)?实施(时间|期限|周期)$|^项目计划实施时间$/, 'period'],
  [/^项目负责人$|^联系电话$|^项目级次$|^资金性质$|^负责人$/, 'other'],
];
