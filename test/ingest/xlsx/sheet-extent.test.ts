/**
 * A workbook's grid is measured before exceljs builds it (sheet-extent.ts, zip-limits.ts):
 * a sheet whose rows × columns or merged ranges pass the limit is refused in milliseconds with
 * a diagnostic, where exceljs would make an object per cell until the heap ran out (issue #11).
 * A long sheet within the limit is read in time: rows are indexed, not filtered per row.
 */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import { sheetExtent } from '../../../src/ingest/xlsx/sheet-extent.js';
import { makeXlsxIngester } from '../../../src/ingest/xlsx/xlsx-ingester.js';
import { DEFAULT_ARCHIVE_LIMITS } from '../../../src/ingest/xlsx/zip-limits.js';
import { processBytes } from '../../../src/pipeline.js';
import { hostileWorkbooks } from '../../../scripts/samples/make-hostile.js';
import { buildZip } from '../../../scripts/samples/zip-writer.js';

const extent = (xml: string) => sheetExtent(Buffer.from(xml));
const codes = (diagnostics: { level: string; code: string }[]) => diagnostics.map((d) => `${d.level} ${d.code}`);
const sheet = (body: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;
/** The parts the grid check reads: the worksheets (nothing here gets as far as exceljs). */
const workbookOf = (sheets: string[]) => buildZip(sheets.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })));

describe('sheetExtent', () => {
  it('places rows and cells by their r attribute, or right after the previous one without it', () => {
    expect(extent('<worksheet><sheetData><row r="3"><c r="B3"/><c/></row><row><c/></row></sheetData></worksheet>'))
      .toEqual({ rows: 4, cols: 3, mergedCells: 0 });
  });

  it('counts a row without cells, merged ranges (written either way round) and prefixed names', () => {
    expect(extent('<x:worksheet><x:sheetData><x:row r="10"/></x:sheetData><x:mergeCells count="2"><x:mergeCell ref="A1:C2"/><x:mergeCell ref="$E$5:D4"/></x:mergeCells></x:worksheet>'))
      .toEqual({ rows: 10, cols: 5, mergedCells: 6 + 4 });
  });

  it('tells cells from <col>, <cols> and <mergeCells>', () => {
    expect(extent('<cols><col min="1" max="16384"/></cols><mergeCells count="0"></mergeCells><cfRule/>')).toEqual({ rows: 0, cols: 0, mergedCells: 0 });
  });

  it('reads a sheet larger than its 1 MB chunks, a tag cut at a chunk edge included once', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>1</v></c><c r="B${r}"><v>2</v></c></row>`;
    const rows = Array.from({ length: 60_000 }, (_, i) => row(i + 1)).join('');
    expect(rows.length).toBeGreaterThan(3 * 2 ** 20);
    expect(extent(`<worksheet><sheetData>${rows}</sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells></worksheet>`))
      .toEqual({ rows: 60_000, cols: 2, mergedCells: 4 });
  });
});

describe('workbooks past the grid limit', () => {
  it('refuses one cell at XFD1048576 merged from A1 before exceljs sees it', async () => {
    const [, bytes] = hostileWorkbooks()['xlsx-huge-dimension.xlsx']!;
    const started = performance.now();
    const doc = DocumentSchema.parse(await processBytes('huge.xlsx', bytes));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:too-many-cells']);
    expect(doc.diagnostics[0]!.message).toBe('cannot read huge.xlsx: xl/worksheets/sheet1.xml spans 1,048,576 rows × 16,384 columns: the workbook\'s sheets would hold more than 150,000 cells, its limit; refused before reading it (a real table is far smaller)');
  });

  it('counts rows without cells, and sums the sheets of a workbook', async () => {
    expect(DEFAULT_ARCHIVE_LIMITS.maxGridCells).toBe(150_000);
    const [, bytes] = hostileWorkbooks()['xlsx-200k-rows.xlsx']!;
    const layout = await makeXlsxIngester()({ path: 'rows.xlsx', bytes, options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout.diagnostics)).toEqual(['error xlsx:too-many-cells']);
    expect(layout.diagnostics[0]!.message).toMatch(/spans 200,000 rows × 1 columns: /);
    const small = makeXlsxIngester({ ...DEFAULT_ARCHIVE_LIMITS, maxGridCells: 25 });
    const twoSheets = workbookOf([sheet('<sheetData><row r="20"/></sheetData>'), sheet('<sheetData><row r="6"><c r="A6"/></row></sheetData>')]);
    const read = await small({ path: 'two.xlsx', bytes: twoSheets, options: DEFAULT_INGEST_OPTIONS });
    expect(read.diagnostics[0]!.message).toMatch(/^cannot read two\.xlsx: xl\/worksheets\/sheet2\.xml spans 6 rows × 1 columns: the workbook's sheets would hold more than 25 cells/);
  });

  it('reads a one-column sheet of 200,000 rows in seconds, given a roomier limit', async () => {
    const [, bytes] = hostileWorkbooks()['xlsx-200k-rows.xlsx']!;
    const roomy = makeXlsxIngester({ ...DEFAULT_ARCHIVE_LIMITS, maxGridCells: 250_000 });
    const started = performance.now();
    const layout = await roomy({ path: 'rows.xlsx', bytes, options: DEFAULT_INGEST_OPTIONS });
    expect(performance.now() - started).toBeLessThan(30_000); // ~5 s; filtering the table per row took 4.5 minutes
    expect(layout.diagnostics).toEqual([]);
    expect(layout.blocks.length).toBe(200_000); // a "title" paragraph per row, the last row a grid
  }, 60_000);
});
