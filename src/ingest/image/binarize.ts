/**
 * Grey page → ink mask (1 = ink, 0 = paper), the input of every structure stage (skew,
 * rules, text lines). Scans and phone photos break a single global threshold: lighting is
 * uneven, cells are shaded grey, thin rules blur to mid-grey, JPEG rings around strokes.
 * So the threshold is local (Sauvola: mean and deviation over a window about 1.5
 * character heights), evaluated on a coarse block grid and interpolated, which keeps it
 * linear-time and light on memory even for very large pages. Global guards stop what
 * Sauvola does wrong on its own:
 *  - the page's ink and paper levels are taken from what Sauvola calls ink and paper in
 *    windows that have contrast; windows without contrast (bare paper, shaded cells,
 *    shadows) are ink only where a quarter of the way from ink to paper or darker, so
 *    flat paper gives no speckle and shading stays paper. (A page-wide Otsu split was
 *    tried as this guard: with ink at a few percent and uneven lighting or shaded cells
 *    it splits the paper itself.)
 *  - everywhere a pixel must also be darker than the local mean by three times the
 *    paper's own noise (the deviation of the quietest windows), so grain and JPEG
 *    ringing next to text stay paper.
 * Isolated single pixels are dropped at the end.
 */
import type { GrayImage } from './raster.js';

export interface BinarizeOptions {
  /** Sauvola window in pixels (default ≈ longer image side / 50, at least 15) */
  window?: number;
  /** Sauvola k (default 0.2; larger = less ink) */
  k?: number;
}

/** Sauvola dynamic range of the standard deviation (at most; half the page's ink–paper contrast). */
const R = 128;
/** Below this paper–ink contrast the page is taken as blank. */
const MIN_CONTRAST = 30;

export function binarize(img: GrayImage, opts: BinarizeOptions = {}): Uint8Array {
  const { width: W, height: H, data } = img;
  const ink = new Uint8Array(W * H);
  if (W === 0 || H === 0) return ink;
  const k = opts.k ?? 0.2;
  const lv = pageLevels(img, opts);
  if (!lv) return ink;
  const { gw, gh, b, mean, std, paperNoise, inkLevel, paper } = lv;
  const flatThr = inkLevel + 0.25 * (paper - inkLevel);
  const flatStd = Math.max(2.5 * paperNoise, 0.06 * (paper - inkLevel));
  const range = Math.max(32, Math.min(R, (paper - inkLevel) / 2));

  const thr = new Float32Array(gw * gh);
  for (let i = 0; i < thr.length; i++) {
    const m = mean[i]!, s = std[i]!;
    thr[i] = s < flatStd ? flatThr : Math.min(m * (1 + k * (s / range - 1)), m - 3 * paperNoise);
  }

  // bilinear interpolation of the block thresholds at block centres
  const ix = new Int32Array(W), wx = new Float32Array(W);
  for (let x = 0; x < W; x++) {
    const f = Math.min(gw - 1, Math.max(0, (x + 0.5) / b - 0.5));
    ix[x] = Math.min(gw - 2, Math.floor(f));
    wx[x] = gw === 1 ? 0 : f - ix[x]!;
    if (gw === 1) ix[x] = 0;
  }
  const rowThr = new Float32Array(gw);
  for (let y = 0; y < H; y++) {
    const f = Math.min(gh - 1, Math.max(0, (y + 0.5) / b - 0.5));
    const j0 = gh === 1 ? 0 : Math.min(gh - 2, Math.floor(f));
    const j1 = gh === 1 ? 0 : j0 + 1, wy = gh === 1 ? 0 : f - j0;
    for (let gx = 0; gx < gw; gx++) rowThr[gx] = thr[j0 * gw + gx]! * (1 - wy) + thr[j1 * gw + gx]! * wy;
    const row = y * W;
    for (let x = 0; x < W; x++) {
      const i0 = ix[x]!, i1 = gw === 1 ? 0 : i0 + 1, w = wx[x]!;
      const t = rowThr[i0]! * (1 - w) + rowThr[i1]! * w;
      if (data[row + x]! < t) ink[row + x] = 1;
    }
  }
  dropIsolated(ink, W, H);
  return ink;
}

interface PageLevels {
  gw: number; gh: number; b: number;
  mean: Float32Array; std: Float32Array;
  /** grey-level deviation of bare paper */
  paperNoise: number;
  /** typical grey of ink and of paper */
  inkLevel: number; paper: number;
}

/**
 * Window statistics and the page's ink and paper levels (what plain Sauvola calls ink and
 * paper in windows with contrast); undefined for a blank page.
 */
function pageLevels(img: GrayImage, opts: BinarizeOptions): PageLevels | undefined {
  const { width: W, height: H, data } = img;
  const k = opts.k ?? 0.2;
  const win = Math.max(15, Math.round(opts.window ?? Math.max(W, H) / 50));
  const b = Math.max(4, Math.round(win / 4));
  const { gw, gh, mean, std } = windowStats(data, W, H, b, Math.max(1, Math.round(win / (2 * b))));

  // paper noise: most windows are bare paper
  const paperNoise = Math.max(2, quantile(std, 0.2));
  const contrastStd = Math.max(3 * paperNoise, 10);
  const inkHist = new Float64Array(256), paperHist = new Float64Array(256);
  let inkCount = 0;
  for (let gy = 0; gy < gh; gy++) {
    for (let gx = 0; gx < gw; gx++) {
      const m = mean[gy * gw + gx]!, s = std[gy * gw + gx]!;
      if (s <= contrastStd) continue;
      const t = Math.min(m * (1 + k * (s / R - 1)), m - 3 * paperNoise);
      const yEnd = Math.min(H, (gy + 1) * b), xEnd = Math.min(W, (gx + 1) * b);
      for (let y = gy * b; y < yEnd; y++) {
        for (let x = gx * b, i = y * W + x; x < xEnd; x++, i++) {
          const v = data[i]!;
          if (v < t) { inkHist[v] = inkHist[v]! + 1; inkCount++; } else paperHist[v] = paperHist[v]! + 1;
        }
      }
    }
  }
  if (inkCount === 0) return undefined;
  const inkLevel = medianInRange(inkHist, 0, 256), paper = medianInRange(paperHist, 0, 256);
  if (paper - inkLevel < MIN_CONTRAST) return undefined;
  return { gw, gh, b, mean, std, paperNoise, inkLevel, paper };
}

/**
 * Mean and standard deviation of the window around each block of `b` pixels (the block
 * plus `rb` blocks on every side), from a summed-area table over block sums.
 */
function windowStats(data: Uint8Array, W: number, H: number, b: number, rb: number) {
  const gw = Math.ceil(W / b), gh = Math.ceil(H / b), gw1 = gw + 1;
  const sum = new Float64Array(gw1 * (gh + 1));
  const sq = new Float64Array(gw1 * (gh + 1));
  for (let y = 0; y < H; y++) {
    const row = y * W, gy = Math.floor(y / b) + 1;
    for (let gx = 0; gx < gw; gx++) {
      let s = 0, q = 0;
      const end = Math.min(W, (gx + 1) * b);
      for (let x = gx * b; x < end; x++) { const v = data[row + x]!; s += v; q += v * v; }
      const bi = gy * gw1 + gx + 1;
      sum[bi] = sum[bi]! + s;
      sq[bi] = sq[bi]! + q;
    }
  }
  for (let gy = 1; gy <= gh; gy++) {
    for (let gx = 1; gx <= gw; gx++) {
      const i = gy * gw1 + gx;
      sum[i] = sum[i]! + sum[i - 1]! + sum[i - gw1]! - sum[i - gw1 - 1]!;
      sq[i] = sq[i]! + sq[i - 1]! + sq[i - gw1]! - sq[i - gw1 - 1]!;
    }
  }
  const mean = new Float32Array(gw * gh), std = new Float32Array(gw * gh);
  for (let gy = 0; gy < gh; gy++) {
    const ya = Math.max(0, gy - rb), yb = Math.min(gh, gy + rb + 1);
    const rows = Math.min(H, yb * b) - ya * b;
    for (let gx = 0; gx < gw; gx++) {
      const xa = Math.max(0, gx - rb), xb = Math.min(gw, gx + rb + 1);
      const n = rows * (Math.min(W, xb * b) - xa * b);
      const a = ya * gw1 + xa, c = ya * gw1 + xb, d = yb * gw1 + xa, e = yb * gw1 + xb;
      const m = (sum[e]! - sum[c]! - sum[d]! + sum[a]!) / n;
      mean[gy * gw + gx] = m;
      std[gy * gw + gx] = Math.sqrt(Math.max(0, (sq[e]! - sq[c]! - sq[d]! + sq[a]!) / n - m * m));
    }
  }
  return { gw, gh, mean, std };
}

function quantile(values: Float32Array, q: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Otsu's threshold over grey pixels: pixels below the returned value form the dark class. */
export function otsuThreshold(pixels: Uint8Array | GrayImage): number {
  return otsuFromHistogram(histogram('data' in pixels ? pixels.data : pixels));
}

function histogram(data: Uint8Array): Float64Array {
  const hist = new Float64Array(256);
  for (let i = 0; i < data.length; i++) { const v = data[i]!; hist[v] = hist[v]! + 1; }
  return hist;
}

function otsuFromHistogram(hist: Float64Array): number {
  let total = 0, sumAll = 0;
  for (let v = 0; v < 256; v++) { total += hist[v]!; sumAll += v * hist[v]!; }
  let wB = 0, sumB = 0, best = -1, bestT = 128;
  for (let t = 1; t < 256; t++) {
    wB += hist[t - 1]!;
    sumB += (t - 1) * hist[t - 1]!;
    const wF = total - wB;
    if (wB === 0 || wF === 0) continue;
    const mB = sumB / wB, mF = (sumAll - sumB) / wF;
    const between = wB * wF * (mB - mF) * (mB - mF);
    if (between > best) { best = between; bestT = t; }
  }
  return bestT;
}

function medianInRange(hist: Float64Array, lo: number, hi: number): number {
  let n = 0;
  for (let v = lo; v < hi; v++) n += hist[v]!;
  if (n === 0) return -1;
  let acc = 0;
  for (let v = lo; v < hi; v++) { acc += hist[v]!; if (acc >= n / 2) return v; }
  return hi - 1;
}

/** Clears ink pixels with no ink among their 8 neighbours (salt noise). */
function dropIsolated(ink: Uint8Array, W: number, H: number): void {
  for (let y = 0; y < H; y++) {
    const up = y > 0 ? (y - 1) * W : -1, dn = y < H - 1 ? (y + 1) * W : -1, row = y * W;
    for (let x = 0; x < W; x++) {
      if (!ink[row + x]) continue;
      let n = 0;
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx;
        if (xx < 0 || xx >= W) continue;
        if (up >= 0) n += ink[up + xx]!;
        if (dn >= 0) n += ink[dn + xx]!;
        if (dx !== 0) n += ink[row + xx]!;
      }
      if (n === 0) ink[row + x] = 0;
    }
  }
}

export interface LineMaskOptions extends BinarizeOptions {
  /** distance across a line at which its background is sampled, pixels (default longer side / 600, at least 3) */
  across?: number;
}

/** Ink masks for rule finding, one per direction (see `lineMasks`). */
export interface LineMasks {
  /** ink plus faint thin horizontal lines */
  h: Uint8Array;
  /** ink plus faint thin vertical lines */
  v: Uint8Array;
}

/**
 * Ink masks for rule finding: `ink` plus the pixels of thin, faint lines the text
 * threshold leaves broken (a 0.5 pt rule blurred by a scanner is light grey, often lighter
 * than Sauvola's threshold for text, and comes out as dashes). A pixel is line ink when,
 * averaged over a few pixels along the line's direction, it is darker than the paper on
 * both sides of the line (`across` pixels away, same averaging) by a margin over the
 * paper's noise and a fraction of the page's ink–paper contrast: a ridge of darkness
 * across the line. Edges of strokes, shaded cells and shadows are steps (one side dark),
 * not ridges. Strokes of text are thin ridges too, and their blurred fringes pass the
 * test, so each direction gets its own mask: a horizontal ridge widens a horizontal stroke
 * across (harmless for horizontal rule finding), while the vertical ridges that widen
 * vertical strokes sideways, closing the gaps between characters of a line of text, only
 * go into the vertical mask.
 */
export function lineMasks(img: GrayImage, ink: Uint8Array, opts: LineMaskOptions = {}): LineMasks {
  const { width: W, height: H, data } = img;
  const h = Uint8Array.from(ink), v = Uint8Array.from(ink);
  const lv = W > 0 && H > 0 ? pageLevels(img, opts) : undefined;
  if (!lv) return { h, v };
  const d = Math.max(3, Math.round(opts.across ?? Math.max(W, H) / 600));
  const margin = Math.max(4 * lv.paperNoise, 0.08 * (lv.paper - lv.inkLevel));
  const m = margin * SMOOTH;
  const sum = new Uint16Array(W * H);
  // horizontal lines: sums of SMOOTH pixels along each row, compared with the rows d above and below
  for (let y = 0; y < H; y++) {
    const row = y * W;
    let s = 0;
    for (let dx = -HALF; dx <= HALF; dx++) s += data[row + Math.min(W - 1, Math.max(0, dx))]!;
    for (let x = 0; x < W; x++) {
      sum[row + x] = s;
      s += data[row + Math.min(W - 1, x + HALF + 1)]! - data[row + Math.max(0, x - HALF)]!;
    }
  }
  for (let y = d; y < H - d; y++) {
    const row = y * W, up = row - d * W, dn = row + d * W;
    for (let x = 0; x < W; x++) {
      const c = sum[row + x]! + m;
      if (c < sum[up + x]! && c < sum[dn + x]!) h[row + x] = 1;
    }
  }
  // vertical lines: sums along each column, compared with the columns d left and right
  for (let x = 0; x < W; x++) {
    let s = 0;
    for (let dy = -HALF; dy <= HALF; dy++) s += data[Math.min(H - 1, Math.max(0, dy)) * W + x]!;
    sum[x] = s;
  }
  for (let y = 1; y < H; y++) {
    const row = y * W, add = Math.min(H - 1, y + HALF) * W, drop = Math.max(0, y - HALF - 1) * W;
    for (let x = 0; x < W; x++) sum[row + x] = sum[row - W + x]! + data[add + x]! - data[drop + x]!;
  }
  for (let y = 0; y < H; y++) {
    const row = y * W;
    for (let x = d; x < W - d; x++) {
      const c = sum[row + x]! + m;
      if (c < sum[row + x - d]! && c < sum[row + x + d]!) v[row + x] = 1;
    }
  }
  return { h, v };
}

/** Pixels averaged along a line in `lineMasks` (odd), and half of that. */
const SMOOTH = 5, HALF = 2;
