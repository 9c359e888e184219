/**
 * Two pages photocopied side by side on one landscape sheet (a 2-up copy of an A5 or an
 * opened booklet): read as one page, the lines of both halves interleave and the second
 * page's title joins the first page's table. The gutter between them is a band of columns
 * near the middle with (almost) no ink from top to bottom, while both halves carry ink.
 * A single landscape table has rules or text across the middle, so it has no such band.
 */
import type { GrayImage } from './raster.js';

/** Where the gutter is looked for: this share of the width either side of the middle. */
const SEARCH = 0.1;
/** Narrowest gutter, as a share of the width. */
const MIN_GUTTER = 0.012;
/** Share of the rows a column of the gutter may have dark. */
const CLEAR = 0.003;
/** Share of all ink each half must hold. */
const MIN_HALF_INK = 0.1;
const DARK = 128;

/** The x (pixels) at which to cut a 2-up page in two, or null when it is one page. */
export function twoUpSplit(img: GrayImage): number | null {
  const { width: W, height: H, data } = img;
  if (W <= H) return null;
  const dark = new Uint32Array(W);
  for (let y = 0; y < H; y += 2) {
    const row = y * W;
    for (let x = 0; x < W; x++) if (data[row + x]! < DARK) dark[x]!++;
  }
  const rows = Math.ceil(H / 2), limit = CLEAR * rows;
  const lo = Math.floor((0.5 - SEARCH) * W), hi = Math.ceil((0.5 + SEARCH) * W);
  let best: [number, number] | null = null;
  for (let x = lo; x < hi; ) {
    if (dark[x]! > limit) { x++; continue; }
    let e = x;
    while (e < hi && dark[e]! <= limit) e++;
    if (!best || e - x > best[1] - best[0]) best = [x, e];
    x = e;
  }
  if (!best || best[1] - best[0] < MIN_GUTTER * W) return null;
  const cut = Math.round((best[0] + best[1]) / 2);
  let left = 0, total = 0;
  for (let x = 0; x < W; x++) { total += dark[x]!; if (x < cut) left += dark[x]!; }
  if (total === 0 || left < MIN_HALF_INK * total || total - left < MIN_HALF_INK * total) return null;
  return cut;
}
