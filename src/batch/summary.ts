/**
 * What a batch did, counted as Documents come out: documents ok / partial / failed, pages, skipped
 * (up to date from an earlier run) and abandoned (interrupted), tables per family, records
 * (indicators) needing review. Printed at the end and written as <out>/_summary.json.
 */
import type { Document, TableKind } from '../contract/schema.js';
import { REVIEW_LINE } from '../recognize/confidence.js';

/** <out>/_summary.json: not a Document (db add and review pass it over) */
export const SUMMARY_FILE = '_summary.json';

export interface BatchSummary {
  evaltabVersion: string;
  inputs: number;
  documents: { ok: number; partial: number; failed: number };
  /** pages of the Documents read (source.pages: PDF pages, image frames, XLSX worksheets; none for text, DOCX, HTML) */
  pages: number;
  skipped: number;
  abandoned: number;
  notStarted: number;
  interrupted: boolean;
  tables: Partial<Record<TableKind, number>>;
  indicators: number;
  recordsNeedingReview: number;
  /** inputs whose Document has an error diagnostic, with its first error */
  failures: { input: string; error: string }[];
  seconds: number;
  peakRssMb: number;
}

export function emptySummary(inputs: number, evaltabVersion: string): BatchSummary {
  return {
    evaltabVersion, inputs, documents: { ok: 0, partial: 0, failed: 0 }, pages: 0, skipped: 0, abandoned: 0, notStarted: 0,
    interrupted: false, tables: {}, indicators: 0, recordsNeedingReview: 0, failures: [], seconds: 0, peakRssMb: 0,
  };
}

export function count(summary: BatchSummary, document: Document, input: string): void {
  summary.documents[document.status]++;
  summary.pages += document.source.pages ?? 0;
  for (const table of document.tables) {
    summary.tables[table.kind] = (summary.tables[table.kind] ?? 0) + 1;
    summary.indicators += table.indicators.length;
    summary.recordsNeedingReview += table.indicators.filter((i) => i.confidence < REVIEW_LINE).length;
  }
  const error = document.diagnostics.find((d) => d.level === 'error');
  if (error) summary.failures.push({ input, error: `${error.code}: ${error.message}` });
}

export const done = (s: BatchSummary): number => s.documents.ok + s.documents.partial + s.documents.failed;

/** A few lines for a person. */
export function summaryText(s: BatchSummary): string {
  const kinds = Object.entries(s.tables).map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
  const lines = [
    `${done(s)} documents: ${s.documents.ok} ok, ${s.documents.partial} partial, ${s.documents.failed} failed, ` +
      `${s.pages} ${s.pages === 1 ? 'page' : 'pages'}` + (s.skipped > 0 ? `; ${s.skipped} up to date, skipped` : '') +
      ` (${s.seconds.toFixed(1)} s, peak ${Math.round(s.peakRssMb)} MB)`,
    `tables: ${kinds}; ${s.indicators} indicators, ${s.recordsNeedingReview} needing review (confidence < ${REVIEW_LINE})`,
  ];
  for (const f of s.failures.slice(0, 10)) lines.push(`failed: ${f.input}: ${f.error}`);
  if (s.failures.length > 10) lines.push(`… ${s.failures.length - 10} more failures (see _summary.json)`);
  return lines.join('\n');
}
