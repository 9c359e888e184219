/**
 * `evaltab review`: a small HTTP server on the loopback interface (node:http — a handful of
 * JSON routes and one page need no framework). It serves the page and its script (strings in
 * src/review/ui, no CDN, nothing fetched from elsewhere), the review model of each document,
 * page pictures and text lines, and takes the reviewer's decisions into the review files.
 * Requests naming another host (DNS rebinding) and cross-site writes are refused.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { log } from '../log.js';
import { REVIEW_LINE } from '../recognize/confidence.js';
import { coerce } from './apply.js';
import { pageImage } from './page-image.js';
import { debugDirOf, debugPagesOf } from './debug-pages.js';
import { reviewTables } from './records.js';
import { recordDecision } from './review-file.js';
import { ReviewStore, sourceLines, type Entry, type ReviewSource } from './store.js';
import { CLIENT_JS } from './ui/client.js';
import { PAGE_CSS, PAGE_HTML } from './ui/page.js';

export interface ReviewServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface ReviewServerOptions {
  /** where `extract --debug` wrote the overlays; default <dir>/_debug when it exists */
  debugDir?: string | null;
}

export async function startReviewServer(dir: string, port = 0, options: ReviewServerOptions = {}): Promise<ReviewServer> {
  return serveReview(await ReviewStore.open(dir), port, debugDirOf(dir, options.debugDir));
}

/** The app over any source of documents: an output directory (ReviewStore) or a dataset (DbReviewStore). */
export async function serveReview(store: ReviewSource, port = 0, debugDir: string | null = null): Promise<ReviewServer> {
  for (const entry of store.entries) entry.debugPages = await debugPagesOf(debugDir, entry.document);
  const server = createServer((req, res) => {
    handle(store, req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log.error({ err: error, url: req.url }, 'review request failed');
      send(res, status, 'application/json', JSON.stringify({ error: (error as Error).message }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { store.close?.(); resolve(); });
    }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown) => send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));

/** Only this machine's names: a page on another site cannot reach the server through DNS rebinding. */
function checkHost(req: IncomingMessage): void {
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== '127.0.0.1' && host !== 'localhost') throw new HttpError(403, 'review server answers on 127.0.0.1 only');
}

async function handle(store: ReviewSource, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkHost(req);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (req.method === 'GET' && parts.length === 0) return send(res, 200, 'text/html; charset=utf-8', PAGE_HTML);
  if (req.method === 'GET' && url.pathname === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', CLIENT_JS);
  if (req.method === 'GET' && url.pathname === '/app.css') return send(res, 200, 'text/css; charset=utf-8', PAGE_CSS);
  if (req.method === 'GET' && url.pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
  if (parts[0] !== 'api' || parts[1] !== 'documents') throw new HttpError(404, 'not found');
  if (parts.length === 2 && req.method === 'GET') return json(res, store.entries.map(summaryOf));
  const entry = store.get(parts[2] ?? '');
  if (!entry) throw new HttpError(404, `no document ${parts[2]}`);
  if (parts.length === 3 && req.method === 'GET') return json(res, detailOf(entry));
  if (parts[3] === 'pages' && parts.length === 5 && req.method === 'GET') return sendPage(entry, Number(parts[4]), res);
  if (parts[3] === 'lines' && req.method === 'GET') return sendLines(entry, url, res);
  if (parts[3] === 'debug' && parts.length === 5 && req.method === 'GET') return sendDebugPage(entry, Number(parts[4]), res);
  if (parts[3] === 'decisions' && req.method === 'POST') return decide(store, entry, req, res);
  throw new HttpError(404, 'not found');
}

function summaryOf(entry: Entry) {
  const records = reviewTables(entry.document, entry.review).flatMap((t) => t.records);
  return {
    id: entry.id, path: entry.document.source.path, format: entry.document.source.format, status: entry.document.status,
    tables: entry.document.tables.length, records: records.length,
    needsReview: records.filter((r) => r.needsReview).length,
    reviewed: records.filter((r) => r.review !== null).length,
    corrected: records.filter((r) => r.review?.status === 'corrected').length,
    stale: entry.stale,
  };
}

function detailOf(entry: Entry) {
  return {
    ...summaryOf(entry),
    source: entry.document.source, sourceAvailable: entry.sourcePath !== null, reviewLine: REVIEW_LINE,
    debugPages: [...(entry.debugPages?.keys() ?? [])].sort((a, b) => a - b),
    diagnostics: entry.document.diagnostics,
    tables: reviewTables(entry.document, entry.review),
  };
}

async function sendPage(entry: Entry, page: number, res: ServerResponse): Promise<void> {
  if (!entry.sourcePath) throw new HttpError(404, `the source ${entry.document.source.path} is not found`);
  if (!Number.isInteger(page) || page < 1) throw new HttpError(400, 'page must be a positive integer');
  const format = entry.document.source.format;
  if (format !== 'pdf' && format !== 'image') throw new HttpError(404, `a ${format} source has no pages to show`);
  const image = await pageImage(entry.sourcePath, format, page).catch((error: Error) => {
    throw new HttpError(error instanceof RangeError ? 404 : 500, error.message);
  });
  res.setHeader('x-page-scale', String(image.scale));
  send(res, 200, 'image/png', image.png);
}

/** The overlay `extract --debug` drew for a page (debug-pages.ts). */
async function sendDebugPage(entry: Entry, page: number, res: ServerResponse): Promise<void> {
  const path = entry.debugPages?.get(page);
  if (!path) throw new HttpError(404, `no debug overlay of page ${page} (run extract --debug and review --debug DIR)`);
  send(res, 200, 'image/png', await readFile(path));
}

async function sendLines(entry: Entry, url: URL, res: ServerResponse): Promise<void> {
  if (!entry.sourcePath || entry.document.source.format !== 'text') throw new HttpError(404, 'no text source to show');
  const from = Number(url.searchParams.get('from')), to = Number(url.searchParams.get('to'));
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 200) throw new HttpError(400, 'from and to must be line numbers at most 200 apart');
  json(res, await sourceLines(entry.sourcePath, from, to));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  // a form on another site cannot send application/json without a preflight this server never answers
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'send application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new HttpError(413, 'decision too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

interface DecisionBody { table?: string; record?: string; action?: string; field?: string; value?: string | null }

async function decide(store: ReviewSource, entry: Entry, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = (await readJson(req)) as DecisionBody;
  const record = reviewTables(entry.document, entry.review).find((t) => t.id === body.table)?.records.find((r) => r.path === body.record);
  if (!record) throw new HttpError(400, `no record ${body.record} in table ${body.table}`);
  const key = { table: record.table, record: record.path, identity: record.identity };
  if (body.action === 'accept' || body.action === 'reset') recordDecision(entry.review, key, { action: body.action });
  else if (body.action === 'correct') {
    const field = record.fields.find((f) => f.name === body.field);
    if (!field) throw new HttpError(400, `no field ${body.field} on ${body.record}`);
    const value = typeof body.value === 'string' ? body.value.trim() : null;
    const typed = coerce(record.kind, field.name, value === '' ? null : value);
    if (typed instanceof Error) throw new HttpError(400, typed.message);
    recordDecision(entry.review, key, { action: 'correct', field: field.name, original: field.value, value: value === '' ? null : value });
  } else throw new HttpError(400, 'action must be accept, correct or reset');
  await store.save(entry);
  const updated = reviewTables(entry.document, entry.review).find((t) => t.id === body.table)!.records.find((r) => r.path === body.record);
  json(res, updated);
}
