/**
 * The review command and server over HTTP, without a browser: argument parsing, --stats, the
 * loopback-only guards, page pictures, and decisions that survive a re-extraction of the same
 * file (the JSON rewritten, the review file kept).
 */
import { request } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { runReview } from '../../src/cli/commands/review.js';
import { CliError } from '../../src/cli/errors.js';
import type { Io } from '../../src/cli/io.js';
import { processFile } from '../../src/pipeline.js';
import { startReviewServer, type ReviewServer } from '../../src/review/server.js';
import { outDir, PDF_SAMPLE } from './fixtures.js';

const PDF_ID = 'liupanshui-police-2023-self-evaluation-lo.pdf';

function capture(): { io: Io; out: () => string } {
  let text = '';
  const sink = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { io: { stdout: sink, stderr: sink, tty: false, columns: 120 }, out: () => text };
}

/** A raw request, so the Host header can be anything. */
function call(url: string, path: string, options: { method?: string; host?: string; type?: string; body?: unknown } = {}): Promise<{ status: number; type: string; body: Buffer }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: {
      host: options.host ?? `127.0.0.1:${port}`, ...(options.type ? { 'content-type': options.type } : {}),
    } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

describe('evaltab review arguments', () => {
  it('takes one directory, a port and --open or --stats', () => {
    expect(parseCli(['review', 'out'], 2)).toEqual({ command: 'review', args: { dir: 'out', db: null, debug: null, port: 4317, open: false, stats: false, quiet: false } });
    expect(parseCli(['review', '--db', 'data.sqlite', '--debug', 'pics'], 2)).toMatchObject({ args: { dir: '', db: 'data.sqlite', debug: 'pics' } });
    expect(() => parseCli(['review', 'out', '--db', 'data.sqlite'], 2)).toThrow(/not both/);
    expect(parseCli(['review', 'out', '--port', '0', '--open'], 2)).toMatchObject({ args: { port: 0, open: true } });
    expect(() => parseCli(['review'], 2)).toThrow(CliError);
    expect(() => parseCli(['review', 'out', '--port', 'x'], 2)).toThrow(/--port must be a whole number/);
    expect(parseCli(['review', '--help'], 2)).toMatchObject({ command: 'help', text: expect.stringContaining('review.json') });
  });

  it('prints the stats, and serves until told to stop', async () => {
    const dir = await outDir([PDF_SAMPLE]);
    const stats = capture();
    expect(await runReview({ dir, port: 0, open: false, stats: true, quiet: true }, stats.io)).toBe(0);
    // the liupanshui PDF: 3 tables; its records all read at 0.99, none below 0.8
    expect(stats.out()).toMatch(/^documents {2}1\nrecords {4}\d+ \(0 below 0\.8, of which 0 reviewed\)\nreviewed {3}0:/);
    let stop!: () => void;
    const served = capture();
    const run = runReview({ dir, port: 0, open: false, stats: false, quiet: true }, served.io, new Promise<void>((r) => { stop = r; }));
    await expect.poll(() => served.out()).toMatch(/^evaltab review: http:\/\/127\.0\.0\.1:\d+\//);
    stop();
    expect(await run).toBe(0);
    await expect(runReview({ dir: join(dir, 'nope'), port: 0, open: false, stats: true, quiet: true }, stats.io)).rejects.toThrow(/is not a directory/);
  });
});

describe('review server', () => {
  let dir: string;
  let server: ReviewServer;
  beforeAll(async () => {
    dir = await outDir([PDF_SAMPLE]);
    server = await startReviewServer(dir, 0);
  });
  afterAll(() => server.close());

  it('answers on 127.0.0.1 only and takes decisions only as JSON', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await call(server.url, '/api/documents', { host: 'attacker.example' })).status).toBe(403);
    const form = await call(server.url, `/api/documents/${PDF_ID}/decisions`, { method: 'POST', type: 'text/plain', body: { table: 't1', record: 'indicators.0', action: 'accept' } });
    expect(form.status).toBe(415);
    expect((await call(server.url, '/api/documents/nope')).status).toBe(404);
  });

  it('renders a PDF page at 2 px per point', async () => {
    const png = await call(server.url, `/api/documents/${PDF_ID}/pages/1`);
    expect(png.type).toBe('image/png');
    // PNG IHDR: width and height at bytes 16-23; the page is 595.3 × 841.89 pt
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([1191, 1684]);
    expect((await call(server.url, `/api/documents/${PDF_ID}/pages/9`)).status).toBe(404);
  });

  it('keeps decisions through a re-extraction of the same file', async () => {
    const decided = await call(server.url, `/api/documents/${PDF_ID}/decisions`, {
      method: 'POST', type: 'application/json', body: { table: 't1', record: 'indicators.0', action: 'correct', field: 'score', value: '4' },
    });
    expect(decided.status).toBe(200);
    expect(JSON.parse(decided.body.toString()).fields.find((f: { name: string }) => f.name === 'score')).toMatchObject({ value: '5', corrected: '4' });
    // extract again: a new JSON for the same bytes, the review file untouched
    await writeFile(join(dir, `${PDF_ID}.json`), JSON.stringify(await processFile(PDF_SAMPLE)));
    const again = await startReviewServer(dir, 0);
    try {
      const detail = JSON.parse((await call(again.url, `/api/documents/${PDF_ID}`)).body.toString());
      expect(detail).toMatchObject({ reviewed: 1, corrected: 1, stale: false });
      const record = detail.tables[0].records.find((r: { path: string }) => r.path === 'indicators.0');
      expect(record.review).toMatchObject({ status: 'corrected', fields: { score: { original: '5', value: '4' } } });
    } finally {
      await again.close();
    }
    const file = JSON.parse(await readFile(join(dir, `${PDF_ID}.review.json`), 'utf8'));
    expect(file.records).toHaveLength(1);
  });
});
