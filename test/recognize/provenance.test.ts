import { describe, expect, it } from 'vitest';
import { provenanceOf } from '../../src/recognize/provenance.js';
import type { Line } from '../../src/recognize/stream.js';

const line = (i: number, page: number | null = 1): Line => ({
  index: i, paragraph: false, texts: [`c${i}`], keys: [`c${i}`], slots: [], grid: null, gridRow: i + 3, page, sourceLine: 100 + i, gridIndex: 0,
});

describe('provenanceOf', () => {
  it('spans the rows and source lines of the record, from its first page', () => {
    const p = provenanceOf([line(2, null), line(0), line(5, 2)]);
    expect(p).toMatchObject({ page: 1, rows: [3, 8], lines: [100, 105], bbox: null, text: 'c2\nc0\nc5' });
  });

  it('takes a table of more lines than a call can have arguments (a 150,000-row sheet read in the main thread)', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => line(i));
    expect(provenanceOf(lines)).toMatchObject({ rows: [3, 200_002], lines: [100, 200_099] });
  });
});
