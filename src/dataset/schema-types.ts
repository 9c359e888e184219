/**
 * The database schema is written as data (tables, columns, indexes, views, each with its
 * documentation) so that one definition yields the DDL — with every column's comment kept in
 * sqlite_master, where `.schema` shows it — and the generated SCHEMA.md page.
 */

export type SqlType = 'INTEGER' | 'REAL' | 'TEXT';

export interface ColumnDef {
  name: string;
  type: SqlType;
  /** NOT NULL, PRIMARY KEY, REFERENCES … */
  constraint?: string;
  doc: string;
}

export interface TableDef {
  name: string;
  doc: string;
  columns: ColumnDef[];
  /** table constraints such as a composite PRIMARY KEY */
  constraints?: string[];
  withoutRowid?: boolean;
}

export interface IndexDef {
  name: string;
  table: string;
  columns: string;
  unique?: boolean;
  doc: string;
}

/** A full-text index over columns of a content table, kept in sync by triggers. */
export interface FtsDef {
  name: string;
  content: string;
  columns: string[];
  doc: string;
}

/** How a view column is typed in exports: Parquet column types, numbers unquoted in CSV. */
export type ExportType = 'text' | 'real' | 'integer' | 'boolean' | 'json';

export interface ViewColumn {
  name: string;
  expr: string;
  type: ExportType;
  doc: string;
}

export interface ViewDef {
  name: string;
  doc: string;
  columns: ViewColumn[];
  from: string;
}

export const col = (name: string, type: SqlType, doc: string, constraint?: string): ColumnDef =>
  constraint === undefined ? { name, type, doc } : { name, type, doc, constraint };
