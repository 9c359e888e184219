/**
 * Cell-level provenance (issue #12): a source cell → the contract's CellRef, in the one frame
 * the contract documents (top-left origin, with the page size), so a reviewer can crop the
 * page at the cell a field was read from. PDF boxes come bottom-left in points and images
 * top-left in pixels (ir/types.ts CellSource); only the PDF ones need turning over.
 */
import type { CellRef } from '../contract/schema.js';
import type { Cell } from '../ir/types.js';
import type { Line } from './stream.js';

/** field (or table path) → the cells it was read from */
export type FieldCells = Record<string, CellRef[]>;

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The box of a cell with the origin at the top left of its page, and the page size, in the source's unit. */
function frameOf(cell: Cell): Pick<CellRef, 'box' | 'pageSize' | 'unit'> {
  const { bbox, coordOrigin, pageSize } = cell.source;
  if (!bbox || !pageSize || !coordOrigin) return { box: null, pageSize: null, unit: null };
  if (coordOrigin === 'image-top-left-px') return { box: [...bbox], pageSize: [...pageSize], unit: 'px' };
  const height = pageSize[1];
  return { box: [round2(bbox[0]), round2(height - bbox[3]), round2(bbox[2]), round2(height - bbox[1])], pageSize: [round2(pageSize[0]), round2(height)], unit: 'pt' };
}

/** A cell of a line (its grid gives the table index) as a CellRef. */
export function cellRef(cell: Cell, line: Line): CellRef {
  return {
    page: cell.source.page ?? line.page,
    ...frameOf(cell),
    line: cell.source.line,
    grid: line.gridIndex,
    row: cell.row,
    col: cell.col,
    text: cell.text,
  };
}

/** The cell covering column `col` of a line (a merged cell from a row above included), or null. */
export function cellAt(line: Line, col: number): Cell | null {
  return line.slots?.[col]?.cell ?? null;
}

/** The CellRefs of the given columns of a line, each cell once (a merged cell covers several). */
export function refsAt(line: Line, cols: number[]): CellRef[] {
  const seen = new Set<Cell>();
  const out: CellRef[] = [];
  for (const col of cols) {
    const cell = cellAt(line, col);
    if (!cell || seen.has(cell)) continue;
    seen.add(cell);
    out.push(cellRef(cell, line));
  }
  return out;
}

/** Every filled cell of some lines (a header block, say), each cell once. */
export function refsOfLines(lines: Line[]): CellRef[] {
  return lines.flatMap((line) => (line.paragraph ? [] : refsAt(line, line.texts.map((t, col) => (t === '' ? -1 : col)).filter((c) => c >= 0))));
}

/** Adds `refs` under `key`, keeping reading order and each cell once. */
export function addCells(into: FieldCells, key: string, refs: CellRef[], prepend = false): void {
  if (refs.length === 0) return;
  const have = into[key] ?? [];
  const fresh = refs.filter((r) => !have.some((h) => sameCell(h, r)));
  into[key] = prepend ? [...fresh, ...have] : [...have, ...fresh];
}

const sameCell = (a: CellRef, b: CellRef) =>
  a.grid === b.grid && a.row === b.row && a.col === b.col && a.page === b.page && a.line === b.line && a.text === b.text;

/** Prefixes every key of `cells` with a table path ("funds.rows.0." …) into `into`. */
export function addPrefixed(into: FieldCells, prefix: string, cells: FieldCells | undefined): void {
  if (!cells) return;
  for (const [key, refs] of Object.entries(cells)) addCells(into, `${prefix}${key}`, refs);
}
