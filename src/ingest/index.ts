/**
 * One table chooses the ingester for each detected format (style.md §4): declarative
 * ingesters (text, DOCX) build cells directly; paginated ones (PDF, images) go through
 * positioned words. Every ingester returns the same Layout.
 */
import type { Layout } from '../ir/types.js';
import { diag } from '../ir/diagnostics.js';
import { sniffFormat, type Sniffed } from './sniff.js';
import { ingestTextBytes } from './text/index.js';
import { ingestDocx } from './docx/index.js';
import type { EngineName } from '../ocr/engine.js';
import { DEFAULT_ENGINE } from '../ocr/engines.js';
import type { DebugSink } from '../debug/sink.js';

export interface IngestInput {
  path: string;
  bytes: Uint8Array;
  options: IngestOptions;
}

export interface IngestOptions {
  /** text inputs larger than this are refused with a diagnostic */
  maxTextBytes: number;
  /** engine for images and PDF pages without a text layer; 'none' reports them instead */
  ocrEngine: EngineName | 'none';
  /** resolution PDF pages are rendered at for OCR */
  ocrDpi: number;
  /** OCR worker threads; null sizes the pool to the machine's cores and memory */
  ocrWorkers: number | null;
  /** told each PDF/scan page's rulings, cells and tables and each column's role (extract --debug); reading is unchanged */
  debug?: DebugSink;
}

export const DEFAULT_INGEST_OPTIONS: IngestOptions = { maxTextBytes: 32 * 1024 * 1024, ocrEngine: DEFAULT_ENGINE, ocrDpi: 300, ocrWorkers: null };

export type Ingester = (input: IngestInput) => Promise<Layout>;

/** Registry: add an ingester here when a format is supported. */
export const INGESTERS: Partial<Record<Sniffed, Ingester>> = {
  text: ingestTextBytes,
  // parse5 loaded on first use; tables with their rowspan/colspan (src/ingest/html)
  html: (input) => import('./html/html-ingester.js').then(({ ingestHtml }) => ingestHtml(input)),
  docx: ingestDocx,
  ole: ingestDocx, // .doc/.wps via LibreOffice; encrypted DOCX reported (src/ingest/docx/legacy-convert.ts)
  // .xls/.et (OLE with a workbook stream) and .ods: LibreOffice to XLSX, then the XLSX ingester
  xls: (input) => import('./xlsx/legacy-spreadsheet.js').then(({ ingestLegacySpreadsheet }) => ingestLegacySpreadsheet(input)),
  ods: (input) => import('./xlsx/legacy-spreadsheet.js').then(({ ingestLegacySpreadsheet }) => ingestLegacySpreadsheet(input)),
  // loaded on first use: pdf.js is large and patches built-ins while loading (src/ingest/pdf/pdfjs.ts)
  pdf: (input) => import('./pdf/index.js').then(({ ingestPdf }) => ingestPdf(input)),
  // PNG, JPEG, TIFF: OCR (src/ingest/scan), engines loaded on first use
  image: (input) => import('./scan/scan-ingester.js').then(({ ingestImage }) => ingestImage(input)),
  // exceljs loaded on first use
  xlsx: (input) => import('./xlsx/xlsx-ingester.js').then(({ ingestXlsx }) => ingestXlsx(input)),
};

const UNSUPPORTED: Record<string, string> = {
  empty: 'the file is empty',
  binary: 'the file is binary, not text (it contains NUL or control bytes)',
  zip: 'a ZIP archive that is not a DOCX (no .docx name); rename it if it is a Word document',
  ole: 'a legacy Office (.doc/.wps/.xls) or encrypted Office file, and no reader for it is registered',
  docx: 'a Word document (DOCX), and no DOCX reader is registered',
};

export function formatOf(sniffed: Sniffed): Layout['format'] {
  if (sniffed === 'pdf' || sniffed === 'docx' || sniffed === 'image' || sniffed === 'xlsx' || sniffed === 'html') return sniffed;
  if (sniffed === 'ole' || sniffed === 'zip') return 'docx';
  if (sniffed === 'xls' || sniffed === 'ods') return 'xlsx'; // read as the XLSX LibreOffice converts them to
  return 'text';
}

export async function ingest(input: IngestInput): Promise<Layout> {
  const sniffed = sniffFormat(input.bytes, input.path);
  const ingester = INGESTERS[sniffed];
  if (!ingester) {
    return {
      format: formatOf(sniffed), pages: null, ocr: false, blocks: [],
      diagnostics: [diag('error', `ingest:${sniffed}`, `cannot read ${input.path}: ${UNSUPPORTED[sniffed] ?? sniffed}`)],
    };
  }
  return ingester(input);
}
