/**
 * Reading the flat views with the dataset filters and, for search, full-text terms. Terms of
 * 3+ characters go through the trigram FTS5 index; shorter ones cannot (a trigram needs 3
 * characters) and fall back to LIKE over the same columns. All terms must match.
 */
import type { Database } from 'better-sqlite3';
import { whereClause, type Filters, type Scope, type Where } from './filters.js';
import { viewDef, type ViewName } from './schema-views.js';
import type { ViewColumn } from './schema-types.js';

export type What = 'indicators' | 'tables' | 'funds' | 'checks';

const VIEW: Record<What, { view: ViewName; scope: Scope; order: string }> = {
  indicators: { view: 'indicator_view', scope: 'indicator', order: 'v.document_id, v.table_id, v.indicator_seq' },
  tables: { view: 'table_view', scope: 'table', order: 'v.document_id, v.table_id' },
  funds: { view: 'funds_view', scope: 'funds', order: 'v.document_id, v.table_id, v.line_seq' },
  checks: { view: 'check_view', scope: 'check', order: 'v.document_id, v.table_id, v.check_seq' },
};

/** Columns searched per view: the view's own names for the FTS columns of indicators_fts / tables_fts. */
const INDICATOR_TEXT = ['level3', 'level2', 'level1', 'target_raw', 'initial_target_raw', 'actual_raw', 'completion', 'deviation', 'explanation'];
const PROJECT_TEXT = ['project', 'department', 'implementing_unit', 'budget_unit'];
const TABLE_TEXT = [...PROJECT_TEXT, 'title', 'goals_planned', 'goals_achieved', 'conclusion'];
/** the same project columns under their names in tables_fts */
const PROJECT_FTS = '{project_name department implementing_unit budget_unit}';

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

function termClause(what: What, term: string): Where {
  if (what !== 'indicators' && what !== 'tables') throw new Error(`no full-text search over ${what}`);
  if (indexable(term)) {
    if (what === 'tables') return { sql: 'v.table_id IN (SELECT rowid FROM tables_fts WHERE tables_fts MATCH ?)', params: [phrase(term)] };
    return {
      sql: '(v.indicator_id IN (SELECT rowid FROM indicators_fts WHERE indicators_fts MATCH ?) OR v.table_id IN (SELECT rowid FROM tables_fts WHERE tables_fts MATCH ?))',
      params: [phrase(term), `${PROJECT_FTS} : ${phrase(term)}`],
    };
  }
  const columns = what === 'tables' ? TABLE_TEXT : [...INDICATOR_TEXT, ...PROJECT_TEXT];
  const pattern = likePattern(term);
  return { sql: `(${columns.map((c) => `v.${c} LIKE ? ESCAPE '\\'`).join(' OR ')})`, params: columns.map(() => pattern) };
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
