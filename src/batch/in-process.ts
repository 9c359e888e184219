/**
 * Documents processed in the calling thread, with no isolation: for the library-like cases
 * (tests, a single input) and as the reference the worker pool (doc-pool.ts) is measured against.
 */
import type { Document } from '../contract/schema.js';
import { processBytes, processFile, type PipelineOptions } from '../pipeline.js';
import { AbandonedError, type DocumentProcessor } from './run-batch.js';
import { readAll } from './stdin.js';
import { STDIN, type InputFile } from './walk.js';

export function inProcess(options: PipelineOptions): DocumentProcessor {
  let abandoned = false;
  return {
    async process(file: InputFile): Promise<Document> {
      const document = file.path === STDIN ? await processBytes(STDIN, await readAll(), options) : await processFile(file.path, options);
      if (abandoned) throw new AbandonedError();
      return document;
    },
    abandon: async () => { abandoned = true; },
    close: async () => {},
  };
}
