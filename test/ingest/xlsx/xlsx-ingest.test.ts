/**
 * XLSX input (src/ingest/xlsx): a workbook written here with exceljs — a project table per
 * sheet with merged 一级 cells, a title row across the top, a percent format, a formula, a
 * hidden row and a hidden sheet — read through the whole pipeline.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { processBytes } from '../../../src/pipeline.js';

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('项目一');
  const rows = [
    ['项目支出绩效目标表', '', '', ''],
    ['项目名称', '社区服务经费', '', ''],
    ['主管部门', '某街道办事处', '实施单位', '某社区工作站'],
    ['资金总额（万元）', 120, '', ''],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '服务场次', '≥20场'],
    ['', '质量指标', '服务合格率', 0.95],
    ['内部备注', '', '', 'hidden'],
    ['满意度指标', '服务对象满意度指标', '居民满意度', null],
  ];
  rows.forEach((r) => ws.addRow(r));
  ws.mergeCells('A1:D1');
  ws.mergeCells('B2:D2');
  ws.mergeCells('B4:D4');
  ws.mergeCells('A6:A7');
  ws.getCell('D7').numFmt = '0%';
  ws.getCell('D9').value = { formula: 'D7-0.05', result: 0.9 } as never;
  ws.getCell('D9').numFmt = '0%';
  ws.getRow(8).hidden = true;
  const hidden = wb.addWorksheet('说明');
  hidden.addRow(['不应读取']);
  hidden.state = 'hidden';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX input', () => {
  it('reads a project table from a sheet: title, merged labels, formats and cached formula values', async () => {
    const doc = DocumentSchema.parse(await processBytes('targets.xlsx', await workbook()));
    expect(doc.source.format).toBe('xlsx');
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.title).toBe('项目支出绩效目标表');
    expect(table!.project).toMatchObject({ name: '社区服务经费', department: '某街道办事处', implementingUnit: '某社区工作站' });
    expect(table!.funds?.publishedUnit).toBe('万元');
    expect(table!.funds?.rows[0]?.annualBudget).toBe(1_200_000);
    expect(table!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '服务场次', '≥20场'],
      ['产出指标', '质量指标', '服务合格率', '95%'],
      ['满意度指标', '服务对象满意度指标', '居民满意度', '90%'],
    ]);
    expect(table!.indicators[1]!.provenance.page).toBe(1);
    const codes = doc.diagnostics.map((d) => d.code);
    expect(codes).toContain('xlsx:hidden-sheet');
    expect(codes).toContain('xlsx:hidden-cells');
    expect(JSON.stringify(doc)).not.toContain('不应读取');
  });

  it('shows amounts in the 万元 format with a literal point (0\\.0000), as the workbook wrote it', async () => {
    // exceljs reads the format back unescaped (0.0000): the amount would be 10,000 times too large
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('项目');
    [['项目名称', '助餐服务补贴'], ['年度资金总额（万元）', 12856000], ['目标值', 30]].forEach((r) => ws.addRow(r));
    ws.getCell('B2').numFmt = '0\\.0000';
    ws.getCell('B3').numFmt = '"≥"0"个"';
    const doc = await processBytes('funds.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
    const texts = JSON.stringify(doc);
    expect(texts).toContain('1285.6000');
    expect(texts).toContain('≥30个');
    expect(texts).not.toContain('12856000');
  });

  it('a corrupt workbook yields a Document with an error, not a throw', async () => {
    const bytes = (await workbook()).slice(0, 300);
    const doc = DocumentSchema.parse(await processBytes('broken.xlsx', bytes));
    expect(doc.status).toBe('failed');
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['xlsx:unreadable']);
  });
});
