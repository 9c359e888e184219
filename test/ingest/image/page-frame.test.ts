import { describe, expect, it } from 'vitest';
import { clearSurround } from '../../../src/ingest/image/page-frame.js';

/** A 100×80 mask: the given rectangles set to ink. */
function mask(...rects: [number, number, number, number][]): Uint8Array {
  const ink = new Uint8Array(100 * 80);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y++) ink.fill(1, y * 100 + x0, y * 100 + x1);
  return ink;
}
const inked = (ink: Uint8Array, x: number, y: number) => ink[y * 100 + x] === 1;

describe('clearSurround', () => {
  it('clears a dark desk around the page and keeps the ink on the page', () => {
    // desk: a 6-px band along the left, top and right edges; a line of text in the middle
    const ink = mask([0, 0, 6, 80], [0, 0, 100, 6], [94, 0, 100, 80], [30, 40, 70, 48]);
    expect(clearSurround(ink, 100, 80)).toBeGreaterThan(0);
    expect(inked(ink, 2, 50)).toBe(false);
    expect(inked(ink, 50, 2)).toBe(false);
    expect(inked(ink, 50, 44)).toBe(true);
  });

  it('keeps a small mark that only touches the border (a page number at the edge)', () => {
    const ink = mask([45, 74, 55, 80]);
    expect(clearSurround(ink, 100, 80)).toBe(0);
    expect(inked(ink, 50, 78)).toBe(true);
  });
});
