/**
 * Line-image preparation for the PaddleOCR recogniser (paddle.ts): find the ink, trim to
 * it, split lines too long for one pass, and resample to the model's input height
 * straight into the float tensor. Pure JS on GrayImage (raster.ts): for crops of a few
 * thousand pixels this is 5–10× faster than a sharp round trip per crop (paddle.ts header).
 */
import type { GrayImage, PixelBox } from '../ingest/image/raster.js';

/** PP-OCRv4 recognition input height (PaddleOCR rec_image_shape 3,48,320). */
export const REC_HEIGHT = 48;
/** Widest input in one pass, as a multiple of the height; longer lines are split (splitAt). */
export const MAX_RATIO = 40;
/**
 * Ink is darker than the darkest pixel + 60% of the way to the background (the median):
 * 153 on black-on-white, higher on faint or blurred print. Less contrast than
 * MIN_CONTRAST is a blank image.
 */
const INK_LEVEL = 0.6;
const MIN_CONTRAST = 40;
/**
 * Margin around the trimmed ink, × the ink height. Exact reads of the 26 fixture lines,
 * clean / scaled 0.6× / blurred / blurred+noisy: 0.15 → 23/24/23/10, 0.25 → 24/25/24/11,
 * 0.4 → 25/25/23/11; no margin or one taken from beyond the ink (a rule) read worse.
 */
export const MARGIN = 0.25;
/** A row (column) with ink across this share of the crop is a table rule caught at the crop's edge. */
const RULE_SHARE = 0.9;

/** Where the text is in a line image, and which edge rows/columns are table rules. */
export interface Ink {
  box: PixelBox;
  /** 1 for a row (column) of an edge rule or its anti-aliased fringe */
  ruleRows: Uint8Array;
  ruleCols: Uint8Array;
}

/**
 * What the recogniser should see of a line image: its ink box plus a margin of MARGIN ×
 * the ink height (PaddleOCR's detector hands its recogniser boxes about that loose), the
 * margin taken from the image (faint anti-aliased strokes that did not count as ink stay)
 * with edge rules painted white. The result is never shorter than 16 px (or the crop),
 * so a lone "—" or "." keeps its shape instead of being blown up into a bar. null: no ink
 * at all (a blank cell).
 */
export function trimToInk(img: GrayImage, margin = MARGIN): GrayImage | null {
  const ink = findInk(img);
  if (!ink) return null;
  const { box } = ink;
  const m = Math.max(2, Math.round(margin * (box.y1 - box.y0)));
  let y0 = box.y0 - m, y1 = box.y1 + m;
  const minH = Math.min(img.height, 16);
  if (y1 - y0 < minH) {
    const grow = minH - (y1 - y0);
    y0 -= grow >> 1;
    y1 += grow - (grow >> 1);
  }
  const x0 = box.x0 - m;
  const out = paddedCrop(img, { x0, x1: box.x1 + m, y0, y1 });
  for (let y = 0; y < out.height; y++) {
    const sy = y + y0;
    if (sy >= 0 && sy < img.height && ink.ruleRows[sy]) out.data.fill(255, y * out.width, (y + 1) * out.width);
  }
  for (let x = 0; x < out.width; x++) {
    const sx = x + x0;
    if (sx >= 0 && sx < img.width && ink.ruleCols[sx]) for (let y = 0; y < out.height; y++) out.data[y * out.width + x] = 255;
  }
  return out;
}

/**
 * The ink of a line image. A pixel is ink when it is dark and has a dark neighbour to
 * the right or in the row below (8-connected): strokes qualify, even 1 px diagonals (the
 * "≤" of a small font), lone scan speckles do not. Rows (columns) inked across ≥ 90% of
 * the crop with only white or more such lines between them and the crop's edge are table
 * rules the crop caught, not text; if nothing else is inked, they are the text (a lone
 * "—"). null: no ink.
 */
export function findInk(img: GrayImage): Ink | null {
  const { width: w, height: h } = img;
  if (w === 0 || h === 0) return null;
  const below = inkThreshold(img);
  if (below === null) return null;
  const rows = new Uint32Array(h), cols = new Uint32Array(w);
  count(img, below, 0, w, 0, h, rows, cols);
  const ruleRows = new Uint8Array(h), ruleCols = new Uint8Array(w);
  const ys = span(rows, w, ruleRows), xs = span(cols, h, ruleCols);
  if (!ys || !xs) return null;
  // a rule's pixels were counted on the other axis too: recount inside the text span
  const r = new Uint32Array(ys[1] - ys[0]), c = new Uint32Array(xs[1] - xs[0]);
  count(img, below, xs[0], xs[1], ys[0], ys[1], r, c);
  const fy = firstLast(r), fx = firstLast(c);
  if (!fy || !fx) return null;
  const box = { x0: xs[0] + fx[0], x1: xs[0] + fx[1], y0: ys[0] + fy[0], y1: ys[0] + fy[1] };
  return { box, ruleRows, ruleCols };
}

/** Grey level below which a pixel is ink (INK_LEVEL); null: too little contrast for any. */
function inkThreshold(img: GrayImage): number | null {
  const hist = new Uint32Array(256);
  for (const v of img.data) hist[v]!++;
  let min = 0;
  while (hist[min] === 0) min++;
  let median = 0;
  for (let seen = 0; median < 255 && (seen += hist[median]!) < img.data.length / 2; median++);
  return median - min < MIN_CONTRAST ? null : min + INK_LEVEL * (median - min);
}

/** Ink pixels per row and column of the window [x0,x1)×[y0,y1), into rows[y−y0], cols[x−x0]. */
function count(img: GrayImage, INK_BELOW: number, x0: number, x1: number, y0: number, y1: number, rows: Uint32Array, cols: Uint32Array): void {
  const { width: w, height: h, data } = img;
  for (let y = y0; y < y1; y++) {
    const i0 = y * w, below = y + 1 < h;
    for (let x = x0; x < x1; x++) {
      const i = i0 + x;
      if (data[i]! >= INK_BELOW) continue;
      const j = i + w;
      if ((x + 1 < w && data[i + 1]! < INK_BELOW) ||
        (below && (data[j]! < INK_BELOW || (x > 0 && data[j - 1]! < INK_BELOW) || (x + 1 < w && data[j + 1]! < INK_BELOW)))) {
        rows[y - y0]!++;
        cols[x - x0]!++;
      }
    }
  }
}

/**
 * The text extent [lo, hi) of one axis from its ink counts, edge rules skipped and
 * marked (with one line of fringe each side) in `rules`; null if nothing is inked.
 */
function span(counts: Uint32Array, across: number, rules: Uint8Array): [number, number] | null {
  const n = counts.length, rule = RULE_SHARE * across;
  const isRule = (i: number): boolean => counts[i]! >= rule;
  let lo = 0, hi = n;
  while (lo < n && (counts[lo] === 0 || isRule(lo))) lo++;
  while (hi > lo && (counts[hi - 1] === 0 || isRule(hi - 1))) hi--;
  if (lo === hi) return firstLast(counts); // only rules: they are the text
  for (let i = 0; i < n; i++) {
    if ((i < lo || i >= hi) && isRule(i)) {
      for (let k = Math.max(0, i - 1); k <= Math.min(n - 1, i + 1); k++) if (k < lo || k >= hi) rules[k] = 1;
    }
  }
  return [lo, hi];
}

function firstLast(counts: Uint32Array): [number, number] | null {
  let lo = 0, hi = counts.length;
  while (lo < hi && counts[lo] === 0) lo++;
  while (hi > lo && counts[hi - 1] === 0) hi--;
  return lo < hi ? [lo, hi] : null;
}

/** The pixels of `box`, which may reach outside the image; outside is white. */
export function paddedCrop(img: GrayImage, box: PixelBox): GrayImage {
  const w = box.x1 - box.x0, h = box.y1 - box.y0;
  const out: GrayImage = { width: w, height: h, data: new Uint8Array(w * h).fill(255) };
  const sx0 = Math.max(0, box.x0), sx1 = Math.min(img.width, box.x1);
  if (sx1 <= sx0) return out;
  for (let y = Math.max(0, box.y0); y < Math.min(img.height, box.y1); y++) {
    out.data.set(img.data.subarray(y * img.width + sx0, y * img.width + sx1), (y - box.y0) * w + (sx0 - box.x0));
  }
  return out;
}

/** Width after scaling to REC_HEIGHT, keeping the aspect ratio (at least 1). */
export function scaledWidth(img: GrayImage): number {
  return Math.max(1, Math.round((img.width * REC_HEIGHT) / img.height));
}

/**
 * Where to cut a line wider than MAX_RATIO × its height into pieces the model reads in
 * one pass: each cut is at the whitest column in the last third of the allowed piece
 * (an inter-character gap on printed text), preferring the one nearest the limit.
 * Returns the piece boundaries [0, c1, …, width] and, per cut, whether it fell in a gap
 * at least as wide as the line is high (read as a space).
 */
export function splitAt(img: GrayImage): { bounds: number[]; spaces: boolean[] } {
  const { width: w, height: h, data } = img;
  const limit = Math.floor(MAX_RATIO * h);
  const bounds = [0], spaces: boolean[] = [];
  if (w <= limit) return { bounds: [0, w], spaces };
  const cols = new Uint32Array(w); // darkness per column
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) cols[x]! += 255 - data[y * w + x]!;
  const blank = 8 * h;
  let start = 0;
  while (w - start > limit) {
    const hiX = start + limit, loX = start + Math.floor((2 * limit) / 3);
    let cut = hiX - 1;
    for (let x = hiX - 1; x >= loX; x--) if (cols[x]! < cols[cut]!) cut = x;
    // centre the cut in its run of about as white columns (the gap)
    const gap = cols[cut]! + blank;
    let a = cut, b = cut + 1;
    while (a > start + 1 && cols[a - 1]! <= gap) a--;
    while (b < w && cols[b]! <= gap) b++;
    const at = Math.min(hiX, Math.max(start + 1, (a + b) >> 1));
    spaces.push(cols[cut]! <= blank && b - a > h);
    bounds.push(at);
    start = at;
  }
  bounds.push(w);
  return { bounds, spaces };
}

/**
 * Resamples `img` to outW × REC_HEIGHT and writes it normalised as PaddleOCR does
 * ((v / 255 − 0.5) / 0.5, so white = 1, black = −1) into `dst` at `offset`, rows of
 * `stride` floats (the batch width; the caller pads the rest). Bilinear with half-pixel
 * centres when enlarging (cv2.INTER_LINEAR, what PaddleOCR's resize_norm_img uses),
 * area averaging when shrinking (bilinear would alias thin strokes away).
 */
export function resampleInto(img: GrayImage, outW: number, dst: Float32Array, offset: number, stride: number): void {
  const kx = weights(img.width, outW), ky = weights(img.height, REC_HEIGHT);
  // horizontal pass into a float buffer, img.height × outW
  const tmp = new Float32Array(img.height * outW);
  for (let y = 0; y < img.height; y++) {
    const row = y * img.width, o = y * outW;
    for (let x = 0; x < outW; x++) {
      let s = 0;
      for (let k = kx.start[x]!, e = kx.start[x + 1]!; k < e; k++) s += kx.w[k]! * img.data[row + kx.idx[k]!]!;
      tmp[o + x] = s;
    }
  }
  for (let y = 0; y < REC_HEIGHT; y++) {
    const o = offset + y * stride;
    for (let x = 0; x < outW; x++) dst[o + x] = -1;
    for (let k = ky.start[y]!, e = ky.start[y + 1]!; k < e; k++) {
      const wk = ky.w[k]! * (2 / 255), src = ky.idx[k]! * outW;
      for (let x = 0; x < outW; x++) dst[o + x]! += wk * tmp[src + x]!;
    }
  }
}

interface Taps { start: Uint32Array; idx: Uint32Array; w: Float32Array }

/** Per output pixel, the input pixels and weights (summing to 1) that make it. */
function weights(inN: number, outN: number): Taps {
  const scale = inN / outN;
  const start = new Uint32Array(outN + 1), idx: number[] = [], w: number[] = [];
  for (let o = 0; o < outN; o++) {
    start[o] = idx.length;
    if (scale <= 1) {
      const c = (o + 0.5) * scale - 0.5;
      const i0 = Math.floor(c), f = c - i0;
      const a = Math.min(inN - 1, Math.max(0, i0)), b = Math.min(inN - 1, Math.max(0, i0 + 1));
      if (a === b) { idx.push(a); w.push(1); } else { idx.push(a, b); w.push(1 - f, f); }
    } else {
      const lo = o * scale, hi = lo + scale;
      for (let i = Math.floor(lo); i < Math.min(inN, Math.ceil(hi)); i++) {
        const cover = Math.min(hi, i + 1) - Math.max(lo, i);
        if (cover > 0) { idx.push(i); w.push(cover / scale); }
      }
    }
  }
  start[outN] = idx.length;
  return { start, idx: Uint32Array.from(idx), w: Float32Array.from(w) };
}
