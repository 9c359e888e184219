/**
 * The golden evaluation of the scans, per OCR engine (issue #5): every scan must reach its
 * bar in bars.json "ocr", and, pooled over the files, records that are wrong must carry
 * lower confidence than records that are right (the calibration the contract asks for).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, type EvalResult } from '../../src/evaluate/run.js';
import type { EngineName } from '../../src/ocr/engine.js';
import { closeSharedPools } from '../../src/ocr/pool.js';
import { DEFAULT_OPTIONS } from '../../src/pipeline.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { ocr } = JSON.parse(readFileSync(new URL('./bars.json', import.meta.url), 'utf8')) as { ocr: Record<EngineName, Record<string, number>> };

afterAll(closeSharedPools);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

for (const [engine, bars] of Object.entries(ocr) as [EngineName, Record<string, number>][]) {
  describe(`scans read with ${engine}`, async () => {
    const results: EvalResult[] = [];
    for (const name of Object.keys(bars)) {
      results.push(...await evaluate(root, { filter: name, pipeline: { ...DEFAULT_OPTIONS, ocrEngine: engine } }));
    }
    const byName = new Map(results.map((r) => [r.sample.split('/').pop()!, r]));

    for (const [name, bar] of Object.entries(bars)) {
      it(`${name}: every table found and field accuracy ≥ ${bar}`, () => {
        const r = byName.get(name);
        expect(r, `no result for ${name}`).toBeDefined();
        expect(r!.tablesFound).toBe(r!.tablesExpected);
        expect(r!.accuracy, r!.mismatches.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(bar);
      });
    }

    it('wrong records have lower confidence than right ones', () => {
      const records = results.flatMap((r) => r.records);
      const right = records.filter((r) => r.correct).map((r) => r.confidence);
      const wrong = records.filter((r) => !r.correct).map((r) => r.confidence);
      expect(right.length).toBeGreaterThan(0);
      if (wrong.length > 0) expect(mean(wrong)).toBeLessThan(mean(right));
    });
  });
}
