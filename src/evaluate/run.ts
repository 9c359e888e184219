/**
 * Golden evaluation over the bundled samples: each golden/<sample>.golden.json is matched
 * with the sample of that name anywhere under samples/, run through the pipeline, compared.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_OPTIONS, processFile, type PipelineOptions } from '../pipeline.js';
import { accuracy, compareDocument, type FileScore, type Golden } from './compare.js';

export interface EvalResult extends FileScore {
  sample: string;
  format: string;
  accuracy: number;
  seconds: number;
  /** why this golden is not scored yet (its format cannot be read): no score, not a failure */
  pending?: string;
}

const EMPTY: FileScore = { tablesFound: 0, tablesExpected: 0, indicatorsFound: 0, indicatorsExpected: 0, groups: {}, mismatches: [], records: [] };

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function loadGolden(goldenDir: string, file: string): Golden {
  const golden = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as Golden;
  if (!golden.sameAs) return golden;
  const base = loadGolden(goldenDir, golden.sameAs);
  // a rendering that holds only some of the corpus tables lists their indices
  const pick = Array.isArray(golden.tables) && golden.tables.every((t) => typeof t === 'number') ? (golden.tables as unknown as number[]) : null;
  return { ...base, source: golden.source ?? file.replace(/\.golden\.json$/, ''), tables: pick ? pick.map((i) => base.tables[i]!) : base.tables, scope: golden.scope ?? base.scope };
}

export interface EvalOptions {
  /** only samples whose name contains this */
  filter?: string;
  /** leave out samples whose name contains this (e.g. '-scan.' to skip OCR) */
  exclude?: string;
  pipeline?: PipelineOptions;
}

export async function evaluate(root: string, options: EvalOptions = {}): Promise<EvalResult[]> {
  const { filter, exclude, pipeline = DEFAULT_OPTIONS } = options;
  const goldenDir = join(root, 'golden');
  const samples = walk(join(root, 'samples'));
  const results: EvalResult[] = [];
  for (const file of readdirSync(goldenDir).filter((f) => f.endsWith('.golden.json')).sort()) {
    const name = file.replace(/\.golden\.json$/, '');
    if ((filter && !name.includes(filter)) || (exclude && name.includes(exclude))) continue;
    const sample = samples.find((p) => basename(p) === name);
    if (!sample) throw new Error(`golden/${file} has no sample named ${name} under samples/`);
    const golden = loadGolden(goldenDir, file);
    if (golden.pending) {
      results.push({ ...EMPTY, sample: sample.slice(root.length + 1), format: 'pending', accuracy: 0, seconds: 0, pending: golden.pending });
      continue;
    }
    const started = performance.now();
    const doc = await processFile(sample, pipeline);
    const score = compareDocument(golden, doc);
    results.push({ ...score, sample: sample.slice(root.length + 1), format: doc.source.format, accuracy: accuracy(score), seconds: (performance.now() - started) / 1000 });
  }
  return results;
}
