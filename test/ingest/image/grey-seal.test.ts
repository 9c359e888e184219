import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { findGreySeals, liftGreySeals } from '../../../src/ingest/image/grey-seal.js';
import { maxFilter, minFilter } from '../../../src/ingest/image/morphology.js';
import { fromRgba, type GrayImage } from '../../../src/ingest/image/raster.js';
import { rng, textRun } from './synthetic.js';

const DPI = 300, W = 1400, H = 1100;
const RING = { cx: 700, cy: 520, r: 260 };

/** A 300-dpi page of dark text rows and a rule; `extra` draws what the test is about over it (multiplied, as ink over ink). */
function page(extra: (ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>) => void, textGrey = '#202020'): GrayImage {
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = textGrey;
  for (let row = 0; row < 8; row++) textRun(ctx, 120, 120 + row * 110, 40, 22, row + 1);
  ctx.fillRect(80, 1040, 1240, 4);
  ctx.globalCompositeOperation = 'multiply';
  extra(ctx);
  return fromRgba(ctx.getImageData(0, 0, W, H).data, W, H);
}

/** A grey seal: ring, star and bold marks between them, as a stamp leaves them. */
function seal(ctx: Parameters<Parameters<typeof page>[0]>[0]): void {
  ctx.strokeStyle = ctx.fillStyle = '#8a8a8a';
  ctx.lineWidth = 11;
  ctx.beginPath();
  ctx.arc(RING.cx, RING.cy, RING.r, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, r = k % 2 === 0 ? 90 : 36;
    ctx.lineTo(RING.cx + r * Math.cos(a), RING.cy + r * Math.sin(a));
  }
  ctx.fill();
  for (let k = 0; k < 6; k++) ctx.fillRect(RING.cx - 170 + k * 60, RING.cy + 140, 34, 12);
}

const at = (img: GrayImage, x: number, y: number) => img.data[y * img.width + x]!;
/** Darkest pixel of a square around (x, y). */
function darkest(img: GrayImage, x: number, y: number, r: number): number {
  let m = 255;
  for (let yy = y - r; yy <= y + r; yy++) for (let xx = x - r; xx <= x + r; xx++) m = Math.min(m, at(img, xx, yy));
  return m;
}

describe('grey seals', () => {
  it('finds a grey seal stamped over text and lifts it, keeping the text under it', () => {
    const img = page(seal);
    const seals = findGreySeals(img, DPI);
    expect(seals?.boxes).toHaveLength(1);
    const box = seals!.boxes[0]!;
    expect(box.x0).toBeLessThan(RING.cx - RING.r);
    expect(box.x1).toBeGreaterThan(RING.cx + RING.r);
    expect(box.y0).toBeLessThan(RING.cy - RING.r);
    expect(box.y1).toBeGreaterThan(RING.cy + RING.r);

    const ink = new Uint8Array(W * H).map((_, i) => (img.data[i]! < 160 ? 1 : 0));
    const lifted = liftGreySeals(img, seals!, ink);
    // the ring between text rows (y = 170 + k·110 is a gap under row k) and the star's inner points
    for (const a of [0.3, 1.2, 2.5, 4.0, 5.3]) {
      const x = Math.round(RING.cx + RING.r * Math.cos(a)), y = Math.round(RING.cy + RING.r * Math.sin(a));
      if ((y - 120) % 110 < 45) continue; // on a text row
      expect(at(img, x, y)).toBeLessThan(160);
      expect(darkest(lifted, x, y, 2)).toBeGreaterThan(230);
      expect(ink[y * W + x]).toBe(0);
    }
    const plain = page(() => {});
    // the ring where it crosses text rows: off the glyphs' strokes it is gone too, next to them
    let crossings = 0;
    for (let a = 0; a < 2 * Math.PI; a += 0.01) {
      const x = Math.round(RING.cx + RING.r * Math.cos(a)), y = Math.round(RING.cy + RING.r * Math.sin(a));
      if ((y - 120) % 110 >= 40 || at(plain, x, y) < 250 || darkest(plain, x, y, 8) > 100) continue;
      crossings++;
      expect(at(lifted, x, y)).toBeGreaterThan(200);
    }
    expect(crossings).toBeGreaterThan(5);
    // the text: every row's strokes keep their dark core, inside the seal and out
    for (let row = 0; row < 8; row++) {
      const y = 120 + row * 110;
      let dark = 0;
      for (let x = 120; x < 1300; x++) for (let yy = y; yy < y + 40; yy++) if (at(lifted, x, yy) < 90) dark++;
      let before = 0;
      for (let x = 120; x < 1300; x++) for (let yy = y; yy < y + 40; yy++) if (at(plain, x, yy) < 90) before++;
      expect(dark / before).toBeGreaterThan(0.85);
    }
  });

  it('finds nothing on a page without a seal, on a faded copy, or in a shaded cell', () => {
    expect(findGreySeals(page(() => {}), DPI)).toBeNull();
    // a faded photocopy: all its ink mid-grey, some bold
    expect(findGreySeals(page((ctx) => { ctx.fillStyle = '#909090'; ctx.fillRect(200, 300, 14, 400); }, '#8c8c8c'), DPI)).toBeNull();
    // a shaded box (solid grey), as large as a seal
    expect(findGreySeals(page((ctx) => { ctx.fillStyle = '#9a9a9a'; ctx.fillRect(500, 300, 400, 400); }), DPI)).toBeNull();
  });

  it('tells a seal from the grey rules that cross it', () => {
    const ruled = page((ctx) => {
      seal(ctx);
      ctx.fillStyle = '#8a8a8a';
      ctx.fillRect(60, RING.cy - 120, 1280, 9);
      ctx.fillRect(RING.cx + 100, 60, 9, 980);
    });
    const box = findGreySeals(ruled, DPI)?.boxes[0];
    expect(box).toBeDefined();
    expect(box!.x0).toBeGreaterThan(RING.cx - RING.r - 60);
    expect(box!.x1).toBeLessThan(RING.cx + RING.r + 60);
  });

  it('leaves a grid of grey rules alone', () => {
    const grid = page((ctx) => {
      ctx.fillStyle = '#8a8a8a';
      for (let k = 0; k < 6; k++) { ctx.fillRect(100, 100 + k * 180, 1200, 10); ctx.fillRect(100 + k * 240, 100, 10, 900); }
    });
    expect(findGreySeals(grid, DPI)).toBeNull();
  });
});

describe('max and min filters', () => {
  const naive = (src: Uint8Array, w: number, h: number, r: number, pick: (a: number, b: number) => number, start: number) => {
    const out = new Uint8Array(src.length);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        let m = start;
        for (let yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) for (let xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) m = pick(m, src[yy * w + xx]!);
        out[y * w + x] = m;
      }
    }
    return out;
  };
  it('equal the square window taken pixel by pixel, at the edges too', () => {
    const random = rng(7);
    for (const [w, h, r] of [[17, 9, 1], [31, 23, 3], [5, 40, 2], [8, 8, 5]] as const) {
      const src = new Uint8Array(w * h).map(() => Math.floor(random() * 256));
      expect(Array.from(maxFilter(src, w, h, r))).toEqual(Array.from(naive(src, w, h, r, Math.max, 0)));
      expect(Array.from(minFilter(src, w, h, r))).toEqual(Array.from(naive(src, w, h, r, Math.min, 255)));
    }
  });
});
