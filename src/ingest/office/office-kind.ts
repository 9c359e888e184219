/**
 * Which office container a file is, from its content, with the file name only as a
 * tie-breaker (src/ingest/sniff.ts): an OLE file holding a workbook is a spreadsheet whatever
 * it is called, and a ZIP whose first entry says "opendocument.spreadsheet" is an .ods.
 */
import { readOleDirectory } from './ole-directory.js';

/** What the root streams say an OLE file is; 'unknown' when they say nothing (or cannot be read). */
export type OleContent = 'workbook' | 'word' | 'encrypted-package' | 'unknown';

export function oleContent(bytes: Uint8Array): OleContent {
  const names = new Set(readOleDirectory(bytes)?.rootEntries.filter((e) => e.type === 2).map((e) => e.name) ?? []);
  if (names.has('Workbook') || names.has('Book')) return 'workbook';
  if (names.has('WordDocument')) return 'word';
  if (names.has('EncryptedPackage')) return 'encrypted-package';
  return 'unknown';
}

/** Names of spreadsheets, the tie-breaker when the content does not say (.et/.ett: Kingsoft WPS 表格). */
export const SPREADSHEET_NAME = /\.(xls|xlt|et|ett|xlsx|xlsm|xltx|xltm)$/i;

/**
 * An OLE file is read as a spreadsheet when it holds a workbook stream, or, when its root
 * says neither workbook nor Word (a password-protected OOXML package, a damaged directory),
 * when its name is a spreadsheet's.
 */
export function isOleSpreadsheet(bytes: Uint8Array, fileName: string): boolean {
  const content = oleContent(bytes);
  if (content === 'workbook') return true;
  if (content === 'word') return false;
  return SPREADSHEET_NAME.test(fileName);
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/**
 * OpenDocument spreadsheet (and its template): ODF 1.2 part 3 §3.3 puts an uncompressed
 * "mimetype" entry first, so its local header (30 bytes + the 8-byte name) is followed by the
 * media type. Writers that do not follow that are recognised by the .ods/.ots name.
 */
export function isOds(bytes: Uint8Array, fileName: string): boolean {
  const text = (from: number, length: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, Math.min(bytes.length, from + length));
  if (text(30, 8) === 'mimetype' && text(38, ODS_MIMETYPE.length) === ODS_MIMETYPE) return true;
  return /\.(ods|ots)$/i.test(fileName);
}
