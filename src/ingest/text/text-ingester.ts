/**
 * Text ingest: decoded text → Layout (paragraphs and grids in reading order).
 * Tabbed, cells and OCR shapes share everything after line parsing.
 */
import { diag } from '../../ir/diagnostics.js';
import { gridFromRows } from '../../ir/grid.js';
import type { Block, Layout } from '../../ir/types.js';
import { detectShape, type TextShape } from './shape.js';
import { parseCells, parseTabbed, stripMarkup, type TextItem } from './rows.js';

export function ingestText(text: string): Layout & { shape: TextShape } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
  const shape = detectShape(lines);
  const items = shape === 'cells' ? parseCells(lines) : parseTabbed(shape === 'ocr' ? lines.map(stripMarkup) : lines);
  const blocks = itemsToBlocks(items);
  const diagnostics = [diag('info', 'text:shape', `text shape: ${shape}`)];
  return { format: 'text', pages: null, ocr: shape === 'ocr', blocks, diagnostics, shape };
}

function itemsToBlocks(items: TextItem[]): Block[] {
  const blocks: Block[] = [];
  let run: { cells: string[]; source: { line: number }; cellLines?: number[] }[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push({ type: 'grid', grid: gridFromRows(run) });
    run = [];
  };
  for (const item of items) {
    if (item.type === 'row') {
      run.push({ cells: item.cells, source: { line: item.line }, cellLines: item.cellLines });
    } else {
      flush();
      blocks.push({ type: 'paragraph', paragraph: { text: item.text, page: null, line: item.line } });
    }
  }
  flush();
  return blocks;
}
