/**
 * Format detection from the bytes themselves (magic numbers), with the file name
 * only as a tie-breaker: a PDF renamed .txt is still a PDF.
 */
import type { SourceFormat } from '../ir/types.js';
import { isOds, isOleSpreadsheet } from './office/office-kind.js';

/** 'xls': an OLE spreadsheet (.xls/.et); 'ods': OpenDocument; both read through LibreOffice as XLSX */
export type Sniffed = SourceFormat | 'ole' | 'xls' | 'ods' | 'zip' | 'binary' | 'empty';

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export function sniffFormat(bytes: Uint8Array, fileName: string): Sniffed {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (isOds(bytes, fileName)) return 'ods';
    if (/\.(xlsx|xlsm)$/i.test(fileName)) return 'xlsx';
    return /\.(docx|docm|dotx)$/i.test(fileName) ? 'docx' : 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return isOleSpreadsheet(bytes, fileName) ? 'xls' : 'ole'; // .xls/.et by its streams; else .doc/.wps, or an encrypted OOXML
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'image'; // PNG
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image'; // JPEG
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image'; // TIFF
  if (looksBinary(bytes)) return 'binary';
  return /\.(html?|xhtml|shtml)$/i.test(fileName) || looksLikeHtmlPage(bytes) ? 'html' : 'text';
}

/**
 * A web page saved under another name: after a BOM, whitespace, an XML declaration and
 * comments (IE's "saved from url"), it starts with <!doctype html or <html. Text that merely
 * holds <table>/<td> lines is OCR output and stays text (src/ingest/text/shape.ts 'ocr').
 */
function looksLikeHtmlPage(bytes: Uint8Array): boolean {
  const utf16 = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  const head = new TextDecoder(utf16 ?? 'latin1').decode(bytes.subarray(0, 2048)).replace(/^(\uFEFF|\u00EF\u00BB\u00BF)/, '');
  const rest = head.replace(/^(\s+|<\?xml[^>]*>|<!--[\s\S]*?-->)*/, '');
  return /^<(!doctype\s+html|html[\s>])/i.test(rest);
}

/** NUL bytes or many C0 control characters in the first 64 KiB mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  // UTF-16 text has NULs too; it is recognised by its byte-order mark.
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}
