/**
 * A Document taken apart into the rows of the dataset's tables (schema-tables.ts). Pure
 * mapping, no database: every object has exactly the columns of its table (but ids), so the
 * loader can bind it to a generated INSERT.
 */
import type { Check, Diagnostic, Document, FundsRow, Indicator, Provenance, ReviewMark, Table, Value } from '../contract/schema.js';

export type Row = Record<string, string | number | null>;

const json = (value: unknown): string => JSON.stringify(value);
const bit = (value: boolean): number => (value ? 1 : 0);

/** SHA-256 of no bytes: what an input that could not be read is hashed to. */
export const NO_BYTES = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** documents.identity: the sha256, or the path for an input none of whose bytes were read. */
export function identityOf(source: Document['source']): string {
  return source.sha256 === '' || source.sha256 === NO_BYTES ? `path:${source.path}` : source.sha256;
}

export function documentRow(document: Document, meta: { evaltabVersion: string; loadedFrom: string | null; loadedAt: string }): Row {
  const { source } = document;
  return {
    identity: identityOf(source), sha256: source.sha256, path: source.path, format: source.format, pages: source.pages, ocr: bit(source.ocr),
    status: document.status, schema_version: document.schemaVersion,
    evaltab_version: meta.evaltabVersion, loaded_from: meta.loadedFrom, loaded_at: meta.loadedAt,
  };
}

export function provenanceRow(p: Provenance): Row {
  return {
    page: p.page, rows_first: p.rows?.[0] ?? null, rows_last: p.rows?.[1] ?? null,
    lines_first: p.lines?.[0] ?? null, lines_last: p.lines?.[1] ?? null,
    bbox: p.bbox ? json(p.bbox) : null, provenance_text: p.text,
    // cell-level provenance is optional in the contract (absent from older Documents)
    provenance_cells: (p as { cells?: unknown }).cells === undefined ? null : json((p as { cells?: unknown }).cells),
  };
}

export function tableRow(table: Table, documentId: number, seq: number): Row {
  const project = table.project;
  const funds = table.funds?.rows[0] ?? null;
  return {
    document_id: documentId, seq, table_key: table.id, kind: table.kind, title: table.title, year: table.year,
    project_name: project?.name ?? null, department: project?.department ?? null, department_code: project?.departmentCode ?? null,
    implementing_unit: project?.implementingUnit ?? null, budget_unit: project?.budgetUnit ?? null,
    budget_unit_code: project?.budgetUnitCode ?? null, project_category: project?.category ?? null,
    project_attribute: project?.attribute ?? null, project_period: project?.period ?? null,
    funds_unit: table.funds?.publishedUnit ?? null,
    funds_initial_budget: funds?.initialBudget ?? null, funds_annual_budget: funds?.annualBudget ?? null,
    funds_executed: funds?.executed ?? null, funds_execution_rate: funds?.executionRate ?? null,
    goals_planned: table.goals?.planned ?? null, goals_achieved: table.goals?.achieved ?? null,
    total_weight: table.total?.weight ?? null, total_score: table.total?.score ?? null, grade: table.total?.grade ?? null,
    conclusion: table.conclusion, indicator_count: table.indicators.length,
    confidence: table.confidence, flags: json(table.flags),
    ...provenanceRow(table.provenance),
  };
}

export function valueRow(prefix: string, value: Value | null): Row {
  return {
    [`${prefix}_raw`]: value?.raw ?? null,
    [`${prefix}_kind`]: value?.kind ?? null,
    [`${prefix}_comparator`]: value?.comparator ?? null,
    [`${prefix}_number`]: value?.number ?? null,
    [`${prefix}_unit`]: value?.unit ?? null,
    [`${prefix}_normalized_number`]: value?.normalized?.number ?? null,
    [`${prefix}_normalized_unit`]: value?.normalized?.unit ?? null,
    [`${prefix}_text`]: value?.text ?? null,
    [`${prefix}_date`]: value?.date ?? null,
  };
}

/** `review`: the reviewer's decision on this record, when the Document has corrections applied (Table.review). */
export function indicatorRow(indicator: Indicator, tableId: number, documentId: number, seq: number, review?: ReviewMark): Row {
  return {
    table_id: tableId, document_id: documentId, seq,
    level1: indicator.level1, level1_weight: indicator.level1Weight, level2: indicator.level2,
    category: indicator.category, level3: indicator.level3,
    ...valueRow('target', indicator.target),
    ...valueRow('initial_target', indicator.initialTarget),
    ...valueRow('actual', indicator.actual),
    completion: indicator.completion, weight: indicator.weight, score: indicator.score,
    deviation: indicator.deviation, explanation: indicator.explanation,
    other_columns: json(indicator.otherColumns), confidence: indicator.confidence, flags: json(indicator.flags),
    review_status: review?.status ?? null,
    review_original: review?.status === 'corrected' ? json(review.original) : null,
    reviewed_at: review?.at ?? null,
    ...provenanceRow(indicator.provenance),
  };
}

export function fundsRow(row: FundsRow, tableId: number, seq: number): Row {
  return {
    table_id: tableId, seq, label: row.label, initial_budget: row.initialBudget, declared_budget: row.declaredBudget,
    annual_budget: row.annualBudget, received: row.received, executed: row.executed, balance: row.balance,
    execution_rate: row.executionRate, weight: row.weight, score: row.score,
  };
}

export function checkRow(check: Check, tableId: number, seq: number, indicatorId: number | null): Row {
  return { table_id: tableId, seq, check_name: check.id, ok: bit(check.ok), message: check.message, indicator_seq: check.indicator, indicator_id: indicatorId };
}

export function diagnosticRow(diagnostic: Diagnostic, documentId: number, seq: number): Row {
  return { document_id: documentId, seq, level: diagnostic.level, code: diagnostic.code, message: diagnostic.message, page: diagnostic.page };
}

/** The cells of Table.rows, one row each, with the cell read as a plain number where it is one. */
export function cellRows(table: Table, tableId: number): Row[] {
  return (table.rows ?? []).flatMap((cells, rowSeq) =>
    Object.entries(cells).map(([header, text], colSeq) => ({ table_id: tableId, row_seq: rowSeq, col_seq: colSeq, header, text, number: plainNumber(text) })));
}

/** "5,287.25" → 5287.25, "-12" → -12; anything else (units, words, dates) → null. */
export function plainNumber(text: string | null): number | null {
  if (text === null) return null;
  const compact = text.replace(/[,，\s]/g, '');
  return /^[-+]?(\d+(\.\d+)?|\.\d+)$/.test(compact) ? Number(compact) : null;
}
