import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { binarize, lineMasks } from '../../../src/ingest/image/binarize.js';
import { fromRgba, type PixelBox } from '../../../src/ingest/image/raster.js';
import { eraseRules, findRules } from '../../../src/ingest/image/rules.js';
import { findTextLines, splitSegments } from '../../../src/ingest/image/text-lines.js';
import { glyph, rng, tablePage, textRun } from './synthetic.js';

type Ctx = ReturnType<ReturnType<typeof createCanvas>['getContext']>;

/** Ink mask of a small drawing (threshold at mid grey; no scan defects). */
function draw(width: number, height: number, paint: (ctx: Ctx) => void): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  paint(ctx);
  const grey = fromRgba(ctx.getImageData(0, 0, width, height).data, width, height);
  return grey.data.map((v) => (v < 128 ? 1 : 0));
}

const all = (w: number, h: number): PixelBox => ({ x0: 0, y0: 0, x1: w, y1: h });

/** Bounding box of all ink inside `area` (the ground truth where `area` holds just one piece of text). */
function inkBox(ink: Uint8Array, width: number, area: PixelBox): PixelBox {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let y = area.y0; y < area.y1; y++) {
    for (let x = area.x0; x < area.x1; x++) {
      if (!ink[y * width + x]) continue;
      box.x0 = Math.min(box.x0, x); box.y0 = Math.min(box.y0, y); box.x1 = Math.max(box.x1, x + 1); box.y1 = Math.max(box.y1, y + 1);
    }
  }
  return box;
}

function expectBox(got: PixelBox | undefined, want: PixelBox, tol = 2): void {
  expect(got).toBeDefined();
  for (const k of ['x0', 'y0', 'x1', 'y1'] as const) expect(Math.abs(got![k] - want[k]), `${k}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`).toBeLessThanOrEqual(tol);
}

describe('findTextLines on the synthetic scanned table (after deskew and eraseRules)', () => {
  const { grey, page } = tablePage({ angle: 0.9, blur: 1, noise: 20, paper: [240, 205], seed: 4 });
  const ink = binarize(grey);
  const rules = findRules(ink, grey.width, grey.height, { lines: lineMasks(grey, ink) });
  eraseRules(ink, grey.width, grey.height, rules);
  // the page is tilted 0.9° here on purpose: lines in small cells barely notice

  it('finds the two lines of a two-line cell, tight', () => {
    const { grey: g, page: p } = tablePage({ blur: 1, noise: 20, seed: 4 });
    const m = binarize(g);
    const clean = eraseRules(m, g.width, g.height, findRules(m, g.width, g.height, { lines: lineMasks(g, m) }));
    const lines = findTextLines(clean, g.width, g.height, p.twoLineCell);
    expect(lines).toHaveLength(2);
    expectBox(lines[0], p.twoLines[0]!);
    expectBox(lines[1], p.twoLines[1]!);
  });

  it('keeps a row of 三 as one line, not three', () => {
    const cell = { x0: page.xs[1]! + 6, y0: page.ys[1]! + 6, x1: page.xs[2]! - 6, y1: page.ys[2]! - 6 };
    expect(findTextLines(ink, grey.width, grey.height, cell)).toHaveLength(1);
  });

  it('finds the title and the paragraph line above the table, and nothing from the erased rules', () => {
    const above = findTextLines(ink, grey.width, grey.height, { x0: 0, y0: 0, x1: grey.width, y1: page.ys[0]! - 25 });
    expect(above).toHaveLength(2);
    expect(above[0]!.y1 - above[0]!.y0).toBeGreaterThan(36); // title, 40 px glyphs
    expect(rules).toHaveLength(13);
    const empty = { x0: page.xs[3]! + 2, y0: page.ys[5]! + 2, x1: page.xs[4]! - 2, y1: page.ys[6]! - 2 };
    expect(findTextLines(ink, grey.width, grey.height, empty)).toEqual([]);
  });
});

describe('findTextLines on drawings', () => {
  it('splits two lines joined by a long descender at the projection valley', () => {
    const ink = draw(400, 120, (ctx) => {
      textRun(ctx, 10, 10, 30, 10, 1);
      textRun(ctx, 10, 52, 30, 10, 2);
      ctx.fillRect(100, 30, 3, 30); // stroke reaching into the next line
    });
    const lines = findTextLines(ink, 400, 120, all(400, 120));
    expect(lines).toHaveLength(2);
    expect(lines[0]!.y0).toBeLessThanOrEqual(12);
    expect(lines[0]!.y1).toBeGreaterThanOrEqual(38);
    expect(lines[0]!.y1).toBeLessThanOrEqual(42);
    expect(lines[1]!.y0).toBeGreaterThanOrEqual(50);
    expect(lines[1]!.y1).toBeGreaterThanOrEqual(80);
  });

  it('ignores specks and keeps the decimal point at the end of a number', () => {
    const rand = rng(2);
    const ink = draw(300, 200, (ctx) => {
      textRun(ctx, 40, 80, 24, 4, 3);
      ctx.fillRect(40 + 3 * 26.4 + 24 + 2, 100, 3, 3); // trailing point
      for (let i = 0; i < 40; i++) ctx.fillRect(Math.floor(rand() * 300), Math.floor(rand() * 200), 1 + Math.floor(rand() * 2), 1 + Math.floor(rand() * 2));
    });
    const lines = findTextLines(ink, 300, 200, all(300, 200));
    expect(lines).toHaveLength(1);
    const text = inkBox(ink, 300, { x0: 38, y0: 78, x1: 40 + 3 * 26.4 + 24 + 6, y1: 106 });
    expect(text.x1).toBeGreaterThan(40 + 3 * 26.4 + 24 + 4); // the point is part of it
    expectBox(lines[0], text, 0);
  });

  it('ignores 3–4 px dirt away from text, so an empty noisy cell has no lines', () => {
    const dirt = (ctx: Ctx) => { for (const [x, y] of [[20, 20], [150, 30], [250, 160], [60, 170]]) ctx.fillRect(x!, y!, 4, 3); };
    expect(findTextLines(draw(300, 200, dirt), 300, 200, all(300, 200))).toEqual([]);
    const ink = draw(300, 200, (ctx) => { dirt(ctx); textRun(ctx, 40, 80, 24, 4, 3); });
    expect(findTextLines(ink, 300, 200, all(300, 200))).toEqual([inkBox(ink, 300, { x0: 30, y0: 70, x1: 200, y1: 120 })]);
  });

  it('returns nothing for an empty or out-of-image region', () => {
    const ink = new Uint8Array(100 * 50);
    expect(findTextLines(ink, 100, 50, all(100, 50))).toEqual([]);
    expect(findTextLines(ink, 100, 50, { x0: 200, y0: 0, x1: 300, y1: 40 })).toEqual([]);
  });
});

describe('splitSegments', () => {
  it('cuts a paragraph line at its wide gap and nowhere else', () => {
    const { grey, page } = tablePage({ noise: 15, blur: 0.8 });
    const ink = binarize(grey);
    const [line] = findTextLines(ink, grey.width, grey.height, { x0: 100, y0: 320, x1: 1550, y1: 390 });
    const parts = splitSegments(ink, grey.width, line!);
    expect(parts).toHaveLength(2);
    const grow = (b: PixelBox) => ({ x0: Math.floor(b.x0) - 4, y0: Math.floor(b.y0) - 4, x1: Math.ceil(b.x1) + 4, y1: Math.ceil(b.y1) + 4 });
    expectBox(parts[0], inkBox(ink, grey.width, grow(page.gapParts[0]!)), 0);
    expectBox(parts[1], inkBox(ink, grey.width, grow(page.gapParts[1]!)), 0);
  });

  it('does not cut inside characters with inner gaps (川 儿) or between characters', () => {
    const ink = draw(500, 60, (ctx) => {
      for (let i = 0; i < 6; i++) glyph(ctx, 10 + i * 33, 10, 30, 1); // 川 川 川 …
      ctx.fillRect(220, 12, 4, 28); ctx.fillRect(240, 12, 4, 28); // 儿-like: two strokes 16 px apart
      textRun(ctx, 262, 10, 30, 3, 2); // 8 px after 儿
    });
    const [line] = findTextLines(ink, 500, 60, all(500, 60));
    expect(splitSegments(ink, 500, line!)).toHaveLength(1);
  });

  it('cuts at gaps wider than gapFactor line heights only', () => {
    const ink = draw(600, 60, (ctx) => {
      textRun(ctx, 10, 10, 30, 3, 1); // ends at 109
      textRun(ctx, 109 + 27, 10, 30, 3, 2); // gap 0.9 h, ends at 235
      textRun(ctx, 235 + 75, 10, 30, 3, 3); // gap 2.5 h
    });
    const [line] = findTextLines(ink, 600, 60, all(600, 60));
    const left = inkBox(ink, 600, { x0: 0, y0: 0, x1: 280, y1: 60 }), right = inkBox(ink, 600, { x0: 280, y0: 0, x1: 600, y1: 60 });
    expect(splitSegments(ink, 600, line!)).toEqual([left, right]);
    expect(splitSegments(ink, 600, line!, 0.5)).toHaveLength(3);
    expect(splitSegments(ink, 600, line!, 3)).toHaveLength(1);
  });
});
