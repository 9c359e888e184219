/**
 * Page geometry shared by the PDF stages. Everything inside the PDF ingester works in
 * "page space": points, origin at the top-left of the viewed page, y growing downwards
 * (pdf.js viewport at scale 1, which already applies /Rotate and the crop box offset).
 * Only provenance leaves in the contract's 'pdf-bottom-left-pt' (see toBottomLeft).
 */

/** Affine matrix [a, b, c, d, e, f] as in PDF and canvas: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** outer ∘ inner: apply `inner` first, then `outer` (canvas `transform()` semantics: CTM' = CTM ∘ M). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Length scale of a matrix (for line widths): geometric mean of the axis scales. */
export function scaleOf(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export const width = (b: Box): number => b.x1 - b.x0;
export const height = (b: Box): number => b.y1 - b.y0;
export const centerX = (b: Box): number => (b.x0 + b.x1) / 2;
export const centerY = (b: Box): number => (b.y0 + b.y1) / 2;

export function boxOfPoints(points: [number, number][]): Box {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return { x0, y0, x1, y1 };
}

export function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

export function containsPoint(b: Box, x: number, y: number, slack = 0): boolean {
  return x >= b.x0 - slack && x <= b.x1 + slack && y >= b.y0 - slack && y <= b.y1 + slack;
}

/** Length of the overlap of [a0, a1] and [b0, b1] (0 when disjoint). */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Page-space box → contract bbox [x0, y0, x1, y1] in PDF points with the origin at the
 * bottom left of the page as viewed (after /Rotate and the crop box), the frame a renderer
 * for OCR uses too.
 */
export function toBottomLeft(b: Box, pageHeight: number): [number, number, number, number] {
  return [round2(b.x0), round2(pageHeight - b.y1), round2(b.x1), round2(pageHeight - b.y0)];
}

/**
 * Groups sorted-or-not numbers into clusters whose neighbours are at most `tol` apart;
 * returns each cluster's mean, ascending.
 */
export function clusterValues(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0, n = 0, last = -Infinity;
  for (const v of sorted) {
    if (n > 0 && v - last > tol) {
      out.push(sum / n);
      sum = 0; n = 0;
    }
    sum += v; n++; last = v;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

/** Index of the value in a sorted list nearest to v, or -1 when none is within tol. */
export function nearestIndex(sorted: number[], v: number, tol: number): number {
  let best = -1, bestDist = tol;
  for (let i = 0; i < sorted.length; i++) {
    const d = Math.abs(sorted[i]! - v);
    if (d <= bestDist) { best = i; bestDist = d; }
  }
  return best;
}
