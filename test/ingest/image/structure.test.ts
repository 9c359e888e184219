import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { binarize, lineMasks, otsuThreshold, type LineMasks } from '../../../src/ingest/image/binarize.js';
import { decodeImage } from '../../../src/ingest/image/decode.js';
import { estimateSkew, rotateImage } from '../../../src/ingest/image/deskew.js';
import { fromRgba, grayImage, type GrayImage } from '../../../src/ingest/image/raster.js';
import { eraseRules, findRules, type PixelRuling } from '../../../src/ingest/image/rules.js';
import { findTextLines } from '../../../src/ingest/image/text-lines.js';
import { findLattices } from '../../../src/ingest/pdf/lattice.js';
import { glyph, rng, tablePage, textRun, type ScanDefects, type TablePage } from './synthetic.js';

const DPI = 200;

/** Deskewed ink and the rule masks (ink plus faint thin lines), as page-ocr.ts makes them. */
function deskewed(grey: GrayImage): { skew: number; ink: Uint8Array; lines: LineMasks } {
  const skew = estimateSkew(binarize(grey), grey.width, grey.height);
  const straight = rotateImage(grey, -skew);
  const ink = binarize(straight);
  return { skew, ink, lines: lineMasks(straight, ink) };
}

/** Rules of a page taken as it is (no deskew), as page-ocr.ts finds them. */
function rulesOf(grey: GrayImage): PixelRuling[] {
  const ink = binarize(grey);
  return findRules(ink, grey.width, grey.height, { lines: lineMasks(grey, ink) });
}

/** Each drawn rule matched by exactly one found rule at ±3 px, extents within ±6 px. */
function expectRules(found: PixelRuling[], page: TablePage): void {
  const hs = found.filter((r) => r.axis === 'h'), vs = found.filter((r) => r.axis === 'v');
  expect(hs).toHaveLength(page.hRules.length);
  expect(vs).toHaveLength(page.vRules.length);
  for (const [got, want] of [[hs, page.hRules], [vs, page.vRules]] as const) {
    want.forEach((w, i) => {
      const g = got[i]!;
      expect(Math.abs(g.pos - w.pos), `pos ${g.axis} ${w.pos}`).toBeLessThanOrEqual(3);
      expect(Math.abs(g.from - w.from), `from ${g.axis} ${w.pos}`).toBeLessThanOrEqual(6);
      expect(Math.abs(g.to - w.to), `to ${g.axis} ${w.pos}`).toBeLessThanOrEqual(6);
      expect(g.thickness).toBeGreaterThan(1);
      expect(g.thickness).toBeLessThan(7);
    });
  }
}

describe('skew, rules and lattice on a synthetic scanned table (A4, 200 dpi)', () => {
  const defects: ScanDefects = { angle: 1.5, blur: 1, noise: 25, paper: [235, 195] };
  const { grey, page } = tablePage(defects);

  it('estimates the skew within 0.15° and finds every rule at its place after deskew', () => {
    const { skew, ink, lines } = deskewed(grey);
    expect(Math.abs(skew - 1.5)).toBeLessThan(0.15);
    const rules = findRules(ink, grey.width, grey.height, { lines });
    expectRules(rules, page);
  });

  it('gives rulings that findLattices turns into the grid with its merged and divided cells', () => {
    const { ink, lines } = deskewed(grey);
    const toPt = (v: number) => (v * 72) / DPI;
    const rulings = findRules(ink, grey.width, grey.height, { lines }).map((r) => ({ axis: r.axis, pos: toPt(r.pos), from: toPt(r.from), to: toPt(r.to) }));
    const { lattices } = findLattices(rulings);
    expect(lattices).toHaveLength(1);
    const lattice = lattices[0]!;
    expect([lattice.ys.length - 1, lattice.xs.length - 1]).toEqual([6, 5]);
    const spans = lattice.cells.filter((c) => c.rowSpan > 1 || c.colSpan > 1).map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(spans).toEqual([[0, 0, 1, 2], [0, 3, 1, 2], [1, 3, 1, 2], [2, 3, 2, 2], [4, 3, 1, 2]]);
    expect(lattice.cells).toHaveLength(23);
  });

  it('does not report text (a row of 三, a long dash, numbers touching rules) as rules', () => {
    const { ink, lines } = deskewed(grey);
    const rules = findRules(ink, grey.width, grey.height, { lines });
    for (const t of page.texts) {
      const inside = rules.filter((r) => r.axis === 'h'
        ? r.pos > t.y0 + 2 && r.pos < t.y1 - 2 && r.from < t.x1 && r.to > t.x0
        : r.pos > t.x0 + 2 && r.pos < t.x1 - 2 && r.from < t.y1 && r.to > t.y0);
      expect(inside, JSON.stringify(t)).toEqual([]);
    }
  });

  it('does not join the strokes of characters stacked line above line (市 over 市) into a rule', () => {
    const W = 1654, H = 2339, size = 32; // strokes a little longer than the seed length (≈ one character height)
    const canvas = createCanvas(W, H);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = '#000';
    for (let line = 0; line < 10; line++) {
      const y = 300 + line * size * 1.35;
      textRun(ctx, 200, y, size, 1, 2);
      glyph(ctx, 200 + size * 1.1, y, size, 3); // 十: a full-height vertical in the same column on every line
      textRun(ctx, 200 + size * 2.2, y, size, 12, line);
    }
    const grey = fromRgba(ctx.getImageData(0, 0, W, H).data, W, H);
    expect(rulesOf(grey)).toEqual([]);
  });

  it('with a residual skew of 0.3° and no deskew still gives one ruling per line', () => {
    for (const angle of [0.3, -0.28]) {
      const { grey: g, page: p } = tablePage({ angle, ruleWidth: 1, blur: 0.7, noise: 15, seed: 3 });
      const rules = rulesOf(g);
      expect(rules.filter((r) => r.axis === 'h')).toHaveLength(p.hRules.length);
      expect(rules.filter((r) => r.axis === 'v')).toHaveLength(p.vRules.length);
      // the slope follows the tilt (content counter-clockwise = y decreasing with x)
      const h = rules.find((r) => r.axis === 'h')!;
      expect(h.slope).toBeCloseTo(-Math.tan((angle * Math.PI) / 180), 3);
    }
  });

  it('joins rules broken by scan dropouts and keeps 5 px thick rules', () => {
    const broken = tablePage({ angle: -0.7, breaks: 5, noise: 10 });
    const d = deskewed(broken.grey);
    expectRules(findRules(d.ink, 1654, 2339, { lines: d.lines }), broken.page);
    const thick = tablePage({ ruleWidth: 5, noise: 10 });
    expectRules(rulesOf(thick.grey), thick.page);
  });

  it('finds hairlines a scanner washed out to light grey (1 px, blurred), which the text threshold breaks into dashes', () => {
    // a 0.5 pt rule at 200–300 dpi after the scanner's blur: 40–50 grey levels below the paper, lighter than the text
    const { grey: g, page: p } = tablePage({ angle: 1.2, ruleWidth: 1, ruleGrey: 120, blur: 1, noise: 10, paper: [235, 228], seed: 5 });
    const { ink, lines } = deskewed(g);
    const rules = findRules(ink, g.width, g.height, { lines });
    expectRules(rules, p);
    for (const t of p.texts) {
      const inside = rules.filter((r) => r.axis === 'h'
        ? r.pos > t.y0 + 2 && r.pos < t.y1 - 2 && r.from < t.x1 && r.to > t.x0
        : r.pos > t.x0 + 2 && r.pos < t.x1 - 2 && r.from < t.y1 && r.to > t.y0);
      expect(inside, JSON.stringify(t)).toEqual([]);
    }
    const toPt = (v: number) => (v * 72) / DPI;
    const { lattices } = findLattices(rules.map((r) => ({ axis: r.axis, pos: toPt(r.pos), from: toPt(r.from), to: toPt(r.to) })));
    expect(lattices).toHaveLength(1);
    expect(lattices[0]!.cells).toHaveLength(23);
  });

  it('survives JPEG compression, a dark uneven background and a red stamp (via decodeImage)', async () => {
    const { rgba, page: p } = tablePage({ angle: -2, blur: 0.8, noise: 12, paper: [200, 150], stamp: true, seed: 11 });
    const jpeg = await sharp(Buffer.from(rgba.buffer), { raw: { width: p.width, height: p.height, channels: 4 } }).removeAlpha().jpeg({ quality: 45 }).toBuffer();
    const decoded = await decodeImage(jpeg);
    if ('error' in decoded) throw new Error(decoded.error);
    const { skew, ink, lines } = deskewed(decoded.pages[0]!.image);
    expect(Math.abs(skew + 2)).toBeLessThan(0.15);
    expectRules(findRules(ink, p.width, p.height, { lines }), p);
    // the stamp's solid bar (930..1070 × 780..820, away from rules) is gone
    let stampInk = 0;
    for (let y = 785; y < 815; y++) for (let x = 940; x < 1060; x++) stampInk += ink[y * p.width + x]!;
    expect(stampInk).toBeLessThan(30);
  });

  it('erases the rules (in place) but keeps the text of a cell', () => {
    const { ink, lines } = deskewed(grey);
    const rules = findRules(ink, grey.width, grey.height, { lines });
    const clean = eraseRules(ink.slice(), grey.width, grey.height, rules);
    const count = (m: Uint8Array, x0: number, y0: number, x1: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) n += m[y * grey.width + x]!;
      return n;
    };
    // a stretch of rule with no text near it
    expect(count(ink, 1250, 912, 1450, 928)).toBeGreaterThan(400);
    expect(count(clean, 1250, 912, 1450, 928)).toBeLessThan(20);
    // text keeps its ink
    const [l1] = page.twoLines;
    expect(count(clean, l1!.x0, l1!.y0, l1!.x1, l1!.y1)).toBeGreaterThan(0.9 * count(ink, l1!.x0, l1!.y0, l1!.x1, l1!.y1));
    const copy = ink.slice();
    expect(eraseRules(copy, grey.width, grey.height, rules)).toBe(copy);
    expect(Buffer.compare(copy, clean)).toBe(0);
    // lines of the text touching the rule above it are still found, without the rule
    const cell = findTextLines(clean, grey.width, grey.height, { x0: 1152, y0: 422, x1: 1498, y1: 518 });
    expect(cell).toHaveLength(1);
    expect(cell[0]!.y1 - cell[0]!.y0).toBeGreaterThan(24);
    expect(cell[0]!.y1 - cell[0]!.y0).toBeLessThan(33);
  });
});

describe('binarize', () => {
  it('gives (almost) no ink on flat noisy or grey paper, and none on a blank page', () => {
    const rand = rng(5);
    const noisy = grayImage(800, 600);
    for (let i = 0; i < noisy.data.length; i++) noisy.data[i] = 200 + (rand() * 2 - 1) * 30;
    const ink = binarize(noisy);
    expect(ink.reduce((a, v) => a + v, 0)).toBeLessThan(0.0005 * ink.length);
    expect(binarize(grayImage(300, 200)).every((v) => v === 0)).toBe(true);
  });

  it('keeps a faint thin line and text on a shaded cell, and leaves the shading as paper', () => {
    const img = grayImage(600, 400, 245);
    for (let y = 100; y < 300; y++) for (let x = 300; x < 600; x++) img.data[y * 600 + x] = 195; // shaded cell
    for (let x = 20; x < 580; x++) img.data[50 * 600 + x] = 160; // faint 1 px rule
    for (let y = 180; y < 200; y++) for (let x = 350; x < 356; x++) img.data[y * 600 + x] = 40; // stroke on the shading
    for (let c = 0; c < 12; c++) { // a line of text on the paper
      for (let y = 330; y < 350; y++) for (let x = 30 + c * 24; x < 33 + c * 24; x++) img.data[y * 600 + x] = 30;
      for (let x = 30 + c * 24; x < 48 + c * 24; x++) img.data[340 * 600 + x] = 30;
    }
    const ink = binarize(img);
    let line = 0;
    for (let x = 20; x < 580; x++) line += ink[50 * 600 + x]!;
    expect(line).toBeGreaterThan(0.95 * 560);
    expect(ink[190 * 600 + 352]).toBe(1);
    let shade = 0;
    for (let y = 110; y < 290; y++) for (let x = 400; x < 590; x++) shade += ink[y * 600 + x]!;
    expect(shade).toBe(0);
  });

  it('exports Otsu: the threshold separates two grey levels', () => {
    const data = new Uint8Array(1000);
    data.fill(30, 0, 300);
    data.fill(220, 300);
    const t = otsuThreshold(data);
    expect(t).toBeGreaterThan(30);
    expect(t).toBeLessThanOrEqual(220);
  });
});

describe('estimateSkew / rotateImage', () => {
  it('measures skews across the ±5° range within 0.15°, and 0 for an empty page', () => {
    for (const angle of [-4.2, -0.6, 0, 2.7]) {
      const { grey } = tablePage({ angle, noise: 10, seed: 9 });
      expect(Math.abs(estimateSkew(binarize(grey), grey.width, grey.height) - angle), `angle ${angle}`).toBeLessThan(0.15);
    }
    expect(estimateSkew(new Uint8Array(100 * 80), 100, 80)).toBe(0);
  });

  it('rotates counter-clockwise on screen, keeps the size and fills with white', () => {
    const img = grayImage(201, 101);
    for (let x = 20; x < 181; x++) img.data[50 * 201 + x] = 0; // horizontal line through the centre
    const out = rotateImage(img, 10);
    expect([out.width, out.height]).toEqual([201, 101]);
    // right end rises: at x = 170 the line is about tan(10°)·70 ≈ 12 px above the centre row
    let darkest = 0;
    for (let y = 0; y < 101; y++) if (out.data[y * 201 + 170]! < out.data[darkest * 201 + 170]!) darkest = y;
    expect(Math.abs(darkest - (50 - 12))).toBeLessThanOrEqual(1);
    expect(out.data[0]).toBe(255);
  });
});
