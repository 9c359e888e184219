/**
 * `extract --debug DIR`: one debug run per input. Its sink (sink.ts) is handed to the
 * pipeline through the options; once the Document is ready, every page the sink heard of is
 * drawn (draw.ts) over the page's picture — PDF pages through pdf.js at 2 px per point, image
 * pages at their own pixels — into DIR/<input name>.<sha8>.page-<n>.png, and
 * DIR/<input name>.<sha8>.debug.json says which pages there are, for which source bytes, and
 * what was found on each (the review app reads it to link a record's page to its overlay).
 * The first 8 hex digits of the source's sha256 in the names keep two inputs of the same name
 * (a/x.pdf, b/x.pdf) and two versions of one file apart.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import type { Document } from '../contract/schema.js';
import { renderPdfPage } from '../review/page-image.js';
import { drawOverlay } from './draw.js';
import { DebugRecorder, type DebugColumn, type DebugPage, type DebugSink } from './sink.js';

export const DEBUG_FORMAT = 'evaltab-debug/1';
/** PDF pages are drawn at 2 px per point (144 dpi). */
export const PDF_DEBUG_SCALE = 2;

export interface DebugIndexPage {
  page: number;
  /** the PNG's file name, in the same directory */
  file: string;
  unit: 'pt' | 'px';
  /** page size in unit; the PNG is size × scale pixels */
  size: [number, number];
  scale: number;
  ocr: boolean;
  rulings: number;
  cells: number;
  regions: DebugPage['regions'];
  columns: Omit<DebugColumn, 'page' | 'unit'>[];
}

export interface DebugIndex {
  format: typeof DEBUG_FORMAT;
  source: { path: string; sha256: string };
  pages: DebugIndexPage[];
}

export interface DebugRun {
  sink: DebugSink;
  /** draws and writes the pages; returns the index written (null when no page was heard of) */
  finish(document: Document): Promise<DebugIndex | null>;
}

/** The names of a source's debug files, shared with the review app. */
const stem = (source: string, sha256: string): string => `${basename(source)}.${sha256.slice(0, 8)}`;
export const debugIndexName = (source: string, sha256: string): string => `${stem(source, sha256)}.debug.json`;
export const debugPageName = (source: string, sha256: string, page: number): string => `${stem(source, sha256)}.page-${page}.png`;

export function startDebug(dir: string, file: string): DebugRun {
  const recorder = new DebugRecorder();
  return { sink: recorder, finish: (document) => writeDebug(dir, file, document, recorder) };
}

async function writeDebug(dir: string, file: string, document: Document, recorder: DebugRecorder): Promise<DebugIndex | null> {
  if (recorder.pages.length === 0) return null;
  await mkdir(dir, { recursive: true });
  const pages: DebugIndexPage[] = [];
  for (const page of [...recorder.pages].sort((a, b) => a.page - b.page)) {
    const columns = recorder.columnList.filter((c) => c.page === page.page && c.unit === page.unit);
    const { png, scale } = await background(file, document.source.format, page);
    const name = debugPageName(file, document.source.sha256, page.page);
    await writeFile(join(dir, name), await drawOverlay({ background: png, scale, page, columns }));
    pages.push({
      page: page.page, file: name, unit: page.unit, size: page.size, scale, ocr: page.ocr,
      rulings: page.rulings.length, cells: page.cells.length, regions: page.regions,
      columns: columns.map(({ box, role, header, inferred }) => ({ box, role, header, inferred })),
    });
  }
  const index: DebugIndex = { format: DEBUG_FORMAT, source: { path: document.source.path, sha256: document.source.sha256 }, pages };
  await writeFile(join(dir, debugIndexName(file, document.source.sha256)), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

/** The page's picture: a PDF page rendered, an image page as it is. */
async function background(file: string, format: string, page: DebugPage): Promise<{ png: Buffer; scale: number }> {
  if (format === 'pdf') return renderPdfPage(file, page.page, PDF_DEBUG_SCALE);
  const png = await sharp(await readFile(file), { page: page.page - 1, limitInputPixels: 120_000_000 }).png().toBuffer();
  return { png, scale: 1 };
}
