/**
 * Whitespace fallback for tables without (enough) ruling lines: columns come from the
 * aligned edges of text segments (an x position is a column gap when almost no tabular
 * line has text there), rows from baselines. Grids made here have spans 'none': a
 * wrapped cell shows up as an extra row and the recognizer repairs it, as for text input.
 */
import { overlap, union, type Box } from './geometry.js';
import { lineText, type Line } from './lines.js';
import type { Run } from './page-text.js';

/** A piece of a line separated from its neighbours by a wide gap. */
export interface Segment extends Box {
  runs: Run[];
  text: string;
}

export interface WsCell {
  row: number;
  col: number;
  colSpan: number;
  box: Box;
  text: string;
}

export interface WsTable {
  box: Box;
  xs: number[];
  rowCount: number;
  cells: WsCell[];
  lines: Line[];
}

/** Gap between runs (in ems) that makes a line look tabular, or splits a line into paragraphs. */
const SEGMENT_GAP = 1.5;
/**
 * Inside a table, a smaller gap already separates two cells: between cells of a tight
 * LibreOffice table there are 6–9 pt at 9 pt type, while a space inside a cell ("≤45 天")
 * leaves 4–5 pt.
 */
const CELL_GAP = 0.65;
/** Vertical gap (in line heights) beyond which a table ends. */
const MAX_ROW_GAP = 2.5;
/** A line in type this much larger than the table's rows is a heading, not a row. */
const HEADING_SIZE = 1.2;
/** Share of tabular lines that may cross a column gap (spanning labels). */
const GAP_TOLERANCE = 0.1;

export function segmentsOf(line: Line, gap = SEGMENT_GAP): Segment[] {
  const segments: Segment[] = [];
  let cur: Run[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const box = cur.slice(1).reduce<Box>((b, r) => union(b, r), cur[0]!);
    segments.push({ ...box, runs: cur, text: lineText(cur) });
    cur = [];
  };
  for (const run of line.runs) {
    const prev = cur[cur.length - 1];
    if (prev && run.x0 - prev.x1 > gap * Math.max(run.size, prev.size)) flush();
    cur.push(run);
  }
  flush();
  return segments;
}

/** Splits lines into whitespace tables (runs of ≥ 2 tabular lines with ≥ 2 columns) and the rest. */
export function findWhitespaceTables(lines: Line[]): { tables: WsTable[]; rest: Line[] } {
  const tables: WsTable[] = [];
  const rest: Line[] = [];
  let block: Line[] = [];
  const flush = () => {
    const table = block.filter(isTabular).length >= 2 ? buildTable(trimBlock(block)) : null;
    if (table) {
      tables.push(table);
      rest.push(...block.filter((l) => !table.lines.includes(l)));
    } else rest.push(...block);
    block = [];
  };
  for (const line of lines) {
    const prev = block[block.length - 1];
    const near = prev && isNear(prev, line);
    if (prev && (!near || isHeading(line, block))) flush();
    if (isTabular(line) || (block.length > 0 && block.some(isTabular))) {
      if (block.length === 0) block.push(...headerLinesAbove(rest, line));
      block.push(line);
    } else { flush(); rest.push(line); }
  }
  flush();
  return { tables, rest };
}

/** A table region known from partial rulings: all of its lines form one table, if it has columns. */
export function forcedTable(lines: Line[]): WsTable | null {
  return lines.length >= 2 ? buildTable(lines) : null;
}

const isTabular = (line: Line): boolean => segmentsOf(line).length >= 2;

const isNear = (above: Line, below: Line): boolean => below.y0 - above.y1 <= MAX_ROW_GAP * (above.y1 - above.y0);

/**
 * Header rows set tighter than the 1.5 em that makes a line look tabular ("年度指标值 实际完成值"
 * 0.9 em apart) still belong to the table below when they have cells at the cell gap and
 * the same type size: they are taken back from the lines above the table.
 */
function headerLinesAbove(rest: Line[], first: Line): Line[] {
  const taken: Line[] = [];
  let below = first;
  while (rest.length > 0) {
    const line = rest[rest.length - 1]!;
    const sameSize = Math.abs(line.size - first.size) <= 0.1 * first.size;
    if (!sameSize || !isNear(line, below) || segmentsOf(line, CELL_GAP).length < 2) break;
    taken.unshift(rest.pop()!);
    below = line;
  }
  return taken;
}

/** A one-piece line in clearly larger type than the block's rows: the title of what follows. */
function isHeading(line: Line, block: Line[]): boolean {
  if (isTabular(line)) return false;
  const sizes = block.filter(isTabular).map((l) => l.size).sort((a, b) => a - b);
  return sizes.length > 0 && line.size > HEADING_SIZE * sizes[Math.floor(sizes.length / 2)]!;
}

/** Trailing one-segment lines after the last tabular line are prose, not table. */
function trimBlock(block: Line[]): Line[] {
  let end = block.length;
  while (end > 0 && !isTabular(block[end - 1]!)) end--;
  return block.slice(0, end);
}

function buildTable(lines: Line[]): WsTable | null {
  const rows = lines.map((line) => segmentsOf(line, CELL_GAP));
  const tabular = rows.filter((segs) => segs.length >= 2);
  const box = lines.slice(1).reduce<Box>((b, l) => union(b, l), lines[0]!);
  const xs = separateNeighbours(columnEdges(tabular, box), rows);
  if (xs.length < 3) return null;
  const cells: WsCell[] = [];
  rows.forEach((segs, row) => cells.push(...rowCells(segs, row, xs, lines[row]!)));
  return { box: { ...box, x0: xs[0]!, x1: xs[xs.length - 1]! }, xs, rowCount: lines.length, cells, lines };
}

/** Column edges: middles of the x ranges that (almost) no tabular segment covers. */
function columnEdges(rows: Segment[][], box: Box): number[] {
  const x0 = Math.floor(box.x0), n = Math.ceil(box.x1) - x0 + 1;
  const cover = new Array<number>(n).fill(0);
  for (const segs of rows) {
    for (const s of segs) for (let x = Math.floor(s.x0) - x0; x <= Math.ceil(s.x1) - x0; x++) cover[x]!++;
  }
  const limit = Math.floor(GAP_TOLERANCE * rows.length);
  const edges = [box.x0];
  let gapStart = -1;
  for (let i = 0; i < n; i++) {
    const open = cover[i]! <= limit;
    if (open && gapStart < 0) gapStart = i;
    if (!open && gapStart >= 0) {
      if (gapStart > 0) edges.push(x0 + (gapStart + i) / 2);
      gapStart = -1;
    }
  }
  edges.push(box.x1);
  return edges;
}

/**
 * Two segments of one line never share a cell: where no edge passes between them (a
 * gap that other lines cover), one is added in the middle of their gap.
 */
function separateNeighbours(edges: number[], rows: Segment[][]): number[] {
  const out = [...edges];
  for (const segs of rows) {
    for (let k = 1; k < segs.length; k++) {
      const left = segs[k - 1]!, right = segs[k]!;
      if (!out.some((x) => x >= left.x1 && x <= right.x0)) out.push((left.x1 + right.x0) / 2);
    }
  }
  return out.sort((a, b) => a - b);
}

/** One row: each segment takes the columns it overlaps; columns left over are empty cells. */
function rowCells(segs: Segment[], row: number, xs: number[], line: Line): WsCell[] {
  const cols = xs.length - 1;
  const taken: (WsCell | null)[] = new Array<WsCell | null>(cols).fill(null);
  const runs = new Map<WsCell, Run[]>();
  for (const seg of segs) {
    const [first, last] = columnsOf(seg, xs);
    const owner = taken.slice(first, last + 1).find((c) => c !== null);
    if (owner) { // two segments in one column: one cell
      runs.get(owner)!.push(...seg.runs);
      owner.text = lineText(runs.get(owner)!);
      owner.box = union(owner.box, seg);
      continue;
    }
    const cell: WsCell = { row, col: first, colSpan: last - first + 1, box: { x0: seg.x0, y0: seg.y0, x1: seg.x1, y1: seg.y1 }, text: seg.text };
    runs.set(cell, [...seg.runs]);
    for (let c = first; c <= last; c++) taken[c] = cell;
  }
  const out: WsCell[] = [];
  for (let c = 0; c < cols; c++) {
    const cell = taken[c];
    if (cell && cell.col === c) out.push(cell);
    else if (!cell) out.push({ row, col: c, colSpan: 1, box: { x0: xs[c]!, y0: line.y0, x1: xs[c + 1]!, y1: line.y1 }, text: '' });
  }
  return out;
}

/** First and last column a segment overlaps by a meaningful share. */
function columnsOf(seg: Segment, xs: number[]): [number, number] {
  const hits: number[] = [];
  for (let c = 0; c < xs.length - 1; c++) {
    const o = overlap(seg.x0, seg.x1, xs[c]!, xs[c + 1]!);
    if (o > 0.25 * (seg.x1 - seg.x0) || o > 0.5 * (xs[c + 1]! - xs[c]!)) hits.push(c);
  }
  if (hits.length === 0) {
    const mid = (seg.x0 + seg.x1) / 2;
    let c = 0;
    while (c < xs.length - 2 && mid >= xs[c + 1]!) c++;
    return [c, c];
  }
  return [hits[0]!, hits[hits.length - 1]!];
}
