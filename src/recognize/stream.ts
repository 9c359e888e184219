/**
 * Flattens a Layout into one stream of lines (paragraphs and grid rows) so that tables
 * can be found wherever the ingester cut its grids: a DOCX-to-text dump is one grid
 * holding several tables; a PDF page break splits one table over two grids.
 */
import { compactKey, cleanText } from '../normalize/text.js';
import { TRADITIONAL_FORMS } from '../../pipelines/ocr-forms.js';
import { denseRows, type Slot } from '../ir/grid.js';
import type { Grid, Layout } from '../ir/types.js';

export interface Line {
  /** position in the stream */
  index: number;
  paragraph: boolean;
  /** cleaned text per column; '' where empty or covered by a span from another row */
  texts: string[];
  /** compact (whitespace-free) text per column, for vocabulary matching */
  keys: string[];
  /** dense slots (null for paragraphs): a covered slot names the merged cell over it */
  slots: (Slot | null)[] | null;
  grid: Grid | null;
  /** row index within its grid */
  gridRow: number | null;
  page: number | null;
  /** 1-based source line for text inputs */
  sourceLine: number | null;
  /** 0-based index of its grid among the layout's grids, in reading order (cell-level provenance) */
  gridIndex: number | null;
}

export function toStream(layout: Layout): Line[] {
  const lines: Line[] = [];
  let grids = 0;
  for (const block of layout.blocks) {
    if (block.type === 'paragraph') {
      const text = cleanText(block.paragraph.text);
      if (text === '') continue;
      lines.push({
        index: lines.length, paragraph: true, texts: [text], keys: [matchKey(text)], slots: null,
        grid: null, gridRow: null, page: block.paragraph.page, sourceLine: block.paragraph.line, gridIndex: null,
      });
      continue;
    }
    const grid = block.grid;
    const gridIndex = grids++;
    denseRows(grid).forEach((slots, r) => {
      const texts = slots.map((s) => (s && s.anchor ? cleanText(s.cell.text) : ''));
      const first = slots.find((s) => s && s.anchor)?.cell;
      lines.push({
        index: lines.length, paragraph: false, texts, keys: texts.map(matchKey), slots, grid, gridRow: r,
        page: grid.page, sourceLine: first?.source.line ?? null, gridIndex,
      });
    });
  }
  return lines;
}

/** The key for matching vocabulary: compact, with OCR's traditional forms folded back (pipelines/ocr-forms.ts). */
const VARIANT_CHARS = new RegExp(`[${Object.keys(TRADITIONAL_FORMS).join('')}]`, 'g');
export const matchKey = (text: string): string => compactKey(text).replace(VARIANT_CHARS, (c) => TRADITIONAL_FORMS[c] ?? c);

/** Non-empty cells of a line with their column. */
export function filled(line: Line): { col: number; text: string; key: string }[] {
  const out: { col: number; text: string; key: string }[] = [];
  line.texts.forEach((text, col) => {
    if (text !== '') out.push({ col, text, key: line.keys[col]! });
  });
  return out;
}

/** A line with one filled cell that reads like a standalone caption (title, year, unit line). */
export function soleText(line: Line): string | null {
  const cells = filled(line);
  return cells.length === 1 ? cells[0]!.text : null;
}
