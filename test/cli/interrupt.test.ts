/**
 * Interrupting a batch (issue #11 "Done when"): SIGINT after a few outputs exist lets the
 * documents in flight finish and stops; a rerun finishes the rest without redoing the
 * finished ones; every output is there once, whole, and no temporary file is left.
 * Two SIGTERMs abandon the documents in flight: nothing half written either.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const sample = readFileSync(fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url)), 'utf8');
const env = { ...process.env, EVALTAB_LOG_LEVEL: 'silent' };
const N = 20;

/** N inputs with different bytes (so different hashes), under in/part-<k>/; each the sample `repeat` times. */
function batch(repeat = 1): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'evaltab-interrupt-'));
  for (let i = 0; i < N; i++) {
    mkdirSync(join(root, 'in', `part-${i % 3}`), { recursive: true });
    writeFileSync(join(root, 'in', `part-${i % 3}`, `doc-${String(i).padStart(2, '0')}.txt`), `${sample.repeat(repeat)}\n备注 ${i}\n`);
  }
  return { dir: join(root, 'in'), out: join(root, 'out') };
}

const outputs = (out: string): string[] => {
  try {
    return readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt.json')).sort();
  } catch {
    return [];
  }
};
const everything = (out: string): string[] => readdirSync(out, { recursive: true, encoding: 'utf8' });

/** Starts the batch, sends `signals` once `after` outputs exist; resolves with the exit code and stderr. */
function interrupted(dir: string, out: string, after: number, signals: NodeJS.Signals[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'extract', dir, '--out', out, '--concurrency', '1'], { env });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const poll = setInterval(() => {
      if (outputs(out).length < after) return;
      clearInterval(poll);
      // one at a time, 300 ms apart: signals sent together may arrive as one
      signals.forEach((s, i) => setTimeout(() => child.kill(s), i * 300));
    }, 20);
    child.on('exit', (code) => { clearInterval(poll); resolve({ code, stderr }); });
  });
}

describe('an interrupted batch', () => {
  it('stops after the documents in flight, says how to resume, and a rerun does only the rest', async () => {
    const { dir, out } = batch();
    const first = await interrupted(dir, out, 3, ['SIGINT']);
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/SIGINT: finishing the documents in flight/);
    expect(first.stderr).toMatch(/Run the same command again to resume/);
    const done = outputs(out);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(N);
    for (const f of done) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).tables).toHaveLength(3);
    expect(everything(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const summary = JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8'));
    expect(summary.interrupted).toBe(true);
    expect(summary.documents.ok + summary.documents.partial).toBe(done.length);

    const mtimes = new Map(done.map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const second = spawnSync(process.execPath, ['--import', 'tsx', cli, 'extract', dir, '--out', out], { env, encoding: 'utf8' });
    expect(second.status).toBe(0);
    const all = outputs(out);
    expect(all).toHaveLength(N);
    expect(new Set(all.map((f) => f.split('/').pop())).size).toBe(N);
    for (const [f, mtime] of mtimes) expect(statSync(join(out, f)).mtimeMs, f).toBe(mtime);
    expect(JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8'))).toMatchObject({ skipped: done.length, interrupted: false });
    expect(everything(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('abandons the documents in flight on a second signal, leaving no partial file', async () => {
    const { dir, out } = batch(60); // documents that take a few seconds each, so the second signal finds one in flight
    const r = await interrupted(dir, out, 1, ['SIGTERM', 'SIGTERM']);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/abandoning the documents in flight/);
    expect(JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8'))).toMatchObject({ abandoned: 1, interrupted: true });
    for (const f of outputs(out)) expect(JSON.parse(readFileSync(join(out, f), 'utf8')).source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(everything(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
