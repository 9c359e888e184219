/**
 * Grey-level morphology on 8-bit rasters: square max and min filters, separable, each 1-D
 * pass by the van Herk / Gil-Werman scheme (three comparisons a pixel whatever the radius).
 * A max filter widens light areas and thins dark strokes; min after max (an opening of
 * the dark features) removes every dark stroke thinner than the window and keeps thicker
 * ones at their grey. The min filter is the max filter of the inverted image, inverted.
 */

/** Square max filter of radius `r`. */
export function maxFilter(src: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const out = src.slice();
  if (r <= 0 || out.length === 0) return out;
  const n = Math.max(width, height) + 2 * r;
  const line = new Uint8Array(n), g = new Uint8Array(n), h = new Uint8Array(n);
  for (let y = 0; y < height; y++) maxAlong(out, y * width, 1, width, r, line, g, h);
  for (let x = 0; x < width; x++) maxAlong(out, x, width, height, r, line, g, h);
  return out;
}

/** Square min filter of radius `r`. */
export function minFilter(src: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const inverted = src.map((v) => 255 - v);
  const out = maxFilter(inverted, width, height, r);
  for (let i = 0; i < out.length; i++) out[i] = 255 - out[i]!;
  return out;
}

/**
 * In place, the `len` values of `data` from `start` every `step`: each becomes the max of
 * the 2r+1 around it (clamped to the line). The line is copied padded by r zeros on each
 * side and cut in blocks of k = 2r+1; g holds the running max from each block's start, h
 * from its end; a window spans at most two blocks, so its max is that of h at its start
 * and g at its end.
 */
function maxAlong(data: Uint8Array, start: number, step: number, len: number, r: number, line: Uint8Array, g: Uint8Array, h: Uint8Array): void {
  const k = 2 * r + 1, total = len + 2 * r;
  line.fill(0, 0, total);
  for (let i = 0; i < len; i++) line[r + i] = data[start + i * step]!;
  for (let i = 0, b = 0; i < total; i++, b++) {
    if (b === k) b = 0;
    const v = line[i]!;
    g[i] = b === 0 || g[i - 1]! < v ? v : g[i - 1]!;
  }
  for (let i = total - 1; i >= 0; i--) {
    const v = line[i]!;
    h[i] = i % k === k - 1 || i === total - 1 || h[i + 1]! < v ? v : h[i + 1]!;
  }
  for (let i = 0; i < len; i++) {
    const a = h[i]!, b = g[i + k - 1]!;
    data[start + i * step] = a > b ? a : b;
  }
}
