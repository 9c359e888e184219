import { describe, expect, it } from 'vitest';
import { makeDocxIngester, ingestDocx } from '../../../src/ingest/docx/index.js';
import { DEFAULT_INGEST_OPTIONS, ingest } from '../../../src/ingest/index.js';
import type { Layout } from '../../../src/ir/types.js';
import { buildDocx, buildZip, documentXml, fixture, grids, paragraphs, readDocumentXml, relsXml } from './helpers.js';

const run = (bytes: Uint8Array, path = 'test.docx', ingester = ingestDocx): Promise<Layout> =>
  ingester({ path, bytes, options: DEFAULT_INGEST_OPTIONS });

const codes = (layout: Layout) => layout.diagnostics.map((d) => `${d.level} ${d.code}`);
const TABLE = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';

describe('DOCX ingest', () => {
  it('reads word/document.xml from the zip into the same blocks as the XML reader, with no diagnostics', async () => {
    const xml = fixture('gridbefore-vmerge.document.xml');
    const layout = await run(buildDocx(xml));
    expect(layout.diagnostics).toEqual([]);
    expect(layout).toMatchObject({ format: 'docx', pages: null, ocr: false });
    expect(layout.blocks).toEqual(readDocumentXml(xml).blocks);
  });

  it('finds the main document part through _rels/.rels when it is not word/document.xml', async () => {
    const zip = buildZip([
      { name: '_rels/.rels', data: relsXml('/word/main.xml') },
      { name: 'word/main.xml', data: documentXml(TABLE) },
    ]);
    const layout = await run(zip);
    expect(layout.diagnostics).toEqual([]);
    expect(grids(layout.blocks)[0]!.cells[0]!.text).toBe('项目名称');
  });

  it('reads stored (uncompressed) entries and a document.xml with a UTF-8 BOM', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: `\uFEFF${documentXml(TABLE)}`, method: 0 }]);
    const layout = await run(zip);
    expect(layout.diagnostics).toEqual([]);
    expect(grids(layout.blocks)).toHaveLength(1);
  });

  it('warns when the document has no tables and still returns its paragraphs', async () => {
    const layout = await run(buildDocx(documentXml('<w:p><w:r><w:t>2023年度部门整体绩效自评报告</w:t></w:r></w:p>')));
    expect(codes(layout)).toEqual(['warning docx:no-tables']);
    expect(paragraphs(layout.blocks)).toEqual(['2023年度部门整体绩效自评报告']);
  });
});

describe('DOCX ingest: unusable input becomes an error diagnostic, never a throw', () => {
  it('reports a PDF named .docx as a PDF', async () => {
    const layout = await run(Buffer.from('%PDF-1.7\n%âãÏÓ\n'), 'report.docx');
    expect(codes(layout)).toEqual(['error docx:not-zip']);
    expect(layout.diagnostics[0]!.message).toContain('is a PDF');
    expect(layout.blocks).toEqual([]);
  });

  it('leaves a PDF named .docx to the PDF reader: the format is sniffed from the bytes', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('../../../samples/pdf-lo/liupanshui-police-2023-self-evaluation-lo.pdf', import.meta.url));
    const layout = await ingest({ path: 'report.docx', bytes, options: DEFAULT_INGEST_OPTIONS });
    expect(layout.format).toBe('pdf');
    expect(layout.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('reports a truncated archive as corrupt', async () => {
    const zip = buildDocx(documentXml(TABLE));
    expect(codes(await run(zip.subarray(0, zip.length - 30)))).toEqual(['error docx:corrupt-zip']);
    expect(codes(await run(Buffer.from('PK\u0003\u0004 not really a zip')))).toEqual(['error docx:corrupt-zip']);
  });

  it('reports damaged deflate data and checksum mismatches as corrupt', async () => {
    const zip = buildDocx(documentXml(TABLE.repeat(50)));
    const at = zip.indexOf('word/document.xml') + 'word/document.xml'.length + 20;
    const damaged = Buffer.from(zip);
    for (let i = at; i < at + 40; i++) damaged[i] = 0xff;
    expect(codes(await run(damaged))).toEqual(['error docx:corrupt-zip']);
  });

  it('reports an archive without word/document.xml, naming what it is when recognisable', async () => {
    const plain = await run(buildZip([{ name: 'readme.txt', data: 'hello' }]));
    expect(codes(plain)).toEqual(['error docx:no-document-xml']);
    const xlsx = await run(buildZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]));
    expect(xlsx.diagnostics[0]!.message).toContain('spreadsheet (XLSX)');
  });

  it('refuses a zip bomb by its declared sizes without inflating anything', async () => {
    const zip = buildDocx(documentXml(TABLE), [{ name: 'word/media/big.bin', data: 'x', declaredSize: 0xfffffff0 }]);
    const layout = await run(zip);
    expect(codes(layout)).toEqual(['error docx:zip-bomb']);
    expect(layout.diagnostics[0]!.message).toMatch(/declares 4096\.0 MB uncompressed \(limit 500\.0 MB\)/);
  });

  it('stops inflating at the cap when the directory lies about the size', async () => {
    const huge = documentXml(`<w:p><w:r><w:t>${' '.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`);
    const zip = buildZip([{ name: 'word/document.xml', data: huge, declaredSize: 100 }]);
    const small = makeDocxIngester({ maxDocumentXmlBytes: 1024 * 1024 });
    const layout = await run(zip, 'bomb.docx', small);
    expect(codes(layout)).toEqual(['error docx:zip-bomb']);
    expect(layout.diagnostics[0]!.message).toContain('word/document.xml inflates past 1.0 MB');
  });

  it('counts every inflated part against the total budget', async () => {
    const zip = buildDocx(documentXml(`<w:p><w:r><w:t>${'x'.repeat(4000)}</w:t></w:r></w:p>`));
    const layout = await run(zip, 'budget.docx', makeDocxIngester({ maxTotalBytes: 3000 }));
    expect(codes(layout)).toEqual(['error docx:zip-bomb']);
  });

  it('refuses an archive with too many entries, from the directory count alone', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.xml`, data: '<a/>' }));
    expect(codes(await run(buildZip(many), 'many.docx', makeDocxIngester({ maxEntries: 10 })))).toEqual(['error docx:zip-bomb']);
    const forged = Buffer.from(buildDocx(documentXml(TABLE)));
    forged.writeUInt16LE(0xfffe, forged.length - 14); // entries on this disk
    forged.writeUInt16LE(0xfffe, forged.length - 12); // total entries
    const layout = await run(forged);
    expect(codes(layout)).toEqual(['error docx:zip-bomb']);
    expect(layout.diagnostics[0]!.message).toContain('65534 entries');
  });

  it('refuses an entity-expansion (billion laughs) document before parsing', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`;
    const layout = await run(buildDocx(laughs));
    expect(codes(layout)).toEqual(['error docx:xml-dtd']);
  });

  it('reports XML that is not well-formed, and XML that is not a Word document', async () => {
    expect(codes(await run(buildDocx('<w:document><w:body><w:p></w:body>')))).toEqual(['error docx:xml-invalid']);
    expect(codes(await run(buildDocx('<html><body/></html>')))).toEqual(['error docx:no-body']);
  });

  it('reports an entry encrypted with ZIP encryption', async () => {
    const zip = buildZip([{ name: 'word/document.xml', data: documentXml(TABLE), flags: 0x1 }]);
    expect(codes(await run(zip))).toEqual(['error docx:encrypted']);
  });

  it('survives every truncation and byte flip of a real sample', async () => {
    const { readFileSync } = await import('node:fs');
    const sample = readFileSync(new URL('../../../samples/docx/liupanshui-police-2023-self-evaluation.docx', import.meta.url));
    let seed = 7;
    const random = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed / 2 ** 31; };
    for (let i = 0; i < 60; i++) {
      const cut = sample.subarray(0, Math.floor(random() * sample.length));
      const flipped = Buffer.from(sample);
      for (let k = 0; k < 8; k++) { const j = Math.floor(random() * flipped.length); flipped[j] = flipped[j]! ^ 0xff; }
      for (const bytes of [cut, flipped]) {
        const layout = await run(bytes);
        expect(layout.format).toBe('docx');
        for (const d of layout.diagnostics) expect(d.code).toMatch(/^docx:/);
      }
    }
  });
});
