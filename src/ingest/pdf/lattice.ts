/**
 * Ruling lines → table lattices. Collinear pieces are merged (ONLYOFFICE draws one
 * segment per cell edge), connected rulings form one table, their positions give the
 * row and column edges, and a cell is merged across an edge wherever the internal
 * ruling is missing (rowSpan/colSpan). A group of rulings that has rows but no inner
 * columns (three-line tables, boxed lists) is returned as a partial region for the
 * whitespace fallback.
 */
import { clusterValues, overlap, type Box } from './geometry.js';
import type { Ruling } from './page-graphics.js';

export interface LatticeCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
}

export interface Lattice {
  box: Box;
  /** column edges, ascending (colCount + 1) */
  xs: number[];
  /** row edges, ascending (rowCount + 1) */
  ys: number[];
  cells: LatticeCell[];
  /** cellIndex[r][c]: index into cells of the cell covering slot (r, c) */
  cellIndex: number[][];
  /** vertical ruling present between columns c-1 and c in row r: vEdge[r][c] */
  vEdge: boolean[][];
}

/** Rulings closer than this across their axis are the same line (points). */
const SAME_LINE = 1.5;
/** Pieces of one line separated by at most this along it are joined (points). */
const JOIN_GAP = 2.5;
/** Rulings within this of each other's extent touch (points). */
const TOUCH = 2.5;
/** Edge positions closer than this are one edge (points). */
const EDGE_TOL = 2.5;
/** Share of a cell side a ruling must cover for the side to count as ruled. */
const MIN_COVER = 0.6;

export function findLattices(rulings: Ruling[]): { lattices: Lattice[]; partial: Box[] } {
  const merged = [...mergeCollinear(rulings.filter((r) => r.axis === 'h')), ...mergeCollinear(rulings.filter((r) => r.axis === 'v'))];
  const lattices: Lattice[] = [];
  const partial: Box[] = [];
  const loose: Ruling[] = [];
  for (const group of connectedGroups(merged)) {
    const hs = group.filter((r) => r.axis === 'h');
    const vs = group.filter((r) => r.axis === 'v');
    if (hs.length === 1 && vs.length === 0) { loose.push(hs[0]!); continue; }
    const lattice = hs.length >= 2 && vs.length >= 2 ? buildLattice(hs, vs) : null;
    if (lattice && lattice.xs.length > 2) lattices.push(lattice);
    else if (lattice) partial.push(lattice.box);
  }
  return { lattices, partial: [...partial, ...ruledBands(loose)] };
}

/** Loose horizontal rules of the same width, stacked (a three-line table): the band they enclose. */
function ruledBands(hs: Ruling[]): Box[] {
  const bands: Box[] = [];
  const sorted = [...hs].sort((a, b) => a.pos - b.pos);
  const used = new Set<Ruling>();
  for (const first of sorted) {
    if (used.has(first)) continue;
    const same = sorted.filter((h) => !used.has(h) && Math.abs(h.from - first.from) <= 2 * JOIN_GAP && Math.abs(h.to - first.to) <= 2 * JOIN_GAP);
    if (same.length < 2) continue;
    same.forEach((h) => used.add(h));
    bands.push({ x0: first.from, y0: same[0]!.pos, x1: first.to, y1: same[same.length - 1]!.pos });
  }
  return bands;
}

/** Joins collinear, touching pieces of rulings of one axis. */
export function mergeCollinear(rulings: Ruling[]): Ruling[] {
  const sorted = [...rulings].sort((a, b) => a.pos - b.pos);
  const out: Ruling[] = [];
  let band: Ruling[] = [];
  const flush = () => {
    if (band.length === 0) return;
    const pos = band.reduce((s, r) => s + r.pos, 0) / band.length;
    band.sort((a, b) => a.from - b.from);
    let cur: Ruling = { ...band[0]!, pos };
    for (const r of band.slice(1)) {
      if (r.from <= cur.to + JOIN_GAP) cur.to = Math.max(cur.to, r.to);
      else { out.push(cur); cur = { ...r, pos }; }
    }
    out.push(cur);
    band = [];
  };
  for (const r of sorted) {
    if (band.length > 0 && r.pos - band[band.length - 1]!.pos > SAME_LINE) flush();
    band.push(r);
  }
  flush();
  return out;
}

function touches(h: Ruling, v: Ruling): boolean {
  return v.pos >= h.from - TOUCH && v.pos <= h.to + TOUCH && h.pos >= v.from - TOUCH && h.pos <= v.to + TOUCH;
}

/** Union-find over horizontal/vertical intersections. */
function connectedGroups(rulings: Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < rulings.length; i++) {
    for (let j = i + 1; j < rulings.length; j++) {
      const a = rulings[i]!, b = rulings[j]!;
      if (a.axis === b.axis) continue;
      if (touches(a.axis === 'h' ? a : b, a.axis === 'h' ? b : a)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

function boundsOf(rulings: Ruling[]): Box {
  const box: Box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const r of rulings) {
    const [x0, x1, y0, y1] = r.axis === 'h' ? [r.from, r.to, r.pos, r.pos] : [r.pos, r.pos, r.from, r.to];
    box.x0 = Math.min(box.x0, x0); box.x1 = Math.max(box.x1, x1);
    box.y0 = Math.min(box.y0, y0); box.y1 = Math.max(box.y1, y1);
  }
  return box;
}

function buildLattice(hs: Ruling[], vs: Ruling[]): Lattice | null {
  const box = boundsOf([...hs, ...vs]);
  const xs = withOuterEdges(clusterValues(vs.map((v) => v.pos), EDGE_TOL), box.x0, box.x1);
  const ys = withOuterEdges(clusterValues(hs.map((h) => h.pos), EDGE_TOL), box.y0, box.y1);
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1, cols = xs.length - 1;
  // the rulings on each edge, found once (not per cell side)
  const vAt = xs.map((x) => vs.filter((v) => Math.abs(v.pos - x) <= EDGE_TOL));
  const hAt = ys.map((y) => hs.filter((h) => Math.abs(h.pos - y) <= EDGE_TOL));
  const vEdge = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols + 1 }, (_, c) => c === 0 || c === cols || covered(vAt[c]!, ys[r]!, ys[r + 1]!)));
  const hEdge = Array.from({ length: rows + 1 }, (_, r) =>
    Array.from({ length: cols }, (_, c) => r === 0 || r === rows || covered(hAt[r]!, xs[c]!, xs[c + 1]!)));
  const { cells, cellIndex } = mergeSlots(xs, ys, vEdge, hEdge);
  return { box: { x0: xs[0]!, y0: ys[0]!, x1: xs[cols]!, y1: ys[rows]! }, xs, ys, cells, cellIndex, vEdge };
}

/** Adds the group's outer extent as an edge where the table is open on that side. */
function withOuterEdges(edges: number[], lo: number, hi: number): number[] {
  const out = [...edges];
  if (out.length === 0 || out[0]! - lo > EDGE_TOL) out.unshift(lo);
  if (hi - out[out.length - 1]! > EDGE_TOL) out.push(hi);
  return out;
}

/** Do the rulings on an edge cover enough of [from, to] along it? */
function covered(onEdge: Ruling[], from: number, to: number): boolean {
  let sum = 0;
  for (const r of onEdge) sum += overlap(r.from, r.to, from, to);
  return sum >= MIN_COVER * (to - from);
}

/** Greedy: each unassigned slot grows right while no ruling separates, then down while the whole span is open. */
function mergeSlots(xs: number[], ys: number[], vEdge: boolean[][], hEdge: boolean[][]) {
  const rows = ys.length - 1, cols = xs.length - 1;
  const cellIndex = Array.from({ length: rows }, () => new Array<number>(cols).fill(-1));
  const cells: LatticeCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (cellIndex[r]![c] !== -1) continue;
      let colSpan = 1;
      while (c + colSpan < cols && !vEdge[r]![c + colSpan] && cellIndex[r]![c + colSpan] === -1) colSpan++;
      let rowSpan = 1;
      while (r + rowSpan < rows && canGrowDown(r + rowSpan, c, colSpan, vEdge, hEdge, cellIndex)) rowSpan++;
      const id = cells.length;
      cells.push({ row: r, col: c, rowSpan, colSpan, box: { x0: xs[c]!, y0: ys[r]!, x1: xs[c + colSpan]!, y1: ys[r + rowSpan]! } });
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) cellIndex[rr]![cc] = id;
    }
  }
  return { cells, cellIndex };
}

function canGrowDown(row: number, c: number, span: number, vEdge: boolean[][], hEdge: boolean[][], cellIndex: number[][]): boolean {
  for (let cc = c; cc < c + span; cc++) {
    if (hEdge[row]![cc] || cellIndex[row]![cc] !== -1) return false;
    if (cc > c && vEdge[row]![cc]) return false;
  }
  return true;
}
