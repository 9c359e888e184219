/**
 * The golden evaluation as a test: each sample with a bar in bars.json must reach it, and
 * every expected table must be found. Goldens were written from the documents (golden/README.md).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calibrationOf, highPrecision, wrongCaught } from '../../src/evaluate/calibration.js';
import { evaluate, type EvalResult } from '../../src/evaluate/run.js';
import { FLAGS } from '../../src/contract/flags.js';
import { findSoffice } from '../../src/ingest/office/soffice.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { bars, calibration } = JSON.parse(readFileSync(new URL('./bars.json', import.meta.url), 'utf8')) as {
  bars: Record<string, number>;
  calibration: { highPrecision: number; wrongCaught: number };
};

describe('golden evaluation', async () => {
  // scans are evaluated per OCR engine in ocr-eval.test.ts
  const results: EvalResult[] = await evaluate(root, { exclude: '-scan.' });
  const byName = new Map(results.map((r) => [r.sample.split('/').pop()!, r]));

  it('has a result for every sample with a bar', () => {
    expect([...byName.keys()]).toEqual(expect.arrayContaining(Object.keys(bars)));
  });

  it(`calibration: records at >= 0.9 are >= ${calibration.highPrecision} right, >= ${calibration.wrongCaught} of wrong records are below 0.8`, () => {
    const cal = calibrationOf(results.flatMap((r) => r.records));
    expect(cal.high).toBeGreaterThan(1000);
    expect(highPrecision(cal)).toBeGreaterThanOrEqual(calibration.highPrecision);
    expect(wrongCaught(cal)).toBeGreaterThanOrEqual(calibration.wrongCaught);
  });

  it('every flag on a record is documented in the flag catalogue', () => {
    const seen = new Set(results.flatMap((r) => r.records.flatMap((rec) => rec.flags ?? [])));
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((f) => !(f in FLAGS))).toEqual([]);
  });

  it('scores every golden: none is waiting for its input format', () => {
    expect(results.filter((r) => r.pending).map((r) => r.sample)).toEqual([]);
    expect(byName.get('shenzhen-songgang-street-2023-project-targets.xlsx')?.format).toBe('xlsx');
  });

  // .xls samples are read through LibreOffice: without soffice they are skipped, and say why
  const noSoffice = (await findSoffice()) === null;
  for (const [name, bar] of Object.entries(bars)) {
    const skip = noSoffice && name.endsWith('.xls');
    it.skipIf(skip)(`${name}: every table found and field accuracy ≥ ${bar}${skip ? ' — skipped: soffice is not on PATH (Debian: apt-get install libreoffice-calc-nogui)' : ''}`, () => {
      const r = byName.get(name)!;
      expect(r.tablesFound).toBe(r.tablesExpected);
      expect(r.indicatorsFound).toBe(r.indicatorsExpected);
      expect(r.accuracy, r.mismatches.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(bar);
    });
  }
});

describe('PDF renderings against their text version', async () => {
  const results: EvalResult[] = await evaluate(root, { filter: '-lo.pdf' });
  const texts = new Map((await evaluate(root, { filter: '.txt' })).map((r) => [r.sample.split('/').pop()!.replace(/\.txt$/, ''), r.accuracy]));
  it('finds PDF renderings to compare', () => {
    expect(results.length).toBeGreaterThan(0);
  });
  for (const r of results) {
    const name = r.sample.split('/').pop()!;
    it(`${name}: field accuracy within 0.01 of the text version`, () => {
      const text = texts.get(name.replace(/-lo\.pdf$/, ''));
      expect(text).toBeDefined();
      expect(r.accuracy).toBeGreaterThanOrEqual(text! - 0.01);
    });
  }
});
