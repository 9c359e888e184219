/**
 * The OCR path end to end on real input: the real scanned page (a PNG of a budget table),
 * a scanned PDF page, and bad input. Expected values are read from the page image
 * (golden/putuo-shiquan-street-2026-budget-p33-scan.png.golden.json), not from the code.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import { closeSharedPools } from '../../../src/ocr/pool.js';
import { DEFAULT_OPTIONS, processBytes } from '../../../src/pipeline.js';

const sample = (name: string) => readFileSync(new URL(`../../../samples/scan/${name}`, import.meta.url));
const codes = (doc: { diagnostics: { code: string }[] }) => doc.diagnostics.map((d) => d.code);
const PUTUO = 'putuo-shiquan-street-2026-budget-p33-scan.png';

afterAll(closeSharedPools);

describe('image input (OCR)', () => {
  it('reads the real scanned page: one budget table with its data row', async () => {
    const doc = DocumentSchema.parse(await processBytes(PUTUO, sample(PUTUO)));
    expect(doc.source.format).toBe('image');
    expect(doc.source.ocr).toBe(true);
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.year).toBe(2026);
    expect(table!.rows).toHaveLength(1);
    expect(Object.values(table!.rows![0]!)).toEqual(['8.53', null, '1.53', '7', null, '7', '386.02']);
    // OCR confidence weighs on the record: an OCR table is never as sure as a DOCX one
    expect(table!.confidence).toBeLessThan(0.9);
  });

  it('gives cells image-pixel boxes and the OCR confidence of their text', async () => {
    const layout = await ingest({ path: PUTUO, bytes: sample(PUTUO), options: DEFAULT_INGEST_OPTIONS });
    const grid = layout.blocks.find((b) => b.type === 'grid');
    expect(grid?.type).toBe('grid');
    if (grid?.type !== 'grid') return;
    expect(grid.grid.spans).toBe('real');
    const cell = grid.grid.cells.find((c) => c.text === '386.02')!;
    expect(cell.source.coordOrigin).toBe('image-top-left-px');
    // the page is 1684×1191 px; the value sits in the right-most column, in the table's lower half
    const [x0, y0, x1, y1] = cell.source.bbox!;
    expect(x0).toBeGreaterThan(1684 * 0.75);
    expect(x1).toBeLessThanOrEqual(1684);
    expect(y0).toBeGreaterThan(1191 * 0.3);
    expect(y1).toBeLessThan(1191 * 0.7);
    expect(cell.source.ocrConfidence).toBeGreaterThan(0.5);
    expect(cell.source.ocrConfidence).toBeLessThanOrEqual(1);
    // an empty cell was not read: no OCR confidence
    expect(grid.grid.cells.filter((c) => c.text === '').every((c) => c.source.ocrConfidence === null)).toBe(true);
  });

  it('reads the page scanned sideways, either way, as it reads it upright, and says it turned it', async () => {
    for (const angle of [90, 270]) {
      const turned = await sharp(sample(PUTUO)).rotate(angle).png().toBuffer();
      const doc = DocumentSchema.parse(await processBytes(`turned-${angle}.png`, turned));
      expect(codes(doc)).toContain('ocr:page-turned');
      expect(doc.tables).toHaveLength(1);
      expect(doc.tables[0]!.year).toBe(2026);
      expect(Object.values(doc.tables[0]!.rows![0]!)).toEqual(['8.53', null, '1.53', '7', null, '7', '386.02']);
    }
    // upright, nothing is turned
    expect(codes(DocumentSchema.parse(await processBytes(PUTUO, sample(PUTUO))))).not.toContain('ocr:page-turned');
  });

  it('a corrupt image yields a Document with an error, not a throw', async () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const doc = DocumentSchema.parse(await processBytes('broken.png', bytes));
    expect(doc.tables).toEqual([]);
    expect(codes(doc)).toEqual(['image:unreadable']);
    expect(doc.diagnostics[0]!.level).toBe('error');
  });

  it('an image with OCR turned off is reported, not read', async () => {
    const doc = await processBytes(PUTUO, sample(PUTUO), { ...DEFAULT_OPTIONS, ocrEngine: 'none' });
    expect(codes(doc)).toEqual(['image:ocr-disabled']);
  });

  it('a blank page yields no tables and says OCR found no text', async () => {
    const blank = await sharp({ create: { width: 800, height: 1100, channels: 3, background: { r: 250, g: 250, b: 250 } } }).png().toBuffer();
    const doc = await processBytes('blank.png', blank);
    expect(doc.tables).toEqual([]);
    expect(codes(doc)).toContain('ocr:no-text');
  });
});

describe('scanned PDF (OCR)', () => {
  const CHANGJI = 'changji-police-2021-self-evaluation-cells-scan.pdf';

  it('reads an image-only PDF page through OCR, with PDF-point boxes', async () => {
    const layout = await ingest({ path: CHANGJI, bytes: sample(CHANGJI), options: DEFAULT_INGEST_OPTIONS });
    expect(layout.ocr).toBe(true);
    expect(layout.diagnostics.filter((d) => d.code === 'ocr:page')).toHaveLength(3);
    const cells = layout.blocks.flatMap((b) => (b.type === 'grid' ? b.grid.cells : []));
    const name = cells.find((c) => c.text.includes('UPS'));
    expect(name?.source.coordOrigin).toBe('pdf-bottom-left-pt');
    expect(name?.source.page).toBe(1);
    // A4 portrait in points
    expect(name!.source.bbox![2]).toBeLessThanOrEqual(596);
    expect(name!.source.bbox![3]).toBeLessThanOrEqual(842);
  });

  it('with OCR off, scanned pages are reported as needing OCR', async () => {
    const doc = await processBytes(CHANGJI, sample(CHANGJI), { ...DEFAULT_OPTIONS, ocrEngine: 'none' });
    expect(doc.tables).toEqual([]);
    expect(codes(doc).filter((c) => c === 'pdf:no-text-layer')).toHaveLength(3);
  });
});
