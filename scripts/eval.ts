/**
 * `npm run eval [filter] [--verbose]`: per sample file and format, tables and indicators
 * found against expected, and field accuracy by field group, from the golden files.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { evaluate } from '../src/evaluate/run.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const filter = args.find((a) => !a.startsWith('--'));

const results = await evaluate(root, filter);
const pct = (c: number, t: number) => (t === 0 ? '   -  ' : `${((100 * c) / t).toFixed(1).padStart(5)}%`);
for (const r of results) {
  console.log(`\n${r.sample}  [${r.format}]  ${r.seconds.toFixed(2)}s`);
  console.log(`  tables ${r.tablesFound}/${r.tablesExpected}  indicators ${r.indicatorsFound}/${r.indicatorsExpected}  field accuracy ${(r.accuracy * 100).toFixed(2)}%`);
  console.log('  ' + Object.entries(r.groups).map(([g, t]) => `${g} ${pct(t.correct, t.total)} (${t.total})`).join('  '));
  if (verbose) for (const m of r.mismatches) console.log(`    ✗ ${m}`);
}
const byFormat = new Map<string, { c: number; t: number }>();
for (const r of results) {
  const all = Object.values(r.groups).reduce((a, t) => ({ c: a.c + t.correct, t: a.t + t.total }), { c: 0, t: 0 });
  const f = byFormat.get(r.format) ?? { c: 0, t: 0 };
  byFormat.set(r.format, { c: f.c + all.c, t: f.t + all.t });
}
console.log('\nby format: ' + [...byFormat].map(([f, t]) => `${f} ${pct(t.c, t.t)}`).join('  '));
