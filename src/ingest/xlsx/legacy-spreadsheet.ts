/**
 * Spreadsheets exceljs cannot open (issue #13): Excel 97–2003 .xls/.xlt and Kingsoft WPS
 * 表格 .et/.ett (OLE files with a "Workbook" or "Book" stream, told apart from Word files by
 * src/ingest/office/ole-directory.ts), and OpenDocument .ods. LibreOffice converts them to
 * XLSX, which the XLSX ingester reads; the Document's format is then 'xlsx', as a converted
 * .doc is 'docx', and an info diagnostic says the file was converted. Without LibreOffice, an
 * error says which Debian package to install; never a silent skip.
 */
import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { isOle, readOleDirectory } from '../office/ole-directory.js';
import { oleContent } from '../office/office-kind.js';
import { convertWithSoffice, findSoffice } from '../office/soffice.js';
import { makeXlsxIngester } from './xlsx-ingester.js';
import { checkArchive, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './zip-limits.js';

export interface LegacySpreadsheetOptions {
  /** the LibreOffice conversion is killed after this */
  conversionTimeoutMs: number;
  findSoffice: () => Promise<string | null>;
  /** limits of an .ods archive (checked before LibreOffice inflates it) and of the converted XLSX */
  archive: ArchiveLimits;
}

export const DEFAULT_LEGACY_SPREADSHEET_OPTIONS: LegacySpreadsheetOptions = {
  conversionTimeoutMs: 120_000,
  findSoffice: () => findSoffice(),
  archive: DEFAULT_ARCHIVE_LIMITS,
};

const BIFF_BOF = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const BIFF_FILEPASS = 0x002f;

/**
 * A .xls whose workbook stream is encrypted: [MS-XLS] §2.4.117, FilePass is the record right
 * after the globals BOF. Excel also encrypts with its default password ("VelvetSweatshop",
 * structure-protected workbooks), which LibreOffice opens; so this only names the cause when
 * the conversion fails.
 */
export function hasBiffFilePass(bytes: Uint8Array): boolean {
  const directory = readOleDirectory(bytes);
  const stream = directory?.rootEntries.find((e) => e.type === 2 && (e.name === 'Workbook' || e.name === 'Book'));
  if (!directory || !stream) return false;
  const head = directory.head(stream, 64);
  if (head.length < 8) return false;
  const dv = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (!BIFF_BOF.has(dv.getUint16(0, true))) return false;
  const next = 4 + dv.getUint16(2, true);
  return next + 2 <= head.length && dv.getUint16(next, true) === BIFF_FILEPASS;
}

const error = (code: string, message: string): Layout =>
  ({ format: 'xlsx', pages: null, ocr: false, blocks: [], diagnostics: [diag('error', `xlsx:${code}`, message)] });

/** Builds the ingester; tests pass a missing or failing LibreOffice and small limits. */
export function makeLegacySpreadsheetIngester(overrides: Partial<LegacySpreadsheetOptions> = {}) {
  const options = { ...DEFAULT_LEGACY_SPREADSHEET_OPTIONS, ...overrides };
  const ingestXlsx = makeXlsxIngester(options.archive);
  return async function ingestLegacySpreadsheet(input: IngestInput): Promise<Layout> {
    const { bytes, path } = input;
    const ole = isOle(bytes);
    if (ole && oleContent(bytes) === 'encrypted-package') {
      return error('encrypted', `${path} is an encrypted (password-protected) workbook; remove the password in Excel or WPS and save it again`);
    }
    if (!ole) {
      const problem = await checkArchive(bytes, options.archive);
      if (problem) return error(problem.code, `cannot read ${path}: ${problem.message}`);
    }
    const what = ole ? 'a legacy Excel/WPS spreadsheet (.xls/.et)' : 'an OpenDocument spreadsheet (.ods)';
    const soffice = await options.findSoffice();
    if (!soffice) {
      return error('legacy-needs-libreoffice', `${path} is ${what}; reading it needs LibreOffice to convert it to XLSX: install it (Debian: apt-get install libreoffice-calc-nogui) so that soffice is on PATH`);
    }
    const converted = await convertWithSoffice(bytes, {
      // the extension is only where LibreOffice's type detection starts: it reads the content (BIFF5/BIFF8, WPS ET)
      inputExtension: ole ? '.xls' : '.ods',
      convertTo: 'xlsx:Calc MS Excel 2007 XML',
      produces: 'XLSX',
      hint: 'is it a damaged file?',
    }, soffice, options.conversionTimeoutMs);
    if (!converted.ok) {
      if (ole && hasBiffFilePass(bytes)) {
        const said = converted.detail ? ` (${converted.detail})` : '';
        return error('encrypted', `${path} is a password-protected (encrypted) .xls that LibreOffice could not open${said}; remove the password in Excel or WPS and save it again`);
      }
      return error('legacy-conversion-failed', `${path}: converting ${what} with LibreOffice failed: ${converted.reason}`);
    }
    const layout = await ingestXlsx({ ...input, bytes: converted.bytes });
    const note = diag('info', 'xlsx:converted', `${path} is ${what}; read through a LibreOffice conversion to XLSX`);
    return { ...layout, diagnostics: [note, ...layout.diagnostics] };
  };
}

export const ingestLegacySpreadsheet = makeLegacySpreadsheetIngester();
