/**
 * Schema versions of the dataset, kept in SQLite's user_version. The definitions in
 * schema-tables.ts / schema-views.ts describe the newest version: a fresh file gets them in
 * one go; an older file runs the steps above its version, each in the same transaction as
 * the version bump. To change the schema: edit the definitions and append a step that makes
 * the same change to an existing file (ALTER TABLE, CREATE INDEX, DROP VIEW + CREATE VIEW).
 */
import type { Database } from 'better-sqlite3';
import { createIndex, createStatements, createTable } from './ddl.js';
import { CORRECTIONS, CORRECTIONS_INDEX } from './schema-tables.js';
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
];

export const DATASET_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export const userVersion = (db: Database): number => db.pragma('user_version', { simple: true }) as number;

/** Brings the file to the newest version; returns the version it had and has. */
export function migrate(db: Database, steps: readonly Migration[] = MIGRATIONS): { from: number; to: number } {
  const from = userVersion(db);
  const to = steps[steps.length - 1]!.version;
  if (from > to) throw new DatasetError(`${db.name} has dataset schema version ${from}, newer than this evaltab knows (${to}): upgrade evaltab`);
  if (from === to) return { from, to };
  if (from === 0 && hasTables(db)) throw new DatasetError(`${db.name} is a SQLite file that evaltab did not create; choose another --db file`);
  db.transaction(() => {
    if (from === 0) db.exec(createStatements().join('\n'));
    else for (const step of steps) if (step.version > from) step.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  return { from, to };
}

const hasTables = (db: Database): boolean =>
  (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n > 0;
