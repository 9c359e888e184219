/**
 * Per-document limits of a batch. The page count is only known once a document is open, so
 * the default time limit is scaled to the input's size, which tracks it (a scanned page is
 * ~100–500 KB and takes seconds of OCR; a text page is a few KB and takes milliseconds).
 */

/** 2 minutes, plus a minute per MB, at most an hour. */
export function defaultTimeoutMs(bytes: number): number {
  return Math.min(3_600_000, 120_000 + Math.ceil(bytes / 2 ** 20) * 60_000);
}

/**
 * Heap of each document worker (V8 old generation), MB. Real documents need less than half:
 * a 500-page ruled PDF, and a workbook at the XLSX grid limit (7,400 × 20 filled cells,
 * zip-limits.ts), each read within 192 MB; every sample within 256. The batch's budget is issue #11's 1.5 GB at two workers: the main thread (~150 MB, and
 * the Documents it is writing), and per worker ~50 MB of its own, this heap, and what lives
 * outside it — the file's bytes, and at most 2 × 64 MB while a PDF stream is decoded
 * (pdfjs-patch.ts MAX_STREAM_BYTES). Two documents at 384 MB stopped together peaked at
 * 918 MB; at 512 MB they peaked at 1,188 MB, leaving too little for the rest.
 */
export const DEFAULT_DOC_MEMORY_MB = 384;

/** A worker is replaced after this many documents, so a slow leak in a reader cannot add up. */
export const DOCS_PER_WORKER = 200;

/**
 * A worker that holds more than this after a document (its heap as grown and the buffers it
 * accounts for, doc-worker-main.ts) is replaced: V8 keeps the pages a big document made it take,
 * so a worker that read one would hold them through every later document (a batch of the
 * hostile suite peaked at 1.6 GB with workers kept, most of it held by workers between their
 * big documents). Starting a worker costs ~0.3 s; a fresh worker holds ~35 MB, and one that
 * read a hundred small documents ~150 MB.
 */
export const RECYCLE_HELD_MB = 160;
