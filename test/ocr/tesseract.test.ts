/**
 * The tesseract.js engine on committed table-cell lines (rendered once by
 * scripts/dev/render-ocr-fixtures.ts: Noto Serif CJK at 300 DPI, Noto Sans CJK at 200
 * DPI), offline, one worker for the file; plus the pure text repairs.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grayImage, type GrayImage } from '../../src/ingest/image/raster.js';
import type { GlyphVerdict } from '../../src/ocr/comparator.js';
import type { OcrEngine } from '../../src/ocr/engine.js';
import { tidyRead, COMPARATOR_FIX, createTesseractEngine, isBlank, repairComparator, toPgm } from '../../src/ocr/tesseract.js';

const DIR = join(import.meta.dirname, '../fixtures/ocr/tesseract');

async function load(name: string): Promise<GrayImage> {
  const { data, info } = await sharp(join(DIR, `${name}.png`)).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

describe('tesseract engine', () => {
  let engine: OcrEngine;
  const lines = new Map<string, GrayImage>();

  beforeAll(async () => {
    engine = await createTesseractEngine({ threads: 1 });
    for (const f of readdirSync(DIR)) if (f.endsWith('.png')) lines.set(f.slice(0, -4), await load(f.slice(0, -4)));
  }, 60_000);

  afterAll(async () => {
    await engine?.close();
  });

  it('is named tesseract', () => {
    expect(engine.name).toBe('tesseract');
  });

  it('reads ≥ and ≤ lines with the right symbol and flags the repair', async () => {
    const [ge, le, ge1] = await engine.readLines([lines.get('ge-95pct')!, lines.get('le-734wanyuan')!, lines.get('ge-1ci-sans')!]);
    expect(ge!.text).toMatch(/^≥95/);
    expect(ge!.fixes).toEqual([COMPARATOR_FIX]);
    expect(le!.text).toMatch(/^≤734万元/);
    expect(le!.fixes).toEqual([COMPARATOR_FIX]);
    expect(ge1!.text).toMatch(/^≥1/);
    expect(ge1!.fixes).toEqual([COMPARATOR_FIX]);
  });

  it('reads plain lines without repairs, in input order, blank in between', async () => {
    const names = ['100pct', 'date', 'blank', 'wenbu-tisheng', 'qunzhong-manyidu'];
    const reads = await engine.readLines(names.map((n) => (n === 'blank' ? grayImage(120, 40) : lines.get(n)!)));
    expect(reads.map((r) => r.text)).toEqual([expect.stringMatching(/^100%/), '2025年12月31日', '', '稳步提升', '群众满意度']);
    for (const r of reads) {
      expect(r.fixes).toEqual([]);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
    expect(reads[3]!.confidence).toBeGreaterThan(0.8);
  });

  it('reads a blank image as empty with confidence 1', async () => {
    const speckled = grayImage(100, 30, 250);
    speckled.data[500] = 0;
    const reads = await engine.readLines([grayImage(100, 30), speckled, grayImage(0, 0)]);
    expect(reads).toEqual([0, 1, 2].map(() => ({ text: '', confidence: 1, fixes: [] })));
  });

  it('reads nothing for no lines', async () => {
    expect(await engine.readLines([])).toEqual([]);
  });

  it('serves overlapping calls one after the other', async () => {
    const [a, b] = await Promise.all([engine.readLines([lines.get('wenbu-tisheng')!]), engine.readLines([lines.get('date')!])]);
    expect(a![0]!.text).toBe('稳步提升');
    expect(b![0]!.text).toBe('2025年12月31日');
  });

  it('rejects reads after close', async () => {
    const other = await createTesseractEngine({ threads: 1 });
    await other.close();
    await expect(other.readLines([lines.get('date')!])).rejects.toThrow(/closed/);
    await other.close();
  }, 60_000);
});

describe('repairComparator', () => {
  const ge: GlyphVerdict = { symbol: '≥', score: 0.9 };
  const le: GlyphVerdict = { symbol: '≤', score: 0.9 };
  const eq: GlyphVerdict = { symbol: '=', score: 0.9 };

  const repaired: [string, GlyphVerdict, string][] = [
    ['之9500', ge, '≥9500'],
    ['之 90%', ge, '≥ 90%'],
    ['和734万元', le, '≤734万元'],
    ['二95%', ge, '≥95%'],
    ['委5天', le, '≤5天'],
    ['-=5', ge, '≥5'],
    ['>90%', ge, '≥90%'],
    ['＜5%', le, '≤5%'],
    ['=100%', le, '≤100%'],
    ['N', ge, '≥'],
    ['', le, '≤'],
  ];
  it.each(repaired)('%s → %s', (text, verdict, want) => {
    expect(repairComparator(text, verdict)).toBe(want);
  });

  const unchanged: [string, GlyphVerdict, string][] = [
    ['95%', ge, 'starts with a digit'],
    ['', { symbol: null, score: 0 }, 'nothing read, no comparator shape'],
    ['m', { symbol: '≥', score: 0.3 }, 'a letter, weak verdict'],
    ['=100%', eq, 'already right'],
    ['>90%', le, 'directions disagree'],
    ['<5%', ge, 'directions disagree'],
    ['稳步提升', ge, 'no number follows'],
    ['群众满意度95%', ge, 'too long a prefix'],
    ['《规定》1条', { symbol: '<', score: 0.9 }, 'a bracket'],
    ['±5%', eq, 'a read ±'],
    ['之9500', { symbol: '≥', score: 0.3 }, 'weak verdict'],
    ['之9500', { symbol: null, score: 0.3 }, 'no comparator'],
  ];
  it.each(unchanged)('%s stays (%s)', (text, verdict) => {
    expect(repairComparator(text, verdict)).toBeNull();
  });
});

describe('text and image helpers', () => {
  it('folds lines, trims, and removes spaces between CJK characters only', () => {
    expect(tidyRead(' 稳步 提升\n')).toBe('稳步提升');
    expect(tidyRead('2025 年 12 月')).toBe('2025 年 12 月');
    expect(tidyRead('群众 满意度\n95 %\n')).toBe('群众满意度 95 %');
    expect(tidyRead('（ 万元 ）')).toBe('（万元）');
  });

  it('encodes binary PGM', () => {
    const pgm = toPgm({ width: 3, height: 2, data: Uint8Array.from([0, 1, 2, 3, 4, 255]) });
    expect(pgm.subarray(0, 11).toString('latin1')).toBe('P5\n3 2\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 1, 2, 3, 4, 255]);
  });

  it('tells blank images', () => {
    expect(isBlank(grayImage(10, 10))).toBe(true);
    expect(isBlank(grayImage(10, 10, 90))).toBe(true);
    const ink = grayImage(10, 10);
    ink.data.fill(0, 20, 30);
    expect(isBlank(ink)).toBe(false);
  });
});
