import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../../src/contract/json-schema.js';

describe('published JSON Schema', () => {
  it('is what the zod contract generates (run `npm run schema` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../src/contract/document.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())));
  });

  it('requires the contract fields of an Indicator', () => {
    const schema = documentJsonSchema() as { properties: { tables: { items: { properties: { indicators: { items: { required: string[] } } } } } } };
    expect(schema.properties.tables.items.properties.indicators.items.required).toEqual(
      expect.arrayContaining(['level1', 'level2', 'category', 'level3', 'target', 'actual', 'weight', 'score', 'confidence', 'flags', 'provenance']),
    );
  });
});
