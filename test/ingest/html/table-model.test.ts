/**
 * The HTML table algorithm (src/ingest/html/table-model.ts): where each cell lands when rows
 * above span down into its row, overlapping spans, rowspan=0, row-group order, the spec's
 * attribute parsing and clamps, cell text and provenance lines.
 */
import { describe, expect, it } from 'vitest';
import { codes, grids, readPage, spans } from './helpers.js';

const table = async (body: string) => {
  const layout = await readPage(`<!doctype html><body><table>${body}</table></body>`);
  const [grid] = grids(layout);
  return { layout, grid: grid! };
};

describe('HTML table: spans', () => {
  it('rowspan and colspan become real spans on the anchor cell', async () => {
    const { grid } = await table(`
      <tr><td rowspan="2">A</td><td colspan="2">B</td></tr>
      <tr><td>C</td><td>D</td></tr>
      <tr><td>E</td><td colspan="2">F</td></tr>`);
    expect(grid.spans).toBe('real');
    expect([grid.rowCount, grid.colCount]).toEqual([3, 3]);
    expect(spans(grid)).toEqual([['A@0×2', 'B@1+2'], ['C@1', 'D@2'], ['E@0', 'F@1+2']]);
  });

  it('a cell skips the slots taken by a rowspan from above, in the middle of a row too', async () => {
    const { grid } = await table(`
      <tr><td>a</td><td rowspan="3">b</td><td>c</td></tr>
      <tr><td>d</td><td>e</td></tr>
      <tr><td>f</td><td>g</td><td>h</td></tr>`);
    expect(spans(grid)).toEqual([['a@0', 'b@1×3', 'c@2'], ['d@0', 'e@2'], ['f@0', 'g@2', 'h@3']]);
    expect(grid.colCount).toBe(4);
  });

  it('two rowspans side by side leave the next row only the columns after them', async () => {
    const { grid } = await table(`
      <tr><td rowspan="2">一级</td><td rowspan="2">二级</td><td>三级1</td></tr>
      <tr><td>三级2</td></tr>`);
    expect(spans(grid)).toEqual([['一级@0×2', '二级@1×2', '三级1@2'], ['三级2@2']]);
  });

  it('a colspan running into a cell spanning down from above is shortened, with a warning', async () => {
    const { grid, layout } = await table(`
      <tr><td>a</td><td rowspan="2">b</td><td>c</td></tr>
      <tr><td colspan="3">x</td><td>y</td></tr>`);
    expect(spans(grid)).toEqual([['a@0', 'b@1×2', 'c@2'], ['x@0', 'y@2']]);
    expect(codes(layout)).toContain('warning html:overlapping-cells');
  });

  it('rowspan=0 reaches to the end of its row group, not into the next group', async () => {
    const { grid } = await table(`
      <thead><tr><th>h1</th><th>h2</th></tr></thead>
      <tbody><tr><td rowspan="0">a</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>
      <tbody><tr><td>z</td><td>4</td></tr></tbody>`);
    expect(spans(grid)).toEqual([['h1@0', 'h2@1'], ['a@0×3', '1@1'], ['2@1'], ['3@1'], ['z@0', '4@1']]);
  });

  it('a rowspan longer than its row group stops at the group end (as browsers render it)', async () => {
    const { grid } = await table(`
      <tbody><tr><td rowspan="5">a</td><td>1</td></tr><tr><td>2</td></tr></tbody>
      <tbody><tr><td>b</td><td>3</td></tr></tbody>`);
    expect(spans(grid)).toEqual([['a@0×2', '1@1'], ['2@1'], ['b@0', '3@1']]);
  });

  it('the first thead goes on top and tfoot to the bottom, wherever the source puts them', async () => {
    const { grid } = await table(`
      <tfoot><tr><td>合计</td></tr></tfoot>
      <tbody><tr><td>行</td></tr></tbody>
      <thead><tr><th>表头</th></tr></thead>`);
    expect(spans(grid)).toEqual([['表头@0'], ['行@0'], ['合计@0']]);
  });

  it('parses span attributes as the spec does: digits after whitespace and "+", 0 and junk as 1, clamped', async () => {
    const { grid } = await table(`
      <tr><td colspan=" +2px">a</td><td colspan="0">b</td><td colspan="-3">c</td><td colspan="x">d</td></tr>
      <tr><td colspan="5000">wide</td></tr>`);
    expect(spans(grid)).toEqual([['a@0+2', 'b@2', 'c@3', 'd@4'], ['wide@0+1000']]);
    expect(grid.colCount).toBe(1000);
  });

  it('hidden rows and cells take no slot', async () => {
    const { grid } = await table(`
      <tr><td>a</td><td style="display: none">secret</td><td>b</td></tr>
      <tr hidden><td>hidden row</td></tr>
      <tr><td>c</td><td>d</td></tr>`);
    expect(spans(grid)).toEqual([['a@0', 'b@1'], ['c@0', 'd@1']]);
  });
});

describe('HTML table: cell text and provenance', () => {
  it('<br>, <p>, <div> and <li> end lines; whitespace collapses; &nbsp; is a space; lines are trimmed', async () => {
    const { grid } = await table(`<tr><td>
        产出
        指标&nbsp;<br>（50分）<p>第 一 段</p><div>第二段</div><ul><li>甲</li><li> 乙 </li></ul><span>尾</span>&nbsp;
      </td><td>&nbsp;</td></tr>`);
    expect(grid.cells.map((c) => c.text)).toEqual(['产出 指标\n（50分）\n第 一 段\n第二段\n甲\n乙\n尾', '']);
  });

  it('entities and inline markup are read as text', async () => {
    const { grid } = await table('<tr><td>&lt;10万元</td><td><b>≥</b><i>95</i>%</td><td>&#x2265;90&#37;</td></tr>');
    expect(grid.cells.map((c) => c.text)).toEqual(['<10万元', '≥95%', '≥90%']);
  });

  it('each cell records the source line of its start tag; page is null', async () => {
    const layout = await readPage('<table>\n<tr><td>a</td>\n<td\nrowspan=2>b</td></tr>\n<tr><td>c</td></tr>\n</table>');
    const [grid] = grids(layout);
    expect(grid!.page).toBeNull();
    expect(grid!.cells.map((c) => [c.text, c.source.line, c.source.page])).toEqual([['a', 2, null], ['b', 3, null], ['c', 5, null]]);
  });
});
