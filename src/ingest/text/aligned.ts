/**
 * Text laid out in columns with spaces (pdftotext -layout): a PDF page printed on a monospaced
 * grid. Rather than a second table reader, it is put back on a page and read by the PDF
 * whitespace-table machinery (page-layout.ts): each line is a baseline, each word a run at its
 * display column (CJK characters two columns wide), so columns come from aligned edges and
 * wrapped cells are joined as on an unruled PDF page. Each form feed starts a page. Provenance
 * stays the text line a cell starts on, not the made-up coordinates.
 */
import { layoutPage } from '../pdf/page-layout.js';
import type { Run } from '../pdf/page-text.js';
import { cellSource, type Block } from '../../ir/types.js';
import { displayWidth } from './shape.js';

/** Type size and line pitch (pt) of the made-up page: lines 1.4 em apart, a display column half an em wide. */
const SIZE = 10;
const LINE = 14;
const COLUMN = SIZE / 2;

export function alignedBlocks(lines: string[], firstLine: number): Block[] {
  const pages: { text: string; line: number }[][] = [[]];
  lines.forEach((raw, i) => raw.split('\f').forEach((text, k) => {
    if (k > 0) pages.push([]);
    pages[pages.length - 1]!.push({ text, line: firstLine + i });
  }));
  return pages.flatMap(pageBlocks);
}

function pageBlocks(page: { text: string; line: number }[]): Block[] {
  const runs: Run[] = page.flatMap(({ text }, i) => [...text.matchAll(/\S+/g)].map((m) => {
    const x0 = displayWidth(text.slice(0, m.index)) * COLUMN;
    return { text: m[0], size: SIZE, rotated: false, x0, x1: x0 + displayWidth(m[0]) * COLUMN, y0: i * LINE, y1: i * LINE + SIZE };
  }));
  if (runs.length === 0) return [];
  const width = Math.max(...runs.map((r) => r.x1));
  const height = page.length * LINE;
  /** the text line of a top edge on the made-up page */
  const lineAt = (y0: number) => page[Math.round(y0 / LINE)]!.line;
  return layoutPage(runs, [], { page: 1, width, height }).map((b): Block => b.kind === 'paragraph'
    ? { type: 'paragraph', paragraph: { text: b.text, page: null, line: lineAt(b.box.y0) } }
    : { type: 'grid', grid: { ...b.table.grid, page: null, cells: b.table.grid.cells.map((c) => ({
      ...c, source: cellSource({ line: lineAt(height - c.source.bbox![3]) }),
    })) } });
}
