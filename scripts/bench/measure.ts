/** Shared measuring helpers for the benchmark sections (scripts/bench/*.ts). */
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  section: string;
  metric: string;
  value: string;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await fn();
  return { result, ms: performance.now() - start };
}

/** Peak resident set size of this process so far, in MB (Linux ru_maxrss is in KiB). */
export const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

export const fmt = (n: number, digits = 1): string => n.toFixed(digits);

export interface BenchFile {
  path: string;
  bytes: Uint8Array;
}

/** The whole pipeline over the files, `rounds` times: elapsed ms and what came out. */
export async function pipelineRounds(files: BenchFile[], rounds: number): Promise<{ ms: number; tables: number; indicators: number }> {
  const { processBytes } = await import('../../src/pipeline.js');
  let tables = 0;
  let indicators = 0;
  const { ms } = await timed(async () => {
    for (let r = 0; r < rounds; r++) {
      for (const f of files) {
        const doc = await processBytes(f.path, f.bytes);
        tables += doc.tables.length;
        indicators += doc.tables.reduce((n, t) => n + t.indicators.length, 0);
      }
    }
  });
  return { ms, tables, indicators };
}
