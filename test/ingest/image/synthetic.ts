/**
 * Synthetic scanned pages for the image-stage tests, drawn with @napi-rs/canvas using
 * rectangles only (no fonts: CI may have none). "Characters" are square blobs built from
 * strokes like 三, 川, 口, 十, so they have the inner gaps real glyphs have. The scan
 * defects are applied deterministically: rotation, blur, grey and uneven paper, noise and
 * an optional red stamp ring.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { fromRgba, type GrayImage, type PixelBox } from '../../../src/ingest/image/raster.js';
import { seededRandom } from '../../support/seeded-random.js';

export const rng = seededRandom;

type Ctx = SKRSContext2D;

/** One fake CJK character of size `s` at (x, y) (top-left), shape chosen by `kind`. */
export function glyph(ctx: Ctx, x: number, y: number, s: number, kind: number): void {
  const t = Math.max(2, Math.round(s / 9));
  switch (kind % 5) {
    case 0: // 三
      for (const f of [0.08, 0.45, 0.86]) ctx.fillRect(x + s * 0.05, y + s * f, s * 0.9, t);
      break;
    case 1: // 川
      for (const f of [0.1, 0.45, 0.8]) ctx.fillRect(x + s * f, y + s * 0.02, t, s * 0.96);
      break;
    case 2: // 口
      ctx.fillRect(x + s * 0.1, y + s * 0.1, s * 0.8, t);
      ctx.fillRect(x + s * 0.1, y + s * 0.9 - t, s * 0.8, t);
      ctx.fillRect(x + s * 0.1, y + s * 0.1, t, s * 0.8);
      ctx.fillRect(x + s * 0.9 - t, y + s * 0.1, t, s * 0.8);
      break;
    case 3: // 十
      ctx.fillRect(x + s * 0.05, y + s * 0.45, s * 0.9, t);
      ctx.fillRect(x + s * 0.45, y + s * 0.02, t, s * 0.96);
      break;
    default: // 日-like with a tail
      ctx.fillRect(x + s * 0.2, y + s * 0.05, t, s * 0.9);
      ctx.fillRect(x + s * 0.8 - t, y + s * 0.05, t, s * 0.9);
      for (const f of [0.05, 0.48, 0.9]) ctx.fillRect(x + s * 0.2, y + s * f - t / 2, s * 0.6, t);
  }
}

/** A run of `n` fake characters, advancing by 1.1 × size. Returns its box. */
export function textRun(ctx: Ctx, x: number, y: number, s: number, n: number, seed = 1): PixelBox {
  for (let i = 0; i < n; i++) glyph(ctx, x + i * s * 1.1, y, s, (i * 7 + seed) % 5);
  return { x0: x, y0: y, x1: x + (n - 1) * s * 1.1 + s, y1: y + s };
}

export interface TablePage {
  width: number;
  height: number;
  /** ruling positions as drawn (before rotation), pixels */
  hRules: { pos: number; from: number; to: number }[];
  vRules: { pos: number; from: number; to: number }[];
  xs: number[];
  ys: number[];
  /** inside of the two-line cell and the boxes of its lines */
  twoLineCell: PixelBox;
  twoLines: PixelBox[];
  /** the paragraph line with a wide gap, and its two parts */
  gapLine: PixelBox;
  gapParts: PixelBox[];
  /** text runs drawn inside cells (must not become rules) */
  texts: PixelBox[];
}

export interface ScanDefects {
  /** content rotation, degrees counter-clockwise on screen */
  angle?: number;
  blur?: number;
  /** noise amplitude (uniform ±) */
  noise?: number;
  /** paper grey at the left and the right edge (uneven lighting) */
  paper?: [number, number];
  /** draw a red stamp ring over the table */
  stamp?: boolean;
  /** rule thickness in pixels (default 3) */
  ruleWidth?: number;
  /** grey level the rules are drawn in (default 0, black like the text): light grey for hairlines a scanner washes out */
  ruleGrey?: number;
  /** white breaks of this many pixels cut into the rules every 137 px (scan dropouts) */
  breaks?: number;
  seed?: number;
}

/**
 * An A4 page at 200 dpi with a title, a paragraph line with a wide gap, and a ruled table
 * of 6 rows × 4 columns in which row 0 columns 0–1 and rows 2–3 of column 3 are merged,
 * and the last, lower row of column 3 is divided by a short rule (so the lattice has 5
 * columns, column 3–4 merged in every other row).
 */
export function tablePage(defects: ScanDefects = {}): { rgba: Uint8ClampedArray; grey: GrayImage; page: TablePage } {
  const width = 1654, height = 2339, s = 28, lw = defects.ruleWidth ?? 3;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate((-(defects.angle ?? 0) * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  if (defects.blur) ctx.filter = `blur(${defects.blur}px)`;
  ctx.fillStyle = '#000';

  textRun(ctx, 600, 250, 40, 10, 3); // title
  const left = textRun(ctx, 160, 340, s, 8, 2);
  const right = textRun(ctx, 1300, 340, s, 5, 4);
  const gapLine = { x0: left.x0, y0: 340, x1: right.x1, y1: 340 + s };

  const xs = [150, 450, 800, 1150, 1500];
  const ys = [420, 520, 620, 720, 820, 920, 990];
  const hRules: TablePage['hRules'] = [];
  const vRules: TablePage['vRules'] = [];
  const rg = defects.ruleGrey ?? 0;
  ctx.fillStyle = `rgb(${rg}, ${rg}, ${rg})`;
  for (let r = 0; r < ys.length; r++) {
    // rows 2 and 3 of column 3 are one cell: the rule between them stops at column 3
    const to = r === 3 ? xs[3]! : xs[4]!;
    ctx.fillRect(xs[0]!, ys[r]! - lw / 2, to - xs[0]! + lw / 2, lw);
    hRules.push({ pos: ys[r]!, from: xs[0]!, to });
  }
  for (let c = 0; c < xs.length; c++) {
    // row 0 columns 0 and 1 are one cell: the rule between them starts at row 1
    const from = c === 1 ? ys[1]! : ys[0]!;
    ctx.fillRect(xs[c]! - lw / 2, from - lw / 2, lw, ys[6]! - from + lw);
    vRules.push({ pos: xs[c]!, from, to: ys[6]! });
    if (c === 3) {
      // the last (low) row of column 3 is divided in two: a divider only one row long
      ctx.fillRect(1325 - lw / 2, ys[5]! - lw / 2, lw, ys[6]! - ys[5]! + lw);
      vRules.push({ pos: 1325, from: ys[5]!, to: ys[6]! });
    }
  }
  if (defects.breaks) {
    ctx.fillStyle = '#fff';
    for (const h of hRules) for (let x = h.from + 60; x < h.to - 20; x += 137) ctx.fillRect(x, h.pos - lw, defects.breaks, 2 * lw);
    for (const v of vRules) for (let y = v.from + 40; y < v.to - 20; y += 137) ctx.fillRect(v.pos - lw, y, 2 * lw, defects.breaks);
  }
  ctx.fillStyle = '#000';
  const texts: PixelBox[] = [];
  // header texts, one touching the rule above it
  texts.push(textRun(ctx, 230, ys[0]! + 35, s, 6, 1));
  texts.push(textRun(ctx, 850, ys[0]! + 35, s, 5, 2));
  texts.push(textRun(ctx, 1200, ys[0]! + lw / 2, s, 4, 3));
  // a two-line cell
  const l1 = textRun(ctx, 180, ys[1]! + 14, s, 8, 1);
  const l2 = textRun(ctx, 180, ys[1]! + 14 + s + 12, s, 3, 2);
  texts.push(l1, l2);
  // a row of 三 only, and long flat strokes like a dash (not rules)
  for (let i = 0; i < 6; i++) glyph(ctx, 480 + i * s * 1.1, ys[1]! + 30, s, 0);
  texts.push({ x0: 480, y0: ys[1]! + 30, x1: 480 + 5 * s * 1.1 + s, y1: ys[1]! + 30 + s });
  ctx.fillRect(900, ys[1]! + 48, 120, 3);
  texts.push({ x0: 900, y0: ys[1]! + 48, x1: 1020, y1: ys[1]! + 51 });
  // numbers touching the right rule of their cell
  for (let r = 2; r < 6; r++) texts.push(textRun(ctx, xs[2]! - lw / 2 - 4.3 * s * 0.66, ys[r]! + 35, s * 0.66, 4, r));
  texts.push(textRun(ctx, 1200, ys[2]! + 80, s, 5, 4));
  ctx.restore();

  if (defects.stamp) {
    ctx.strokeStyle = 'rgb(225, 60, 60)';
    ctx.lineWidth = 7;
    ctx.beginPath();
    ctx.arc(1000, 800, 140, 0, Math.PI * 2);
    ctx.stroke();
    ctx.fillStyle = 'rgb(225, 60, 60)';
    ctx.fillRect(930, 780, 140, 40);
  }

  const rgba = ctx.getImageData(0, 0, width, height).data;
  const rand = rng(defects.seed ?? 7);
  const [pl, pr] = defects.paper ?? [255, 255];
  const noise = defects.noise ?? 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const paper = pl + ((pr - pl) * x) / width;
      const n = noise ? (rand() * 2 - 1) * noise : 0;
      for (let k = 0; k < 3; k++) rgba[i + k] = Math.max(0, Math.min(255, (rgba[i + k]! * paper) / 255 + n));
    }
  }
  const grey = fromRgba(rgba, width, height);
  return {
    rgba,
    grey,
    page: {
      width, height, hRules, vRules, xs, ys,
      twoLineCell: { x0: xs[0]! + 6, y0: ys[1]! + 6, x1: xs[1]! - 6, y1: ys[2]! - 6 },
      twoLines: [l1, l2],
      gapLine,
      gapParts: [left, right],
      texts,
    },
  };
}
