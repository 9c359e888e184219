/**
 * SQL text from the schema definitions. Column docs become `--` comments inside each CREATE
 * statement, which SQLite keeps in sqlite_master: `sqlite3 data.sqlite .schema` shows them.
 */
import type { FtsDef, IndexDef, TableDef, ViewDef } from './schema-types.js';
import { FTS, INDEXES, TABLES } from './schema-tables.js';
import { VIEWS } from './schema-views.js';

/** Lines of a parenthesised list, each followed by its comment; commas before the comment. */
function commented(items: { text: string; doc: string }[]): string {
  return items.map((item, i) => `  ${item.text}${i < items.length - 1 ? ',' : ''} -- ${item.doc}`).join('\n');
}

export function createTable(table: TableDef): string {
  const columns = table.columns.map((c) => ({ text: [c.name, c.type, c.constraint].filter(Boolean).join(' '), doc: c.doc }));
  const constraints = (table.constraints ?? []).map((text) => ({ text, doc: 'key' }));
  return `CREATE TABLE ${table.name} ( -- ${table.doc}\n${commented([...columns, ...constraints])}\n)${table.withoutRowid ? ' WITHOUT ROWID' : ''};`;
}

export const createIndex = (index: IndexDef): string =>
  `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${index.name} ON ${index.table} (${index.columns}); -- ${index.doc}`;

/** An external-content FTS5 table with the trigram tokenizer, and the triggers that keep it in step with its table. */
export function createFts(fts: FtsDef): string[] {
  const cols = fts.columns.join(', ');
  const values = (row: 'new' | 'old') => fts.columns.map((c) => `${row}.${c}`).join(', ');
  const remove = `INSERT INTO ${fts.name}(${fts.name}, rowid, ${cols}) VALUES ('delete', old.id, ${values('old')});`;
  const add = `INSERT INTO ${fts.name}(rowid, ${cols}) VALUES (new.id, ${values('new')});`;
  return [
    `CREATE VIRTUAL TABLE ${fts.name} USING fts5(${cols}, content='${fts.content}', content_rowid='id', tokenize='trigram'); -- ${fts.doc}`,
    `CREATE TRIGGER ${fts.name}_insert AFTER INSERT ON ${fts.content} BEGIN ${add} END;`,
    `CREATE TRIGGER ${fts.name}_delete AFTER DELETE ON ${fts.content} BEGIN ${remove} END;`,
    `CREATE TRIGGER ${fts.name}_update AFTER UPDATE OF ${cols} ON ${fts.content} BEGIN ${remove} ${add} END;`,
  ];
}

export function createView(view: ViewDef): string {
  const columns = view.columns.map((c) => ({ text: `${c.expr} AS ${c.name}`, doc: c.doc }));
  return `CREATE VIEW ${view.name} AS SELECT -- ${view.doc}\n${commented(columns)}\nFROM ${view.from};`;
}

/** Every statement of the newest schema, in dependency order. */
export function createStatements(): string[] {
  return [
    ...TABLES.map(createTable),
    ...INDEXES.map(createIndex),
    ...FTS.flatMap(createFts),
    ...VIEWS.map(createView),
  ];
}
