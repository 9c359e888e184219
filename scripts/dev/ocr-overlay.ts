/** Developer view: a page of an image or scanned PDF (at 300 DPI) with the rules found drawn over it. npx tsx scripts/dev/ocr-overlay.ts <file> <page> <out.png> */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { decodeImage } from '../../src/ingest/image/decode.js';
import { binarize, lineMasks } from '../../src/ingest/image/binarize.js';
import { estimateSkew, rotateImage } from '../../src/ingest/image/deskew.js';
import { findRules } from '../../src/ingest/image/rules.js';
import type { GrayImage } from '../../src/ingest/image/raster.js';
import { openPdf } from '../../src/ingest/pdf/pdfjs.js';
import { renderPage } from '../../src/ingest/scan/render.js';

async function pageImage(file: string, page: number): Promise<GrayImage> {
  const bytes = readFileSync(file);
  if (file.endsWith('.pdf')) {
    const opened = await openPdf(bytes);
    if ('error' in opened) throw new Error(opened.error.message);
    return (await renderPage(opened.doc, page, 300)).image;
  }
  const decoded = await decodeImage(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  return decoded.pages[page - 1]!.image;
}

const [path, pageArg, out] = process.argv.slice(2);
let image = await pageImage(path!, Number(pageArg ?? 1));
let ink = binarize(image);
const skew = estimateSkew(ink, image.width, image.height);
image = rotateImage(image, -skew);
ink = binarize(image);
const rules = findRules(ink, image.width, image.height, { lines: lineMasks(image, ink) });
console.log(`skew ${skew.toFixed(2)}°, ${rules.filter((r) => r.axis === 'h').length} h, ${rules.filter((r) => r.axis === 'v').length} v rules`);
const rgb = Buffer.alloc(image.width * image.height * 3);
for (let i = 0; i < image.data.length; i++) rgb.fill(ink[i] ? 120 : 255, i * 3, i * 3 + 3);
for (const r of rules) {
  const t = Math.max(2, Math.round(r.thickness));
  for (let a = Math.floor(r.from); a < r.to; a++) for (let d = -t; d <= t; d++) {
    const [x, y] = r.axis === 'h' ? [a, Math.round(r.pos) + d] : [Math.round(r.pos) + d, a];
    if (x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
    const k = (y * image.width + x) * 3;
    rgb[k] = r.axis === 'h' ? 255 : 0; rgb[k + 1] = 0; rgb[k + 2] = r.axis === 'v' ? 255 : 0;
  }
}
await sharp(rgb, { raw: { width: image.width, height: image.height, channels: 3 } }).resize({ width: 1400 }).png().toFile(out!);
