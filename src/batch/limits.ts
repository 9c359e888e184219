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
 * Heap of each document worker (V8 old generation), MB: a 500-page PDF needs ~300 MB; a
 * workbook claiming a million rows would take all it is given (1.2 GB in 20 s): with two
 * workers the batch stays under the 1.5 GB of issue #11.
 */
export const DEFAULT_DOC_MEMORY_MB = 512;

/** A worker is replaced after this many documents, so a slow leak in a reader cannot add up. */
export const DOCS_PER_WORKER = 200;
