/**
 * The table a next page may continue, with what stitching needs kept up to date as
 * pages are appended: its leading rows (to recognise a repeated header), its tail and
 * per-column fill (page-break.ts), and its leading rows are read again only when columns
 * are re-indexed or stitching touched them. Appending a page costs the size of that
 * page, so a table over hundreds of pages stays linear.
 */
import { denseRows, sliceRows } from '../../ir/grid.js';
import type { Cell, Grid } from '../../ir/types.js';
import { nearestIndex } from './geometry.js';
import { countFill, filledColumns, type ColumnFill, type TableTail } from './page-break.js';
import type { PageTable } from './page-layout.js';

/** At most this many header rows are compared. */
export const MAX_HEADER_ROWS = 4;

export class OpenTable {
  readonly grid: Grid;
  xs: number[];
  lastPage: number;
  /** leadingRows of the grid, recomputed only after something may have changed them */
  private headerCache: string[][] | null = null;
  private tailCells: Cell[];
  private readonly fill: ColumnFill = new Map();

  constructor(table: PageTable, page: number) {
    this.grid = table.grid;
    this.xs = table.xs;
    this.lastPage = page;
    const last = table.grid.rowCount - 1;
    this.tailCells = table.grid.cells.filter((c) => c.row + c.rowSpan - 1 === last);
    countFill(this.fill, table.grid.cells);
  }

  get tail(): TableTail {
    return { lastRow: this.grid.rowCount - 1, cells: this.tailCells, filled: filledColumns(this.fill) };
  }

  private get header(): string[][] {
    return (this.headerCache ??= leadingRows(this.grid));
  }

  /** Re-expresses the table's columns against a finer edge list. */
  widen(edges: number[]): void {
    if (edges.length !== this.xs.length) {
      reindexColumns(this.grid, this.xs, edges);
      this.headerCache = null;
    }
    this.xs = edges;
  }

  /** How many leading rows of `next` repeat this table's leading rows (same texts in the same slots). */
  repeatedHeaderRows(next: Grid): number {
    const header = this.header;
    const b = leadingRows(next);
    let k = 0;
    while (k < Math.min(header.length, b.length, next.rowCount - 1) && sameKeys(header[k]!, b[k]!)) k++;
    return b.slice(0, k).some((row) => row.some((key) => /^\d+:\d+:./.test(key))) ? k : 0;
  }

  /**
   * Appends rows (already stitched) at the bottom. Stitching may have changed cells of the
   * old tail (a split row's text moved up, a merged cell extended): when one of them starts
   * among the leading rows, the header is read again.
   */
  append(body: Grid, page: number): void {
    if (this.tailCells.some((c) => c.row < MAX_HEADER_ROWS)) this.headerCache = null;
    const offset = this.grid.rowCount;
    const added = body.cells.map((cell) => ({ ...cell, row: cell.row + offset }));
    this.grid.cells.push(...added);
    this.grid.rowCount += body.rowCount;
    const last = this.grid.rowCount - 1;
    this.tailCells = [...this.tailCells, ...added].filter((c) => c.row + c.rowSpan - 1 === last);
    countFill(this.fill, added);
    this.lastPage = page;
  }
}

/** Slot keys "col:colSpan:text" of a grid's first rows ('' for empty slots). */
function leadingRows(grid: Grid): string[][] {
  const n = Math.min(MAX_HEADER_ROWS, grid.rowCount);
  const head = sliceRows({ ...grid, cells: grid.cells.filter((c) => c.row < n) }, 0, n);
  return denseRows(head).map((row) => row.map((s) => (s === null ? '' : `${s.cell.col}:${s.cell.colSpan}:${s.cell.text.replace(/\s+/g, '')}`)));
}

const sameKeys = (a: string[], b: string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);

/** Re-expresses a grid's columns against a finer edge list (spans widen where edges were added). */
export function reindexColumns(grid: Grid, own: number[], edges: number[]): void {
  if (own.length === edges.length) return;
  const map = own.map((x) => nearestIndex(edges, x, Infinity));
  for (const cell of grid.cells) {
    const first = map[cell.col]!, end = map[cell.col + cell.colSpan]!;
    cell.col = first;
    cell.colSpan = Math.max(1, end - first);
  }
  grid.colCount = edges.length - 1;
}
