/** The dataset commands as a user runs them: child processes on a temp dir. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });

const dir = mkdtempSync(join(tmpdir(), 'evaltab-cli-db-'));
const db = join(dir, 'data.sqlite');
const countIn = (path: string, table: string) => {
  const handle = new SQLite(path, { readonly: true });
  try {
    return (handle.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    handle.close();
  }
};

beforeAll(() => {
  // 六盘水 (3 project tables, 14 + 10 + 12 indicators) and a file that cannot be read
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  copyFileSync(join(samples, 'liupanshui-police-2023-self-evaluation.txt'), join(inputs, 'liupanshui.txt'));
  writeFileSync(join(inputs, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const r = run('extract', inputs, '--db', db);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  expect(r.stdout).toBe(''); // --db alone: no JSON anywhere
});

describe('evaltab extract --db and db add', () => {
  it('loads every Document of extract into the dataset, the unreadable one as failed', () => {
    expect([countIn(db, 'documents'), countIn(db, 'tables'), countIn(db, 'indicators')]).toEqual([2, 3, 36]);
    const handle = new SQLite(db, { readonly: true });
    expect(handle.prepare("SELECT d.status, g.level FROM documents d JOIN diagnostics g ON g.document_id = d.id WHERE d.path LIKE '%bad.txt'").all())
      .toEqual([{ status: 'failed', level: 'error' }]);
    handle.close();
  });

  it('adds JSON outputs, reports and skips an invalid file, and replaces on re-adding', () => {
    const out = join(dir, 'json');
    expect(run('extract', join(samples, 'liupanshui-police-2023-self-evaluation.txt'), '--out', out).status).toBe(0);
    writeFileSync(join(out, 'broken.json'), JSON.stringify({ schemaVersion: '1', tables: 'none' }));
    const second = join(dir, 'second.sqlite');
    const r = run('db', 'add', out, '--db', second);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/skipped .*broken\.json: not an evaltab Document/);
    expect(r.stderr).toMatch(/added 1 document \(3 tables, 36 indicators\)/);
    expect(countIn(second, 'indicators')).toBe(36);
    const again = run('db', 'add', join(out, 'liupanshui-police-2023-self-evaluation.txt.json'), '--db', second);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/1 replaced an earlier load/);
    expect([countIn(second, 'documents'), countIn(second, 'indicators')]).toEqual([1, 36]);
  });

});
