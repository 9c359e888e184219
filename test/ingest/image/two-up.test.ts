import { describe, expect, it } from 'vitest';
import { grayImage, type GrayImage } from '../../../src/ingest/image/raster.js';
import { twoUpSplit } from '../../../src/ingest/image/two-up.js';

/** A white page with black rectangles [x0, y0, x1, y1]. */
function page(width: number, height: number, ...rects: [number, number, number, number][]): GrayImage {
  const img = grayImage(width, height);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) img.data.fill(0, y * width + x0, y * width + x1);
  return img;
}

describe('twoUpSplit', () => {
  it('cuts a landscape sheet holding two pages at the middle of the gutter between them', () => {
    const cut = twoUpSplit(page(1700, 1200, [100, 100, 780, 1100], [920, 100, 1600, 1100]));
    expect(cut).toBe(850);
  });

  it('leaves a landscape table whose rules cross the middle, and a portrait page, whole', () => {
    // two blocks of text with a table rule running across the whole width
    expect(twoUpSplit(page(1700, 1200, [100, 100, 780, 1100], [920, 100, 1600, 1100], [100, 600, 1600, 603]))).toBeNull();
    expect(twoUpSplit(page(1200, 1700, [100, 100, 500, 1600], [700, 100, 1100, 1600]))).toBeNull();
  });

  it('leaves a sheet with ink on one side only whole', () => {
    expect(twoUpSplit(page(1700, 1200, [100, 100, 780, 1100]))).toBeNull();
  });
});
