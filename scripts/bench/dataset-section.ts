/**
 * Dataset: load rate into SQLite (documents/s, indicators/s) and search latency on a dataset
 * of at least 100,000 indicators, made by replicating the text samples' Documents under new
 * hashes and paths. Prints the query plan of a search, to show it goes through the FTS index.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../src/contract/schema.js';
import { openDataset } from '../../src/dataset/database.js';
import { NO_FILTERS, type Filters } from '../../src/dataset/filters.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { countRows, selectRows, selectSql, type ViewQuery } from '../../src/dataset/query.js';
import { processFile } from '../../src/pipeline.js';
import { fmt, peakRssMb } from './measure.js';

const TARGET_INDICATORS = 100_000;
const dir = fileURLToPath(new URL('../../samples', import.meta.url));
const originals: Document[] = [];
for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()) originals.push(await processFile(join(dir, f)));
const perRound = originals.reduce((n, d) => n + d.tables.reduce((m, t) => m + t.indicators.length, 0), 0);
const rounds = Math.ceil(TARGET_INDICATORS / perRound);

/** The same Document under another source (hash and path), as if a different file. */
function replica(doc: Document, round: number): Document {
  const sha256 = createHash('sha256').update(`${round}:${doc.source.sha256}`).digest('hex');
  return { ...doc, source: { ...doc.source, sha256, path: `r${round}/${doc.source.path}` } };
}

const work = mkdtempSync(join(tmpdir(), 'evaltab-bench-db-'));
const path = join(work, 'bench.sqlite');
const db = await openDataset(path);
let documents = 0;
let indicators = 0;
const started = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const doc of originals) {
    indicators += loadDocument(db, replica(doc, round), { evaltabVersion: 'bench' }).indicators;
    documents++;
  }
}
const loadS = (performance.now() - started) / 1000;
db.pragma('wal_checkpoint(TRUNCATE)');
console.log(`dataset  loaded ${documents} documents, ${indicators} indicators in ${fmt(loadS)} s: ${fmt(documents / loadS, 0)} documents/s, ${fmt(indicators / loadS, 0)} indicators/s (one transaction per document, WAL)`);
console.log(`dataset  file ${fmt(statSync(path).size / 1024 / 1024)} MB`);

const REPEAT = 20;
function latency(label: string, query: ViewQuery): void {
  let rows = 0;
  const times: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const t = performance.now();
    rows = [...selectRows(db, { ...query, limit: 50 })].length;
    countRows(db, query);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const total = countRows(db, query);
  console.log(`dataset  search ${label.padEnd(34)} ${String(total).padStart(6)} hits (first ${rows} + count): median ${fmt(times[REPEAT / 2]!, 1)} ms, max ${fmt(times[REPEAT - 1]!, 1)} ms`);
}

const q = (text: string, filters: Partial<Filters> = {}): ViewQuery => ({ what: 'indicators', text, filters: { ...NO_FILTERS, ...filters } });
latency('"满意度" (trigram)', q('满意度'));
latency('"视频监控建设" (trigram)', q('视频监控建设'));
latency('"满意度" --year 2023 --department 公安', q('满意度', { year: 2023, department: '公安' }));
latency('"满意度" --flag actual-copies-target', q('满意度', { flag: 'actual-copies-target' }));
latency('"核酸" (2 characters: LIKE)', q('核酸'));
latency('--below 0.8 (no text)', q('', { below: 0.8 }));

const { sql, params } = selectSql({ ...q('满意度'), limit: 50 });
const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
console.log(`dataset  query plan of search "满意度": ${plan.filter((d) => /fts|INDEX|SCAN|PRIMARY KEY/.test(d)).join(' | ')}`);
console.log(`dataset  peak RSS ${fmt(peakRssMb(), 0)} MB`);
db.close();
rmSync(work, { recursive: true, force: true });
