/**
 * The review model without a browser: which part of a page is shown beside a record
 * (crops.ts), how decisions are kept (review-file.ts), how they are applied for export
 * (apply.ts) and counted (stats.ts). Geometry cases are written by hand; document cases use
 * the liupanshui-police-2023 samples, whose first indicator is 依法收押率 ≥90% / ≥90% / 5 / 5.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CellRef } from '../../src/contract/schema.js';
import { DocumentSchema } from '../../src/contract/schema.js';
import { applyCorrections } from '../../src/review/apply.js';
import { stripsOf } from '../../src/review/crops.js';
import { reviewTables } from '../../src/review/records.js';
import { emptyReview, findRecordReview, recordDecision, reviewPathOf } from '../../src/review/review-file.js';
import { reviewStats, statsText } from '../../src/review/stats.js';
import { ReviewStore } from '../../src/review/store.js';
import { documentOf, outDir, PDF_SAMPLE } from './fixtures.js';

const keyOf = (r: { table: string; path: string; identity: string }) => ({ table: r.table, record: r.path, identity: r.identity });
const cell = (page: number, box: [number, number, number, number]): CellRef => ({
  page, box, pageSize: [600, 800], unit: 'pt', line: null, grid: 0, row: 0, col: 0, text: 'x',
});

describe('stripsOf', () => {
  const header = [cell(1, [100, 100, 200, 120]), cell(1, [200, 100, 500, 120])];
  it('shows a row just under its header in one strip, as wide as the table, padded by 4 pt', () => {
    expect(stripsOf([cell(1, [200, 130, 300, 150])], header)).toEqual([
      { role: 'header+row', page: 1, box: [96, 96, 504, 154], pageSize: [600, 800], unit: 'pt' },
    ]);
  });
  it('shows the header apart when the row is far below it or on a later page', () => {
    expect(stripsOf([cell(1, [200, 600, 300, 620])], header).map((s) => [s.role, s.box])).toEqual([
      ['header', [96, 96, 504, 124]], ['row', [96, 596, 504, 624]],
    ]);
    expect(stripsOf([cell(2, [200, 40, 300, 60])], header).map((s) => [s.role, s.page])).toEqual([['header', 1], ['row', 2]]);
  });
  it('clips to the page and shows nothing for cells without geometry', () => {
    expect(stripsOf([cell(1, [0, 0, 600, 10])], [])[0]!.box).toEqual([0, 0, 600, 14]);
    expect(stripsOf([{ ...cell(1, [0, 0, 1, 1]), box: null, pageSize: null, unit: null }], header)).toEqual([]);
  });
});

describe('review decisions', () => {
  const key = { table: 't1', record: 'indicators.0', identity: '产出指标/数量指标/依法收押率' };
  it('accepts, corrects, forgets a correction set back to the original, and resets', () => {
    const review = emptyReview('abc', 'a.pdf');
    expect(recordDecision(review, key, { action: 'accept' })!.status).toBe('accepted');
    const corrected = recordDecision(review, key, { action: 'correct', field: 'actual', original: '≥90%', value: '85%' })!;
    expect(corrected).toMatchObject({ status: 'corrected', fields: { actual: { original: '≥90%', value: '85%' } } });
    // a second correction keeps the extracted value as the original
    recordDecision(review, key, { action: 'correct', field: 'actual', original: '85%', value: '80%' });
    expect(review.records[0]!.fields.actual).toEqual({ original: '≥90%', value: '80%' });
    expect(recordDecision(review, key, { action: 'correct', field: 'actual', original: '80%', value: '≥90%' })!.status).toBe('accepted');
    expect(review.records).toHaveLength(1);
    recordDecision(review, key, { action: 'reset' });
    expect(review.records).toEqual([]);
  });
  it('finds a record that moved by its identity', () => {
    const review = emptyReview('abc', 'a.pdf');
    recordDecision(review, key, { action: 'accept' });
    expect(findRecordReview(review, 't1', 'indicators.4', key.identity)?.record).toBe('indicators.0');
    expect(findRecordReview(review, 't1', 'indicators.0', '产出指标/数量指标/别的')).toBeUndefined();
    expect(reviewPathOf('/o/a.pdf.json')).toBe('/o/a.pdf.review.json');
  });
});

describe('applyCorrections', () => {
  it('puts the corrected value in the record, keeps the original, marks it reviewed and re-audits', async () => {
    const document = await documentOf(PDF_SAMPLE);
    const before = JSON.stringify(document);
    const review = emptyReview(document.source.sha256, document.source.path);
    const first = reviewTables(document, review)[0]!.records.find((r) => r.title === '依法收押率')!;
    expect(first.path).toBe('indicators.0');
    recordDecision(review, keyOf(first), { action: 'correct', field: 'actual', original: '≥90%', value: '85%' });
    recordDecision(review, { table: 't1', record: 'funds.rows.0', identity: 'funds:年度资金总额' }, { action: 'accept' });
    const out = applyCorrections(document, review);
    expect(JSON.stringify(document)).toBe(before); // the input is not changed
    const t1 = out.tables[0]!;
    expect(t1.indicators[0]!.actual).toMatchObject({ raw: '85%', kind: 'numeric', comparator: null, number: 85, unit: '%' });
    expect(t1.review!['indicators.0']).toMatchObject({ reviewed: true, status: 'corrected', original: { actual: '≥90%' }, corrected: { actual: '85%' } });
    expect(t1.review!['funds.rows.0']).toMatchObject({ reviewed: true, status: 'accepted', original: {} });
    // 85% misses ≥90% with the full 5 points: the audit now says so; the copied actual is gone
    const about = (id: string) => t1.checks.find((c) => c.id === id && c.indicator === 0);
    expect(about('target-missed-but-full-score')?.ok).toBe(false);
    expect(about('actual-copies-target')).toBeUndefined();
    expect(DocumentSchema.safeParse(out).success).toBe(true);
  });

  it('leaves a document alone when the review was made for other bytes', async () => {
    const document = await documentOf(PDF_SAMPLE);
    const review = emptyReview('0'.repeat(64), document.source.path);
    recordDecision(review, { table: 't1', record: 'indicators.0', identity: '产出指标/数量指标/依法收押率' }, { action: 'correct', field: 'actual', original: '≥90%', value: '85%' });
    expect(applyCorrections(document, review)).toEqual(document);
  });
});

describe('ReviewStore', () => {
  it('finds Documents in the sub-folders extract mirrors, but not review files, the batch summary or debug indexes', async () => {
    const dir = await outDir([PDF_SAMPLE]);
    const nested = join(dir, 'a', 'b');
    await mkdir(nested, { recursive: true });
    await writeFile(join(nested, 'copy.pdf.json'), await readFile(join(dir, `${basename(PDF_SAMPLE)}.json`)));
    await mkdir(join(dir, '_debug'));
    await writeFile(join(dir, '_debug', 'x.debug.json'), '{}');
    await writeFile(join(dir, '_summary.json'), '{}');
    await writeFile(join(nested, 'copy.pdf.review.json'), JSON.stringify(emptyReview('0'.repeat(64), 'x')));
    const ids = (await ReviewStore.open(dir)).entries.map((e) => e.id).sort();
    expect(ids).toEqual([basename(PDF_SAMPLE), join('a', 'b', 'copy.pdf')].sort());
  });
});

describe('review stats', () => {
  it('counts reviewed and corrected records, by field', async () => {
    const dir = await outDir([PDF_SAMPLE]);
    const store = await ReviewStore.open(dir);
    const entry = store.entries[0]!;
    const records = reviewTables(entry.document, entry.review)[0]!.records;
    const named = (title: string) => records.find((r) => r.title === title)!;
    recordDecision(entry.review, keyOf(named('依法收押率')), { action: 'correct', field: 'actual', original: '≥90%', value: '85%' });
    recordDecision(entry.review, keyOf(named('维修改造率')), { action: 'accept' });
    await store.save(entry);
    const stats = reviewStats(await ReviewStore.open(dir));
    expect(stats).toMatchObject({ documents: 1, reviewed: 2, accepted: 1, corrected: 1, byField: { actual: 1 } });
    expect(statsText(stats)).toContain('reviewed   2: 1 accepted as read, 1 corrected');
    expect(statsText(stats)).toMatch(/corrections by field:\n {2}actual {2}1/);
  });
});
