/** Formulas with no saved result, computed (src/ingest/xlsx/formula.ts). */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeCell, evaluate, type Scalar } from '../../../src/ingest/xlsx/formula.js';
import { processBytes } from '../../../src/pipeline.js';

// B2 = 820, C2 = 800, D2 = 10, E2 = '—', B3 = 0
const cells: Record<string, Scalar> = { '2,2': 820, '3,2': 800, '4,2': 10, '5,2': '—', '2,3': 0 };
const lookup = (col: number, row: number) => cells[`${col},${row}`] ?? null;

describe('evaluate', () => {
  it.each([
    ['SUM(B2:D2)', 1630], ['=B2+C2*2', 2420], ['ROUND(C2/B2*100,2)', 97.56], ['ROUND(D2*C2/B2,2)', 9.76],
    ['IFERROR(C2/B3,0)', 0], ['MAX(B2,C2)-MIN(B2:C2)', 20], ['AVERAGE(B2:D2)', 1630 / 3],
    ['50%*D2', 5], ['-(B2-C2)^2', -400], ['ROUNDUP(1.231,2)', 1.24], ['ROUNDDOWN(-1.239,2)', -1.23],
    ['SUM(B2:E2)', 1630], // text in a range is skipped, as in Excel
  ])('%s = %s', (formula, value) => {
    expect(evaluate(formula, lookup)).toBeCloseTo(value as number, 10);
  });

  it('computes only the IF branch taken, and text results', () => {
    expect(evaluate('IF(B3=0,"—",C2/B3)', lookup)).toBe('—');
    expect(evaluate('B2&"万元"', lookup)).toBe('820万元');
  });

  it.each([['VLOOKUP(B2,A1:C3,2,0)'], ['Sheet2!B2'], ['C2/B3'], ['SUM(B2'], ['E2*2']])('gives null for what it cannot compute: %s', (formula) => {
    expect(evaluate(formula, lookup)).toBeNull();
  });
});

describe('computeCell', () => {
  it('follows formulas without saved results through the cells they use, and stops at a cycle', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = 5;
    ws.getCell('A2').value = { formula: 'A1*2' } as never;
    ws.getCell('A3').value = { formula: 'A2+A1' } as never;
    ws.getCell('B1').value = { formula: 'B2+1' } as never;
    ws.getCell('B2').value = { formula: 'B1+1' } as never;
    expect(computeCell(ws, 3, 1)).toBe(15);
    expect(computeCell(ws, 1, 2)).toBeNull();
  });

  it('reads a 合计 row and an 执行率 written as formulas with no saved result, and says they were computed', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目');
    [['项目资金（万元）', '全年预算数', '全年执行数', '执行率'], ['年度资金总额', null, null, null], ['其中：财政拨款', 600, 580, null], ['上年结转', 220, 220, null]]
      .forEach((r) => ws.addRow(r));
    ws.getCell('B2').value = { formula: 'SUM(B3:B4)' } as never;
    ws.getCell('C2').value = { formula: 'SUM(C3:C4)' } as never;
    for (const r of [2, 3, 4]) { ws.getCell(`D${r}`).value = { formula: `IF(B${r}=0,"—",C${r}/B${r})` } as never; ws.getCell(`D${r}`).numFmt = '0.00%'; }
    const doc = await processBytes('funds.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const text = JSON.stringify(doc);
    expect(text).toContain('"820"');
    expect(text).toContain('97.56%');
    expect(doc.diagnostics.map((d) => [d.level, d.code])).toContainEqual(['info', 'xlsx:formula-computed']);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('xlsx:formula-without-value');
  });
});
