/**
 * `evaltab worker`: takes document jobs from the queue and reads each one as extract does — in
 * a worker thread with time and memory limits (DocumentPool) — then writes its Document where
 * the job says (JSON under its --out, the --db dataset). A Document that failed (unreadable,
 * out of time or memory) is written too, and its job fails with the error: BullMQ retries it
 * with backoff and, after the last attempt, keeps it in the failed set, while the other jobs
 * go on. A worker killed mid-document stops renewing its job's lock; another worker's stalled
 * check puts the job back in the queue. SIGINT/SIGTERM: the jobs in hand finish, then the
 * worker stops (a second signal drops them: they return to the queue when their lock expires).
 */
import { hostname } from 'node:os';
import { DocumentPool } from '../batch/doc-pool.js';
import { isUpToDate, stampVersion } from '../batch/resume.js';
import { removeStaleTemps } from '../batch/atomic-write.js';
import type { Document } from '../contract/schema.js';
import { closeAll, emitAll, type DocumentEmitter } from '../emit/emitter.js';
import { jsonPathOf } from '../emit/json.js';
import { openFileOutputs } from '../emit/outputs.js';
import { log } from '../log.js';
import type { PipelineOptions } from '../pipeline.js';
import type { DocumentJob, JobResult } from './jobs.js';
import type { Bullmq, Redis } from './redis.js';

export interface WorkerOptions {
  queue: string;
  concurrency: number;
  pipeline: PipelineOptions;
  docMemoryMb: number;
  docTimeoutMs: number | null;
  /** how long a job's lock lasts without renewal: a killed worker's job is taken back after about this long */
  lockMs: number;
  /** stop once nothing is waiting, delayed or running anywhere (a batch run to its end) */
  untilEmpty: boolean;
  version: string;
}

export interface WorkerTally {
  done: number;
  upToDate: number;
  failed: number;
}

export interface RunningWorker {
  /** resolves when the worker has stopped */
  finished: Promise<WorkerTally>;
  /** finish the jobs in hand, take no more */
  stop(): Promise<void>;
  /** drop the jobs in hand too */
  abandon(): Promise<void>;
}

export const workerName = (): string => `${hostname()}:${process.pid}`;

export function startWorker(bullmq: Bullmq, connection: Redis, options: WorkerOptions): RunningWorker {
  const name = workerName();
  const pool = new DocumentPool({ pipeline: options.pipeline, memoryMb: options.docMemoryMb, timeoutMs: options.docTimeoutMs });
  const outputs = new Outputs(options.version);
  const tally: WorkerTally = { done: 0, upToDate: 0, failed: 0 };
  const read = async (job: import('bullmq').Job<DocumentJob>): Promise<JobResult> => {
    const started = Date.now();
    const data = job.data;
    const output = data.out && jsonPathOf(data.out, data.rel);
    const base = { worker: name, tables: 0, indicators: 0 };
    if (output !== null && await isUpToDate(output, data.path, options.version)) {
      return { ...base, status: 'up-to-date', upToDate: true, ms: Date.now() - started };
    }
    const document = stampVersion(await pool.process({ path: data.path, rel: data.rel }), options.version);
    if (output !== null) await removeStaleTemps(output); // left by a worker killed while writing this output
    await emitAll(await outputs.for(data), document, data.rel);
    if (document.status === 'failed') throw new Error(failureOf(document));
    const indicators = document.tables.reduce((n, t) => n + t.indicators.length, 0);
    return { ...base, status: document.status, tables: document.tables.length, indicators, upToDate: false, ms: Date.now() - started };
  };
  const worker = new bullmq.Worker<DocumentJob, JobResult>(options.queue, read, {
    connection,
    concurrency: options.concurrency,
    name,
    lockDuration: options.lockMs,
    stalledInterval: options.lockMs,
    maxStalledCount: 2,
  });
  worker.on('completed', (job, result) => {
    if (result.upToDate) tally.upToDate++;
    else tally.done++;
    log.info({ input: job.data.rel, status: result.status, tables: result.tables, ms: result.ms, attempt: job.attemptsMade }, result.upToDate ? 'up to date' : 'done');
  });
  worker.on('failed', (job, error) => {
    tally.failed++;
    const last = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
    log.warn({ input: job?.data.rel, attempt: job?.attemptsMade, error: error.message }, last ? 'failed: in the failed set' : 'failed: will be retried');
  });
  worker.on('error', (error) => log.error({ error: error.message }, 'queue error'));

  let stopping: Promise<void> | null = null;
  let stopRequested: () => void = () => {};
  const requested = new Promise<void>((resolve) => { stopRequested = resolve; });
  const stop = (force: boolean): Promise<void> => {
    stopping = (async () => {
      if (force) await pool.abandon();
      await worker.close(force);
    })();
    stopRequested();
    return stopping;
  };
  const finished = (async () => {
    await worker.waitUntilReady();
    log.info({ queue: options.queue, worker: name, concurrency: options.concurrency }, 'worker started');
    // runs until stopped (a signal), or with untilEmpty until the queue has nothing left
    await Promise.race([requested, options.untilEmpty ? untilEmpty(bullmq, connection, options.queue, () => stopping !== null) : new Promise<never>(() => {})]);
    await (stopping ?? stop(false));
    await pool.close();
    await outputs.close();
    return tally;
  })();
  return { finished, stop: () => stopping ?? stop(false), abandon: () => stop(true) };
}

/** Why a Document failed, for the failed set: its error diagnostics, else its warnings. */
function failureOf(document: Document): string {
  const said = (level: string) => document.diagnostics.filter((d) => d.level === level).map((d) => `${d.code}: ${d.message}`);
  const reasons = said('error').length > 0 ? said('error') : said('warning');
  return reasons.length > 0 ? reasons.join('; ') : 'the document failed without a diagnostic';
}

/** Resolves when the queue has nothing waiting, delayed or running (polled), or when the worker is being stopped. */
async function untilEmpty(bullmq: Bullmq, connection: Redis, name: string, stopped: () => boolean): Promise<void> {
  const queue = new bullmq.Queue(name, { connection });
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      if (stopped()) return;
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
    }
  } finally {
    await queue.close();
  }
}

/** The emitters of each destination jobs name (JSON directory, dataset), opened on first use. */
class Outputs {
  private readonly open = new Map<string, Promise<DocumentEmitter[]>>();

  constructor(private readonly version: string) {}

  for(job: DocumentJob): Promise<DocumentEmitter[]> {
    const key = JSON.stringify([job.out, job.db]);
    let emitters = this.open.get(key);
    if (emitters === undefined) {
      emitters = openFileOutputs({ db: job.db, dir: job.out }, this.version);
      this.open.set(key, emitters);
      // a destination that cannot be opened fails this job (retried later), and is tried anew by the next
      emitters.catch(() => this.open.delete(key));
    }
    return emitters;
  }

  async close(): Promise<void> {
    for (const emitters of this.open.values()) await closeAll(await emitters.catch(() => [] as DocumentEmitter[]));
  }
}
