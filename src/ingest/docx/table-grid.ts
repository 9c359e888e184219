/**
 * w:tbl → Grid with the table's real merges (ECMA-376 §17.4). The grid column of a cell is
 * tracked through w:gridBefore and each cell's w:gridSpan; a cell with w:vMerge (no val or
 * val="continue") extends the cell above it in the same grid columns (rowSpan on the anchor);
 * legacy w:hMerge continue extends the cell to its left. Cf. docling msword_backend._handle_tables.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { cellSource, type Cell, type Grid } from '../../ir/types.js';
import { blockItems, trimBlankLines, unwrappedChildren } from './block-content.js';
import { paragraphText } from './paragraph-text.js';
import { childrenOf, type WordNames, type XmlNode } from './xml-tree.js';

export interface TableContext {
  names: WordNames;
  diagnostics: Diagnostic[];
  /** 1-based number of the top-level table being read, for messages */
  table: number;
  /** tables nested in a cell that are tables in their own right, with the outer row they sit in */
  lifted?: { row: number; grid: Grid }[];
}

/** A nested table this large (rows and columns) is a table of its own, not a cell's text. */
const LIFTED_MIN = 3;

/** Word allows 63 columns; a larger span or offset is damage, clamped so grids stay small. */
const MAX_COLUMNS = 256;

interface RawCell {
  col: number;
  span: number;
  vMerge: 'restart' | 'continue' | null;
  text: string;
}

function intAttr(node: XmlNode | undefined, names: WordNames, fallback: number): number {
  if (!node) return fallback;
  const n = Number.parseInt(names.attr(node, 'val') ?? '', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_COLUMNS) : fallback;
}

/** val="restart" starts a merge; a w:vMerge with no val, or val="continue", continues one. */
function mergeState(node: XmlNode | undefined, names: WordNames): RawCell['vMerge'] {
  if (!node) return null;
  return names.attr(node, 'val') === 'restart' ? 'restart' : 'continue';
}

/**
 * Text of a cell: its paragraphs joined by "\n"; a small nested table flattened one line per row.
 * A nested table of three rows and columns or more (an indicator block some templates put in
 * the last cell of the outer table) is lifted out of the cell, to be read as a table of its own.
 */
function cellText(tc: XmlNode, ctx: TableContext, where: string, row: number): string {
  const lines = blockItems(childrenOf(tc), ctx.names).map((item) =>
    item.kind === 'p' ? paragraphText(item.node, ctx.names) : nestedTableText(item.node, ctx, where, row));
  return trimBlankLines(lines.join('\n'));
}

function nestedTableText(tbl: XmlNode, ctx: TableContext, where: string, row: number): string {
  const grid = readGrid(tbl, { ...ctx, lifted: undefined }, `${where} (nested)`);
  if (ctx.lifted && grid.rowCount >= LIFTED_MIN && grid.colCount >= LIFTED_MIN) {
    ctx.diagnostics.push(diag('info', 'docx:nested-table', `table ${ctx.table}: a table nested in ${where} (${grid.rowCount} rows, ${grid.colCount} columns) is read as a table of its own, after the outer table's rows down to it`));
    ctx.lifted.push({ row, grid });
    return '';
  }
  ctx.diagnostics.push(diag('info', 'docx:nested-table', `table ${ctx.table}: a table nested in ${where} was flattened into that cell's text (one line per nested row)`));
  const lines: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const texts = grid.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col)
      .map((c) => c.text.replace(/\s*\n\s*/g, ' ').trim()).filter((t) => t !== '');
    if (texts.length > 0) lines.push(texts.join(' '));
  }
  return lines.join('\n');
}

function readRow(tr: XmlNode, r: number, ctx: TableContext, where: string): { cells: RawCell[]; end: number } {
  const { names } = ctx;
  const trPr = names.child(tr, 'trPr');
  let col = intAttr(trPr && names.child(trPr, 'gridBefore'), names, 0);
  const cells: RawCell[] = [];
  for (const tc of unwrappedChildren(tr, 'tc', names)) {
    const tcPr = names.child(tc, 'tcPr');
    const span = Math.max(1, intAttr(tcPr && names.child(tcPr, 'gridSpan'), names, 1));
    const text = cellText(tc, ctx, `${where}row ${r + 1}, column ${col + 1}`, r);
    const hMerge = tcPr && names.child(tcPr, 'hMerge');
    const left = cells[cells.length - 1];
    if (hMerge && names.attr(hMerge, 'val') !== 'restart' && left && left.col + left.span === col) {
      left.span += span; // legacy horizontal merge: this cell continues the one to its left
      if (text) left.text = left.text ? `${left.text}\n${text}` : text;
    } else {
      cells.push({ col, span, vMerge: mergeState(tcPr && names.child(tcPr, 'vMerge'), names), text });
    }
    col = Math.min(col + span, MAX_COLUMNS);
  }
  const end = col + intAttr(trPr && names.child(trPr, 'gridAfter'), names, 0);
  return { cells, end };
}

/** Rows of the table, through content controls; rows deleted with tracked changes are gone. */
function tableRows(tbl: XmlNode, ctx: TableContext): XmlNode[] {
  const { names } = ctx;
  const rows = unwrappedChildren(tbl, 'tr', names);
  const kept = rows.filter((tr) => {
    const trPr = names.child(tr, 'trPr');
    return !(trPr && names.child(trPr, 'del'));
  });
  if (kept.length < rows.length) {
    ctx.diagnostics.push(diag('info', 'docx:deleted-rows', `table ${ctx.table}: ${rows.length - kept.length} row(s) deleted with tracked changes were skipped`));
  }
  return kept;
}

/** Vertical merging: a continue cell grows the cell above it that starts at the same grid column with the same span. */
function mergeRows(rows: { cells: RawCell[] }[], ctx: TableContext, where: string): Cell[] {
  const cells: Cell[] = [];
  let above = new Map<number, Cell>();
  rows.forEach((row, r) => {
    const here = new Map<number, Cell>();
    for (const raw of row.cells) {
      const anchor = raw.vMerge === 'continue' ? above.get(raw.col) : undefined;
      if (anchor && anchor.colSpan === raw.span && anchor.row + anchor.rowSpan === r) {
        anchor.rowSpan++;
        if (raw.text) {
          anchor.text = anchor.text ? `${anchor.text}\n${raw.text}` : raw.text;
          ctx.diagnostics.push(diag('warning', 'docx:vmerge-text', `table ${ctx.table}: ${where}row ${r + 1}, column ${raw.col + 1} continues a merged cell but has text of its own; appended to the merged cell`));
        }
        here.set(raw.col, anchor);
        continue;
      }
      if (raw.vMerge === 'continue') {
        ctx.diagnostics.push(diag('info', 'docx:vmerge-orphan', `table ${ctx.table}: ${where}row ${r + 1}, column ${raw.col + 1} continues a vertical merge with no matching cell above; read as a cell of its own`));
      }
      const cell: Cell = { text: raw.text, row: r, col: raw.col, rowSpan: 1, colSpan: raw.span, source: cellSource() };
      cells.push(cell);
      here.set(raw.col, cell);
    }
    above = here;
  });
  return cells;
}

function readGrid(tbl: XmlNode, ctx: TableContext, where: string): Grid {
  const { names } = ctx;
  const rows = tableRows(tbl, ctx).map((tr, r) => readRow(tr, r, ctx, where ? `${where}: ` : ''));
  const tblGrid = names.child(tbl, 'tblGrid');
  const gridCols = tblGrid ? unwrappedChildren(tblGrid, 'gridCol', names).length : 0;
  const colCount = Math.min(MAX_COLUMNS, rows.reduce((max, r) => Math.max(max, r.end), gridCols));
  const cells = mergeRows(rows, ctx, where ? `${where}: ` : '');
  return { page: null, rowCount: rows.length, colCount, cells, spans: 'real' };
}

/**
 * A top-level table as grids in reading order: the table itself, cut below each row that held a
 * lifted nested table, with that table between the parts (a merged cell crossing a cut stays
 * in the part above).
 */
export function tableToGrids(tbl: XmlNode, ctx: TableContext): Grid[] {
  const lifted: { row: number; grid: Grid }[] = [];
  const outer = readGrid(tbl, { ...ctx, lifted }, '');
  if (lifted.length === 0) return [outer];
  const out: Grid[] = [];
  let from = 0;
  for (const { row, grid } of [...lifted, { row: outer.rowCount - 1, grid: null }]) {
    if (row >= from) out.push(rowsOf(outer, from, row + 1));
    if (grid) out.push(grid);
    from = Math.max(from, row + 1);
  }
  return out.filter((g) => g.rowCount > 0 && g.cells.some((c) => c.text !== ''));
}

/** Rows from..to-1 of a grid, renumbered; a cell that starts above is left out, one that runs below is clipped. */
function rowsOf(grid: Grid, from: number, to: number): Grid {
  const cells = grid.cells.filter((c) => c.row >= from && c.row < to)
    .map((c) => ({ ...c, row: c.row - from, rowSpan: Math.min(c.rowSpan, to - c.row) }));
  return { ...grid, rowCount: to - from, cells };
}
