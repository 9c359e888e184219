/**
 * The queue (issue #11): documents/s of one batch read by the plain CLI and through Redis by 1
 * and 2 worker processes on this machine, every run with two documents at a time in all (CLI
 * --concurrency 2; one worker --concurrency 2; two workers --concurrency 1), so the figures
 * compare the cost of the queue and of separate processes, not of more parallelism. A private
 * redis-server on a loopback port; skipped where redis-server is not installed. Each run has
 * its own queue and output folder; process start-up and the --until-empty poll (≤ 1 s) count.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { available, startRedis } from '../../test/queue/redis-server.js';
import { fmt, timed } from './measure.js';

const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const COPIES = Number(process.env.BENCH_QUEUE_COPIES ?? 8);
const env = { ...process.env, EVALTAB_LOG_LEVEL: 'silent' };

/** The text and text-layer PDF samples, COPIES times each with different bytes (a note appended), so every one is its own job. */
function batch(root: string): { dir: string; count: number } {
  const dir = join(root, 'in');
  mkdirSync(dir, { recursive: true });
  const sources = [
    ...readdirSync(samples).filter((f) => f.endsWith('.txt')).map((f) => join(samples, f)),
    ...readdirSync(join(samples, 'pdf-lo')).map((f) => join(samples, 'pdf-lo', f)),
  ];
  let count = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (const source of sources) {
      const note = source.endsWith('.pdf') ? `\n%bench copy ${copy}\n` : `\n备注 ${copy}\n`;
      writeFileSync(join(dir, `${copy}-${source.split('/').pop()}`), Buffer.concat([readFileSync(source), Buffer.from(note)]));
      count++;
    }
  }
  return { dir, count };
}

function cliRun(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { env, stdio: 'ignore' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`evaltab ${args[0]} exited with ${code}`))));
  });
}

if (!available) {
  console.log('queue  skipped: redis-server is not installed (apt-get install redis-server)');
} else {
  const root = mkdtempSync(join(tmpdir(), 'evaltab-bench-queue-'));
  const { dir, count } = batch(root);
  const redis = await startRedis();
  try {
    const plain = await timed(() => cliRun(['extract', dir, '--out', join(root, 'out-cli'), '--concurrency', '2', '-q']));
    const viaQueue = async (name: string, workers: number): Promise<{ enqueueMs: number; ms: number }> => {
      const connection = ['--redis', redis.url, '--queue', name];
      const enqueue = await timed(() => cliRun(['queue', 'add', dir, '--out', join(root, `out-${name}`), ...connection, '-q']));
      const perWorker = String(2 / workers);
      const run = await timed(() => Promise.all(Array.from({ length: workers }, () => cliRun(['worker', ...connection, '--concurrency', perWorker, '--until-empty', '-q']))));
      return { enqueueMs: enqueue.ms, ms: run.ms };
    };
    const one = await viaQueue('bench-1', 1);
    const two = await viaQueue('bench-2', 2);
    const rate = (ms: number) => count / (ms / 1000);
    console.log(`queue  ${count} documents (text and text-layer PDF), two at a time: plain CLI ${fmt(rate(plain.ms), 2)} documents/s; ` +
      `queue with 1 worker ${fmt(rate(one.ms), 2)} documents/s (${fmt(rate(one.ms) / rate(plain.ms), 2)}× the CLI), ` +
      `2 workers ${fmt(rate(two.ms), 2)} documents/s (${fmt(rate(two.ms) / rate(plain.ms), 2)}×); enqueueing ${fmt(one.enqueueMs / 1000, 1)} s`);
  } finally {
    await redis.stop();
    rmSync(root, { recursive: true, force: true });
  }
}
