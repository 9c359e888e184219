import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nativesIntact } from '../../../src/ingest/pdf/pdfjs.js';
import { diagnostics, grids, ingestBytes, paragraphs, texts } from './helpers.js';

const sample = (name: string) =>
  new Uint8Array(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../samples/pdf', name)));

describe('putuo-finance-bureau-2024-final-accounts.pdf (ONLYOFFICE, stroked rulings)', async () => {
  const layout = await ingestBytes(sample('putuo-finance-bureau-2024-final-accounts.pdf'));
  const tables = grids(layout);

  it('finds the ten ruled tables, each over its pages, and says what it joined', () => {
    expect(tables.map((g) => `p${g.page} ${g.rowCount}x${g.colCount}`)).toEqual([
      'p5 4x3', 'p6 32x4', 'p8 23x11', 'p10 23x10', 'p12 35x7', 'p15 24x7', 'p16 43x8', 'p18 6x12', 'p19 12x10', 'p20 12x10',
    ]);
    expect(tables.every((g) => g.spans === 'real')).toBe(true);
    expect(diagnostics(layout)).toEqual([
      'p14: info pdf:blank-page: page 14 has no text and no images',
      ...[[6, 7], [8, 9], [10, 11], [12, 13], [12, 14], [16, 17]].map(([a, b]) => `p${b}: info pdf:table-continued: table from page ${a} continues on page ${b}`),
    ]);
  });

  it('keeps titles and units as paragraphs before their tables', () => {
    const text = paragraphs(layout);
    expect(text.slice(text.indexOf('收入决算表'), text.indexOf('收入决算表') + 2)).toEqual(['收入决算表', '单位：万元']);
  });

  it('reads merged header cells with their spans and the wrapped names whole', () => {
    const income = texts(tables[2]!);
    expect(income.slice(0, 4)).toEqual([
      ['项目', '←', '←', '←', '本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
      ['支出功能分类', '←', '←', '科目名称', '↑', '↑', '↑', '↑', '↑', '↑', '↑'],
      ['科目编码', '←', '←', '↑', '↑', '↑', '↑', '↑', '↑', '↑', '↑'],
      ['类', '款', '项', '合计', '2,946.25', '2,940.05', '', '', '', '', '6.20'],
    ]);
    expect(income[13]!.slice(0, 5)).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75']);
    const basic = texts(tables[6]!);
    expect(basic.find((r) => r[5] === '12')).toEqual(['301', '13', '住房公积金', '187.19', '302', '12', '因公出国（境）费用', '']);
  });

  it('gives cells provenance on their own page in PDF points', () => {
    const last = tables[2]!.cells.find((c) => c.text === '258.50')!;
    expect(last.source.page).toBe(9);
    expect(last.source.coordOrigin).toBe('pdf-bottom-left-pt');
    const [x0, y0, x1, y1] = last.source.bbox!;
    expect(x0).toBeLessThan(x1);
    expect(y0).toBeLessThan(y1);
    expect(y1).toBeLessThanOrEqual(595.5); // a landscape page, 595 pt high
  });

  it('leaves the process built-ins native after loading pdf.js', () => {
    expect(nativesIntact()).toBe(true);
  });
});

describe('putuo-wanli-street-2024-budget.pdf (WPS, filled-rectangle rulings)', async () => {
  const layout = await ingestBytes(sample('putuo-wanli-street-2024-budget.pdf'));
  const tables = grids(layout);

  it('finds the nine budget tables and drops the header rows repeated on pages 23–26', () => {
    expect(tables.map((g) => `p${g.page} ${g.rowCount}x${g.colCount}`)).toEqual([
      'p10 16x4', 'p11 70x9', 'p16 70x7', 'p21 16x7', 'p22 70x7', 'p27 15x7', 'p28 15x7', 'p29 35x6', 'p31 4x7',
    ]);
    expect(diagnostics(layout).filter((d) => d.includes('repeated header'))).toEqual(
      [23, 24, 25, 26].map((p) => `p${p}: info pdf:table-continued: table from page 22 continues on page ${p} (3 repeated header rows dropped)`));
    expect(diagnostics(layout)).toHaveLength(13);
  });

  it('reads every data row of the continued table once', () => {
    const rows = texts(tables[4]!);
    expect(rows.filter((r) => r[0] === '类')).toHaveLength(1);
    expect(rows[rows.length - 1]).toEqual(['合计', '←', '←', '←', '156,211,123', '99,706,020', '56,505,103']);
  });

  it('splits "编制部门：… 单位：元" into two paragraphs', () => {
    expect(paragraphs(layout)).toContain('单位：元');
  });
});
