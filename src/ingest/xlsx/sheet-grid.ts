/**
 * One worksheet → blocks: its visible cells as grids with real spans (a run of empty rows
 * separates two tables), and the one-cell rows across the top of a table (its title,
 * "单位：万元") as paragraphs. Rows and columns keep their sheet numbers in provenance
 * (line = sheet row).
 */
import type { FormatResolver } from './raw-formats.js';
import type { Worksheet } from 'exceljs';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { cellSource, type Block, type Cell } from '../../ir/types.js';
import { formatNumber, shownText } from './cell-text.js';
import { colNumber, computeCell } from './formula.js';

interface Range { top: number; left: number; bottom: number; right: number }

function parseRange(ref: string): Range | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const [a, b] = [[colNumber(m[1]!), Number(m[2])], [colNumber(m[3] ?? m[1]!), Number(m[4] ?? m[2])]] as const;
  return { top: Math.min(a[1], b[1]), left: Math.min(a[0], b[0]), bottom: Math.max(a[1], b[1]), right: Math.max(a[0], b[0]) };
}

interface SheetCell { row: number; col: number; rowSpan: number; colSpan: number; text: string; sheetRow: number }

export function sheetBlocks(sheet: Worksheet, page: number, diagnostics: Diagnostic[], formatOf: FormatResolver = (f) => f): Block[] {
  const rows = range(1, sheet.rowCount).filter((r) => !sheet.getRow(r).hidden);
  const cols = range(1, sheet.columnCount).filter((c) => !sheet.getColumn(c).hidden);
  const hiddenRows = sheet.rowCount - rows.length, hiddenCols = sheet.columnCount - cols.length;
  if (hiddenRows + hiddenCols > 0) {
    diagnostics.push(diag('info', 'xlsx:hidden-cells', `sheet ${page} "${sheet.name}": ${hiddenRows} hidden row(s) and ${hiddenCols} hidden column(s) not read`, page));
  }
  const rowAt = new Map(rows.map((r, i) => [r, i]));
  const colAt = new Map(cols.map((c, i) => [c, i]));
  const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map(parseRange).filter((m): m is Range => m !== null);
  const covered = new Set<string>();
  const masterOf = new Map<string, Range>();
  for (const m of merges) {
    masterOf.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const problems = new Map<string, number>();
  const cells: SheetCell[] = [];
  for (const r of rows) {
    for (const c of cols) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = sheet.getCell(r, c);
      const numFmt = formatOf(cell.numFmt);
      let shown = shownText(cell.value, numFmt);
      if (shown.problem === 'formula-without-value') {
        // computed as Excel would on opening the file, where it is plain arithmetic over this sheet
        const value = computeCell(sheet, r, c);
        if (value !== null) shown = { text: typeof value === 'number' ? formatNumber(value, numFmt) : String(value), problem: 'formula-computed' };
      }
      if (shown.problem) problems.set(shown.problem, (problems.get(shown.problem) ?? 0) + 1);
      const m = masterOf.get(`${r},${c}`);
      const rowSpan = m ? rows.filter((x) => x >= m.top && x <= m.bottom).length : 1;
      const colSpan = m ? cols.filter((x) => x >= m.left && x <= m.right).length : 1;
      cells.push({ row: rowAt.get(r)!, col: colAt.get(c)!, rowSpan, colSpan, text: shown.text.trim(), sheetRow: r });
    }
  }
  for (const [problem, n] of problems) {
    const what = problem === 'error-value' ? 'hold an error value (#DIV/0!, #REF! …); read as empty'
      : problem === 'formula-computed' ? 'hold a formula with no cached value (the file was not saved by Excel); computed here'
        : 'hold a formula with no cached value that is not plain arithmetic over this sheet; read as empty';
    diagnostics.push(diag(problem === 'formula-computed' ? 'info' : 'warning', `xlsx:${problem}`, `sheet ${page} "${sheet.name}": ${n} cell(s) ${what}`, page));
  }
  return tables(cells).flatMap((t) => blocksOf(t, cols.length, page));
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * Cells split into tables at rows no cell touches (empty, and crossed by no merged cell).
 * Cells come in row order (sheetBlocks), so each table is a contiguous run of them: one pass,
 * and no argument spreads (Math.max(...cells) overflows the stack past ~100,000 cells).
 */
function tables(cells: SheetCell[]): SheetCell[][] {
  let rowCount = 0;
  for (const c of cells) rowCount = Math.max(rowCount, c.row + c.rowSpan);
  const used = new Array<boolean>(rowCount).fill(false);
  for (const c of cells) if (c.text !== '' || c.rowSpan > 1) for (let r = c.row; r < c.row + c.rowSpan; r++) used[r] = true;
  const out: SheetCell[][] = [];
  let at = 0;
  let start = -1;
  for (let r = 0; r <= rowCount; r++) {
    if (r < rowCount && used[r]) { if (start < 0) start = r; continue; }
    if (start >= 0) {
      while (at < cells.length && cells[at]!.row < start) at++;
      const from = at;
      while (at < cells.length && cells[at]!.row < r) at++;
      out.push(cells.slice(from, at));
    }
    start = -1;
  }
  return out;
}

/**
 * A table's title rows (one filled cell across the top) as paragraphs, then the rest as a grid.
 * Rows are looked up in an index, not by filtering the table per row: a one-column sheet has a
 * "title" on every row, and filtering made 200,000 rows take minutes.
 */
function blocksOf(table: SheetCell[], colCount: number, page: number): Block[] {
  let first = Infinity, last = -Infinity;
  const byRow = new Map<number, SheetCell[]>();
  for (const c of table) {
    first = Math.min(first, c.row);
    last = Math.max(last, c.row + c.rowSpan - 1);
    const row = byRow.get(c.row);
    if (row) row.push(c);
    else byRow.set(c.row, [c]);
  }
  const blocks: Block[] = [];
  let top = first;
  for (; top <= last; top++) {
    const row = byRow.get(top) ?? [];
    const filled = row.filter((c) => c.text !== '');
    const spansRow = filled.length === 1 && filled[0]!.rowSpan === 1;
    if (!spansRow || top === last) break;
    blocks.push({ type: 'paragraph', paragraph: { text: filled[0]!.text, page, line: filled[0]!.sheetRow } });
  }
  const body = table.filter((c) => c.row >= top);
  if (body.length === 0) return blocks;
  const grid: Cell[] = body.map((c) => ({
    text: c.text, row: c.row - top, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan, source: cellSource({ page, line: c.sheetRow }),
  }));
  blocks.push({ type: 'grid', grid: { page, rowCount: last - top + 1, colCount, cells: grid, spans: 'real' } });
  return blocks;
}
