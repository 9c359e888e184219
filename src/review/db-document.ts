/**
 * The Document of a dataset row, for `evaltab review --db`. Exact when it can be: the JSON
 * `db add` read it from (documents.loaded_from), when that file still holds a Document of the
 * same sha256. Otherwise (extract --db writes no JSON) rebuilt from the rows, which mirror
 * the contract field by field (rows.ts): every field the review shows, cell provenance
 * included. Values corrected earlier are given back their extracted text from
 * review_original (and their table the checks of those values), so the review shows what
 * was read, beside the correction kept apart.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Database } from 'better-sqlite3';
import { DocumentSchema, SCHEMA_VERSION, type Document, type Indicator, type Provenance, type Table, type Value } from '../contract/schema.js';
import { auditTable } from '../audit/checks.js';
import { parseAmountCell } from '../normalize/number.js';
import { parseValue } from '../normalize/value.js';

type Cell = string | number | null | undefined;
type Row = Record<string, Cell>;

export interface DocumentRow {
  id: number;
  sha256: string;
  path: string;
  format: Document['source']['format'];
  pages: number | null;
  ocr: number;
  status: Document['status'];
  loaded_from: string | null;
}

/** The Document of a documents row, and whether it was read exactly (from its JSON). */
export async function documentOfRow(db: Database, row: DocumentRow): Promise<{ document: Document; exact: boolean }> {
  const fromJson = row.loaded_from && existsSync(row.loaded_from) ? await readJson(row.loaded_from) : null;
  if (fromJson && fromJson.source.sha256 === row.sha256) return { document: fromJson, exact: true };
  return { document: rebuild(db, row), exact: false };
}

async function readJson(path: string): Promise<Document | null> {
  try {
    const parsed = DocumentSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const list = <T>(text: Cell): T[] => (typeof text === 'string' ? (JSON.parse(text) as T[]) : []);
const str = (v: Cell): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Cell): number | null => (v === null || v === undefined ? null : Number(v));

function rebuild(db: Database, row: DocumentRow): Document {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Row[];
  const tables = all('SELECT * FROM tables WHERE document_id = ? ORDER BY seq', row.id).map((t) => tableOf(t, all));
  return {
    schemaVersion: SCHEMA_VERSION, status: row.status,
    source: { path: row.path, sha256: row.sha256, format: row.format, pages: row.pages, ocr: row.ocr === 1 },
    tables,
    diagnostics: all('SELECT level, code, message, page FROM diagnostics WHERE document_id = ? ORDER BY seq', row.id)
      .map((d) => ({ level: d.level as 'error' | 'warning' | 'info', code: String(d.code), message: String(d.message), page: num(d.page) })),
  };
}

function provenanceOf(r: Row): Provenance {
  const pair = (a: string, b: string): [number, number] | null => (r[a] === null || r[b] === null ? null : [Number(r[a]), Number(r[b])]);
  return {
    page: num(r.page), rows: pair('rows_first', 'rows_last'), lines: pair('lines_first', 'lines_last'),
    bbox: r.bbox === null ? null : (JSON.parse(String(r.bbox)) as [number, number, number, number]),
    text: String(r.provenance_text ?? ''),
    ...(r.provenance_cells === null ? {} : { cells: JSON.parse(String(r.provenance_cells)) as Provenance['cells'] }),
  };
}

/** A table of the rows; one whose records were corrected gets back the checks of its extracted values (the rows hold the re-audited ones). */
function tableOf(t: Row, all: (sql: string, ...params: unknown[]) => Row[]): Table {
  const table = rowsTableOf(t, all);
  const corrected = all('SELECT count(*) AS n FROM indicators WHERE table_id = ? AND review_original IS NOT NULL', t.id)[0]!.n !== 0;
  return corrected ? { ...table, checks: auditTable(table) } : table;
}

function rowsTableOf(t: Row, all: (sql: string, ...params: unknown[]) => Row[]): Table {
  const funds = all('SELECT * FROM funds_rows WHERE table_id = ? ORDER BY seq', t.id);
  const cells = all('SELECT row_seq, header, text FROM row_cells WHERE table_id = ? ORDER BY row_seq, col_seq', t.id);
  const rows: Record<string, string | null>[] = [];
  for (const c of cells) (rows[Number(c.row_seq)] ??= {})[String(c.header)] = str(c.text);
  const hasTotal = t.total_weight !== null || t.total_score !== null || t.grade !== null;
  return {
    id: String(t.table_key), kind: t.kind as Table['kind'], title: str(t.title), year: num(t.year),
    project: t.project_name === null ? null : {
      name: String(t.project_name), department: str(t.department), departmentCode: str(t.department_code),
      implementingUnit: str(t.implementing_unit), budgetUnit: str(t.budget_unit), budgetUnitCode: str(t.budget_unit_code),
      category: str(t.project_category), attribute: str(t.project_attribute), period: str(t.project_period),
    },
    funds: funds.length === 0 ? null : {
      publishedUnit: (t.funds_unit ?? '元') as '元' | '万元',
      rows: funds.map((f) => ({
        label: String(f.label), initialBudget: num(f.initial_budget), declaredBudget: num(f.declared_budget), annualBudget: num(f.annual_budget),
        received: num(f.received), executed: num(f.executed), balance: num(f.balance), executionRate: num(f.execution_rate), weight: num(f.weight), score: num(f.score),
      })),
    },
    goals: t.goals_planned === null && t.goals_achieved === null ? null : { planned: str(t.goals_planned), achieved: str(t.goals_achieved) },
    indicators: all('SELECT * FROM indicators WHERE table_id = ? ORDER BY seq', t.id).map(indicatorOf),
    total: hasTotal ? { weight: num(t.total_weight), score: num(t.total_score), grade: str(t.grade) as '优' | '良' | '中' | '差' | null } : null,
    conclusion: str(t.conclusion),
    rows: cells.length === 0 && (t.kind === 'project-self-evaluation' || t.kind === 'project-targets' || t.kind === 'department-targets') ? null : rows,
    checks: all('SELECT check_name, ok, message, indicator_seq FROM checks WHERE table_id = ? ORDER BY seq', t.id)
      .map((c) => ({ id: String(c.check_name), ok: c.ok === 1, message: String(c.message), indicator: num(c.indicator_seq) })),
    confidence: Number(t.confidence), flags: list<string>(t.flags), provenance: provenanceOf(t),
  };
}

function valueOf(r: Row, prefix: string): Value | null {
  if (r[`${prefix}_raw`] === null || r[`${prefix}_kind`] === null) return null;
  const normalized = r[`${prefix}_normalized_number`];
  return {
    raw: String(r[`${prefix}_raw`]), kind: r[`${prefix}_kind`] as Value['kind'], comparator: str(r[`${prefix}_comparator`]) as Value['comparator'],
    number: num(r[`${prefix}_number`]), unit: str(r[`${prefix}_unit`]),
    normalized: normalized === null ? null : { number: Number(normalized), unit: String(r[`${prefix}_normalized_unit`] ?? '') },
    text: str(r[`${prefix}_text`]), date: str(r[`${prefix}_date`]),
  };
}

function indicatorOf(r: Row): Indicator {
  const indicator: Indicator = {
    level1: str(r.level1), level1Weight: num(r.level1_weight), level2: str(r.level2), category: r.category as Indicator['category'],
    level3: String(r.level3), target: valueOf(r, 'target'), initialTarget: valueOf(r, 'initial_target'), actual: valueOf(r, 'actual'),
    completion: str(r.completion), weight: num(r.weight), score: num(r.score), deviation: str(r.deviation), explanation: str(r.explanation),
    otherColumns: list(r.other_columns), confidence: Number(r.confidence), flags: list<string>(r.flags), provenance: provenanceOf(r),
  };
  return r.review_original === null ? indicator : restoreOriginal(indicator, JSON.parse(String(r.review_original)) as Record<string, string | null>);
}

/** The fields a reviewer corrected, back to their extracted text (parsed as extraction parses a cell). */
function restoreOriginal(indicator: Indicator, original: Record<string, string | null>): Indicator {
  const out = { ...indicator } as Record<string, unknown>;
  for (const [field, text] of Object.entries(original)) {
    if (!(field in out)) continue;
    if (field === 'target' || field === 'initialTarget' || field === 'actual') out[field] = text === null ? null : parseValue(text).value;
    else if (field === 'weight' || field === 'score' || field === 'level1Weight') out[field] = text === null ? null : parseAmountCell(text).value;
    else out[field] = text ?? (field === 'level3' ? '' : null);
  }
  return out as unknown as Indicator;
}
