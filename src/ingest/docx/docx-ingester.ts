/**
 * DOCX ingest (issue #3): the ZIP is opened with bounded inflation, the main document part
 * is read as XML without DTDs, and its tables become Grids with real spans. Legacy .doc/.wps
 * go through LibreOffice first. Whatever the input, the result is a Layout; unusable input
 * gives an error diagnostic and no blocks, never a throw (output-contract.md, Diagnostic).
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { DocxError } from './docx-error.js';
import { DEFAULT_MAX_ELEMENT_CHARS, documentBlocks } from './document-blocks.js';
import { convertToDocx, findSoffice, isEncryptedOoxml } from './legacy-convert.js';
import { readMainDocumentXml } from './package-reader.js';

export interface DocxIngestOptions {
  /** ZIP entries allowed in one file (a DOCX has a few dozen) */
  maxEntries: number;
  /** cap on the inflated main document part (word/document.xml) */
  maxDocumentXmlBytes: number;
  /** cap on everything declared in the archive and on everything actually inflated */
  maxTotalBytes: number;
  /** one top-level body element (a table) larger than this, in characters, is skipped with an error */
  maxElementChars: number;
  /** LibreOffice conversion of a .doc/.wps is killed after this */
  conversionTimeoutMs: number;
  findSoffice: () => Promise<string | null>;
}

export const DEFAULT_DOCX_OPTIONS: DocxIngestOptions = {
  maxEntries: 5_000,
  maxDocumentXmlBytes: 200 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxElementChars: DEFAULT_MAX_ELEMENT_CHARS,
  conversionTimeoutMs: 120_000,
  findSoffice: () => findSoffice(),
};

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const isOle = (bytes: Uint8Array) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b]);

const failed = (diagnostics: Diagnostic[]): Layout =>
  ({ format: 'docx', pages: null, ocr: false, blocks: [], diagnostics });

/** What a file that is not a ZIP really is, for a message a user can act on. */
function notZipMessage(bytes: Uint8Array, path: string): string {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `${path} is a PDF (it starts with %PDF), not a DOCX: rename it to .pdf`;
  if (bytes.length === 0) return `${path} is empty`;
  return `${path} is not a DOCX: a DOCX is a ZIP archive and this file does not start with the ZIP signature (damaged, or another format renamed .docx)`;
}

async function ingestZip(bytes: Uint8Array, path: string, options: DocxIngestOptions): Promise<Layout> {
  const { xml, part } = await readMainDocumentXml(bytes, options);
  const { blocks, diagnostics, tables } = documentBlocks(xml, part, options.maxElementChars);
  if (tables === 0) {
    diagnostics.push(diag('warning', 'docx:no-tables', `${path} contains no tables (${blocks.length} paragraph(s) read); nothing to extract as a table`));
  }
  return { format: 'docx', pages: null, ocr: false, blocks, diagnostics };
}

async function ingestOle(bytes: Uint8Array, path: string, options: DocxIngestOptions): Promise<Layout> {
  if (isEncryptedOoxml(bytes)) {
    return failed([diag('error', 'docx:encrypted', `${path} is an encrypted (password-protected) DOCX; remove the password in Word and save it again`)]);
  }
  const soffice = await options.findSoffice();
  if (!soffice) {
    return failed([diag('error', 'docx:legacy-needs-libreoffice', `${path} is a legacy Word/WPS file (.doc/.wps); reading it needs LibreOffice to convert it: install it (Debian: apt-get install libreoffice-writer-nogui) so that soffice is on PATH`)]);
  }
  const converted = await convertToDocx(bytes, path, soffice, options.conversionTimeoutMs);
  if (!converted.ok) {
    return failed([diag('error', 'docx:legacy-conversion-failed', `${path}: converting the legacy .doc/.wps with LibreOffice failed: ${converted.reason}`)]);
  }
  const layout = await ingestBytes(converted.bytes, path, options);
  const note = diag('info', 'docx:converted', `${path} is a legacy .doc/.wps; read through a LibreOffice conversion to DOCX`);
  return { ...layout, diagnostics: [note, ...layout.diagnostics] };
}

async function ingestBytes(bytes: Uint8Array, path: string, options: DocxIngestOptions): Promise<Layout> {
  if (isOle(bytes)) return ingestOle(bytes, path, options);
  if (!isZip(bytes)) return failed([diag('error', 'docx:not-zip', notZipMessage(bytes, path))]);
  return ingestZip(bytes, path, options);
}

/** Builds the ingester with its limits; tests pass small limits or a missing LibreOffice. */
export function makeDocxIngester(overrides: Partial<DocxIngestOptions> = {}) {
  const options = { ...DEFAULT_DOCX_OPTIONS, ...overrides };
  return async function ingestDocx(input: IngestInput): Promise<Layout> {
    try {
      return await ingestBytes(input.bytes, input.path, options);
    } catch (error) {
      if (error instanceof DocxError) return failed([error.toDiagnostic()]);
      return failed([diag('error', 'docx:failed', `${input.path} could not be read as DOCX: ${(error as Error).message}`)]);
    }
  };
}

export const ingestDocx = makeDocxIngester();
