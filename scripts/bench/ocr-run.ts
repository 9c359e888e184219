/**
 * One OCR measurement in its own process (so peak memory is its own): the whole pipeline
 * over the given scan files with one engine and a fixed number of pool workers. Prints one
 * JSON line: pages, wall ms, peak RSS MB (worker threads included: they share the process).
 *   node --import tsx scripts/bench/ocr-run.ts <engine> <workers> <files...>
 */
import { readFileSync } from 'node:fs';
import { closeSharedPools } from '../../src/ocr/pool.js';
import { DEFAULT_OPTIONS, processBytes } from '../../src/pipeline.js';
import type { EngineName } from '../../src/ocr/engine.js';
import { peakRssMb } from './measure.js';

const [engine, workers, ...files] = process.argv.slice(2);
const options = { ...DEFAULT_OPTIONS, ocrEngine: engine as EngineName, ocrWorkers: Number(workers) };
// warm-up: start the workers and their engines on a small page, as a long batch amortises it
const warm = readFileSync(files.find((f) => f.endsWith('.png')) ?? files[0]!);
await Promise.all(Array.from({ length: options.ocrWorkers }, () => processBytes('warm.png', warm, options)));
const start = performance.now();
const docs = await Promise.all(files.map((f) => processBytes(f, readFileSync(f), options)));
const ms = performance.now() - start;
const pages = docs.reduce((n, d) => n + (d.source.pages ?? 0), 0);
await closeSharedPools();
process.stdout.write(`${JSON.stringify({ pages, ms, peakMb: peakRssMb() })}\n`);
