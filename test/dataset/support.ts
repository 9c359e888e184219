/** Shared by the dataset tests: two small samples run through the pipeline once, and a fresh in-memory dataset. */
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/contract/schema.js';
import { openDataset, type Database } from '../../src/dataset/database.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { processFile } from '../../src/pipeline.js';

export const samplePath = (name: string): string => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));

/** 3 project self-evaluation tables of 六盘水市公安局 (2023): 14 + 10 + 12 indicators, 5 funds lines each. */
export const LIUPANSHUI = 'liupanshui-police-2023-self-evaluation.txt';
/** 岚县公安局 2024: 决算 公开表 (header-keyed rows) and 10 project self-evaluations. */
export const LANXIAN = 'lanxian-police-2024-final-accounts.txt';

const cache = new Map<string, Promise<Document>>();

export function sample(name: string): Promise<Document> {
  let doc = cache.get(name);
  if (!doc) {
    doc = processFile(samplePath(name));
    cache.set(name, doc);
  }
  // a deep copy, so a test may edit its Document
  return doc.then((d) => structuredClone(d));
}

export async function datasetOf(...docs: Document[]): Promise<Database> {
  const db = await openDataset(':memory:');
  for (const doc of docs) loadDocument(db, doc, { evaltabVersion: '0.0.0-test' });
  return db;
}

export const count = (db: Database, table: string): number =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
