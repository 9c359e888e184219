/**
 * A review output directory made from real samples, as `extract --out` would write it: the
 * text-layer PDF and the tabbed text of liupanshui-police-2023 (their first indicator is
 * 依法收押率, target ≥90%, actual ≥90%, weight 5, score 5 on page 1 / line 22).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Document } from '../../src/contract/schema.js';
import { processFile } from '../../src/pipeline.js';

export const PDF_SAMPLE = 'samples/pdf-lo/liupanshui-police-2023-self-evaluation-lo.pdf';
export const TEXT_SAMPLE = 'samples/liupanshui-police-2023-self-evaluation.txt';

const extracted = new Map<string, Promise<Document>>();
export const documentOf = (path: string): Promise<Document> => {
  if (!extracted.has(path)) extracted.set(path, processFile(path));
  return extracted.get(path)!;
};

/** A fresh directory holding <name>.json for each sample. */
export async function outDir(samples: string[] = [PDF_SAMPLE, TEXT_SAMPLE]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evaltab-review-'));
  for (const sample of samples) await writeFile(join(dir, `${basename(sample)}.json`), JSON.stringify(await documentOf(sample)));
  return dir;
}
