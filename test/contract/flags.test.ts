/**
 * Every flag the program can emit is documented in src/contract/flags.ts: the flags that carry
 * a confidence penalty or a value doubt, and every flag literal pushed in the sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FLAGS } from '../../src/contract/flags.js';
import { FLAG_DOUBT } from '../../src/normalize/value.js';
import { PENALTY } from '../../src/recognize/confidence.js';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('flag catalogue', () => {
  it('documents every flag with a confidence penalty or a value doubt', () => {
    const missing = [...Object.keys(PENALTY), ...Object.keys(FLAG_DOUBT)].filter((f) => !(f in FLAGS));
    expect(missing).toEqual([]);
  });

  it('documents every flag the sources push onto a record or a table', () => {
    const pushed = new Set<string>();
    for (const file of sources(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:flags\.push\(|flag\(|lowerConfidence\([^,]+,\s*)'([a-z0-9-]+)'/g)) pushed.add(m[1]!);
      for (const m of text.matchAll(/\?\s*'([a-z0-9-]+)'\s*:\s*'([a-z0-9-]+)'\)/g)) { pushed.add(m[1]!); pushed.add(m[2]!); }
    }
    expect(pushed.size).toBeGreaterThan(15);
    expect([...pushed].filter((f) => !(f in FLAGS))).toEqual([]);
  });

  it('gives every flag a meaning', () => {
    for (const [flag, doc] of Object.entries(FLAGS)) expect(doc.meaning.length, flag).toBeGreaterThan(10);
  });
});
