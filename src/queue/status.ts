/**
 * `evaltab queue status`: how many jobs are waiting, running, done and failed, and the failed
 * documents with their errors — as text for a person, or JSON.
 */
import type { DocumentJob, JobResult } from './jobs.js';
import type { Bullmq, Redis } from './redis.js';

export interface FailedJob {
  input: string;
  path: string;
  attempts: number;
  error: string;
  failedAt: string | null;
}

export interface QueueStatus {
  queue: string;
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  /** the failed jobs, most recent first (at most `limit`) */
  failed: FailedJob[];
  /** workers connected now (name as host:pid) */
  workers: string[];
}

export async function queueStatus(bullmq: Bullmq, connection: Redis, name: string, limit: number): Promise<QueueStatus> {
  const queue = new bullmq.Queue<DocumentJob, JobResult>(name, { connection });
  try {
    const raw = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const failedJobs = await queue.getFailed(0, Math.max(0, limit - 1));
    const workers = await queue.getWorkers();
    return {
      queue: name,
      counts: { waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0), active: raw.active ?? 0, delayed: raw.delayed ?? 0, completed: raw.completed ?? 0, failed: raw.failed ?? 0 },
      failed: failedJobs.map((job) => ({
        input: job.data.rel,
        path: job.data.path,
        attempts: job.attemptsMade,
        error: job.failedReason ?? '',
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      })),
      // BullMQ names a worker's connections bull:<queue>:w:<worker name>; a worker may hold several
      workers: [...new Set(workers.map((w) => String(w.rawname ?? '').split(':w:')[1] ?? 'unnamed'))].sort(),
    };
  } finally {
    await queue.close();
  }
}

export function statusText(status: QueueStatus): string {
  const c = status.counts;
  const lines = [
    `queue ${status.queue}: ${c.waiting} waiting · ${c.active} running · ${c.delayed} to retry · ${c.completed} done · ${c.failed} failed`,
    `workers: ${status.workers.length === 0 ? 'none connected' : status.workers.join(', ')}`,
  ];
  if (status.failed.length > 0) {
    lines.push(`failed${c.failed > status.failed.length ? ` (latest ${status.failed.length} of ${c.failed})` : ''}:`);
    for (const f of status.failed) lines.push(`  ${f.input} (${f.attempts} attempts): ${f.error}`);
  }
  return lines.join('\n');
}
