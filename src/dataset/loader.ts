/**
 * Writes one Document into the dataset, replacing the rows of any earlier load of the same
 * source (same identity: its sha256, or its path when none of its bytes could be read) in the
 * same transaction: a re-run never duplicates, and a reader never sees half a document. The full-text indexes follow through triggers (ddl.ts).
 * Reviewers' decisions kept in the dataset (corrections.ts) are applied to every load.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Document, Table } from '../contract/schema.js';
import { applyCorrections } from '../review/apply.js';
import { correctionsOf } from './corrections.js';
import { TABLES } from './schema-tables.js';
import { cellRows, checkRow, diagnosticRow, documentRow, fundsRow, identityOf, indicatorRow, tableRow, type Row } from './rows.js';

export interface LoadOptions {
  evaltabVersion: string;
  /** the JSON file the Document came from (db add); null when extract wrote it */
  loadedFrom?: string | null;
}

export interface LoadResult {
  documentId: number;
  /** whether an earlier load of the same source was replaced */
  replaced: boolean;
  tables: number;
  indicators: number;
}

type Inserts = Record<string, Statement>;
/** the column order of each INSERT, to bind a Row positionally (faster than by name for 70 columns) */
const COLUMNS: Record<string, string[]> = Object.fromEntries(TABLES.map((t) => [t.name, t.columns.map((c) => c.name).filter((name) => name !== 'id')]));
const statements = new WeakMap<Database, { inserts: Inserts; remove: Statement; flag: Inserts }>();

/** One INSERT per table, a Row bound by position in COLUMNS order (ids come from SQLite). */
function prepare(db: Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    const inserts: Inserts = {};
    for (const table of TABLES) {
      const columns = COLUMNS[table.name]!;
      inserts[table.name] = db.prepare(`INSERT INTO ${table.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    }
    prepared = {
      inserts,
      remove: db.prepare('DELETE FROM documents WHERE identity = ?'),
      flag: {
        indicator: db.prepare('INSERT OR IGNORE INTO indicator_flags (indicator_id, flag, source) VALUES (?, ?, ?)'),
        table: db.prepare('INSERT OR IGNORE INTO table_flags (table_id, flag, source) VALUES (?, ?, ?)'),
      },
    };
    statements.set(db, prepared);
  }
  return prepared;
}

export function loadDocument(db: Database, loaded: Document, options: LoadOptions): LoadResult {
  const { inserts, remove, flag } = prepare(db);
  // decisions made in the dataset (review --db) outlive a re-load of the same source
  const corrections = correctionsOf(db, loaded.source.sha256, loaded.source.path);
  const document = corrections === null ? loaded : applyCorrections(loaded, corrections);
  const insert = (table: string, row: Row): number => Number(inserts[table]!.run(COLUMNS[table]!.map((c) => row[c])).lastInsertRowid);
  return db.transaction((): LoadResult => {
    const replaced = remove.run(identityOf(document.source)).changes > 0;
    const loadedAt = new Date().toISOString();
    const documentId = insert('documents', documentRow(document, { evaltabVersion: options.evaltabVersion, loadedFrom: options.loadedFrom ?? null, loadedAt }));
    document.diagnostics.forEach((d, seq) => insert('diagnostics', diagnosticRow(d, documentId, seq)));
    let indicators = 0;
    document.tables.forEach((table, seq) => {
      indicators += loadTable(table, seq, documentId, insert, flag);
    });
    return { documentId, replaced, tables: document.tables.length, indicators };
  }).immediate(); // the write lock first: other processes (queue workers) load into the same file
}

function loadTable(table: Table, seq: number, documentId: number, insert: (table: string, row: Row) => number, flag: Inserts): number {
  const tableId = insert('tables', tableRow(table, documentId, seq));
  for (const name of table.flags) flag.table!.run(tableId, name, 'flag');
  const indicatorIds = table.indicators.map((indicator, i) => {
    const indicatorId = insert('indicators', indicatorRow(indicator, tableId, documentId, i, table.review?.[`indicators.${i}`]));
    for (const name of indicator.flags) flag.indicator!.run(indicatorId, name, 'flag');
    return indicatorId;
  });
  table.funds?.rows.forEach((row, i) => insert('funds_rows', fundsRow(row, tableId, i)));
  table.checks.forEach((check, i) => {
    const indicatorId = check.indicator === null ? null : indicatorIds[check.indicator] ?? null;
    insert('checks', checkRow(check, tableId, i, indicatorId));
    if (check.ok) return;
    flag.table!.run(tableId, check.id, 'check');
    if (indicatorId !== null) flag.indicator!.run(indicatorId, check.id, 'check');
  });
  for (const cell of cellRows(table, tableId)) insert('row_cells', cell);
  return table.indicators.length;
}
