/**
 * The filters every dataset command takes (--year, --department, --family, --flag, --below,
 * --category, --level1), as a WHERE clause over one of the flat views (alias v).
 */
import type { Category, TableKind } from '../contract/schema.js';

export interface Filters {
  year: number | null;
  /** substring of the department, implementing unit or budget unit ("公安" matches 六盘水市公安局) */
  department: string | null;
  family: TableKind | null;
  /** a flag, or the name of a failed check, on the record (--what checks: the failed checks of that name) */
  flag: string | null;
  /** confidence strictly below this */
  below: number | null;
  category: Category | null;
  level1: string | null;
}

export const NO_FILTERS: Filters = { year: null, department: null, family: null, flag: null, below: null, category: null, level1: null };

/** What a row of the view is: it decides how --flag, --below, --category and --level1 apply. */
export type Scope = 'indicator' | 'table' | 'funds' | 'check';

export interface Where {
  sql: string;
  params: (string | number)[];
}

const likeEscape = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function whereClause(filters: Filters, scope: Scope): Where {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const add = (sql: string, ...values: (string | number)[]) => { parts.push(sql); params.push(...values); };
  if (filters.year !== null) add('v.year = ?', filters.year);
  if (filters.department !== null) {
    const like = likeEscape(filters.department);
    add("(v.department LIKE ? ESCAPE '\\' OR v.implementing_unit LIKE ? ESCAPE '\\' OR v.budget_unit LIKE ? ESCAPE '\\')", like, like, like);
  }
  if (filters.family !== null) add('v.family = ?', filters.family);
  if (filters.flag !== null) add(flagClause(scope), filters.flag);
  if (filters.below !== null) add(`${scope === 'indicator' || scope === 'check' ? 'v.confidence' : 'v.table_confidence'} < ?`, filters.below);
  if (filters.category !== null) add(indicatorClause(scope, 'category'), filters.category);
  if (filters.level1 !== null) add(indicatorClause(scope, 'level1'), filters.level1);
  return { sql: parts.length > 0 ? `WHERE ${parts.join(' AND ')}` : '', params };
}

function flagClause(scope: Scope): string {
  if (scope === 'indicator') return 'EXISTS (SELECT 1 FROM indicator_flags f WHERE f.indicator_id = v.indicator_id AND f.flag = ?)';
  if (scope === 'check') return '(v.check_name = ? AND v.ok = 0)';
  return 'EXISTS (SELECT 1 FROM table_flags f WHERE f.table_id = v.table_id AND f.flag = ?)';
}

/** Indicators match on their own field; tables and funds lines when one of their indicators does. */
function indicatorClause(scope: Scope, field: 'category' | 'level1'): string {
  if (scope === 'indicator') return `v.${field} = ?`;
  if (scope === 'check') return `EXISTS (SELECT 1 FROM indicators x WHERE x.id = v.indicator_id AND x.${field} = ?)`;
  return `EXISTS (SELECT 1 FROM indicators x WHERE x.table_id = v.table_id AND x.${field} = ?)`;
}
