/**
 * The OCR path's entry points. Images (PNG, JPEG, TIFF with all its pages) are decoded,
 * every page is OCR'd in the shared worker pool (src/ocr/pool.ts) — pages of one document
 * in parallel, and pages of other documents of the batch in the same queue — and the
 * pages are laid out and stitched like PDF pages. PDF pages without a usable text layer
 * take the same way after rendering (pdf-pages.ts).
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { EngineName } from '../../ocr/engine.js';
import { sharedPool } from '../../ocr/pool.js';
import type { IngestInput } from '../index.js';
import { TableStitcher } from '../pdf/continuation.js';
import type { PageBlock } from '../pdf/page-layout.js';
import { decodeImage } from '../image/decode.js';
import { twoUpSplit } from '../image/two-up.js';
import { crop, type GrayImage } from '../image/raster.js';
import { scannedPageBlocks, type Frame } from './scan-layout.js';
import type { PageRead } from './page-ocr.js';
import { debugPageOf } from '../../debug/collect.js';
import type { DebugSink } from '../../debug/sink.js';

/** An image without a recorded resolution is taken as a page of this long side (inches, A4). */
const ASSUMED_LONG_SIDE_IN = 11.69;

export async function ingestImage(input: IngestInput): Promise<Layout> {
  const engine = input.options.ocrEngine;
  const empty = (diagnostics: Diagnostic[]): Layout => ({ format: 'image', pages: null, ocr: false, blocks: [], diagnostics });
  if (engine === 'none') return empty([diag('error', 'image:ocr-disabled', `${input.path} is an image and OCR is turned off (--ocr-engine none)`)]);
  const decoded = await decodeImage(input.bytes);
  if ('error' in decoded) return empty([diag('error', 'image:unreadable', `cannot decode ${input.path}: ${decoded.error}`)]);
  const diagnostics: Diagnostic[] = [];
  const reads = decoded.pages.map(({ image, dpi }, i) => {
    const used = dpi ?? assumedDpi(image);
    if (dpi === null) diagnostics.push(diag('info', 'image:dpi-assumed', `page ${i + 1} records no resolution; taken as an A4 page (${Math.round(used)} DPI)`, i + 1));
    return ocrPage(image, used, { engine, workers: input.options.ocrWorkers, debug: input.options.debug }, i + 1, { kind: 'image', dpi: used });
  });
  const stitcher = new TableStitcher();
  for (const [i, pending] of reads.entries()) {
    const read = await pending;
    diagnostics.push(...read.diagnostics);
    stitcher.addPage(i + 1, read.blocks);
  }
  return { format: 'image', pages: decoded.pages.length, ocr: true, blocks: stitcher.blocks, diagnostics: [...diagnostics, ...stitcher.diagnostics] };
}

export interface OcrOptions {
  engine: EngineName;
  /** pool size; null = sized to the machine */
  workers: number | null;
  /** told each page's rulings, cells and tables (extract --debug) */
  debug?: DebugSink;
}

export interface PageBlocks {
  blocks: PageBlock[];
  diagnostics: Diagnostic[];
}

/** One page through the shared pool, laid out in the input's frame; a failure is a diagnostic. */
export async function ocrPage(image: GrayImage, dpi: number, { engine, workers, debug }: OcrOptions, page: number, frame: Frame): Promise<PageBlocks> {
  try {
    const split = twoUpSplit(image);
    if (split !== null) return await ocrTwoUp(image, split, dpi, engine, workers, page, frame);
    const read = await sharedPool(engine, workers).read(image, dpi);
    const diagnostics: Diagnostic[] = [diag('info', 'ocr:page', `page ${page} read by OCR (${engine}, ${Math.round(dpi)} DPI, skew ${read.skew.toFixed(2)}°, ${read.runs.length} text lines)`, page)];
    // positions are then those of the page turned upright, not of the stored image
    if (read.turned) diagnostics.push(diag('warning', 'ocr:page-turned', `page ${page} was scanned sideways: it was read turned a quarter ${read.turned === 1 ? 'clockwise' : 'anticlockwise'}; cell boxes are those of the turned page`, page));
    diagnostics.push(...sealNotes(read, page, ''));
    if (read.runs.length === 0) diagnostics.push(diag('warning', 'ocr:no-text', `page ${page}: OCR found no text`, page));
    const blocks = scannedPageBlocks(read, page, frame);
    debug?.page(debugPageOf({ page, widthPt: read.widthPt, heightPt: read.heightPt, unit: frame.kind === 'image' ? 'px' : 'pt', dpi, ocr: true }, read.rulings, blocks));
    return { blocks, diagnostics };
  } catch (error) {
    return { blocks: [], diagnostics: [diag('warning', 'ocr:page-failed', `page ${page} could not be OCR'd: ${(error as Error).message}`, page)] };
  }
}

/**
 * A 2-up page (two pages side by side on one sheet) read as its two halves, left then
 * right, each laid out on its own; the right half's boxes are moved back to where it lies.
 */
async function ocrTwoUp(image: GrayImage, split: number, dpi: number, engine: EngineName, workers: number | null, page: number, frame: Frame): Promise<PageBlocks> {
  const pool = sharedPool(engine, workers);
  const halves = [crop(image, { x0: 0, y0: 0, x1: split, y1: image.height }), crop(image, { x0: split, y0: 0, x1: image.width, y1: image.height })];
  const [left, right] = await Promise.all(halves.map((half) => pool.read(half, dpi)));
  const dx = (split * 72) / dpi;
  const shifted: PageRead = {
    ...right!, widthPt: (image.width * 72) / dpi,
    runs: right!.runs.map((r) => ({ ...r, x0: r.x0 + dx, x1: r.x1 + dx })),
    rulings: right!.rulings.map((r) => (r.axis === 'h' ? { ...r, from: r.from + dx, to: r.to + dx } : { ...r, pos: r.pos + dx })),
  };
  const widened: PageRead = { ...left!, widthPt: shifted.widthPt };
  const diagnostics: Diagnostic[] = [diag('info', 'ocr:two-up', `page ${page} holds two pages side by side (a 2-up copy): read as its left half, then its right half (${engine}, ${Math.round(dpi)} DPI)`, page)];
  for (const [side, read] of [['left', widened], ['right', shifted]] as const) {
    if (read.turned) diagnostics.push(diag('warning', 'ocr:page-turned', `page ${page} (${side} half) was scanned sideways: it was read turned a quarter`, page));
    diagnostics.push(...sealNotes(read, page, ` (${side} half)`));
  }
  return { blocks: [...scannedPageBlocks(widened, page, frame), ...scannedPageBlocks(shifted, page, frame)], diagnostics };
}

/** A grey seal taken off a page before it was read: the text under it is OCR'd through it. */
function sealNotes(read: PageRead, page: number, where: string): Diagnostic[] {
  if (read.seals === 0) return [];
  const what = read.seals === 1 ? 'a grey seal was' : `${read.seals} grey seals were`;
  return [diag('info', 'ocr:seal-lifted', `page ${page}${where}: ${what} taken off the image before OCR; text printed under a seal is read through it`, page)];
}

function assumedDpi(image: GrayImage): number {
  return Math.min(600, Math.max(72, Math.max(image.width, image.height) / ASSUMED_LONG_SIDE_IN));
}
