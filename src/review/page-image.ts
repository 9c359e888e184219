/**
 * Page pictures for the review app, rendered on the server so the browser needs no pdf.js:
 * a PDF page through pdf.js onto an @napi-rs/canvas canvas (as for OCR, src/ingest/scan/
 * render.ts, but in colour), an image page through sharp. Each PNG says how many of its pixels
 * make one unit of the page (pt or px), which is all the client needs to place a CellRef box.
 * A few recent pages are kept in memory.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { openPdf, type PDFDocumentProxy } from '../ingest/pdf/pdfjs.js';
import { registerCjkFonts } from '../ingest/scan/render.js';

export interface PageImage {
  png: Buffer;
  /** image pixels per page unit (pt for PDF, px for images) */
  scale: number;
}

/** PDF pages are drawn at 2 px per point (144 dpi): crisp crops on a laptop screen. */
const PDF_SCALE = 2;
/** Image pages wider than this are scaled down (a 300 dpi A4 scan is 2480 px wide). */
const MAX_IMAGE_WIDTH = 1800;
const CACHE_SIZE = 12;

const cache = new Map<string, Promise<PageImage>>();

/** The page `page` (1-based) of the source file, as PNG; the format is the Document's source.format. */
export function pageImage(path: string, format: string, page: number): Promise<PageImage> {
  const key = `${path}#${page}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const job = format === 'pdf' ? renderPdfPage(path, page) : renderImagePage(path, page);
  cache.set(key, job);
  job.catch(() => cache.delete(key));
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return job;
}

/** A PDF page drawn at `scale` pixels per point (also used for the debug overlays, src/debug). */
export async function renderPdfPage(path: string, page: number, scale = PDF_SCALE): Promise<PageImage> {
  registerCjkFonts();
  const opened = await openPdf(new Uint8Array(await readFile(path)));
  if ('error' in opened) throw new Error(opened.error.message);
  const doc: PDFDocumentProxy = opened.doc;
  try {
    if (page < 1 || page > doc.numPages) throw new RangeError(`page ${page} is not in ${path} (${doc.numPages} pages)`);
    const pdfPage = await doc.getPage(page);
    const viewport = pdfPage.getViewport({ scale });
    const factory = doc.canvasFactory as unknown as CanvasFactory;
    const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    try {
      await pdfPage.render({ canvasContext: target.context as never, canvas: target.canvas as never, viewport, background: 'white' }).promise;
      return { png: await target.canvas.encode('png'), scale };
    } finally {
      factory.destroy(target);
      pdfPage.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

async function renderImagePage(path: string, page: number): Promise<PageImage> {
  const image = sharp(await readFile(path), { page: page - 1, limitInputPixels: 120_000_000 });
  const { width } = await image.metadata();
  if (!width) throw new Error(`${path}: page ${page} has no width`);
  const scale = Math.min(1, MAX_IMAGE_WIDTH / width);
  const png = await image.resize({ width: Math.round(width * scale) }).png().toBuffer();
  return { png, scale };
}

/** pdf.js's NodeCanvasFactory hands out @napi-rs/canvas objects; this much of them is used. */
interface CanvasAndContext {
  canvas: { encode(format: 'png'): Promise<Buffer> };
  context: unknown;
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(target: CanvasAndContext): void;
}
