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

const AMOUNT = /^[-+≥≤=<>]?\s*[\d,.]+\s*%?$/;

/** One-row anchor cells starting at `row`, by column. */
function oneRowCells(grid: Grid, row: number): Map<number, Cell> {
  const out = new Map<number, Cell>();
  for (const cell of grid.cells) if (cell.row === row && cell.rowSpan === 1) out.set(cell.col, cell);
  return out;
}

/** Columns whose one-row cells almost always carry text (分值, 得分, 科目名称 …). */
function filledColumns(grid: Grid): Set<number> {
  const seen = new Map<number, { all: number; filled: number }>();
  for (const cell of grid.cells) {
    if (cell.rowSpan !== 1) continue;
    const s = seen.get(cell.col) ?? { all: 0, filled: 0 };
    s.all++;
    if (cell.text.trim() !== '') s.filled++;
    seen.set(cell.col, s);
  }
  return new Set([...seen].filter(([, s]) => s.all >= 3 && s.filled >= FILLED_SHARE * s.all).map(([c]) => c));
}

/**
 * When the first row of `body` is the rest of `target`'s last row, moves its texts up
 * and returns `body` without that row; otherwise returns `body` unchanged.
 */
export function joinSplitRow(target: Grid, body: Grid): { body: Grid; joined: boolean } {
  if (target.rowCount === 0 || body.rowCount === 0) return { body, joined: false };
  const above = oneRowCells(target, target.rowCount - 1);
  const below = oneRowCells(body, 0);
  const filled = [...below.values()].filter((c) => c.text.trim() !== '');
  if (filled.length === 0) return { body, joined: false };
  const under = (c: Cell) => {
    const up = above.get(c.col);
    return up && up.colSpan === c.colSpan && up.text.trim() !== '' ? up : null;
  };
  // every text of the new row continues a text above, and none is a second amount
  if (!filled.every((c) => { const up = under(c); return up && !(AMOUNT.test(up.text.trim()) && AMOUNT.test(c.text.trim())); })) {
    return { body, joined: false };
  }
  // and a column that is always filled is empty in it: a row of its own would fill it
  const always = filledColumns(target);
  const gap = [...below.values()].some((c) => c.text.trim() === '' && under(c) && always.has(c.col));
  if (!gap) return { body, joined: false };
  for (const c of filled) { const up = under(c)!; up.text = joinLines([up.text, c.text]); }
  return { body: sliceRows(body, 1, body.rowCount), joined: true };
}

/**
 * Empty merged cells at the top of `body` that continue a merged cell ending at the
 * bottom of `target` (same columns) are folded into it; returns the cells of `body` left.
 */
export function continueSpans(target: Grid, body: Grid): Grid {
  const last = target.rowCount - 1;
  const folded = new Set<Cell>();
  for (const cell of body.cells) {
    if (cell.row !== 0) continue;
    const up = target.cells.find((t) => t.col === cell.col && t.colSpan === cell.colSpan && t.row <= last && t.row + t.rowSpan - 1 === last);
    if (!up || (up.rowSpan === 1 && cell.rowSpan === 1)) continue;
    if (up.text.trim() !== '' && cell.text.trim() !== '') continue;
    up.rowSpan += cell.rowSpan;
    if (up.text.trim() === '') up.text = cell.text;
    folded.add(cell);
  }
  return folded.size === 0 ? body : { ...body, cells: body.cells.filter((c) => !folded.has(c)) };
}
