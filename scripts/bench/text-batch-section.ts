/**
 * The cost of isolation (issue #11) on the text path: the same corpus texts read in this
 * thread (inProcess) and through the document worker pool (DocumentPool: a worker thread per
 * document lane, with heap and time limits; workers reused), one document at a time and two
 * at a time. Worker start-up is included in the pool figures, as a batch pays it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentPool } from '../../src/batch/doc-pool.js';
import { inProcess } from '../../src/batch/in-process.js';
import { DEFAULT_DOC_MEMORY_MB } from '../../src/batch/limits.js';
import type { DocumentProcessor } from '../../src/batch/run-batch.js';
import type { InputFile } from '../../src/batch/walk.js';
import { DEFAULT_OPTIONS } from '../../src/pipeline.js';
import { fmt, timed } from './measure.js';

const dir = fileURLToPath(new URL('../../samples', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f): InputFile => ({ path: join(dir, f), rel: f }));
const files = Array.from({ length: ROUNDS }, () => texts).flat();

async function run(processor: DocumentProcessor, lanes: number): Promise<number> {
  let next = 0;
  const lane = async () => { while (next < files.length) await processor.process(files[next++]!); };
  const { ms } = await timed(() => Promise.all(Array.from({ length: lanes }, lane)));
  await processor.close();
  return ms / files.length;
}

const pool = () => new DocumentPool({ pipeline: DEFAULT_OPTIONS, memoryMb: DEFAULT_DOC_MEMORY_MB, timeoutMs: null });
await run(inProcess(DEFAULT_OPTIONS), 1); // warm the modules of this thread
const inThread = await run(inProcess(DEFAULT_OPTIONS), 1);
const pooled1 = await run(pool(), 1);
const pooled2 = await run(pool(), 2);
console.log(`text  isolation, ${files.length} documents: in this thread ${fmt(inThread, 1)} ms/document; worker pool ${fmt(pooled1, 1)} ms/document with 1 worker (${fmt(pooled1 / inThread, 2)}×), ${fmt(pooled2, 1)} with 2 (${fmt(pooled2 / inThread, 2)}×), worker start-up included`);
