/**
 * Several processes opening one new dataset at once (the queue's workers all write the job's
 * --db): each must wait for the others' schema creation instead of failing with "database is
 * locked" or "table already exists", and every process's rows must land.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const database = fileURLToPath(new URL('../../src/dataset/database.ts', import.meta.url));

/** A process that waits for a common instant, opens the dataset and adds a row of its own. */
function opener(path: string, at: number, id: number): Promise<{ code: number | null; stderr: string }> {
  const script = `
    const { openDataset } = await import(${JSON.stringify(database)});
    while (Date.now() < ${at}) {}
    const db = await openDataset(${JSON.stringify(path)});
    db.prepare("INSERT INTO documents (identity, sha256, path, format, ocr, status, schema_version, evaltab_version, loaded_at) VALUES (?, '', ?, 'text', 0, 'ok', '1', 'test', 'now')").run('path:${id}', '${id}.txt');
    db.close();`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stderr })));
}

describe('a new dataset opened by several processes at once', () => {
  it('is created once; every process opens it and writes', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'evaltab-open-')), 'data.sqlite');
    const at = Date.now() + 2_500; // after every process has started and imported
    const results = await Promise.all([0, 1, 2, 3].map((id) => opener(path, at, id)));
    for (const result of results) expect(result.stderr).toBe('');
    expect(results.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT path FROM documents ORDER BY path').pluck().all()).toEqual(['0.txt', '1.txt', '2.txt', '3.txt']);
    db.close();
  }, 30_000);
});
