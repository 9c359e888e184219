/**
 * Table rules (ruling lines) in an ink mask, as the `Ruling`s the PDF path gets from
 * vector graphics, so a scanned page reuses `findLattices` unchanged. Scanned rules are
 * 1–5 px thick, broken here and there, touched by text and, even after deskew, slightly
 * tilted: a 1 px rule at 0.3° is a staircase of 190 px pieces on successive rows. So:
 *  1. per row, runs of ink with gaps of up to `maxGap` bridged, kept from 0.7 character
 *     heights on (most strokes of text are shorter; longer ones fail the tests below);
 *  2. runs on adjacent rows that overlap join one piece (this follows the staircase);
 *     a piece is fitted with a straight line (centre, slope) and must stay thin;
 *  3. collinear pieces separated by short breaks are joined when the result has few holes;
 *  4. a rule is a joined piece at least `minLength` long (8 character heights, a tenth of
 *     the page's longer side, so 一, dashes and underlined words are not rules) with an
 *     unbroken stretch of 3 character heights (the vertical strokes of characters stacked
 *     line above line, 市 over 市, join across the line gaps but have none), or a shorter
 *     one whose both ends sit on such rules of the other direction (the divider of a
 *     one-row header cell).
 * Verticals are found the same way on the transposed mask. Positions are continuous pixel
 * coordinates (row y spans [y, y+1)), like `PixelBox`.
 */
import type { Ruling } from '../pdf/page-graphics.js';
import type { LineMasks } from './binarize.js';

export interface PixelRuling extends Ruling {
  /** mean thickness across the rule, pixels */
  thickness: number;
  /** drift of `pos` per pixel along the rule (residual skew); `pos` holds at the middle of [from, to] */
  slope: number;
}

export interface RuleOptions {
  /** typical character height in pixels; the other defaults scale with it (default longer side / 80) */
  charHeight?: number;
  /** shortest free-standing rule (default 8 character heights) */
  minLength?: number;
  /** longest break bridged inside a run (default charHeight / 10, at least 2) */
  maxGap?: number;
  /** thickest accepted rule (default charHeight / 3, at least 4) */
  maxThickness?: number;
  /**
   * masks to find horizontal and vertical rules in (`lineMasks`: the ink plus faint thin
   * lines); default the ink itself. The ink is still what tells a divider from a stroke.
   */
  lines?: LineMasks;
}

interface Params { u: number; minLength: number; maxGap: number; maxThickness: number; seedLen: number; joinGap: number; minPiece: number }

/** A piece of a rule with the sufficient statistics of its line fit (along = a, across = b). */
interface Piece {
  from: number;
  to: number;
  /** ink pixels */
  n: number;
  /** covered length along the rule (union of the runs) */
  covered: number;
  /** length of the longest unbroken piece joined into this one */
  longest: number;
  sa: number; sb: number; saa: number; sab: number;
}

export function findRules(ink: Uint8Array, width: number, height: number, opts: RuleOptions = {}): PixelRuling[] {
  const p = params(width, height, opts);
  const hPieces = axisPieces(opts.lines?.h ?? ink, width, height, p);
  const vPieces = axisPieces(transpose(opts.lines?.v ?? ink, width, height), height, width, p);
  const hs = hPieces.map((q) => toRuling('h', q));
  const vs = vPieces.map((q) => toRuling('v', q));
  const isLong = (q: Piece) => q.to - q.from >= p.minLength && q.longest >= p.minPiece;
  const band = Math.max(2, Math.round(p.u / 8));
  const candH = hs.filter((_, i) => isLong(hPieces[i]!)), candV = vs.filter((_, i) => isLong(vPieces[i]!));
  const longH = candH.filter((r) => isolated(ink, width, height, r, band, LONG_CROWDED, candH));
  const longV = candV.filter((r) => isolated(ink, width, height, r, band, LONG_CROWDED, candV));
  const short = (r: PixelRuling, q: Piece, others: PixelRuling[]) =>
    !isLong(q) && r.thickness <= p.maxThickness && bothEndsOn(r, others) && isolated(ink, width, height, r, band, SHORT_CROWDED, []);
  // a long rule of a table set tight (text a pixel or two off the rule in every cell) is
  // crowded, but runs from one rule of the other direction to another: framed by them
  const framed = (r: PixelRuling, others: PixelRuling[], cand: PixelRuling[]) =>
    bothEndsOn(r, others) && isolated(ink, width, height, r, band, FRAMED_CROWDED, cand);
  const tightH = candH.filter((r) => !longH.includes(r) && framed(r, longV, candH));
  const tightV = candV.filter((r) => !longV.includes(r) && framed(r, longH, candV));
  longH.push(...tightH); longV.push(...tightV);
  const shortH = hs.filter((r, i) => short(r, hPieces[i]!, longV));
  const shortV = vs.filter((r, i) => short(r, vPieces[i]!, longH));
  const byPos = (a: PixelRuling, b: PixelRuling) => a.pos - b.pos || a.from - b.from;
  const allH = [...longH, ...shortH], allV = [...longV, ...shortV];
  const hMask = opts.lines?.h ?? ink, vMask = opts.lines?.v ?? ink;
  const maxTail = 1.5 * p.u;
  return [
    ...allH.map((r) => trimTails(r, allV, hMask, width, height, p.maxGap, maxTail)).sort(byPos),
    ...allV.map((r) => trimTails(r, allH, vMask, width, height, p.maxGap, maxTail)).sort(byPos),
  ];
}

/**
 * `r` without stroke-sized pieces hanging past its last crossing rule. A character whose
 * stroke lines up with a rule (the left stroke of 门 under a column divider, 分 over it)
 * sits a cell padding away from the rule's end, and collinear joining takes the stroke
 * in, so the rule pokes into the next row and splits a cell. Beyond the outermost rule
 * it crosses, the rule is cut at the last break longer than `maxGap` when what follows
 * the break is no longer than a character (`maxTail`), repeatedly (a stack of them).
 */
function trimTails(r: PixelRuling, crossing: PixelRuling[], mask: Uint8Array, width: number, height: number, maxGap: number, maxTail: number): PixelRuling {
  const tol = r.thickness / 2 + 3;
  const mid = (r.from + r.to) / 2;
  const cuts: number[] = [];
  for (const o of crossing) {
    if (r.pos < o.from - tol || r.pos > o.to + tol) continue;
    const at = o.pos + o.slope * (r.pos - (o.from + o.to) / 2);
    if (at >= r.from - tol && at <= r.to + tol) cuts.push(at);
  }
  if (cuts.length === 0) return r;
  const first = Math.min(...cuts) - tol, last = Math.max(...cuts) + tol;
  if (r.from >= first && r.to <= last) return r;
  // covered positions along the fitted line
  const horizontal = r.axis === 'h', across = horizontal ? height : width;
  const half = r.thickness / 2 + 1;
  const covered = (a: number): boolean => {
    const c = r.pos + r.slope * (a + 0.5 - mid);
    for (let b = Math.max(0, Math.floor(c - half)); b < Math.min(across, Math.ceil(c + half)); b++) {
      if (mask[horizontal ? b * width + a : a * width + b]) return true;
    }
    return false;
  };
  let from = r.from, to = r.to;
  // the far end: a piece (beyond the last crossing, character-sized) after a long break goes
  for (;;) {
    let a = Math.ceil(to) - 1;
    while (a > from && covered(a)) a--;
    const tail = a + 1;
    if (tail <= last || to - tail > maxTail) break;
    let gap = 0;
    while (a > from && !covered(a)) { a--; gap++; }
    if (gap <= maxGap || a <= from) break;
    to = a + 1;
  }
  for (;;) {
    let a = Math.floor(from);
    while (a < to - 1 && covered(a)) a++;
    if (a >= first || a - from > maxTail) break;
    let gap = 0;
    while (a < to - 1 && !covered(a)) { a++; gap++; }
    if (gap <= maxGap || a >= to - 1) break;
    from = a;
  }
  if (from === r.from && to === r.to) return r;
  // the line through the kept part: pos is held at the middle
  const newMid = (from + to) / 2;
  return { ...r, from, to, pos: round2(r.pos + r.slope * (newMid - mid)) };
}

/**
 * Clears the rules' pixels from `ink` (in place; returns it for chaining), so text inside
 * cells can be measured without its borders. Per position along a rule, the ink run
 * crossing the fitted line is cleared when it is about as thick as the rule; where a text
 * stroke crosses or touches the rule only the rule's own band is cleared and the stroke
 * stays.
 */
export function eraseRules(ink: Uint8Array, width: number, height: number, rules: PixelRuling[]): Uint8Array {
  const out = ink;
  for (const r of rules) {
    const horizontal = r.axis === 'h';
    const along = horizontal ? width : height, across = horizontal ? height : width;
    const at = (a: number, b: number) => (horizontal ? b * width + a : a * width + b);
    const half = r.thickness / 2 + 1.5, search = Math.ceil(half + 3), maxRun = Math.ceil(r.thickness + 4);
    const mid = (r.from + r.to) / 2;
    for (let a = Math.max(0, Math.floor(r.from)); a < Math.min(along, Math.ceil(r.to)); a++) {
      const c = r.pos + r.slope * (a + 0.5 - mid);
      const bandLo = Math.max(0, Math.floor(c - half)), bandHi = Math.min(across, Math.ceil(c + half));
      // the ink run nearest the fitted centre within the search window
      let best = -1, bestDist = Infinity;
      for (let b = Math.max(0, Math.floor(c - search)); b < Math.min(across, Math.ceil(c + search)); b++) {
        if (out[at(a, b)] && Math.abs(b + 0.5 - c) < bestDist) { bestDist = Math.abs(b + 0.5 - c); best = b; }
      }
      if (best < 0) continue;
      let lo = best, hi = best + 1;
      while (lo > 0 && out[at(a, lo - 1)]) lo--;
      while (hi < across && out[at(a, hi)]) hi++;
      const [clearLo, clearHi] = hi - lo <= maxRun ? [lo, hi] : [bandLo, bandHi];
      for (let b = clearLo; b < clearHi; b++) out[at(a, b)] = 0;
    }
  }
  return out;
}

function params(width: number, height: number, opts: RuleOptions): Params {
  const u = opts.charHeight ?? Math.max(8, Math.max(width, height) / 80);
  const maxGap = opts.maxGap ?? Math.max(2, Math.round(u / 10));
  return {
    u,
    minLength: opts.minLength ?? 8 * u,
    maxGap,
    maxThickness: opts.maxThickness ?? Math.max(4, Math.round(u / 3)),
    seedLen: Math.max(6, Math.round(0.7 * u)),
    joinGap: Math.max(3 * maxGap, Math.round(u / 2)),
    minPiece: Math.max(12, Math.round(3 * u)),
  };
}

/** Thin pieces along rows of `ink` (width W = along, height H = across), collinear breaks joined. */
function axisPieces(ink: Uint8Array, W: number, H: number, p: Params): Piece[] {
  // 1. long runs per row
  const ry: number[] = [], rx0: number[] = [], rx1: number[] = [], rn: number[] = [], rowStart = new Int32Array(H + 1);
  for (let y = 0; y < H; y++) {
    rowStart[y] = ry.length;
    const row = y * W;
    let start = -1, last = -2, n = 0;
    const close = () => { if (start >= 0 && last + 1 - start >= p.seedLen) { ry.push(y); rx0.push(start); rx1.push(last + 1); rn.push(n); } };
    for (let x = 0; x < W; x++) {
      if (!ink[row + x]) continue;
      if (start >= 0 && x - last - 1 > p.maxGap) { close(); start = -1; }
      if (start < 0) { start = x; n = 0; }
      last = x; n++;
    }
    close();
  }
  rowStart[H] = ry.length;
  // 2. runs overlapping on adjacent rows form one piece
  const parent = ry.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  for (let y = 0; y + 1 < H; y++) {
    let i = rowStart[y]!, j = rowStart[y + 1]!;
    const iEnd = rowStart[y + 1]!, jEnd = rowStart[y + 2]!;
    while (i < iEnd && j < jEnd) {
      if (rx0[j]! <= rx1[i]! + p.maxGap && rx0[i]! <= rx1[j]! + p.maxGap) {
        const a = find(i), b = find(j);
        if (a !== b) parent[a] = b;
      }
      if (rx1[i]! < rx1[j]!) i++; else j++;
    }
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < ry.length; i++) {
    const g = find(i);
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(i);
  }
  const pieces: Piece[] = [];
  const pieceOf = (runs: number[]): Piece => {
    const piece: Piece = { from: Infinity, to: -Infinity, n: 0, covered: 0, longest: 0, sa: 0, sb: 0, saa: 0, sab: 0 };
    const spans: [number, number][] = [];
    for (const i of runs) {
      const x0 = rx0[i]!, x1 = rx1[i]!, w = rn[i]!, len = x1 - x0, xm = (x0 + x1) / 2, yc = ry[i]! + 0.5;
      piece.from = Math.min(piece.from, x0); piece.to = Math.max(piece.to, x1);
      piece.n += w; piece.sa += w * xm; piece.sb += w * yc;
      piece.saa += w * (xm * xm + (len * len) / 12); piece.sab += w * xm * yc;
      spans.push([x0, x1]);
    }
    piece.covered = unionLength(spans);
    piece.longest = piece.to - piece.from;
    return piece;
  };
  for (const runs of groups.values()) {
    let piece = pieceOf(runs);
    // ink touching a rule (the arc of a seal, a stroke) joins it through adjacent rows and
    // tilts and thickens its fit: runs far off the line of the rest are not the rule
    const off = runs.some((i) => rx1[i]! - rx0[i]! >= p.minPiece)
      ? offLine(runs.map((i) => ({ a: (rx0[i]! + rx1[i]!) / 2, len: rx1[i]! - rx0[i]!, b: ry[i]! + 0.5, w: rn[i]! })))
      : new Set<number>();
    if (off.size > 0) piece = pieceOf(runs.filter((_, k) => !off.has(k)));
    if (piece.n / piece.covered <= p.maxThickness) pieces.push(piece);
  }
  return joinCollinear(pieces, p);
}

/**
 * Indexes of the runs lying off the line the others form: more than 3 median deviations
 * (and 2.5 px) from the fit, refitted once without them. A rule's own runs, staircase and
 * blur included, lie within its thickness. Only asked of a piece holding a straight run
 * longer than any stroke of text (`minPiece`): a blob of text trimmed to its middle
 * would look like a rule.
 */
function offLine(runs: { a: number; len: number; b: number; w: number }[]): Set<number> {
  const weights = runs.map((r) => r.w);
  // first against a level line through the weighted median (skew is corrected: what is left
  // drifts a few pixels along a page), then against the fit of what that kept
  let line = (_a: number) => weightedMedian(runs.map((r) => r.b), weights);
  let off = new Set<number>();
  for (let pass = 0; pass < 2; pass++) {
    const res = runs.map((r) => Math.abs(r.b - line(r.a)));
    const limit = Math.max(2.5, 3 * weightedMedian(res, weights));
    off = new Set(res.flatMap((d, k) => (d > limit ? [k] : [])));
    const kept: Piece = { from: 0, to: 0, covered: 0, longest: 0, n: 0, sa: 0, sb: 0, saa: 0, sab: 0 };
    runs.forEach((r, k) => {
      if (off.has(k)) return;
      kept.n += r.w; kept.sa += r.w * r.a; kept.sb += r.w * r.b; kept.saa += r.w * (r.a * r.a + (r.len * r.len) / 12); kept.sab += r.w * r.a * r.b;
    });
    const f = fit(kept);
    line = (at: number) => f.meanB + f.slope * (at - f.meanA);
  }
  return off;
}

function weightedMedian(values: number[], weights: number[]): number {
  const order = values.map((_, i) => i).sort((i, j) => values[i]! - values[j]!);
  const half = weights.reduce((s, w) => s + w, 0) / 2;
  let acc = 0;
  for (const i of order) { acc += weights[i]!; if (acc >= half) return values[i]!; }
  return 0;
}

/** Greedy join of pieces whose fitted lines meet across a short break. */
function joinCollinear(pieces: Piece[], p: Params): Piece[] {
  const sorted = [...pieces].sort((a, b) => a.from - b.from);
  const open: Piece[] = [];
  for (const q of sorted) {
    const target = open.find((o) => {
      const gap = q.from - o.to;
      if (gap > p.joinGap) return false;
      const at = gap >= 0 ? (o.to + q.from) / 2 : (Math.max(o.from, q.from) + Math.min(o.to, q.to)) / 2;
      const tol = Math.max(2, (o.n / o.covered + q.n / q.covered) / 2);
      return Math.abs(across(o, at) - across(q, at)) <= tol;
    });
    if (!target) { open.push({ ...q }); continue; }
    const overlapLen = Math.max(0, Math.min(target.to, q.to) - Math.max(target.from, q.from));
    target.covered += q.covered - Math.min(overlapLen, q.covered);
    target.from = Math.min(target.from, q.from); target.to = Math.max(target.to, q.to);
    target.longest = Math.max(target.longest, q.longest);
    target.n += q.n; target.sa += q.sa; target.sb += q.sb; target.saa += q.saa; target.sab += q.sab;
  }
  // a real rule has few holes (and, if free-standing, a long unbroken stretch somewhere);
  // vertical strokes of characters stacked line above line (市 over 市 …) have neither
  return open.filter((q) => q.covered >= 0.8 * (q.to - q.from));
}

/** Fitted line of a piece: slope and the across-position at `a`. */
function fit(q: Piece): { slope: number; meanA: number; meanB: number } {
  const meanA = q.sa / q.n, meanB = q.sb / q.n;
  const varA = q.saa / q.n - meanA * meanA;
  const cov = q.sab / q.n - meanA * meanB;
  const slope = varA > 1e-6 ? cov / varA : 0;
  return { slope: Math.abs(slope) < 0.1 ? slope : 0, meanA, meanB };
}

function across(q: Piece, a: number): number {
  const f = fit(q);
  return f.meanB + f.slope * (a - f.meanA);
}

function toRuling(axis: 'h' | 'v', q: Piece): PixelRuling {
  const f = fit(q), mid = (q.from + q.to) / 2;
  return {
    axis,
    pos: round2(f.meanB + f.slope * (mid - f.meanA)),
    from: q.from,
    to: q.to,
    thickness: round2(q.n / q.covered),
    slope: Math.round(f.slope * 1e5) / 1e5,
  };
}

/**
 * Do both ends of `r` run into rules of the other direction? A divider is drawn into the
 * rules it joins, so its ends lie within their thickness (plus a pixel or two of blur).
 */
function bothEndsOn(r: PixelRuling, others: PixelRuling[]): boolean {
  const on = (end: number) => others.some((o) => {
    const tol = o.thickness / 2 + 2.5;
    if (r.pos < o.from - tol || r.pos > o.to + tol) return false;
    const oPos = o.pos + o.slope * (r.pos - (o.from + o.to) / 2);
    return Math.abs(oPos - end) <= tol + r.thickness / 2;
  });
  return on(r.from) && on(r.to);
}

/**
 * Is `r` a line on its own rather than strokes of text? Along at most `maxFraction` of its
 * length may ink lie in a narrow band beside it (ink of the parallel rules in `parallel`,
 * such as the other line of a double rule, does not count). A stroke of a character
 * touching two rules has the character's other strokes crossing or branching off it (科,
 * 目), and a row of bold or blurred characters that run together along its middle has
 * the rest of the characters above and below it all along; text next to a real rule keeps
 * some padding and touches it at a few points at most (a quarter of the length is the
 * bound for a short divider; long rules, which may run past many cells of text set
 * tight, get more).
 */
function isolated(ink: Uint8Array, width: number, height: number, r: PixelRuling, band: number, maxFraction: number, parallel: PixelRuling[]): boolean {
  const near = Math.ceil(r.thickness / 2) + 1, far = near + band, mid = (r.from + r.to) / 2;
  const across = r.axis === 'h' ? height : width;
  const at = (a: number, b: number) => (b < 0 || b >= across ? 0 : r.axis === 'h' ? ink[b * width + a]! : ink[a * width + b]!);
  const others = parallel.filter((o) => o !== r && o.from < r.to && o.to > r.from && Math.abs(o.pos - r.pos) <= far + o.thickness + Math.abs(o.slope - r.slope) * (r.to - r.from) + 2);
  const onOther = (a: number, b: number) => others.some((o) => a >= o.from && a < o.to && Math.abs(b + 0.5 - (o.pos + o.slope * (a + 0.5 - (o.from + o.to) / 2))) <= o.thickness / 2 + 1.5);
  let touched = 0, n = 0;
  for (let a = Math.ceil(r.from) + far; a < Math.floor(r.to) - far; a++, n++) {
    const c = Math.round(r.pos + r.slope * (a + 0.5 - mid) - 0.5);
    for (let d = near; d <= far; d++) {
      if ((at(a, c - d) && !onOther(a, c - d)) || (at(a, c + d) && !onOther(a, c + d))) { touched++; break; }
    }
  }
  return n > 0 && touched <= maxFraction * n;
}

/** Most of a rule's length along which ink may lie beside it (see `isolated`): short dividers, long rules, long rules framed by rules of the other direction. */
const SHORT_CROWDED = 0.25, LONG_CROWDED = 0.4, FRAMED_CROWDED = 0.75;

function unionLength(spans: [number, number][]): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0, curA = -Infinity, curB = -Infinity;
  for (const [a, b] of spans) {
    if (a > curB) { if (curB > curA) total += curB - curA; curA = a; curB = b; } else curB = Math.max(curB, b);
  }
  if (curB > curA) total += curB - curA;
  return total;
}

function transpose(ink: Uint8Array, W: number, H: number): Uint8Array {
  const out = new Uint8Array(W * H);
  const B = 64;
  for (let y0 = 0; y0 < H; y0 += B) {
    for (let x0 = 0; x0 < W; x0 += B) {
      const yEnd = Math.min(H, y0 + B), xEnd = Math.min(W, x0 + B);
      for (let y = y0; y < yEnd; y++) for (let x = x0; x < xEnd; x++) out[x * H + y] = ink[y * W + x]!;
    }
  }
  return out;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
