/**
 * Reading the flat views with the dataset filters and, for search, full-text terms. Terms of
 * 3+ characters go through the trigram FTS5 index; shorter ones cannot (a trigram needs 3
 * characters) and fall back to LIKE over the same columns. All terms must match.
 */
import type { Database } from 'better-sqlite3';
import { whereClause, type Filters, type Scope, type Where } from './filters.js';
import { viewDef, type ViewName } from './schema-views.js';
import type { ViewColumn } from './schema-types.js';
import { FTS } from './schema-tables.js';

export type What = 'indicators' | 'tables' | 'funds' | 'checks';

/** Ids grow in load order (document, then table, then position), so ordering by them is reading order and needs no sort. */
const VIEW: Record<What, { view: ViewName; scope: Scope; order: string }> = {
  indicators: { view: 'indicator_view', scope: 'indicator', order: 'v.indicator_id' },
  tables: { view: 'table_view', scope: 'table', order: 'v.table_id' },
  funds: { view: 'funds_view', scope: 'funds', order: 'v.table_id, v.line_seq' },
  checks: { view: 'check_view', scope: 'check', order: 'v.table_id, v.check_seq' },
};

/** The searched text columns of indicators and tables: the columns of indicators_fts and tables_fts. */
const INDICATOR_TEXT = FTS.find((f) => f.name === 'indicators_fts')!.columns;
const TABLE_TEXT = FTS.find((f) => f.name === 'tables_fts')!.columns;
/** the columns of a table that name its project: an indicator matches through them too */
const PROJECT_TEXT = ['project_name', 'department', 'implementing_unit', 'budget_unit'];

export interface ViewQuery {
  what: What;
  filters: Filters;
  /** full-text terms (search); empty for a plain export */
  text?: string;
  limit?: number | null;
}

export const columnsOf = (what: What): ViewColumn[] => viewDef(VIEW[what].view).columns;

export const terms = (text: string): string[] => text.split(/\s+/).filter((t) => t !== '');

/** Whether a term can use the trigram index (3+ characters, counted as code points). */
export const indexable = (term: string): boolean => [...term].length >= 3;

const phrase = (term: string): string => `"${term.replace(/"/g, '""')}"`;
const likePattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** All columns in one string (unit separator between them, so a match cannot straddle two), for LIKE. */
const joined = (columns: string[]): string => columns.map((c) => `coalesce(${c}, '')`).join(" || char(31) || ");

/**
 * The ids matching one term, as a subquery: through the FTS tables for 3+ characters, by LIKE
 * over the same columns below that. An indicator matches by its own text or its project's.
 */
function termClause(what: What, term: string): Where {
  if (what !== 'indicators' && what !== 'tables') throw new Error(`no full-text search over ${what}`);
  const long = indexable(term);
  const tableIds = (columns: string[]): Where => long
    ? { sql: 'SELECT rowid FROM tables_fts WHERE tables_fts MATCH ?', params: [columns === TABLE_TEXT ? phrase(term) : `{${columns.join(' ')}} : ${phrase(term)}`] }
    : { sql: `SELECT id FROM tables WHERE ${joined(columns)} LIKE ? ESCAPE '\\'`, params: [likePattern(term)] };
  if (what === 'tables') {
    const tables = tableIds(TABLE_TEXT);
    return { sql: `v.table_id IN (${tables.sql})`, params: tables.params };
  }
  const own: Where = long
    ? { sql: 'SELECT rowid FROM indicators_fts WHERE indicators_fts MATCH ?', params: [phrase(term)] }
    : { sql: `SELECT id FROM indicators WHERE ${joined(INDICATOR_TEXT)} LIKE ? ESCAPE '\\'`, params: [likePattern(term)] };
  const project = tableIds(PROJECT_TEXT);
  return {
    sql: `v.indicator_id IN (${own.sql} UNION SELECT id FROM indicators WHERE table_id IN (${project.sql}))`,
    params: [...own.params, ...project.params],
  };
}

/** The WHERE clause of a query: filters and every term. */
export function queryWhere(query: ViewQuery): Where {
  const base = whereClause(query.filters, VIEW[query.what].scope);
  const parts = base.sql === '' ? [] : [base.sql.replace(/^WHERE /, '')];
  const params = [...base.params];
  for (const term of terms(query.text ?? '')) {
    const clause = termClause(query.what, term);
    parts.push(clause.sql);
    params.push(...clause.params);
  }
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export function selectSql(query: ViewQuery): Where {
  const { view, order } = VIEW[query.what];
  const where = queryWhere(query);
  const limit = query.limit ? ` LIMIT ${Math.floor(query.limit)}` : '';
  return { sql: `SELECT * FROM ${view} v ${where.sql} ORDER BY ${order}${limit}`, params: where.params };
}

/** The rows, one at a time (better-sqlite3 iterate: an export of any size in constant memory). */
export function selectRows(db: Database, query: ViewQuery): IterableIterator<Record<string, unknown>> {
  const { sql, params } = selectSql(query);
  return db.prepare(sql).iterate(...params) as IterableIterator<Record<string, unknown>>;
}

export function countRows(db: Database, query: ViewQuery): number {
  const where = queryWhere(query);
  return (db.prepare(`SELECT count(*) AS n FROM ${VIEW[query.what].view} v ${where.sql}`).get(...where.params) as { n: number }).n;
}
