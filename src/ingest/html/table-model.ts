/**
 * <table> → Grid with real spans, placed by the HTML table-forming algorithm (WHATWG HTML
 * §4.9.12 "Processing model"): row groups in order (rowGroups: thead first, tfoot last), each
 * cell at the first slot of its row not taken by a cell spanning down from a row above,
 * colspan 0 read as 1 and clamped to 1000, rowspan clamped to 65534 and rowspan=0 reaching
 * to the end of its row group.
 *
 * Two departures, both what browsers render: a rowspan that runs past the end of its row
 * group stops there (the spec would add empty rows; Chromium and Firefox clamp the span to
 * the section), and a cell whose colspan would run into a cell spanning down from above is
 * shortened to the free slots (the spec calls this a table model error and lets cells
 * overlap, which a Grid cannot hold). Every grid slot counts against a page-wide budget, so
 * that a `rowspan=65534 colspan=1000` page cannot grow a grid of millions of empty slots.
 */
import { cellSource, type Cell, type Grid } from '../../ir/types.js';
import { attr, childElements, isElement, isHidden, startLine, type Element } from './dom.js';
import { elementText } from './inline-text.js';

/** WHATWG HTML: colspan above 1000 is treated as 1000, rowspan above 65534 as 65534. */
export const MAX_COLSPAN = 1000;
export const MAX_ROWSPAN = 65534;

/** Grid slots (rows × columns) the page may still spend; shared by all its tables. */
export interface SlotBudget {
  left: number;
}

export interface TableRead {
  grid: Grid;
  /** the <caption>'s lines (a title and a year line often share one caption, split by <br>) */
  caption: string[];
  /** source line of the <caption> start tag */
  captionLine: number | null;
  /** rows dropped because the slot budget ran out (0 when the table was read whole) */
  rowsDropped: number;
  /** cells shortened because they ran into a cell spanning down from above */
  overlaps: number;
  /** tables inside cells, flattened into the cells' text */
  nestedTables: number;
}

/** WHATWG "rules for parsing non-negative integers": leading whitespace, optional +, digits; the rest ignored. */
export function nonNegativeInteger(value: string | null): number | null {
  if (value === null) return null;
  const m = /^[\t\n\f\r ]*\+?(\d+)/.exec(value);
  return m ? Number(m[1]) : null;
}

export function colSpanOf(td: Element): number {
  const n = nonNegativeInteger(attr(td, 'colspan'));
  return n === null || n === 0 ? 1 : Math.min(n, MAX_COLSPAN);
}

/** 0 means "to the end of the row group". */
export function rowSpanOf(td: Element): number {
  const n = nonNegativeInteger(attr(td, 'rowspan'));
  return n === null ? 1 : Math.min(n, MAX_ROWSPAN);
}

const visibleChildren = (el: Element, ...tags: string[]) => childElements(el, ...tags).filter((c) => !isHidden(c));

/**
 * Row groups in the order a reader sees them: the first <thead> on top (CSS 2.1 §17.2, where
 * the HTML table model keeps tree order), then tbody/thead and runs of bare <tr> in tree
 * order, then the tfoots (HTML table model and CSS alike).
 */
export function rowGroups(table: Element): Element[][] {
  const groups: Element[][] = [];
  const feet: Element[][] = [];
  let head: Element[] | null = null;
  let bare: Element[] | null = null;
  for (const child of table.childNodes) {
    if (!isElement(child) || isHidden(child)) continue;
    if (child.tagName === 'tr') {
      if (!bare) groups.push((bare = []));
      bare.push(child);
      continue;
    }
    bare = null;
    if (child.tagName === 'thead' && head === null) head = visibleChildren(child, 'tr');
    else if (child.tagName === 'thead' || child.tagName === 'tbody') groups.push(visibleChildren(child, 'tr'));
    else if (child.tagName === 'tfoot') feet.push(visibleChildren(child, 'tr'));
  }
  return [...(head ? [head] : []), ...groups, ...feet];
}

/** A cell spanning down from a row above: it takes columns [col, end) through row lastRow. */
interface Downward { col: number; end: number; lastRow: number }

interface Placement { cells: Cell[]; rows: number; width: number; rowsDropped: number; overlaps: number; nestedTables: number }

/** First free column at or after x, past the taken intervals (sorted, disjoint); j is the search position. */
function skipTaken(taken: Downward[], x: number, j: number): { x: number; j: number } {
  while (j < taken.length && taken[j]!.col <= x) {
    x = Math.max(x, taken[j]!.end);
    j++;
  }
  return { x, j };
}

function placeCells(groups: Element[][], budget: SlotBudget): Placement {
  const out: Placement = { cells: [], rows: 0, width: 0, rowsDropped: 0, overlaps: 0, nestedTables: 0 };
  const totalRows = groups.reduce((n, g) => n + g.length, 0);
  const overBudget = (rows: number, width: number) => rows * width > budget.left;
  for (const group of groups) {
    const groupEnd = out.rows + group.length;
    let downward: Downward[] = [];
    for (const tr of group) {
      const y = out.rows;
      if (overBudget(y + 1, Math.max(out.width, 1))) {
        out.rowsDropped = totalRows - y;
        return out;
      }
      const taken = downward.filter((d) => d.lastRow >= y).sort((a, b) => a.col - b.col);
      const rowCells: Cell[] = [];
      let width = out.width;
      let x = 0, j = 0;
      for (const td of visibleChildren(tr, 'td', 'th')) {
        ({ x, j } = skipTaken(taken, x, j));
        const limit = j < taken.length ? taken[j]!.col : Infinity;
        let colSpan = colSpanOf(td);
        if (x + colSpan > limit) {
          colSpan = limit - x;
          out.overlaps++;
        }
        width = Math.max(width, x + colSpan);
        if (overBudget(y + 1, width)) {
          out.rowsDropped = totalRows - y;
          return out;
        }
        const span = rowSpanOf(td);
        const rowSpan = span === 0 ? groupEnd - y : Math.min(span, groupEnd - y);
        const { text, nestedTables } = elementText(td);
        out.nestedTables += nestedTables;
        rowCells.push({ text, row: y, col: x, rowSpan, colSpan, source: cellSource({ line: startLine(td) }) });
        if (rowSpan > 1) downward.push({ col: x, end: x + colSpan, lastRow: y + rowSpan - 1 });
        x += colSpan;
      }
      downward = downward.filter((d) => d.lastRow > y);
      out.cells.push(...rowCells);
      out.width = width;
      out.rows++;
    }
  }
  return out;
}

export function readTable(table: Element, budget: SlotBudget): TableRead {
  const captionEl = visibleChildren(table, 'caption')[0];
  const caption = captionEl ? elementText(captionEl).text.split('\n').filter((l) => l !== '') : [];
  const placed = placeCells(rowGroups(table), budget);
  const grid: Grid = { page: null, rowCount: placed.rows, colCount: placed.width, cells: placed.cells, spans: 'real' };
  if (placed.rowsDropped > 0) {
    // spans clamped to the rows kept
    for (const cell of grid.cells) cell.rowSpan = Math.min(cell.rowSpan, grid.rowCount - cell.row);
  }
  // once a table is cut, the page's budget is spent: later tables are skipped, not read in part
  budget.left = placed.rowsDropped > 0 ? 0 : budget.left - grid.rowCount * grid.colCount;
  return { grid, caption, captionLine: captionEl ? startLine(captionEl) : null, rowsDropped: placed.rowsDropped, overlaps: placed.overlaps, nestedTables: placed.nestedTables };
}
