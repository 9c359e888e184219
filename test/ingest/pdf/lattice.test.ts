import { describe, expect, it } from 'vitest';
import { buildPdf, cjk, fillRule, ruledTable, text } from './pdf-writer.js';
import { diagnostics, grids, ingestBytes, outline, texts } from './helpers.js';

const selfEvaluation = ruledTable({
  x: 60, top: 700, colWidths: [80, 120, 60], rowHeight: 20,
  rows: [
    ['一级指标', '三级指标', '分值'],
    ['产出指标', '依法收押率', '5'],
    ['^', '维修改造率', '5'],
    ['总分', null, '100'],
  ],
});

describe('ruled tables (lattice from ruling lines)', () => {
  it('reads title, year and unit lines as paragraphs and the table as a grid with real spans', async () => {
    const content = cjk(150, 760, '项目支出绩效自评表', 16) + text(180, 740, '(2023)') + cjk(400, 715, '单位：万元') + selfEvaluation;
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(diagnostics(layout)).toEqual([]);
    expect(layout).toMatchObject({ format: 'pdf', pages: 1, ocr: false });
    expect(outline(layout)).toEqual(['P:项目支出绩效自评表', 'P:(2023)', 'P:单位：万元', 'G:4x3']);
    const [grid] = grids(layout);
    expect(grid!.spans).toBe('real');
    expect(texts(grid!)).toEqual([
      ['一级指标', '三级指标', '分值'],
      ['产出指标', '依法收押率', '5'],
      ['↑', '维修改造率', '5'],
      ['总分', '←', '100'],
    ]);
  });

  it('gives every cell its page and its ruled box in PDF points from the bottom left', async () => {
    const layout = await ingestBytes(buildPdf([{ content: selfEvaluation }]));
    const cells = grids(layout)[0]!.cells;
    const merged = cells.find((c) => c.text === '产出指标')!;
    expect(merged).toMatchObject({ row: 1, col: 0, rowSpan: 2, colSpan: 1 });
    expect(merged.source).toMatchObject({ page: 1, coordOrigin: 'pdf-bottom-left-pt', bbox: [60, 640, 140, 680] });
    expect(cells.find((c) => c.text === '总分')!.source.bbox).toEqual([60, 620, 260, 640]);
  });

  it('reads rulings drawn as thin filled rectangles under a flipped CTM (WPS)', async () => {
    // WPS: "1 0 0 -1 0 H cm", then each ruling a 0.96 pt filled rectangle in top-down coordinates
    const rules = [100, 124, 148].map((y) => fillRule(50, y, 200, 0.96)).join('')
      + [50, 150, 250].map((x) => fillRule(x, 100, 0.96, 48.96)).join('');
    const content = `q 1 0 0 -1 0 842 cm ${rules} Q\n` + cjk(55, 842 - 118, '项目') + cjk(155, 842 - 118, '预算数')
      + cjk(55, 842 - 142, '合计') + text(155, 842 - 142, '156,211,123');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!)).toEqual([['项目', '预算数'], ['合计', '156,211,123']]);
  });

  it('joins the lines of a wrapped cell without a space (Chinese) and cuts a run that crosses a ruled edge', async () => {
    const content = ruledTable({ x: 50, top: 700, colWidths: [40, 40, 60], rowHeight: 30, rows: [['', '', 'x']] })
      + cjk(52, 690, '机关事业') + cjk(52, 678, '单位') // wrapped in column 0 … and one run over columns 0 and 1 below
      + cjk(52, 640, '一二三四五六七八') + '0.5 w ' + '50 650 m 190 650 l S 50 630 m 190 630 l S 50 630 m 50 650 l S 90 630 m 90 650 l S 130 630 m 130 650 l S 190 630 m 190 650 l S\n';
    const layout = await ingestBytes(buildPdf([{ content }]));
    const [top, bottom] = grids(layout);
    expect(texts(top!)).toEqual([['机关事业单位', '', 'x']]);
    expect(texts(bottom!)).toEqual([['一二三四', '五六七八', '']]);
  });

  it('keeps a text that runs on under the next cell whole in its own cell (a spreadsheet cell cut off in print)', async () => {
    // column 0 is 60 pt wide; its text is 8 glyphs of 10 pt = 80 pt, and column 1 prints its own text from its left edge
    const content = ruledTable({ x: 50, top: 700, colWidths: [60, 80, 60], rowHeight: 30, rows: [['', '', 'x']] })
      + cjk(52, 682, '河道日常保洁里程') + cjk(113, 682, '≥1860公里');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!)).toEqual([['河道日常保洁里程', '≥1860公里', 'x']]);
    expect(diagnostics(layout)).toEqual(['p1: info pdf:cell-overflow: page 1: 1 text ran on under the next cell (cut off in print) and was kept whole in its own cell ("河道日常保洁里程")']);
  });

  it('leaves a single ruled box (a framed paragraph) as text, not a one-cell table', async () => {
    const content = '0.5 w 50 600 400 40 re S\n' + cjk(60, 615, '注：本表无数据。');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(outline(layout)).toEqual(['P:注：本表无数据。']);
  });

  it('reads a landscape page stored portrait with /Rotate 90 in the orientation it is viewed in', async () => {
    // content drawn in the viewed (842 × 595) page's coordinates, mapped to the stored portrait page
    const content = 'q 0 1 -1 0 595 0 cm\n' + cjk(300, 560, '收入决算表', 14) + ruledTable({
      x: 60, top: 500, colWidths: [300, 120], rowHeight: 20, rows: [['项目', '决算数'], ['合计', '2,946.25']],
    }) + 'Q\n';
    const layout = await ingestBytes(buildPdf([{ content, rotate: 90 }]));
    expect(diagnostics(layout)).toEqual([]);
    expect(outline(layout)).toEqual(['P:收入决算表', 'G:2x2']);
    const total = grids(layout)[0]!.cells.find((c) => c.text === '2,946.25')!;
    expect(total.source.bbox).toEqual([360, 460, 480, 480]); // viewed page, bottom-left origin
  });
});

describe('vertical text in a cell (竖排)', () => {
  // a tall narrow cell: 一级 label in one column; the 二级 label wrapped into two columns
  const grid = ruledTable({ x: 60, top: 700, colWidths: [40, 120], rowHeight: 60, rows: [['', '依法收押率'], ['', '维修改造率']] });
  const glyphs = (x: number, top: number, s: string, pitch = 10) => Array.from(s, (ch, k) => cjk(x, top - k * pitch, ch)).join('');

  it('reads glyphs stacked in two columns column by column, in the order the producer wrote them', async () => {
    // 质量 in the right column, 指标 in the left, written right column first (CSS vertical-rl)
    const content = grid + glyphs(82, 680, '质量') + glyphs(68, 680, '指标') + glyphs(82, 620, '时效') + glyphs(68, 620, '指标');
    const layout = await ingestBytes(buildPdf([{ content }]));
    expect(texts(grids(layout)[0]!).map((r) => r[0])).toEqual(['质量指标', '时效指标']);
  });

  it('reads right to left when the producer wrote the glyphs in another order', async () => {
    const pairs = (top: number, right: string, left: string) => Array.from(left, (ch, k) => cjk(68, top - k * 10, ch) + cjk(82, top - k * 10, right[k]!)).join('');
    const layout = await ingestBytes(buildPdf([{ content: grid + pairs(680, '质量', '指标') }]));
    expect(texts(grids(layout)[0]!)[0]![0]).toBe('质量指标');
  });

  it('keeps a horizontal line set glyph by glyph as lines (glyphs closer across than down)', async () => {
    const rows = (top: number, lines: string[]) => lines.map((l, r) => Array.from(l, (ch, k) => cjk(64 + k * 10, top - r * 14, ch)).join('')).join('');
    const layout = await ingestBytes(buildPdf([{ content: grid + rows(680, ['质量', '指标']) }]));
    expect(texts(grids(layout)[0]!)[0]![0]).toBe('质量指标');
  });
});
