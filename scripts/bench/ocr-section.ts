/**
 * OCR path: seconds per page with one worker, pages per minute with the pool sized to the
 * machine (all cores), the speed-up between the two, and peak memory, per engine — next to
 * the native `tesseract` CLI (Debian tesseract-ocr + tesseract-ocr-chi-sim) reading the same
 * page images, one process per page and one thread, as the baseline ratio. evaltab's figure
 * is the whole pipeline (decode, deskew, rules, cells, OCR, recognition); tesseract's is
 * its own page OCR (PSM 6), so the ratio is what the structure and per-cell reading cost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { decodeImage } from '../../src/ingest/image/decode.js';
import { ENGINE_NAMES } from '../../src/ocr/engine.js';
import { poolSize } from '../../src/ocr/pool.js';
import { fmt } from './measure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const scanDir = fileURLToPath(new URL('../../samples/scan', import.meta.url));
const files = readdirSync(scanDir).filter((f) => /\.(png|jpe?g|tiff?|pdf)$/i.test(f)).sort().map((f) => join(scanDir, f));

function run(engine: string, workers: number): { pages: number; ms: number; peakMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'ocr-run.ts'), engine, String(workers), ...files], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' }, maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Native tesseract on every page image of the image samples (PDF scans are left to evaltab). */
async function nativeTesseract(): Promise<{ pages: number; ms: number } | null> {
  const dir = mkdtempSync(join(tmpdir(), 'evaltab-ocr-bench-'));
  try {
    const pngs: string[] = [];
    for (const f of files.filter((f) => !f.endsWith('.pdf'))) {
      const decoded = await decodeImage(readFileSync(f));
      if ('error' in decoded) continue;
      for (const [i, { image, dpi }] of decoded.pages.entries()) {
        const png = join(dir, `${pngs.length}-${i}.png`);
        writeFileSync(png, await sharp(Buffer.from(image.data), { raw: { width: image.width, height: image.height, channels: 1 } })
          .withMetadata({ density: dpi ?? 150 }).png().toBuffer());
        pngs.push(png);
      }
    }
    const start = performance.now();
    for (const png of pngs) {
      execFileSync('tesseract', [png, '-', '-l', 'chi_sim', '--psm', '6'], { stdio: 'ignore', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    }
    return { pages: pngs.length, ms: performance.now() - start };
  } catch {
    return null; // tesseract-ocr not installed
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** evaltab on the image samples only, for the like-for-like ratio with native tesseract. */
function runImages(engine: string): { pages: number; ms: number } {
  const images = files.filter((f) => !f.endsWith('.pdf'));
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'ocr-run.ts'), engine, '1', ...images], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' },
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const native = await nativeTesseract();
console.log(`\n== OCR (samples/scan: ${files.length} files; ${availableParallelism()} cores) ==`);
if (native) console.log(`native tesseract 5 CLI (chi_sim, PSM 6, 1 thread) on the ${native.pages} image pages: ${fmt(native.ms / native.pages / 1000, 2)} s/page`);
else console.log('native tesseract: not installed (apt-get install tesseract-ocr tesseract-ocr-chi-sim)');
for (const engine of ENGINE_NAMES) {
  const one = run(engine, 1);
  const size = poolSize(engine);
  const all = run(engine, size);
  const perPage = one.ms / one.pages / 1000;
  console.log(`${engine}: 1 worker ${fmt(perPage, 2)} s/page (${fmt(60 / perPage, 1)} pages/min), peak ${fmt(one.peakMb, 0)} MB`);
  console.log(`${engine}: ${size} workers ${fmt(all.pages / (all.ms / 60000), 1)} pages/min = ${fmt(one.ms / all.ms, 2)}× one worker, peak ${fmt(all.peakMb, 0)} MB (${all.pages} pages)`);
  if (native) {
    const images = runImages(engine);
    const ours = images.ms / images.pages;
    console.log(`${engine}: image pages ${fmt(ours / 1000, 2)} s/page = ${fmt(ours / (native.ms / native.pages), 2)}× native tesseract`);
  }
}
