/**
 * Opening a PDF with pdf.js in Node, offline (stack-notes.md, "pdfjs-dist in Node"):
 * the legacy build, and local paths to the CMaps, standard fonts, wasm decoders and ICC
 * profiles shipped in the package. Without the CMaps a non-embedded CJK font
 * (STSong-Light, UniGB-UCS2-H) yields zero text items and only a warning.
 * Failures become diagnostics, never throws: a wrong or missing password, a file that is
 * not a PDF, a structure pdf.js cannot repair.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { dataUrl, forDataUrl, IMPORT, patchWorker, STREAM_STATS, TEXT_ONLY_DOCS, TEXT_ONLY_STATS } from './pdfjs-patch.js';

/**
 * The legacy build bundles core-js, which on Node 20 replaces built-ins for the whole
 * process: Array.prototype.push (its length-overflow feature test fails on V8), JSON.parse,
 * JSON.stringify and Function.prototype.toString (both the API and the worker bundle). Profiled on the 25-page 决算 PDF, the
 * push polyfill alone took ~20 % of CPU time, plus the garbage it makes. pdf.js uses none
 * of what the polyfills add, so the natives are put back right after loading it. Import
 * pdf.js only through this module (an earlier direct import would be captured as "native").
 */
const natives = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
  toString: Function.prototype.toString,
};
const require = createRequire(import.meta.url);
// Both bundles are loaded from data: URLs, which start up in a fraction of the time under
// tsx (pdfjs-patch.ts forDataUrl); the code is the package's own. Their dynamic imports
// come here.
(globalThis as Record<symbol, unknown>)[Symbol.for(IMPORT)] ??= (url: string): Promise<unknown> => import(url);
const mainPath = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
const pdfjs = (await import(dataUrl(forDataUrl(readFileSync(mainPath, 'utf8'), pathToFileURL(mainPath).href)))) as typeof PdfJs;
// In Node pdf.js runs its worker in-process ("fake worker") and would import this bundle,
// with its own core-js, at the first getDocument. Loaded here, it sets
// globalThis.pdfjsWorker, which pdf.js then uses directly, and the natives can be restored once.
// It is loaded patched for text-only reading (pdfjs-patch.ts), or as shipped if a patch does not apply.
const workerPath = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
const patched = patchWorker(readFileSync(workerPath, 'utf8'), pathToFileURL(workerPath).href);
await import(patched.applied ? dataUrl(patched.code) : pathToFileURL(workerPath).href);
restoreNatives();

export const { getDocument, OPS, AnnotationMode } = pdfjs;
export type { PDFDocumentProxy };

/** Whether the worker runs patched (text-only reading available); `missing` names patches that did not apply. */
export const workerPatches = { applied: patched.applied, missing: patched.missing };

/** Counters kept by the patched worker: font programs not read because the document was opened text-only. */
export const textOnlyStats = (): { fontProgramsSkipped: number } =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for(TEXT_ONLY_STATS)] as { fontProgramsSkipped: number } | undefined) ?? { fontProgramsSkipped: 0 };

/**
 * Streams refused for their decoded size (pdfjs-patch.ts MAX_STREAM_BYTES), counted since this
 * thread loaded pdf.js: a reader compares the count before and after a page. 0 when the worker
 * runs unpatched (no limit then).
 */
export const streamStats = (): { refused: number } =>
  ((globalThis as Record<symbol, unknown>)[Symbol.for(STREAM_STATS)] as { refused: number } | undefined) ?? { refused: 0 };

function restoreNatives(): void {
  const set = (target: object, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
  if (Array.prototype.push !== natives.push) set(Array.prototype, 'push', natives.push);
  if (JSON.parse !== natives.parse) set(JSON, 'parse', natives.parse);
  if (JSON.stringify !== natives.stringify) set(JSON, 'stringify', natives.stringify);
  if (Function.prototype.toString !== natives.toString) set(Function.prototype, 'toString', natives.toString);
}

/** True when the built-ins pdf.js would polyfill are the ones the process started with. */
export const nativesIntact = (): boolean =>
  Array.prototype.push === natives.push && JSON.parse === natives.parse && JSON.stringify === natives.stringify;

const packageRoot = dirname(require.resolve('pdfjs-dist/package.json'));
/** pdf.js appends file names to these: they must end with a separator. */
const asset = (dir: string): string => join(packageRoot, dir) + '/';

export type Opened = { doc: PDFDocumentProxy } | { error: Diagnostic };

export interface OpenOptions {
  /**
   * Read text positions and graphics only: embedded font programs whose text the font
   * dictionary fully describes (ToUnicode + widths) are not converted, and operator lists
   * carry no text operators (pdfjs-patch.ts). Text content and operator-list graphics are
   * the same as without it; text cannot be drawn, so such a document must not be rendered
   * (for OCR, open the bytes again without this option).
   */
  textOnly?: boolean;
}

/** docIds of loading tasks opened text-only; read by the patched worker when it sets the document up. */
const textOnlyDocs: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for(TEXT_ONLY_DOCS)] ??= new Set<string>()) as Set<string>;

export async function openPdf(bytes: Uint8Array, password?: string, options: OpenOptions = {}): Promise<Opened> {
  const task = getDocument({
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    password,
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    wasmUrl: asset('wasm'),
    iccUrl: asset('iccs'),
    // untrusted input: no eval'd glyph programs, no system fonts, no XFA, no console output
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    verbosity: 0,
  });
  // registered before the worker receives the document (that happens a tick later, after the worker is ready)
  if (options.textOnly) textOnlyDocs.add(task.docId);
  try {
    return { doc: await task.promise };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    return { error: openError(err) };
  } finally {
    textOnlyDocs.delete(task.docId);
  }
}

/** pdf.js exception names: PasswordException (code 1 = needs a password, 2 = wrong one), InvalidPDFException, … */
function openError(err: unknown): Diagnostic {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException') {
    const wrong = (err as { code?: number }).code === 2;
    return diag('error', 'pdf:encrypted', wrong
      ? 'the PDF is encrypted and the password given is wrong'
      : 'the PDF is encrypted with a user password; it cannot be read without it');
  }
  if (name === 'InvalidPDFException') return diag('error', 'pdf:invalid', `not a readable PDF: ${message}`);
  return diag('error', 'pdf:unreadable', `pdf.js could not open the file: ${message}`);
}
