/**
 * The one intermediate representation every ingester produces (text, DOCX, PDF, OCR):
 * a document is a sequence of blocks in reading order, each a paragraph or a grid
 * of cells with spans and provenance. Recognizers never see the input format.
 * Modelled on docling-core's TableData: sparse cells with offsets and spans; the
 * dense view is derived (see grid.ts).
 */
import type { Diagnostic } from '../contract/schema.js';

export type SourceFormat = 'pdf' | 'docx' | 'image' | 'text' | 'html' | 'xlsx';

/** Where a cell came from. Coordinates keep their origin: pdf.js is bottom-left points, images top-left pixels. */
export interface CellSource {
  page: number | null;
  /** 1-based line in a text source where the cell starts */
  line: number | null;
  bbox: [number, number, number, number] | null;
  coordOrigin: 'pdf-bottom-left-pt' | 'image-top-left-px' | null;
  /** [width, height] of the page as viewed, in the bbox's unit (points or pixels), so a box can be put in any origin */
  pageSize?: [number, number] | null;
  /** 0..1 from the OCR engine, null when the text was not recognised from pixels */
  ocrConfidence: number | null;
  /** repairs the OCR engine adapter made to this cell's text (e.g. 'ocr:comparator-glyph') */
  ocrFixes: string[];
}

export interface Cell {
  text: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  source: CellSource;
}

export interface Grid {
  page: number | null;
  rowCount: number;
  colCount: number;
  /** sparse: a merged cell is stored once, at its top-left position */
  cells: Cell[];
  /**
   * 'real' when the source carries the geometry (DOCX vMerge/gridSpan, ruled PDF lattice):
   * a span covers its rows without guessing. 'none' when the source is text whose merged
   * cells were flattened: the recognizer must infer them (fill-down, re-alignment).
   */
  spans: 'real' | 'none';
}

export interface Paragraph {
  text: string;
  page: number | null;
  line: number | null;
}

export type Block = { type: 'paragraph'; paragraph: Paragraph } | { type: 'grid'; grid: Grid };

/** What an ingester returns: blocks in reading order plus what it noticed about the input. */
export interface Layout {
  format: SourceFormat;
  pages: number | null;
  ocr: boolean;
  blocks: Block[];
  diagnostics: Diagnostic[];
}

export function cellSource(partial: Partial<CellSource> = {}): CellSource {
  return { page: null, line: null, bbox: null, coordOrigin: null, ocrConfidence: null, ocrFixes: [], ...partial };
}
