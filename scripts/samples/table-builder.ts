/**
 * A printed table as Word and HTML both describe it: rows of anchor cells with column and
 * row spans; positions covered by a span from an earlier row are simply absent from the
 * later row. The builder places each cell at the next free column so callers never count
 * covered positions, and refuses a row that does not fill the table width exactly.
 */

export interface PrintedCell {
  text: string;
  col: number;
  colSpan: number;
  rowSpan: number;
  header: boolean;
}

export interface PrintedTable {
  /** paragraphs printed above the table: title, "(2023年度)", unit line */
  paragraphs: string[];
  width: number;
  rows: PrintedCell[][];
  /** paragraphs printed under the table: notes, "自评等级：优" (DOCX renderer) */
  after?: string[];
  /** the first N rows are repeated at the top of every page the table continues on (Word "repeat header rows") */
  repeatHeaderRows?: number;
  /** the table (with its paragraphs) starts a new page */
  pageBreakBefore?: boolean;
  /** relative column widths, overriding the renderer's choice */
  columnWeights?: number[];
  /** no ruling lines at all (a table laid out by whitespace, as some exporters print it) */
  unruled?: boolean;
  /** no empty paragraph after the table: the next table is printed right under it, as one ruled block */
  joinNext?: boolean;
}

export interface CellSpec {
  text: string;
  /** columns to span; 'rest' takes every free column left in the row */
  span?: number | 'rest';
  rowSpan?: number;
  header?: boolean;
}

export class TableBuilder {
  readonly rows: PrintedCell[][] = [];
  /** covered[r] = columns of row r taken by a rowSpan from an earlier row */
  private readonly covered = new Map<number, Set<number>>();

  constructor(readonly width: number) {}

  row(specs: CellSpec[]): this {
    const r = this.rows.length;
    const taken = this.covered.get(r) ?? new Set<number>();
    const cells: PrintedCell[] = [];
    let col = 0;
    const skipTaken = () => { while (taken.has(col)) col++; };
    for (const spec of specs) {
      skipTaken();
      const span = spec.span === 'rest' ? this.freeRun(taken, col) : (spec.span ?? 1);
      const rowSpan = spec.rowSpan ?? 1;
      if (span < 1 || col + span > this.width) throw new Error(`row ${r}: cell "${spec.text}" does not fit (col ${col}, span ${span}, width ${this.width})`);
      cells.push({ text: spec.text, col, colSpan: span, rowSpan, header: spec.header ?? false });
      for (let k = 1; k < rowSpan; k++) {
        const below = this.covered.get(r + k) ?? new Set<number>();
        for (let c = col; c < col + span; c++) below.add(c);
        this.covered.set(r + k, below);
      }
      col += span;
    }
    skipTaken();
    if (col !== this.width) throw new Error(`row ${r} fills ${col} of ${this.width} columns: ${specs.map((s) => s.text).join(' | ')}`);
    this.rows.push(cells);
    return this;
  }

  private freeRun(taken: Set<number>, from: number): number {
    let end = from;
    while (end < this.width && !taken.has(end)) end++;
    return end - from;
  }
}

/** Shorthands for hand-laid tables (the probe generators): a header cell, a body cell, rows built at a width. */
export const headerCell = (text: string, more: Partial<CellSpec> = {}): CellSpec => ({ text, header: true, ...more });
export const bodyCell = (text: string, more: Partial<CellSpec> = {}): CellSpec => ({ text, ...more });
export function builtRows(width: number, specs: CellSpec[][]): PrintedCell[][] {
  const b = new TableBuilder(width);
  for (const r of specs) b.row(r);
  return b.rows;
}
