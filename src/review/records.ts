/**
 * The review model: a Document seen as records to check — each indicator, each funds row,
 * the project header, the 总分 row, each row of a table read as rows — with its fields as
 * the reviewer reads them (display text), the cells each field came from, its flags and
 * checks in plain words, and the reviewer's decision. Records are sorted by confidence, so
 * those below the review line come first.
 */
import type { CellRef, Document, Indicator, Table, Value } from '../contract/schema.js';
import { REVIEW_LINE } from '../recognize/confidence.js';
import { FIELD_LABELS, explainCheck, explainFlag, type Explained } from './explain.js';
import { stripsOf, type Strip } from './crops.js';
import { findRecordReview, type RecordReview, type ReviewFile } from './review-file.js';

export type RecordKind = 'indicator' | 'funds' | 'project' | 'total' | 'row';

export interface ReviewField {
  name: string;
  label: string;
  /** the extracted value as text (a Value's raw, a number, a string); null when empty */
  value: string | null;
  /** the reviewer's correction, when there is one */
  corrected?: string | null;
  cells: CellRef[];
}

export interface ReviewRecord {
  table: string;
  /** path in the table: "indicators.3", "funds.rows.0", "project", "total", "rows.2" */
  path: string;
  identity: string;
  kind: RecordKind;
  title: string;
  confidence: number;
  needsReview: boolean;
  flags: Explained[];
  checks: (Explained & { ok: boolean; message: string })[];
  fields: ReviewField[];
  /** the source row as extracted (cells joined by tabs) */
  sourceText: string;
  /** 1-based source lines (text inputs) */
  lines: [number, number] | null;
  strips: Strip[];
  review: RecordReview | null;
}

export interface ReviewTable {
  id: string;
  kind: Table['kind'];
  title: string | null;
  project: string | null;
  confidence: number;
  flags: Explained[];
  header: CellRef[];
  records: ReviewRecord[];
}

const INDICATOR_FIELDS = ['level1', 'level2', 'level3', 'target', 'initialTarget', 'actual', 'completion', 'weight', 'score', 'deviation', 'explanation'] as const;
const CORE = new Set(['level3', 'target', 'actual', 'weight', 'score']);
const FUNDS_FIELDS = ['label', 'initialBudget', 'declaredBudget', 'annualBudget', 'received', 'executed', 'balance', 'executionRate', 'weight', 'score'] as const;
const PROJECT_FIELDS = ['name', 'department', 'departmentCode', 'implementingUnit', 'budgetUnit', 'budgetUnitCode', 'category', 'attribute', 'period'] as const;

/** A field's value as the reviewer reads and types it. */
export function displayOf(value: Value | string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return value.raw;
  return String(value);
}

const FUNDS_FLAG = /^(funds-|ocr-low-confidence-funds)/;
const HEADER_FLAG = /^(project-|ocr-low-confidence-header)/;

/** Distinguishes records of the same identity in one table ("…#2"). */
function numbered(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

export function reviewTables(document: Document, review: ReviewFile): ReviewTable[] {
  return document.tables.map((table) => {
    const header = table.provenance.cells?.header ?? [];
    const records = recordsOf(table).map((r) => ({
      ...r,
      needsReview: r.confidence < REVIEW_LINE,
      // the column header helps read an indicator or a row; project and funds cells carry their own labels
      strips: stripsOf(r.fields.flatMap((f) => (f.name === 'level1' || f.name === 'level2' ? [] : f.cells)), r.kind === 'indicator' || r.kind === 'row' ? header : []),
      review: findRecordReview(review, table.id, r.path, r.identity) ?? null,
    }));
    for (const record of records) {
      for (const field of record.fields) {
        const correction = record.review?.fields[field.name];
        if (correction) field.corrected = correction.value;
      }
    }
    records.sort((a, b) => a.confidence - b.confidence);
    return {
      id: table.id, kind: table.kind, title: table.title, project: table.project?.name ?? null,
      confidence: table.confidence, flags: table.flags.map(explainFlag), header, records,
    };
  });
}

type Draft = Omit<ReviewRecord, 'needsReview' | 'strips' | 'review'>;

function recordsOf(table: Table): Draft[] {
  const cells = table.provenance.cells ?? {};
  const at = (path: string) => cells[path] ?? [];
  const field = (name: string, value: string | null, refs: CellRef[]): ReviewField => ({ name, label: FIELD_LABELS[name] ?? name, value, cells: refs });
  const base = { table: table.id, sourceText: table.provenance.text, lines: table.provenance.lines, checks: [] };
  const out: Draft[] = [];
  if (table.project) {
    const project = table.project;
    out.push({
      ...base, path: 'project', identity: 'project', kind: 'project', title: `项目: ${project.name}`,
      confidence: table.confidence, flags: table.flags.filter((f) => HEADER_FLAG.test(f)).map(explainFlag),
      fields: PROJECT_FIELDS.map((name) => field(name, displayOf(project[name]), at(`project.${name}`))),
    });
  }
  const fundsIds = numbered((table.funds?.rows ?? []).map((r) => `funds:${r.label}`));
  table.funds?.rows.forEach((row, i) => {
    out.push({
      ...base, path: `funds.rows.${i}`, identity: fundsIds[i]!, kind: 'funds', title: `资金: ${row.label}`,
      confidence: table.confidence, flags: table.flags.filter((f) => FUNDS_FLAG.test(f)).map(explainFlag),
      fields: FUNDS_FIELDS.map((name) => field(name, displayOf(row[name]), at(`funds.rows.${i}.${name}`))),
    });
  });
  const ids = numbered(table.indicators.map((i) => `${i.level1 ?? ''}/${i.level2 ?? ''}/${i.level3}`));
  table.indicators.forEach((indicator, i) => out.push(indicatorRecord(table, indicator, i, ids[i]!)));
  if (table.total) {
    const total = table.total;
    out.push({
      ...base, path: 'total', identity: 'total', kind: 'total', title: '总分',
      confidence: table.confidence, flags: [], checks: table.checks.filter((c) => c.indicator === null && !c.ok).map(explainCheck),
      fields: (['weight', 'score', 'grade'] as const).map((name) => field(name, displayOf(total[name]), at(`total.${name}`))),
    });
  }
  const rowIds = numbered((table.rows ?? []).map((row) => `row:${Object.values(row).filter((v) => v !== null).slice(0, 2).join('|')}`));
  table.rows?.forEach((row, i) => {
    out.push({
      ...base, path: `rows.${i}`, identity: rowIds[i]!, kind: 'row', title: Object.values(row).filter((v) => v !== null).slice(0, 3).join(' · ') || `row ${i + 1}`,
      confidence: table.confidence, flags: table.flags.map(explainFlag),
      fields: Object.entries(row).map(([key, value]) => field(key, value, at(`rows.${i}.${key}`))),
    });
  });
  return out;
}

function indicatorRecord(table: Table, indicator: Indicator, index: number, identity: string): Draft {
  const cells = indicator.provenance.cells ?? {};
  const fields = INDICATOR_FIELDS
    .filter((name) => CORE.has(name) || indicator[name] !== null)
    .map((name) => ({ name, label: FIELD_LABELS[name] ?? name, value: displayOf(indicator[name]), cells: cells[name] ?? [] }));
  return {
    table: table.id, path: `indicators.${index}`, identity, kind: 'indicator',
    title: indicator.level3 || '(no 三级 name)', confidence: indicator.confidence,
    flags: indicator.flags.map(explainFlag),
    checks: table.checks.filter((c) => c.indicator === index && !c.ok).map(explainCheck),
    fields, sourceText: indicator.provenance.text, lines: indicator.provenance.lines,
  };
}
