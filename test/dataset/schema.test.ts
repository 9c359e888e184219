/** Creating and migrating a dataset file: user_version, WAL, foreign keys, refusal of files that are not ours. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/database.js';
import { createStatements } from '../../src/dataset/ddl.js';
import { DatasetError } from '../../src/dataset/errors.js';
import { DATASET_SCHEMA_VERSION, MIGRATIONS, migrate, userVersion } from '../../src/dataset/migrations.js';

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'evaltab-db-')), name);

describe('dataset schema', () => {
  it('creates every table at the newest schema version, in WAL mode with foreign keys on', async () => {
    const path = tempFile('d.sqlite');
    const db = await openDataset(path);
    expect(userVersion(db)).toBe(DATASET_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE '%fts_%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual([
      'check_view', 'checks', 'corrections', 'diagnostics', 'documents', 'funds_rows', 'funds_view', 'indicator_flags', 'indicator_view',
      'indicators', 'indicators_fts', 'row_cells', 'table_flags', 'table_view', 'tables', 'tables_fts',
    ]);
    db.close();
    const again = await openDataset(path, { mustExist: true });
    expect(userVersion(again)).toBe(DATASET_SCHEMA_VERSION);
    again.close();
  });

  it('keeps a comment on every column in sqlite_master', async () => {
    const db = await openDataset(':memory:');
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'indicators'").get() as { sql: string }).sql;
    expect(sql).toMatch(/target_comparator TEXT, -- >= \| <= \| = \| > \| < \| != /);
    for (const line of sql.split('\n').slice(1, -1)) expect(line).toMatch(/ -- \S/);
    db.close();
  });

  it('runs only the steps above the file version', async () => {
    const db = await openDataset(':memory:');
    const next = DATASET_SCHEMA_VERSION + 1;
    const step = { version: next, description: 'test: a note on documents', up: (d: typeof db) => d.exec('ALTER TABLE documents ADD COLUMN note TEXT') };
    expect(migrate(db, [...MIGRATIONS, step])).toEqual({ from: DATASET_SCHEMA_VERSION, to: next });
    expect(userVersion(db)).toBe(next);
    expect(migrate(db, [...MIGRATIONS, step])).toEqual({ from: next, to: next });
    expect((db.prepare('SELECT note FROM documents').all())).toEqual([]);
    db.close();
  });

  it('refuses a file from a newer evaltab, a foreign SQLite file, a non-SQLite file and a missing one', async () => {
    const newer = tempFile('newer.sqlite');
    const db = await openDataset(newer);
    db.pragma('user_version = 99');
    db.close();
    await expect(openDataset(newer)).rejects.toThrow(/schema version 99, newer than this evaltab knows \(3\)/);

    const foreign = tempFile('foreign.sqlite');
    const other = await openDataset(':memory:');
    other.exec(`VACUUM INTO '${foreign}'`);
    other.close();
    const { default: SQLite } = await import('better-sqlite3');
    const raw = new SQLite(foreign);
    raw.pragma('user_version = 0');
    raw.close();
    await expect(openDataset(foreign)).rejects.toThrow(/evaltab did not create/);

    const text = tempFile('notes.txt');
    writeFileSync(text, 'not a database, just some words that are long enough to fill a header page'.repeat(20));
    await expect(openDataset(text)).rejects.toBeInstanceOf(DatasetError);
    await expect(openDataset(tempFile('missing.sqlite'), { mustExist: true })).rejects.toThrow(/no dataset at .*missing\.sqlite/);
  });

  it('has one CREATE statement per table, index, FTS table (with 3 triggers) and view', () => {
    const kinds = createStatements().map((s) => /^CREATE (TABLE|INDEX|VIRTUAL TABLE|TRIGGER|VIEW)/.exec(s)?.[1]);
    const tally = Object.fromEntries(['TABLE', 'INDEX', 'VIRTUAL TABLE', 'TRIGGER', 'VIEW'].map((k) => [k, kinds.filter((x) => x === k).length]));
    expect(tally).toEqual({ TABLE: 10, INDEX: 19, 'VIRTUAL TABLE': 2, TRIGGER: 6, VIEW: 4 });
  });
});
