/**
 * Isolation: each document of a batch is read in a worker thread with a heap limit
 * (resourceLimits) and a time limit. A document that hangs is stopped by terminating its
 * worker; one that exhausts its heap or crashes kills only its worker. Either way it yields
 * its Document with an error diagnostic (failed-document.ts) and the batch goes on with a
 * fresh worker. Workers are reused from document to document (start-up costs ~0.3 s) and
 * replaced after DOCS_PER_WORKER documents, or as soon as one holds more than recycleHeldMb
 * after a document (limits.ts RECYCLE_HELD_MB), so that its memory goes back to the system
 * instead of being carried through the rest of the batch.
 */
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Document } from '../contract/schema.js';
import type { PipelineOptions } from '../pipeline.js';
import type { DocJob, DocReply } from './doc-worker-main.js';
import { failedDocument, notAFile, type WorkerFailure } from './failed-document.js';
import { defaultTimeoutMs, DOCS_PER_WORKER, RECYCLE_HELD_MB } from './limits.js';
import { AbandonedError, type DocumentProcessor } from './run-batch.js';
import { readAll } from './stdin.js';
import { STDIN, type InputFile } from './walk.js';

/** Compiled, the worker is plain JavaScript; from the TypeScript sources, doc-worker.mjs registers tsx first. */
const WORKER_URL = import.meta.url.endsWith('.js') ? new URL('./doc-worker-main.js', import.meta.url) : new URL('./doc-worker.mjs', import.meta.url);

export interface DocPoolOptions {
  /** pipeline options, as the worker's workerData (plain data only) */
  pipeline: PipelineOptions;
  /** heap limit per worker, MB */
  memoryMb: number;
  /** a fixed time limit per document, ms; null: scaled to its size */
  timeoutMs: number | null;
  /** a worker holding more than this after a document is replaced, MB (default RECYCLE_HELD_MB) */
  recycleHeldMb?: number;
}

interface Slot {
  worker: Worker;
  docs: number;
  job: Running | null;
}

interface Running {
  id: number;
  path: string;
  bytes: Uint8Array | null;
  limit: string;
  timer: NodeJS.Timeout;
  settle: (result: Document | Error) => void;
}

export class DocumentPool implements DocumentProcessor {
  private readonly idle: Slot[] = [];
  private readonly running = new Set<Slot>();
  private nextId = 1;
  private started = 0;

  constructor(private readonly options: DocPoolOptions) {}

  /** Workers started so far (a replaced worker counts again). */
  get workersStarted(): number {
    return this.started;
  }

  async process(file: InputFile): Promise<Document> {
    const bytes = file.path === STDIN ? await readAll() : null;
    const info = bytes ? null : await stat(file.path).catch(() => null);
    // a FIFO blocks its reader forever, /dev/zero never ends: neither is opened (the blocked read would hold a libuv thread for good)
    if (info && !info.isFile()) return notAFile(file.path, info);
    const size = bytes?.length ?? info?.size ?? 0;
    const ms = this.options.timeoutMs ?? defaultTimeoutMs(size);
    const slot = this.idle.pop() ?? this.spawn();
    const result = await new Promise<Document | Error>((settle) => {
      const id = this.nextId++;
      const timer = setTimeout(() => this.fail(slot, 'timeout'), ms);
      slot.job = { id, path: file.path, bytes, limit: `${Math.round(ms / 1000)} s`, timer, settle };
      this.running.add(slot);
      slot.worker.postMessage({ id, path: file.path, bytes } satisfies DocJob);
    });
    if (result instanceof Error) throw result;
    return result;
  }

  /** Terminates the workers of the documents in flight; their process() calls reject with AbandonedError. */
  async abandon(): Promise<void> {
    const slots = [...this.running];
    for (const slot of slots) this.finish(slot, new AbandonedError(), false);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  async close(): Promise<void> {
    await this.abandon();
    await Promise.all(this.idle.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, {
      workerData: { options: this.options.pipeline },
      // a worker inherits the process's flags; --input-type (node -e scripts) makes it refuse to start
      execArgv: process.execArgv.filter((flag) => !flag.startsWith('--input-type')),
      resourceLimits: { maxOldGenerationSizeMb: this.options.memoryMb },
    });
    this.started++;
    const slot: Slot = { worker, docs: 0, job: null };
    worker.on('message', (reply: DocReply) => {
      if (slot.job?.id !== reply.id) return;
      const keep = reply.heldMb <= (this.options.recycleHeldMb ?? RECYCLE_HELD_MB);
      this.finish(slot, reply.document as Document, keep);
      // V8 keeps the pages a big document made the worker take: ending it gives them back
      if (!keep) void slot.worker.terminate();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      this.fail(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out-of-memory' : 'crashed', error.message);
    });
    worker.on('exit', (code) => { if (code !== 0) this.fail(slot, 'crashed', `exit code ${code}`); });
    return slot;
  }

  /** The worker is lost (stopped on time, out of memory, crashed): its document gets its error Document. */
  private fail(slot: Slot, failure: WorkerFailure, detail?: string): void {
    const job = slot.job;
    if (!job) return;
    const limit = failure === 'out-of-memory' ? `${this.options.memoryMb} MB` : failure === 'timeout' ? job.limit : (detail ?? 'no detail');
    this.finish(slot, null, false);
    void slot.worker.terminate();
    void failedDocument(job.path, job.bytes, failure, limit).then(job.settle, job.settle);
  }

  private finish(slot: Slot, result: Document | Error | null, reusable: boolean): void {
    const job = slot.job;
    if (!job) return;
    clearTimeout(job.timer);
    slot.job = null;
    this.running.delete(slot);
    if (result !== null) job.settle(result);
    if (!reusable) return;
    slot.docs++;
    if (slot.docs >= DOCS_PER_WORKER) void slot.worker.terminate();
    else this.idle.push(slot);
  }
}
