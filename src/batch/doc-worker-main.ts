/**
 * One document worker of a batch (doc-pool.ts): reads the documents it is sent, one at a
 * time, and replies with each Document. It runs under the pool's resource limits, so a
 * document that exhausts its heap kills this thread, not the batch. Scanned pages go to this
 * worker's own OCR pool, sized to its share of the machine's (workerData.ocrShare).
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { processBytes, processFile, type PipelineOptions } from '../pipeline.js';

export interface DocJob {
  id: number;
  path: string;
  /** standard input, read by the main thread */
  bytes: Uint8Array | null;
}

/**
 * `heldMb`: what this thread's V8 isolate holds once the document is done, MB: its heap as
 * grown (V8 keeps the pages a document made it take, used or not) and the memory outside it
 * that it accounts for (ArrayBuffers). The pool replaces a worker that holds a lot (limits.ts).
 */
export type DocReply = { id: number; document: unknown; heldMb: number };

function heldMb(): number {
  const heap = getHeapStatistics();
  return (heap.total_heap_size + heap.external_memory) / 2 ** 20;
}

const options = (workerData as { options: PipelineOptions }).options;

parentPort!.on('message', async (job: DocJob) => {
  const document = job.bytes ? await processBytes(job.path, job.bytes, options) : await processFile(job.path, options);
  parentPort!.postMessage({ id: job.id, document, heldMb: heldMb() } satisfies DocReply);
});
