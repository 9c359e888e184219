/**
 * `npm run eval [filter] [--verbose] [--ocr-engine paddle|tesseract] [--no-scans]`: per
 * sample file and format, tables and indicators found against expected, and field accuracy
 * by field group, from the golden files. Scans are read with the chosen OCR engine.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { calibrationOf, groupOf } from '../src/evaluate/calibration.js';
import { evaluate, type EvalResult } from '../src/evaluate/run.js';
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
  if (r.pending) {
    console.log(`\n${r.sample}  [not scored: ${r.pending}]`);
    continue;
  }
  const ocr = r.sample.includes('-scan.') ? ` ocr:${engine}` : '';
  console.log(`\n${r.sample}  [${r.format}${ocr}]  ${r.seconds.toFixed(2)}s`);
  console.log(`  tables ${r.tablesFound}/${r.tablesExpected}  indicators ${r.indicatorsFound}/${r.indicatorsExpected}  field accuracy ${(r.accuracy * 100).toFixed(2)}%`);
  console.log('  ' + Object.entries(r.groups).map(([g, t]) => `${g} ${pct(t.correct, t.total)} (${t.total})`).join('  '));
  if (verbose) for (const m of r.mismatches) console.log(`    ✗ ${m}`);
}
const scored = results.filter((r) => !r.pending);
const groups = new Map<string, EvalResult[]>();
for (const r of scored) groups.set(groupOf(r, engine), [...(groups.get(groupOf(r, engine)) ?? []), r]);
groups.set('all', scored);

console.log('\n' + 'group'.padEnd(16) + 'fields'.padStart(9) + '   calibration: records  right@≥0.9  wrong<0.8   mean conf right / wrong');
for (const [key, rs] of groups) {
  const all = rs.flatMap((r) => Object.values(r.groups)).reduce((a, t) => ({ c: a.c + t.correct, t: a.t + t.total }), { c: 0, t: 0 });
  const cal = calibrationOf(rs.flatMap((r) => r.records));
  console.log(`${key.padEnd(16)}${pct(all.c, all.t).padStart(9)}   ${String(cal.records).padStart(20)}  ` +
    `${pct(cal.highRight, cal.high)} of ${String(cal.high).padEnd(4)} ${pct(cal.wrongBelowReview, cal.wrong)} of ${String(cal.wrong).padEnd(4)} ` +
    `${cal.meanRight.toFixed(3)} / ${cal.meanWrong.toFixed(3)}`);
}
