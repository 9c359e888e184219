/**
 * What a page break does to a ruled table that Word / LibreOffice let run over it:
 * - a row may break across the pages ("allow row to break across pages", on by default):
 *   the new page starts with the rest of that row's cells, e.g. "检测" under
 *   "跟踪落实就近就快“点对点”核酸" and "指标" under "达成年度";
 * - a vertically merged cell (一级/二级指标) continues as an empty merged cell.
 * Both are stitched back here, for ruled grids only: their geometry is exact, so the
 * evidence is the cells themselves, not guesses about text.
 */
import { sliceRows } from '../../ir/grid.js';
import type { Cell, Grid } from '../../ir/types.js';
import { joinLines } from './lines.js';

/** A column is "always filled" when this share of its one-row cells has text. */
const FILLED_SHARE = 0.75;

/** This many values in the new page's first row make it a row of its own, not the rest of one. */
const MAX_VALUES_CONTINUED = 2;

/** A value of its own: an amount or a target ("2,940.05", "≤45天", "=100%"), not the rest of a cut text. */
export const VALUE = /^[-+≥≤=<>＝≧≦⩾⩽]?\s*[\d,.]+/;

/**
 * The bottom of the table built so far, kept up to date page by page (continuation.ts),
 * so that stitching a page costs the size of the page, not of the whole table.
 */
export interface TableTail {
  lastRow: number;
  /** anchor cells whose span reaches lastRow */
  cells: Cell[];
  /** columns whose one-row cells almost always carry text (分值, 得分, 科目名称 …) */
  filled: Set<number>;
}

/** Per column: how many one-row cells, how many with text, and how many rows merged cells cover. */
export type ColumnFill = Map<number, { all: number; filled: number; mergedRows: number }>;

export function countFill(fill: ColumnFill, cells: Cell[]): void {
  for (const cell of cells) {
    const s = fill.get(cell.col) ?? { all: 0, filled: 0, mergedRows: 0 };
    fill.set(cell.col, s);
    if (cell.rowSpan !== 1) { s.mergedRows += cell.rowSpan; continue; }
    s.all++;
    if (cell.text.trim() !== '') s.filled++;
  }
}

/**
 * Columns whose one-row cells almost always carry text. A column mostly made of cells merged
 * down (一级/二级 labels) is not one: its cell left empty under a page break is the merged
 * label going on, not the sign of a broken row. (A header cell merged over two rows does
 * not make a column of values a label column.)
 */
export function filledColumns(fill: ColumnFill): Set<number> {
  return new Set([...fill].filter(([, s]) => s.mergedRows <= s.all && s.all >= 3 && s.filled >= FILLED_SHARE * s.all).map(([c]) => c));
}

/** One-row anchor cells starting at `row`, by column. */
function oneRowCells(cells: Cell[], row: number): Map<number, Cell> {
  const out = new Map<number, Cell>();
  for (const cell of cells) if (cell.row === row && cell.rowSpan === 1) out.set(cell.col, cell);
  return out;
}

/**
 * When the first row of `body` is the rest of the table's last row, moves its texts up
 * and returns `body` without that row; otherwise returns `body` unchanged.
 */
export function joinSplitRow(tail: TableTail, body: Grid): { body: Grid; joined: boolean } {
  if (tail.lastRow < 0 || body.rowCount === 0) return { body, joined: false };
  const above = oneRowCells(tail.cells, tail.lastRow);
  const below = oneRowCells(body.cells, 0);
  const filled = [...below.values()].filter((c) => c.text.trim() !== '');
  if (filled.length === 0) return { body, joined: false };
  const under = (c: Cell) => {
    const up = above.get(c.col);
    return up && up.colSpan === c.colSpan && up.text.trim() !== '' ? up : null;
  };
  // every text of the new row continues a text above, and no value stands under a value
  if (!filled.every((c) => { const up = under(c); return up && !(VALUE.test(up.text.trim()) && VALUE.test(c.text.trim())); })) {
    return { body, joined: false };
  }
  // a cut text goes on with words; a row of its own brings values (a header row at the foot
  // of a page, its first body row on the next: 分值 | 年初指标值 over 10 | ≥1个 | ≥12个)
  if (filled.filter((c) => VALUE.test(c.text.trim())).length >= MAX_VALUES_CONTINUED) return { body, joined: false };
  // and a column that is always filled is empty in it: a row of its own would fill it
  const gap = [...below.values()].some((c) => c.text.trim() === '' && under(c) && tail.filled.has(c.col));
  if (!gap) return { body, joined: false };
  for (const c of filled) { const up = under(c)!; up.text = joinLines([up.text, c.text]); }
  return { body: sliceRows(joinBrokenMerges(tail, body), 1, body.rowCount), joined: true };
}

/**
 * A merged cell (一级/二级) that spans the broken row runs on over the page: LibreOffice prints
 * its text where it falls, so the cut may fall inside the label ("生态效益指" at the foot of the
 * page, "标" at the top of the next, beside the row under the broken one). The new page's cell
 * starting in the broken row and reaching further down is that same cell: its text is joined to
 * the text above and the cell above is extended over its rows. Returns `body` without those cells.
 */
function joinBrokenMerges(tail: TableTail, body: Grid): Grid {
  const folded = new Set<Cell>();
  for (const cell of body.cells) {
    if (cell.row !== 0 || cell.rowSpan < 2) continue;
    const up = tail.cells.find((t) => t.col === cell.col && t.colSpan === cell.colSpan && t.row + t.rowSpan - 1 === tail.lastRow);
    if (!up) continue;
    if (cell.text.trim() !== '') up.text = up.text.trim() === '' ? cell.text : joinLines([up.text, cell.text]);
    up.rowSpan += cell.rowSpan - 1;
    folded.add(cell);
  }
  return folded.size === 0 ? body : { ...body, cells: body.cells.filter((c) => !folded.has(c)) };
}

/**
 * Empty merged cells at the top of `body` that continue a merged cell reaching the
 * table's last row (same columns) are folded into it; returns `body` without them.
 */
export function continueSpans(tail: TableTail, body: Grid): Grid {
  const folded = new Set<Cell>();
  for (const cell of body.cells) {
    if (cell.row !== 0) continue;
    const up = tail.cells.find((t) => t.col === cell.col && t.colSpan === cell.colSpan);
    if (!up || (up.rowSpan === 1 && cell.rowSpan === 1)) continue;
    if (up.text.trim() !== '' && cell.text.trim() !== '') continue;
    up.rowSpan += cell.rowSpan;
    if (up.text.trim() === '') up.text = cell.text;
    folded.add(cell);
  }
  return folded.size === 0 ? body : { ...body, cells: body.cells.filter((c) => !folded.has(c)) };
}
