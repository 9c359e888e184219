/**
 * Helpers for the HTML ingester tests: run a page through the ingester, and show a grid as
 * rows of "text@col+colSpan×rowSpan" so span expectations read like the table they describe.
 */
import { ingestHtml, type HtmlLimits } from '../../../src/ingest/html/html-ingester.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import type { Block, Grid, Layout } from '../../../src/ir/types.js';

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

export function readPage(html: string | Uint8Array, limits?: HtmlLimits, maxTextBytes = DEFAULT_INGEST_OPTIONS.maxTextBytes): Promise<Layout> {
  const bytes = typeof html === 'string' ? utf8(html) : html;
  return ingestHtml({ path: 'page.html', bytes, options: { ...DEFAULT_INGEST_OPTIONS, maxTextBytes } }, limits);
}

export const grids = (layout: Layout): Grid[] =>
  layout.blocks.flatMap((b) => (b.type === 'grid' ? [b.grid] : []));

/** Each row's anchor cells: "text@col" plus "+colSpan" / "×rowSpan" when > 1. */
export function spans(grid: Grid): string[][] {
  const rows: string[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const c of [...grid.cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
    rows[c.row]!.push(`${c.text}@${c.col}${c.colSpan > 1 ? `+${c.colSpan}` : ''}${c.rowSpan > 1 ? `×${c.rowSpan}` : ''}`);
  }
  return rows;
}

/** Blocks as "p: text" / "grid RxC" lines, in order. */
export const outline = (layout: Layout): string[] =>
  layout.blocks.map((b: Block) => (b.type === 'paragraph' ? `p: ${b.paragraph.text}` : `grid ${b.grid.rowCount}x${b.grid.colCount}`));

export const codes = (layout: Layout): string[] => layout.diagnostics.map((d) => `${d.level} ${d.code}`);
