/**
 * One page's runs and rulings → blocks in reading order (top to bottom): ruled tables
 * first take their text, partial-ruled regions and whitespace-aligned blocks become
 * whitespace tables, every other line is a paragraph (a line with far-apart pieces,
 * e.g. "编制部门：…      单位：元", gives one paragraph per piece). Page numbers in the
 * top or bottom margin are page furniture and are dropped.
 */
import { PAGE_NUMBER } from '../../../pipelines/captions.js';
import { cellSource, type Cell, type Grid } from '../../ir/types.js';
import { centerX, centerY, containsPoint, toBottomLeft, type Box } from './geometry.js';
import { findLattices } from './lattice.js';
import { fillLattice, type FilledCell } from './lattice-text.js';
import { groupLines, type Line } from './lines.js';
import type { Ruling } from './page-graphics.js';
import type { Run } from './page-text.js';
import { findWhitespaceTables, forcedTable, segmentsOf, type WsTable } from './whitespace.js';

export interface PageTable {
  grid: Grid;
  box: Box;
  /** column edges in page space (for matching a continuation on the next page) */
  xs: number[];
  /** whitespace tables: texts of cells whose wrapped lines were joined into their row */
  joined?: string[];
  /** ruled tables: texts that ran on under the next cell, kept whole in their own (lattice-text.ts cutAtEdges) */
  overflowed?: string[];
}

export type PageBlock =
  | { kind: 'paragraph'; text: string; box: Box }
  | { kind: 'table'; table: PageTable };

export interface PageGeometry {
  page: number;
  width: number;
  height: number;
}

/** Share of the page height at the top and bottom where page numbers are furniture. */
const MARGIN_SHARE = 0.1;

export function layoutPage(runs: Run[], rulings: Ruling[], geo: PageGeometry): PageBlock[] {
  const blocks: PageBlock[] = [];
  const { lattices, partial } = findLattices(rulings);
  let free = runs;
  for (const lattice of lattices) {
    const { cells, used, overflowed } = fillLattice(lattice, free);
    free = free.filter((r) => !used.has(r));
    const grid = makeGrid(geo, lattice.ys.length - 1, lattice.xs.length - 1, 'real', cells);
    blocks.push({ kind: 'table', table: { grid, box: lattice.box, xs: lattice.xs, ...(overflowed.length > 0 ? { overflowed } : {}) } });
  }
  let lines = groupLines(free);
  for (const region of partial) {
    const inside = lines.filter((l) => containsPoint(region, centerX(l), centerY(l), 2));
    const table = forcedTable(inside, rulesAcross(rulings, region));
    if (!table) continue;
    blocks.push(wsBlock(table, geo));
    lines = lines.filter((l) => !table.lines.includes(l));
  }
  const { tables, rest } = findWhitespaceTables(lines);
  for (const table of tables) blocks.push(wsBlock(table, geo));
  for (const line of rest) blocks.push(...paragraphsOf(line, geo));
  return blocks.sort((a, b) => topOf(a) - topOf(b) || leftOf(a) - leftOf(b));
}

/** The y of the horizontal rulings across most of a region's width, top to bottom, near duplicates once. */
function rulesAcross(rulings: Ruling[], region: Box): number[] {
  const width = region.x1 - region.x0;
  const ys = rulings.filter((r) => r.axis === 'h' && r.pos >= region.y0 - 2 && r.pos <= region.y1 + 2 &&
    Math.min(r.to, region.x1) - Math.max(r.from, region.x0) >= 0.5 * width).map((r) => r.pos).sort((a, b) => a - b);
  return ys.filter((y, i) => i === 0 || y - ys[i - 1]! > 2);
}

const boxOf = (b: PageBlock): Box => (b.kind === 'table' ? b.table.box : b.box);
const topOf = (b: PageBlock): number => boxOf(b).y0;
const leftOf = (b: PageBlock): number => boxOf(b).x0;

function wsBlock(table: WsTable, geo: PageGeometry): PageBlock {
  const cells = table.cells.map((c) => ({ ...c, rowSpan: 1 }));
  const grid = makeGrid(geo, table.rowCount, table.xs.length - 1, 'none', cells);
  return { kind: 'table', table: { grid, box: table.box, xs: table.xs, joined: table.joined } };
}

/** Text placed in a grid position: a lattice cell, or a whitespace-table cell. */
type PlacedText = FilledCell;

function makeGrid(geo: PageGeometry, rowCount: number, colCount: number, spans: Grid['spans'], placed: PlacedText[]): Grid {
  const cells: Cell[] = placed.map((p) => ({
    text: p.text, row: p.row, col: p.col, rowSpan: p.rowSpan, colSpan: p.colSpan,
    source: cellSource({ page: geo.page, bbox: toBottomLeft(p.box, geo.height), coordOrigin: 'pdf-bottom-left-pt', pageSize: [geo.width, geo.height] }),
  }));
  return { page: geo.page, rowCount, colCount, cells, spans };
}

function paragraphsOf(line: Line, geo: PageGeometry): PageBlock[] {
  const out: PageBlock[] = [];
  for (const seg of segmentsOf(line)) {
    if (isFurniture(seg.text, seg, geo)) continue;
    out.push({ kind: 'paragraph', text: seg.text, box: { x0: seg.x0, y0: seg.y0, x1: seg.x1, y1: seg.y1 } });
  }
  return out;
}

/** A page number (PAGE_NUMBER: "3", "- 3 -", "第3页，共20页", "3/20") in the top or bottom margin. */
export function isFurniture(text: string, box: Box, geo: PageGeometry): boolean {
  const inMargin = box.y1 < geo.height * MARGIN_SHARE || box.y0 > geo.height * (1 - MARGIN_SHARE);
  const compact = text.replace(/\s+/g, '');
  // three digits at most: a lone "2024" in a margin is a year, not a page number
  return inMargin && PAGE_NUMBER.test(compact);
}
