/**
 * Text path: tables per second and peak memory over the bundled corpus texts, repeated
 * to get stable figures; the ingest-only pass (decode + line parsing) is the baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { fmt, peakRssMb, pipelineRounds, timed } from './measure.js';

const dir = fileURLToPath(new URL('../../samples', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
const ROUNDS = 30;

const baseline = await timed(async () => {
  for (let r = 0; r < ROUNDS; r++) for (const f of files) await ingest({ path: f.path, bytes: f.bytes, options: DEFAULT_INGEST_OPTIONS });
});
const full = await pipelineRounds(files, ROUNDS);
const { tables, indicators } = full;
const mb = (files.reduce((n, f) => n + f.bytes.length, 0) * ROUNDS) / 1024 / 1024;
const s = full.ms / 1000;
console.log(`text  ${files.length} files × ${ROUNDS} rounds (${fmt(mb)} MB): ${fmt(tables / s, 0)} tables/s, ${fmt(indicators / s, 0)} indicators/s, ${fmt(mb / s, 2)} MB/s, ${fmt((s * 1000) / (files.length * ROUNDS), 1)} ms/document`);
console.log(`text  full pipeline / ingest-only baseline time: ${fmt(full.ms / baseline.ms, 1)}× (baseline ${fmt(baseline.ms / (files.length * ROUNDS), 2)} ms/document)`);
console.log(`text  peak RSS ${fmt(peakRssMb(), 0)} MB (one process, single-threaded)`);
