/**
 * Opening a dataset file: better-sqlite3 is imported here, on first use, so that extracting
 * to JSON never loads (or needs) its native addon. WAL lets `search` read while `extract
 * --db` writes; foreign keys make deleting a document delete everything below it.
 */
import { existsSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { importOptional, isMissing, MissingPackageError } from '../emit/optional.js';
import { DatasetError } from './errors.js';
import { migrate } from './migrations.js';

export type { Database } from 'better-sqlite3';

export interface OpenOptions {
  /** refuse to create the file (search, export, report read an existing dataset) */
  mustExist?: boolean;
}

const PURPOSE = 'the SQLite dataset (--db, db add, search, export, report)';

export async function openDataset(path: string, options: OpenOptions = {}): Promise<Database> {
  const memory = path === ':memory:';
  if (options.mustExist && !memory && !existsSync(path)) {
    throw new DatasetError(`no dataset at ${path}: build one with evaltab extract <files> --db ${path} (or evaltab db add <json> --db ${path})`);
  }
  const { default: SQLite } = await importOptional('better-sqlite3', PURPOSE, () => import('better-sqlite3'));
  // SQLite answers "locked" at once, without waiting, in a few races between processes opening
  // one new file (its journal mode and the schema being set up): those are tried again
  for (let attempt = 1; ; attempt++) {
    const db = construct(SQLite, path);
    try {
      configure(db, memory);
      migrate(db);
      return db;
    } catch (error) {
      db.close();
      const code = (error as { code?: unknown }).code;
      if (typeof code !== 'string' || !code.startsWith('SQLITE_')) throw error;
      if (code.startsWith('SQLITE_BUSY') && attempt < BUSY_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80 * attempt));
        continue;
      }
      throw new DatasetError(`cannot use ${path} as a dataset: ${(error as Error).message}`);
    }
  }
}

const BUSY_ATTEMPTS = 20;

function construct(SQLite: typeof import('better-sqlite3'), path: string): Database {
  try {
    return new SQLite(path);
  } catch (error) {
    // the addon is loaded by the constructor: a missing or mismatched build fails here
    if (isMissing(error, 'better-sqlite3')) throw new MissingPackageError('better-sqlite3', PURPOSE, error);
    throw new DatasetError(`cannot open ${path}: ${(error as Error).message}`);
  }
}

function configure(db: Database, memory: boolean): void {
  // first: switching to WAL takes a lock another process opening the same file may hold
  db.pragma('busy_timeout = 5000');
  if (!memory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536'); // 64 MiB of page cache (default 2 MiB): loads keep the indexes in memory
}
