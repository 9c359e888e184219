/**
 * One document worker of a batch (doc-pool.ts): reads the documents it is sent, one at a
 * time, and replies with each Document. It runs under the pool's resource limits, so a
 * document that exhausts its heap kills this thread, not the batch. Scanned pages go to this
 * worker's own OCR pool, sized to its share of the machine's (workerData.ocrShare).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBytes, processFile, type PipelineOptions } from '../pipeline.js';

export interface DocJob {
  id: number;
  path: string;
  /** standard input, read by the main thread */
  bytes: Uint8Array | null;
}

export type DocReply = { id: number; document: unknown };

const options = (workerData as { options: PipelineOptions }).options;

parentPort!.on('message', async (job: DocJob) => {
  const document = job.bytes ? await processBytes(job.path, job.bytes, options) : await processFile(job.path, options);
  parentPort!.postMessage({ id: job.id, document } satisfies DocReply);
});
