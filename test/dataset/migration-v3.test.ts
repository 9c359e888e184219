/**
 * Schema version 3: documents.identity, so inputs none of whose bytes were read (missing,
 * unreadable, not a file) no longer replace one another — they all had the sha256 of no bytes
 * (or none). A version-2 file — made here with the version-2 definition of documents (sha256
 * UNIQUE, no identity) — is rebuilt on open: rows and ids kept, the rows below still attached,
 * views working, and the table is the one a fresh file gets.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/database.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { userVersion } from '../../src/dataset/migrations.js';
import type { Document } from '../../src/contract/schema.js';
import { v2Statements } from './old-schemas.js';

const NO_BYTES = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const sqlOf = (db: SQLite.Database, name: string) => (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string } | undefined)?.sql;

const unreadable = (path: string, sha256: string): Document => ({
  schemaVersion: '1.0.0', status: 'failed', source: { path, sha256, format: 'pdf', pages: null, ocr: false }, tables: [],
  diagnostics: [{ level: 'error', code: 'input:unreadable', message: `${path}: no such file`, page: null }],
} as unknown as Document);

describe('dataset schema version 3', () => {
  it('migrates a version-2 file: ids and rows below kept, identity filled, views rebuilt', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'evaltab-v2-')), 'v2.sqlite');
    const v2 = new SQLite(path);
    v2.exec(v2Statements().join('\n'));
    v2.pragma('user_version = 2');
    expect(sqlOf(v2, 'documents')).not.toMatch(/^\s+identity TEXT/m);
    const add = v2.prepare("INSERT INTO documents (id, sha256, path, format, ocr, status, schema_version, evaltab_version, loaded_at) VALUES (?, ?, ?, 'pdf', 0, 'ok', '1', '0.1.0', '2026-01-01')");
    add.run(7, 'abc', 'a.pdf');
    add.run(9, NO_BYTES, 'gone.pdf');
    v2.prepare("INSERT INTO diagnostics (document_id, seq, level, code, message) VALUES (7, 0, 'info', 'x', 'kept')").run();
    v2.close();

    const db = await openDataset(path);
    expect(userVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, identity, sha256 FROM documents ORDER BY id').all()).toEqual([
      { id: 7, identity: 'abc', sha256: 'abc' },
      { id: 9, identity: 'path:gone.pdf', sha256: NO_BYTES },
    ]);
    expect(db.prepare('SELECT document_id, message FROM diagnostics').all()).toEqual([{ document_id: 7, message: 'kept' }]);
    expect(db.prepare('SELECT count(*) AS n FROM indicator_view').get()).toEqual({ n: 0 });
    const fresh = await openDataset(':memory:');
    // (a renamed table's SQL names it in quotes)
    for (const name of ['documents', 'documents_sha256', 'indicator_view']) expect(sqlOf(db, name)?.replace('"documents"', 'documents'), name).toBe(sqlOf(fresh, name));
    // and deleting a document still takes what is below it
    db.prepare('DELETE FROM documents WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) AS n FROM diagnostics').get()).toEqual({ n: 0 });
    db.close();
    fresh.close();
  });

  it('keeps every unreadable input, and still replaces a document re-loaded with the same bytes', async () => {
    const db = await openDataset(':memory:');
    const meta = { evaltabVersion: '0.1.0', loadedFrom: null };
    loadDocument(db, unreadable('in/a.pdf', NO_BYTES), meta);
    loadDocument(db, unreadable('in/b.pdf', NO_BYTES), meta);
    loadDocument(db, unreadable('in/fifo', ''), meta);
    loadDocument(db, unreadable('in/c.pdf', 'f'.repeat(64)), meta);
    expect(loadDocument(db, unreadable('in/c-copy.pdf', 'f'.repeat(64)), meta).replaced).toBe(true);
    expect(loadDocument(db, unreadable('in/a.pdf', NO_BYTES), meta).replaced).toBe(true);
    expect(db.prepare('SELECT path FROM documents ORDER BY path').all()).toEqual([
      { path: 'in/a.pdf' }, { path: 'in/b.pdf' }, { path: 'in/c-copy.pdf' }, { path: 'in/fifo' },
    ]);
    db.close();
  });
});
