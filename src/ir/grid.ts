import { cellSource, type Cell, type CellSource, type Grid } from './types.js';

/** Builds a grid from ragged rows of texts (text ingest: no spans known). */
export function gridFromRows(
  /** cellLines: each cell's own source line, where it differs from the row's (one cell per line text) */
  rows: { cells: string[]; source: Partial<CellSource>; cellLines?: number[] }[],
  page: number | null = null,
): Grid {
  const cells: Cell[] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    colCount = Math.max(colCount, row.cells.length);
    row.cells.forEach((text, c) => {
      const line = row.cellLines?.[c];
      cells.push({ text, row: r, col: c, rowSpan: 1, colSpan: 1, source: cellSource({ page, ...row.source, ...(line === undefined ? {} : { line }) }) });
    });
  });
  return { page, rowCount: rows.length, colCount, cells, spans: 'none' };
}

/** One position of the dense view: the cell covering it, and whether this is its anchor. */
export interface Slot {
  cell: Cell;
  anchor: boolean;
}

/** Dense rows × cols view; positions a merged cell covers point at that cell with anchor=false. */
export function denseRows(grid: Grid): (Slot | null)[][] {
  const dense: (Slot | null)[][] = Array.from({ length: grid.rowCount }, () =>
    new Array<Slot | null>(grid.colCount).fill(null),
  );
  for (const cell of grid.cells) {
    for (let r = cell.row; r < Math.min(grid.rowCount, cell.row + cell.rowSpan); r++) {
      const line = dense[r]!;
      for (let c = cell.col; c < Math.min(grid.colCount, cell.col + cell.colSpan); c++) {
        line[c] = { cell, anchor: r === cell.row && c === cell.col };
      }
    }
  }
  return dense;
}

/** A sub-grid of rows [from, to) re-indexed from 0, cells clipped to the range. */
export function sliceRows(grid: Grid, from: number, to: number): Grid {
  const cells: Cell[] = [];
  for (const cell of grid.cells) {
    const start = Math.max(cell.row, from);
    const end = Math.min(cell.row + cell.rowSpan, to);
    if (start >= end) continue;
    cells.push({ ...cell, row: start - from, rowSpan: end - start });
  }
  return { ...grid, rowCount: to - from, cells };
}
