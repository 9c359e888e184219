/**
 * Deterministic scan degradations for the OCR tests: grey paper and ink, sensor noise,
 * salt and pepper, blur, skew, down-sampling (a lower DPI). Pure TypeScript, seeded.
 */
import type { GrayImage } from '../../src/ingest/image/raster.js';
import { seededRandom } from '../support/seeded-random.js';

export const rng = seededRandom;

export function pad(img: GrayImage, p: number): GrayImage {
  const width = img.width + 2 * p, height = img.height + 2 * p;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width, (y + 1) * img.width), (y + p) * width + p);
  return { width, height, data };
}

export function blur(img: GrayImage, sigma: number): GrayImage {
  const r = Math.ceil(sigma * 3), k: number[] = [];
  for (let i = -r; i <= r; i++) k.push(Math.exp(-(i * i) / (2 * sigma * sigma)));
  const ks = k.reduce((a, b) => a + b, 0);
  const { width: w, height: h } = img, tmp = new Float32Array(w * h), data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += k[i + r]! * img.data[y * w + Math.min(w - 1, Math.max(0, x + i))]!;
      tmp[y * w + x] = s / ks;
    }
  }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0;
      for (let i = -r; i <= r; i++) s += k[i + r]! * tmp[Math.min(h - 1, Math.max(0, y + i)) * w + x]!;
      data[y * w + x] = Math.round(s / ks);
    }
  }
  return { width: w, height: h, data };
}

/** Rotation about the centre by `deg` degrees, bilinear, white outside. */
export function rotate(img: GrayImage, deg: number): GrayImage {
  const { width: w, height: h } = img, data = new Uint8Array(w * h);
  const c = Math.cos((deg * Math.PI) / 180), s = Math.sin((deg * Math.PI) / 180), cx = w / 2, cy = h / 2;
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= w || y >= h ? 255 : img.data[y * w + x]!);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = c * (x - cx) + s * (y - cy) + cx, sy = -s * (x - cx) + c * (y - cy) + cy;
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      data[y * w + x] = Math.round(
        (1 - fy) * ((1 - fx) * at(x0, y0) + fx * at(x0 + 1, y0)) + fy * ((1 - fx) * at(x0, y0 + 1) + fx * at(x0 + 1, y0 + 1)),
      );
    }
  }
  return { width: w, height: h, data };
}

/** Down-sampling by f < 1 with a box filter, as a scanner at a lower DPI. */
export function scale(img: GrayImage, f: number): GrayImage {
  const w = Math.max(1, Math.round(img.width * f)), h = Math.max(1, Math.round(img.height * f)), data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let s = 0, n = 0;
      for (let yy = Math.floor(y / f); yy < Math.min(img.height, Math.ceil((y + 1) / f)); yy++) {
        for (let xx = Math.floor(x / f); xx < Math.min(img.width, Math.ceil((x + 1) / f)); xx++) {
          s += img.data[yy * img.width + xx]!;
          n++;
        }
      }
      data[y * w + x] = n ? Math.round(s / n) : 255;
    }
  }
  return { width: w, height: h, data };
}

/** Grey paper (235) and ink (40), Gaussian sensor noise of `sigma`, salt and pepper at rate `salt`. */
export function noise(img: GrayImage, sigma: number, salt: number, rand: () => number): GrayImage {
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) {
    let v = 40 + (img.data[i]! / 255) * 195;
    v += sigma * Math.sqrt(-2 * Math.log(Math.max(1e-9, rand()))) * Math.cos(2 * Math.PI * rand());
    const r = rand();
    if (r < salt / 2) v = 20;
    else if (r < salt) v = 250;
    data[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  return { width: img.width, height: img.height, data };
}

/** A table cell's left and bottom rules around the line, 2 px thick, 3 px off the ink box. */
export function ruled(img: GrayImage): GrayImage {
  const out = pad(img, 3);
  for (let y = 0; y < out.height; y++) out.data[y * out.width] = out.data[y * out.width + 1] = 20;
  out.data.fill(20, (out.height - 2) * out.width);
  return out;
}

export interface Variant {
  name: string;
  apply: (img: GrayImage, rand: () => number) => GrayImage;
  /** applies to renders of at least this em size in px (down-sampling 21 px text would fall below 150 DPI) */
  minPx: number;
}

/** 21/28/42 px em = 10 pt at 150/200/300 DPI */
export const VARIANTS: Variant[] = [
  { name: 'clean', apply: (i) => i, minPx: 0 },
  { name: 'blur 0.6', apply: (i) => blur(i, 0.6), minPx: 0 },
  { name: 'blur 1.0', apply: (i) => blur(i, 1.0), minPx: 28 },
  { name: 'skew +1°', apply: (i) => rotate(pad(i, 2), 1), minPx: 0 },
  { name: 'skew -1°', apply: (i) => rotate(pad(i, 2), -1), minPx: 0 },
  { name: 'noise', apply: (i, r) => noise(i, 15, 0.005, r), minPx: 0 },
  { name: 'scan', apply: (i, r) => noise(blur(rotate(pad(i, 2), 0.8), 0.6), 12, 0.003, r), minPx: 0 },
  { name: 'down 0.75', apply: (i) => scale(i, 0.75), minPx: 28 },
  { name: 'cell rules', apply: (i, r) => noise(ruled(i), 8, 0, r), minPx: 0 },
  { name: 'scan at 150 dpi', apply: (i, r) => noise(blur(scale(rotate(pad(i, 2), -0.8), 0.75), 0.5), 10, 0.003, r), minPx: 28 },
];
