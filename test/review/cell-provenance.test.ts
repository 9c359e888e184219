/**
 * Cell-level provenance (issue #12, contract CellRef): every field points at the cell it was
 * read from, in one frame (top-left origin, page size given). Expected boxes are the words'
 * boxes as poppler's `pdftotext -bbox` prints them (top-left points), read off by hand; the
 * text and DOCX positions were counted by hand in the sample and its word/document.xml.
 */
import { describe, expect, it } from 'vitest';
import type { CellRef, Document, Indicator } from '../../src/contract/schema.js';
import { DocumentSchema } from '../../src/contract/schema.js';
import { processFile } from '../../src/pipeline.js';

const LIUPANSHUI = 'liupanshui-police-2023-self-evaluation';
const byName = (doc: Document, name: string): Indicator => {
  const found = doc.tables.flatMap((t) => t.indicators).find((i) => i.level3 === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found;
};
const only = (refs: CellRef[] | undefined): CellRef => {
  expect(refs).toHaveLength(1);
  return refs![0]!;
};
/** a word box [x0, y0, x1, y1] lies inside the cell box (0.5 pt slack for rounding) */
const contains = (cell: CellRef, word: [number, number, number, number], narrow = true) => {
  const [x0, y0, x1, y1] = cell.box!;
  expect(x0).toBeLessThanOrEqual(word[0] + 0.5);
  expect(y0).toBeLessThanOrEqual(word[1] + 0.5);
  expect(x1).toBeGreaterThanOrEqual(word[2] - 0.5);
  expect(y1).toBeGreaterThanOrEqual(word[3] - 0.5);
  // and is a cell, not the whole row: narrower than a third of the page (a merged header value may be wider)
  if (narrow) expect(x1 - x0).toBeLessThan(cell.pageSize![0] / 3);
  expect(x1 - x0).toBeLessThan(cell.pageSize![0] * 0.8);
};

describe('cell-level provenance, text-layer PDF', () => {
  it('boxes each indicator field in top-left points with the page size', async () => {
    const doc = await processFile(`samples/pdf-lo/${LIUPANSHUI}-lo.pdf`);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    const row = byName(doc, '依法收押率');
    const cells = row.provenance.cells!;
    const level3 = only(cells.level3);
    expect(level3).toMatchObject({ page: 1, unit: 'pt', text: '依法收押率', line: null });
    expect(level3.pageSize![0]).toBeCloseTo(595.3, 1);
    expect(level3.pageSize![1]).toBeCloseTo(841.89, 1);
    contains(level3, [261.9, 282.05, 306.9, 293.75]);
    contains(only(cells.target), [344.7, 282.05, 372.1, 293.75]);
    contains(only(cells.actual), [399.2, 282.05, 426.6, 293.75]);
    contains(only(cells.weight), [449.6, 282.05, 454.6, 293.75]);
    contains(only(cells.score), [476.1, 282.05, 481.1, 293.75]);
    // the five fields are five different cells of one row
    const boxes = ['level3', 'target', 'actual', 'weight', 'score'].map((f) => cells[f]![0]!.box!);
    expect(new Set(boxes.map((b) => b[0])).size).toBe(5);
    expect(new Set(boxes.map((b) => b[1])).size).toBe(1);
  });

  it('boxes header and funds values of the table', async () => {
    const doc = await processFile(`samples/pdf-lo/${LIUPANSHUI}-lo.pdf`);
    const cells = doc.tables[0]!.provenance.cells!;
    contains(only(cells['project.department']), [243, 114.55, 326.5, 126.25], false);
    contains(only(cells['funds.rows.0.annualBudget']), [266.9, 162.95, 301.91, 174.65]);
    contains(only(cells['funds.rows.0.executed']), [340.9, 162.95, 375.91, 174.65]);
    expect(only(cells['funds.rows.0.label']).text.replace(/\s+/g, '')).toContain('年度资金总额');
    // the column header row is there, so a reviewer sees what each column is
    expect(cells.header!.map((c) => c.text.replace(/\s+/g, ''))).toEqual(expect.arrayContaining(['三级指标']));
  });
});

describe('cell-level provenance, sources without geometry', () => {
  it('gives a text input its line and column, and no box', async () => {
    const doc = await processFile(`samples/${LIUPANSHUI}.txt`);
    const cells = byName(doc, '依法收押率').provenance.cells!;
    // line 22 of the sample: "\t产出指标 (50分)\t数量指标\t依法收押率\t≥90%\t≥90%\t5\t5"
    expect(only(cells.level3)).toMatchObject({ line: 22, col: 3, box: null, pageSize: null, unit: null, page: null });
    expect(only(cells.target)).toMatchObject({ line: 22, col: 4, text: '≥90%' });
    expect(only(cells.score)).toMatchObject({ line: 22, col: 7, text: '5' });
  });

  it('gives a DOCX input its table, row and cell indices', async () => {
    const doc = await processFile(`samples/docx/${LIUPANSHUI}.docx`);
    const cells = byName(doc, '依法收押率').provenance.cells!;
    // word/document.xml: the first <w:tbl>, its 10th <w:tr>, the 4th <w:tc>
    expect(only(cells.level3)).toMatchObject({ grid: 0, row: 9, col: 3, box: null, line: null });
    expect(only(cells.target).text).toBe('≥90%');
  });
});
