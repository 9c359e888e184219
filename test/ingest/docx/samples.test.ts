/**
 * The generated DOCX samples (scripts/samples/make-samples.ts) read back with the content
 * of the golden tables they were made from: one grid per table, the 一级 cells merged over
 * exactly their indicator rows, every 三级 name in a cell of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocx } from '../../../src/ingest/docx/index.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import type { Block, Grid } from '../../../src/ir/types.js';
import type { GoldenTable } from '../../../scripts/samples/golden-model.js';

const root = new URL('../../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

function expectedTables(sample: string): GoldenTable[] {
  const link = readJson(`golden/${sample}.golden.json`) as { sameAs: string; tables?: number[] };
  const all = (readJson(`golden/${link.sameAs}`) as { tables: GoldenTable[] }).tables;
  return link.tables ? link.tables.map((i) => all[i]!) : all;
}

/** Paragraph texts since the previous grid, for each grid. */
function gridsWithHeadings(blocks: Block[]): { grid: Grid; headings: string[] }[] {
  const out: { grid: Grid; headings: string[] }[] = [];
  let headings: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') headings.push(b.paragraph.text);
    else { out.push({ grid: b.grid, headings }); headings = []; }
  }
  return out;
}

function firstLevel1Run(t: GoldenTable): { text: string; length: number } {
  const first = t.indicators[0]!;
  let length = 0;
  while (length < t.indicators.length && t.indicators[length]!.level1 === first.level1) length++;
  return { text: first.level1Weight === null ? first.level1 : `${first.level1}（${first.level1Weight}分）`, length };
}

const samples = ['docx', 'docx-lo'].flatMap((dir) =>
  readdirSync(new URL(`samples/${dir}/`, root)).filter((f) => f.endsWith('.docx')).map((f) => `${dir}/${f}`));

describe('generated DOCX samples', () => {
  it('exist for every corpus text, in both writers', () => {
    expect(samples).toHaveLength(10);
  });

  it.each(samples)('%s reads back as its golden tables', async (path) => {
    const bytes = readFileSync(new URL(`samples/${path}`, root));
    const layout = await ingestDocx({ path, bytes, options: DEFAULT_INGEST_OPTIONS });
    expect(layout.diagnostics).toEqual([]);
    const tables = expectedTables(path.split('/')[1]!);
    const found = gridsWithHeadings(layout.blocks);
    expect(found).toHaveLength(tables.length);
    tables.forEach((t, i) => {
      const { grid, headings } = found[i]!;
      expect(grid.spans).toBe('real');
      if (t.title) expect(headings).toContain(t.title);
      if (t.year !== null) expect(headings).toContain(`(${t.year}年度)`);
      const texts = new Set(grid.cells.map((c) => c.text));
      if (t.project) expect(texts).toContain(t.project.name);
      if (t.rows) expect(grid.rowCount).toBe(t.rows.length + 1);
      for (const ind of t.indicators) expect(texts).toContain(ind.level3);
      if (t.indicators.length > 0) {
        const run = firstLevel1Run(t);
        expect(grid.cells.find((c) => c.text === run.text)?.rowSpan).toBe(run.length);
      }
    });
  });
});
