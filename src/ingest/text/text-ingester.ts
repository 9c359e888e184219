/**
 * Text ingest: decoded text → Layout (paragraphs and grids in reading order). HTML tables
 * embedded in the text are read as HTML (html-tables.ts); every other run of lines by its shape
 * (shape.ts), all shapes sharing everything after line parsing.
 */
import { diag } from '../../ir/diagnostics.js';
import { gridFromRows } from '../../ir/grid.js';
import type { Block, Layout } from '../../ir/types.js';
import { alignedBlocks } from './aligned.js';
import { parseCsv } from './csv.js';
import { htmlTableBlocks, splitHtmlTables } from './html-tables.js';
import { detectShape, type TextShape } from './shape.js';
import { csvItems, parseCells, parseTabbed, spacedToTabbed, stripMarkup, type TextItem } from './rows.js';

export function ingestText(text: string): Layout & { shape: TextShape } {
  const parts = splitHtmlTables(text.replace(/^\uFEFF/, ''));
  const blocks: Block[] = [];
  const shapes: TextShape[] = [];
  for (const part of parts) {
    if (part.kind === 'html') {
      blocks.push(...htmlTableBlocks(part));
      continue;
    }
    const shape = detectShape(part.lines);
    shapes.push(shape);
    blocks.push(...blocksOf(part.lines, part.firstLine, shape));
  }
  const html = parts.filter((p) => p.kind === 'html').length;
  const shape: TextShape = html > 0 ? 'ocr' : shapes[0] ?? 'tabbed';
  const diagnostics = [diag('info', 'text:shape', `text shape: ${shape}${html > 0 ? ` (${html} HTML table(s) read as HTML)` : ''}`)];
  return { format: 'text', pages: null, ocr: shape === 'ocr', blocks, diagnostics, shape };
}

function blocksOf(lines: string[], firstLine: number, shape: TextShape): Block[] {
  switch (shape) {
    case 'aligned': return alignedBlocks(lines, firstLine);
    case 'csv': return itemsToBlocks(csvItems(parseCsv(lines.join('\n')).map((r) => ({ ...r, line: r.line + firstLine - 1 }))));
    case 'cells': return itemsToBlocks(parseCells(lines).map((item) => shiftItem(item, firstLine - 1)));
    case 'spaced': return itemsToBlocks(parseTabbed(lines.map(spacedToTabbed), firstLine));
    case 'ocr': return itemsToBlocks(parseTabbed(lines.map(stripMarkup), firstLine));
    case 'tabbed': return itemsToBlocks(parseTabbed(lines, firstLine));
  }
}

const shiftItem = (item: TextItem, by: number): TextItem =>
  by === 0 ? item : item.type === 'row' ? { ...item, line: item.line + by, cellLines: item.cellLines?.map((l) => l + by) } : { ...item, line: item.line + by };

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
