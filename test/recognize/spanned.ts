/**
 * Grids with real merged cells (as DOCX or a ruled PDF gives them), written as tabbed rows:
 * a cell "^" is covered by the merged cell above it, a cell "<" by the merged cell to its left.
 */
import { cellSource, type Block, type Cell, type Grid } from '../../src/ir/types.js';

export function spannedGrid(rows: string[], page: number | null = null): Grid {
  const cells: Cell[] = [];
  const cover = new Map<string, Cell>();
  const at = (r: number, c: number) => `${r},${c}`;
  let colCount = 0;
  rows.forEach((row, r) => {
    const texts = row.split('\t');
    colCount = Math.max(colCount, texts.length);
    texts.forEach((text, c) => {
      if (text === '^' || text === '<') {
        const anchor = text === '^' ? cover.get(at(r - 1, c)) : cover.get(at(r, c - 1));
        if (!anchor) throw new Error(`nothing to extend at row ${r}, col ${c}`);
        if (text === '^') anchor.rowSpan = r - anchor.row + 1;
        else anchor.colSpan = c - anchor.col + 1;
        cover.set(at(r, c), anchor);
        return;
      }
      const cell: Cell = { text, row: r, col: c, rowSpan: 1, colSpan: 1, source: cellSource({ page, line: r + 1 }) };
      cells.push(cell);
      cover.set(at(r, c), cell);
    });
  });
  return { page, rowCount: rows.length, colCount, cells, spans: 'real' };
}

export const spanned = (rows: string[], page: number | null = null): Block => ({ type: 'grid', grid: spannedGrid(rows, page) });
