/**
 * `evaltab review --stats`: how far the review has come — records reviewed, accepted and
 * corrected, and which fields the reviewers corrected most — over the review files of an
 * output directory. Stale review files (made for other bytes of a source) are not counted.
 */
import { REVIEW_LINE } from '../recognize/confidence.js';
import { reviewTables } from './records.js';
import type { ReviewSource } from './store.js';

export interface ReviewStats {
  documents: number;
  records: number;
  needsReview: number;
  reviewed: number;
  reviewedNeedingReview: number;
  accepted: number;
  corrected: number;
  /** field name → corrections */
  byField: Record<string, number>;
}

export function reviewStats(store: ReviewSource): ReviewStats {
  const stats: ReviewStats = { documents: store.entries.length, records: 0, needsReview: 0, reviewed: 0, reviewedNeedingReview: 0, accepted: 0, corrected: 0, byField: {} };
  for (const entry of store.entries) {
    for (const record of reviewTables(entry.document, entry.review).flatMap((t) => t.records)) {
      stats.records++;
      const low = record.confidence < REVIEW_LINE;
      if (low) stats.needsReview++;
      if (!record.review) continue;
      stats.reviewed++;
      if (low) stats.reviewedNeedingReview++;
      if (record.review.status === 'accepted') stats.accepted++;
      else stats.corrected++;
      for (const field of Object.keys(record.review.fields)) stats.byField[field] = (stats.byField[field] ?? 0) + 1;
    }
  }
  return stats;
}

export function statsText(stats: ReviewStats): string {
  const lines = [
    `documents  ${stats.documents}`,
    `records    ${stats.records} (${stats.needsReview} below ${REVIEW_LINE}, of which ${stats.reviewedNeedingReview} reviewed)`,
    `reviewed   ${stats.reviewed}: ${stats.accepted} accepted as read, ${stats.corrected} corrected`,
  ];
  const fields = Object.entries(stats.byField).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (fields.length > 0) {
    lines.push('corrections by field:');
    const width = Math.max(...fields.map(([f]) => f.length));
    for (const [field, n] of fields) lines.push(`  ${field.padEnd(width)}  ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
