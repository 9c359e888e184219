/** SCHEMA.md is generated from the schema definitions; this fails when the committed page is stale. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaMarkdown } from '../../src/dataset/schema-doc.js';

const page = readFileSync(new URL('../../src/dataset/SCHEMA.md', import.meta.url), 'utf8');

describe('SCHEMA.md', () => {
  it('is what the definitions generate (run npx tsx scripts/write-dataset-schema.ts)', () => {
    expect(page).toBe(schemaMarkdown());
  });

  it('documents tables, columns, the FTS tables and the views', () => {
    expect(page).toContain('# The evaltab dataset (schema version 3)');
    for (const heading of ['### documents', '### tables', '### indicators', '### funds_rows', '### checks', '### diagnostics', '### row_cells', '### indicator_flags', '### table_flags', '### indicator_view', '### check_view']) {
      expect(page).toContain(`\n${heading}\n`);
    }
    expect(page).toContain('| `target_comparator` | TEXT |  | >= \\| <= \\| = \\| > \\| < \\| != (≥ → >=), or null |');
    expect(page).toMatch(/\| `indicators_fts` \| indicators \| level3, level2, level1, target_raw/);
    expect(page).toContain('| `needs_review` | boolean | confidence below 0.8: meant for human review |');
  });
});
