/**
 * One OCR pool worker: owns one engine instance, created at the first page and reused for
 * every page after (engines cost 0.2–1 s to start and hundreds of MB). Messages are page
 * jobs; replies carry the page read or an error message — a bad page never kills the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readScannedPage } from '../ingest/scan/page-ocr.js';
import type { EngineName, OcrEngine } from './engine.js';
import { createEngine } from './engines.js';
import type { WorkerReply, WorkerRequest } from './pool.js';

const { engine: engineName, threads } = workerData as { engine: EngineName; threads: number };
let engine: Promise<OcrEngine> | null = null;

parentPort!.on('message', async (job: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    engine ??= createEngine(engineName, { threads });
    const read = await readScannedPage(job.image, job.dpi, await engine);
    reply = { id: job.id, read };
  } catch (error) {
    reply = { id: job.id, error: (error as Error)?.message ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
