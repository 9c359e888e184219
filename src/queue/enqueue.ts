/**
 * `evaltab queue add`: one job per input document (files found as extract finds them), id =
 * content hash. Added in chunks; each job's state is looked up first, so the command can say
 * how many were new and how many the queue already held (waiting, running or done). --force
 * takes the finished ones (completed or failed) out and adds them again; jobs waiting or
 * running are left alone.
 */
import { resolve } from 'node:path';
import { sha256File } from '../batch/resume.js';
import type { InputFile } from '../batch/walk.js';
import { JOB_NAME, jobOptions, type DocumentJob, type RetryPolicy } from './jobs.js';
import type { Bullmq, Redis } from './redis.js';

const CHUNK = 500;

export interface EnqueueOptions {
  queue: string;
  out: string | null;
  db: string | null;
  retry: RetryPolicy;
  force: boolean;
}

export interface EnqueueResult {
  added: number;
  /** the same content was already in the queue (another name, or enqueued before) */
  alreadyQueued: number;
  /** finished jobs taken out and added again (--force) */
  redone: number;
  /** inputs that could not be hashed (unreadable, not a file): never enqueued */
  unreadable: string[];
  /** inputs sharing their content with another input of this call: one job for all */
  duplicates: number;
}

export async function enqueue(bullmq: Bullmq, connection: Redis, files: readonly InputFile[], options: EnqueueOptions): Promise<EnqueueResult> {
  const result: EnqueueResult = { added: 0, alreadyQueued: 0, redone: 0, unreadable: [], duplicates: 0 };
  const queue = new bullmq.Queue<DocumentJob>(options.queue, { connection });
  try {
    const seen = new Set<string>();
    for (let i = 0; i < files.length; i += CHUNK) {
      const jobs = await documentJobs(files.slice(i, i + CHUNK), options, seen, result);
      await addChunk(queue, jobs, options, result);
    }
  } finally {
    await queue.close();
  }
  return result;
}

async function documentJobs(files: readonly InputFile[], options: EnqueueOptions, seen: Set<string>, result: EnqueueResult): Promise<DocumentJob[]> {
  const jobs: DocumentJob[] = [];
  for (const file of files) {
    const sha256 = await sha256File(file.path);
    if (sha256 === null) { result.unreadable.push(file.path); continue; }
    if (seen.has(sha256)) { result.duplicates++; continue; }
    seen.add(sha256);
    jobs.push({ path: resolve(file.path), rel: file.rel, sha256, out: options.out && resolve(options.out), db: options.db && resolve(options.db) });
  }
  return jobs;
}

async function addChunk(queue: import('bullmq').Queue<DocumentJob>, jobs: DocumentJob[], options: EnqueueOptions, result: EnqueueResult): Promise<void> {
  const states = await Promise.all(jobs.map((job) => queue.getJobState(job.sha256)));
  const fresh: DocumentJob[] = [];
  for (const [i, job] of jobs.entries()) {
    const state = states[i];
    if (state === 'unknown') {
      fresh.push(job);
      result.added++;
    } else if (options.force && (state === 'completed' || state === 'failed')) {
      await queue.remove(job.sha256);
      fresh.push(job);
      result.redone++;
    } else result.alreadyQueued++;
  }
  await queue.addBulk(fresh.map((job) => ({ name: JOB_NAME, data: job, opts: jobOptions(job, options.retry) })));
}
