/**
 * Archive limits checked before a workbook is handed to exceljs or LibreOffice, neither of
 * which bounds what it inflates. The central directory's declared sizes are summed first
 * (nothing inflated); then every entry is inflated once with zlib's output capped at its
 * declared size, so a directory that lies (declares 1 KB, inflates to 1 GB) is caught at the
 * cap instead of inside exceljs. Memory stays within one entry's declared size.
 */
import { DocxError } from '../docx/docx-error.js';
import { mb, readZipDirectory, readZipEntry } from '../docx/zip-reader.js';

export interface ArchiveLimits {
  /** ZIP entries allowed (an XLSX or ODS holds a few dozen) */
  maxEntries: number;
  /** cap on everything the archive declares uncompressed */
  maxTotalBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 10_000, maxTotalBytes: 500 * 1024 * 1024 };

export type ArchiveProblem = { code: 'zip-bomb' | 'encrypted' | 'unreadable'; message: string };

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
  for (const entry of entries) {
    try {
      await readZipEntry(bytes, entry, entry.uncompressedSize);
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

const size = (n: number): string => (n < 1024 * 1024 ? `${n} bytes` : mb(n));
