/**
 * The distributed queue (issue #11 "Done when"): a private redis-server, 100 documents
 * enqueued (one of them a truncated PDF: the poison), two workers; one is killed with SIGKILL
 * while it holds a document. Every output exists exactly once and whole, the killed worker's
 * document is taken up by the other worker, and the poison ends in the failed set with its
 * error after its attempts, without holding up the rest. Both workers load the same SQLite
 * dataset too: one row per document there as well.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { available, required, startRedis, type RedisServer } from './redis-server.js';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const text = readFileSync(join(samples, 'liupanshui-police-2023-self-evaluation.txt'), 'utf8');
const env = { ...process.env, EVALTAB_LOG_LEVEL: 'silent' };
const workerEnv = { ...process.env, EVALTAB_LOG_LEVEL: 'warn', EVALTAB_LOG_FORMAT: 'json' };
const N = 100;

const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { env, encoding: 'utf8' });

/** 99 text documents with different bytes (a few long enough to be caught mid-document) and a truncated PDF. */
function inputs(root: string): { dir: string; poison: string } {
  const dir = join(root, 'in');
  for (let i = 0; i < N - 1; i++) {
    mkdirSync(join(dir, `part-${i % 4}`), { recursive: true });
    writeFileSync(join(dir, `part-${i % 4}`, `doc-${String(i).padStart(2, '0')}.txt`), `${text.repeat(i % 10 === 0 ? 40 : 2)}\n备注 ${i}\n`);
  }
  const pdf = readFileSync(join(samples, 'pdf', 'putuo-finance-bureau-2024-final-accounts.pdf'));
  writeFileSync(join(dir, 'poison.pdf'), pdf.subarray(0, 3000));
  copyFileSync(join(dir, 'part-1', 'doc-01.txt'), join(dir, 'copy-of-doc-01.txt')); // same bytes: no second job
  return { dir, poison: 'poison.pdf' };
}

function worker(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', cli, 'worker', '--redis', url, '--concurrency', '2', '--lock-seconds', '2', '--until-empty'], { env: workerEnv, stdio: ['ignore', 'ignore', 'pipe'] });
}

const exited = (child: ChildProcess): Promise<number | null> => new Promise((resolve) => {
  if (child.exitCode !== null) resolve(child.exitCode);
  else child.once('exit', (code) => resolve(code));
});

describe.skipIf(!available && !required)('evaltab queue and worker on a private redis-server', () => {
  let redis: RedisServer;
  let connection: Redis;
  let queue: Queue;
  beforeAll(async () => {
    redis = await startRedis();
    connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    queue = new Queue('evaltab', { connection });
  });
  afterAll(async () => {
    await queue?.close();
    connection?.disconnect();
    await redis?.stop();
  });

  it('survives a worker killed mid-document: every output once, the poison in the failed set', async () => {
    const root = mkdtempSync(join(tmpdir(), 'evaltab-queue-'));
    const { dir, poison } = inputs(root);
    const out = join(root, 'out');
    const db = join(root, 'data.sqlite');

    const add = run(['queue', 'add', dir, '--out', out, '--db', db, '--redis', redis.url, '--attempts', '2', '--retry-delay', '0.2']);
    expect(add.status, add.stderr).toBe(0);
    expect(add.stderr).toMatch(/100 documents added to queue evaltab; 1 with the same content as another input/);
    const again = run(['queue', 'add', dir, '--out', out, '--redis', redis.url]);
    expect(again.stderr).toMatch(/0 documents added to queue evaltab; 100 already in the queue or done/);

    const a = worker(redis.url);
    const b = worker(redis.url);
    const said = { a: '', b: '' };
    a.stderr!.on('data', (chunk: Buffer) => { said.a += chunk.toString('utf8'); });
    b.stderr!.on('data', (chunk: Buffer) => { said.b += chunk.toString('utf8'); });
    const nameA = `${hostname()}:${a.pid}`;
    const nameB = `${hostname()}:${b.pid}`;
    // kill A once the batch is under way and A holds a document
    let killed: string | null = null;
    for (let i = 0; i < 2_000 && killed === null; i++) {
      const completed = await queue.getCompletedCount();
      const held = completed >= 15 ? (await queue.getActive()).find((job) => job.processedBy === nameA) : undefined;
      if (held) {
        a.kill('SIGKILL');
        killed = held.id!;
      } else await new Promise((r) => setTimeout(r, 20));
    }
    expect(killed, 'worker A was never seen holding a document').not.toBeNull();
    expect(await exited(a)).toBeNull(); // killed by the signal
    expect(await exited(b)).toBe(0);

    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    const reasons = (await queue.getFailed()).map((job) => `${job.data.rel}: ${job.failedReason}`);
    expect(counts, `failed: ${reasons.slice(0, 5).join(' | ')}\nworker B said: ${said.b.slice(-3000)}`).toEqual({ waiting: 0, active: 0, delayed: 0, completed: N - 1, failed: 1 });
    const [failed] = await queue.getFailed();
    expect(failed!.data.rel).toBe(poison);
    expect(failed!.attemptsMade).toBe(2);
    expect(failed!.failedReason).toMatch(/^pdf:/);
    const taken = await queue.getJob(killed!);
    if (taken!.data.rel !== poison) {
      expect(await taken!.getState()).toBe('completed');
      expect(taken!.returnvalue.worker).toBe(nameB);
    }

    const files = readdirSync(out, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
    const outputs = files.filter((f) => f.endsWith('.json')).sort();
    expect(outputs).toHaveLength(N);
    // the copy and its original are one job: whichever was found first names the output
    const twins = ['copy-of-doc-01.txt.json', 'part-1/doc-01.txt.json'];
    expect(outputs.filter((f) => twins.includes(f))).toHaveLength(1);
    const expected = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|pdf)$/.test(f)).map((f) => `${f}.json`);
    expect(outputs.filter((f) => !expected.includes(f))).toEqual([]);
    for (const f of outputs) {
      const document = JSON.parse(readFileSync(join(out, f), 'utf8'));
      expect(document.status, f).toBe(f === `${poison}.json` ? 'failed' : 'ok');
    }

    const dataset = new Database(db, { readonly: true });
    expect(dataset.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: N });
    dataset.close();

    const status = run(['queue', 'status', '--redis', redis.url]);
    expect(status.stdout).toContain(`0 waiting · 0 running · 0 to retry · ${N - 1} done · 1 failed`);
    expect(status.stdout).toMatch(/poison\.pdf \(2 attempts\): pdf:/);
  }, 240_000);

  it('says when Redis cannot be reached, in one line', () => {
    const result = run(['queue', 'status', '--redis', 'redis://127.0.0.1:1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
