/**
 * Whitespace fallback for tables without (enough) ruling lines: columns come from the
 * aligned edges of text segments (an x position is a column gap when almost no tabular
 * line has text there), rows from baselines. Grids made here have spans 'none'.
 *
 * A row whose cells wrap spreads over several text lines. Where the table has a visible
 * gap between rows (its row pitch clearly larger than a line of type), those lines are
 * joined into one logical row from geometry alone (logicalRows): texts that continue, at
 * one line's distance, a text right above them in the row; and the first lines of cells
 * centred vertically on a taller row, which stand above that row's one-line cells. Labels
 * of merged cells, centred between two rows, stay lines of their own, as do all lines of
 * a table set without a row gap: the recognizer repairs those, as for text input.
 */
import { overlap, union, type Box } from './geometry.js';
import { joinLines, lineText, type Line } from './lines.js';
import { VALUE } from './page-break.js';
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
  /** texts of the cells made of more than one text line (wrapped cells joined into their row) */
  joined: string[];
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
/** Lines of a row are joined only in a table whose row pitch is at least this (in ems): a visible gap between rows. */
const MIN_ROW_PITCH = 1.5;
/** A wrapped cell's next line lies at most this far below its previous one (ems; a line of type with its leading)… */
const MAX_LEADING = 1.6;
/** … and this much less than the row pitch (ems). */
const ROW_MARGIN = 0.25;
/** A cell is centred on a line when the middle of its lines is this close to the line's (ems). */
const CENTRE_TOL = 0.25;

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

/**
 * A table region known from partial rulings: all of its lines form one table, if it has columns.
 * `rules`: the y of horizontal rulings across it. A table ruled between its rows but not between
 * its columns (four rules or more, a band for every two or three lines at most): the lines
 * between two rules are one row, however many lines its cells wrap over. A three-line table
 * (top, under the header, bottom) rules no rows: its lines are read as an unruled table's.
 */
export function forcedTable(lines: Line[], rules: number[] = []): WsTable | null {
  const rowRules = rules.length >= 4 && rules.length - 1 >= 0.4 * lines.length;
  return lines.length >= 2 ? buildTable(lines, rowRules ? rules : null) : null;
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

function buildTable(lines: Line[], rules: number[] | null = null): WsTable | null {
  const rows = lines.map((line) => segmentsOf(line, CELL_GAP));
  const tabular = rows.filter((segs) => segs.length >= 2);
  const box = lines.slice(1).reduce<Box>((b, l) => union(b, l), lines[0]!);
  const xs = separateNeighbours(columnEdges(tabular, box), rows);
  if (xs.length < 3) return null;
  const lineCells = rows.map((segs, i) => rowCells(splitAtEdges(segs, xs), 0, xs, lines[i]!).filter((c) => c.text !== ''));
  const logical = rules ? ruledRows(lines, lineCells, rules) : logicalRows(lines, lineCells);
  const cells: WsCell[] = [];
  const joined: string[] = [];
  logical.forEach((placed, row) => cells.push(...joinRow(placed, row, xs, joined)));
  return { box: { ...box, x0: xs[0]!, x1: xs[xs.length - 1]! }, xs, rowCount: logical.length, cells, lines, joined };
}

/** A non-empty cell of one text line, placed in a logical row; `parent` is the cell above whose text it continues. */
interface Placed {
  cell: WsCell;
  line: Line;
  mid: number;
  parent: Placed | null;
}

/** The vertical middle of a line: the median of its runs' middles (a taller label on the line does not shift it). */
function middleOf(line: Line): number {
  const mids = line.runs.map((r) => (r.y0 + r.y1) / 2).sort((a, b) => a - b);
  return mids[Math.floor(mids.length / 2)]!;
}

const cellMiddle = (c: WsCell): number => (c.box.y0 + c.box.y1) / 2;

/** Do two boxes share at least half the width of the narrower one? */
function stacked(a: Box, b: Box): boolean {
  return overlap(a.x0, a.x1, b.x0, b.x1) >= 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0);
}

/**
 * The table's row pitch: the most common distance (0.5 pt bins, seen twice or more)
 * between consecutive lines at least MIN_ROW_PITCH ems apart, or null when there is none:
 * a table set without a gap between rows.
 */
function rowPitch(mids: number[], em: number): number | null {
  const bins = new Map<number, number>();
  for (let i = 1; i < mids.length; i++) {
    const d = mids[i]! - mids[i - 1]!;
    if (d < MIN_ROW_PITCH * em) continue;
    const bin = Math.round(d * 2) / 2;
    bins.set(bin, (bins.get(bin) ?? 0) + 1);
  }
  let best: number | null = null, count = 1;
  for (const [bin, n] of bins) if (n > count || (n === count && best !== null && bin < best)) { best = bin; count = n; }
  return best;
}

/**
 * Groups the cells of a table's lines (top to bottom) into logical rows.
 * - A cell continues a text of the row above when it lies under it (sharing half the
 *   narrower width), at most a line of type further down, and the two are not a value
 *   under a value; it joins that text. A line whose every cell continues joins the row;
 *   otherwise its other cells start a new row (the second line of a merged label, e.g.
 *   "元)" under "项目资金(万", may share a line with the next row).
 * - Word processors centre cells vertically: the lines of a wrapped cell lie above and
 *   below the line of the row's one-line cells. A line one of whose own cells (those that
 *   do not continue the row above) begins a wrapped text centred on the next line pulls
 *   that line into its row; a merged cell's label standing on the same line goes with it.
 * Rows closer than a line of type cannot be told from wrapped lines: in a table without
 * a row gap (rowPitch null) every line stays a row.
 */
function logicalRows(lines: Line[], lineCells: WsCell[][]): Placed[][] {
  const place = (i: number): Placed[] => lineCells[i]!.map((cell) => ({ cell, line: lines[i]!, mid: cellMiddle(cell), parent: null }));
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const em = sizes[Math.floor(sizes.length / 2)]!;
  const mids = lines.map(middleOf);
  const pitch = rowPitch(mids, em);
  if (pitch === null) return lines.map((_, i) => place(i));
  const leading = Math.min(MAX_LEADING * em, pitch - ROW_MARGIN * em);
  /** may `below` continue `above` (a cell `d` lower)? */
  const continues = (above: { box: Box; text: string }, below: WsCell, d: number): boolean =>
    d > 0 && d <= leading && stacked(below.box, above.box) && !(VALUE.test(above.text) && VALUE.test(below.text));
  const continued = (p: Placed, row: Placed[]): Placed | null => {
    let best: Placed | null = null;
    for (const q of row) if (continues(q.cell, p.cell, p.mid - q.mid) && (!best || q.mid > best.mid)) best = q; // the lowest text above it
    return best;
  };
  /** The middle of the lines a cell of line i wraps over, or null when it does not wrap. */
  const wrappedMiddle = (i: number, cell: WsCell): number | null => {
    let last = { box: cell.box, text: cell.text, mid: cellMiddle(cell) };
    let wraps = false;
    for (let j = i + 1; j < lines.length && mids[j]! - last.mid <= leading + CENTRE_TOL * em; j++) {
      const under = lineCells[j]!.find((c) => continues(last, c, cellMiddle(c) - last.mid));
      if (under) { last = { box: under.box, text: under.text, mid: cellMiddle(under) }; wraps = true; }
    }
    return wraps ? (cellMiddle(cell) + last.mid) / 2 : null;
  };
  const rows: Placed[][] = [];
  let pulled = false;
  for (let i = 0; i < lines.length; i++) {
    const cells = place(i);
    const current = rows[rows.length - 1];
    if (current) for (const p of cells) p.parent = continued(p, current);
    /** the cells of this line that are not continuations */
    let own: Placed[] = cells;
    if (pulled && current) current.push(...cells);
    else {
      own = cells.filter((p) => p.parent === null);
      current?.push(...cells.filter((p) => p.parent !== null));
      if (own.length > 0 || !current) rows.push(own);
    }
    const next = mids[i + 1];
    pulled = next !== undefined && next - mids[i]! <= leading && own.some((p) => {
      const middle = wrappedMiddle(i, p.cell);
      return middle !== null && Math.abs(middle - next) <= CENTRE_TOL * em;
    });
  }
  return rows;
}

/**
 * Rows between horizontal rules: the lines between two rules are one row; a cell continues the
 * lowest cell above it in its row that it lies under (the lines of a wrapped cell).
 */
function ruledRows(lines: Line[], lineCells: WsCell[][], rules: number[]): Placed[][] {
  const bandOf = (line: Line) => rules.filter((y) => y < middleOf(line)).length;
  const rows: Placed[][] = [];
  let band = -1;
  lines.forEach((line, i) => {
    const here = bandOf(line);
    if (here !== band || rows.length === 0) rows.push([]);
    band = here;
    const row = rows[rows.length - 1]!;
    const placed = lineCells[i]!.map((cell): Placed => {
      const above = row.filter((q) => q.line !== line && stacked(cell.box, q.cell.box)).sort((a, b) => b.mid - a.mid)[0] ?? null;
      return { cell, line, mid: cellMiddle(cell), parent: above };
    });
    row.push(...placed);
  });
  return rows.filter((r) => r.length > 0);
}

/**
 * One logical row from its placed cells (top to bottom): a cell and the cells continuing
 * it, then texts in the same columns, are joined in reading order into one cell covering
 * all their columns; columns left over are empty cells. Texts made of several lines are
 * added to `joined`.
 */
function joinRow(placed: Placed[], row: number, xs: number[], joined: string[]): WsCell[] {
  /** one text (a cell and the cells continuing it), or several texts the columns cannot tell apart */
  interface Part { col: number; end: number; box: Box; texts: { box: Box; mid: number; text: string }[][] }
  const rootOf = (p: Placed): Placed => (p.parent ? rootOf(p.parent) : p);
  const byRoot = new Map<Placed, Part>();
  for (const p of placed) {
    const root = rootOf(p);
    const part = byRoot.get(root);
    const end = p.cell.col + p.cell.colSpan;
    const text = { box: p.cell.box, mid: p.mid, text: p.cell.text };
    if (!part) byRoot.set(root, { col: p.cell.col, end, box: { ...p.cell.box }, texts: [[text]] });
    else {
      part.col = Math.min(part.col, p.cell.col);
      part.end = Math.max(part.end, end);
      part.box = union(part.box, p.cell.box);
      part.texts[0]!.push(text);
    }
  }
  // texts over the same columns are one cell: stacked ones (a centred cell's lines above and
  // below the row's middle) read top to bottom, side-by-side ones left to right
  const parts: Part[] = [];
  for (const part of byRoot.values()) {
    const hits = parts.filter((q) => q.col < part.end && part.col < q.end);
    const into = hits[0];
    if (!into) { parts.push(part); continue; }
    for (const other of [...hits.slice(1), part]) {
      into.col = Math.min(into.col, other.col);
      into.end = Math.max(into.end, other.end);
      into.box = union(into.box, other.box);
      for (const texts of other.texts) {
        const beside = into.texts.find((t) => t.some((a) => texts.some((b) => stacked(a.box, b.box))));
        if (beside) beside.push(...texts);
        else into.texts.push(texts);
      }
      if (other !== part) parts.splice(parts.indexOf(other), 1);
    }
  }
  const lineBoxes = placed.map((p) => p.line);
  const y0 = Math.min(...lineBoxes.map((l) => l.y0)), y1 = Math.max(...lineBoxes.map((l) => l.y1));
  const out: WsCell[] = [];
  for (let c = 0; c < xs.length - 1; c++) {
    const part = parts.find((q) => q.col === c);
    if (!part) {
      out.push({ row, col: c, colSpan: 1, box: { x0: xs[c]!, y0, x1: xs[c + 1]!, y1 }, text: '' });
      continue;
    }
    const columns = part.texts.map((t) => t.sort((a, b) => a.mid - b.mid))
      .sort((a, b) => Math.min(...a.map((t) => t.box.x0)) - Math.min(...b.map((t) => t.box.x0)));
    const text = columns.map((t) => joinLines(t.map((x) => x.text))).join('');
    if (columns.some((t) => t.length > 1)) joined.push(text);
    out.push({ row, col: c, colSpan: part.end - part.col, box: part.box, text });
    c = part.end - 1;
  }
  return out;
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

/**
 * Neighbouring cells set closer than the cell gap ("分值" and "得分" 5.6 pt apart in a narrow
 * header) come as one segment: it is cut between two of its runs where a column edge,
 * found from the other rows, passes through the gap between them, when every piece then
 * lies within one column (a long text spanning columns stays whole).
 */
function splitAtEdges(segs: Segment[], xs: number[]): Segment[] {
  return segs.flatMap((seg) => {
    const pieces: Run[][] = [[seg.runs[0]!]];
    for (const run of seg.runs.slice(1)) {
      const prev = pieces[pieces.length - 1]!;
      const left = prev[prev.length - 1]!;
      if (xs.some((x) => x > left.x1 && x < run.x0)) pieces.push([run]);
      else prev.push(run);
    }
    if (pieces.length === 1) return [seg];
    const split = pieces.map((runs) => ({ ...runs.slice(1).reduce<Box>((b, r) => union(b, r), runs[0]!), runs, text: lineText(runs) }));
    const inOneColumn = (b: Box) => xs.some((x, c) => c + 1 < xs.length && overlap(b.x0, b.x1, x, xs[c + 1]!) >= 0.8 * (b.x1 - b.x0));
    return split.every(inOneColumn) ? split : [seg];
  });
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
