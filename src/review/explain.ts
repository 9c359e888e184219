/**
 * Plain words for the reviewer: what each flag and each audit check means, and what the
 * fields are called. Vocabulary as data; flag meanings come from the contract's catalogue
 * (src/contract/flags.ts), so the review app cannot drift from the schema's documentation.
 */
import { FLAGS } from '../contract/flags.js';
import type { Check } from '../contract/schema.js';

/** What each audit check asks of the report (src/audit/checks.ts); the check's message gives the figures. */
export const CHECK_MEANINGS: Readonly<Record<string, string>> = {
  'weights-sum-100': 'the weights of the indicators (and of budget execution) should add up to the total weight, normally 100',
  'scores-sum-total': 'the scores of the indicators should add up to the printed 总分',
  'score-within-weight': "an indicator's score should not exceed its weight",
  'execution-rate': 'the printed 执行率 should equal executed ÷ annual budget',
  'grade-matches-score': 'the printed grade should match the total score (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)',
  'target-met-but-not-scored': 'the actual value meets the target, yet the indicator did not get its full weight',
  'target-missed-but-full-score': 'the actual value misses the target, yet the indicator got its full weight',
  'actual-copies-target': 'the actual value is the target copied word for word: the report may not say what was achieved',
};

/** Field names as a reviewer reads them. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  level1: '一级指标', level2: '二级指标', level3: '三级指标', target: '指标值 (target)', initialTarget: '年初指标值',
  actual: '实际完成值 (actual)', completion: '完成情况', weight: '分值 (weight)', score: '得分 (score)',
  deviation: '偏差原因', explanation: '指标解释',
  name: '项目名称', department: '主管部门', departmentCode: '部门代码', implementingUnit: '实施单位',
  budgetUnit: '预算单位', budgetUnitCode: '预算单位代码', category: '项目类别', attribute: '项目属性', period: '实施时间',
  label: '资金来源', initialBudget: '年初预算数 (元)', declaredBudget: '目标申报数 (元)', annualBudget: '全年预算数 (元)',
  received: '到位数 (元)', executed: '执行数 (元)', balance: '结余 (元)', executionRate: '执行率 (%)',
  grade: '等级', planned: '年度目标', achieved: '实际完成情况',
};

export interface Explained {
  name: string;
  meaning: string;
}

export function explainFlag(flag: string): Explained {
  return { name: flag, meaning: FLAGS[flag]?.meaning ?? 'a flag this version of evaltab does not know: read it as a doubt about the record' };
}

export function explainCheck(check: Check): Explained & { ok: boolean; message: string } {
  return { name: check.id, ok: check.ok, message: check.message, meaning: CHECK_MEANINGS[check.id] ?? 'an audit of the report\'s own figures' };
}
