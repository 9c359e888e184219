/**
 * Text-only reading with pdf.js: source patches to its worker bundle (pdfjs-dist 5.6,
 * legacy build), applied when pdfjs.ts loads it.
 *
 * Why: reading text positions needs each glyph's Unicode value and advance width, which a
 * font dictionary with a /ToUnicode CMap and /W (or /Widths) fully describes. pdf.js still
 * parses every embedded font program and rewrites it as OpenType for a browser (CFF
 * recompiled, TrueType tables repaired): on the real 决算 sample one embedded CJK font took
 * ~0.6 s, 75 % of the whole document, and LibreOffice's Type 1 CJK subsets most of the
 * rest. No getDocument option skips this (disableFontFace only changes what is sent to the
 * main thread, and even adds glyph outlines), so the worker is patched, for documents the
 * caller opened as text-only, and for those only:
 *
 * - text-only flag: the document's evaluator options get `evaltabTextOnly` when its
 *   loading task's docId was registered (TEXT_ONLY_DOCS) before the worker saw it;
 * - font programs: a font whose text is fully described by its dictionary (an included
 *   ToUnicode map, and /W or /Widths) is set up as pdf.js sets up a font without a file,
 *   except that codes keep their ToUnicode values (pdf.js would remap some for a missing
 *   file: notdef codes of Type 1 fonts become spaces, vertical fonts get presentation
 *   forms). Fonts without ToUnicode or widths are converted as before: their program is
 *   where the text comes from;
 * - operator lists carry no text operators (BT … ET, Tf, Tj, TJ, Td, Tm, …): readGraphics
 *   reads paths, images and graphics state only, and text operators with their glyph
 *   arrays were most of what was built and cloned to the main thread (93 % of the ops of
 *   the budget sample, 69 % of a generated ruled table);
 * - their chunks are copied to the main thread instead of transferring each path's two
 *   small Float32Arrays (transferring thousands of tiny buffers costs more than copying
 *   them: ~15 % of the operator-list time of a ruled 500-page document);
 * - images are not decoded: the paint operator, with the image's size and placement, is
 *   all readGraphics needs, and pdf.js decodes an image to hand its pixels to a renderer
 *   (a page drawing a 30,000 × 30,000 px image made a 900-megapixel decode for nothing).
 *
 * For every document, text-only or not, changes that do not change results:
 * - streams are inflated with node:zlib in one synchronous call instead of a web
 *   DecompressionStream (same bytes; on error both fall back to pdf.js's own decoder);
 * - the bundle is loaded from a data: URL (forDataUrl), and the one dynamic import of a
 *   file path gets a file: URL.
 *
 * And a limit, for every document: a stream decodes to at most MAX_STREAM_BYTES. pdf.js
 * decodes a stream whole, into a buffer outside the V8 heap (a worker's heap limit does not
 * see it) that it doubles as it grows: a 200 KB content stream inflating to 200 MB took
 * 500 MB. A stream past the limit throws where it is decoded (node:zlib stops at the limit,
 * pdf.js's own decoders at their buffer) and is counted in STREAM_STATS, which the ingester
 * turns into a diagnostic on the page (pdf.js swallows some of these errors: a font, an image).
 *
 * A patch whose anchor text is not found exactly once makes the whole set unusable: the
 * bundle is then loaded unpatched (correct, only slower) and `applied` is false; a test
 * asserts the patches apply to the installed version, so an upgrade that moves the anchors
 * fails CI instead of silently slowing down.
 */

/** Global (Symbol.for) key of the Set of docIds opened text-only. */
export const TEXT_ONLY_DOCS = 'evaltab.pdfjs.textOnlyDocs';
/** Global (Symbol.for) key of the patched worker's counters: { fontProgramsSkipped }. */
export const TEXT_ONLY_STATS = 'evaltab.pdfjs.textOnlyStats';
/** Global (Symbol.for) key of the streams refused for their decoded size: { refused }. */
export const STREAM_STATS = 'evaltab.pdfjs.streamStats';

/**
 * Largest decoded stream, bytes. A dense page's content stream is well under 1 MB, an embedded
 * CJK font under 30 MB, a 300-dpi A4 page in RGB 26 MB. Decoding one costs up to twice this
 * outside the heap (the buffer doubling, or zlib's chunks joined), per document worker.
 */
export const MAX_STREAM_BYTES = 64 * 2 ** 20;

interface Patch {
  name: string;
  find: string;
  replace: string;
}

const lines = (...ls: string[]): string => ls.join('\n');

/**
 * The PDF text operators (text state, positioning, showing, Type 3 glyph metrics) as pdf.js names them. BT, ET
 * and Tr stay: readGraphics tells text drawn invisible (the OCR layer of a "searchable" scan) from them.
 */
const TEXT_OPS = [
  'setCharSpacing', 'setWordSpacing', 'setHScale', 'setLeading', 'setFont', 'setTextRise', 'moveText', 'setLeadingMoveText', 'setTextMatrix', 'nextLine',
  'showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText', 'setCharWidth', 'setCharWidthAndBounds',
];

const PATCHES: Patch[] = [
  {
    name: 'text-only flag from the registry of text-only docIds',
    find: lines(
      '    delete evaluatorOptions.enableWebGPU;',
      '    this.evaluatorOptions = Object.freeze(evaluatorOptions);',
    ),
    replace: lines(
      '    delete evaluatorOptions.enableWebGPU;',
      `    evaluatorOptions.evaltabTextOnly = globalThis[Symbol.for(${JSON.stringify(TEXT_ONLY_DOCS)})]?.has(docId) === true;`,
      '    this.evaluatorOptions = Object.freeze(evaluatorOptions);',
    ),
  },
  {
    name: 'no font program when ToUnicode and widths describe the text',
    find: lines(
      '    if (!file || file.isEmpty) {',
      '      if (file) {',
    ),
    replace: lines(
      '    if (file && !file.isEmpty && evaluatorOptions.evaltabTextOnly && properties.hasIncludedToUnicodeMap',
      '        && (properties.composite || Object.keys(properties.widths ?? {}).length > 0)) {',
      '      this.fallbackToSystemFont(properties);',
      '      this.missingFile = false;',
      '      this.toUnicode = properties.toUnicode;',
      `      globalThis[Symbol.for(${JSON.stringify(TEXT_ONLY_STATS)})].fontProgramsSkipped++;`,
      '      return;',
      '    }',
      '    if (!file || file.isEmpty) {',
      '      if (file) {',
    ),
  },
  {
    name: 'no text operators in the operator lists of text-only documents',
    find: lines(
      '        let args = operation.args;',
      '        let fn = operation.fn;',
      '        switch (fn | 0) {',
      '          case OPS.paintXObject:',
    ),
    replace: lines(
      '        let args = operation.args;',
      '        let fn = operation.fn;',
      `        if (self.options.evaltabTextOnly && (__evaltabTextOps ??= new Set(${JSON.stringify(TEXT_OPS)}.map((op) => OPS[op]))).has(fn)) continue;`,
      '        switch (fn | 0) {',
      '          case OPS.paintXObject:',
    ),
  },
  {
    name: 'text-only operator lists copied to the main thread, not transferred',
    find: lines(
      '      const opList = new OperatorList(intent, sink);',
      '      handler.send("StartRenderPage", {',
    ),
    replace: lines(
      '      const opList = new OperatorList(intent, sink);',
      '      opList.evaltabCopy = this.evaluatorOptions.evaltabTextOnly === true;',
      '      handler.send("StartRenderPage", {',
    ),
  },
  {
    name: 'no transfer list for copied operator lists',
    find: lines(
      '  get _transfers() {',
      '    const transfers = [];',
    ),
    replace: lines(
      '  get _transfers() {',
      '    if (this.evaltabCopy) return [];',
      '    const transfers = [];',
    ),
  },
  {
    name: 'synchronous node:zlib inflate',
    find: lines(
      '    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();',
      '    try {',
      '      const {',
      '        readable,',
      '        writable',
      '      } = new DecompressionStream(name);',
    ),
    replace: lines(
      '    const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();',
      '    if (name === "deflate" || name === "brotli") {',
      '      try {',
      '        const limit = { maxOutputLength: __evaltabMaxStream };',
      '        const out = name === "deflate" ? __evaltabZlib.inflateSync(bytes, limit) : __evaltabZlib.brotliDecompressSync(bytes, limit);',
      '        return { decompressed: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), compressed: bytes };',
      '      } catch (error) {',
      '        if (error?.code === "ERR_BUFFER_TOO_LARGE") __evaltabStreamTooLarge();',
      '        return { decompressed: null, compressed: bytes };',
      '      }',
      '    }',
      '    try {',
      '      const {',
      '        readable,',
      '        writable',
      '      } = new DecompressionStream(name);',
    ),
  },
  {
    name: 'no image decoding for text-only documents',
    find: lines(
      '    PDFImage.buildImage({',
      '      xref: this.xref,',
      '      res: resources,',
      '      image,',
      '      isInline,',
    ),
    replace: lines(
      '    if (this.options.evaltabTextOnly) this._sendImgData(objId, null, cacheGlobally);',
      '    else PDFImage.buildImage({',
      '      xref: this.xref,',
      '      res: resources,',
      '      image,',
      '      isInline,',
    ),
  },
  {
    name: 'decoded stream size limit in pdf.js\'s own decoders',
    find: lines(
      '  ensureBuffer(requested) {',
      '    const buffer = this.buffer;',
      '    if (requested <= buffer.byteLength) {',
      '      return buffer;',
      '    }',
    ),
    replace: lines(
      '  ensureBuffer(requested) {',
      '    const buffer = this.buffer;',
      '    if (requested <= buffer.byteLength) {',
      '      return buffer;',
      '    }',
      '    if (requested > __evaltabMaxStream) __evaltabStreamTooLarge();',
    ),
  },
  {
    name: 'file: URL for the dynamic import of a wasm fallback path',
    find: lines(
      '      const mod = await import(',
      '      /*webpackIgnore: true*/',
      '      /*@vite-ignore*/',
      '      path);',
    ),
    replace: '      const mod = await __evaltabImport(__evaltabIsAbsolute(path) ? __evaltabFileUrl(path).href : path);',
  },
];

const HEADER = lines(
  'import * as __evaltabZlib from "node:zlib";',
  'import { pathToFileURL as __evaltabFileUrl } from "node:url";',
  'import { isAbsolute as __evaltabIsAbsolute } from "node:path";',
  'let __evaltabTextOps = null;',
  `globalThis[Symbol.for(${JSON.stringify(TEXT_ONLY_STATS)})] ??= { fontProgramsSkipped: 0 };`,
  `const __evaltabStreamStats = globalThis[Symbol.for(${JSON.stringify(STREAM_STATS)})] ??= { refused: 0 };`,
  `const __evaltabMaxStream = ${MAX_STREAM_BYTES};`,
  'function __evaltabStreamTooLarge() {',
  '  __evaltabStreamStats.refused++;',
  `  throw new Error("a stream decodes to more than ${MAX_STREAM_BYTES / 2 ** 20} MB, the limit for one PDF stream: not read");`,
  '}',
  '',
);

export interface PatchedWorker {
  /** the patched module source, or the original when a patch did not apply */
  code: string;
  applied: boolean;
  /** names of the patches whose anchor was not found exactly once */
  missing: string[];
}

/** Applies every patch to the worker bundle's source; `fileUrl` is the bundle's own URL. */
export function patchWorker(source: string, fileUrl: string): PatchedWorker {
  let code = source;
  const missing: string[] = [];
  for (const patch of PATCHES) {
    const at = code.indexOf(patch.find);
    if (at < 0 || code.indexOf(patch.find, at + 1) >= 0) {
      missing.push(patch.name);
      continue;
    }
    code = code.slice(0, at) + patch.replace + code.slice(at + patch.find.length);
  }
  if (missing.length > 0) return { code: source, applied: false, missing };
  return { code: forDataUrl(HEADER + code, fileUrl), applied: true, missing };
}

/** Global (Symbol.for) key of the function the bundles' dynamic imports go through (set by pdfjs.ts). */
export const IMPORT = 'evaltab.pdfjs.import';

/**
 * A pdf.js bundle's source made loadable from a data: URL and quick to load under tsx:
 * `import.meta.url` becomes the real file's URL; a dynamic import (the fake worker's
 * loader) calls a function that imports (tsx rewrites every module with a dynamic import,
 * building a source map over megabytes: ~1 s of start-up for the two bundles); the source
 * map comment (Node would parse the large map at the first stack trace) becomes a
 * sourceURL comment naming the real file in stack traces and profiles.
 */
export function forDataUrl(source: string, fileUrl: string): string {
  const code = source.replaceAll('import.meta.url', JSON.stringify(fileUrl))
    .replace(/\bimport\((\s*\/\*webpackIgnore: true\*\/\s*\/\*@vite-ignore\*\/)/g, '__evaltabImport($1')
    .replace(/^\/\/# sourceMappingURL=.*$/m, `//# sourceURL=${fileUrl}?evaltab`);
  return `const __evaltabImport = (url) => globalThis[Symbol.for(${JSON.stringify(IMPORT)})](url);\n${code}`;
}

export const dataUrl = (code: string): string => `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
