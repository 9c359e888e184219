import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_OPTIONS, ingest } from '../../../src/ingest/index.js';
import { buildPdf, cjk, ruledTable } from './pdf-writer.js';
import { diagnostics, grids, ingestBytes, outline, texts } from './helpers.js';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pdf', name)));

const financeTable = (top = 700) => ruledTable({
  x: 60, top, colWidths: [160, 80], rowHeight: 20,
  rows: [['项目', '决算数'], ['一、一般公共预算财政拨款收入', '2,940.05'], ['八、其他收入', '6.20']],
});

describe('encrypted PDFs (fixtures made by qpdf, see test/fixtures/pdf/make-fixtures.ts)', () => {
  it('reports a PDF locked with a user password as an error, with no blocks', async () => {
    const layout = await ingestBytes(fixture('encrypted-user-password.pdf'));
    expect(layout.blocks).toEqual([]);
    expect(diagnostics(layout)).toEqual(['error pdf:encrypted: the PDF is encrypted with a user password; it cannot be read without it']);
  });

  it.each(['encrypted-empty-user-password.pdf', 'encrypted-rc4-empty-user-password.pdf'])(
    'opens %s (owner password only: the empty user password decrypts it)', async (name) => {
      const layout = await ingestBytes(fixture(name));
      expect(diagnostics(layout)).toEqual([]);
      expect(outline(layout)).toEqual(['P:收入支出决算总表', 'G:3x2']);
      expect(texts(grids(layout)[0]!)[1]).toEqual(['一、一般公共预算财政拨款收入', '2,940.05']);
    });
});

describe('damaged and mislabelled input: diagnostics, never a throw', () => {
  it('reads what a truncated PDF still holds: the trailer is put back, lost pages are reported one by one', async () => {
    const whole = buildPdf([1, 2, 3].map((n) => ({ content: cjk(150, 700, `表${n}`, 14) + financeTable(650) })));
    const layout = await ingestBytes(whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect(diagnostics(layout).slice(0, 2)).toEqual([
      'warning pdf:truncated: no %%EOF marker at the end of the file: it is probably truncated, and pages or text may be missing',
      'info pdf:repaired: the end of the file is missing: the page objects that survived were found by scanning the file and are read',
    ]);
    expect(outline(layout).slice(0, 2)).toEqual(['P:表1', 'G:3x2']);
    expect(layout.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    expect(layout.diagnostics.some((d) => d.code === 'pdf:page-unreadable' && d.page === 3)).toBe(true);
  });

  it('rebuilds the page tree when it was written last and is lost, as ONLYOFFICE and WPS do', async () => {
    const sample = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../samples/pdf/putuo-wanli-street-2024-budget.pdf'));
    const layout = await ingestBytes(new Uint8Array(sample.subarray(0, 100_000)));
    expect(diagnostics(layout).slice(0, 2).map((d) => d.split(':').slice(0, 2).join(':'))).toEqual(['warning pdf:truncated', 'info pdf:repaired']);
    expect(layout.pages).toBe(33); // the page objects are small and early; contents after the cut are lost
    expect(grids(layout).length).toBeGreaterThan(0);
    expect(layout.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('reports a cut so early that no page survives as unreadable', async () => {
    const whole = buildPdf([{ content: financeTable() }]);
    const layout = await ingestBytes(whole.subarray(0, 40));
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['warning pdf:truncated', 'error pdf:invalid']);
  });

  it('refuses bytes that are not a PDF, even named .pdf', async () => {
    const layout = await ingestBytes(new TextEncoder().encode('项目名称\t收入\n合计\t100\n'), 'report.pdf');
    expect(diagnostics(layout)).toEqual(['error pdf:not-pdf: report.pdf is not a PDF (no %PDF- header in its first 1024 bytes)']);
  });

  it('reports a PDF header followed by garbage as unreadable', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n' + 'x'.repeat(3000));
    const layout = await ingestBytes(bytes);
    expect(layout.blocks).toEqual([]);
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['warning pdf:truncated', 'error pdf:invalid']);
  });

  it('routes by content, not by name: a binary file named .pdf is refused by the ingest registry', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const layout = await ingest({ path: 'scan.pdf', bytes, options: DEFAULT_INGEST_OPTIONS });
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['error ingest:binary']);
  });

  it('routes a real PDF named .txt to the PDF ingester', async () => {
    const layout = await ingest({ path: 'table.txt', bytes: buildPdf([{ content: financeTable() }]), options: DEFAULT_INGEST_OPTIONS });
    expect(layout.format).toBe('pdf');
    expect(outline(layout)).toEqual(['G:3x2']);
  });
});

describe('a long document', () => {
  it('reads 500 pages one at a time in bounded time and memory; the table over all of them is one grid', async () => {
    const header = [['项目', '决算数']];
    const pages = Array.from({ length: 500 }, (_, p) => ({
      content: (p === 0 ? cjk(150, 760, '支出决算表', 14) : '') + ruledTable({
        x: 60, top: p === 0 ? 700 : 800, colWidths: [160, 80], rowHeight: 20,
        rows: [...header, ...Array.from({ length: 4 }, (_, r) => [`第${p + 1}页第${r + 1}行`, `${p}.${r}0`])],
      }),
    }));
    const bytes = buildPdf(pages);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const layout = await ingestBytes(bytes);
    const seconds = (performance.now() - started) / 1000;
    const grownMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    expect(layout.pages).toBe(500);
    expect(outline(layout)).toEqual(['P:支出决算表', 'G:2001x2']);
    expect(layout.diagnostics.filter((d) => d.code !== 'pdf:table-continued')).toEqual([]);
    expect(texts(grids(layout)[0]!)[2000]).toEqual(['第500页第4行', '499.30']);
    expect(seconds).toBeLessThan(45);
    expect(grownMb).toBeLessThan(500);
  }, 120_000);
});
