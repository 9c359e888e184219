import { describe, expect, it } from 'vitest';
import { joinSplitRow, continueSpans, countFill, filledColumns, type ColumnFill, type TableTail } from '../../../src/ingest/pdf/page-break.js';
import { cellSource, type Grid } from '../../../src/ir/types.js';
import { buildPdf, cjk, ruledTable, text } from './pdf-writer.js';
import { diagnostics, grids, ingestBytes, outline, texts } from './helpers.js';

const header = [['项目', null, '决算数'], ['类', '款', '^']];
const table = (rows: (string | null)[][], top = 700, colWidths = [60, 60, 100]) =>
  ruledTable({ x: 60, top, colWidths, rowHeight: 20, rows });

describe('a table running over a page break', () => {
  it('becomes one grid; the header rows repeated on the next page are dropped', async () => {
    const page1 = cjk(150, 760, '支出决算表', 14) + table([...header, ['201', '06', '2,106.66'], ['208', '05', '326.72']]);
    const page2 = table([...header, ['210', '11', '60.99'], ['221', '02', '445.69']], 800);
    const layout = await ingestBytes(buildPdf([{ content: page1 }, { content: page2 }]));
    expect(outline(layout)).toEqual(['P:支出决算表', 'G:6x3']);
    expect(texts(grids(layout)[0]!)).toEqual([
      ['项目', '←', '决算数'], ['类', '款', '↑'],
      ['201', '06', '2,106.66'], ['208', '05', '326.72'], ['210', '11', '60.99'], ['221', '02', '445.69'],
    ]);
    expect(diagnostics(layout)).toEqual(['p2: info pdf:table-continued: table from page 1 continues on page 2 (2 repeated header rows dropped)']);
    const last = grids(layout)[0]!.cells.find((c) => c.text === '445.69')!;
    expect(last.source.page).toBe(2);
  });

  it('continues without a repeated header, and over several pages', async () => {
    const pages = [1, 2, 3].map((n) => ({ content: table([[`${n}01`, 'a', `${n}.00`], [`${n}02`, 'b', `${n}.50`]], n === 1 ? 700 : 800) }));
    const layout = await ingestBytes(buildPdf(pages));
    expect(outline(layout)).toEqual(['G:6x3']);
    expect(texts(grids(layout)[0]!).map((r) => r[0])).toEqual(['101', '102', '201', '202', '301', '302']);
  });

  it('keeps two tables apart when the next page starts with a title or has other columns', async () => {
    const titled = [{ content: table([['a', 'b', 'c']]) }, { content: cjk(150, 810, '收入决算表') + table([['d', 'e', 'f']], 800) }];
    expect(outline(await ingestBytes(buildPdf(titled)))).toEqual(['G:1x3', 'P:收入决算表', 'G:1x3']);
    const other = [{ content: table([['a', 'b', 'c']]) }, { content: table([['d', 'e', 'f']], 800, [100, 60, 60]) }];
    expect(outline(await ingestBytes(buildPdf(other)))).toEqual(['G:1x3', 'G:1x3']);
  });

  it('ignores a "（续表）" marker and the unit line between the parts', async () => {
    const pages = [{ content: table([['a', 'b', 'c']]) }, { content: cjk(60, 820, '（续表）') + cjk(400, 808, '单位：万元') + table([['d', 'e', 'f']], 800) }];
    expect(outline(await ingestBytes(buildPdf(pages)))).toEqual(['G:2x3']);
  });

  it('continues past a page number set above the bottom margin ("第1页，共2页" under the table)', async () => {
    const pages = [{ content: table([['a', 'b', 'c']]) + cjk(250, 640, '第1页，共2页') }, { content: table([['d', 'e', 'f']], 800) + cjk(250, 740, '第2页，共2页') }];
    const layout = await ingestBytes(buildPdf(pages));
    expect(outline(layout)).toEqual(['G:2x3', 'P:第1页，共2页', 'P:第2页，共2页']);
    expect(texts(grids(layout)[0]!)).toEqual([['a', 'b', 'c'], ['d', 'e', 'f']]);
  });

  it('drops a page number in the bottom margin: it does not break the continuation', async () => {
    const pages = [{ content: table([['a', 'b', 'c']]) + text(290, 30, '- 7 -') }, { content: table([['d', 'e', 'f']], 800) + text(290, 30, '8') }];
    expect(outline(await ingestBytes(buildPdf(pages)))).toEqual(['G:2x3']);
  });
});

const cell = (text: string, row: number, col: number, rowSpan = 1, colSpan = 1) =>
  ({ text, row, col, rowSpan, colSpan, source: cellSource({ page: 1 }) });
const grid = (rowCount: number, cells: ReturnType<typeof cell>[]): Grid => ({ page: 1, rowCount, colCount: 5, cells, spans: 'real' });
/** The tail of a whole grid, as OpenTable keeps it (columns 3 and 4 always filled). */
const tailOf = (g: Grid, filled = [3, 4]): TableTail => ({
  lastRow: g.rowCount - 1, cells: g.cells.filter((c) => c.row + c.rowSpan === g.rowCount), filled: new Set(filled),
});

describe('rows and merged cells cut by the page break', () => {
  // 一级 | 三级 | 指标值 | 分值 | 得分, the last row broken after "核酸" / "达成年度"
  const top = () => grid(3, [
    cell('效益指标', 0, 0, 3), cell('提升民警技能', 0, 1), cell('稳步提升', 0, 2), cell('10', 0, 3), cell('10', 0, 4),
    cell('跟踪落实核酸', 1, 1), cell('达成年度', 1, 2), cell('10', 1, 3), cell('10', 1, 4),
    cell('点对点核酸', 2, 1), cell('达成年度', 2, 2), cell('10', 2, 3), cell('10', 2, 4),
  ]);

  it('joins the rest of a broken row into the row above and folds an empty continuing merged cell', () => {
    const target = top();
    const next = grid(2, [
      cell('', 0, 0, 2), cell('检测', 0, 1), cell('指标', 0, 2), cell('', 0, 3), cell('', 0, 4),
      cell('社会稳定', 1, 1), cell('稳步提升', 1, 2), cell('10', 1, 3), cell('10', 1, 4),
    ]);
    const tail = tailOf(target);
    const { body, joined } = joinSplitRow(tail, next);
    expect(joined).toBe(true);
    expect(target.cells.filter((c) => c.row === 2).map((c) => c.text)).toEqual(['点对点核酸检测', '达成年度指标', '10', '10']);
    const rest = continueSpans(tail, body);
    expect(target.cells[0]).toMatchObject({ text: '效益指标', rowSpan: 4 });
    expect(rest.cells.map((c) => c.text)).toEqual(['社会稳定', '稳步提升', '10', '10']);
  });

  it('joins a merged label cut inside its text by the break ("生态效益指" | "标") and extends it over its rows', () => {
    // 二级 | 三级 | 指标值 | 分值 | 得分: the 二级 cell starts in the broken row and reaches the row under it
    const target = grid(2, [
      cell('社会效益指标', 0, 0), cell('居民分类知晓率', 0, 1), cell('≥95%', 0, 2), cell('4', 0, 3), cell('4', 0, 4),
      cell('生态效益指', 1, 0), cell('原生垃圾填埋', 1, 1), cell('=0吨', 1, 2), cell('4', 1, 3), cell('4', 1, 4),
    ]);
    const next = grid(2, [
      cell('标', 0, 0, 2), cell('量', 0, 1), cell('', 0, 2), cell('', 0, 3), cell('', 0, 4),
      cell('生活垃圾回收利用率', 1, 1), cell('≥37%', 1, 2), cell('4', 1, 3), cell('4', 1, 4),
    ]);
    const tail = tailOf(target);
    const { body, joined } = joinSplitRow(tail, next);
    expect(joined).toBe(true);
    expect(target.cells.filter((c) => c.row === 1).map((c) => c.text)).toEqual(['生态效益指标', '原生垃圾填埋量', '=0吨', '4', '4']);
    expect(target.cells.find((c) => c.text === '生态效益指标')).toMatchObject({ rowSpan: 2 });
    expect(body.rowCount).toBe(1);
    expect(body.cells.map((c) => c.text)).toEqual(['生活垃圾回收利用率', '≥37%', '4', '4']);
  });

  it('does not join a row of its own: values under values, or every always-filled column filled', () => {
    const amounts = grid(1, [cell('210', 0, 0), cell('', 0, 1), cell('卫生健康支出', 0, 2), cell('60.99', 0, 3), cell('60.99', 0, 4)]);
    const above = grid(3, [0, 1, 2].flatMap((r) => [cell('208', r, 0), cell('05', r, 1), cell('其他', r, 2), cell('0.94', r, 3), cell('0.94', r, 4)]));
    expect(joinSplitRow(tailOf(above, [0, 2, 3, 4]), amounts).joined).toBe(false);
    const full = grid(1, [cell('', 0, 0), cell('社会稳定', 0, 1), cell('稳步提升', 0, 2), cell('10', 0, 3), cell('10', 0, 4)]);
    expect(joinSplitRow(tailOf(top()), full).joined).toBe(false);
    // the next indicator under a merged 时效指标 cut by the page: a target under a target
    const targets = grid(2, [cell('时效指标', 0, 0), cell('服装到位周期', 0, 1), cell('≤45天', 0, 2), cell('质量指标', 1, 0), cell('合格率', 1, 1), cell('=100%', 1, 2)]);
    const next = grid(1, [cell('', 0, 0), cell('收押及时性', 0, 1), cell('≤12小时', 0, 2)]);
    expect(joinSplitRow(tailOf(targets, [0, 1, 2]), next).joined).toBe(false);
  });

  it('counts a column that merges cells down as a label column, never as always filled', () => {
    const fill: ColumnFill = new Map();
    // column 0: 二级 labels, one merged over four rows, three one row each;
    // column 1: values under a header cell merged over two rows
    countFill(fill, [
      cell('分值', 0, 1, 2),
      cell('数量指标', 2, 0, 4), ...[2, 3, 4, 5].map((r) => cell('5', r, 1)),
      ...['质量指标', '时效指标', '成本指标'].flatMap((label, k) => [cell(label, 6 + k, 0), cell('10', 6 + k, 1)]),
    ]);
    expect([...filledColumns(fill)]).toEqual([1]);
  });

  it('does not join a body row of values to a header row left at the foot of the page', () => {
    // 三级指标 | 分值 | 年初指标值 | 调整后指标值 | 偏差原因 (that column is always filled in the rows above)
    const header = grid(2, [
      cell('提升技能', 0, 0), cell('10', 0, 1), cell('≥1个', 0, 2), cell('≥1个', 0, 3), cell('无', 0, 4),
      cell('三级指标', 1, 0), cell('分值', 1, 1), cell('年初指标值', 1, 2), cell('调整后指标值', 1, 3), cell('偏差原因', 1, 4),
    ]);
    const first = grid(1, [cell('维修派出所', 0, 0), cell('10', 0, 1), cell('≥1个', 0, 2), cell('≥12个', 0, 3), cell('', 0, 4)]);
    expect(joinSplitRow(tailOf(header, [4]), first).joined).toBe(false);
  });
});
