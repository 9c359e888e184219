/**
 * A small hand-made dataset with known contents, for filters, exports and the report:
 *
 * a.txt (sha "a…"), 甲市公安局, 2023, two project self-evaluations
 *   交通监控运维  funds 1,000,000 → 950,000 (95 %), total 92 优
 *     设备完好率   quality       ≥95% / ≥95%  20/20  0.95                 actual-copies-target
 *     群众满意度   satisfaction  ≥90% / 85%   10/10  0.70  cells-shifted  target-missed-but-full-score
 *     运维次数     quantity      ≥12次 / 12次 62/60  0.90                 score-within-weight
 *   办案装备购置  funds 500,000 → 300,000 (60 %), total 80 printed as 优 (scores add to 75)
 *     装备数量     quantity      ≥10台 / 8台   30/50  0.85
 *     使用满意度   satisfaction  ≥90% / 92%   45/50  0.95
 *                                            scores-sum-total, grade-matches-score
 * b.txt (sha "b…"), 乙县财政局, 2024
 *   惠民补贴发放  funds 2,000,000 → 2,000,000 (100 %), total 98 优
 *     补贴发放人数 quantity      ≥1000人 / 1200人 50/50 0.99
 *     满意度调查   satisfaction  ≥90% / ≥90%  48/50  0.60  ocr-low-confidence  actual-copies-target
 *   公开01表      final-accounts, two rows
 *   道路养护      project-targets, one indicator (路面完好率 ≥90%, 0.90)
 *
 * 8 indicators, 2 of them below 0.8.
 */
import type { Check, Document, Indicator, Table, Value } from '../../src/contract/schema.js';

const provenance = { page: 1, rows: [0, 0] as [number, number], bbox: null, text: '', lines: null };

export function value(raw: string): Value {
  const m = /^(≥|≤|=)?(\d+(?:\.\d+)?)(.*)$/.exec(raw);
  if (!m) return { raw, kind: 'text', comparator: null, number: null, unit: null, normalized: null, text: raw, date: null };
  const comparator = m[1] === '≥' ? '>=' : m[1] === '≤' ? '<=' : m[1] === '=' ? '=' : null;
  const number = Number(m[2]);
  const unit = m[3] || null;
  return { raw, kind: 'numeric', comparator, number, unit, normalized: unit ? { number, unit } : null, text: null, date: null };
}

type IndicatorSpec = Pick<Indicator, 'level3' | 'category' | 'weight' | 'score' | 'confidence'> & { target: string; actual: string | null; flags?: string[] };

export function indicator(spec: IndicatorSpec): Indicator {
  const level1 = spec.category === 'satisfaction' ? '满意度指标' : '产出指标';
  return {
    level1, level1Weight: null, level2: null, category: spec.category, level3: spec.level3,
    target: value(spec.target), initialTarget: null, actual: spec.actual === null ? null : value(spec.actual),
    completion: null, weight: spec.weight, score: spec.score, deviation: null, explanation: null, otherColumns: [],
    confidence: spec.confidence, flags: spec.flags ?? [], provenance,
  };
}

const failed = (id: string, indicatorIndex: number | null, message = id): Check => ({ id, ok: false, message, indicator: indicatorIndex });
const passed = (id: string): Check => ({ id, ok: true, message: 'no indicator affected', indicator: null });

interface ProjectSpec {
  id: string; name: string; department: string; year: number;
  budget: number; executed: number; rate: number;
  total: { weight: number; score: number; grade: '优' | '良' | '中' | '差' } | null;
  indicators: Indicator[]; checks: Check[]; kind?: Table['kind'];
}

export function projectTable(spec: ProjectSpec): Table {
  return {
    id: spec.id, kind: spec.kind ?? 'project-self-evaluation', title: '项目支出绩效自评表', year: spec.year,
    project: { name: spec.name, department: spec.department, departmentCode: null, implementingUnit: spec.department, budgetUnit: null, budgetUnitCode: null, category: null, attribute: null, period: null },
    funds: { publishedUnit: '元', rows: [{ label: '年度资金总额', initialBudget: spec.budget, declaredBudget: null, annualBudget: spec.budget, received: null, executed: spec.executed, balance: null, executionRate: spec.rate, weight: null, score: null }] },
    goals: { planned: `${spec.name}的年度目标`, achieved: null },
    indicators: spec.indicators, total: spec.total, conclusion: null, rows: null, checks: spec.checks,
    confidence: Math.min(...spec.indicators.map((i) => i.confidence)), flags: [], provenance,
  };
}

const doc = (path: string, sha256: string, tables: Table[]): Document => ({
  schemaVersion: '1', status: 'ok', source: { path, sha256, format: 'text', pages: 1, ocr: false }, tables, diagnostics: [],
});

export function documentA(): Document {
  return doc('in/a.txt', 'a'.repeat(64), [
    projectTable({
      id: 't1', name: '交通监控运维', department: '甲市公安局', year: 2023, budget: 1_000_000, executed: 950_000, rate: 95,
      total: { weight: 90, score: 92, grade: '优' },
      indicators: [
        indicator({ level3: '设备完好率', category: 'quality', target: '≥95%', actual: '≥95%', weight: 20, score: 20, confidence: 0.95 }),
        indicator({ level3: '群众满意度', category: 'satisfaction', target: '≥90%', actual: '85%', weight: 10, score: 10, confidence: 0.7, flags: ['cells-shifted'] }),
        indicator({ level3: '运维次数', category: 'quantity', target: '≥12次', actual: '12次', weight: 60, score: 62, confidence: 0.9 }),
      ],
      checks: [passed('weights-sum-100'), failed('score-within-weight', 2, '运维次数: score 62 exceeds weight 60'), passed('grade-matches-score'),
        failed('target-missed-but-full-score', 1, '群众满意度: actual 85% misses target ≥90% yet scored full 10'),
        failed('actual-copies-target', 0, '设备完好率: actual "≥95%" repeats the target verbatim')],
    }),
    projectTable({
      id: 't2', name: '办案装备购置', department: '甲市公安局', year: 2023, budget: 500_000, executed: 300_000, rate: 60,
      total: { weight: 100, score: 80, grade: '优' },
      indicators: [
        indicator({ level3: '装备数量', category: 'quantity', target: '≥10台', actual: '8台', weight: 50, score: 30, confidence: 0.85 }),
        indicator({ level3: '使用满意度', category: 'satisfaction', target: '≥90%', actual: '92%', weight: 50, score: 45, confidence: 0.95 }),
      ],
      checks: [passed('weights-sum-100'), failed('scores-sum-total', null, 'scores sum to 75; the table prints 总分 80'),
        failed('grade-matches-score', null, '总分 80 is in band 良; printed grade 优'), passed('actual-copies-target')],
    }),
  ]);
}

export function documentB(): Document {
  const accounts: Table = {
    id: 't2', kind: 'final-accounts', title: '公开01表', year: 2024, project: null, funds: null, goals: null, indicators: [],
    total: null, conclusion: null, rows: [{ '收入/项目': '一、一般公共预算财政拨款收入', '收入/金额': '1,200.50' }, { '收入/项目': '二、上级补助收入', '收入/金额': null }],
    checks: [], confidence: 0.9, flags: [], provenance,
  };
  const targets = projectTable({
    id: 't3', kind: 'project-targets', name: '道路养护', department: '乙县财政局', year: 2024, budget: 300_000, executed: 0, rate: 0, total: null,
    indicators: [indicator({ level3: '路面完好率', category: 'quality', target: '≥90%', actual: null, weight: null, score: null, confidence: 0.9 })],
    checks: [],
  });
  targets.funds = null;
  return doc('in/b.txt', 'b'.repeat(64), [
    projectTable({
      id: 't1', name: '惠民补贴发放', department: '乙县财政局', year: 2024, budget: 2_000_000, executed: 2_000_000, rate: 100,
      total: { weight: 100, score: 98, grade: '优' },
      indicators: [
        indicator({ level3: '补贴发放人数', category: 'quantity', target: '≥1000人', actual: '1200人', weight: 50, score: 50, confidence: 0.99 }),
        indicator({ level3: '满意度调查', category: 'satisfaction', target: '≥90%', actual: '≥90%', weight: 50, score: 48, confidence: 0.6, flags: ['ocr-low-confidence'] }),
      ],
      checks: [passed('weights-sum-100'), failed('actual-copies-target', 1, '满意度调查: actual "≥90%" repeats the target verbatim')],
    }),
    accounts,
    targets,
  ]);
}
