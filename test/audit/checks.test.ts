import { describe, expect, it } from 'vitest';
import { auditTable, gradeOf, meets } from '../../src/audit/checks.js';
import type { Category, FundsRow, Indicator, Table } from '../../src/contract/schema.js';
import { parseValue } from '../../src/normalize/value.js';

const value = (raw: string | null) => (raw === null ? null : parseValue(raw).value);

function ind(level3: string, target: string | null, actual: string | null, weight: number | null, score: number | null, category: Category = 'quantity'): Indicator {
  return {
    level1: '产出指标', level1Weight: null, level2: null, category, level3,
    target: value(target), initialTarget: null, actual: value(actual), completion: null,
    weight, score, deviation: null, explanation: null, otherColumns: [], confidence: 1, flags: [],
    provenance: { page: null, rows: null, bbox: null, text: '', lines: null },
  };
}

function fundsRow(fields: Partial<FundsRow>): FundsRow {
  return { label: '年度资金总额', initialBudget: null, declaredBudget: null, annualBudget: null, received: null, executed: null, balance: null, executionRate: null, weight: null, score: null, ...fields };
}

type Audited = Pick<Table, 'kind' | 'indicators' | 'total' | 'funds'>;
/** A self-report whose figures agree: 90 indicator points + 10 for budget execution in the funds row. */
function table(patch: Partial<Audited> = {}): Audited {
  return {
    kind: 'project-self-evaluation',
    indicators: [
      ind('依法收押率', '≥90%', '95%', 50, 50),
      ind('在押人员逃脱率', '=0人', '0人', 30, 30, 'social-benefit'),
      ind('社会公众或服务对象满意度', '≥95%', '96%', 10, 10, 'satisfaction'),
    ],
    total: { weight: 100, score: 100, grade: '优' },
    funds: { publishedUnit: '元', rows: [fundsRow({ annualBudget: 7340000, executed: 7340000, executionRate: 100, weight: 10, score: 10 })] },
    ...patch,
  };
}
const failing = (t: Audited) => auditTable(t).filter((c) => !c.ok).map((c) => `${c.id}@${c.indicator}: ${c.message}`);

describe('auditTable', () => {
  it('passes every check of a consistent report, counting the budget-execution weight printed in the funds row', () => {
    const checks = auditTable(table());
    expect(checks.map((c) => [c.id, c.ok])).toEqual([
      ['weights-sum-100', true], ['scores-sum-total', true], ['score-within-weight', true], ['execution-rate', true],
      ['grade-matches-score', true], ['target-met-but-not-scored', true], ['target-missed-but-full-score', true], ['actual-copies-target', true],
    ]);
    expect(checks[0]!.message).toBe('indicator weights + budget execution sum to 100, expected 100');
  });

  it('audits only self-evaluations (target tables have no actuals or scores)', () => {
    expect(auditTable(table({ kind: 'project-targets' }))).toEqual([]);
  });

  it('weights-sum-100 fails without the funds-row weight, and ignores it when an indicator carries budget execution', () => {
    const noFundsWeight = table({ funds: { publishedUnit: '元', rows: [fundsRow({})] } });
    expect(failing(noFundsWeight)).toEqual([
      'weights-sum-100@null: indicator weights sum to 90, expected 100',
      'scores-sum-total@null: scores sum to 90; the table prints 总分 100',
    ]);
    const inIndicators = table({ indicators: [...table().indicators, ind('预算执行率', '=100%', '100%', 10, 10, 'budget-execution')] });
    expect(failing(inIndicators)).toEqual([]);
  });

  it('scores-sum-total allows rounding of the printed total (±0.06) and no more', () => {
    const withScores = (printed: number) => table({
      // qualitative targets: partial scores here are not a met-but-not-scored finding
      indicators: [ind('提升民警警务技能', '稳步提升', '达成年度指标', 50, 45.5), ind('社会保持安全稳定', '稳步提升', '基本达成', 40, 37.5, 'social-benefit')],
      funds: { publishedUnit: '元', rows: [fundsRow({ weight: 10, score: 9.71 })] },
      total: { weight: 100, score: printed, grade: '优' },
    });
    expect(failing(withScores(92.71))).toEqual([]);
    expect(failing(withScores(92.75))).toEqual([]);
    expect(failing(withScores(94.71))).toEqual(['scores-sum-total@null: scores sum to 92.71; the table prints 总分 94.71']);
  });

  it('score-within-weight names the indicator scored above its weight', () => {
    const t = table({ indicators: [ind('依法收押率', '≥90%', '95%', 50, 50), ind('维修改造率', '≥50%', '60%', 5, 6)], total: null });
    expect(failing(t)).toEqual(['weights-sum-100@null: indicator weights + budget execution sum to 65, expected 100', 'score-within-weight@1: 维修改造率: score 6 exceeds weight 5']);
  });

  it('execution-rate compares 执行数 / 全年预算数 with the printed rate within half a point', () => {
    const rate = (executed: number, printed: number) => table({ funds: { publishedUnit: '元', rows: [fundsRow({ annualBudget: 4990000, executed, executionRate: printed, weight: 10, score: 10 })] } });
    expect(failing(rate(4844460.02, 97.08))).toEqual([]); // liupanshui-police-2023 t2: 97.0834 %
    expect(failing(rate(4844460.02, 99.6))).toEqual(['execution-rate@null: 执行数 / 全年预算数 = 97.08%; printed 执行率 99.6%']);
  });

  it('grade-matches-score fails when the printed grade is outside the band of the printed score', () => {
    expect(failing(table({ total: { weight: 100, score: 100, grade: '良' } }))).toEqual(['grade-matches-score@null: 总分 100 is in band 优; printed grade 良']);
  });

  it('target-met-but-not-scored: the actual meets the target but the score is below the weight', () => {
    const t = table({ indicators: [ind('依法收押率', '≥90%', '95%', 50, 40), ind('在押人员逃脱率', '=0人', '0人', 40, 40)], total: null });
    expect(failing(t)).toEqual(['target-met-but-not-scored@0: 依法收押率: actual 95% meets target ≥90% but scored 40 of 50']);
  });

  it('target-missed-but-full-score: the actual misses the target yet scores the full weight', () => {
    const t = table({ indicators: [ind('依法收押率', '≥90%', '80%', 50, 50), ind('在押人员逃脱率', '=0人', '0人', 40, 40)], total: null });
    expect(failing(t)).toEqual(['target-missed-but-full-score@0: 依法收押率: actual 80% misses target ≥90% yet scored full 50']);
  });

  it('actual-copies-target: an actual repeating a comparator target verbatim; qualitative repeats are not flagged', () => {
    const t = table({ indicators: [ind('依法收押率', '≥90%', '≥90%', 50, 50), ind('支持开展监所各项工作', '稳步提升', '稳步提升', 40, 40, 'sustainability')], total: null });
    expect(failing(t)).toEqual(['actual-copies-target@0: 依法收押率: actual "≥90%" repeats the target verbatim']);
  });
});

describe('gradeOf and meets', () => {
  it.each([[100, '优'], [90, '优'], [89.99, '良'], [80, '良'], [79.99, '中'], [60, '中'], [59.99, '差'], [0, '差']] as const)(
    'score %s → %s (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)', (score, grade) => {
      expect(gradeOf(score)).toBe(grade);
    },
  );

  it('compares only numbers in the same unit', () => {
    expect(meets(value('≤1460.75万元'), value('734万元'))).toBe(true);
    expect(meets(value('≥3500平方米'), value('3692.46平方米'))).toBe(true);
    expect(meets(value('≤100间'), value('82间'))).toBe(true);
    expect(meets(value('<10万元'), value('0万元'))).toBe(true);
    expect(meets(value('=144个'), value('143个'))).toBe(false);
    expect(meets(value('≥90%'), value('0.95'))).toBeNull();
    expect(meets(value('稳步提升'), value('达成年度指标'))).toBeNull();
  });
});
