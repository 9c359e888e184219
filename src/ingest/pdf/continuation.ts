/**
 * Tables that run over a page break become one grid. A page's first block continues the
 * previous page's last block when both are tables with the same column edges (outer
 * edges equal, inner edges of one a subset of the other's, within a tolerance); the
 * rows are appended, header rows the new page repeats are dropped, and a row or merged
 * cell broken by the page is made whole again (page-break.ts). Only a
 * "（续）"/"续表" marker or a unit line ("单位：万元") may stand between them.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { denseRows, sliceRows } from '../../ir/grid.js';
import type { Block, Cell, Grid } from '../../ir/types.js';
import { nearestIndex } from './geometry.js';
import { continueSpans, joinSplitRow } from './page-break.js';
import type { PageBlock, PageTable } from './page-layout.js';

/** Column edges closer than this are the same edge: ruled / whitespace tables (points). */
const EDGE_TOL = { real: 3, none: 8 } as const;
/** At most this many header rows are compared. */
const MAX_HEADER_ROWS = 4;

const BRIDGE = /^[（(]?续(?:表)?[)）]?$|^续表|^(?:金额)?单位[:：]/;

export class TableStitcher {
  readonly blocks: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** the previous page's last block, when it is a table: the one a new page may continue */
  private open: { table: PageTable; grid: Grid; lastPage: number } | null = null;

  addPage(page: number, pageBlocks: PageBlock[]): void {
    const consumed = this.open ? this.tryContinue(page, pageBlocks) : 0;
    const rest = pageBlocks.slice(consumed);
    for (const block of rest) {
      if (block.kind === 'paragraph') this.blocks.push({ type: 'paragraph', paragraph: { text: block.text, page, line: null } });
      else this.blocks.push({ type: 'grid', grid: block.table.grid });
    }
    const last = rest[rest.length - 1];
    if (consumed > 0 && !last) this.open!.lastPage = page; // the whole page continued the table
    else if (last?.kind === 'table') this.open = { table: last.table, grid: last.table.grid, lastPage: page };
    else this.open = null;
  }

  /** Merges a continuation into the open table; returns how many blocks of the page it consumed. */
  private tryContinue(page: number, pageBlocks: PageBlock[]): number {
    const open = this.open!;
    let i = 0;
    while (i < pageBlocks.length && pageBlocks[i]!.kind === 'paragraph' && BRIDGE.test((pageBlocks[i] as { text: string }).text.replace(/\s+/g, ''))) i++;
    const next = pageBlocks[i];
    if (open.lastPage !== page - 1 || next?.kind !== 'table') return 0;
    const edges = unionEdges(open.table.xs, next.table.xs, open.grid.spans);
    if (!edges || open.grid.spans !== next.table.grid.spans) return 0;
    reindexColumns(open.grid, open.table.xs, edges);
    const incoming = next.table.grid;
    reindexColumns(incoming, next.table.xs, edges);
    const header = repeatedHeaderRows(open.grid, incoming);
    let body = header > 0 ? sliceRows(incoming, header, incoming.rowCount) : incoming;
    let joined = false;
    if (body.spans === 'real') {
      ({ body, joined } = joinSplitRow(open.grid, body));
      body = continueSpans(open.grid, body);
    }
    appendRows(open.grid, body);
    open.table = { ...open.table, xs: edges };
    const notes = [
      header > 0 ? `${header} repeated header row${header > 1 ? 's' : ''} dropped` : '',
      joined ? 'a row broken across the pages rejoined' : '',
    ].filter(Boolean);
    this.diagnostics.push(diag('info', 'pdf:table-continued',
      `table from page ${open.grid.page} continues on page ${page}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`, page));
    return i + 1;
  }
}

/** The union of two tables' column edges, or null when their outer edges differ or neither edge set contains the other. */
function unionEdges(a: number[], b: number[], spans: Grid['spans']): number[] | null {
  const tol = EDGE_TOL[spans];
  if (Math.abs(a[0]! - b[0]!) > tol || Math.abs(a[a.length - 1]! - b[b.length - 1]!) > tol) return null;
  const bInA = b.every((x) => nearestIndex(a, x, tol) >= 0);
  const aInB = a.every((x) => nearestIndex(b, x, tol) >= 0);
  if (spans === 'none' && a.length !== b.length) return null;
  if (!bInA && !aInB) return null;
  return bInA ? a : b;
}

/** Re-expresses a grid's columns against a finer edge list (spans widen where edges were added). */
function reindexColumns(grid: Grid, own: number[], edges: number[]): void {
  if (own.length === edges.length) return;
  const map = own.map((x) => nearestIndex(edges, x, Infinity));
  for (const cell of grid.cells) {
    const first = map[cell.col]!, end = map[cell.col + cell.colSpan]!;
    cell.col = first;
    cell.colSpan = Math.max(1, end - first);
  }
  grid.colCount = edges.length - 1;
}

/** How many leading rows of `next` repeat the leading rows of `first` (same texts in the same slots). */
function repeatedHeaderRows(first: Grid, next: Grid): number {
  const a = denseRows(first), b = denseRows(next);
  let k = 0;
  while (k < Math.min(MAX_HEADER_ROWS, a.length, b.length - 1) && sameRow(a[k]!, b[k]!)) k++;
  const hasText = b.slice(0, k).some((row) => row.some((s) => s?.anchor && s.cell.text.trim() !== ''));
  return hasText ? k : 0;
}

function sameRow(a: ReturnType<typeof denseRows>[number], b: ReturnType<typeof denseRows>[number]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, c) => slotKey(s) === slotKey(b[c]!));
}

const slotKey = (s: { cell: Cell; anchor: boolean } | null): string =>
  s === null ? '' : `${s.cell.col}:${s.cell.colSpan}:${s.cell.text.replace(/\s+/g, '')}`;

function appendRows(target: Grid, body: Grid): void {
  const offset = target.rowCount;
  for (const cell of body.cells) target.cells.push({ ...cell, row: cell.row + offset });
  target.rowCount += body.rowCount;
}
