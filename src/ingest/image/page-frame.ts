/**
 * What lies around the paper: a photo or a scan of a page smaller than the scanner bed
 * shows a dark desk, lid or shadow along the image's edges. Binarized, that is one huge
 * mass of ink touching the border; it fills every row and column, so text lines found by
 * projection over the whole page become one band and the lines outside tables are lost.
 * Ink connected to the image border whose extent is a large share of the image is cleared
 * here; marks that merely touch the border (a page number, a crop of text) stay.
 */

/** Share of the image's width or height a border mass must span to be taken for the surround. */
const SURROUND_EXTENT = 0.25;

/** Clears (in place) the ink masses touching the image border that span a large share of it; returns how many pixels. */
export function clearSurround(ink: Uint8Array, width: number, height: number): number {
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  let cleared = 0;
  const visit = (start: number) => {
    if (!ink[start] || seen[start]) return;
    let top = 0, n = 0;
    let x0 = width, x1 = -1, y0 = height, y1 = -1;
    stack[top++] = start;
    seen[start] = 1;
    const members: number[] = [];
    while (top > 0) {
      const i = stack[--top]!;
      members.push(i);
      n++;
      const x = i % width, y = (i - x) / width;
      if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (ink[j] && !seen[j]) { seen[j] = 1; stack[top++] = j; }
        }
      }
    }
    if (x1 - x0 + 1 >= SURROUND_EXTENT * width || y1 - y0 + 1 >= SURROUND_EXTENT * height) {
      for (const i of members) ink[i] = 0;
      cleared += n;
    }
  };
  for (let x = 0; x < width; x++) { visit(x); visit((height - 1) * width + x); }
  for (let y = 0; y < height; y++) { visit(y * width); visit(y * width + width - 1); }
  return cleared;
}
