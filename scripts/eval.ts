/**
 * `npm run eval [filter] [--verbose] [--ocr-engine paddle|tesseract] [--no-scans]`: per
 * sample file and format, tables and indicators found against expected, and field accuracy
 * by field group, from the golden files. Scans are read with the chosen OCR engine.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { evaluate } from '../src/evaluate/run.js';
import { ENGINE_NAMES, type EngineName } from '../src/ocr/engine.js';
import { closeSharedPools } from '../src/ocr/pool.js';
import { DEFAULT_OPTIONS } from '../src/pipeline.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const engineAt = args.indexOf('--ocr-engine');
const engine = (engineAt >= 0 ? args[engineAt + 1] : DEFAULT_OPTIONS.ocrEngine) as EngineName;
if (!ENGINE_NAMES.includes(engine)) throw new Error(`--ocr-engine must be one of ${ENGINE_NAMES.join(', ')}`);
const filter = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--ocr-engine');

const results = await evaluate(root, {
  filter, exclude: args.includes('--no-scans') ? '-scan.' : undefined,
  pipeline: { ...DEFAULT_OPTIONS, ocrEngine: engine },
});
await closeSharedPools();
const pct = (c: number, t: number) => (t === 0 ? '   -  ' : `${((100 * c) / t).toFixed(1).padStart(5)}%`);
for (const r of results) {
  const ocr = r.sample.includes('-scan.') ? ` ocr:${engine}` : '';
  console.log(`\n${r.sample}  [${r.format}${ocr}]  ${r.seconds.toFixed(2)}s`);
  console.log(`  tables ${r.tablesFound}/${r.tablesExpected}  indicators ${r.indicatorsFound}/${r.indicatorsExpected}  field accuracy ${(r.accuracy * 100).toFixed(2)}%`);
  console.log('  ' + Object.entries(r.groups).map(([g, t]) => `${g} ${pct(t.correct, t.total)} (${t.total})`).join('  '));
  if (verbose) for (const m of r.mismatches) console.log(`    ✗ ${m}`);
}
const byFormat = new Map<string, { c: number; t: number }>();
for (const r of results) {
  const all = Object.values(r.groups).reduce((a, t) => ({ c: a.c + t.correct, t: a.t + t.total }), { c: 0, t: 0 });
  const key = r.sample.includes('-scan.') ? `scan:${engine}` : r.format;
  const f = byFormat.get(key) ?? { c: 0, t: 0 };
  byFormat.set(key, { c: f.c + all.c, t: f.t + all.t });
}
console.log('\nby format: ' + [...byFormat].map(([f, t]) => `${f} ${pct(t.c, t.t)}`).join('  '));

// Calibration: do wrong records carry lower confidence than right ones? (per format)
const calibration = new Map<string, { right: number[]; wrong: number[] }>();
for (const r of results) {
  const key = r.sample.includes('-scan.') ? `scan:${engine}` : r.format;
  const c = calibration.get(key) ?? { right: [], wrong: [] };
  for (const rec of r.records) (rec.correct ? c.right : c.wrong).push(rec.confidence);
  calibration.set(key, c);
}
const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
const review = (xs: number[]) => xs.filter((x) => x < 0.8).length;
for (const [key, { right, wrong }] of calibration) {
  console.log(`calibration ${key}: right ${right.length} records, mean confidence ${mean(right).toFixed(3)}, ${review(right)} below 0.8; ` +
    `wrong ${wrong.length}, mean ${mean(wrong).toFixed(3)}, ${review(wrong)} below 0.8`);
}
