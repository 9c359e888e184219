/**
 * Schema versions of the dataset, kept in SQLite's user_version. The definitions in
 * schema-tables.ts / schema-views.ts describe the newest version: a fresh file gets them in
 * one go; an older file runs the steps above its version, each in the same transaction as
 * the version bump. To change the schema: edit the definitions and append a step that makes
 * the same change to an existing file (ALTER TABLE, CREATE INDEX, DROP VIEW + CREATE VIEW).
 */
import type { Database } from 'better-sqlite3';
import { createIndex, createStatements, createTable, createView } from './ddl.js';
import { CORRECTIONS, CORRECTIONS_INDEX, DOCUMENTS_SHA256_INDEX, TABLES } from './schema-tables.js';
import { VIEWS } from './schema-views.js';
import { NO_BYTES } from './rows.js';
import { DatasetError } from './errors.js';

export interface Migration {
  version: number;
  description: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, tables, indicators, funds_rows, checks, diagnostics, row_cells, flag tables, trigram FTS, flat views',
    up: (db) => db.exec(createStatements().join('\n')),
  },
  {
    version: 2,
    description: 'corrections: the decisions of evaltab review --db',
    up: (db) => db.exec([createTable(CORRECTIONS), createIndex(CORRECTIONS_INDEX)].join('\n')),
  },
  {
    version: 3,
    description: 'documents.identity: inputs that could not be read (no bytes) no longer replace one another',
    up: rebuildDocuments,
  },
];

/**
 * SQLite cannot drop the UNIQUE of documents.sha256: the table is made anew (SQLite's
 * "12-step" ALTER: new table, copy, drop, rename; foreign keys are off meanwhile, see migrate),
 * ids kept so every row below still points at its document. The views read documents: they
 * are dropped first and made again.
 */
function rebuildDocuments(db: Database): void {
  const documents = TABLES.find((t) => t.name === 'documents')!;
  const columns = documents.columns.map((c) => c.name).filter((name) => name !== 'identity');
  const identity = `CASE WHEN sha256 IN ('', '${NO_BYTES}') THEN 'path:' || path ELSE sha256 END`;
  for (const view of VIEWS) db.exec(`DROP VIEW IF EXISTS ${view.name};`);
  db.exec(createTable({ ...documents, name: 'documents_v3' }));
  db.exec(`INSERT INTO documents_v3 (identity, ${columns.join(', ')}) SELECT ${identity}, ${columns.join(', ')} FROM documents;`);
  db.exec('DROP TABLE documents; ALTER TABLE documents_v3 RENAME TO documents;');
  db.exec([createIndex(DOCUMENTS_SHA256_INDEX), ...VIEWS.map(createView)].join('\n'));
}

export const DATASET_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const userVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Brings the file to the newest version; returns the version it had and has. Several processes
 * may open one new file at once (queue workers sharing a --db): the version is read again under
 * the write lock (an immediate transaction), so only the first creates or migrates, and the
 * others, waiting on the busy timeout, find it done.
 */
export function migrate(db: Database, steps: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const to = steps[steps.length - 1]!.version;
  checkNotNewer(db, userVersion(db), to);
  if (userVersion(db) === to) return { from: to, to };
  // a step may make a table anew: with foreign keys on, dropping the old one would delete every row below it
  // (the pragma is a no-op inside a transaction, so it is set around it); the keys are checked before commit
  const keys = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(() => {
      const from = userVersion(db);
      checkNotNewer(db, from, to);
      if (from === to) return { from, to };
      if (from === 0 && hasTables(db)) throw new DatasetError(`${db.name} is a SQLite file that evaltab did not create; choose another --db file`);
      if (from === 0) db.exec(createStatements().join('\n'));
      else for (const step of steps) if (step.version > from) step.up(db);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new DatasetError(`${db.name}: migrating to schema version ${to} would break ${broken.length} references; the file is left as it was`);
      db.pragma(`user_version = ${to}`);
      return { from, to };
    }).immediate();
  } finally {
    db.pragma(`foreign_keys = ${keys ? 'ON' : 'OFF'}`);
  }
}

function checkNotNewer(db: Database, from: number, to: number): void {
  if (from > to) throw new DatasetError(`${db.name} has dataset schema version ${from}, newer than this evaltab knows (${to}): upgrade evaltab`);
}

const hasTables = (db: Database): boolean =>
  (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
