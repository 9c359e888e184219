import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binarize, lineMasks } from '../../../src/ingest/image/binarize.js';
import { decodeImage } from '../../../src/ingest/image/decode.js';
import { estimateSkew, rotateImage } from '../../../src/ingest/image/deskew.js';
import type { GrayImage } from '../../../src/ingest/image/raster.js';
import { eraseRules, findRules } from '../../../src/ingest/image/rules.js';
import { findTextLines, splitSegments } from '../../../src/ingest/image/text-lines.js';
import { findLattices } from '../../../src/ingest/pdf/lattice.js';

// A real scanned page (1684×1191, says 96 dpi, is about 144 dpi): a ruled table with merged header cells.
const FIXTURE = new URL('../../fixtures/image/putuo-shiquan-street-2026-budget-p33-scan.png', import.meta.url);
const DPI = 144;

async function page(): Promise<GrayImage> {
  const decoded = await decodeImage(readFileSync(FIXTURE));
  if ('error' in decoded) throw new Error(decoded.error);
  expect(decoded.pages).toHaveLength(1);
  expect(decoded.pages[0]!.dpi).toBeNull(); // it says 96, which would make it a 445 mm page
  return decoded.pages[0]!.image;
}

describe('the real scanned table page', () => {
  it('is straight, and a 1.2° turn of it is measured', async () => {
    const img = await page();
    expect(Math.abs(estimateSkew(binarize(img), img.width, img.height))).toBeLessThan(0.1);
    const turned = rotateImage(img, 1.2);
    expect(estimateSkew(binarize(turned), img.width, img.height)).toBeCloseTo(1.2, 1);
  });

  it('gives 5 horizontal and 8 vertical rules forming the 4×7 lattice with its merged cells', async () => {
    const img = await page();
    const ink = binarize(img);
    const rules = findRules(ink, img.width, img.height, { lines: lineMasks(img, ink) });
    const hs = rules.filter((r) => r.axis === 'h'), vs = rules.filter((r) => r.axis === 'v');
    const near = (got: number[], want: number[]) => {
      expect(got).toHaveLength(want.length);
      got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThanOrEqual(2));
    };
    near(hs.map((r) => r.pos), [316, 381, 446, 510, 646]);
    near(vs.map((r) => r.pos), [108, 307, 505, 765, 964, 1162, 1361, 1559]);
    const pt = (v: number) => (v * 72) / DPI;
    const { lattices } = findLattices(rules.map((r) => ({ axis: r.axis, pos: pt(r.pos), from: pt(r.from), to: pt(r.to) })));
    expect(lattices).toHaveLength(1);
    const lattice = lattices[0]!;
    expect([lattice.ys.length - 1, lattice.xs.length - 1, lattice.cells.length]).toEqual([4, 7, 16]);
    const spans = lattice.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([[0, 0, 1, 6], [0, 6, 3, 1], [1, 0, 2, 1], [1, 1, 2, 1], [1, 2, 2, 1], [1, 3, 1, 3]]);

    // text lines per cell once the rules are erased: 机关运行经费预算 / 数 on two lines, empty cells empty
    const clean = eraseRules(ink, img.width, img.height, rules);
    const k = DPI / 72;
    const lines = lattice.cells.map((c) => findTextLines(clean, img.width, img.height, { x0: c.box.x0 * k + 3, y0: c.box.y0 * k + 3, x1: c.box.x1 * k - 3, y1: c.box.y1 * k - 3 }).length);
    expect(lines).toEqual([1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1]);

    // above the table: the title, and 编制单位… | 单位:万元 in two pieces
    const above = findTextLines(clean, img.width, img.height, { x0: 0, y0: 0, x1: img.width, y1: hs[0]!.pos - 5 });
    expect(above.map((l) => splitSegments(clean, img.width, l).length)).toEqual([1, 2]);
  });
});
