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
  let db: Database;
  try {
    db = new SQLite(path);
  } catch (error) {
    // the addon is loaded by the constructor: a missing or mismatched build fails here
    if (isMissing(error, 'better-sqlite3')) throw new MissingPackageError('better-sqlite3', PURPOSE, error);
    throw new DatasetError(`cannot open ${path}: ${(error as Error).message}`);
  }
  try {
    configure(db, memory);
    migrate(db);
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) throw new DatasetError(`cannot use ${path} as a dataset: ${(error as Error).message}`);
    throw error;
  }
  return db;
}

function configure(db: Database, memory: boolean): void {
  if (!memory) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536'); // 64 MiB of page cache (default 2 MiB): loads keep the indexes in memory
}
