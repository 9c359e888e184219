/**
 * The review app links a document's pages to their `extract --debug` overlays: found in
 * <out dir>/_debug (or the --debug DIR given to review), served as PNG, and only for the
 * source bytes they were drawn from.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { debugIndexName, debugPageName, startDebug } from '../../src/debug/write.js';
import { DEFAULT_OPTIONS, processFile } from '../../src/pipeline.js';
import { startReviewServer } from '../../src/review/server.js';
import { outDir, PDF_SAMPLE, TEXT_SAMPLE } from './fixtures.js';

const PDF_ID = 'liupanshui-police-2023-self-evaluation-lo.pdf';
const TEXT_ID = 'liupanshui-police-2023-self-evaluation.txt';

const getJson = async (url: string) => (await fetch(url)).json() as Promise<{ debugPages: number[] }>;

describe('review links to debug overlays', () => {
  let dir: string;
  let elsewhere: string;
  let sha: string;
  beforeAll(async () => {
    dir = await outDir([PDF_SAMPLE, TEXT_SAMPLE]);
    const run = startDebug(join(dir, '_debug'), PDF_SAMPLE);
    const doc = await processFile(PDF_SAMPLE, { ...DEFAULT_OPTIONS, debug: run.sink });
    sha = doc.source.sha256;
    await run.finish(doc);
    elsewhere = await mkdtemp(join(tmpdir(), 'evaltab-debug-'));
  });

  it('finds <out>/_debug, lists the pages with an overlay and serves them', async () => {
    const server = await startReviewServer(dir, 0);
    try {
      expect((await getJson(`${server.url}api/documents/${PDF_ID}`)).debugPages).toEqual([1, 2, 3]);
      expect((await getJson(`${server.url}api/documents/${TEXT_ID}`)).debugPages).toEqual([]);
      const png = await fetch(`${server.url}api/documents/${PDF_ID}/debug/1`);
      expect(png.headers.get('content-type')).toBe('image/png');
      const body = Buffer.from(await png.arrayBuffer());
      expect(body.equals(await readFile(join(dir, '_debug', debugPageName(PDF_SAMPLE, sha, 1))))).toBe(true);
      expect((await fetch(`${server.url}api/documents/${PDF_ID}/debug/4`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('uses the directory given instead, and no overlay drawn for other bytes', async () => {
    // an index under the name this document's would have, but made for other bytes
    const index = JSON.parse(await readFile(join(dir, '_debug', debugIndexName(PDF_SAMPLE, sha)), 'utf8'));
    await writeFile(join(elsewhere, debugIndexName(PDF_SAMPLE, sha)), JSON.stringify({ ...index, source: { ...index.source, sha256: '0'.repeat(64) } }));
    const server = await startReviewServer(dir, 0, { debugDir: elsewhere });
    try {
      expect((await getJson(`${server.url}api/documents/${PDF_ID}`)).debugPages).toEqual([]);
      expect((await fetch(`${server.url}api/documents/${PDF_ID}/debug/1`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
