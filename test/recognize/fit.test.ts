/**
 * Table-level fit checks (fit.ts fitFlags): a 三级 name that holds several names or values, a
 * cell holding its value twice, weights that do not add up, a record with no value. Each names its reason on the table
 * and on the records it affects, and lowers their confidence so the table goes to review.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator, Table, Value } from '../../src/contract/schema.js';
import { processBytes } from '../../src/pipeline.js';
import { fitFlags } from '../../src/recognize/fit.js';

const text = (raw: string): Value => ({ raw, kind: 'text', comparator: null, number: null, unit: null, normalized: null, text: raw, date: null });
const indicator = (level3: string, fields: Partial<Indicator> = {}): Indicator => ({
  level1: '产出指标', level1Weight: null, level2: '数量指标', category: 'quantity', level3,
  target: text('达标'), initialTarget: null, actual: null, completion: null, weight: null, score: null,
  deviation: null, explanation: null, otherColumns: [], confidence: 0.96, flags: [],
  provenance: { page: null, rows: null, bbox: null, text: '', lines: null },
  ...fields,
});
const table = (indicators: Indicator[], total: Table['total'] = null): Table => ({
  id: 't1', kind: 'project-targets', title: null, year: null, project: null, funds: null, goals: null,
  indicators, total, conclusion: null, rows: null, checks: [], confidence: 0.96, flags: [],
  provenance: { page: null, rows: null, bbox: null, text: '', lines: null },
});
const weighted = (...weights: number[]) => weights.map((w, k) => indicator(`指标${k + 1}`, { weight: w }));

describe('fitFlags: level3-several-names', () => {
  it.each([
    ['two 二级 labels glued together', '数量指标质量指标'],
    ['two values glued into the name', '培训人数≥10人培训合格率≥95%'],
    ['two percentages', '验收合格率100%完成率95%'],
  ])('%s: "%s" is flagged and sent to review', (_, name) => {
    const i = indicator(name);
    const t = table([indicator('培训人数'), i]);
    expect(fitFlags(t, null)).toEqual(['level3-several-names']);
    expect(i.flags).toEqual(['level3-several-names']);
    expect(i.confidence).toBe(0.66); // 0.96 less the check's 0.3
    expect(i.confidence).toBeLessThan(0.8);
    expect(t.indicators[0]!.flags).toEqual([]);
  });

  it('a plain name, or one holding a single value or label, is not flagged', () => {
    const t = table([indicator('培训人数'), indicator('满意度≥95%'), indicator('社会公众或服务对象满意度'), indicator('数量指标完成率')]);
    expect(fitFlags(t, null)).toEqual([]);
    expect(t.indicators.map((i) => i.confidence)).toEqual([0.96, 0.96, 0.96, 0.96]);
  });

  // BUG: the label scan /[^指标]{2,6}指标/g is greedy from the left, so a name printed between two
  // labels is swallowed into the second one ("培训人数质量指标") and only 数量指标 is found: two
  // indicator rows glued together with their 二级 labels are not flagged.
  it('two rows glued with their 二级 labels ("数量指标培训人数质量指标培训合格率") are flagged', () => {
    const t = table([indicator('数量指标培训人数质量指标培训合格率')]);
    expect(fitFlags(t, null)).toEqual(['level3-several-names']);
  });

  it('end to end, the table holding such a name is below the review line', async () => {
    const rows = [
      '项目支出绩效目标表', '', '项目名称\t\t警务技能训练', '一级指标\t二级指标\t三级指标\t指标值\t分值',
      '产出指标\t数量指标\t培训人数≥10人培训合格率≥95%\t≥10人\t50',
      '满意度指标\t满意度指标\t参训民警满意度\t≥90%\t40',
    ];
    const doc = await processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
    const [t] = doc.tables;
    expect(t!.flags).toContain('level3-several-names');
    expect(t!.confidence).toBeLessThan(0.8);
    expect(t!.indicators.map((i) => i.flags.includes('level3-several-names'))).toEqual([true, false]);
    expect(doc.status).toBe('partial');
  });
});

describe('fitFlags: cell-doubled', () => {
  it.each([
    ['target', '有效提升有效提升'],
    ['actual', '≥95%≥95%'],
    ['initialTarget', '及时及时'],
  ] as const)('a %s printed twice ("%s") is flagged', (field, raw) => {
    const i = indicator('执法水平', { [field]: text(raw) });
    const t = table([i]);
    expect(fitFlags(t, null)).toEqual(['cell-doubled']);
    expect(i.flags).toEqual(['cell-doubled']);
    expect(i.confidence).toBe(0.66);
  });

  it('a value that is not two equal halves ("有效提升", "提升提高", "≥95%") is not', () => {
    const t = table([indicator('执法水平', { target: text('有效提升') }), indicator('次数', { target: text('提升提高') }), indicator('率', { target: text('≥95%') })]);
    expect(fitFlags(t, null)).toEqual([]);
  });
});

describe('fitFlags: weights-do-not-add-up', () => {
  it('weights summing to 77 with no printed total are flagged on every weighted record', () => {
    const t = table(weighted(30, 20, 27));
    expect(fitFlags(t, null)).toEqual(['weights-do-not-add-up']);
    expect(t.indicators.map((i) => [i.flags, i.confidence])).toEqual([
      [['weights-do-not-add-up'], 0.88], [['weights-do-not-add-up'], 0.88], [['weights-do-not-add-up'], 0.88],
    ]);
  });

  it('weights summing to 90 (the 10 for funds printed elsewhere) or to 100 fit', () => {
    expect(fitFlags(table(weighted(30, 30, 30)), null)).toEqual([]);
    expect(fitFlags(table(weighted(50, 30, 20)), null)).toEqual([]);
  });

  it('a printed total is what the weights must add up to (with or without the funds\' 10)', () => {
    expect(fitFlags(table(weighted(30, 20, 27), { weight: 77, score: 70, grade: null }), null)).toEqual([]);
    expect(fitFlags(table(weighted(30, 30, 30), { weight: 100, score: 95, grade: '优' }), null)).toEqual([]);
    expect(fitFlags(table(weighted(30, 30, 30), { weight: 80, score: 70, grade: null }), null)).toEqual(['weights-do-not-add-up']);
  });

  it('a single weighted record is no sum to check', () => {
    expect(fitFlags(table(weighted(77)), null)).toEqual([]);
  });
});

describe('fitFlags: values-missing', () => {
  it('flags a named record with no target, initial target or actual, and lowers it below the review line', () => {
    const bare = indicator('培训人数', { target: null, confidence: 0.9 });
    const t = table([indicator('合格率'), bare]);
    expect(fitFlags(t, null)).toEqual(['values-missing']);
    expect(bare.flags).toEqual(['values-missing']);
    expect(bare.confidence).toBeLessThan(0.8);
    expect(t.indicators[0]!.flags).toEqual([]);
  });
});

describe('fitFlags: actuals-missing', () => {
  it('a self-evaluation with no actual on any row lost its actual column: every record goes to review', () => {
    const t = { ...table([indicator('培训人数'), indicator('合格率'), indicator('满意度')]), kind: 'project-self-evaluation' as const };
    expect(fitFlags(t, null)).toEqual(['actuals-missing']);
    expect(t.indicators.map((i) => i.confidence)).toEqual([0.76, 0.76, 0.76]); // 0.96 less the check's 0.2
  });

  it('a targets table has no actuals to miss, and one actual is enough', () => {
    expect(fitFlags(table([indicator('培训人数'), indicator('合格率'), indicator('满意度')]), null)).toEqual([]);
    const some = { ...table([indicator('培训人数', { actual: text('12人') }), indicator('合格率'), indicator('满意度')]), kind: 'project-self-evaluation' as const };
    expect(fitFlags(some, null)).toEqual([]);
  });
});
