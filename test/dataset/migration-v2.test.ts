/**
 * Schema version 2 adds the corrections table (evaltab review --db). A version-1 file — made
 * here with the version-1 DDL (old-schemas.ts) — is brought to the newest version on open, its
 * rows kept, and ends with the same corrections table a fresh file gets.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/database.js';
import { v1Statements } from './old-schemas.js';
import { DATASET_SCHEMA_VERSION, userVersion } from '../../src/dataset/migrations.js';

const sqlOf = (db: SQLite.Database, name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;

describe('dataset schema version 2', () => {
  it('migrates a version-1 file by creating the corrections table, rows kept', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'evaltab-v1-')), 'v1.sqlite');
    const v1 = new SQLite(path);
    v1.exec(v1Statements().join('\n'));
    v1.pragma('user_version = 1');
    v1.prepare("INSERT INTO documents (sha256, path, format, ocr, status, schema_version, evaltab_version, loaded_at) VALUES ('abc', 'a.pdf', 'pdf', 0, 'ok', '1', '0.1.0', '2026-01-01')").run();
    expect(sqlOf(v1, 'corrections')).toBeUndefined();
    v1.close();

    const db = await openDataset(path);
    expect(userVersion(db)).toBe(DATASET_SCHEMA_VERSION);
    expect(db.prepare('SELECT path FROM documents').all()).toEqual([{ path: 'a.pdf' }]);
    const fresh = await openDataset(':memory:');
    expect(sqlOf(db, 'corrections')).toBe(sqlOf(fresh, 'corrections'));
    expect(sqlOf(db, 'corrections_document')).toBe(sqlOf(fresh, 'corrections_document'));
    db.prepare("INSERT INTO corrections (sha256, table_key, record, identity, status, field, original, value, at) VALUES ('abc', 't1', 'indicators.0', 'x', 'corrected', 'score', '5', '4', '2026-01-01')").run();
    // no foreign key: deleting the document keeps its corrections for the next load
    db.prepare("DELETE FROM documents WHERE sha256 = 'abc'").run();
    expect(db.prepare('SELECT count(*) AS n FROM corrections').get()).toEqual({ n: 1 });
    db.close();
    fresh.close();
  });
});
