/**
 * Text-only documents (pdfjs.ts OpenOptions.textOnly, pdfjs-patch.ts): the same text
 * content and graphics as a normally opened document, without converting the font
 * programs that ToUnicode and widths make redundant, and without text operators in
 * operator lists (but for BT, ET and Tr, which tell invisible text).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../../src/ingest/pdf/geometry.js';
import { readGraphics } from '../../../src/ingest/pdf/page-graphics.js';
import { OPS, openPdf, textOnlyStats, workerPatches, type PDFDocumentProxy } from '../../../src/ingest/pdf/pdfjs.js';
import { forDataUrl, patchWorker } from '../../../src/ingest/pdf/pdfjs-patch.js';
import { buildPdf, embeddedText } from './pdf-writer.js';

const samples = join(dirname(fileURLToPath(import.meta.url)), '../../../samples');
const sample = (path: string) => new Uint8Array(readFileSync(join(samples, path)));
const liberation = readFileSync(join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/LiberationSans-Regular.ttf'));

async function open(bytes: Uint8Array, textOnly: boolean): Promise<PDFDocumentProxy> {
  const opened = await openPdf(bytes, undefined, { textOnly });
  if ('error' in opened) throw new Error(opened.error.message);
  return opened.doc;
}

/** Per page: the text items (string, matrix, advance) and the rulings and paint statistics read from the operator list. */
async function readAll(bytes: Uint8Array, textOnly: boolean): Promise<unknown[]> {
  const doc = await open(bytes, textOnly);
  try {
    const pages: unknown[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const text = await page.getTextContent();
      const items = text.items.map((i) => ('str' in i ? [i.str, i.transform, i.width] : null));
      const graphics = readGraphics(await page.getOperatorList(), page.getViewport({ scale: 1 }).transform as Matrix);
      pages.push({ items, graphics });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Page 1's text, whether its operator list has text operators, and how many font programs were skipped meanwhile. */
async function readPage1(bytes: Uint8Array, textOnly: boolean): Promise<{ text: string; textOps: boolean; skipped: number }> {
  const before = textOnlyStats().fontProgramsSkipped;
  const doc = await open(bytes, textOnly);
  try {
    const page = await doc.getPage(1);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    const { fnArray } = await page.getOperatorList();
    const textOps = fnArray.some((fn) => fn === OPS.showText || fn === OPS.setFont || fn === OPS.setTextMatrix);
    return { text, textOps, skipped: textOnlyStats().fontProgramsSkipped - before };
  } finally {
    await doc.destroy();
  }
}

describe('text-only pdf.js documents', () => {
  it('run on a patched worker: every patch applies to the installed pdfjs-dist', () => {
    expect(workerPatches).toEqual({ applied: true, missing: [] });
  });

  it('load from data: URLs with no dynamic import left for tsx to rewrite, no source map, the real file named', () => {
    const build = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'legacy/build');
    for (const file of ['pdf.mjs', 'pdf.worker.mjs']) {
      const url = `file://${join(build, file)}`;
      const source = readFileSync(join(build, file), 'utf8');
      const code = file === 'pdf.mjs' ? forDataUrl(source, url) : patchWorker(source, url).code;
      expect(code).not.toMatch(/\bimport\(\s*\/\*webpackIgnore/);
      expect(code).not.toContain('import.meta.url');
      expect(code).not.toContain('sourceMappingURL');
      expect(code).toContain(`//# sourceURL=${url}?evaltab`);
      expect(code.match(/__evaltabImport\(/g)!.length).toBe(1); // the bundle's one dynamic import, through pdfjs.ts
    }
  });

  it('load the bundle as shipped when a patch anchor is missing', () => {
    const result = patchWorker('export {};', 'file:///x.mjs');
    expect(result.applied).toBe(false);
    expect(result.code).toBe('export {};');
    expect(result.missing.length).toBeGreaterThan(0);
  });

  it.each([
    ['pdf/putuo-finance-bureau-2024-final-accounts.pdf'], // CID TrueType and an OpenType-CFF CJK font (ONLYOFFICE)
    ['pdf/putuo-wanli-street-2024-budget.pdf'], // CID TrueType subsets
    ['pdf-lo/lanxian-police-2024-final-accounts-lo.pdf'], // LibreOffice: Type 1 CJK subsets with built-in encodings
  ])('give the same text items and graphics as a normal open: %s', async (path) => {
    const bytes = sample(path);
    expect(await readAll(bytes, true)).toEqual(await readAll(bytes, false));
  });

  it('skip the font program when ToUnicode and widths describe the text, and leave text operators out of operator lists', async () => {
    const bytes = buildPdf([{ content: embeddedText(50, 700, 'Budget (2024) 97.5%') }], { program: liberation, toUnicode: true });
    expect(await readPage1(bytes, false)).toEqual({ text: 'Budget (2024) 97.5%', textOps: true, skipped: 0 });
    expect(await readPage1(bytes, true)).toEqual({ text: 'Budget (2024) 97.5%', textOps: false, skipped: 1 });
  });

  it('still read the font program of a font without ToUnicode', async () => {
    const bytes = buildPdf([{ content: embeddedText(50, 700, 'Budget (2024) 97.5%') }], { program: liberation, toUnicode: false });
    expect(await readPage1(bytes, true)).toEqual({ text: 'Budget (2024) 97.5%', textOps: false, skipped: 0 });
  });
});
