/**
 * The document worker pool gives the memory of a worker that holds a lot back to the system
 * (issue #11): a worker reports what its isolate holds after each document, and one past the
 * pool's recycleHeldMb is replaced instead of carrying it into the next document.
 */
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentPool } from '../../src/batch/doc-pool.js';
import { RECYCLE_HELD_MB } from '../../src/batch/limits.js';
import { DEFAULT_OPTIONS } from '../../src/pipeline.js';

const sample = fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url));
const input = { path: sample, rel: 'report.txt' };
const pools: DocumentPool[] = [];
const pool = (recycleHeldMb?: number) => {
  const p = new DocumentPool({ pipeline: { ...DEFAULT_OPTIONS, ocrEngine: 'none' }, memoryMb: 256, timeoutMs: 60_000, recycleHeldMb });
  pools.push(p);
  return p;
};
afterEach(async () => { await Promise.all(pools.splice(0).map((p) => p.close())); });

describe('DocumentPool', () => {
  it('keeps a worker that holds little from document to document', async () => {
    expect(RECYCLE_HELD_MB).toBe(160);
    const p = pool();
    for (let i = 0; i < 3; i++) expect((await p.process(input)).tables).toHaveLength(3);
    expect(p.workersStarted).toBe(1);
  }, 60_000);

  it('replaces a worker that holds more than recycleHeldMb after a document, and reads on', async () => {
    const p = pool(1); // every worker holds more than 1 MB: each document gets a fresh one
    for (let i = 0; i < 3; i++) expect((await p.process(input)).tables).toHaveLength(3);
    expect(p.workersStarted).toBe(3);
  }, 60_000);
});
