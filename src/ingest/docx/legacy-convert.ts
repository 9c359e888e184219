/**
 * OLE compound files (.doc, .wps, and password-protected OOXML, which Office stores as an
 * OLE file with an "EncryptedPackage" stream, MS-OFFCRYPTO §2.3.4): the legacy formats are
 * converted to DOCX by LibreOffice when it is installed (src/ingest/office/soffice.ts); the
 * encrypted ones are reported. OLE spreadsheets never come here: src/ingest/sniff.ts sends
 * them to src/ingest/xlsx/legacy-spreadsheet.ts.
 */
import { extname } from 'node:path';
import { convertWithSoffice, type Conversion } from '../office/soffice.js';

export { findSoffice, type Conversion } from '../office/soffice.js';

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** OLE directory entries store stream names in UTF-16LE; an encrypted OOXML has this one. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

const LEGACY_EXTENSIONS = new Set(['.doc', '.dot', '.wps', '.wpt']);

/** `soffice --headless --convert-to docx`, killed after `timeoutMs`. */
export function convertToDocx(bytes: Uint8Array, fileName: string, soffice: string, timeoutMs: number): Promise<Conversion> {
  const ext = extname(fileName).toLowerCase();
  return convertWithSoffice(bytes, {
    inputExtension: LEGACY_EXTENSIONS.has(ext) ? ext : '.doc',
    convertTo: 'docx:MS Word 2007 XML',
    produces: 'DOCX',
    hint: 'is it a spreadsheet or a damaged file?',
  }, soffice, timeoutMs);
}
