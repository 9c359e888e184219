import type { Provenance } from '../contract/schema.js';
import type { Line } from './stream.js';

/** Provenance of a record: page, grid rows and source lines it came from, bbox union, cells joined by tabs. */
export function provenanceOf(lines: Line[]): Provenance & { lines: [number, number] | null } {
  const rows = lines.map((l) => l.gridRow).filter((r): r is number => r !== null);
  // a row's cells may sit on lines of their own (one-cell-per-line text): the range covers them all
  const sourceLines = lines.flatMap((l) => [l.sourceLine, ...(l.slots ?? []).map((s) => (s?.anchor ? s.cell.source.line : null))]).filter((r): r is number => r !== null);
  const boxes = lines.flatMap((l) => (l.slots ?? []).map((s) => (s?.anchor ? s.cell.source.bbox : null)).filter((b): b is [number, number, number, number] => b !== null));
  const bbox: [number, number, number, number] | null = boxes.length === 0 ? null : [
    span(boxes.map((b) => b[0]))[0], span(boxes.map((b) => b[1]))[0],
    span(boxes.map((b) => b[2]))[1], span(boxes.map((b) => b[3]))[1],
  ];
  return {
    page: lines.find((l) => l.page !== null)?.page ?? null,
    rows: rows.length === 0 ? null : span(rows),
    bbox,
    text: lines.map((l) => l.texts.join('\t').replace(/\t+$/, '')).join('\n'),
    lines: sourceLines.length === 0 ? null : span(sourceLines),
  };
}

/** Smallest and largest of a non-empty list, by a loop: a table's provenance can cover more values than Math.min(...spread) takes as arguments. */
function span(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
