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

  it('reads a table ruled between its rows but not its columns band by band: a wrapped cell stays in its row', async () => {
    // rules at 715, 697, 661, 643, 625: the second row's name and unit wrap over two lines (703, 685)
    const content = '0.5 w ' + [715, 697, 661, 643, 625].map((y) => hline(50, 400, y)).join('') + rows([
      [[60, '三级指标'], [250, '指标值'], [330, '分值']],
      [[60, '生长迟缓率'], [250, '≥1个百分'], [330, '8']],
      [[60, '下降幅度'], [250, '点']],
      [[60, '供餐天数'], [250, '≥180天'], [330, '8']],
      [[60, '满意度'], [250, '≥90%'], [330, '10']],
    ], 703);
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!)).toEqual([
      ['三级指标', '指标值', '分值'], ['生长迟缓率下降幅度', '≥1个百分点', '8'], ['供餐天数', '≥180天', '8'], ['满意度', '≥90%', '10'],
    ]);
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

  /** Cells at explicit baselines: [y, [[x, text], …]] (10 pt type). */
  const placed = (lines: [number, [number, string][]][]): string => lines.map(([y, cells]) =>
    cells.map(([x, s]) => (/^[\x20-\x7e]*$/.test(s) ? text(x, y, s) : cjk(x, y, s))).join('')).join('');

  it('joins the lines of a cell centred on a taller row into that row, and says so', async () => {
    // rows 20 pt apart; the third row's first cell wraps over two lines 13 pt apart,
    // centred on the row's one-line cells (a word processor's vertical centring)
    const content = placed([
      [700, [[60, '三级指标'], [200, '指标值'], [300, '分值']]],
      [680, [[60, '依法收押率'], [200, '>=90%'], [300, '5']]],
      [660, [[60, '健康率'], [200, '>=99%'], [300, '5']]],
      [640, [[60, '服装到位周期']]],
      [633.5, [[200, '<=45'], [300, '5']]],
      [627, [[60, '考核']]],
      [607, [[60, '收押及时性'], [200, '<=12'], [300, '5']]],
    ]);
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!)).toEqual([
      ['三级指标', '指标值', '分值'],
      ['依法收押率', '>=90%', '5'],
      ['健康率', '>=99%', '5'],
      ['服装到位周期考核', '<=45', '5'],
      ['收押及时性', '<=12', '5'],
    ]);
    expect(diagnostics(layout)).toEqual(['p1: info pdf:wrapped-cells-joined: page 1: 1 cell of unruled tables joined from wrapped lines into their rows ("服装到位周期考核")']);
  });

  it('joins a wrapped cell\'s next line to its first (cells set at the top of their row)', async () => {
    const content = placed([
      [700, [[60, '资金来源'], [200, '全年预算数'], [300, '执行数']]],
      [680, [[60, '年度资金总额'], [200, '50'], [300, '50']]],
      [660, [[60, '其中:当年财政'], [200, '50'], [300, '50']]],
      [647, [[60, '拨款']]],
      [627, [[60, '其他资金'], [200, '0'], [300, '0']]],
      [607, [[60, '合计'], [200, '100'], [300, '100']]],
    ]);
    expect(texts(grids(await ingestBytes(buildPdf([{ content }])))[0]!)).toEqual([
      ['资金来源', '全年预算数', '执行数'],
      ['年度资金总额', '50', '50'],
      ['其中:当年财政拨款', '50', '50'],
      ['其他资金', '0', '0'],
      ['合计', '100', '100'],
    ]);
  });

  it('keeps apart what only looks wrapped: a merged cell\'s label between rows, a value under a value', async () => {
    const content = placed([
      [700, [[60, '二级指标'], [160, '三级指标'], [300, '分值']]],
      [680, [[160, '依法收押率'], [300, '5']]],
      [670, [[60, '数量指标']]], // centred between the two rows it spans: half a row from each
      [660, [[160, '维修改造率'], [300, '5']]],
      [640, [[160, '健康率'], [300, '10']]],
      [627, [[300, '20']]], // a number 13 pt under a number
      [607, [[160, '合计'], [300, '40']]],
    ]);
    expect(texts(grids(await ingestBytes(buildPdf([{ content }])))[0]!)).toEqual([
      ['二级指标', '三级指标', '分值'],
      ['', '依法收押率', '5'],
      ['数量指标', '', ''],
      ['', '维修改造率', '5'],
      ['', '健康率', '10'],
      ['', '', '20'],
      ['', '合计', '40'],
    ]);
  });

  it('joins nothing in a table set without a gap between rows', async () => {
    // rows as close as the lines of a wrapped cell: the geometry cannot tell them apart
    const content = placed([
      [700, [[60, '三级指标'], [200, '指标值'], [300, '分值']]],
      [687, [[60, '服装到位周期'], [200, '<=45'], [300, '5']]],
      [674, [[60, '考核']]],
      [661, [[60, '健康率'], [200, '>=99%'], [300, '5']]],
      [648, [[60, '收押率'], [200, '>=90%'], [300, '5']]],
    ]);
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!).map((row) => row[0])).toEqual(['三级指标', '服装到位周期', '考核', '健康率', '收押率']);
    expect(diagnostics(layout)).toEqual([]);
  });

  it('cuts a header segment where a column edge found from the other rows passes between its words', async () => {
    // "分值" and "得分" 5 pt apart: closer than the cell gap, but the values below are in two columns
    const names = ['依法收押率', '维修改造率', '入所教育落实率', '健康率', '服装合格率', '服装到位周期', '收押及时性', '资金使用控制', '逃脱率', '满意度'];
    const content = placed([
      [700, [[60, '三级指标'], [200, '分值'], [225, '得分']]],
      ...names.map((name, r): [number, [number, string][]] => [680 - 20 * r, [[60, name], [202, '10'], [227, String(r)]]]),
    ]);
    const rows = texts(grids(await ingestBytes(buildPdf([{ content }])))[0]!);
    expect(rows[0]).toEqual(['三级指标', '分值', '得分']);
    expect(rows[1]).toEqual(['依法收押率', '10', '0']);
  });
});
