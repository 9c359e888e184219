/**
 * Audit checks of a self-report (spec/output-contract.md "Check"). They never change the
 * extracted values; they say where the department's own figures disagree with each other.
 */
import type { Check, Indicator, Table, Value } from '../contract/schema.js';

const EPS = 0.011;
const near = (a: number, b: number, eps = EPS) => Math.abs(a - b) <= eps;
const fmt = (n: number) => String(Math.round(n * 100) / 100);

export function gradeOf(score: number): '优' | '良' | '中' | '差' {
  return score >= 90 ? '优' : score >= 80 ? '良' : score >= 60 ? '中' : '差';
}

type Audited = Pick<Table, 'kind' | 'indicators' | 'total' | 'funds'>;

export function auditTable(table: Audited): Check[] {
  if (table.kind !== 'project-self-evaluation') return [];
  return [
    ...weightsSum(table),
    ...scoresSum(table),
    ...perIndicator(table.indicators, scoreWithinWeight, 'score-within-weight'),
    ...executionRate(table),
    ...gradeMatches(table),
    ...perIndicator(table.indicators, metButNotScored, 'target-met-but-not-scored'),
    ...perIndicator(table.indicators, missedButFullScore, 'target-missed-but-full-score'),
    ...perIndicator(table.indicators, copiesTarget, 'actual-copies-target'),
  ];
}

/** The budget-execution weight/score sits in the funds block when no indicator carries it. */
function fundsPart(table: Audited, field: 'weight' | 'score'): number {
  if (table.indicators.some((i) => i.category === 'budget-execution')) return 0;
  return table.funds?.rows[0]?.[field] ?? 0;
}

function sum(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function weightsSum(table: Audited): Check[] {
  const weights = sum(table.indicators.map((i) => i.weight));
  if (weights === null) return [];
  const total = weights + fundsPart(table, 'weight');
  const expected = table.total?.weight ?? 100;
  return [{ id: 'weights-sum-100', ok: near(total, expected), indicator: null,
    message: `indicator weights${fundsPart(table, 'weight') ? ' + budget execution' : ''} sum to ${fmt(total)}, expected ${fmt(expected)}` }];
}

function scoresSum(table: Audited): Check[] {
  const printed = table.total?.score;
  const scores = sum(table.indicators.map((i) => i.score));
  if (printed === null || printed === undefined || scores === null) return [];
  const total = scores + fundsPart(table, 'score');
  return [{ id: 'scores-sum-total', ok: near(total, printed, 0.06), indicator: null,
    message: `scores sum to ${fmt(total)}; the table prints 总分 ${fmt(printed)}` }];
}

function executionRate(table: Audited): Check[] {
  const row = table.funds?.rows[0];
  if (!row || row.executionRate === null || !row.annualBudget || row.executed === null) return [];
  const rate = (row.executed / row.annualBudget) * 100;
  return [{ id: 'execution-rate', ok: Math.abs(rate - row.executionRate) <= 0.5, indicator: null,
    message: `执行数 / 全年预算数 = ${fmt(rate)}%; printed 执行率 ${fmt(row.executionRate)}%` }];
}

function gradeMatches(table: Audited): Check[] {
  const score = table.total?.score;
  const grade = table.total?.grade;
  if (score === null || score === undefined || !grade) return [];
  return [{ id: 'grade-matches-score', ok: gradeOf(score) === grade, indicator: null,
    message: `总分 ${fmt(score)} is in band ${gradeOf(score)}; printed grade ${grade}` }];
}

type IndicatorRule = (i: Indicator) => string | null;

/** One failing check per offending indicator, or a single passing check. */
function perIndicator(indicators: Indicator[], rule: IndicatorRule, id: string): Check[] {
  const failures = indicators.flatMap((ind, index) => {
    const message = rule(ind);
    return message ? [{ id, ok: false, message, indicator: index }] : [];
  });
  return failures.length > 0 ? failures : [{ id, ok: true, message: 'no indicator affected', indicator: null }];
}

const scoreWithinWeight: IndicatorRule = (i) =>
  i.score !== null && i.weight !== null && i.score > i.weight + EPS ? `${i.level3}: score ${fmt(i.score)} exceeds weight ${fmt(i.weight)}` : null;

/** Whether a numeric actual meets a numeric target in the same unit; null when not comparable. */
export function meets(target: Value | null, actual: Value | null): boolean | null {
  if (!target || !actual || target.number === null || actual.number === null) return null;
  if ((target.unit ?? '') !== (actual.unit ?? '')) return null;
  const t = target.number;
  const a = actual.number;
  switch (target.comparator) {
    case '>=': return a >= t;
    case '>': return a > t;
    case '<=': return a <= t;
    case '<': return a < t;
    case '=': return near(a, t, 1e-9);
    default: return null;
  }
}

const metButNotScored: IndicatorRule = (i) =>
  meets(i.target, i.actual) === true && i.score !== null && i.weight !== null && i.score < i.weight - EPS
    ? `${i.level3}: actual ${i.actual!.raw} meets target ${i.target!.raw} but scored ${fmt(i.score)} of ${fmt(i.weight)}` : null;

const missedButFullScore: IndicatorRule = (i) =>
  meets(i.target, i.actual) === false && i.score !== null && i.weight !== null && near(i.score, i.weight)
    ? `${i.level3}: actual ${i.actual!.raw} misses target ${i.target!.raw} yet scored full ${fmt(i.score)}` : null;

const copiesTarget: IndicatorRule = (i) =>
  i.target && i.actual && i.target.comparator !== null && i.actual.raw === i.target.raw
    ? `${i.level3}: actual "${i.actual.raw}" repeats the target verbatim` : null;
