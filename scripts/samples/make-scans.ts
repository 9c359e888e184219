/**
 * Scans of the corpus tables, made reproducibly from the LibreOffice PDFs in
 * samples/pdf-lo: every page rasterised with pdf.js (src/ingest/scan/render.ts), then
 * degraded as a scanner and a copier would — a slight rotation, blur, grey paper, sensor
 * noise from a seeded generator, JPEG compression — and written as image-only PDFs and
 * multi-page TIFFs (the two containers scanners produce), with sameAs goldens.
 *
 *   npx tsx scripts/samples/make-scans.ts
 *
 * Outputs (committed, so tests and eval need nothing but the repository):
 *   samples/scan/<corpus>-scan.pdf | .tif     golden/<file>.golden.json (sameAs the pdf-lo golden)
 * The real scanned page (putuo-shiquan-street-2026-budget-p33-scan.png) is copied by hand
 * and has its own golden written from reading it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { openPdf } from '../../src/ingest/pdf/pdfjs.js';
import type { GrayImage } from '../../src/ingest/image/raster.js';
import { renderPage } from '../../src/ingest/scan/render.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { imageOnlyPdf, type JpegPage } from './image-pdf.js';

const ROOT = process.cwd();
const OUT = join(ROOT, 'samples/scan');

interface Recipe {
  pdf: string;
  container: 'pdf' | 'tif';
  dpi: number;
  /** degrees, as sharp rotates: positive turns the page clockwise */
  rotate: number;
  blur: number;
  noise: number;
  paper: number;
  quality: number;
}

/** One recipe per corpus file: different DPI, skew, blur and container, so no single setting is tuned for. */
const RECIPES: Recipe[] = [
  { pdf: 'changji-police-2021-self-evaluation-cells-lo.pdf', container: 'pdf', dpi: 200, rotate: 0.8, blur: 0.6, noise: 6, paper: 242, quality: 70 },
  { pdf: 'dachang-politics-law-2023-self-evaluation-cells-lo.pdf', container: 'tif', dpi: 300, rotate: -1.2, blur: 0.8, noise: 7, paper: 236, quality: 65 },
  { pdf: 'lanxian-police-2024-final-accounts-lo.pdf', container: 'pdf', dpi: 250, rotate: -0.5, blur: 0.7, noise: 5, paper: 245, quality: 75 },
  { pdf: 'liupanshui-police-2023-self-evaluation-lo.pdf', container: 'pdf', dpi: 300, rotate: 1.5, blur: 0.9, noise: 8, paper: 232, quality: 60 },
  { pdf: 'liupanshui-police-2025-targets-ocr-lo.pdf', container: 'tif', dpi: 200, rotate: 0.3, blur: 0.5, noise: 6, paper: 240, quality: 70 },
];

/** Paper tone and Gaussian sensor noise (Box–Muller), in place. */
function addPaperAndNoise(img: GrayImage, paper: number, sigma: number, seed: number): void {
  const rand = seededRandom(seed);
  const scale = paper / 255;
  for (let i = 0; i < img.data.length; i++) {
    const g = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    img.data[i] = Math.max(0, Math.min(255, Math.round(img.data[i]! * scale + g * sigma)));
  }
}

async function degrade(page: GrayImage, r: Recipe, seed: number): Promise<GrayImage> {
  addPaperAndNoise(page, r.paper, r.noise, seed); // before the blur, as sensor noise is smoothed by the optics
  const raw = { width: page.width, height: page.height, channels: 1 as const };
  // rotate about the centre and cut back to the page size, as a skewed sheet on the glass
  const rotated = await sharp(Buffer.from(page.data), { raw })
    .rotate(r.rotate, { background: { r: 255, g: 255, b: 255 } })
    .raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - page.width) / 2), top = Math.floor((rotated.info.height - page.height) / 2);
  const cut = await sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels } })
    .extract({ left, top, width: page.width, height: page.height })
    .blur(r.blur)
    .greyscale()
    .raw().toBuffer();
  if (cut.length !== page.width * page.height) throw new Error(`expected one grey channel, got ${cut.length} bytes`);
  return { width: page.width, height: page.height, data: new Uint8Array(cut.buffer, cut.byteOffset, page.width * page.height) };
}

async function makeScan(r: Recipe): Promise<string> {
  const opened = await openPdf(readFileSync(join(ROOT, 'samples/pdf-lo', r.pdf)));
  if ('error' in opened) throw new Error(`${r.pdf}: ${opened.error.message}`);
  const pages: GrayImage[] = [];
  for (let n = 1; n <= opened.doc.numPages; n++) {
    const { image } = await renderPage(opened.doc, n, r.dpi);
    pages.push(await degrade(image, r, n * 7919 + r.dpi));
  }
  await opened.doc.destroy();
  const stem = basename(r.pdf, '-lo.pdf');
  const file = `${stem}-scan.${r.container}`;
  if (r.container === 'pdf') {
    const jpegs: JpegPage[] = [];
    for (const p of pages) {
      const jpeg = await sharp(Buffer.from(p.data), { raw: { width: p.width, height: p.height, channels: 1 } }).toColourspace('b-w').jpeg({ quality: r.quality }).toBuffer();
      jpegs.push({ jpeg, width: p.width, height: p.height, dpi: r.dpi });
    }
    writeFileSync(join(OUT, file), imageOnlyPdf(jpegs));
  } else {
    const { width, height } = pages[0]!;
    const roll = Buffer.concat(pages.map((p) => Buffer.from(p.data)));
    await sharp(roll, { raw: { width, height: height * pages.length, channels: 1, pageHeight: height } })
      .toColourspace('b-w')
      .withMetadata({ density: r.dpi })
      .tiff({ compression: 'jpeg', quality: r.quality, xres: r.dpi / 25.4, yres: r.dpi / 25.4, resolutionUnit: 'inch' })
      .toFile(join(OUT, file));
  }
  const golden = { sameAs: `${r.pdf}.golden.json`, notes: [`Generated by scripts/samples/make-scans.ts from samples/pdf-lo/${r.pdf}: ${r.dpi} DPI, rotated ${r.rotate}°, blur σ ${r.blur}, noise σ ${r.noise}, JPEG q${r.quality}.`] };
  writeFileSync(join(ROOT, 'golden', `${file}.golden.json`), `${JSON.stringify(golden, null, 2)}\n`);
  return file;
}

mkdirSync(OUT, { recursive: true });
for (const r of RECIPES) console.log(await makeScan(r));
