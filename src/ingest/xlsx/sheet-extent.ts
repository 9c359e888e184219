/**
 * The grid a worksheet part spans, read from its XML before exceljs builds it. exceljs makes an
 * object for every cell of a merged range as it loads (Worksheet._mergeCellsInternal), and the
 * sheet reader visits every slot of the sheet's rows × columns (sheet-grid.ts): a 1 KB sheet
 * with one cell at XFD1048576, merged from A1, asks for 17 billion of them. The size of the
 * file says nothing about it, so the grid is measured first and a workbook past its limit is
 * refused with a diagnostic (xlsx-ingester.ts).
 *
 * Rows and cells are placed as ECMA-376 Part 1 §18.3.1.73 (row) and §18.3.1.4 (c) say: by
 * their r attribute, or, when it is absent, right after the previous one. The XML is scanned
 * as latin1 in chunks (every name and reference it looks at is ASCII), never decoded whole.
 */

export interface SheetExtent {
  /** last row a row, cell or merged range reaches (1-based) */
  rows: number;
  /** last column a cell or merged range reaches (1-based) */
  cols: number;
  /** cells covered by merged ranges, summed */
  mergedCells: number;
}

const CHUNK = 1 << 20;
/** a tag cut at a chunk's end is read whole from the next bytes; no start tag of a sheet is longer */
const OVERLAP = 4096;
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|mergeCell)\b([^>]*)>/g;
const R_ATTR = /\sr="\$?([A-Za-z]*)\$?(\d*)"/;
const REF_ATTR = /\sref="([^"]*)"/;
const RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

const colNumber = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

export function sheetExtent(xml: Uint8Array): SheetExtent {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const extent: SheetExtent = { rows: 0, cols: 0, mergedCells: 0 };
  let row = 0;
  let col = 0;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const text = bytes.toString('latin1', from, Math.min(bytes.length, from + CHUNK + OVERLAP));
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
      if (m.index >= CHUNK) break; // read with the next chunk
      const [, name, attrs] = m;
      if (name === 'row') {
        const r = R_ATTR.exec(attrs!);
        row = r?.[2] ? Number(r[2]) : row + 1;
        col = 0;
      } else if (name === 'c') {
        const r = R_ATTR.exec(attrs!);
        if (r?.[2]) row = Math.max(row, Number(r[2])); // a cell's row is its row element's; a reference past it is taken at its word
        col = r?.[1] ? colNumber(r[1]) : col + 1;
        extent.cols = Math.max(extent.cols, col);
      } else {
        const range = RANGE.exec(REF_ATTR.exec(attrs!)?.[1] ?? '');
        if (!range) continue;
        const [left, top] = [colNumber(range[1]!), Number(range[2])];
        const [right, bottom] = [colNumber(range[3] ?? range[1]!), Number(range[4] ?? range[2])];
        extent.rows = Math.max(extent.rows, top, bottom);
        extent.cols = Math.max(extent.cols, left, right);
        extent.mergedCells += (Math.abs(bottom - top) + 1) * (Math.abs(right - left) + 1);
      }
      extent.rows = Math.max(extent.rows, row);
    }
  }
  return extent;
}
