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
