/**
 * A table that prints no year takes the year the document speaks of most (flag year-from-document):
 * "2023年度…" or, in a 预算/决算 report, "2024年部门预算公开" (found by the PDF probe: the 收支总表 and
 * 三公经费表 of a 部门预算公开 report got no year).
 */
import { describe, expect, it } from 'vitest';
import { reportYearOf } from '../../pipelines/families.js';
import { processBytes } from '../../src/pipeline.js';

describe('the document year', () => {
  it('is read from a report heading that names 预算 or 决算 without 年度', () => {
    expect(reportYearOf('长沙市岳麓区教育局2024年部门预算公开')).toBe(2024);
    expect(reportYearOf('某某局2023年部门决算')).toBe(2023);
    expect(reportYearOf('2024年单位预算')).toBe(2024);
    expect(reportYearOf('2024年3月15日')).toBeNull();
  });

  it('is given to a table that prints none', async () => {
    const text = ['长沙市岳麓区教育局2024年部门预算公开', '', '一般公共预算“三公”经费支出表', '', '合计\t公务接待费', '48.60\t6.50'].join('\n');
    const doc = await processBytes('x.txt', new TextEncoder().encode(text));
    expect(doc.tables.map((t) => [t.year, t.flags.includes('year-from-document')])).toEqual([[2024, true]]);
  });
});
