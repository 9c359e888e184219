/** The batch summary: documents by status, pages read (source.pages), failures, and its text. */
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/contract/schema.js';
import { count, emptySummary, summaryText } from '../../src/batch/summary.js';

const doc = (format: Document['source']['format'], pages: number | null, status: Document['status'] = 'ok', diagnostics: Document['diagnostics'] = []): Document => ({
  schemaVersion: '1', status, source: { path: `in.${format}`, sha256: '0'.repeat(64), format, pages, ocr: false }, tables: [], diagnostics,
});

describe('summary', () => {
  it('adds up the pages of the Documents read; a source without pages (text, DOCX, HTML) counts none', () => {
    const s = emptySummary(4, '9.9.9');
    expect(s.pages).toBe(0);
    count(s, doc('pdf', 3), 'a.pdf');
    count(s, doc('text', null), 'b.txt');
    count(s, doc('xlsx', 2, 'partial'), 'c.xlsx');
    count(s, doc('pdf', null, 'failed', [{ level: 'error', code: 'input:unreadable', message: 'cannot read d.pdf', page: null }]), 'd.pdf');
    expect(s).toMatchObject({ pages: 5, documents: { ok: 2, partial: 1, failed: 1 } });
    expect(summaryText({ ...s, seconds: 1.25, peakRssMb: 150.4 }).split('\n')).toEqual([
      '4 documents: 2 ok, 1 partial, 1 failed, 5 pages (1.3 s, peak 150 MB)',
      'tables: none; 0 indicators, 0 needing review (confidence < 0.8)',
      'failed: d.pdf: input:unreadable: cannot read d.pdf',
    ]);
  });

  it('says "1 page", and how many were up to date', () => {
    const s = emptySummary(3, '9.9.9');
    count(s, doc('image', 1), 'scan.png');
    s.skipped = 2;
    expect(summaryText(s).split('\n')[0]).toBe('1 documents: 1 ok, 0 partial, 0 failed, 1 page; 2 up to date, skipped (0.0 s, peak 0 MB)');
  });
});
