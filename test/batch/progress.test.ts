/** The progress line: documents done/total, pages read, failures, documents and pages per second, ETA. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress, progressLine, type ProgressState } from '../../src/batch/progress.js';

const state = (s: Partial<ProgressState>): ProgressState => ({ done: 0, pages: 0, skipped: 0, failed: 0, total: 40, inFlight: 0, ...s });

describe('progressLine', () => {
  it('counts documents and pages, with a rate for each; the ETA goes by documents', () => {
    // 12 documents in 10 s: 1.2/s, 28 left → 23 s; 87 pages in 10 s: 8.7/s
    expect(progressLine(state({ done: 12, pages: 87, failed: 2 }), 10))
      .toBe('evaltab: 12/40 documents · 87 pages · 2 failed · 1.2 docs/s · 8.7 pages/s · ETA 0:23');
  });

  it('says how many were up to date, and has no rate or ETA before the first second', () => {
    expect(progressLine(state({ done: 1, pages: 1, skipped: 3, total: 10 }), 0))
      .toBe('evaltab: 4/10 documents · 1 page · 3 up to date · 0 failed · 0.0 docs/s · 0.0 pages/s · ETA –');
  });

  it('rounds rates of ten and more to whole numbers', () => {
    expect(progressLine(state({ done: 30, pages: 250, total: 30 }), 2))
      .toBe('evaltab: 30/30 documents · 250 pages · 0 failed · 15 docs/s · 125 pages/s · ETA 0:00');
  });
});

describe('Progress', () => {
  it('writes a plain line when stderr is not a terminal, and redraws one in place on a terminal', () => {
    const written: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, next) => { written.push(String(chunk)); next(); } });
    new Progress({ stream, tty: false }).update(state({ done: 1, pages: 3 }), true);
    const tty = new Progress({ stream, tty: true });
    tty.update(state({ done: 2, pages: 5 }), true);
    tty.finish();
    expect(written).toHaveLength(3);
    expect(written[0]).toMatch(/^evaltab: 1\/40 documents · 3 pages · 0 failed · .* docs\/s · .* pages\/s · ETA .*\n$/);
    expect(written[1]).toMatch(/^\r\x1b\[Kevaltab: 2\/40 documents · 5 pages · /);
    expect(written[1]).not.toContain('\n');
    expect(written[2]).toBe('\r\x1b[K');
  });
});
