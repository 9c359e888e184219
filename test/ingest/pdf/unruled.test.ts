/**
 * The LibreOffice PDF samples with their table lines taken out (test/fixtures/pdf-unruled,
 * made by strip-rulings.ts): every table goes through the whitespace fallback, where
 * cells that wrap over several lines must be joined back into their rows. Scored against
 * the goldens of the ruled PDFs, with floors just under what this reaches (the ruled
 * versions: 0.98–1.00; before wrapped lines were joined: 0.28–0.53 on the 自评表).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accuracy, compareDocument } from '../../../src/evaluate/compare.js';
import { loadGolden } from '../../../src/evaluate/run.js';
import { DEFAULT_OPTIONS, processFile } from '../../../src/pipeline.js';
import { diagnostics, grids, ingestBytes, texts } from './helpers.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const dir = join(root, 'test/fixtures/pdf-unruled');

/** Floors: field accuracy, and indicators found (of the golden's). */
const FLOORS: Record<string, { accuracy: number; indicators: number }> = {
  'changji-police-2021-self-evaluation-cells-lo-unruled.pdf': { accuracy: 0.94, indicators: 28 }, // of 31
  'dachang-politics-law-2023-self-evaluation-cells-lo-unruled.pdf': { accuracy: 0.97, indicators: 43 },
  'lanxian-police-2024-final-accounts-lo-unruled.pdf': { accuracy: 0.92, indicators: 63 }, // of 70
  'liupanshui-police-2023-self-evaluation-lo-unruled.pdf': { accuracy: 0.98, indicators: 36 },
  'liupanshui-police-2025-targets-ocr-lo-unruled.pdf': { accuracy: 0.99, indicators: 64 },
};

describe('LibreOffice PDFs with their rulings stripped (whitespace tables)', () => {
  it('has a floor for every fixture', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: every table found, ≥ ${floor.indicators} indicators, field accuracy ≥ ${floor.accuracy}`, async () => {
      const golden = loadGolden(join(root, 'golden'), name.replace(/-unruled\.pdf$/, '.pdf.golden.json'));
      const score = compareDocument(golden, await processFile(join(dir, name), { ...DEFAULT_OPTIONS, ocrEngine: 'none' }));
      expect(score.tablesFound).toBe(score.tablesExpected);
      expect(score.indicatorsFound).toBeGreaterThanOrEqual(floor.indicators);
      expect(accuracy(score), score.mismatches.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(floor.accuracy);
    });
  }

  it('reads no lattice, joins wrapped header and label cells, and lists what it joined', async () => {
    const layout = await ingestBytes(new Uint8Array(readFileSync(join(dir, 'liupanshui-police-2023-self-evaluation-lo-unruled.pdf'))));
    const tables = grids(layout);
    expect(tables.every((g) => g.spans === 'none')).toBe(true);
    const first = texts(tables[0]!);
    expect(first.find((row) => row.includes('资金来源'))!.filter(Boolean)).toEqual(['资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(first.find((row) => row.includes('服装合格率'))!.filter(Boolean)).toEqual(['产出指标（50分）', '服装合格率', '≥95%', '≥95%', '5', '5']);
    expect(first.find((row) => row.includes('资金使用控制'))!.filter(Boolean)).toEqual(['资金使用控制', '≤1460.75万元', '≤734万元', '5', '5']);
    expect(diagnostics(layout)[0]).toMatch(/^p1: info pdf:wrapped-cells-joined: page 1: \d+ cells of unruled tables joined from wrapped lines into their rows \("执行率", /);
  });
});
