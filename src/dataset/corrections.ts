/**
 * The reviewers' decisions kept in the dataset (`corrections`, written by `evaltab review --db`),
 * read back as the review file of the same document would hold them. The loader applies them
 * to every load of that document, so a re-extraction or a re-add keeps them.
 */
import type { Database } from 'better-sqlite3';
import { REVIEW_FORMAT, type RecordReview, type ReviewFile } from '../review/review-file.js';

interface CorrectionRow {
  table_key: string; record: string; identity: string; status: 'accepted' | 'corrected';
  field: string | null; original: string | null; value: string | null; at: string;
}

/** The decisions on the document with this source hash; null when none. */
export function correctionsOf(db: Database, sha256: string, path: string): ReviewFile | null {
  const rows = db.prepare('SELECT table_key, record, identity, status, field, original, value, at FROM corrections WHERE sha256 = ? ORDER BY id').all(sha256) as CorrectionRow[];
  if (rows.length === 0) return null;
  const records = new Map<string, RecordReview>();
  for (const row of rows) {
    const key = `${row.table_key}\u0000${row.record}`;
    const record = records.get(key) ?? { table: row.table_key, record: row.record, identity: row.identity, status: row.status, fields: {}, at: row.at };
    if (row.field !== null) record.fields[row.field] = { original: row.original, value: row.value };
    records.set(key, record);
  }
  return { format: REVIEW_FORMAT, document: { sha256, path }, records: [...records.values()] };
}
