/**
 * The comparator glyph classifier on short lines rendered in 14 faces (Noto Sans/Serif
 * CJK regular and bold as 黑体/宋体 stand-ins, DejaVu, Liberation, DejaVu Math, OpenSymbol)
 * at the em sizes of 10 pt text at 150/200/300 DPI, each degraded by the scan variants of
 * degrade.ts. Positives: ≥ ≤ > < = and ＞ ＜ ＝ ≧ ≦ ⩾ ⩽ wherever a face has them.
 * Negatives: digits, %, signs, brackets and the CJK characters tesseract reads a
 * comparator as (一 二 之 么 和 委 衬 冬 …). The renders are committed
 * (scripts/dev/render-ocr-fixtures.ts); nothing is rendered here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { grayImage, type GrayImage } from '../../src/ingest/image/raster.js';
import { classifyLeadingGlyph, COMPARATOR_MIN_SCORE } from '../../src/ocr/comparator.js';
import { rng, VARIANTS } from './degrade.js';

const DIR = join(import.meta.dirname, '../fixtures/ocr/comparator');

interface Sample {
  symbol: string | null;
  char: string;
  font: string;
  px: number;
  img: GrayImage;
}

async function loadAtlas(): Promise<Sample[]> {
  const index = JSON.parse(readFileSync(join(DIR, 'glyphs.json'), 'utf8')) as {
    fonts: string[];
    samples: [string | null, string, number, number, number, number, number, number][];
  };
  const { data, info } = await sharp(join(DIR, 'glyphs.png')).greyscale().raw().toBuffer({ resolveWithObject: true });
  return index.samples.map(([symbol, char, font, px, x, y, w, h]) => {
    const img = grayImage(w, h);
    for (let r = 0; r < h; r++) img.data.set(data.subarray((y + r) * info.width + x, (y + r) * info.width + x + w), r * w);
    return { symbol, char, font: index.fonts[font]!, px, img };
  });
}

/**
 * ± is two strokes over a bar; when a 150 DPI scan loses the cross's stem it is an '='
 * (once in the whole run). tesseract reads ± itself, and repairComparator leaves a
 * read '±' alone, so these are counted apart.
 */
const TOLERATED = new Set(['±']);

interface Tally {
  pos: number;
  hit: number;
  neg: number;
  falsePositives: string[];
  tolerated: string[];
  misses: string[];
  ms: number;
  n: number;
}

const tallies = new Map<string, Tally>();

beforeAll(async () => {
  const samples = await loadAtlas();
  const rand = rng(20251122);
  for (const v of VARIANTS) {
    const t: Tally = { pos: 0, hit: 0, neg: 0, falsePositives: [], tolerated: [], misses: [], ms: 0, n: 0 };
    for (const s of samples) {
      if (s.px < v.minPx) continue;
      const img = v.apply(s.img, rand);
      const t0 = performance.now();
      const verdict = classifyLeadingGlyph(img);
      t.ms += performance.now() - t0;
      t.n++;
      const tag = `${s.char} ${s.font} ${s.px}px → ${verdict.symbol ?? 'null'} ${verdict.score.toFixed(2)}`;
      if (s.symbol) {
        t.pos++;
        if (verdict.symbol === s.symbol) t.hit++;
        else t.misses.push(tag);
      } else {
        t.neg++;
        if (verdict.symbol) (TOLERATED.has(s.char) ? t.tolerated : t.falsePositives).push(tag);
      }
    }
    tallies.set(v.name, t);
  }
}, 120_000);

describe('classifyLeadingGlyph on rendered glyphs', () => {
  it('has positives and negatives in every face and size', () => {
    const clean = tallies.get('clean')!;
    expect(clean.pos).toBeGreaterThan(300);
    expect(clean.neg).toBeGreaterThan(1000);
  });

  it.each(VARIANTS.map((v) => v.name))('%s: no negative is called a comparator, ≥ 92% of positives right', (name) => {
    const t = tallies.get(name)!;
    expect(t.falsePositives, 'false comparators').toEqual([]);
    expect(t.hit / t.pos, `accuracy ${t.hit}/${t.pos}; misses:\n${t.misses.join('\n')}`).toBeGreaterThanOrEqual(0.92);
  });

  it('calls ± a comparator at most twice over all variants', () => {
    const all = [...tallies.values()].flatMap((t) => t.tolerated);
    expect(all.length, all.join('\n')).toBeLessThanOrEqual(2);
  });

  it('reads clean renders (all faces, 150–300 DPI) right', () => {
    const t = tallies.get('clean')!;
    expect(t.misses).toEqual([]);
  });

  it('is right on ≥ 95% of positives over all variants', () => {
    let pos = 0, hit = 0;
    for (const t of tallies.values()) {
      pos += t.pos;
      hit += t.hit;
    }
    expect(hit / pos, `accuracy ${hit}/${pos}`).toBeGreaterThanOrEqual(0.95);
  });

  it('takes well under a millisecond a line', () => {
    let ms = 0, n = 0;
    for (const t of tallies.values()) {
      ms += t.ms;
      n += t.n;
    }
    expect(ms / n).toBeLessThan(2);
  });
});

describe('classifyLeadingGlyph edge cases', () => {
  it('gives null on a blank or flat image', () => {
    expect(classifyLeadingGlyph(grayImage(60, 24)).symbol).toBeNull();
    expect(classifyLeadingGlyph(grayImage(60, 24, 128)).symbol).toBeNull();
    expect(classifyLeadingGlyph(grayImage(0, 0)).symbol).toBeNull();
  });

  it('gives null on scattered specks', () => {
    const img = grayImage(80, 30);
    const rand = rng(3);
    for (let i = 0; i < 12; i++) img.data[Math.floor(rand() * img.data.length)] = 0;
    expect(classifyLeadingGlyph(img).symbol).toBeNull();
  });

  it('skips the remnant of a cell rule crossing the crop', () => {
    const sample = drawEquals(grayImage(60, 30), 12);
    for (let y = 0; y < 30; y++) sample.data[y * 60 + 1] = 0;
    expect(classifyLeadingGlyph(sample)).toMatchObject({ symbol: '=' });
  });

  it('scores a verdict at COMPARATOR_MIN_SCORE at least', () => {
    const v = classifyLeadingGlyph(drawEquals(grayImage(60, 30), 12));
    expect(v.symbol).toBe('=');
    expect(v.score).toBeGreaterThanOrEqual(COMPARATOR_MIN_SCORE);
  });
});

/** '=' drawn at x0 with two 2-px bars 14 px long, followed by a '1' to give the line its height */
function drawEquals(img: GrayImage, x0: number): GrayImage {
  const bar = (y: number): void => {
    for (let yy = y; yy < y + 2; yy++) for (let x = x0; x < x0 + 14; x++) img.data[yy * img.width + x] = 0;
  };
  bar(11);
  bar(17);
  for (let y = 5; y < 25; y++) for (let x = x0 + 20; x < x0 + 23; x++) img.data[y * img.width + x] = 0;
  return img;
}
