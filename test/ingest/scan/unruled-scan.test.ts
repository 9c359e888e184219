/**
 * A scan of a table printed without rules: the OCR path has no lattice to use and must
 * lay the OCR'd pieces out by alignment (the whitespace fallback shared with text PDFs).
 * The scan is rendered here from the rulings-stripped LibreOffice PDF (fonts embedded, so
 * no system fonts are needed) and scored against the corpus golden of that table.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { accuracy, compareDocument } from '../../../src/evaluate/compare.js';
import { loadGolden } from '../../../src/evaluate/run.js';
import { openPdf } from '../../../src/ingest/pdf/pdfjs.js';
import { renderPage } from '../../../src/ingest/scan/render.js';
import { closeSharedPools } from '../../../src/ocr/pool.js';
import { processBytes } from '../../../src/pipeline.js';

const root = new URL('../../../', import.meta.url);
const STEM = 'liupanshui-police-2025-targets-ocr-lo';

afterAll(closeSharedPools);

async function scanOf(pdf: Uint8Array, dpi: number): Promise<Buffer> {
  const opened = await openPdf(pdf);
  if ('error' in opened) throw new Error(opened.error.message);
  const pages = [];
  for (let n = 1; n <= opened.doc.numPages; n++) pages.push((await renderPage(opened.doc, n, dpi)).image);
  await opened.doc.destroy();
  const { width, height } = pages[0]!;
  const roll = Buffer.concat(pages.map((p) => Buffer.from(p.data)));
  return sharp(roll, { raw: { width, height: height * pages.length, channels: 1, pageHeight: height } })
    .blur(0.6).withMetadata({ density: dpi }).tiff({ compression: 'jpeg', quality: 75 }).toBuffer();
}

describe('scan of an unruled table', () => {
  it('is read through the alignment fallback with the golden values', async () => {
    const pdf = readFileSync(new URL(`test/fixtures/pdf-unruled/${STEM}-unruled.pdf`, root));
    const doc = await processBytes(`${STEM}-unruled-scan.tif`, await scanOf(pdf, 200));
    expect(doc.source.ocr).toBe(true);
    const score = compareDocument(loadGolden(new URL('golden', root).pathname, `${STEM}.pdf.golden.json`), doc);
    expect(score.tablesFound).toBe(score.tablesExpected);
    expect(accuracy(score), score.mismatches.slice(0, 10).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
