/**
 * The review app in a real browser (Debian's chromium through playwright-core, no browser
 * download; stack-notes.md "Dataset, queue, browser"): open the documents, go to a flagged
 * record, check the crop has loaded and the outline sits on the field's cell, correct a value
 * from the keyboard, reload, and find the correction there — on disk, in applyCorrections, and
 * in `db add` + `export` of the reviewed output. Screenshots of the main views go to test-artifacts/browser/.
 *
 * Hand-read facts (pdftotext -bbox, top-left points): on page 1 of lanxian-police-2024-…-lo.pdf
 * the first indicator's name "基建及装修" + "工程" has its first line at [233.9, 246.65, 278.9,
 * 258.35]; its target prints "≥80.565平方米" flagged missing-number; the page is 595.3 pt wide.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDbAdd } from '../../src/cli/commands/db-add.js';
import { runExport } from '../../src/cli/commands/export.js';
import { applyCorrections } from '../../src/review/apply.js';
import { ReviewFileSchema } from '../../src/review/review-file.js';
import { startReviewServer, type ReviewServer } from '../../src/review/server.js';
import { startDebug } from '../../src/debug/write.js';
import { DEFAULT_OPTIONS, processFile } from '../../src/pipeline.js';
import { documentOf, outDir, TEXT_SAMPLE } from '../review/fixtures.js';

const LANXIAN = 'samples/pdf-lo/lanxian-police-2024-final-accounts-lo.pdf';
const LANXIAN_ID = 'lanxian-police-2024-final-accounts-lo.pdf';
const ARTIFACTS = 'test-artifacts/browser';
const NAME_LINE: [number, number, number, number] = [233.9, 246.65, 278.9, 258.35];
const PAGE_WIDTH = 595.3;

let dir: string;
let server: ReviewServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = await outDir([LANXIAN, TEXT_SAMPLE]);
  // extract --debug <dir>/_debug: the overlays the review app links to
  const debug = startDebug(join(dir, '_debug'), LANXIAN);
  await debug.finish(await processFile(LANXIAN, { ...DEFAULT_OPTIONS, debug: debug.sink }));
  server = await startReviewServer(dir, 0);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 860 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  expect(pageErrors).toEqual([]);
  await browser?.close();
  await server?.close();
});

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
const detailTitle = () => page.locator('#detail h2').innerText();

/** Screen rectangle of a box in page units, inside the strip image showing that page. */
async function onScreen(img: string, box: [number, number, number, number]) {
  const rect = (await page.locator(img).boundingBox())!;
  const k = rect.width / PAGE_WIDTH;
  return { x: rect.x + box[0] * k, y: rect.y + box[1] * k, width: (box[2] - box[0]) * k, height: (box[3] - box[1]) * k };
}

describe('evaltab review in chromium', () => {
  it('lists the documents with their status and counts', async () => {
    await page.goto(server.url);
    const rows = page.locator('table.docs tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    const lanxian = page.locator(`tr[data-doc="${LANXIAN_ID}"]`);
    expect(await lanxian.locator('td').nth(2).innerText()).toMatch(/^(ok|partial)$/);
    await shot('documents');
  });

  it('goes to a flagged record and outlines its cell on the loaded page crop', async () => {
    await page.locator(`tr[data-doc="${LANXIAN_ID}"] a`).click();
    await page.waitForSelector('#records .rec');
    // keyboard: j moves to the next record
    const first = await detailTitle();
    await page.keyboard.press('j');
    await expect.poll(detailTitle).not.toBe(first);
    await page.locator('#records .rec[data-record="t1/indicators.0"]').click();
    await expect.poll(detailTitle).toBe('基建及装修工程');
    expect(await page.locator('#detail .flags').innerText()).toContain('missing-number');
    expect(await page.locator('#detail .flags').innerText()).toContain('a value prints a comparator or unit with no number');

    const img = '#source .strip img';
    await page.waitForFunction((sel) => {
      const i = document.querySelector(sel) as HTMLImageElement | null;
      return i !== null && i.complete && i.naturalWidth > 0;
    }, img);
    // the server's page picture: 2 px per point of a 595.3 pt page
    expect(await page.locator(img).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(Math.ceil(PAGE_WIDTH * 2));

    // the 三级 field is focused first; its outline is where its CellRef box says …
    const outline = page.locator('#source .outline.focus[data-field="level3"]');
    const box = (await outline.getAttribute('data-box'))!.split(',').map(Number) as [number, number, number, number];
    const drawn = (await outline.boundingBox())!;
    const expected = await onScreen(img, box);
    for (const key of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(drawn[key] - expected[key])).toBeLessThan(1.5);
    // … and holds the printed name, read off the page by hand
    const word = await onScreen(img, NAME_LINE);
    expect(drawn.x).toBeLessThanOrEqual(word.x);
    expect(drawn.y).toBeLessThanOrEqual(word.y);
    expect(drawn.x + drawn.width).toBeGreaterThanOrEqual(word.x + word.width);
    expect(drawn.y + drawn.height).toBeGreaterThanOrEqual(word.y + word.height);
    // the column header is in the crop too
    expect(await page.locator('#source .strip').first().getAttribute('data-role')).toMatch(/header/);
    await shot('record-pdf');

    // n moves the outline to the next field, the target
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#detail tr.focus').getAttribute('data-field')).toBe('target');
    const target = page.locator('#source .outline.focus[data-field="target"]');
    expect((await target.boundingBox())!.x).toBeGreaterThan(drawn.x + drawn.width - 1);
  });

  it('links the record to the debug overlay of its page', async () => {
    const link = page.locator('#detail h4 a.debug-link');
    expect(await link.count()).toBe(1);
    expect(await link.innerText()).toBe('debug p.1');
    const href = (await link.getAttribute('href'))!;
    const overlay = await browser.newPage({ viewport: { width: 1200, height: 1700 } });
    try {
      const response = await overlay.goto(new URL(href, server.url).href);
      expect(response!.status()).toBe(200);
      expect(response!.headers()['content-type']).toBe('image/png');
      // the page drawn at 2 px per point, as the page pictures are
      expect(await overlay.locator('img').evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(Math.round(PAGE_WIDTH * 2));
      await overlay.screenshot({ path: join(ARTIFACTS, 'debug-overlay.png') });
    } finally {
      await overlay.close();
    }
  });

  it('keeps a correction made from the keyboard across a reload, and export gets it', async () => {
    // focus 实际完成值 (actual), edit, type, Enter
    while ((await page.locator('#detail tr.focus').getAttribute('data-field')) !== 'actual') await page.keyboard.press('n');
    await page.keyboard.press('e');
    await page.locator('#edit').fill('≥80平方米');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detail tr[data-field="actual"] .now').count()).toBe(1);
    expect(await page.locator('#records .rec.sel span').last().getAttribute('class')).toBe('state-corrected');
    await shot('record-corrected');

    await page.reload();
    await expect.poll(detailTitle).toBe('基建及装修工程');
    expect(await page.locator('#detail tr[data-field="actual"] .now').innerText()).toBe('≥80平方米');

    const review = ReviewFileSchema.parse(JSON.parse(await readFile(join(dir, `${LANXIAN_ID}.review.json`), 'utf8')));
    const document = await documentOf(LANXIAN);
    expect(review.document.sha256).toBe(document.source.sha256);
    expect(review.records).toEqual([expect.objectContaining({ table: 't1', record: 'indicators.0', status: 'corrected' })]);
    const exported = applyCorrections(document, review);
    expect(exported.tables[0]!.indicators[0]!.actual).toMatchObject({ raw: '≥80平方米', comparator: '>=', number: 80, unit: '平方米' });
    expect(exported.tables[0]!.review!['indicators.0']!.original.actual).toBe(document.tables[0]!.indicators[0]!.actual!.raw);

    // and the way a user gets it into a flat file: db add the reviewed output, export
    const io = { stdout: new PassThrough(), stderr: new PassThrough(), tty: false, columns: 80 } as never;
    const db = join(dir, 'data.sqlite');
    const to = join(dir, 'indicators.jsonl');
    expect(await runDbAdd({ inputs: [dir], db, quiet: true }, io)).toBe(0);
    const filters = { year: null, department: null, family: null, flag: null, below: null, category: null, level1: null };
    expect(await runExport({ db, to, format: 'jsonl', what: 'indicators', filters, quiet: true }, io)).toBe(0);
    const rows = (await readFile(to, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    const row = rows.find((r) => r.document_path.endsWith(LANXIAN_ID) && r.table_key === 't1' && r.indicator_seq === 0);
    expect(row).toMatchObject({ level3: '基建及装修工程', actual_raw: '≥80平方米', actual_number: 80, review_status: 'corrected' });
    expect(row.review_original).toEqual({ actual: document.tables[0]!.indicators[0]!.actual!.raw });
  });

  it('accepts a record with a, and refuses a weight that is no number', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('#records .rec.sel span').last().getAttribute('class')).toBe('state-accepted');
    const response = await page.evaluate(async () => {
      const r = await fetch('/api/documents/lanxian-police-2024-final-accounts-lo.pdf/decisions', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ table: 't1', record: 'indicators.0', action: 'correct', field: 'weight', value: 'abc' }),
      });
      return { status: r.status, body: await r.json() };
    });
    expect(response).toEqual({ status: 400, body: { error: 'weight must be a number, got "abc"' } });
  });

  it('shows a text source as its lines, the field\'s cell marked', async () => {
    await page.goto(`${server.url}#/d/${encodeURIComponent('liupanshui-police-2023-self-evaluation.txt')}/${encodeURIComponent('t1/indicators.0')}`);
    await expect.poll(detailTitle).toBe('依法收押率');
    // line 22 of the sample holds the row; the 三级 cell is marked in it
    await page.waitForSelector('#source pre.src');
    expect(await page.locator('#source div[data-line="22"]').getAttribute('class')).toBe('hit');
    expect(await page.locator('#source div[data-line="22"] mark').innerText()).toBe('依法收押率');
    await shot('record-text');
  });
});
