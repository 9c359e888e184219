/**
 * Round-7 scan probes: three PDF probes whose goldens were written by hand (r5/r6), printed and
 * scanned again, so the OCR path is measured on templates it was not tuned on. Pages are
 * rasterised with pdf.js (src/ingest/scan/render.ts, as scripts/samples/make-scans.ts does), then
 * degraded as a scanner would: grey paper, seeded sensor noise, a slight skew (0.5–1.5°), a light
 * blur; one page gets a red round seal stamped over its header before it is scanned (in colour).
 *
 *   npx tsx scripts/samples/make-probe-scans-r7.ts
 *
 * Outputs: samples/probe/probe-r7-scan-<...>-scan.png | .jpg | .pdf (the "-scan." marks them as
 * scans for npm run eval), golden/<file>.golden.json ({"sameAs": "<pdf golden>", ...}).
 * make-scans.ts keeps its degradation private (and runs on import), so the few lines of it are
 * repeated here; rendering, the seeded generator and the image-only PDF writer are imported.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { openPdf } from '../../src/ingest/pdf/pdfjs.js';
import type { GrayImage } from '../../src/ingest/image/raster.js';
import { renderPage } from '../../src/ingest/scan/render.js';
import { seededRandom } from '../../test/support/seeded-random.js';
import { imageOnlyPdf, type JpegPage } from './image-pdf.js';

const ROOT = process.cwd();
const PROBE = join(ROOT, 'samples/probe');

interface Seal {
  /** centre in PDF points from the page's top-left, diameter in mm (official seals: 40–42 mm) */
  x: number;
  y: number;
  diameterMm: number;
  ring: string;
  centre: string;
}

interface Recipe {
  pdf: string;
  out: string;
  /** 1-based pages of the PDF to scan */
  pages: number[];
  container: 'png' | 'jpg' | 'pdf';
  dpi: number;
  /** degrees per scanned page, as sharp rotates: positive turns the page clockwise */
  rotate: number[];
  blur: number;
  noise: number;
  paper: number;
  quality: number;
  seal?: Seal;
  tables?: number[];
  why: string;
}

const RECIPES: Recipe[] = [
  {
    pdf: 'probe-r6-pdf-xinjiang-water-saving-2024-self-evaluation-small-font.pdf',
    out: 'probe-r7-scan-xinjiang-water-saving-2024-small-font-scan.png',
    pages: [1], container: 'png', dpi: 200, rotate: [-0.8], blur: 0.5, noise: 5, paper: 240, quality: 0,
    why: '7 pt type at 200 DPI is ~19 px per character: the hard case',
  },
  {
    pdf: 'probe-r5-pdf-hainan-rural-living-2025-targets-label-pairs.pdf',
    out: 'probe-r7-scan-hainan-rural-living-2025-label-pairs-seal-scan.jpg',
    pages: [1], container: 'jpg', dpi: 150, rotate: [1.2], blur: 0.6, noise: 6, paper: 238, quality: 80,
    seal: { x: 410, y: 112, diameterMm: 42, ring: '海口市农业农村局', centre: '财务专用章' },
    why: 'colour JPEG; a red seal (42 mm) over the right half of the label|value header (主管部门 / 项目负责人 / 项目属性 / 联系电话) and the title\'s end',
  },
  {
    pdf: 'probe-r6-pdf-qinghai-health-2023-self-evaluation-toc-three-tables.pdf',
    out: 'probe-r7-scan-qinghai-health-2023-three-tables-scan.pdf',
    pages: [2, 3, 4], container: 'pdf', dpi: 175, rotate: [0.6, -1.0, 1.4], blur: 0.7, noise: 7, paper: 236, quality: 72,
    tables: [0, 1, 2],
    why: 'pages 2–4 (the three tables, without the 目录 page) as a 3-page image-only PDF, each page skewed its own way as from a feeder',
  },
];

/** Paper tone and Gaussian sensor noise (Box–Muller), per channel, in place. */
function addPaperAndNoise(data: Uint8Array, paper: number, sigma: number, seed: number): void {
  const rand = seededRandom(seed);
  const scale = paper / 255;
  for (let i = 0; i < data.length; i++) {
    const g = Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    data[i] = Math.max(0, Math.min(255, Math.round(data[i]! * scale + g * sigma)));
  }
}

/** A red round seal (ring, star, name along the upper arc, use below) drawn on a transparent canvas, with uneven ink. */
function stamp(page: GrayImage, seal: Seal, dpi: number, seed: number): Uint8Array {
  const font = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
  if (existsSync(font)) GlobalFonts.registerFromPath(font, 'SealFont');
  const px = (pt: number) => (pt * dpi) / 72;
  const r = ((seal.diameterMm / 25.4) * dpi) / 2;
  const cx = px(seal.x), cy = px(seal.y);
  const size = Math.ceil(2 * r + 8);
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  const c = size / 2;
  ctx.strokeStyle = ctx.fillStyle = 'rgb(214, 32, 40)';
  ctx.lineWidth = r * 0.055;
  ctx.beginPath();
  ctx.arc(c, c, r - ctx.lineWidth / 2, 0, 2 * Math.PI);
  ctx.stroke();
  // five-pointed star
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5, rr = k % 2 === 0 ? r * 0.24 : r * 0.095;
    ctx.lineTo(c + rr * Math.cos(a), c + rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
  ctx.font = `${Math.round(r * 0.26)}px SealFont`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const chars = [...seal.ring], span = (Math.PI * 4) / 3;
  chars.forEach((ch, k) => {
    const a = -Math.PI / 2 - span / 2 + (span * (k + 0.5)) / chars.length;
    ctx.save();
    ctx.translate(c + r * 0.72 * Math.cos(a), c + r * 0.72 * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
  });
  ctx.font = `${Math.round(r * 0.17)}px SealFont`;
  ctx.fillText(seal.centre, c, c + r * 0.52);
  const ink = ctx.getImageData(0, 0, size, size).data;
  // multiply the seal's ink onto the grey page: black print under it stays black, paper turns red
  const rgb = new Uint8Array(page.width * page.height * 3);
  for (let i = 0; i < page.data.length; i++) rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = page.data[i]!;
  const rand = seededRandom(seed);
  const x0 = Math.round(cx - c), y0 = Math.round(cy - c);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const j = 4 * (y * size + x);
      const px2 = x0 + x, py = y0 + y;
      if (px2 < 0 || py < 0 || px2 >= page.width || py >= page.height) continue;
      const a = (ink[j + 3]! / 255) * (0.7 + 0.3 * rand()); // uneven ink
      if (a === 0) continue;
      const i = 3 * (py * page.width + px2);
      for (let ch = 0; ch < 3; ch++) rgb[i + ch] = Math.round(rgb[i + ch]! * (1 - a + (a * ink[j + ch]!) / 255));
    }
  }
  return rgb;
}

/**
 * sharp's withMetadata({density}) turns a grey image into sRGB, so a grey PNG gets its
 * resolution as a pHYs chunk (pixels per metre) put after IHDR in place of sharp's, as a scanner writes it.
 */
function withPhys(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const body = Buffer.alloc(13);
  body.write('pHYs', 0, 'latin1');
  body.writeUInt32BE(ppm, 4);
  body.writeUInt32BE(ppm, 8);
  body[12] = 1; // unit: metre
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  body.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(body) >>> 0, 17);
  const ihdrEnd = 8 + 8 + 13 + 4; // signature, IHDR length+type, IHDR data, CRC
  const rest: Buffer[] = [];
  for (let at = ihdrEnd; at < png.length;) {
    const end = at + 12 + png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) !== 'pHYs') rest.push(png.subarray(at, end)); // sharp's own (72 dpi) is replaced
    at = end;
  }
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, ...rest]);
}

async function degrade(data: Uint8Array, width: number, height: number, channels: 1 | 3, r: Recipe, rotate: number, seed: number): Promise<Buffer> {
  addPaperAndNoise(data, r.paper, r.noise, seed);
  const raw = { width, height, channels };
  const rotated = await sharp(Buffer.from(data), { raw })
    .rotate(rotate, { background: { r: 255, g: 255, b: 255 } })
    .raw().toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - width) / 2), top = Math.floor((rotated.info.height - height) / 2);
  let img = sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels } })
    .extract({ left, top, width, height })
    .blur(r.blur);
  img = channels === 1 ? img.greyscale() : img.removeAlpha();
  const out = await img.raw().toBuffer();
  if (out.length !== width * height * channels) throw new Error(`expected ${channels} channel(s), got ${out.length} bytes`);
  return out;
}

async function makeScan(r: Recipe): Promise<string> {
  const opened = await openPdf(readFileSync(join(PROBE, r.pdf)));
  if ('error' in opened) throw new Error(`${r.pdf}: ${opened.error.message}`);
  const jpegs: JpegPage[] = [];
  for (const [k, n] of r.pages.entries()) {
    const { image } = await renderPage(opened.doc, n, r.dpi);
    const seed = n * 7919 + r.dpi;
    const { width, height } = image;
    if (r.seal) {
      const rgb = await degrade(stamp(image, r.seal, r.dpi, seed + 1), width, height, 3, r, r.rotate[k]!, seed);
      const s = sharp(rgb, { raw: { width, height, channels: 3 } }).withMetadata({ density: r.dpi });
      if (r.container === 'jpg') await s.jpeg({ quality: r.quality }).toFile(join(PROBE, r.out));
      else await s.png().toFile(join(PROBE, r.out));
      continue;
    }
    const grey = await degrade(image.data, width, height, 1, r, r.rotate[k]!, seed);
    const s = sharp(grey, { raw: { width, height, channels: 1 } }).toColourspace('b-w');
    if (r.container === 'pdf') jpegs.push({ jpeg: await s.jpeg({ quality: r.quality }).toBuffer(), width, height, dpi: r.dpi });
    else if (r.container === 'png') writeFileSync(join(PROBE, r.out), withPhys(await s.png().toBuffer(), r.dpi));
    else await s.withMetadata({ density: r.dpi }).jpeg({ quality: r.quality }).toFile(join(PROBE, r.out));
  }
  await opened.doc.destroy();
  if (r.container === 'pdf') writeFileSync(join(PROBE, r.out), imageOnlyPdf(jpegs));
  const pages = r.pages.length === 1 ? `page ${r.pages[0]}` : `pages ${r.pages[0]}–${r.pages.at(-1)}`;
  const golden: Record<string, unknown> = {
    sameAs: `${r.pdf}.golden.json`,
    ...(r.tables ? { tables: r.tables } : {}),
    notes: [
      `Generated by scripts/samples/make-probe-scans-r7.ts from samples/probe/${r.pdf} (${pages}): rendered with pdf.js at ${r.dpi} DPI, ` +
        `grey paper ${r.paper}, noise σ ${r.noise}, rotated ${r.rotate.join(' / ')}°, blur σ ${r.blur}` +
        `${r.container === 'png' ? ', PNG (lossless)' : `, JPEG q${r.quality}`}${r.container === 'pdf' ? ' in an image-only PDF (no text layer)' : ''}.`,
      `${r.why}.`,
      ...(r.tables ? ['The 目录 page (page 1 of the PDF) is not scanned; the three tables are the golden\'s tables 0–2, one a page (scan pages 1–3). The running page header "第 X 页 共 4 页" is printed as in the PDF.'] : []),
      ...(r.seal ? [`Seal "${r.seal.ring}" / "${r.seal.centre}", ${r.seal.diameterMm} mm, centred at (${r.seal.x}, ${r.seal.y}) pt from the top-left, multiplied over the print: black text under it stays black and legible.`] : []),
    ],
  };
  writeFileSync(join(ROOT, 'golden', `${r.out}.golden.json`), `${JSON.stringify(golden, null, 2)}\n`);
  return r.out;
}

for (const r of RECIPES) console.log(await makeScan(r));
