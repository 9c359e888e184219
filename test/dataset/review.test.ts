/**
 * Reviewers' decisions reach the dataset: `db add` applies the review file kept beside a JSON
 * output (evaltab review), so export and search carry the corrected value, the decision and the
 * value as extracted. The sample's first indicator is 依法收押率 with target ≥90% (read off
 * samples/liupanshui-police-2023-self-evaluation.txt, line 22).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runDbAdd } from '../../src/cli/commands/db-add.js';
import { openDataset } from '../../src/dataset/database.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { reviewTables } from '../../src/review/records.js';
import { emptyReview, recordDecision, reviewPathOf, type ReviewFile } from '../../src/review/review-file.js';
import { LIUPANSHUI, sample } from './support.js';

interface Row { level3: string; target_raw: string | null; target_number: number | null; review_status: string | null; review_original: string | null }

/** A review of the first table: its first indicator's target corrected, its second accepted. */
function reviewOf(document: Awaited<ReturnType<typeof sample>>): ReviewFile {
  const review = emptyReview(document.source.sha256, document.source.path);
  const records = reviewTables(document, review)[0]!.records;
  const [first, second] = ['indicators.0', 'indicators.1'].map((path) => records.find((r) => r.path === path)!);
  recordDecision(review, { table: first!.table, record: first!.path, identity: first!.identity }, { action: 'correct', field: 'target', original: '≥90%', value: '≥95%' });
  recordDecision(review, { table: second!.table, record: second!.path, identity: second!.identity }, { action: 'accept' });
  return review;
}

async function dbAdd(dir: string, db: string): Promise<number> {
  const io = { stdout: new PassThrough(), stderr: new PassThrough(), tty: false, columns: 80 };
  return runDbAdd({ inputs: [dir], db, quiet: true }, io as never);
}

describe('db add with a review file beside the JSON', () => {
  it('stores the corrected value, the decision and the value as extracted', async () => {
    const document = await sample(LIUPANSHUI);
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-review-db-'));
    const json = join(dir, 'liupanshui.txt.json');
    writeFileSync(json, JSON.stringify(document));
    writeFileSync(reviewPathOf(json), JSON.stringify(reviewOf(document)));
    const dbPath = join(dir, 'data.sqlite');
    expect(await dbAdd(dir, dbPath)).toBe(0);

    const db = await openDataset(dbPath);
    const rows = db.prepare("SELECT level3, target_raw, target_number, review_status, review_original FROM indicator_view WHERE table_key = 't1' ORDER BY indicator_seq LIMIT 3").all() as Row[];
    db.close();
    expect(rows[0]).toEqual({ level3: '依法收押率', target_raw: '≥95%', target_number: 95, review_status: 'corrected', review_original: '{"target":"≥90%"}' });
    expect(rows[1]!.review_status).toBe('accepted');
    expect(rows[1]!.review_original).toBeNull();
    expect(rows[2]!.review_status).toBeNull();
  });

  it('loads the document as extracted when the review file was made for other bytes of the source', async () => {
    const document = await sample(LIUPANSHUI);
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-review-db-'));
    const json = join(dir, 'liupanshui.txt.json');
    writeFileSync(json, JSON.stringify(document));
    writeFileSync(reviewPathOf(json), JSON.stringify({ ...reviewOf(document), document: { sha256: '0'.repeat(64), path: document.source.path } }));
    const dbPath = join(dir, 'data.sqlite');
    expect(await dbAdd(dir, dbPath)).toBe(0);
    const db = await openDataset(dbPath);
    const first = db.prepare("SELECT target_raw, review_status FROM indicator_view WHERE table_key = 't1' AND indicator_seq = 0").get();
    db.close();
    expect(first).toEqual({ target_raw: '≥90%', review_status: null });
  });
});

describe('decisions kept in the dataset (corrections, written by review --db)', () => {
  it('are applied again when the same document is loaded again', async () => {
    const document = await sample(LIUPANSHUI);
    const db = await openDataset(':memory:');
    loadDocument(db, document, { evaltabVersion: '0.0.0-test' });
    const record = reviewTables(document, emptyReview(document.source.sha256, document.source.path))[0]!.records.find((r) => r.path === 'indicators.0')!;
    db.prepare('INSERT INTO corrections (sha256, table_key, record, identity, status, field, original, value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(document.source.sha256, record.table, record.path, record.identity, 'corrected', 'target', '≥90%', '≥95%', '2026-12-03T00:00:00.000Z');
    const first = () => db.prepare("SELECT target_raw, review_status, review_original FROM indicator_view WHERE table_key = 't1' AND indicator_seq = 0").get();
    expect(first()).toEqual({ target_raw: '≥90%', review_status: null, review_original: null });
    loadDocument(db, await sample(LIUPANSHUI), { evaltabVersion: '0.0.0-test' }); // a re-extraction of the same bytes
    expect(first()).toEqual({ target_raw: '≥95%', review_status: 'corrected', review_original: '{"target":"≥90%"}' });
    db.close();
  });
});
