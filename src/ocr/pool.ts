/**
 * The OCR worker pool: page jobs from every document of a batch go through one queue to
 * worker threads that each hold an engine (worker-main.ts). Sized to the machine: no more
 * workers than cores, and no more than the memory budget holds at the engine's measured
 * cost per worker. Workers are started on demand, recycled after a number of pages (native
 * engines fragment memory), and unreferenced while idle so a finished CLI run exits.
 */
import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PageRead } from '../ingest/scan/page-ocr.js';
import type { GrayImage } from '../ingest/image/raster.js';
import type { EngineName } from './engine.js';
import { ENGINE_MEMORY_MB } from './engines.js';

export interface WorkerRequest {
  id: number;
  image: GrayImage;
  dpi: number;
}

export type WorkerReply = { id: number; read: PageRead } | { id: number; error: string };

export interface PoolOptions {
  engine: EngineName;
  /** worker threads; default from cores and memory (poolSize) */
  size?: number;
  /** a worker is replaced after this many pages */
  pagesPerWorker?: number;
}

/** Memory the pool may take, MB: the bar for a batch is 4 GB, leave room for the main thread. */
const MEMORY_BUDGET_MB = 3000;
/**
 * Compiled (dist/…/pool.js), the worker is plain JavaScript; run from the TypeScript sources
 * (tsx, vitest), worker threads do not inherit the loader, so worker.mjs registers tsx first.
 */
const WORKER_URL = import.meta.url.endsWith('.js') ? new URL('./worker-main.js', import.meta.url) : new URL('./worker.mjs', import.meta.url);
const PAGES_PER_WORKER = 50;

export function poolSize(engine: EngineName, cores = availableParallelism(), memoryMb = totalmem() / 2 ** 20): number {
  const budget = Math.min(MEMORY_BUDGET_MB, memoryMb / 2);
  return Math.max(1, Math.min(cores, Math.floor(budget / ENGINE_MEMORY_MB[engine])));
}

interface Slot {
  worker: Worker;
  busy: boolean;
  pages: number;
}

interface Pending {
  request: WorkerRequest;
  resolve: (read: PageRead) => void;
  reject: (error: Error) => void;
}

export class OcrPool {
  readonly engine: EngineName;
  readonly size: number;
  private readonly pagesPerWorker: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly inFlight = new Map<number, { slot: Slot; pending: Pending }>();
  private nextId = 1;
  private closed = false;
  /** workers started so far (recycling starts new ones) */
  workersStarted = 0;

  constructor(options: PoolOptions) {
    this.engine = options.engine;
    this.size = options.size ?? poolSize(options.engine);
    this.pagesPerWorker = options.pagesPerWorker ?? PAGES_PER_WORKER;
  }

  /** OCR one page; the image's buffer is transferred to the worker (unusable afterwards). */
  read(image: GrayImage, dpi: number): Promise<PageRead> {
    if (this.closed) return Promise.reject(new Error('the OCR pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, image, dpi }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('the OCR pool was closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.spawn() : null);
      if (!slot) return;
      const pending = this.queue.shift()!;
      slot.busy = true;
      slot.worker.ref();
      this.inFlight.set(pending.request.id, { slot, pending });
      slot.worker.postMessage(pending.request, [pending.request.image.data.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Slot {
    // one native thread per worker: parallelism comes from workers (one page each), which also
    // covers the single-threaded structure stages; intra-op threads would only compete with them
    const worker = new Worker(WORKER_URL, { workerData: { engine: this.engine, threads: 1 } });
    const slot: Slot = { worker, busy: false, pages: 0 };
    this.workersStarted++;
    worker.on('message', (reply: WorkerReply) => this.settle(slot, reply));
    worker.on('error', (error) => this.fail(slot, error));
    worker.on('exit', (code) => { if (code !== 0) this.fail(slot, new Error(`OCR worker exited with code ${code}`)); });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: WorkerReply): void {
    const entry = this.inFlight.get(reply.id);
    this.inFlight.delete(reply.id);
    slot.busy = false;
    slot.pages++;
    slot.worker.unref();
    if (slot.pages >= this.pagesPerWorker) this.retire(slot);
    if (entry) {
      if ('error' in reply) entry.pending.reject(new Error(reply.error));
      else entry.pending.resolve(reply.read);
    }
    this.dispatch();
  }

  /** A worker that crashed (out of memory, native fault): its page fails, the pool goes on. */
  private fail(slot: Slot, error: Error): void {
    for (const [id, entry] of this.inFlight) {
      if (entry.slot !== slot) continue;
      this.inFlight.delete(id);
      entry.pending.reject(error);
    }
    this.retire(slot);
    this.dispatch();
  }

  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    void slot.worker.terminate();
  }
}

const shared = new Map<string, OcrPool>();

/**
 * The process-wide pool for an engine (and worker count, null = sized to the machine):
 * pages of one document and documents of a batch share it.
 */
export function sharedPool(engine: EngineName, size: number | null = null): OcrPool {
  const key = `${engine}:${size ?? 'auto'}`;
  let pool = shared.get(key);
  if (!pool) shared.set(key, (pool = new OcrPool({ engine, size: size ?? undefined })));
  return pool;
}

export async function closeSharedPools(): Promise<void> {
  const pools = [...shared.values()];
  shared.clear();
  await Promise.all(pools.map((p) => p.close()));
}
