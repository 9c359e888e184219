/** Test helpers for the recognizer: Layouts built in code, line streams, rows written as tabbed text. */
import { gridFromRows } from '../../src/ir/grid.js';
import type { Block, Layout } from '../../src/ir/types.js';
import { toStream, type Line } from '../../src/recognize/stream.js';

/** A row written the way a PDF text layer prints it: cells separated by tabs. */
export const tabs = (row: string): string[] => row.split('\t');

export const para = (text: string, line: number | null = null): Block =>
  ({ type: 'paragraph', paragraph: { text, page: null, line } });

/** A text grid (no spans) of rows given as tabbed strings; source lines count from firstLine. */
export const grid = (rows: string[], firstLine = 1): Block =>
  ({ type: 'grid', grid: gridFromRows(rows.map((r, i) => ({ cells: tabs(r), source: { line: firstLine + i } }))) });

export const layout = (...blocks: Block[]): Layout =>
  ({ format: 'text', pages: null, ocr: false, blocks, diagnostics: [] });

/** The stream of one text grid. */
export const linesOf = (...rows: string[]): Line[] => toStream(layout(grid(rows)));

/** The single line of a one-row grid. */
export const lineOf = (row: string): Line => linesOf(row)[0]!;
