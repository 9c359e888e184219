import { describe, expect, it } from 'vitest';
import { buildPdf, cjk, hline, text } from './pdf-writer.js';
import { diagnostics, grids, ingestBytes, outline, texts } from './helpers.js';

/** Rows of [x, text] at 18 pt line spacing from y = 700. */
function rows(lines: [number, string][][], top = 700): string {
  return lines.map((line, r) => line.map(([x, s]) => (/^[\x20-\x7e]*$/.test(s) ? text(x, top - 18 * r, s) : cjk(x, top - 18 * r, s))).join('')).join('');
}

describe('tables without ruling lines (whitespace fallback)', () => {
  it('finds columns from aligned text edges and rows from baselines, with spans none', async () => {
    const content = cjk(200, 760, '收入决算表', 14) + rows([
      [[60, '科目编码'], [160, '科目名称'], [330, '本年收入合计']],
      [[60, '201'], [160, '一般公共服务支出'], [330, '2,112.86']],
      [[60, '20106'], [160, '财政事务'], [330, '2,112.86']],
      [[60, '2010601'], [160, '行政运行'], [330, '1,511.90']],
    ]);
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(diagnostics(layout)).toEqual([]);
    expect(outline(layout)).toEqual(['P:收入决算表', 'G:4x3']);
    const [grid] = grids(layout);
    expect(grid!.spans).toBe('none');
    expect(texts(grid!)).toEqual([
      ['科目编码', '科目名称', '本年收入合计'],
      ['201', '一般公共服务支出', '2,112.86'],
      ['20106', '财政事务', '2,112.86'],
      ['2010601', '行政运行', '1,511.90'],
    ]);
    expect(grid!.cells.find((c) => c.text === '财政事务')!.source).toMatchObject({ page: 1, coordOrigin: 'pdf-bottom-left-pt' });
  });

  it('keeps empty columns of a row as empty cells and prose lines as paragraphs', async () => {
    const content = cjk(60, 760, '一、收入支出决算总体情况说明') + rows([
      [[60, '项目'], [200, '决算数'], [300, '项目'], [460, '决算数']],
      [[60, '一、财政拨款收入'], [200, '2,940.05'], [300, '一、一般公共服务支出'], [460, '2,106.66']],
      [[300, '二、外交支出']],
      [[60, '本年收入合计'], [200, '2,946.25'], [300, '本年支出合计'], [460, '2,940.05']],
    ]) + cjk(60, 600, '注：本表金额单位为万元。');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(outline(layout)).toEqual(['P:一、收入支出决算总体情况说明', 'G:4x4', 'P:注：本表金额单位为万元。']);
    expect(texts(grids(layout)[0]!)[2]).toEqual(['', '', '二、外交支出', '']);
  });

  it('uses partial rulings (a three-line table) as the table region', async () => {
    const content = '0.5 w ' + hline(50, 400, 715) + hline(50, 400, 697) + hline(50, 400, 660) + rows([
      [[60, '项目'], [250, '金额']],
      [[60, '合计'], [250, '100']],
      [[60, '其中']],
    ], 703);
    const layout = await ingestBytes(buildPdf([{ content }]));
    const [grid] = grids(layout);
    expect(grid!.spans).toBe('none');
    expect(texts(grid!)).toEqual([['项目', '金额'], ['合计', '100'], ['其中', '']]);
  });

  it('does not make a table of a single line with far-apart pieces', async () => {
    const content = cjk(60, 760, '编制部门：上海市普陀区人民政府万里街道办事处') + cjk(500, 760, '单位：元');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(outline(layout)).toEqual(['P:编制部门：上海市普陀区人民政府万里街道办事处', 'P:单位：元']);
  });

  it('keeps every cell of a tight table apart, and ends the table at a heading in larger type', async () => {
    // 9 pt type, header cells 8 pt apart (less than the 1.5 em that makes a line look tabular)
    const row = (y: number, cells: [number, string][]) => cells.map(([x, s]) => (/^[\x20-\x7e]*$/.test(s) ? text(x, y, s, 9) : cjk(x, y, s, 9))).join('');
    const content = row(700, [[60, '三级指标'], [104, '指标值'], [148, '完成值'], [183, '分值']])
      + row(686, [[60, '收押率'], [113, '>=90%'], [148, '>=90%'], [200, '5']])
      + row(672, [[60, '健康率'], [113, '>=99%'], [148, '>=99%'], [200, '5']])
      + cjk(60, 650, '项目支出绩效自评表', 14) + row(630, [[60, '项目名称'], [130, 'abc']]) + row(616, [[60, '实施单位'], [130, 'def']]);
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(diagnostics(layout)).toEqual([]);
    expect(outline(layout)).toEqual(['G:3x4', 'P:项目支出绩效自评表', 'G:2x2']);
    expect(texts(grids(layout)[0]!)).toEqual([
      ['三级指标', '指标值', '完成值', '分值'],
      ['收押率', '>=90%', '>=90%', '5'],
      ['健康率', '>=99%', '>=99%', '5'],
    ]);
  });
});
