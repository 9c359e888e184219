import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/ir/types.js';
import { cellSource } from '../../../src/ir/types.js';
import { findIndicatorHeader } from '../../../src/recognize/project/indicator-header.js';
import { readRow } from '../../../src/recognize/project/indicator-rows.js';
import { toStream } from '../../../src/recognize/stream.js';
import { layout, linesOf } from '../helpers.js';

/** liupanshui-police-2023 line 21: block label column, then 一级 … 未完成原因分析. */
const LIUPANSHUI_HEADER = '绩效 指标\t一级指标\t二级指标\t三级指标\t年度指标值(A)\t实际完成值(B)\t分值\t得分\t未完成原因分析';

/** Reads the last row under the given header rows. */
function read(headerRows: string[], row: string) {
  const lines = linesOf(...headerRows, row);
  const header = findIndicatorHeader(lines)!;
  return readRow(lines[lines.length - 1]!, header.slots);
}

describe('readRow on text rows', () => {
  it('reads an unshifted row literally and flags nothing (liupanshui line 22)', () => {
    const row = read([LIUPANSHUI_HEADER], '\t产出指标 (50分)\t数量指标\t依法收押率\t≥90%\t≥90%\t5\t5\t');
    expect(row.flags).toEqual([]);
    expect(row).toMatchObject({ level1: '产出指标(50分)', level2: '数量指标', level2Run: null, labelsFromSpan: false });
    expect(row.fields).toEqual({ level3: '依法收押率', target: '≥90%', actual: '≥90%', weight: '5', score: '5' });
  });

  it('re-aligns a row shifted one column left and flags "cells-shifted" (liupanshui line 30: 成本指标 lost its 一级 cell)', () => {
    const row = read([LIUPANSHUI_HEADER], '\t成本指标\t资金使用控制\t≤1460.75万元\t≤734万元\t5\t5\t\t');
    expect(row.flags).toEqual(['cells-shifted']);
    // 成本指标 reads as 一级 or 二级: it stays in the 一级 column here and placeRows demotes it
    // to the 二级 label under a printed 产出指标 (see hierarchy.test.ts)
    expect([row.level1, row.level2]).toEqual(['成本指标', null]);
    expect(row.fields).toEqual({ level3: '资金使用控制', target: '≤1460.75万元', actual: '≤734万元', weight: '5', score: '5' });
  });

  it('re-aligns a row whose block-label column is missing (liupanshui line 35: 满意度指标 printed from column 0)', () => {
    const row = read([LIUPANSHUI_HEADER], '满意度指 标(10分)\t满意度指 标\t社会公众或服务对象满意度\t≥95%\t≥95%\t10\t10\t\t');
    expect(row.flags).toEqual(['cells-shifted']);
    expect(row.level1).toBe('满意度指标(10分)');
    expect(row.level2).toBe('满意度指标');
    expect(row.fields).toEqual({ level3: '社会公众或服务对象满意度', target: '≥95%', actual: '≥95%', weight: '10', score: '10' });
  });

  it('reads a split target into comparator, number and unit (dachang-politics-law-2023)', () => {
    const row = read([
      '四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t指标分值\t预期指标值\t实际完成值\t单项指标\n完成情况\t自评得分',
      '\t\t\t\t\t符号\t值\t单位\n（文字描述）\t\t\t',
    ], '\t产出指标\n（50）\t数量指标\t制作宣传品种类\t20\t≤\t3\t类\t＝3类\t＝3类\t20');
    expect(row.flags).toEqual([]);
    expect(row.level1).toBe('产出指标(50)');
    expect(row.fields).toEqual({
      level3: '制作宣传品种类', weight: '20', 'target:comparator': '≤', 'target:number': '3', 'target:unit': '类',
      actual: '=3类', completion: '=3类', score: '20',
    });
  });

  it('splits OCR-glued 二级 labels into a label run', () => {
    const row = read(['一级指标\t二级指标\t三级指标\t指标值'], '产出指标\t数量指标质量指标时效指标\t安全保卫次数\t≥10次');
    expect(row.flags).toEqual([]);
    expect(row.level2Run).toEqual(['数量指标', '质量指标', '时效指标']);
    expect(row.level2).toBeNull();
  });

  it('flags "cell-unplaced" for a cell no column can take', () => {
    const row = read(['三级指标\t指标值\t分值'], '依法收押率\t≥90%\t5\t\t反映依法收押工作的完成情况及其质量');
    expect(row.flags).toEqual(['cell-unplaced']);
    expect(row.fields).toEqual({ level3: '依法收押率', target: '≥90%', weight: '5' });
  });

  it('does not flag a placeholder it could not place', () => {
    const row = read(['三级指标\t指标值\t分值'], '依法收押率\t≥90%\t5\t/');
    expect(row.flags).toEqual([]);
  });
});

describe('readRow on a grid with real spans', () => {
  it('reads the 一级/二级 labels of a covered row from the merged cell above it', () => {
    const cell = (text: string, row: number, col: number, rowSpan = 1) => ({ text, row, col, rowSpan, colSpan: 1, source: cellSource() });
    const grid: Grid = {
      page: null, rowCount: 3, colCount: 4, spans: 'real',
      cells: [
        cell('一级指标', 0, 0), cell('二级指标', 0, 1), cell('三级指标', 0, 2), cell('指标值', 0, 3),
        cell('产出指标（50分）', 1, 0, 2), cell('数量指标', 1, 1, 2), cell('宣传品种类', 1, 2), cell('≥3类', 1, 3),
        cell('宣传册数量', 2, 2), cell('≥500册', 2, 3),
      ],
    };
    const lines = toStream(layout({ type: 'grid', grid }));
    const header = findIndicatorHeader(lines)!;
    const row = readRow(lines[2]!, header.slots);
    expect(row).toMatchObject({ level1: '产出指标（50分）', level2: '数量指标', labelsFromSpan: true, flags: [] });
    expect(row.fields).toEqual({ level3: '宣传册数量', target: '≥500册' });
  });
});
