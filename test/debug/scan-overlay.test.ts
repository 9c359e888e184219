/**
 * `extract --debug` on a scan: page 1 of a 300 dpi TIFF gets an overlay of the image's own size
 * (pixels: the image frame), and the rulings found and drawn lie on ink of the page. The page
 * is turned back by the skew the ocr:page diagnostic reports first, since rules and cells are
 * those of the deskewed page (scan-layout.ts).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { DebugRecorder } from '../../src/debug/sink.js';
import { startDebug } from '../../src/debug/write.js';
import { rotateImage } from '../../src/ingest/image/deskew.js';
import type { GrayImage } from '../../src/ingest/image/raster.js';
import { closeSharedPools } from '../../src/ocr/pool.js';
import { DEFAULT_OPTIONS, processFile } from '../../src/pipeline.js';

const SCAN = 'samples/scan/dachang-politics-law-2023-self-evaluation-cells-scan.tif';

async function grey(path: string): Promise<GrayImage> {
  const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) };
}

/** Ink within `d` pixels across the line at (x, y). The scan's rules are grey (about 130–150 on paper at 235), lighter still once the page is turned. */
function inkNear(img: GrayImage, x: number, y: number, axis: 'h' | 'v', d: number): boolean {
  for (let k = -d; k <= d; k++) {
    const px = Math.round(axis === 'v' ? x + k : x), py = Math.round(axis === 'h' ? y + k : y);
    if (px >= 0 && py >= 0 && px < img.width && py < img.height && img.data[py * img.width + px]! < 200) return true;
  }
  return false;
}

describe('debug overlay of a scanned page', () => {
  afterAll(() => closeSharedPools());

  it('is the image\'s size and draws rulings where the page has rules', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'evaltab-scan-debug-'));
    const png = join(dir, 'page1.png');
    await sharp(SCAN, { page: 0 }).withMetadata({ density: 300 }).png().toFile(png);
    const run = startDebug(join(dir, 'debug'), png);
    const doc = await processFile(png, { ...DEFAULT_OPTIONS, ocrEngine: 'paddle', ocrWorkers: 1, debug: run.sink });
    const index = (await run.finish(doc))!;
    // A4 at 300 dpi, as sharp reports the TIFF's first page
    expect(index.pages.map((p) => [p.page, p.unit, p.scale])).toEqual([[1, 'px', 1]]);
    const overlay = await sharp(join(dir, 'debug', index.pages[0]!.file)).raw().toBuffer({ resolveWithObject: true });
    expect([overlay.info.width, overlay.info.height]).toEqual([2481, 3508]);

    const skew = Number(/skew (-?[\d.]+)°/.exec(doc.diagnostics.find((d) => d.code === 'ocr:page')!.message)![1]);
    const page = await grey(png);
    const straight = Math.abs(skew) >= 0.1 ? rotateImage(page, -skew) : page;
    const rulings = (run.sink as DebugRecorder).pages[0]!.rulings;
    // the page prints two ruled tables (a summary of 11 projects, then a project table): many rules
    expect(rulings.length).toBeGreaterThan(30);
    let samples = 0, onInk = 0, red = 0;
    for (const r of rulings) {
      for (let t = 0.05; t < 1; t += 0.1) {
        const along = r.from + (r.to - r.from) * t;
        const [x, y] = r.axis === 'h' ? [along, r.pos] : [r.pos, along];
        samples++;
        if (inkNear(straight, x, y, r.axis, 3)) onInk++;
        const i = (Math.round(y) * overlay.info.width + Math.round(x)) * overlay.info.channels;
        if (overlay.data[i]! > 220 && overlay.data[i + 1]! < 40 && overlay.data[i + 2]! < 40) red++;
      }
    }
    expect(onInk / samples).toBeGreaterThan(0.95);
    expect(red / samples).toBeGreaterThan(0.95);
  }, 60_000);
});
