/**
 * Does each field's box show the text it claims, on a scan? (issue #12, "on every sample
 * format … each indicator field's crop shows the text it claims"). The first page of a scanned
 * sample is read by evaltab; then, for every indicator field cell, the test crops the cell's
 * box out of the page itself, cuts it into text lines by its own ink profile (not evaltab's
 * line finder), reads them with the PaddleOCR engine and compares with the field's text after
 * folding whitespace, full-width forms and ≥/≤ variants. OCR of a crop is not OCR of evaltab's
 * line crops (other margins, another cut), so the bar is 90 % of the fields, not all.
 * Text-layer PDFs are checked against poppler in crop-text.test.ts; text and DOCX positions
 * (line and column, table/row/cell) against the sample by hand in cell-provenance.test.ts.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellRef, Document } from '../../src/contract/schema.js';
import { rotateImage } from '../../src/ingest/image/deskew.js';
import type { GrayImage } from '../../src/ingest/image/raster.js';
import type { OcrEngine } from '../../src/ocr/engine.js';
import { createPaddleEngine } from '../../src/ocr/paddle.js';
import { closeSharedPools } from '../../src/ocr/pool.js';
import { DEFAULT_OPTIONS, processFile } from '../../src/pipeline.js';

const SCAN = 'samples/scan/dachang-politics-law-2023-self-evaluation-cells-scan.tif';

/** Page 1 of the TIFF alone (300 dpi kept), so only one page is OCR'd. */
async function firstPage(): Promise<{ path: string; page: GrayImage }> {
  const path = join(await mkdtemp(join(tmpdir(), 'evaltab-scan-')), 'page1.png');
  await sharp(SCAN, { page: 0 }).withMetadata({ density: 300 }).png().toFile(path);
  const { data, info } = await sharp(path).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { path, page: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height) } };
}

const FOLD: Record<string, string> = { '≧': '≥', '⩾': '≥', '≦': '≤', '⩽': '≤', '（': '(', '）': ')', '：': ':', '，': ',', '。': '.', '％': '%', '；': ';' };
const normal = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').replace(/./gu, (c) => FOLD[c] ?? c);

/**
 * Boxes are those of the deskewed page (contract CellRef, scan-layout.ts): the page is turned
 * back by the skew the document's ocr:page diagnostic reports, as the OCR path does.
 */
function deskewed(page: GrayImage, doc: Document): GrayImage {
  const skew = Number(/skew (-?[\d.]+)°/.exec(doc.diagnostics.find((d) => d.code === 'ocr:page')?.message ?? '')?.[1] ?? 0);
  return Math.abs(skew) >= 0.1 ? rotateImage(page, -skew) : page;
}

/** The cell box inset past its rules, as a grey image; what is left of a rule (a column or row inked over half its length) whitened. */
function cropOf(page: GrayImage, box: [number, number, number, number], inset: number): GrayImage {
  const x0 = Math.max(0, Math.round(box[0]) + inset), y0 = Math.max(0, Math.round(box[1]) + inset);
  const x1 = Math.min(page.width, Math.round(box[2]) - inset), y1 = Math.min(page.height, Math.round(box[3]) - inset);
  const width = Math.max(0, x1 - x0), height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(page.data.subarray((y0 + y) * page.width + x0, (y0 + y) * page.width + x0 + width), y * width);
  for (let x = 0; x < width; x++) {
    let n = 0;
    for (let y = 0; y < height; y++) if (data[y * width + x]! < 128) n++;
    if (n > height / 2) for (let y = 0; y < height; y++) data[y * width + x] = 255;
  }
  for (let y = 0; y < height; y++) {
    let n = 0;
    for (let x = 0; x < width; x++) if (data[y * width + x]! < 128) n++;
    if (n > width / 2) data.fill(255, y * width, (y + 1) * width);
  }
  return { width, height, data };
}

/** Text lines of a crop: bands of rows holding ink, split at blank rows, each with a few rows of margin. */
function linesOf(img: GrayImage): GrayImage[] {
  const inked = Array.from({ length: img.height }, (_, y) => {
    let n = 0;
    for (let x = 0; x < img.width; x++) if (img.data[y * img.width + x]! < 128) n++;
    return n > 0;
  });
  const bands: [number, number][] = [];
  for (let y = 0; y < img.height; y++) {
    if (!inked[y]) continue;
    const last = bands.at(-1);
    if (last && y - last[1] <= 3) last[1] = y;
    else bands.push([y, y]);
  }
  return bands.filter(([a, b]) => b - a >= 6).map(([a, b]) => {
    const from = Math.max(0, a - 4), to = Math.min(img.height, b + 5);
    return { width: img.width, height: to - from, data: img.data.slice(from * img.width, to * img.width) };
  });
}

describe('each indicator field crop of a scan shows its text (PaddleOCR on the crop)', () => {
  let engine: OcrEngine;
  let doc: Document;
  let page: GrayImage;
  beforeAll(async () => {
    const first = await firstPage();
    page = first.page;
    doc = await processFile(first.path, { ...DEFAULT_OPTIONS, ocrEngine: 'paddle', ocrWorkers: 1 });
    engine = await createPaddleEngine({ threads: 1 });
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
    await closeSharedPools();
  });

  it('reads ≥ 90 % of the field cells of page 1 as their text', async () => {
    const cells: { field: string; ref: CellRef }[] = [];
    for (const indicator of doc.tables.flatMap((t) => t.indicators)) {
      for (const [field, refs] of Object.entries(indicator.provenance.cells ?? {})) {
        for (const ref of refs) if (field !== 'level1' && field !== 'level2' && ref.box) cells.push({ field, ref });
      }
    }
    // page 1 ends with the first rows of a 项目绩效自评表, counted on the page: 5 indicators (制作宣传品种类 …
    // 对治安综合治理宣传的…, cut by the page end), each with 三级指标, 年度指标值, 实际完成值, 分值, 得分
    expect(cells.length).toBe(25);
    expect(cells.every((c) => c.ref.unit === 'px' && c.ref.page === 1)).toBe(true);
    const misses: string[] = [];
    const straight = deskewed(page, doc);
    for (const { field, ref } of cells) {
      const lines = linesOf(cropOf(straight, ref.box!, 5));
      const read = (await engine.readLines(lines)).map((r) => r.text).join('');
      if (normal(read) !== normal(ref.text)) misses.push(`${field}: "${ref.text}" read "${read}"`);
    }
    expect(misses.length / cells.length, misses.join('\n')).toBeLessThanOrEqual(0.1);
  }, 60_000);
});
