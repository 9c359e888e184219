/**
 * The queue commands: `queue add` (enqueue documents), `queue status`, and `worker` (read
 * them). The work is in src/queue; here: connecting, printing, signals, exit codes.
 */
import { perDocumentPipeline } from '../../batch/pool-options.js';
import { closeSharedPools } from '../../ocr/pool.js';
import { enqueue } from '../../queue/enqueue.js';
import { connectRedis, loadBullmq, type Redis } from '../../queue/redis.js';
import { queueStatus, statusText } from '../../queue/status.js';
import { startWorker } from '../../queue/worker.js';
import { batchInputs } from '../inputs.js';
import type { Io } from '../io.js';
import type { QueueAddArgs, QueueStatusArgs, WorkerArgs } from '../queue-args.js';
import { evaltabVersion } from '../version.js';

async function withRedis<T>(url: string, run: (bullmq: Awaited<ReturnType<typeof loadBullmq>>, connection: Redis) => Promise<T>): Promise<T> {
  const bullmq = await loadBullmq();
  const connection = await connectRedis(url);
  try {
    return await run(bullmq, connection);
  } finally {
    connection.disconnect();
  }
}

export async function runQueueAdd(args: QueueAddArgs, inputExtensions: RegExp, io: Io): Promise<number> {
  const skipDirs = [args.out].filter((d): d is string => d !== null);
  const files = await batchInputs(args, inputExtensions, skipDirs);
  const result = await withRedis(args.redis, (bullmq, connection) => enqueue(bullmq, connection, files, {
    queue: args.queue, out: args.out, db: args.db, force: args.force, retry: { attempts: args.attempts, delayMs: args.retryDelayMs },
  }));
  for (const path of result.unreadable) io.stderr.write(`evaltab: ${path}: cannot be read, not enqueued\n`);
  if (!args.quiet) {
    const parts = [`${result.added} documents added to queue ${args.queue}`];
    if (result.redone > 0) parts.push(`${result.redone} finished ones added again (--force)`);
    if (result.alreadyQueued > 0) parts.push(`${result.alreadyQueued} already in the queue${args.force ? '' : ' or done (--force redoes the done ones)'}`);
    if (result.duplicates > 0) parts.push(`${result.duplicates} with the same content as another input (one job each)`);
    io.stderr.write(`evaltab: ${parts.join('; ')}\n`);
  }
  return result.unreadable.length > 0 ? 1 : 0;
}

export async function runQueueStatus(args: QueueStatusArgs, io: Io): Promise<number> {
  const status = await withRedis(args.redis, (bullmq, connection) => queueStatus(bullmq, connection, args.queue, args.limit));
  io.stdout.write(`${args.json ? JSON.stringify(status, null, 2) : statusText(status)}\n`);
  return 0;
}

export async function runWorker(args: WorkerArgs, io: Io): Promise<number> {
  const pipeline = perDocumentPipeline({ maxTextBytes: args.maxTextBytes, ocrEngine: args.ocrEngine, ocrDpi: args.ocrDpi, ocrWorkers: args.ocrWorkers }, args.concurrency);
  return withRedis(args.redis, async (bullmq, connection) => {
    const worker = startWorker(bullmq, connection, {
      queue: args.queue, concurrency: args.concurrency, pipeline, docMemoryMb: args.docMemoryMb, docTimeoutMs: args.docTimeoutMs,
      lockMs: args.lockMs, untilEmpty: args.untilEmpty, version: evaltabVersion(),
    });
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      signals++;
      if (!args.quiet) io.stderr.write(`\nevaltab worker: ${signal}: ${signals === 1 ? 'finishing the documents in hand, then stopping (again to drop them: they go back to the queue)' : 'dropping the documents in hand'}\n`);
      void (signals === 1 ? worker.stop() : worker.abandon());
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const tally = await worker.finished;
      if (!args.quiet) io.stderr.write(`evaltab worker: ${tally.done} documents done, ${tally.upToDate} up to date, ${tally.failed} failed attempts\n`);
      return 0;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      await closeSharedPools();
    }
  });
}
