/**
 * applyCorrections: a Document with the reviewers' decisions applied, for export. Corrected
 * fields take the reviewer's value, parsed as an extracted cell would be (a target into a
 * Value, a weight into a number); each reviewed record is marked in table.review with the
 * extracted values kept; a corrected table's checks are recomputed. The input is not changed.
 * A review file made for other bytes of the source (another sha256) is not applied.
 */
import { auditTable } from '../audit/checks.js';
import type { Document, ReviewMark, Table } from '../contract/schema.js';
import { parseAmountCell } from '../normalize/number.js';
import { cleanText } from '../normalize/text.js';
import { parseValue } from '../normalize/value.js';
import { reviewTables } from './records.js';
import type { RecordReview, ReviewFile } from './review-file.js';

const VALUE_FIELDS = new Set(['target', 'initialTarget', 'actual']);
const NUMBER_FIELDS = new Set(['weight', 'score', 'level1Weight', 'initialBudget', 'declaredBudget', 'annualBudget', 'received', 'executed', 'balance', 'executionRate']);
const GRADES = ['优', '良', '中', '差'] as const;

/** A typed value as the field holds it; an Error says why it cannot be (a weight that is no number). */
export function coerce(kind: string, field: string, text: string | null): unknown {
  if (text === null || cleanText(text) === '') {
    if ((kind === 'indicator' && field === 'level3') || (kind === 'project' && field === 'name') || (kind === 'funds' && field === 'label')) return new Error(`${field} cannot be empty`);
    return null;
  }
  if (kind === 'row') return text;
  if (VALUE_FIELDS.has(field)) {
    const parsed = parseValue(text).value;
    return parsed.kind === 'empty' ? null : parsed;
  }
  if (NUMBER_FIELDS.has(field)) {
    const value = parseAmountCell(cleanText(text)).value;
    return value === null ? new Error(`${field} must be a number, got "${text}"`) : value;
  }
  if (kind === 'total' && field === 'grade') {
    const grade = GRADES.find((g) => cleanText(text) === g);
    return grade ?? new Error(`grade must be one of ${GRADES.join(' ')}, got "${text}"`);
  }
  return cleanText(text);
}

/** The object a record path names in a table ("indicators.3" → the indicator …). */
function target(table: Table, path: string): Record<string, unknown> | null {
  const [head, a, b] = path.split('.');
  if (head === 'indicators') return (table.indicators[Number(a)] as unknown as Record<string, unknown>) ?? null;
  if (head === 'funds' && a === 'rows') return (table.funds?.rows[Number(b)] as unknown as Record<string, unknown>) ?? null;
  if (head === 'project') return table.project as unknown as Record<string, unknown> | null;
  if (head === 'total') return table.total as unknown as Record<string, unknown> | null;
  if (head === 'rows') return table.rows?.[Number(a)] ?? null;
  return null;
}

const KIND: Record<string, string> = { indicators: 'indicator', funds: 'funds', project: 'project', total: 'total', rows: 'row' };

export function applyCorrections(document: Document, review: ReviewFile): Document {
  const out = structuredClone(document);
  if (review.document.sha256 !== document.source.sha256) return out;
  // the records as the review app matched them: by path, or by identity when a record moved
  for (const table of reviewTables(document, review)) {
    const copy = out.tables.find((t) => t.id === table.id)!;
    let changed = false;
    for (const record of table.records) {
      if (!record.review) continue;
      const into = target(copy, record.path);
      if (!into) continue;
      changed = applyRecord(into, KIND[record.path.split('.')[0]!]!, record.review) || changed;
      (copy.review ??= {})[record.path] = markOf(record.review);
    }
    if (changed) copy.checks = auditTable(copy);
  }
  return out;
}

function applyRecord(into: Record<string, unknown>, kind: string, review: RecordReview): boolean {
  let changed = false;
  for (const [field, correction] of Object.entries(review.fields)) {
    if (!(field in into)) continue;
    const value = coerce(kind, field, correction.value);
    if (value instanceof Error) continue; // the server refuses these; a hand-edited file may hold one
    into[field] = value;
    changed = true;
  }
  return changed;
}

function markOf(review: RecordReview): ReviewMark {
  const entries = Object.entries(review.fields);
  return {
    reviewed: true, status: review.status, at: review.at,
    original: Object.fromEntries(entries.map(([f, c]) => [f, c.original])),
    corrected: Object.fromEntries(entries.map(([f, c]) => [f, c.value])),
  };
}

