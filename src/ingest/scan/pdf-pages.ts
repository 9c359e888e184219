/**
 * PDF pages without a usable text layer → OCR'd page blocks (called by the PDF ingester).
 */
import { diag } from '../../ir/diagnostics.js';
import { sharedPool } from '../../ocr/pool.js';
import { openPdf } from '../pdf/pdfjs.js';
import { renderPage } from './render.js';
import { ocrPage, type OcrOptions, type PageBlocks } from './scan-ingester.js';

/**
 * Renders and OCRs the given pages of a PDF; blocks per page, in the PDF frame. The PDF
 * ingester reads text-only (fonts not converted), so rendering opens the file again in
 * full. Rendering runs here (pdf.js lives in this thread) while the pool reads earlier
 * pages; at most a few rendered pages wait at a time, so a long scan stays within memory.
 */
export async function ocrPdfPages(bytes: Uint8Array, pages: number[], options: OcrOptions & { dpi: number }): Promise<Map<number, PageBlocks>> {
  const results = new Map<number, PageBlocks>();
  const opened = await openPdf(bytes);
  if ('error' in opened) {
    for (const n of pages) results.set(n, renderFailed(n, opened.error.message));
    return results;
  }
  const ahead = sharedPool(options.engine, options.workers).size + 1;
  const waiting = new Set<Promise<void>>();
  try {
    for (const n of pages) {
      while (waiting.size >= ahead) await Promise.race(waiting);
      const job = renderPage(opened.doc, n, options.dpi)
        .then((rendered) => ocrPage(rendered.image, rendered.dpi, options, n, { kind: 'pdf' }))
        .catch((error: Error) => renderFailed(n, error.message))
        .then((read) => { results.set(n, read); })
        .finally(() => { waiting.delete(job); });
      waiting.add(job);
    }
    await Promise.all(waiting);
  } finally {
    await opened.doc.destroy().catch(() => undefined);
  }
  return results;
}

const renderFailed = (page: number, message: string): PageBlocks =>
  ({ blocks: [], diagnostics: [diag('warning', 'ocr:render-failed', `page ${page} could not be rendered for OCR: ${message}`, page)] });
