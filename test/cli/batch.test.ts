/**
 * extract as a batch, run as a user runs it (a child process): outputs mirroring the input
 * tree, resume, --force, review files left alone, standard input, the summary, usage errors
 * in one line with exit 2, and per-document limits (issue #11).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostileWorkbooks } from '../../scripts/samples/make-hostile.js';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const sample = fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url));
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', input, env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();

/** in/a/report.txt and in/b/report.txt (the same sample twice), in/b/empty.txt */
function inputs(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'evaltab-batch-'));
  const dir = join(root, 'in');
  mkdirSync(join(dir, 'a'), { recursive: true });
  mkdirSync(join(dir, 'b'));
  copyFileSync(sample, join(dir, 'a/report.txt'));
  copyFileSync(sample, join(dir, 'b/report.txt'));
  writeFileSync(join(dir, 'b/empty.txt'), '');
  return { root, dir };
}

describe('extract --out', () => {
  it('mirrors the input tree, writes _summary.json, and exits 1 for the unreadable input', () => {
    const { root, dir } = inputs();
    const out = join(root, 'out');
    const r = run(['extract', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(files(out)).toEqual(['_summary.json', 'a/report.txt.json', 'b/empty.txt.json', 'b/report.txt.json']);
    const summary = JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8'));
    // the sample holds 3 project self-evaluation tables (test/cli/cli.test.ts); the empty file fails
    expect(summary).toMatchObject({ inputs: 3, documents: { ok: 2, partial: 0, failed: 1 }, pages: 0, skipped: 0, interrupted: false, tables: { 'project-self-evaluation': 6 } });
    expect(summary.failures).toEqual([{ input: 'b/empty.txt', error: expect.stringMatching(/^ingest:empty: /) }]);
    expect(r.stderr).toMatch(/3 documents: 2 ok, 0 partial, 1 failed/);
    const doc = JSON.parse(readFileSync(join(out, 'b/report.txt.json'), 'utf8'));
    expect(doc.evaltabVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.source.path).toBe(join(dir, 'b/report.txt'));
  });

  it('skips up-to-date outputs on a rerun, redoes a changed input and a failed one, --force redoes all, and never touches review files', () => {
    const { root, dir } = inputs();
    const out = join(root, 'out');
    expect(run(['extract', dir, '--out', out, '-q']).status).toBe(1);
    const review = join(out, 'a/report.txt.review.json');
    writeFileSync(review, '{"kept":true}');
    const mtime = (f: string) => statSync(join(out, f)).mtimeMs;
    const before = { a: mtime('a/report.txt.json'), b: mtime('b/report.txt.json') };
    writeFileSync(join(dir, 'b/report.txt'), `${readFileSync(sample, 'utf8')}\n`); // other bytes
    const again = run(['extract', dir, '--out', out]);
    expect(again.stderr).toMatch(/2 documents: 1 ok, 0 partial, 1 failed, 0 pages; 1 up to date, skipped/); // text has no pages
    expect(mtime('a/report.txt.json')).toBe(before.a);
    expect(mtime('b/report.txt.json')).toBeGreaterThan(before.b);
    expect(JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8')).skipped).toBe(1);
    run(['extract', dir, '--out', out, '--force', '-q']);
    expect(mtime('a/report.txt.json')).toBeGreaterThan(before.a);
    expect(readFileSync(review, 'utf8')).toBe('{"kept":true}');
    expect(files(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reads one document from standard input with -', () => {
    const r = run(['extract', '-'], readFileSync(sample));
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.path).toBe('-');
    expect(doc.tables).toHaveLength(3);
    const out = join(mkdtempSync(join(tmpdir(), 'evaltab-stdin-')), 'out');
    expect(run(['extract', '-', '--out', out, '-q'], readFileSync(sample)).status).toBe(0);
    expect(files(out)).toEqual(['_summary.json', 'stdin.json']);
  });

  it('gives a document over its time limit its Document with an error, and goes on', () => {
    const { root, dir } = inputs();
    const out = join(root, 'out');
    // 1 ms: shorter than a worker takes to start, so every document is stopped
    const r = run(['extract', join(dir, 'a'), '--out', out, '--doc-timeout', '0.001', '-q']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(readFileSync(join(out, 'report.txt.json'), 'utf8'));
    expect(doc.status).toBe('failed');
    expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(['batch:timeout']);
    expect(doc.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.source.format).toBe('text');
  });
});

it('gives a document that exhausts its worker\'s heap its Document with an error, and goes on', () => {
  const { root, dir } = inputs();
  // 148,000 filled cells, within the reader's grid limit: more than 100 MB of heap to read (it fits in 192)
  const [, bytes] = hostileWorkbooks()['xlsx-at-cell-limit.xlsx']!;
  writeFileSync(join(dir, 'a/huge.xlsx'), bytes);
  const out = join(root, 'out');
  const r = run(['extract', join(dir, 'a'), '--out', out, '--doc-memory-mb', '100', '-q']);
  expect(r.status).toBe(1);
  const doc = JSON.parse(readFileSync(join(out, 'huge.xlsx.json'), 'utf8'));
  expect(doc.diagnostics.map((d: { code: string }) => d.code)).toEqual(['batch:out-of-memory']);
  expect(doc.diagnostics[0].message).toMatch(/more memory than its limit \(100 MB\)/);
  expect(doc.source.format).toBe('xlsx');
  expect(JSON.parse(readFileSync(join(out, 'report.txt.json'), 'utf8')).tables).toHaveLength(3);
}, 60_000);

describe('usage errors: one line, exit 2, no stack trace', () => {
  it.each([
    [['extract', sample, '--out', sample], /^evaltab: --out .* is a file; --out names a directory for the JSON files\n$/],
    [['extract', sample, '--concurrency', '0.5'], /^evaltab: --concurrency must be a whole number ≥ 1, got "0.5"\n$/],
    [['extract', sample, '--doc-timeout', '0'], /^evaltab: --doc-timeout must be a positive number, got "0"\n$/],
    [['extract', sample, '-q', '-v'], /^evaltab: --quiet and --verbose cannot be used together\n$/],
    [['extract', sample, '--include'], /^evaltab: extract: Option '--include <value>' argument missing\nRun evaltab extract --help for usage.\n$/],
  ])('%j', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('prints the version', () => {
    const r = run(['--version']);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version}\n`);
  });
});
