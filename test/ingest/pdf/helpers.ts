/** Shared helpers for the PDF ingester tests. */
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import { ingestPdf } from '../../../src/ingest/pdf/index.js';
import { formatDiagnostic } from '../../../src/ir/diagnostics.js';
import { denseRows } from '../../../src/ir/grid.js';
import type { Grid, Layout } from '../../../src/ir/types.js';

/** The text layer only: pages without one are reported, not OCR'd (the OCR path has its own tests). */
export const ingestBytes = (bytes: Uint8Array, path = 'test.pdf'): Promise<Layout> =>
  ingestPdf({ path, bytes, options: { ...DEFAULT_INGEST_OPTIONS, ocrEngine: 'none' } });

export const grids = (layout: Layout): Grid[] =>
  layout.blocks.flatMap((b) => (b.type === 'grid' ? [b.grid] : []));

export const paragraphs = (layout: Layout): string[] =>
  layout.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.paragraph.text] : []));

/** Dense texts: covered slots of a merged cell read '←' (same row) or '↑' (rows below). */
export function texts(grid: Grid): string[][] {
  return denseRows(grid).map((row, r) => row.map((slot) => {
    if (!slot) return '∅';
    if (slot.anchor) return slot.cell.text;
    return slot.cell.row === r ? '←' : '↑';
  }));
}

export const diagnostics = (layout: Layout): string[] => layout.diagnostics.map(formatDiagnostic);

/** Block kinds in reading order, e.g. ['P:标题', 'G:3x2']. */
export const outline = (layout: Layout): string[] =>
  layout.blocks.map((b) => (b.type === 'paragraph' ? `P:${b.paragraph.text}` : `G:${b.grid.rowCount}x${b.grid.colCount}`));
