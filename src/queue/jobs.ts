/**
 * One job per document. Its id is the content hash of the input, so a document enqueued twice
 * (the same file added again, or a copy under another name) is one job: BullMQ ignores an add
 * whose id it already holds. The job says what to read and where the results go; how to read
 * it (OCR engine, limits) is the worker's choice, made for the machine it runs on. Paths are
 * absolute: workers on other machines must see the same files at the same paths (a shared
 * file system).
 */
export interface DocumentJob {
  /** absolute path of the input */
  path: string;
  /** its name relative to the common root of the inputs enqueued with it: the output is <out>/<rel>.json */
  rel: string;
  /** sha256 of its bytes when enqueued (the job id) */
  sha256: string;
  /** absolute directory for the JSON output, or null */
  out: string | null;
  /** absolute path of the SQLite dataset to load the Document into, or null */
  db: string | null;
}

/** What a finished job returns (kept in Redis with the completed job, shown by queue status --json). */
export interface JobResult {
  status: string;
  tables: number;
  indicators: number;
  /** the output was up to date (same bytes, same evaltab version): nothing was redone */
  upToDate: boolean;
  worker: string;
  ms: number;
}

export interface RetryPolicy {
  /** tries before the job goes to the failed set */
  attempts: number;
  /** first retry after this long; doubled each time */
  delayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delayMs: 10_000 };

/** Job names are for people looking at Redis; ids carry the identity. */
export const JOB_NAME = 'document';

export function jobOptions(job: DocumentJob, retry: RetryPolicy) {
  return {
    jobId: job.sha256,
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.delayMs },
    // finished jobs stay (queue status lists the failed ones with their errors) but not for ever
    removeOnComplete: { age: 30 * 24 * 3600 },
    removeOnFail: { age: 90 * 24 * 3600 },
  };
}
