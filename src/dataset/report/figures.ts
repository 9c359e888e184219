/**
 * The audit questions, answered from the dataset. The findings are the failed checks that
 * src/audit/checks.ts computed at extraction (the Document carries them): the report counts
 * and lists them, it never re-derives them differently. Filters keep tables (and what
 * belongs to them), so every figure is about the same set of tables.
 */
import type { Database } from 'better-sqlite3';
import { REVIEW_LINE } from '../../recognize/confidence.js';
import { whereClause, type Filters } from '../filters.js';

export interface GroupFigures {
  department: string | null;
  year: number | null;
  documents: number;
  tables: number;
  projects: number;
  indicators: number;
  indicatorsNeedingReview: number;
}

export interface ExecutionFigures {
  /** tables whose first funds line gives an execution rate (a zero budget gives none) */
  count: number;
  /** of those, how many had no printed rate (computed as 执行数 / 全年预算数) */
  computed: number;
  mean: number | null;
  median: number | null;
  below90: number;
  buckets: { label: string; count: number }[];
}

export interface GradeFigures {
  department: string | null;
  counts: Record<'优' | '良' | '中' | '差' | 'none', number>;
}

export interface FindingItem {
  department: string | null;
  year: number | null;
  project: string | null;
  indicator: string | null;
  message: string;
  confidence: number;
  source: string;
  page: number | null;
  line: number | null;
}

export interface FindingFigures {
  check: string;
  title: string;
  /** failed checks (one per indicator for per-indicator checks) */
  failed: number;
  /** tables with at least one failure */
  tables: number;
  /** tables the check was run on */
  checkedTables: number;
  items: FindingItem[];
}

export interface ReportFigures {
  filters: Filters;
  totals: { documents: number; tables: number; projects: number; indicators: number; indicatorsNeedingReview: number; tablesNeedingReview: number };
  groups: GroupFigures[];
  execution: ExecutionFigures;
  grades: GradeFigures[];
  findings: FindingFigures[];
}

/** The questions, in the order the report asks them; titles say what a failure means. */
export const FINDINGS: readonly { check: string; title: string }[] = [
  { check: 'actual-copies-target', title: 'Actual value copies the target' },
  { check: 'target-missed-but-full-score', title: 'Target missed, yet full score' },
  { check: 'score-within-weight', title: 'Score above the weight' },
  { check: 'scores-sum-total', title: 'Scores do not add up to the total' },
  { check: 'weights-sum-100', title: 'Weights do not add up' },
  { check: 'grade-matches-score', title: 'Grade inconsistent with the total' },
  { check: 'execution-rate', title: 'Printed execution rate differs from 执行数 / 预算数' },
  { check: 'target-met-but-not-scored', title: 'Target met, yet points deducted' },
];

const PROJECT_FAMILIES = "('project-self-evaluation', 'project-targets')";

export function reportFigures(db: Database, filters: Filters): ReportFigures {
  return {
    filters,
    totals: totals(db, filters),
    groups: groups(db, filters),
    execution: execution(db, filters),
    grades: grades(db, filters),
    findings: FINDINGS.map((f) => finding(db, filters, f.check, f.title)),
  };
}

function tableWhere(filters: Filters, extra?: string): { sql: string; params: (string | number)[] } {
  const where = whereClause(filters, 'table');
  if (!extra) return where;
  return { sql: where.sql === '' ? `WHERE ${extra}` : `${where.sql} AND ${extra}`, params: where.params };
}

const GROUP_COLUMNS = `count(DISTINCT v.document_id) AS documents, count(*) AS tables,
  count(DISTINCT CASE WHEN v.family IN ${PROJECT_FAMILIES} THEN v.project END) AS projects,
  coalesce(sum(v.indicator_count), 0) AS indicators, coalesce(sum(v.indicators_needing_review), 0) AS indicatorsNeedingReview`;

function totals(db: Database, filters: Filters): ReportFigures['totals'] {
  const where = tableWhere(filters);
  return db.prepare(`SELECT ${GROUP_COLUMNS}, coalesce(sum(v.table_confidence < ${REVIEW_LINE}), 0) AS tablesNeedingReview FROM table_view v ${where.sql}`)
    .get(...where.params) as ReportFigures['totals'];
}

function groups(db: Database, filters: Filters): GroupFigures[] {
  const where = tableWhere(filters);
  return db.prepare(`SELECT v.department_or_unit AS department, v.year, ${GROUP_COLUMNS} FROM table_view v ${where.sql}
    GROUP BY v.department_or_unit, v.year ORDER BY v.department_or_unit IS NULL, v.department_or_unit, v.year`).all(...where.params) as GroupFigures[];
}

/** Bucket bounds in percent; 100 % exactly is its own bucket, being by far the most common. */
const BUCKETS: { label: string; test(rate: number): boolean }[] = [
  { label: '<60', test: (r) => r < 60 },
  { label: '60–70', test: (r) => r >= 60 && r < 70 },
  { label: '70–80', test: (r) => r >= 70 && r < 80 },
  { label: '80–90', test: (r) => r >= 80 && r < 90 },
  { label: '90–95', test: (r) => r >= 90 && r < 95 },
  { label: '95–<100', test: (r) => r >= 95 && r < 100 },
  { label: '100', test: (r) => r === 100 },
  { label: '>100', test: (r) => r > 100 },
];

export function executionBuckets(rates: number[]): { label: string; count: number }[] {
  return BUCKETS.map((b) => ({ label: b.label, count: rates.filter((r) => b.test(r)).length }));
}

function execution(db: Database, filters: Filters): ExecutionFigures {
  // a zero budget has no execution rate to speak of, whatever the table prints (often 0)
  const where = tableWhere(filters, 'v.funds_unit IS NOT NULL AND coalesce(v.funds_annual_budget, -1) <> 0');
  const rows = db.prepare(`SELECT v.funds_execution_rate AS printed,
      CASE WHEN v.funds_annual_budget > 0 AND v.funds_executed IS NOT NULL THEN 100.0 * v.funds_executed / v.funds_annual_budget END AS computed
    FROM table_view v ${where.sql}`).all(...where.params) as { printed: number | null; computed: number | null }[];
  const usable = rows.filter((r) => r.printed !== null || r.computed !== null);
  const rates = usable.map((r) => r.printed ?? Math.round(r.computed! * 100) / 100).sort((a, b) => a - b);
  const mean = rates.length === 0 ? null : rates.reduce((a, b) => a + b, 0) / rates.length;
  return {
    count: rates.length,
    computed: usable.filter((r) => r.printed === null).length,
    mean: mean === null ? null : Math.round(mean * 100) / 100,
    median: median(rates),
    below90: rates.filter((r) => r < 90).length,
    buckets: executionBuckets(rates),
  };
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function grades(db: Database, filters: Filters): GradeFigures[] {
  const where = tableWhere(filters, "v.family = 'project-self-evaluation'");
  const rows = db.prepare(`SELECT v.department_or_unit AS department, t.grade, count(*) AS n FROM table_view v JOIN tables t ON t.id = v.table_id ${where.sql}
    GROUP BY v.department_or_unit, t.grade ORDER BY v.department_or_unit IS NULL, v.department_or_unit`).all(...where.params) as { department: string | null; grade: string | null; n: number }[];
  const byDepartment = new Map<string | null, GradeFigures>();
  for (const row of rows) {
    let entry = byDepartment.get(row.department);
    if (!entry) byDepartment.set(row.department, entry = { department: row.department, counts: { 优: 0, 良: 0, 中: 0, 差: 0, none: 0 } });
    entry.counts[(row.grade ?? 'none') as keyof GradeFigures['counts']] += row.n;
  }
  return [...byDepartment.values()];
}

function finding(db: Database, filters: Filters, check: string, title: string): FindingFigures {
  const where = tableWhere(filters, 'v.check_name = ?');
  const params = [...where.params, check];
  const counts = db.prepare(`SELECT coalesce(sum(v.ok = 0), 0) AS failed, count(DISTINCT CASE WHEN v.ok = 0 THEN v.table_id END) AS tables,
    count(DISTINCT v.table_id) AS checkedTables FROM check_view v ${where.sql}`).get(...params) as Pick<FindingFigures, 'failed' | 'tables' | 'checkedTables'>;
  const items = db.prepare(`SELECT v.department_or_unit AS department, v.year, v.project, v.level3 AS indicator, v.message, v.confidence,
      v.document_path AS source, v.page, coalesce(i.lines_first, t.lines_first) AS line
    FROM check_view v JOIN tables t ON t.id = v.table_id LEFT JOIN indicators i ON i.id = v.indicator_id
    ${where.sql} AND v.ok = 0 ORDER BY v.document_id, v.table_id, v.check_seq`).all(...params) as FindingItem[];
  return { check, title, ...counts, items };
}
