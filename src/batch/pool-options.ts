/**
 * The pipeline options each document worker gets. Every worker thread has its own OCR pool (a
 * scanned page's pixels stay in the thread that rendered them), so the machine's OCR budget —
 * the --ocr-workers asked for, or what the cores and memory allow — is split between the
 * documents read at once.
 */
import { poolSize } from '../ocr/pool.js';
import type { PipelineOptions } from '../pipeline.js';

export function perDocumentPipeline(options: PipelineOptions, documentsAtOnce: number): PipelineOptions {
  const total = options.ocrWorkers ?? (options.ocrEngine === 'none' ? 1 : poolSize(options.ocrEngine));
  return { ...options, ocrWorkers: Math.max(1, Math.floor(total / Math.max(1, documentsAtOnce))) };
}
