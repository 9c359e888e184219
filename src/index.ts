/**
 * evaltab as a library: the public API of the package (`import { extract } from 'evaltab'`).
 * Small on purpose: one document in, one validated Document out; many documents in, an
 * async iterator of Documents out; and the contract (zod schema, TypeScript types, flag
 * catalogue, JSON Schema) to validate and read them. Like the CLI, nothing here throws for
 * a bad input: an unreadable document is a Document with status "failed" and an error
 * diagnostic, so a batch goes on.
 */
import { closeSharedPools } from './ocr/pool.js';
import { DEFAULT_OPTIONS, processBytes, processFile, type PipelineOptions } from './pipeline.js';
import type { Document } from './contract/schema.js';

export * from './contract/schema.js';
export { FLAGS, type FlagDoc } from './contract/flags.js';
export { documentJsonSchema } from './contract/json-schema.js';
export { REVIEW_LINE } from './recognize/confidence.js';
export { applyCorrections } from './review/apply.js';
export { loadReview, reviewPathOf, type ReviewFile } from './review/review-file.js';

/** A file path (or file: URL), or bytes with the file name they came under (the name only breaks format ties). */
export type ExtractInput = string | URL | { name: string; bytes: Uint8Array };

export interface ExtractOptions extends Partial<PipelineOptions> {}

export interface ExtractManyOptions extends ExtractOptions {
  /** documents read at once (default 2); results still come out in input order */
  concurrency?: number;
}

const withDefaults = (options: ExtractOptions): PipelineOptions => ({ ...DEFAULT_OPTIONS, ...definedOnly(options) });

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Reads one document. Images and scanned PDF pages need an optional OCR engine package (see README). */
export function extract(input: ExtractInput, options: ExtractOptions = {}): Promise<Document> {
  const pipeline = withDefaults(options);
  if (typeof input === 'string' || input instanceof URL) return processFile(typeof input === 'string' ? input : input.pathname, pipeline);
  return processBytes(input.name, input.bytes, pipeline);
}

/**
 * Reads many documents, `concurrency` at a time, yielding each Document in input order as
 * soon as it and those before it are done. Inputs may be an async iterable (a directory
 * walk, a queue): at most `concurrency` documents are held in memory at once. OCR worker
 * threads started on the way are shut down when the iteration ends.
 */
export async function* extractMany(
  inputs: Iterable<ExtractInput> | AsyncIterable<ExtractInput>,
  options: ExtractManyOptions = {},
): AsyncGenerator<Document> {
  const { concurrency = 2, ...rest } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  const running: Promise<Document>[] = [];
  try {
    for await (const input of inputs) {
      running.push(extract(input, rest));
      if (running.length >= concurrency) yield await running.shift()!;
    }
    while (running.length > 0) yield await running.shift()!;
  } finally {
    await Promise.allSettled(running);
    await closeSharedPools();
  }
}

/** Stops the OCR worker threads `extract` may have started (they do not keep the process alive). */
export const shutdown = (): Promise<void> => closeSharedPools();
