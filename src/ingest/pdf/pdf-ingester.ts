/**
 * PDF text layer → Layout. Pages are read one at a time and released (page.cleanup)
 * before the next, so memory stays bounded on long documents; the only state carried
 * from page to page is the open table a next page may continue (continuation.ts).
 * Pages without a usable text layer (text-quality.ts) are rendered and OCR'd
 * (src/ingest/scan) unless OCR is off; their blocks take the page's place in the stitching.
 */
import { AnnotationMode, openPdf, streamStats, type PDFDocumentProxy } from './pdfjs.js';
import { MAX_STREAM_BYTES } from './pdfjs-patch.js';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { TableStitcher } from './continuation.js';
import type { Matrix } from './geometry.js';
import type { PicturePage } from '../scan/picture-pages.js';
import { readGraphics } from './page-graphics.js';
import { layoutPage, type PageBlock } from './page-layout.js';
import { readRuns } from './page-text.js';
import { judgeTextLayer, NO_TEXT_LAYER } from './text-quality.js';
import { textFreePictures } from './pictures.js';
import { repairCandidates } from './repair.js';
import { dropRunningHeads } from './running-heads.js';
import { debugPageOf } from '../../debug/collect.js';
import type { DebugSink } from '../../debug/sink.js';

/**
 * The ingester reads text positions and rulings only: fonts described by their dictionary
 * are not converted (pdfjs.ts OpenOptions). A page that needs OCR is rendered from a
 * document opened again without this.
 */
const TEXT_ONLY = { textOnly: true } as const;

export async function ingestPdf(input: IngestInput): Promise<Layout> {
  const { bytes } = input;
  const empty = (diagnostics: Diagnostic[], pages: number | null = null): Layout =>
    ({ format: 'pdf', pages, ocr: false, blocks: [], diagnostics });
  if (!hasPdfHeader(bytes)) {
    return empty([diag('error', 'pdf:not-pdf', `${input.path} is not a PDF (no %PDF- header in its first 1024 bytes)`)]);
  }
  const diagnostics: Diagnostic[] = [];
  const truncated = !hasEofMarker(bytes);
  if (truncated) {
    diagnostics.push(diag('warning', 'pdf:truncated', 'no %%EOF marker at the end of the file: it is probably truncated, and pages or text may be missing'));
  }
  const opened = await openPdf(bytes, undefined, TEXT_ONLY);
  if ('error' in opened) {
    const repaired = truncated && opened.error.code === 'pdf:invalid' ? await openRepaired(bytes) : null;
    if (!repaired) return empty([...diagnostics, opened.error]);
    diagnostics.push(diag('info', 'pdf:repaired', 'the end of the file is missing: the page objects that survived were found by scanning the file and are read'));
    return readDocument(repaired.doc, diagnostics, { ...input, bytes: repaired.bytes });
  }
  return readDocument(opened.doc, diagnostics, input);
}

/** A truncated file made readable again (repair.ts), opened; null when no repair helps. */
async function openRepaired(bytes: Uint8Array): Promise<{ doc: PDFDocumentProxy; bytes: Uint8Array } | null> {
  for (const patched of repairCandidates(bytes)) {
    const opened = await openPdf(patched, undefined, TEXT_ONLY);
    if (!('error' in opened)) return { doc: opened.doc, bytes: patched };
  }
  return null;
}

async function readDocument(doc: PDFDocumentProxy, diagnostics: Diagnostic[], input: IngestInput): Promise<Layout> {
  const pages: PageResult[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n, input.options.debug));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  diagnostics.push(...dropRunningHeads(pages));
  const scanned = pages.flatMap((p, i) => (p.needsOcr ? [i + 1] : []));
  const { ocrEngine, ocrDpi, ocrWorkers } = input.options;
  const ocr = scanned.length > 0 && ocrEngine !== 'none'
    ? await import('../scan/pdf-pages.js').then((m) => m.ocrPdfPages(input.bytes, scanned, { engine: ocrEngine, workers: ocrWorkers, dpi: ocrDpi, debug: input.options.debug }))
    : new Map<number, PageResult>();
  const pictured = new Map(pages.flatMap((p, i): [number, PicturePage][] => (p.pictures ? [[i + 1, p.pictures]] : [])));
  const pictureReads = pictured.size > 0 && ocrEngine !== 'none'
    ? await import('../scan/picture-pages.js').then((m) => m.readPicturePages(input.bytes, pictured, { engine: ocrEngine, workers: ocrWorkers, dpi: ocrDpi, debug: input.options.debug }))
    : new Map<number, PageResult>();
  if (ocrEngine === 'none') for (const n of pictured.keys()) diagnostics.push(pictureUnread(n));
  const stitcher = new TableStitcher();
  pages.forEach((page, i) => {
    const read = ocr.get(i + 1) ?? pictureReads.get(i + 1);
    // a page OCR read is no longer a problem: its no-text-layer finding stays, as information
    const own = read ? page.diagnostics.map((d) => (d.code === NO_TEXT_LAYER ? { ...d, level: 'info' as const } : d)) : page.diagnostics;
    diagnostics.push(...own, ...(read?.diagnostics ?? []));
    stitcher.addPage(i + 1, read?.blocks ?? page.blocks);
  });
  return { format: 'pdf', pages: pages.length, ocr: ocr.size + pictureReads.size > 0, blocks: stitcher.blocks, diagnostics: [...diagnostics, ...stitcher.diagnostics] };
}

interface PageResult {
  blocks: PageBlock[];
  /** the page's height in points (0 when unknown) */
  height: number;
  diagnostics: Diagnostic[];
  /** no usable text layer: a page for OCR */
  needsOcr?: boolean;
  /** large pictures with no text over them (pictures.ts), with the page's text layer: OCR reads those holding a table */
  pictures?: PicturePage;
}

const pictureUnread = (page: number) => diag('warning', 'pdf:picture-unread',
  `page ${page} holds a large picture with no text over it (a table pasted as an image?); OCR is off, so what it shows is not read`, page);

async function readPage(doc: PDFDocumentProxy, n: number, debug?: DebugSink): Promise<PageResult> {
  const refusedBefore = streamStats().refused;
  const result = await readPageContent(doc, n, debug);
  const refused = streamStats().refused - refusedBefore;
  if (refused === 0) return result;
  // a refused content stream fails the page (pdf:page-unreadable, saying why); a font or an image pdf.js drops and goes on
  const tooLarge = diag('warning', 'pdf:stream-too-large', `page ${n}: ${refused === 1 ? 'a stream decodes' : `${refused} streams decode`} to more than ${MAX_STREAM_BYTES / 2 ** 20} MB, the limit for one PDF stream, and ${refused === 1 ? 'was' : 'were'} not read (a decompression bomb or a damaged file): what ${refused === 1 ? 'it holds' : 'they hold'} (text, a font, an image) is missing`, n);
  return { ...result, diagnostics: [...result.diagnostics.filter((d) => d.code !== 'pdf:page-unreadable'), tooLarge] };
}

async function readPageContent(doc: PDFDocumentProxy, n: number, debug?: DebugSink): Promise<PageResult> {
  let page: Awaited<ReturnType<PDFDocumentProxy['getPage']>> | null = null;
  try {
    page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const base = viewport.transform as Matrix;
    const text = await page.getTextContent();
    const slanted = { chars: 0, texts: new Set<string>() };
    const runs = readRuns(text.items, base, slanted);
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const graphics = readGraphics(ops, base);
    const verdict = judgeTextLayer(runs, graphics, viewport.width * viewport.height, n);
    if (verdict?.level === 'warning') return { blocks: [], height: viewport.height, diagnostics: [verdict], needsOcr: verdict.code === NO_TEXT_LAYER };
    const blocks = layoutPage(runs, graphics.rulings, { page: n, width: viewport.width, height: viewport.height });
    debug?.page(debugPageOf({ page: n, widthPt: viewport.width, heightPt: viewport.height, unit: 'pt', ocr: false }, graphics.rulings, blocks));
    const pictures = textFreePictures(graphics.images, runs, viewport.width, viewport.height);
    return {
      blocks, height: viewport.height, diagnostics: [...(verdict ? [verdict] : []), ...watermarkNote(slanted, n), ...joinedNote(blocks, n)],
      ...(pictures.length > 0 ? { pictures: { pictures, runs, rulings: graphics.rulings, width: viewport.width, height: viewport.height } } : {}),
    };
  } catch (err) {
    const message = (err as { message?: string })?.message ?? String(err);
    return { blocks: [], height: 0, diagnostics: [diag('warning', 'pdf:page-unreadable', `page ${n} could not be read: ${message}`, n)] };
  } finally {
    page?.cleanup();
  }
}

/** Says what slanted text (a watermark) was left out of the page (page-text.ts readRuns). */
function watermarkNote(slanted: { chars: number; texts: Set<string> }, page: number): Diagnostic[] {
  if (slanted.chars === 0) return [];
  return [diag('info', 'pdf:slanted-text-dropped', `page ${page}: ${slanted.chars} characters of text set at a slant (a watermark: ${quoted([...slanted.texts], 3)}) are not read as the page's text`, page)];
}

/** The first `max` texts, quoted, for a diagnostic. */
const quoted = (texts: string[], max: number): string => texts.slice(0, max).map((t) => `"${t}"`).join(', ') + (texts.length > max ? ', …' : '');

/**
 * Says which cells of unruled tables were made whole from wrapped lines (whitespace.ts logicalRows),
 * and which texts ran on under the next cell and were kept whole in their own (lattice-text.ts).
 */
function joinedNote(blocks: PageBlock[], page: number): Diagnostic[] {
  const joined = blocks.flatMap((b) => (b.kind === 'table' ? b.table.joined ?? [] : []));
  const overflowed = blocks.flatMap((b) => (b.kind === 'table' ? b.table.overflowed ?? [] : []));
  const out: Diagnostic[] = [];
  if (joined.length > 0) {
    out.push(diag('info', 'pdf:wrapped-cells-joined',
      `page ${page}: ${joined.length} cell${joined.length > 1 ? 's' : ''} of unruled tables joined from wrapped lines into their rows (${quoted(joined, 5)})`, page));
  }
  if (overflowed.length > 0) {
    out.push(diag('info', 'pdf:cell-overflow',
      `page ${page}: ${overflowed.length} text${overflowed.length > 1 ? 's' : ''} ran on under the next cell (cut off in print) and ${overflowed.length > 1 ? 'were' : 'was'} kept whole in ${overflowed.length > 1 ? 'their' : 'its'} own cell (${quoted(overflowed, 5)})`, page));
  }
  return out;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, to - from)).toString('latin1');

/** The PDF spec allows junk before the header; readers accept it within the first 1024 bytes. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-');
}

function hasEofMarker(bytes: Uint8Array): boolean {
  return ascii(bytes, Math.max(0, bytes.length - 2048), bytes.length).includes('%%EOF');
}
