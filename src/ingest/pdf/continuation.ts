/**
 * Tables that run over a page break become one grid. A page's first block continues the
 * previous page's last block when both are tables with the same column edges (outer
 * edges equal, inner edges of one a subset of the other's, within a tolerance); the
 * rows are appended, header rows the new page repeats are dropped, and a row or merged
 * cell broken by the page is made whole again (page-break.ts). Only a
 * "（续）"/"续表" marker, a unit line ("单位：万元") or a page number may stand between them.
 */
import { PAGE_NUMBER } from '../../../pipelines/captions.js';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { sliceRows } from '../../ir/grid.js';
import type { Block, Grid } from '../../ir/types.js';
import { nearestIndex } from './geometry.js';
import { OpenTable, reindexColumns } from './open-table.js';
import { continueSpans, joinSplitRow } from './page-break.js';
import type { PageBlock } from './page-layout.js';

/** Column edges closer than this are the same edge: ruled / whitespace tables (points). */
const EDGE_TOL = { real: 3, none: 8 } as const;

const BRIDGE = /^[（(]?续(?:表)?[)）]?$|^续表|^(?:金额)?单位[:：]/;

const isPageNumber = (b: PageBlock): boolean => b.kind === 'paragraph' && PAGE_NUMBER.test(b.text.replace(/\s+/g, ''));
/** What may stand between a table and its continuation on the next page. */
const isBridge = (b: PageBlock): boolean => isPageNumber(b) || (b.kind === 'paragraph' && BRIDGE.test(b.text.replace(/\s+/g, '')));

export class TableStitcher {
  readonly blocks: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** the previous page's last block, when it is a table: the one a new page may continue */
  private open: OpenTable | null = null;

  addPage(page: number, pageBlocks: PageBlock[]): void {
    const consumed = this.open ? this.tryContinue(page, pageBlocks) : 0;
    const rest = pageBlocks.slice(consumed);
    for (const block of rest) {
      if (block.kind === 'paragraph') this.blocks.push({ type: 'paragraph', paragraph: { text: block.text, page, line: null } });
      else this.blocks.push({ type: 'grid', grid: block.table.grid });
    }
    // a page number under the table (a footer set higher than the margin) does not close it
    let end = rest.length;
    while (end > 0 && isPageNumber(rest[end - 1]!)) end--;
    const last = rest[end - 1];
    if (consumed > 0 && !last) return; // the whole page continued the open table
    this.open = last?.kind === 'table' ? new OpenTable(last.table, page) : null;
  }

  /** Merges a continuation into the open table; returns how many blocks of the page it consumed. */
  private tryContinue(page: number, pageBlocks: PageBlock[]): number {
    const open = this.open!;
    let i = 0;
    while (i < pageBlocks.length && isBridge(pageBlocks[i]!)) i++;
    const next = pageBlocks[i];
    if (open.lastPage !== page - 1 || next?.kind !== 'table' || open.grid.spans !== next.table.grid.spans) return 0;
    const edges = unionEdges(open.xs, next.table.xs, open.grid.spans);
    if (!edges) return 0;
    open.widen(edges);
    const incoming = next.table.grid;
    reindexColumns(incoming, next.table.xs, edges);
    const header = open.repeatedHeaderRows(incoming);
    let body: Grid = header > 0 ? sliceRows(incoming, header, incoming.rowCount) : incoming;
    let joined = false;
    if (body.spans === 'real') {
      ({ body, joined } = joinSplitRow(open.tail, body));
      body = continueSpans(open.tail, body);
    }
    open.append(body, page);
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
  if (spans === 'none' && a.length !== b.length) return null;
  if (b.every((x) => nearestIndex(a, x, tol) >= 0)) return a;
  if (a.every((x) => nearestIndex(b, x, tol) >= 0)) return b;
  return null;
}
