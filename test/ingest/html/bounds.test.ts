/**
 * Bounds of the HTML ingester: a page over the size limit, a span bomb, a page of too many
 * tags, and tag soup or pathological nesting — each gives a Document with a diagnostic,
 * quickly, never a throw or an exhausted heap.
 */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { processBytes } from '../../../src/pipeline.js';
import { codes, grids, readPage, utf8 } from './helpers.js';

describe('HTML bounds', () => {
  it('a 100 MB page yields a failed Document with html:too-large, quickly', async () => {
    const started = performance.now();
    const doc = DocumentSchema.parse(await processBytes('huge.html', Buffer.alloc(100 * 1024 * 1024, '<p>页面</p>')));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(doc.status).toBe('failed');
    expect(doc.source.format).toBe('html');
    expect(doc.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['error html:too-large']);
    expect(doc.diagnostics[0]!.message).toContain('100.0 MB exceeds the 32.0 MB limit');
  });

  it('a rowspan=65534 colspan=1000 bomb over 2100 rows is cut at the slot budget with an error', async () => {
    const html = `<table><tr><td rowspan="65534" colspan="1000">炸</td></tr>${'<tr>'.repeat(2100)}</table>`;
    const layout = await readPage(html);
    const [grid] = grids(layout);
    // 2101 rows of 1000 columns; 2 000 000 slots / 1000 columns: the first 2000 rows are kept, 101 dropped
    expect([grid!.rowCount, grid!.colCount]).toEqual([2000, 1000]);
    expect(grid!.cells).toEqual([expect.objectContaining({ text: '炸', rowSpan: 2000, colSpan: 1000 })]);
    const error = layout.diagnostics.find((d) => d.code === 'html:too-many-cells');
    expect(error?.level).toBe('error');
    expect(error?.message).toContain('the last 101 row(s) were not read');
  });

  it('the slot budget is shared by the page: tables after it is spent are skipped and counted', async () => {
    const table = `<table><tr><td colspan="600">宽</td></tr>${'<tr><td>x</td></tr>'.repeat(1000)}</table>`;
    const layout = await readPage(`${table}${table}${table}${table}`);
    // each table is 1001 × 600 = 600 600 slots: three fit in 2 000 000; 198 200 are left, 330 rows of 600
    expect(grids(layout).map((g) => g.rowCount)).toEqual([1001, 1001, 1001, 330]);
    expect(codes(layout).filter((c) => c.startsWith('error'))).toEqual(['error html:too-many-cells']);
    const skipped = await readPage(`${table}${table}${table}${table}${table}`);
    expect(codes(skipped).filter((c) => c.startsWith('error'))).toEqual(['error html:too-many-cells', 'error html:too-many-cells']);
    expect(skipped.diagnostics.at(-1)!.message).toBe("1 table(s) after the page's limit of grid slots was reached were not read");
  });

  it('a page with more tags than the limit is refused before parsing', async () => {
    const layout = await readPage(`<table>${'<tr><td>1</td></tr>'.repeat(30)}</table>`, { maxElements: 50, maxSlots: 1000 });
    expect(layout.blocks).toEqual([]);
    expect(codes(layout)).toEqual(['info html:encoding', 'error html:too-many-elements']);
    expect(layout.diagnostics[1]!.message).toBe('page.html holds 61 tags, more than the 50 a page is read with; save the part with the tables');
  });

  it('tag soup, 100 000 nested <div>s and 20 000 nested tables give a Document, not a throw', async () => {
    const soup = Array.from({ length: 50_000 }, (_, i) => '<>&;"\'=/ tdrabcl一'[(i * 7919) % 18]).join('');
    const pages = {
      'soup.html': utf8(soup),
      'divs.html': utf8(`${'<div>'.repeat(100_000)}深`),
      'tables.html': utf8(`${'<table><tr><td>'.repeat(20_000)}深`),
      'misnested.html': utf8(`${'<b><i><table><tr><td>'.repeat(2000)}${'x</b></i>'.repeat(2000)}`),
      'invalid-bytes.html': new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x80, 0xc3, 0x3c, 0x74, 0x64]),
    };
    for (const [name, bytes] of Object.entries(pages)) {
      const doc = DocumentSchema.parse(await processBytes(name, bytes));
      expect(doc.source.format, name).toBe('html');
      expect(doc.status, name).toBe('failed');
    }
  });
});
