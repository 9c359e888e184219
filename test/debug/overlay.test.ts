/**
 * `extract --debug`: the overlay of a text-layer PDF page is written at the page's size, the
 * ruling colour is where the PDF draws a ruling and not where it draws none, columns carry the
 * roles their headers name, and collecting all this changes nothing in the Document.
 * Positions were read by hand from page 1 of the sample's content stream (LibreOffice draws
 * each rule as "x0 y m x1 y l S", bottom-left points; MediaBox 595.3 × 841.9):
 *   "180.55 493.139 m 566.7 493.139 l S"  a horizontal rule  → top-left y = 841.89 − 493.139 = 348.75
 *   "240.1 713.889 m 240.1 264.239 l S"   the rule left of 三级指标, "328.4 …" the one right of it
 *   "328.4 …" and "388.3 …"                the rules around 年度指标值
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { startDebug, type DebugIndex } from '../../src/debug/write.js';
import { DEFAULT_OPTIONS, processFile } from '../../src/pipeline.js';

const PDF = 'samples/pdf-lo/liupanshui-police-2023-self-evaluation-lo.pdf';
const PAGE_H = 841.89;

interface Pixels { data: Buffer; width: number; height: number; channels: number }

async function pixels(path: string): Promise<Pixels> {
  const { data, info } = await sharp(path).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Whether the pixel at page point (x, y) (top-left points) is the ruling red, at 2 px per point. */
function isRed(p: Pixels, xPt: number, yPt: number): boolean {
  const i = (Math.round(yPt * 2) * p.width + Math.round(xPt * 2)) * p.channels;
  return p.data[i]! > 220 && p.data[i + 1]! < 40 && p.data[i + 2]! < 40;
}

describe('debug overlays of a text-layer PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evaltab-debug-'));
  const run = startDebug(dir, PDF);
  const made = processFile(PDF, { ...DEFAULT_OPTIONS, debug: run.sink }).then(async (doc) => ({ doc, index: await run.finish(doc) }));

  it('writes one PNG per page at 2 px per point, with an index naming the source bytes', async () => {
    const { doc, index } = await made;
    expect(index!.source.sha256).toBe(doc.source.sha256);
    expect(index!.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    // named after the input and the first 8 hex digits of its sha256
    expect(index!.pages[0]!.file).toBe(`liupanshui-police-2023-self-evaluation-lo.pdf.${doc.source.sha256.slice(0, 8)}.page-1.png`);
    const png = await sharp(join(dir, index!.pages[0]!.file)).metadata();
    // A4 portrait, 595.3 × 841.9 pt, at 2 px per point
    expect([png.width, png.height]).toEqual([1191, 1684]);
  });

  it('draws the ruling colour on the rulings the PDF draws, and not between them', async () => {
    const { index } = await made;
    const p = await pixels(join(dir, index!.pages[0]!.file));
    expect(isRed(p, 300, PAGE_H - 493.139)).toBe(true); // on the horizontal rule, under 三级指标
    expect(isRed(p, 450, PAGE_H - 493.139)).toBe(true);
    expect(isRed(p, 240.1, 400)).toBe(true); // on the vertical rule left of 三级指标
    expect(isRed(p, 300, PAGE_H - 493.139 - 8.85)).toBe(false); // mid-row, half a row (17.7 pt) above
    expect(isRed(p, 284, 400)).toBe(false); // mid-column between 240.1 and 328.4
    expect(isRed(p, 20, 420)).toBe(false); // the left margin
  });

  it('names each column by the role its header gives, over the column itself', async () => {
    const { index } = await made;
    const page1 = (index as DebugIndex).pages[0]!;
    const role = (name: string) => page1.columns.find((c) => c.role === name);
    expect(role('level3')?.header).toBe('三级指标');
    expect(role('target')?.header).toBe('年度指标值');
    expect(role('actual')?.header).toBe('实际完成值');
    expect(role('weight')?.header).toBe('分值');
    expect(role('score')?.header).toBe('得分');
    const [x0, , x1] = role('level3')!.box;
    expect(x0).toBeGreaterThan(240.1 - 1);
    expect(x1).toBeLessThan(328.4 + 1);
    const target = role('target')!.box;
    expect(target[0]).toBeGreaterThan(328.4 - 1);
    expect(target[2]).toBeLessThan(388.3 + 1);
  });

  it('changes nothing in the Document', async () => {
    const { doc } = await made;
    expect(await processFile(PDF)).toEqual(doc);
  });
});

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));

describe('extract --debug DIR', () => {
  it('writes the overlays of PDF inputs and nothing for text inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-debug-cli-'));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, 'extract', PDF, 'samples/liupanshui-police-2023-self-evaluation.txt', '--out', join(dir, 'out'), '--debug', join(dir, 'debug')],
      { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });
    expect(result.status, result.stderr).toBe(0);
    const names = readdirSync(join(dir, 'debug')).sort();
    expect(names.filter((n) => n.startsWith('liupanshui-police-2023-self-evaluation.txt'))).toEqual([]);
    expect(names.filter((n) => n.endsWith('.png'))).toHaveLength(3);
    const index = JSON.parse(readFileSync(join(dir, 'debug', names.find((n) => n.endsWith('.debug.json'))!), 'utf8')) as DebugIndex;
    expect(index.source.path).toBe(PDF);
  });
});
