/**
 * A zip-bomb XLSX yields a Document with a diagnostic, within the ingester's limits (issue #13):
 * refused by its declared sizes without inflating anything, or stopped at the size its
 * directory declares when the directory lies; exceljs never sees it. An .ods is checked the
 * same way before LibreOffice would inflate it.
 */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import { makeXlsxIngester } from '../../../src/ingest/xlsx/xlsx-ingester.js';
import { makeLegacySpreadsheetIngester } from '../../../src/ingest/xlsx/legacy-spreadsheet.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/ingest/xlsx/zip-limits.js';
import { processBytes } from '../../../src/pipeline.js';
import { buildZip, type ZipFile } from '../../../scripts/samples/zip-writer.js';

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const workbook = (extra: ZipFile[]) => buildZip([
  { name: '[Content_Types].xml', data: CONTENT_TYPES },
  { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>' },
  ...extra,
]);
const codes = (diagnostics: { level: string; code: string }[]) => diagnostics.map((d) => `${d.level} ${d.code}`);

describe('zip-bomb workbooks', () => {
  it('refuses a workbook whose directory declares more than the limit, without inflating it', async () => {
    const bomb = workbook([{ name: 'xl/media/image1.png', data: 'x', declaredSize: 0xfffffff0 }]);
    const doc = DocumentSchema.parse(await processBytes('bomb.xlsx', bomb));
    expect(doc.status).toBe('failed');
    expect(doc.source.format).toBe('xlsx');
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:zip-bomb']);
    expect(doc.diagnostics[0]!.message).toBe('cannot read bomb.xlsx: the archive declares 4096.0 MB uncompressed (limit 500.0 MB): refused as a zip bomb');
  });

  it('stops inflating a sheet at the size its directory declares when the directory lies', async () => {
    const sheet = `<worksheet><sheetData>${'<row/>'.repeat(2_000_000)}</sheetData></worksheet>`; // 12 MB, deflates to ~12 KB
    const bomb = workbook([{ name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const doc = DocumentSchema.parse(await processBytes('lying.xlsx', bomb));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:zip-bomb']);
    expect(doc.diagnostics[0]!.message).toBe('cannot read lying.xlsx: xl/worksheets/sheet1.xml inflates to more than the 1000 bytes its directory declares: refused as a zip bomb');
  });

  it('refuses too many entries, and a total past a smaller limit', async () => {
    const many = workbook(Array.from({ length: 20 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: '<worksheet/>' })));
    const few = makeXlsxIngester({ ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 10 });
    const layout = await few({ path: 'many.xlsx', bytes: many, options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout.diagnostics)).toEqual(['error xlsx:zip-bomb']);
    expect(layout.diagnostics[0]!.message).toBe('cannot read many.xlsx: the archive lists 22 entries (limit 10): refused as a zip bomb');
    const small = makeXlsxIngester({ ...DEFAULT_ARCHIVE_LIMITS, maxEntries: 100, maxTotalBytes: 1000 });
    const big = workbook([{ name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(2000) }]);
    expect(codes((await small({ path: 'big.xlsx', bytes: big, options: DEFAULT_INGEST_OPTIONS })).diagnostics)).toEqual(['error xlsx:zip-bomb']);
  });

  it('checks an .ods before LibreOffice would inflate it', async () => {
    let asked = false;
    const ingest = makeLegacySpreadsheetIngester({ findSoffice: async () => { asked = true; return '/nonexistent/soffice'; } });
    const bomb = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
      { name: 'content.xml', data: ' '.repeat(3 * 1024 * 1024), declaredSize: 100 },
    ]);
    const layout = await ingest({ path: 'bomb.ods', bytes: bomb, options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout.diagnostics)).toEqual(['error xlsx:zip-bomb']);
    expect(layout.diagnostics[0]!.message).toBe('cannot read bomb.ods: content.xml inflates to more than the 100 bytes its directory declares: refused as a zip bomb');
    expect(asked).toBe(false);
  });
});
