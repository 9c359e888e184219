/**
 * Tells whether the first glyph of a text line is a comparator (≥ ≤ > < =) and which.
 *
 * Why: chi_sim has no ≥ or ≤, so tesseract reads them as 之/和/么/委/二/一/衬/冬 and the
 * like, yet the comparator is the most important character of a target cell ("≥95%").
 * The engine adapter asks this classifier about the leading glyph and repairs the text.
 *
 * How: hand-made shape rules, no templates, so nothing is fitted to the fonts it is
 * tested on. The line is binarised with Otsu's global threshold; 8-connected components
 * smaller than a speck, and remnants of a cell rule crossing the whole crop, are
 * dropped; the first glyph is the set of components whose columns overlap the leftmost
 * run of ink columns, cleaned of pinholes and burrs. Its rows are read as runs of ink:
 * - a bar is a group of aligned rows with a run spanning ≥ 60% of the glyph width;
 * - '=' is two bars of near-equal length with nothing else; 二 has a shorter top bar,
 *   a wider gap and stands taller in its line (two of the three decide), 三 has three;
 * - a chevron is one thin stroke whose tips are on one side and whose apex, on the
 *   other side, lies in the middle of its height: apex right → '>' family, apex left →
 *   '<' family (scored on the mirrored glyph); brackets are too tall, digits, % and CJK
 *   strokes fill the middle or spread the tips;
 * - '≥'/'≤' is a chevron over one bar (≧ ≦: two), or a chevron track over a second,
 *   parallel slanted stroke running from below the apex to the bottom (⩾ ⩽).
 * Every rule gives a soft margin in 0..1 and a symbol's score is the smallest, so one
 * clearly broken rule rejects it. Full-width ＞ ＜ ＝ are the same shapes, set wider.
 * Limits: a comparator touching the next character is not isolated (null); at 150 DPI
 * with blur, ⩾'s slanted bar can merge with the chevron (null).
 */
import type { GrayImage } from '../ingest/image/raster.js';

export type Comparator = '≥' | '≤' | '>' | '<' | '=';

export interface GlyphVerdict {
  /** the comparator the leading glyph is, or null when it is not comparator-shaped */
  symbol: Comparator | null;
  /** 0..1: how well the glyph fits the symbol (the best candidate's score when symbol is null) */
  score: number;
}

/** A verdict with symbol !== null always has score ≥ this. */
export const COMPARATOR_MIN_SCORE = 0.5;

/** The leading glyph as a binary bitmap (1 = ink), cropped to its ink. */
export interface Glyph {
  w: number;
  h: number;
  ink: Uint8Array;
  /** height of all the line's ink, for scale */
  lineHeight: number;
}

const NONE: GlyphVerdict = { symbol: null, score: 0 };



export function classifyLeadingGlyph(line: GrayImage): GlyphVerdict {
  const glyph = leadingGlyph(line);
  return glyph ? classifyGlyph(glyph) : NONE;
}

// ---------------------------------------------------------------------------------------
// isolation

/** The first glyph of the line, or null when the line has no ink. */
export function leadingGlyph(line: GrayImage): Glyph | null {
  const { width: W, height: H, data } = line;
  if (W < 3 || H < 3) return null;
  // cell rules left in the crop: horizontal runs longer than 1.5 line heights, columns
  // inked from the top edge to the bottom edge. Their black would pull the threshold
  // above thin grey strokes, so the threshold is taken again without them.
  const erased = new Uint8Array(W * H);
  const t1 = otsu(data, erased);
  if (t1 === null) return null;
  markRules(line, t1, erased);
  const t = otsu(data, erased);
  if (t === null) return null;
  markRules(line, t, erased);
  // 8-connected components of ink (< t)
  const label = new Int32Array(W * H).fill(-1);
  const comps: { x0: number; x1: number; y0: number; y1: number; area: number }[] = [];
  const stack: number[] = [];
  for (let p = 0; p < W * H; p++) {
    if (label[p] !== -1 || data[p]! >= t || erased[p]) continue;
    const id = comps.length;
    const c = { x0: W, x1: -1, y0: H, y1: -1, area: 0 };
    label[p] = id;
    stack.push(p);
    while (stack.length) {
      const q = stack.pop()!;
      const x = q % W, y = (q - x) / W;
      c.area++;
      if (x < c.x0) c.x0 = x;
      if (x > c.x1) c.x1 = x;
      if (y < c.y0) c.y0 = y;
      if (y > c.y1) c.y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= H) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= W) continue;
          const r = yy * W + xx;
          if (label[r] === -1 && data[r]! < t && !erased[r]) {
            label[r] = id;
            stack.push(r);
          }
        }
      }
    }
    comps.push(c);
  }
  // keep glyph parts: drop specks and remnants of a cell's vertical rule (they cross the crop)
  const minArea = Math.max(3, Math.round(0.004 * H * H));
  const kept = comps
    .map((c, id) => ({ ...c, id }))
    .filter((c) => c.area >= minArea && !(c.y0 <= 1 && c.y1 >= H - 2 && c.x1 - c.x0 + 1 <= Math.max(3, 0.12 * H)));
  if (!kept.length) return null;
  kept.sort((a, b) => a.x0 - b.x0);
  const first = kept[0]!;
  let x0 = first.x0, x1 = first.x1;
  const parts = new Set<number>();
  for (const c of kept) {
    if (c.x0 > x1 + 1) break;
    parts.add(c.id);
    if (c.x1 > x1) x1 = c.x1;
  }
  let y0 = H, y1 = -1, ly0 = H, ly1 = -1;
  for (const c of kept) {
    if (c.y0 < ly0) ly0 = c.y0;
    if (c.y1 > ly1) ly1 = c.y1;
    if (!parts.has(c.id)) continue;
    if (c.y0 < y0) y0 = c.y0;
    if (c.y1 > y1) y1 = c.y1;
  }
  const w = x1 - x0 + 1, h = y1 - y0 + 1;
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) if (parts.has(label[(y + y0) * W + x + x0]!)) ink[y * w + x] = 1;
  }
  return clean({ w, h, ink, lineHeight: ly1 - ly0 + 1 });
}

/**
 * Scan noise on the glyph: fills pinholes (white with ≥ 3 of 4 neighbours ink), drops
 * burrs (ink with ≤ 1 of 8 neighbours ink), then trims nearly empty rows and columns
 * (≤ 8% of the other side, 1 px at least) off the edges.
 */
function clean(g: Glyph): Glyph {
  const { w, h } = g;
  const src = g.ink, ink = new Uint8Array(src);
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= w || y >= h ? 0 : src[y * w + x]!);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (at(x, y)) {
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (dx || dy) n += at(x + dx, y + dy);
        if (n <= 1) ink[y * w + x] = 0;
      } else if (at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) >= 3) ink[y * w + x] = 1;
    }
  }
  const rowInk = (y: number): number => { let n = 0; for (let x = 0; x < w; x++) n += ink[y * w + x]!; return n; };
  const colInk = (x: number): number => { let n = 0; for (let y = 0; y < h; y++) n += ink[y * w + x]!; return n; };
  let y0 = 0, y1 = h - 1, x0 = 0, x1 = w - 1;
  const rowMin = Math.max(1, 0.08 * w), colMin = Math.max(1, 0.08 * h);
  const rowCut = Math.max(1, Math.round(0.06 * h)), colCut = Math.max(1, Math.round(0.06 * w));
  while (y0 < y1 && y0 < rowCut && rowInk(y0) <= rowMin) y0++;
  while (y1 > y0 && h - 1 - y1 < rowCut && rowInk(y1) <= rowMin) y1--;
  while (x0 < x1 && x0 < colCut && colInk(x0) <= colMin) x0++;
  while (x1 > x0 && w - 1 - x1 < colCut && colInk(x1) <= colMin) x1--;
  const cw = x1 - x0 + 1, ch = y1 - y0 + 1;
  const out = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y++) out.set(ink.subarray((y + y0) * w + x0, (y + y0) * w + x1 + 1), y * cw);
  return { w: cw, h: ch, ink: out, lineHeight: g.lineHeight };
}

/** Marks the pixels of cell rules (see leadingGlyph) in `erased`. */
function markRules(line: GrayImage, t: number, erased: Uint8Array): void {
  const { width: W, height: H, data } = line;
  const ruleRun = Math.max(8, Math.round(1.5 * H));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; ) {
      if (data[y * W + x]! >= t) {
        x++;
        continue;
      }
      let e = x;
      while (e < W && data[y * W + e]! < t) e++;
      if (e - x >= ruleRun) erased.fill(1, y * W + x, y * W + e);
      x = e;
    }
  }
  for (let x = 0; x < W; x++) {
    let y = 0;
    while (y < H && data[y * W + x]! < t) y++;
    if (y === H) for (let k = 0; k < H; k++) erased[k * W + x] = 1;
  }
}

/** Otsu's threshold over the pixels not `skip`ped (ink is < t), or null when they have too little contrast to hold ink. */
function otsu(data: Uint8Array, skip: Uint8Array): number | null {
  const hist = new Float64Array(256);
  let lo = 255, hi = 0, n = 0;
  for (let i = 0; i < data.length; i++) {
    if (skip[i]) continue;
    const v = data[i]!;
    hist[v]!++;
    n++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  let sum = 0;
  for (let v = 0; v < 256; v++) sum += v * hist[v]!;
  let wB = 0, sumB = 0, best = -1, t = 128;
  for (let v = 0; v < 256; v++) {
    wB += hist[v]!;
    if (wB === 0) continue;
    const wF = n - wB;
    if (wF === 0) break;
    sumB += v * hist[v]!;
    const mB = sumB / wB, mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) {
      best = between;
      t = v + 1;
    }
  }
  return t;
}

// ---------------------------------------------------------------------------------------
// shape

interface Row {
  /** ink runs [a, b] inclusive, gaps of ≤ tolerance merged */
  runs: [number, number][];
  count: number;
  first: number;
  last: number;
  longest: number;
}

function rowsOf(g: Glyph, mirrored: boolean): Row[] {
  const gapTol = g.h >= 24 ? 1 : 0;
  const rows: Row[] = [];
  for (let y = 0; y < g.h; y++) {
    const runs: [number, number][] = [];
    let count = 0;
    for (let i = 0; i < g.w; i++) {
      const x = mirrored ? g.w - 1 - i : i;
      if (!g.ink[y * g.w + x]) continue;
      count++;
      const last = runs[runs.length - 1];
      if (last && i - last[1] <= gapTol + 1) last[1] = i;
      else runs.push([i, i]);
    }
    const longest = runs.reduce((m, r) => Math.max(m, r[1] - r[0] + 1), 0);
    rows.push({ runs, count, first: runs[0]?.[0] ?? -1, last: runs[runs.length - 1]?.[1] ?? -1, longest });
  }
  return rows;
}

/** soft "v ≥ at" with a linear margin of `soft`: 0 below at − soft, 0.5 at `at`, 1 from at + soft */
const atLeast = (v: number, at: number, soft: number): number => Math.max(0, Math.min(1, 0.5 + (v - at) / (2 * soft)));
const atMost = (v: number, at: number, soft: number): number => atLeast(-v, -at, soft);

interface BarGroup {
  y0: number;
  y1: number;
  x0: number;
  x1: number;
}

/** Groups of bar rows (a run ≥ 60% of the glyph width), each widened by ≤ 1 fringe row each side. */
function barGroups(g: Glyph, rows: Row[]): BarGroup[] {
  const wide = rows.map((r) => r.longest >= 0.6 * g.w);
  const longest = (k: number): [number, number] => rows[k]!.runs.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  // a bar's rows line up (at one end at least, when skew cuts the other); a bold
  // chevron's long rows shift sideways from row to row
  const tol = Math.max(1, Math.round(0.08 * g.w));
  const aligned = (k: number): boolean => {
    const [a, b] = longest(k), [pa, pb] = longest(k - 1);
    return Math.abs(a - pa) <= tol || Math.abs(b - pb) <= tol;
  };
  const groups: BarGroup[] = [];
  for (let y = 0; y < g.h; y++) {
    if (!wide[y]) continue;
    let y1 = y;
    while (y1 + 1 < g.h && wide[y1 + 1] && aligned(y1 + 1)) y1++;
    let x0 = g.w, x1 = -1;
    for (let k = y; k <= y1; k++) {
      const run = longest(k);
      x0 = Math.min(x0, run[0]);
      x1 = Math.max(x1, run[1]);
    }
    // the partial row a skewed or blurred bar leaves along its edge
    const fringe = (k: number): boolean => {
      const r = rows[k];
      return !!r && !wide[k] && r.count > 0 && r.first >= x0 - 1 && r.last <= x1 + 1;
    };
    const g0 = fringe(y - 1) ? y - 1 : y;
    const g1 = fringe(y1 + 1) ? y1 + 1 : y1;
    groups.push({ y0: g0, y1: g1, x0, x1 });
    y = g1;
  }
  return groups;
}

interface ChevronFit {
  score: number;
  /** share of the rows below the apex holding two strokes: ~0 for '>', high for ⩾ */
  slanted: number;
  /** ink width of the chevron rows */
  width: number;
  /** where the apex is, 0..1 of the chevron's height */
  apex: number;
}

/**
 * How well rows [r0, r1) form a chevron with its apex on the right (rows already
 * mirrored for '<'): wider than tall at most 1.6×, both tips at the left and narrow, the
 * rows reaching the right edge in the middle of the height, the middle rows clear of the
 * left side (rejects 0 3 8 9 %, brackets are too tall), one stroke above the apex.
 */
function chevron(rows: Row[], r0: number, r1: number): ChevronFit {
  const hc = r1 - r0;
  let cx0 = Infinity, cx1 = -1;
  for (let y = r0; y < r1; y++) {
    const r = rows[y]!;
    if (!r.count) continue;
    cx0 = Math.min(cx0, r.first);
    cx1 = Math.max(cx1, r.last);
  }
  const wc = cx1 - cx0 + 1;
  if (hc < 4 || wc < 3) return { score: 0, slanted: 0, width: Math.max(1, wc), apex: 0.5 };
  const L = (y: number): number => (rows[y]!.first - cx0) / wc;
  const R = (y: number): number => (rows[y]!.last - cx0 + 1) / wc;
  const inked = (y: number): boolean => rows[y]!.count > 0;
  const band = Math.max(1, Math.round(0.12 * hc));
  const mean = (ys: number[], f: (y: number) => number): number => (ys.length ? ys.reduce((s, y) => s + f(y), 0) / ys.length : 1);
  const top: number[] = [], bottom: number[] = [], middle: number[] = [];
  for (let y = r0; y < r1; y++) {
    if (!inked(y)) continue;
    const f = (y - r0 + 0.5) / hc;
    if (y < r0 + band) top.push(y);
    if (y >= r1 - band) bottom.push(y);
    if (f >= 0.38 && f <= 0.62) middle.push(y);
  }
  // apex: the rows reaching the right edge
  const apex: number[] = [];
  for (let y = r0; y < r1; y++) if (inked(y) && R(y) >= 0.86) apex.push(y);
  const ya = apex.length ? (mean(apex, (y) => y) - r0 + 0.5) / hc : 0;
  const apexTop = apex.length ? (apex[0]! - r0) / hc : 0;
  const apexBottom = apex.length ? (apex[apex.length - 1]! - r0 + 1) / hc : 1;
  // below the apex: rows with two strokes (⩾)
  let below = 0, two = 0;
  const yApex = r0 + Math.round(ya * hc);
  for (let y = yApex + 1; y < r1 - band; y++) {
    if (!inked(y)) continue;
    below++;
    if (rows[y]!.runs.length >= 2) two++;
  }
  const twoFrac = below ? two / below : 0;
  // above the apex: one stroke
  let above = 0, one = 0;
  for (let y = r0; y < yApex; y++) {
    if (!inked(y)) continue;
    above++;
    if (rows[y]!.runs.length === 1) one++;
  }
  const oneFrac = above ? one / above : 0;
  // the left outline rises to the apex and falls back
  const lTop = mean(top, L), lBottom = mean(bottom, L), lMid = mean(middle, L);
  const score = Math.min(
    Math.min(atLeast(hc / wc, 0.55, 0.15), atMost(hc / wc, 1.6, 0.2)),
    Math.min(atMost(lTop, 0.3, 0.15), atMost(lBottom, 0.3, 0.15)),
    Math.min(atMost(mean(top, R), 0.55, 0.15), atMost(mean(bottom, R), 0.6, 0.15)),
    apex.length ? Math.min(atLeast(ya, 0.3, 0.1), atMost(ya, 0.7, 0.1), atLeast(apexTop, 0.15, 0.1), atMost(apexBottom, 0.85, 0.1)) : 0,
    atLeast(lMid, 0.3, 0.15),
    atLeast(oneFrac, 0.75, 0.15),
  );
  return { score, slanted: twoFrac, width: wc, apex: ya };
}

/** Scores each comparator on the glyph and keeps the best. */
export function classifyGlyph(g: Glyph): GlyphVerdict {
  let best: GlyphVerdict = NONE;
  const consider = (symbol: Comparator, score: number): void => {
    if (score > best.score) best = { symbol, score };
  };
  const rows = rowsOf(g, false);
  const bars = barGroups(g, rows);
  consider('=', equals(g, rows, bars));
  for (const mirrored of [false, true]) {
    const rs = mirrored ? rowsOf(g, true) : rows;
    const strict: Comparator = mirrored ? '<' : '>', loose: Comparator = mirrored ? '≤' : '≥';
    // bars at the bottom (≥: one, ≧: two), only empty rows between them
    const bottom: BarGroup[] = [];
    let end = g.h;
    for (let i = bars.length - 1; i >= 0 && bottom.length < 2; i--) {
      const b = bars[i]!;
      if (b.x1 - b.x0 + 1 < 0.75 * g.w) break;
      let gap = true;
      for (let y = b.y1 + 1; y < end; y++) if (rs[y]!.count) gap = false;
      if (!gap) break;
      bottom.push(b);
      end = b.y0;
    }
    if (bottom.length) {
      let r1 = end;
      while (r1 > 0 && !rs[r1 - 1]!.count) r1--;
      const c = chevron(rs, 0, r1);
      const barW = Math.min(...bottom.map((b) => b.x1 - b.x0 + 1));
      consider(loose, Math.min(c.score, atMost(c.slanted, 0.15, 0.1), atLeast(barW / c.width, 0.7, 0.1), atLeast(r1 / (g.h - r1), 0.6, 0.2)));
    }
    const whole = chevron(rs, 0, g.h);
    consider(strict, Math.min(whole.score, atMost(whole.slanted, 0.15, 0.1)));
    consider(loose, slantedBar(g, rs));
  }
  // too small for its line: a quote mark, a dot, a remnant
  const size = atLeast(g.h / g.lineHeight, best.symbol === '=' ? 0.2 : 0.35, 0.08);
  if (size < best.score) best = { symbol: best.symbol, score: size };
  return best.score >= COMPARATOR_MIN_SCORE ? best : { symbol: null, score: best.score };
}

interface Run {
  y: number;
  a: number;
  b: number;
}

/**
 * Strokes followed down the rows: a run continues the track of the one run of the row
 * above that it overlaps; a run overlapping none, or several, or one already continued,
 * starts a new track. A chevron is one track; ⩾ is a chevron track and a second track,
 * the slanted bar, that starts right below the apex and ends at the bottom left.
 */
function tracks(rows: Row[]): Run[][] {
  const out: Run[][] = [];
  let prev: { run: Run; track: number; taken: boolean }[] = [];
  rows.forEach((row, y) => {
    const cur: typeof prev = [];
    for (const [a, b] of row.runs) {
      const run = { y, a, b };
      const over = prev.filter((p) => p.run.a <= b + 1 && p.run.b >= a - 1);
      let track: number;
      if (over.length === 1 && !over[0]!.taken) {
        over[0]!.taken = true;
        track = over[0]!.track;
        out[track]!.push(run);
      } else {
        track = out.length;
        out.push([run]);
      }
      cur.push({ run, track, taken: false });
    }
    prev = cur;
  });
  return out;
}

/** ⩾ (rows mirrored for ⩽): a chevron track over a parallel slanted bar. */
function slantedBar(g: Glyph, rows: Row[]): number {
  const all = tracks(rows);
  const ink = all.map((t) => t.reduce((s, r) => s + r.b - r.a + 1, 0));
  const total = ink.reduce((s, v) => s + v, 0);
  const big = all.map((t, i) => ({ t, i })).filter(({ t }) => t.length >= 0.2 * g.h);
  if (big.length !== 2) return 0;
  const bigInk = big.reduce((s, { i }) => s + ink[i]!, 0);
  const [A, B] = big.map(({ t }) => t).sort((p, q) => p[0]!.y - q[0]!.y) as [Run[], Run[]];
  const a0 = A[0]!.y, a1 = A[A.length - 1]!.y, b0 = B[0]!.y, b1 = B[B.length - 1]!.y;
  // the chevron alone
  const chevRows: Row[] = rows.map(() => ({ runs: [], count: 0, first: -1, last: -1, longest: 0 }));
  for (const r of A) chevRows[r.y] = { runs: [[r.a, r.b]], count: r.b - r.a + 1, first: r.a, last: r.b, longest: r.b - r.a + 1 };
  const c = chevron(chevRows, a0, a1 + 1);
  // the bar: from the right, below the apex, down to the left, ending below the chevron
  const x0 = Math.min(...A.map((r) => r.a)), wc = Math.max(...A.map((r) => r.b)) - x0 + 1;
  const top = B.slice(0, Math.max(1, Math.round(B.length * 0.2)));
  const bottom = B.slice(-Math.max(1, Math.round(B.length * 0.2)));
  const centre = (rs: Run[]): number => rs.reduce((s, r) => s + (r.a + r.b) / 2 - x0, 0) / rs.length / wc;
  const apexY = a0 + c.apex * (a1 - a0 + 1);
  return Math.min(
    c.score,
    atLeast(bigInk / total, 0.9, 0.05),
    atLeast(centre(top) - centre(bottom), 0.45, 0.15),
    atLeast(centre(top), 0.6, 0.15),
    atMost(centre(bottom), 0.35, 0.15),
    atLeast((b0 - apexY) / (a1 - a0 + 1), -0.05, 0.1),
    atLeast((b1 - a1) / (a1 - a0 + 1), 0.1, 0.08),
    atLeast(B.length / (a1 - a0 + 1), 0.4, 0.15),
  );
}

/** '=': exactly two bars of near-equal length, one above the other, close together, nothing else. */
function equals(g: Glyph, rows: Row[], bars: BarGroup[]): number {
  if (bars.length !== 2) return 0;
  const [a, b] = bars as [BarGroup, BarGroup];
  if (a.y0 !== 0 || b.y1 !== g.h - 1) return 0;
  for (let y = a.y1 + 1; y < b.y0; y++) if (rows[y]!.count > Math.floor(0.06 * g.w)) return 0;
  const la = a.x1 - a.x0 + 1, lb = b.x1 - b.x0 + 1;
  const overlap = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) + 1;
  const gap = b.y0 - a.y1 - 1;
  const thick = Math.max(a.y1 - a.y0 + 1, b.y1 - b.y0 + 1);
  // 二 has a shorter top bar, a wider gap and is taller in its line: two of the three must agree
  const like = (atLeast(Math.min(la, lb) / Math.max(la, lb), 0.885, 0.03) + atMost(gap / g.w, 0.5, 0.06) + atMost(g.h / g.lineHeight, 0.67, 0.05)) / 3;
  return Math.min(
    like,
    atLeast(overlap / Math.min(la, lb), 0.85, 0.05),
    atLeast(gap, 1, 0.5),
    atMost(thick / g.w, 0.35, 0.1),
  );
}
