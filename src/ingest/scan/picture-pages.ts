/**
 * Pages of a text PDF with a large picture and no text over it (pdf/pictures.ts): when the
 * rendered page has a ruled table inside such a picture — a table pasted into the document as an image — the page is
 * read by OCR, the picture and the text around it together, as a scanned page is. Pictures
 * without a table (photos, charts, maps) leave their page to its text layer.
 */
import { diag } from '../../ir/diagnostics.js';
import { binarize, lineMasks } from '../image/binarize.js';
import type { GrayImage } from '../image/raster.js';
import { findRules } from '../image/rules.js';
import { centerX, centerY, containsPoint, type Box } from '../pdf/geometry.js';
import type { Run } from '../pdf/page-text.js';
import type { Ruling } from '../pdf/page-graphics.js';
import { openPdf } from '../pdf/pdfjs.js';
import { sharedPool } from '../../ocr/pool.js';
import { inPoints, type PageRead } from './page-ocr.js';
import { renderPage } from './render.js';
import { scannedPageBlocks } from './scan-layout.js';
import type { OcrOptions, PageBlocks } from './scan-ingester.js';

/** Rules of each direction across a picture that make it a table (a framed photo has two) … */
const MIN_RULES = 3;
/** … each crossing at least this share of it. */
const MIN_SPAN = 0.25;

/** A page with pictures, and its text layer: the runs and rulings read from the PDF. */
export interface PicturePage {
  pictures: Box[];
  runs: Run[];
  rulings: Ruling[];
  width: number;
  height: number;
}

/**
 * The pages whose pictures hold a table, laid out from their text layer outside those pictures
 * and from OCR inside them (one layout, so a table begun in text and continued in a picture
 * is one grid); pages whose pictures hold no table are left out of the map.
 */
export async function readPicturePages(bytes: Uint8Array, pages: Map<number, PicturePage>, options: OcrOptions & { dpi: number }): Promise<Map<number, PageBlocks>> {
  const results = new Map<number, PageBlocks>();
  const opened = await openPdf(bytes);
  if ('error' in opened) return results;
  try {
    for (const [n, page] of pages) {
      const rendered = await renderPage(opened.doc, n, options.dpi).catch(() => null);
      if (!rendered) continue;
      const rules = rulesOnPage(rendered.image, rendered.dpi);
      const tables = page.pictures.filter((b) => holdsTable(b, rules));
      if (tables.length === 0) continue;
      try {
        results.set(n, await readWithPictures(n, page, tables, rendered.image, rendered.dpi, options));
      } catch (error) {
        results.set(n, { blocks: [], diagnostics: [diag('warning', 'ocr:page-failed', `page ${n} could not be OCR'd: ${(error as Error).message}`, n)] });
      }
    }
  } finally {
    await opened.doc.destroy().catch(() => undefined);
  }
  return results;
}

async function readWithPictures(n: number, page: PicturePage, tables: Box[], image: GrayImage, dpi: number, options: OcrOptions): Promise<PageBlocks> {
  const read = await sharedPool(options.engine, options.workers).read(image, dpi);
  const inTable = (x: number, y: number) => tables.some((b) => containsPoint(b, x, y));
  const share = Math.round((100 * tables.reduce((a, b) => a + (b.x1 - b.x0) * (b.y1 - b.y0), 0)) / (page.width * page.height));
  const note = diag('info', 'pdf:picture-table', `page ${n}: a table printed as a picture (${share}% of the page) is read by OCR; the text around it from the text layer`, n);
  // a page OCR turned or straightened is not in the text layer's frame: read it as a scan
  if (read.turned || Math.abs(read.skew) > MAX_SKEW) return { blocks: scannedPageBlocks(read, n, { kind: 'pdf' }), diagnostics: [note] };
  const merged: PageRead = {
    ...read, widthPt: page.width, heightPt: page.height,
    runs: [
      ...page.runs.filter((r) => !inTable(centerX(r), centerY(r))).map((r) => ({ ...r, confidence: 1, fixes: [] })),
      ...read.runs.filter((r) => inTable(centerX(r), centerY(r))),
    ],
    rulings: [...page.rulings, ...tables.flatMap((b) => read.rulings.map((r) => clipTo(r, b)).filter((r): r is Ruling => r !== null))],
  };
  return { blocks: scannedPageBlocks(merged, n, { kind: 'pdf' }), diagnostics: [note] };
}

/** Skew (degrees) past which an OCR read of a text page is not laid over its text layer. */
const MAX_SKEW = 0.3;

/** The rules of a rendered page, found as on a scan (page space, points). */
export function rulesOnPage(image: GrayImage, dpi: number): Ruling[] {
  const ink = binarize(image);
  return inPoints(findRules(ink, image.width, image.height, { lines: lineMasks(image, ink) }), 72 / dpi);
}

/**
 * A picture holds a table when rules of both directions cross it for a good part of its
 * width or height (a table's grid; a framed photo has two rules of each direction).
 */
export function holdsTable(picture: Box, rules: Ruling[]): boolean {
  const inside = rules.map((r) => clipTo(r, picture)).filter((r): r is Ruling => r !== null);
  const long = (axis: 'h' | 'v') => inside.filter((r) => r.axis === axis && r.to - r.from >= MIN_SPAN * (axis === 'h' ? picture.x1 - picture.x0 : picture.y1 - picture.y0)).length;
  return long('h') >= MIN_RULES && long('v') >= MIN_RULES;
}

/** The part of a rule inside a box, or null. A picture's rules run on into the rules of a table drawn around it. */
export function clipTo(r: Ruling, b: Box): Ruling | null {
  const [lo, hi, from, to] = r.axis === 'h' ? [b.y0, b.y1, b.x0, b.x1] : [b.x0, b.x1, b.y0, b.y1];
  if (r.pos < lo || r.pos > hi) return null;
  const clipped = { ...r, from: Math.max(r.from, from), to: Math.min(r.to, to) };
  return clipped.to > clipped.from ? clipped : null;
}
