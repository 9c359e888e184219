/**
 * XLSX ingest (issue #13): every visible sheet is a page; merged ranges become real spans,
 * each cell's text is what Excel shows (cell-text.ts), hidden sheets, rows and columns are
 * skipped and reported, and a title printed as one cell across the top of a sheet becomes a
 * paragraph, as it would be above a table in a PDF. The archive is checked against its limits
 * before exceljs inflates it (zip-limits.ts). Unusable input gives an error diagnostic, never a throw.
 */
import ExcelJS from 'exceljs';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Block, Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { rawFormatResolver } from './raw-formats.js';
import { sheetBlocks } from './sheet-grid.js';
import { checkArchive, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './zip-limits.js';

/** Builds the ingester with its limits; tests pass small ones. */
export function makeXlsxIngester(limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS) {
  return async function ingestXlsx(input: IngestInput): Promise<Layout> {
    const failed = (code: string, message: string): Layout => ({
      format: 'xlsx', pages: null, ocr: false, blocks: [], diagnostics: [diag('error', `xlsx:${code}`, `cannot read ${input.path}: ${message}`)],
    });
    const problem = await checkArchive(input.bytes, limits);
    if (problem) return failed(problem.code, problem.message);
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength) as never);
    } catch (error) {
      return failed('unreadable', `not a readable workbook (${(error as Error).message})`);
    }
    const blocks: Block[] = [];
    const diagnostics: Diagnostic[] = [];
    const formatOf = await rawFormatResolver(input.bytes);
    workbook.worksheets.forEach((sheet, k) => {
      const page = k + 1;
      if (sheet.state !== 'visible') {
        diagnostics.push(diag('info', 'xlsx:hidden-sheet', `sheet ${page} "${sheet.name}" is hidden: not read`, page));
        return;
      }
      // a loop, not push(...): a long one-column sheet is a block per row, past what a spread can pass
      for (const block of sheetBlocks(sheet, page, diagnostics, formatOf)) blocks.push(block);
    });
    if (workbook.worksheets.length === 0) diagnostics.push(diag('warning', 'xlsx:no-sheets', 'the workbook has no worksheets'));
    return { format: 'xlsx', pages: workbook.worksheets.length, ocr: false, blocks, diagnostics };
  };
}

export const ingestXlsx = makeXlsxIngester();
