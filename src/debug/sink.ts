/**
 * The debug sink (issue #12, `extract --debug DIR`): what the PDF and scan ingesters and the
 * indicator recognizer found on each page — ruling lines, cells, table regions, and the role
 * given to each column — handed over as plain data while a document is read, so it can be
 * drawn over the page afterwards (pdfplumber's `debug_tablefinder`, camelot's `plot`). It is
 * an optional field of the options: nothing is collected, and nothing changes, without it.
 * Boxes are in the frame of the contract's CellRef: top-left origin, in the page's unit
 * (points for PDF pages, pixels for image pages).
 */

export type Box4 = [number, number, number, number];

export interface DebugRuling {
  axis: 'h' | 'v';
  /** y of a horizontal ruling, x of a vertical one */
  pos: number;
  /** extent along the ruling */
  from: number;
  to: number;
}

export interface DebugRegion {
  box: Box4;
  /** lattice: a ruled table; partial: rules without inner columns (read by alignment); whitespace: a table found by text alignment */
  kind: 'lattice' | 'partial' | 'whitespace';
}

export interface DebugPage {
  page: number;
  unit: 'pt' | 'px';
  /** [width, height] of the page in `unit` */
  size: [number, number];
  /** true when the page was read by OCR (boxes are those of the deskewed page) */
  ocr: boolean;
  rulings: DebugRuling[];
  cells: Box4[];
  regions: DebugRegion[];
}

export interface DebugColumn {
  page: number;
  unit: 'pt' | 'px';
  /** the column's extent on the page: its cells' union, header included */
  box: Box4;
  /** the role as the recognizer decided it: level1 … score, note, block, target:unit, project:…, unmapped */
  role: string;
  header: string;
  /** the role was read from the column's cells, not its header */
  inferred: boolean;
}

export interface DebugSink {
  page(page: DebugPage): void;
  columns(columns: DebugColumn[]): void;
}

/** A sink that keeps what it is told, for one document. */
export class DebugRecorder implements DebugSink {
  readonly pages: DebugPage[] = [];
  readonly columnList: DebugColumn[] = [];

  page(page: DebugPage): void {
    this.pages.push(page);
  }

  columns(columns: DebugColumn[]): void {
    this.columnList.push(...columns);
  }
}
