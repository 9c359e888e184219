/**
 * Skew of a scanned page and its correction. Rule finding and line projections assume
 * axis-aligned content: at 1° a table rule 1500 px long drifts 26 px, becoming a staircase
 * of short pieces, and text lines smear into each other in a row projection. A table page
 * is dominated by long horizontal rules and text baselines, so the angle that makes the
 * row projection of the ink most peaked (largest sum of squared bin counts) is the skew.
 * It is searched coarse then fine on an ink map pooled to about 400 columns (rows kept at
 * full resolution, since the row position is what is measured), with linear
 * splatting into the bins and a parabola through the best three fine angles for sub-step
 * precision. Angle convention throughout: degrees, positive = content turned
 * counter-clockwise as seen on screen (a horizontal line rises to the right); deskew with
 * `rotateImage(img, -estimateSkew(...))`.
 */
import { grayImage, type GrayImage } from './raster.js';

export interface SkewOptions {
  /** largest |angle| searched, degrees (default 5) */
  maxAngle?: number;
}

const COARSE_STEP = 0.2;
const FINE_STEP = 0.02;
const TARGET_COLUMNS = 400;

/** Skew of the content in degrees (see the module note for the sign); 0 when there is no ink. */
export function estimateSkew(ink: Uint8Array, width: number, height: number, opts: SkewOptions = {}): number {
  const maxAngle = opts.maxAngle ?? 5;
  // columns are pooled (x only scales the shear), rows stay at full resolution (y is measured)
  const f = Math.max(1, Math.ceil(width / TARGET_COLUMNS));
  const gw = Math.ceil(width / f), gh = height;
  const counts = new Uint16Array(gw * gh);
  for (let y = 0; y < height; y++) {
    const row = y * width, grow = y * gw;
    for (let x = 0; x < width; x++) if (ink[row + x]) { const c = grow + Math.floor(x / f); counts[c] = counts[c]! + 1; }
  }
  let n = 0;
  for (let i = 0; i < counts.length; i++) if (counts[i]) n++;
  if (n === 0) return 0;
  const px = new Float32Array(n), py = new Float32Array(n), pw = new Float32Array(n);
  for (let i = 0, j = 0; i < counts.length; i++) {
    if (!counts[i]) continue;
    px[j] = ((i % gw) + 0.5) * f; py[j] = Math.floor(i / gw) + 0.5; pw[j] = counts[i]!; j++;
  }
  const pad = Math.ceil(width * Math.tan((maxAngle * Math.PI) / 180)) + 2;
  const bins = new Float64Array(gh + 2 * pad + 2);
  const score = (deg: number): number => {
    const t = Math.tan((deg * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < n; i++) {
      const yy = py[i]! + px[i]! * t + pad;
      const k = Math.floor(yy), fr = yy - k, w = pw[i]!;
      bins[k] = bins[k]! + w * (1 - fr);
      bins[k + 1] = bins[k + 1]! + w * fr;
    }
    let s = 0;
    for (let k = 0; k < bins.length; k++) s += bins[k]! * bins[k]!;
    return s;
  };

  let best = 0, bestScore = -1;
  for (let a = -maxAngle; a <= maxAngle + 1e-9; a += COARSE_STEP) {
    const s = score(a);
    if (s > bestScore) { bestScore = s; best = a; }
  }
  const fine: { a: number; s: number }[] = [];
  for (let a = best - COARSE_STEP; a <= best + COARSE_STEP + 1e-9; a += FINE_STEP) fine.push({ a, s: score(a) });
  let bi = 0;
  for (let i = 1; i < fine.length; i++) if (fine[i]!.s > fine[bi]!.s) bi = i;
  let angle = fine[bi]!.a;
  if (bi > 0 && bi < fine.length - 1) {
    const s0 = fine[bi - 1]!.s, s1 = fine[bi]!.s, s2 = fine[bi + 1]!.s;
    const denom = s0 - 2 * s1 + s2;
    if (denom < 0) angle += (FINE_STEP * 0.5 * (s0 - s2)) / denom;
  }
  angle = Math.max(-maxAngle, Math.min(maxAngle, angle));
  return Math.round(angle * 1000) / 1000;
}

/**
 * The image turned counter-clockwise (on screen) by `degrees` about its centre, same size,
 * bilinear. Corners the turned page no longer covers take `fill`: by default the nearest
 * edge pixel (so a grey or shaded scan gets no white wedge whose border would binarise as
 * a long line), or a fixed grey level such as 255.
 */
export function rotateImage(img: GrayImage, degrees: number, fill: number | 'edge' = 'edge'): GrayImage {
  const { width: W, height: H, data } = img;
  const out = grayImage(W, H);
  if (degrees === 0 || W === 0 || H === 0) { out.data.set(data); return out; }
  const rad = (degrees * Math.PI) / 180, c = Math.cos(rad), s = Math.sin(rad);
  const cx = (W - 1) / 2, cy = (H - 1) / 2;
  const o = out.data;
  const edge = fill === 'edge';
  const fixed = edge ? 255 : Math.max(0, Math.min(255, Math.round(fill)));
  for (let y = 0; y < H; y++) {
    // source of output (x, y): x_s = cx + (x-cx)c - (y-cy)s, y_s = cy + (x-cx)s + (y-cy)c
    let xs = cx - cx * c - (y - cy) * s;
    let ys = cy - cx * s + (y - cy) * c;
    const row = y * W;
    for (let x = 0; x < W; x++, xs += c, ys += s) {
      let sx = xs, sy = ys;
      if (sx < 0 || sy < 0 || sx > W - 1 || sy > H - 1) {
        if (!edge) { o[row + x] = fixed; continue; }
        sx = Math.max(0, Math.min(W - 1, sx));
        sy = Math.max(0, Math.min(H - 1, sy));
      }
      const x0 = Math.min(W - 2, Math.floor(sx)), y0 = Math.min(H - 2, Math.floor(sy));
      const fx = sx - x0, fy = sy - y0;
      if (x0 < 0 || y0 < 0) { o[row + x] = data[Math.round(sy) * W + Math.round(sx)]!; continue; } // 1-pixel-wide image
      const i = y0 * W + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bot = data[i + W]! + (data[i + W + 1]! - data[i + W]!) * fx;
      o[row + x] = top + (bot - top) * fy + 0.5;
    }
  }
  return out;
}
