/**
 * Puts text runs into the cells of a lattice. A run is placed by its centre; a run that
 * crosses a ruled column edge (pdf.js joins text of neighbouring cells into one item when
 * the producer wrote it in one show-text operation) is first cut at the edge. Each
 * cell's runs are read as lines top to bottom and joined (Chinese: no space).
 */
import { centerX, centerY, containsPoint, type Box } from './geometry.js';
import type { Lattice } from './lattice.js';
import { groupLines, joinLines, lineText } from './lines.js';
import { charOffsets, isWide, type Run } from './page-text.js';

export interface FilledCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: Box;
  text: string;
}

/** Slack around the lattice box within which a run's centre still belongs to the table (points). */
const SLACK = 1;

/** Runs inside the lattice → cell texts; returns the runs it used. */
export function fillLattice(lattice: Lattice, runs: Run[]): { cells: FilledCell[]; used: Set<Run>; overflowed: string[] } {
  const used = new Set<Run>();
  const overflowed: string[] = [];
  const perCell = lattice.cells.map(() => [] as Run[]);
  const inside = runs.filter((run) => containsPoint(lattice.box, centerX(run), centerY(run), SLACK));
  for (const run of inside) {
    used.add(run);
    for (const piece of cutAtEdges(run, lattice, inside, overflowed)) {
      const r = slotOf(lattice.ys, centerY(piece)), c = slotOf(lattice.xs, centerX(piece));
      perCell[lattice.cellIndex[r]![c]!]!.push(piece);
    }
  }
  const cells = lattice.cells.map((cell, i) => ({ ...cell, text: cellText(perCell[i]!) }));
  return { cells, used, overflowed };
}

/** A cell's runs read as lines, top to bottom (most cells hold one run: its text). */
function cellText(runs: Run[]): string {
  if (runs.length === 0) return '';
  if (runs.length === 1) return runs[0]!.text;
  return verticalText(runs) ?? joinLines(groupLines(runs).map((line) => lineText(line.runs)));
}

/**
 * Text set vertically (竖排, CSS writing-mode or Word's text direction) in more than one
 * column — 质量指标 in a narrow merged cell as 质量 | 指标 side by side — read column by
 * column, each top to bottom, or null when the cell is not that. Vertical when every run
 * is one wide glyph, in two or more columns, and the glyphs stand closer down a column than
 * the columns stand apart (a horizontal line set glyph by glyph is the other way round).
 * The columns are taken in the order the producer wrote them when it wrote each column
 * whole; otherwise right to left, as vertical Chinese is read.
 */
function verticalText(runs: Run[]): string | null {
  if (runs.length < 4 || !runs.every((r) => [...r.text].length === 1 && isWide(r.text))) return null;
  const size = Math.max(...runs.map((r) => r.size));
  const columns: Run[][] = [];
  for (const run of runs) {
    const column = columns.find((c) => Math.abs(centerX(c[0]!) - centerX(run)) < 0.4 * size);
    if (column) column.push(run); else columns.push([run]);
  }
  if (columns.length < 2 || columns.some((c) => c.length < 2)) return null;
  const down = columns.flatMap((c) => {
    const ys = c.map(centerY).sort((a, b) => a - b);
    return ys.slice(1).map((y, k) => y - ys[k]!);
  });
  const xs = columns.map((c) => centerX(c[0]!)).sort((a, b) => a - b);
  const across = xs.slice(1).map((x, k) => x - xs[k]!);
  if (!(Math.max(...down) < Math.min(...across))) return null;
  const whole = columns.every((c) => c.every((r) => runs.indexOf(r) - runs.indexOf(c[0]!) < c.length));
  const ordered = whole ? columns : [...columns].sort((a, b) => centerX(b[0]!) - centerX(a[0]!));
  return ordered.map((c) => [...c].sort((a, b) => centerY(a) - centerY(b)).map((r) => r.text).join('')).join('');
}

/** Index of the band [edges[i], edges[i+1]) containing v, clamped to the valid range. */
export function slotOf(edges: number[], v: number): number {
  let i = 0;
  while (i < edges.length - 2 && v >= edges[i + 1]!) i++;
  return i;
}

/**
 * Cuts a horizontal run wherever a ruled column edge of its row passes through it — unless
 * another run starts on the same line past that edge: then the run's text goes on under the
 * next cell's (a spreadsheet cell whose text did not fit, cut off where the next cell's text
 * begins), and it stays whole in the cell it starts in. `overflowed` gets its text.
 */
function cutAtEdges(run: Run, lattice: Lattice, others: Run[], overflowed: string[]): Run[] {
  if (run.rotated) return [run];
  const row = slotOf(lattice.ys, centerY(run));
  const margin = 0.3 * run.size;
  const cuts: number[] = [];
  lattice.xs.forEach((x, c) => {
    if (x > run.x0 + margin && x < run.x1 - margin && lattice.vEdge[row]![c]) cuts.push(x);
  });
  if (cuts.length === 0) return [run];
  const under = (x: number) => others.some((o) => o !== run && !o.rotated && o.x0 >= x - margin && o.x0 < run.x1 - margin &&
    Math.abs(centerY(o) - centerY(run)) < 0.5 * run.size);
  const first = cuts.find(under);
  if (first !== undefined) {
    overflowed.push(run.text);
    // placed by where it starts: what runs on is hidden under the next cell
    return [{ ...run, x1: Math.max(run.x0 + 1, first - margin) }];
  }
  const offsets = charOffsets(run.text, run.x1 - run.x0);
  const pieces: Run[] = [];
  let start = 0;
  for (const x of [...cuts, Infinity]) {
    let end = start;
    while (end < run.text.length && run.x0 + (offsets[end]! + offsets[end + 1]!) / 2 < x) end++;
    if (end > start) {
      pieces.push({ ...run, text: run.text.slice(start, end), x0: run.x0 + offsets[start]!, x1: run.x0 + offsets[end]! });
    }
    start = end;
  }
  return pieces;
}
