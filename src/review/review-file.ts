/**
 * Corrections are kept apart from the extraction (issue #12): `<name>.review.json` next to
 * `<name>.json` ("a.pdf.json" → "a.pdf.review.json"). They are keyed by the source's sha256,
 * the table id and the record (its path in the table plus an identity — a 三级 name under its
 * 一级/二级, a funds label — that survives a re-extraction of the same file that moved it).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { z } from 'zod';

export const REVIEW_FORMAT = 'evaltab-review/1';

const FieldCorrectionSchema = z.object({
  /** the value as extracted, as the reviewer saw it (display text) */
  original: z.string().nullable(),
  /** the value the reviewer typed; null clears the field */
  value: z.string().nullable(),
});

const RecordReviewSchema = z.object({
  table: z.string(),
  /** path of the record in its table: "indicators.3", "funds.rows.0", "project", "total", "rows.2" */
  record: z.string(),
  /** what the record is, to find it again if its index moved ("产出指标/数量指标/依法收押率") */
  identity: z.string(),
  status: z.enum(['accepted', 'corrected']),
  fields: z.record(z.string(), FieldCorrectionSchema),
  at: z.string(),
});

export const ReviewFileSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  document: z.object({ sha256: z.string(), path: z.string() }),
  records: z.array(RecordReviewSchema),
});

export type FieldCorrection = z.infer<typeof FieldCorrectionSchema>;
export type RecordReview = z.infer<typeof RecordReviewSchema>;
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

/** "out/a.pdf.json" → "out/a.pdf.review.json" */
export const reviewPathOf = (jsonPath: string): string => jsonPath.replace(/\.json$/i, '') + '.review.json';
export const isReviewPath = (path: string): boolean => /\.review(\.stale-\d+)?\.json$/i.test(path);

export const emptyReview = (sha256: string, path: string): ReviewFile => ({ format: REVIEW_FORMAT, document: { sha256, path }, records: [] });

/** The review file of a document, or an empty one; a file for other bytes (the source changed) is not used. */
export async function loadReview(jsonPath: string, sha256: string, sourcePath: string): Promise<{ review: ReviewFile; stale: ReviewFile | null }> {
  const path = reviewPathOf(jsonPath);
  if (!existsSync(path)) return { review: emptyReview(sha256, sourcePath), stale: null };
  const parsed = ReviewFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not an evaltab review file: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  if (parsed.data.document.sha256 !== sha256) return { review: emptyReview(sha256, sourcePath), stale: parsed.data };
  return { review: parsed.data, stale: null };
}

/** Written whole to a temporary file, then renamed: a crash never leaves half a review. */
export async function saveReview(jsonPath: string, review: ReviewFile): Promise<void> {
  const path = reviewPathOf(jsonPath);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(review, null, 2)}\n`);
  await rename(tmp, path);
}

/** The review of a record: by path when its identity still matches, else by identity (the record moved). */
export function findRecordReview(review: ReviewFile, table: string, record: string, identity: string): RecordReview | undefined {
  const inTable = review.records.filter((r) => r.table === table);
  return inTable.find((r) => r.record === record && r.identity === identity) ?? inTable.find((r) => r.identity === identity && r.record.split('.')[0] === record.split('.')[0]);
}

/** Accepts a record or corrects one of its fields; returns the record's review. */
export function recordDecision(
  review: ReviewFile,
  key: { table: string; record: string; identity: string },
  decision: { action: 'accept' } | { action: 'correct'; field: string; original: string | null; value: string | null } | { action: 'reset' },
  now = new Date(),
): RecordReview | null {
  const existing = findRecordReview(review, key.table, key.record, key.identity);
  if (decision.action === 'reset') {
    review.records = review.records.filter((r) => r !== existing);
    return null;
  }
  const entry: RecordReview = existing ?? { table: key.table, record: key.record, identity: key.identity, status: 'accepted', fields: {}, at: now.toISOString() };
  entry.record = key.record;
  entry.at = now.toISOString();
  if (decision.action === 'correct') {
    const before = entry.fields[decision.field]?.original ?? decision.original;
    if (decision.value === before) delete entry.fields[decision.field];
    else entry.fields[decision.field] = { original: before, value: decision.value };
  }
  entry.status = Object.keys(entry.fields).length > 0 ? 'corrected' : 'accepted';
  if (!existing) review.records.push(entry);
  return entry;
}
