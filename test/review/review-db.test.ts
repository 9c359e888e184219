/**
 * `evaltab review --db`: the documents of a dataset under review. The text-layer PDF is loaded
 * as `extract --db` loads it (no JSON: rebuilt from its rows), the text sample as `db add` does
 * (from its JSON). A correction goes to the corrections table and reaches the indicator rows as
 * `db add` puts a review file's there, so export carries it. The first indicator of both
 * samples is 依法收押率, target ≥90%, weight 5, score 5 (page 1 of the PDF / line 22 of the text).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/dataset/database.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { DbReviewStore } from '../../src/review/db-store.js';
import { serveReview } from '../../src/review/server.js';
import { documentOf, PDF_SAMPLE, TEXT_SAMPLE } from './fixtures.js';

const PDF_ID = 'liupanshui-police-2023-self-evaluation-lo.pdf';
const TEXT_ID = 'liupanshui-police-2023-self-evaluation.txt';

interface Row { level3: string; score: number | null; target_raw: string | null; review_status: string | null; review_original: string | null }

async function dataset(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'evaltab-review-db-'));
  const path = join(dir, 'data.sqlite');
  const json = join(dir, `${TEXT_ID}.json`);
  await writeFile(json, JSON.stringify(await documentOf(TEXT_SAMPLE)));
  const db = await openDataset(path);
  loadDocument(db, await documentOf(PDF_SAMPLE), { evaltabVersion: 'test' });
  loadDocument(db, await documentOf(TEXT_SAMPLE), { evaltabVersion: 'test', loadedFrom: json });
  db.close();
  return path;
}

/** The scores-sum-total check of the PDF's first table, and whether the table is flagged with it. */
async function scoresCheck(path: string): Promise<{ ok: number; flagged: number }> {
  const db = await openDataset(path);
  const t = "(SELECT t.id FROM tables t JOIN documents d ON d.id = t.document_id WHERE d.path LIKE '%-lo.pdf' AND t.table_key = 't1')";
  const ok = db.prepare(`SELECT ok FROM checks WHERE table_id = ${t} AND check_name = 'scores-sum-total'`).get() as { ok: number };
  const flagged = db.prepare(`SELECT count(*) AS n FROM table_flags WHERE table_id = ${t} AND flag = 'scores-sum-total'`).get() as { n: number };
  db.close();
  return { ok: ok.ok, flagged: flagged.n };
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('review --db', () => {
  let path: string;
  beforeAll(async () => { path = await dataset(); });

  it('lists the documents of the dataset, each Document as extracted, rebuilt from its rows when no JSON is recorded', async () => {
    const store = await DbReviewStore.open(path);
    try {
      expect(store.entries.map((e) => e.id).sort()).toEqual([PDF_ID, TEXT_ID]);
      // extract --db: no JSON, the rows give back the Document field for field
      expect(store.get(PDF_ID)!.document).toEqual(await documentOf(PDF_SAMPLE));
      expect(store.get(TEXT_ID)!.document).toEqual(await documentOf(TEXT_SAMPLE));
      expect(store.get(PDF_ID)!.sourcePath).not.toBeNull();
    } finally {
      store.close();
    }
  });

  it('keeps a correction in the corrections table, applies it to the indicator rows, and shows it again after a restart', async () => {
    // page 1: the scores (10 × 5, 0, 20, 10, 10, and 10 for budget execution) add up to the printed 总分 100
    expect(await scoresCheck(path)).toEqual({ ok: 1, flagged: 0 });
    const server = await serveReview(await DbReviewStore.open(path), 0);
    try {
      const decided = await post(`${server.url}api/documents/${PDF_ID}/decisions`, { table: 't1', record: 'indicators.0', action: 'correct', field: 'score', value: '4' });
      expect(decided.status).toBe(200);
      expect(((await post(`${server.url}api/documents/${PDF_ID}/decisions`, { table: 't1', record: 'indicators.1', action: 'accept' })).status)).toBe(200);
    } finally {
      await server.close();
    }
    const db = await openDataset(path);
    const corrections = db.prepare('SELECT table_key, record, identity, status, field, original, value FROM corrections ORDER BY id').all();
    const rows = db.prepare("SELECT level3, score, target_raw, review_status, review_original FROM indicator_view WHERE document_path LIKE '%-lo.pdf' AND table_key = 't1' ORDER BY indicator_seq LIMIT 3").all() as Row[];
    db.close();
    expect(corrections).toEqual([
      { table_key: 't1', record: 'indicators.0', identity: '产出指标/数量指标/依法收押率', status: 'corrected', field: 'score', original: '5', value: '4' },
      { table_key: 't1', record: 'indicators.1', identity: '产出指标/数量指标/维修改造率', status: 'accepted', field: null, original: null, value: null },
    ]);
    expect(rows[0]).toEqual({ level3: '依法收押率', score: 4, target_raw: '≥90%', review_status: 'corrected', review_original: '{"score":"5"}' });
    expect(rows[1]!.review_status).toBe('accepted');
    expect(rows[2]!.review_status).toBeNull();
    // 99 ≠ 100 now: the table is re-audited as db add re-audits a corrected Document
    expect(await scoresCheck(path)).toEqual({ ok: 0, flagged: 1 });

    const again = await DbReviewStore.open(path);
    try {
      // the rows hold the corrected score; the review shows the extracted one beside the correction
      expect(again.get(PDF_ID)!.document).toEqual(await documentOf(PDF_SAMPLE));
      expect(again.get(PDF_ID)!.review.records.find((r) => r.record === 'indicators.0')).toMatchObject({ status: 'corrected', fields: { score: { original: '5', value: '4' } } });
    } finally {
      again.close();
    }
  });

  it('reaches export, and --stats counts the decisions', async () => {
    const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });
    const out = join(await mkdtemp(join(tmpdir(), 'evaltab-export-')), 'indicators.jsonl');
    expect(run('export', '--db', path, '--to', out).status).toBe(0);
    const exported = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const first = exported.find((r) => String(r.document_path).endsWith('-lo.pdf') && r.level3 === '依法收押率');
    expect(first).toMatchObject({ score: 4, review_status: 'corrected', review_original: { score: '5' } }); // JSON columns exported as JSON
    const stats = run('review', '--db', path, '--stats');
    expect(stats.status, stats.stderr).toBe(0);
    expect(stats.stdout).toMatch(/reviewed +2: 1 accepted as read, 1 corrected/);
    expect(stats.stdout).toMatch(/score +1/);
  });
});
