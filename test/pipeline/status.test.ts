/**
 * The Document's status (pipeline.ts statusOf; contract StatusSchema): failed on an error
 * diagnostic or when no table was found, partial on a warning or a table under the review
 * line (0.8), ok otherwise — and end to end, a table whose value column nobody understood is
 * never 'ok'.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Table } from '../../src/contract/schema.js';
import { processBytes, statusOf } from '../../src/pipeline.js';

const table = (confidence: number): Table => ({
  id: 't1', kind: 'project-targets', title: null, year: 2023, project: null, funds: null, goals: null,
  indicators: [], total: null, conclusion: null, rows: null, checks: [], confidence, flags: [],
  provenance: { page: null, rows: null, bbox: null, text: '', lines: null },
});
const d = (level: Diagnostic['level'], code = 'x:y'): Diagnostic => ({ level, code, message: code, page: null });

describe('statusOf', () => {
  it('is ok for tables at or above the review line with info diagnostics only', () => {
    expect(statusOf({ tables: [table(0.96)], diagnostics: [] })).toBe('ok');
    expect(statusOf({ tables: [table(0.96), table(0.8)], diagnostics: [d('info', 'text:shape')] })).toBe('ok');
  });

  it('is partial when a warning diagnostic was raised', () => {
    expect(statusOf({ tables: [table(0.96)], diagnostics: [d('info'), d('warning', 'layout:unknown-column')] })).toBe('partial');
  });

  it('is partial when one table\'s confidence is below 0.8', () => {
    expect(statusOf({ tables: [table(0.96), table(0.79)], diagnostics: [] })).toBe('partial');
  });

  it('is failed with an error diagnostic, even with good tables', () => {
    expect(statusOf({ tables: [table(0.96)], diagnostics: [d('error', 'recognize:failed')] })).toBe('failed');
  });

  it('is failed when no table was found', () => {
    expect(statusOf({ tables: [], diagnostics: [] })).toBe('failed');
    expect(statusOf({ tables: [], diagnostics: [d('warning', 'segment:no-tables')] })).toBe('failed');
  });
});

describe('status end to end', () => {
  const doc = (rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
  const CAPTIONS = ['项目支出绩效自评表', '', '(2023年度)', '', '项目名称\t\t警务技能训练'];

  it('a clean self-evaluation is ok', async () => {
    const result = await doc([...CAPTIONS,
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t培训人数\t≥10人\t12人\t50\t50',
      '满意度指标\t满意度指标\t参训民警满意度\t≥90%\t95%\t40\t40',
      '总分\t\t\t\t\t90\t90',
    ]);
    expect(result.tables).toHaveLength(1);
    expect(result.diagnostics.filter((x) => x.level !== 'info')).toEqual([]);
    expect(result.status).toBe('ok');
  });

  it('a table with an unknown value column is partial: warned, its values kept, the table sent to review', async () => {
    const result = await doc([...CAPTIONS,
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t核验值',
      '产出指标\t数量指标\t培训人数\t≥10人\t12人\t50\t50\t12人',
      '满意度指标\t满意度指标\t参训民警满意度\t≥90%\t95%\t40\t40\t95%',
      '总分\t\t\t\t\t90\t90',
    ]);
    expect(result.status).toBe('partial');
    expect(result.diagnostics.filter((x) => x.level === 'warning').map((x) => x.code)).toEqual(['layout:unknown-column']);
    const [t] = result.tables;
    expect(t!.flags).toContain('column-unknown');
    expect(t!.confidence).toBeLessThan(0.8);
    expect(t!.indicators.map((i) => [i.actual?.raw, i.otherColumns])).toEqual([
      ['12人', [{ header: '核验值', text: '12人' }]],
      ['95%', [{ header: '核验值', text: '95%' }]],
    ]);
  });

  it('a document with no table fails', async () => {
    const result = await doc(['一、部门职责', '负责全县公安工作。']);
    expect(result.tables).toEqual([]);
    expect(result.status).toBe('failed');
  });
});
