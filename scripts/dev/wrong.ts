/** Developer view of calibration: every wrong record (and right ones at < 0.8 with --right) with confidence, flags and what was wrong. */
import { fileURLToPath } from 'node:url';
import { evaluate } from '../../src/evaluate/run.js';
const root = fileURLToPath(new URL('../..', import.meta.url));
const filter = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
for (const r of await evaluate(root, { filter, exclude: process.argv.includes('--scans') ? undefined : '-scan.' })) {
  for (const rec of r.records) {
    if (rec.correct && !(process.argv.includes('--right') && rec.confidence < 0.8)) continue;
    console.log(`${rec.confidence.toFixed(3)} ${r.sample.split('/').pop()} ${rec.where} [${rec.flags?.join(',')}] ${rec.wrong?.slice(0, 3).join(' ; ')}`);
  }
}
