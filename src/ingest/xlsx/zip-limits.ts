/**
 * Archive limits checked before a workbook is handed to exceljs or LibreOffice, neither of
 * which bounds what it inflates. The central directory's declared sizes are summed first
 * (nothing inflated); then every entry is inflated once with zlib's output capped at its
 * declared size, so a directory that lies (declares 1 KB, inflates to 1 GB) is caught at the
 * cap instead of inside exceljs. Memory stays within one entry's declared size. Each worksheet
 * part, once inflated, is measured (sheet-extent.ts): the grid its rows, cells and merged
 * ranges span is what exceljs and the sheet reader allocate, whatever the file's size.
 */
import { DocxError } from '../docx/docx-error.js';
import { mb, readZipDirectory, readZipEntry } from '../docx/zip-reader.js';
import { sheetExtent } from './sheet-extent.js';

export interface ArchiveLimits {
  /** ZIP entries allowed (an XLSX or ODS holds a few dozen) */
  maxEntries: number;
  /** cap on everything the archive declares uncompressed */
  maxTotalBytes: number;
  /**
   * cap on the grid slots (rows × columns, or the merged cells when more) of the workbook's
   * worksheets, summed. A slot costs 1–2 KB of heap to read (exceljs's cell, the reader's,
   * the recognizer's): 7,400 rows × 20 filled columns read within 192 MB, so 150,000 slots
   * stay within a document worker's heap (src/batch/limits.ts). A 决算 or 自评 workbook
   * spans a few thousand; exceljs fills a merged range cell by cell, whatever the file's size.
   */
  maxGridCells: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 10_000, maxTotalBytes: 500 * 1024 * 1024, maxGridCells: 150_000 };

export type ArchiveProblem = { code: 'zip-bomb' | 'encrypted' | 'unreadable' | 'too-many-cells'; message: string };

/** The worksheet parts exceljs reads (its own pattern, lib/xlsx/xlsx.js); other names it ignores. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;

/** null when the archive is within its limits; otherwise what is wrong with it, for a diagnostic. */
export async function checkArchive(bytes: Uint8Array, limits: ArchiveLimits): Promise<ArchiveProblem | null> {
  let entries;
  try {
    entries = readZipDirectory(bytes, limits);
  } catch (error) {
    if (error instanceof DocxError && error.code === 'docx:zip-bomb') {
      return { code: 'zip-bomb', message: error.message.replace(/; a DOCX has a few dozen/, '') };
    }
    return { code: 'unreadable', message: withoutDocx(error as Error) };
  }
  let gridCells = 0;
  for (const entry of entries) {
    try {
      const data = await readZipEntry(bytes, entry, entry.uncompressedSize);
      if (WORKSHEET.test(entry.name)) {
        const { rows, cols, mergedCells } = sheetExtent(data);
        const slots = rows * Math.max(cols, 1); // a row without cells is still an object to exceljs
        gridCells += Math.max(slots, mergedCells);
        if (gridCells > limits.maxGridCells) {
          return { code: 'too-many-cells', message: `${entry.name} spans ${count(rows)} rows × ${count(cols)} columns${mergedCells > slots ? ` (${count(mergedCells)} merged cells)` : ''}: the workbook's sheets would hold more than ${count(limits.maxGridCells)} cells, its limit; refused before reading it (a real table is far smaller)` };
        }
      }
    } catch (error) {
      if (!(error instanceof DocxError)) throw error;
      if (error.code === 'docx:zip-bomb') {
        return { code: 'zip-bomb', message: `${entry.name} inflates to more than the ${size(entry.uncompressedSize)} its directory declares: refused as a zip bomb` };
      }
      if (error.code === 'docx:encrypted') return { code: 'encrypted', message: `${entry.name} is encrypted inside the ZIP archive` };
      return { code: 'unreadable', message: withoutDocx(error) };
    }
  }
  return null;
}

/** The ZIP reader was written for DOCX and says so ("the DOCX is not a readable ZIP archive (…)"). */
const withoutDocx = (error: Error): string =>
  (error instanceof DocxError ? error.message.replace(/^the DOCX is /, '') : `not a readable ZIP archive (${error.message})`);

const count = (n: number): string => n.toLocaleString('en-US');

const size = (n: number): string => (n < 1024 * 1024 ? `${n} bytes` : mb(n));
