/** The OCR worker pool: sizing, sharing, recycling, and a bad page that does not stop it. */
import { afterAll, describe, expect, it } from 'vitest';
import { grayImage } from '../../../src/ingest/image/raster.js';
import { OcrPool, poolSize } from '../../../src/ocr/pool.js';

describe('poolSize', () => {
  it('is bounded by cores and by the memory budget', () => {
    expect(poolSize('tesseract', 2, 24 * 1024)).toBe(2);
    expect(poolSize('tesseract', 64, 24 * 1024)).toBeLessThan(64);
    expect(poolSize('paddle', 8, 1024)).toBe(1);
    expect(poolSize('paddle', 1, 64 * 1024)).toBe(1);
  });
});

/** A white page with one black bar: structure stages run, no text is found. */
function page() {
  const img = grayImage(400, 300);
  for (let y = 100; y < 104; y++) img.data.fill(0, y * 400 + 20, y * 400 + 380);
  return img;
}

describe('OcrPool', () => {
  const pool = new OcrPool({ engine: 'paddle', size: 2, pagesPerWorker: 2 });
  afterAll(() => pool.close());

  it('reads pages in parallel and keeps going after recycling workers', async () => {
    const reads = await Promise.all(Array.from({ length: 5 }, () => pool.read(page(), 150)));
    expect(reads).toHaveLength(5);
    for (const read of reads) {
      expect(read.runs).toEqual([]);
      expect(read.widthPt).toBeCloseTo(400 * 72 / 150, 1);
    }
    // 5 pages, 2 pages per worker: at least three workers were started
    expect(pool.workersStarted).toBeGreaterThanOrEqual(3);
  });

  it('a page that fails rejects alone; the next page is read', async () => {
    const bad = { width: 100, height: 100, data: new Uint8Array(10) };
    await expect(pool.read(bad, 150)).rejects.toThrow();
    await expect(pool.read(page(), 150)).resolves.toMatchObject({ runs: [] });
  });

  it('refuses work once closed', async () => {
    const closed = new OcrPool({ engine: 'paddle', size: 1 });
    await closed.close();
    await expect(closed.read(page(), 150)).rejects.toThrow(/closed/);
  });
});
