import { describe, expect, it } from 'vitest';
import { buildPdf, cjk, puaText, ruledTable, text } from './pdf-writer.js';
import { diagnostics, ingestBytes, outline } from './helpers.js';

const scan = 'q 595 0 0 842 0 0 cm /Im1 Do Q\n';
/** 60 filled curved shapes: glyph outlines of text drawn as vectors. */
const vectorGlyphs = Array.from({ length: 60 }, (_, i) => {
  const x = 60 + (i % 20) * 12, y = 700 - Math.floor(i / 20) * 14;
  return `${x} ${y} m ${x + 4} ${y + 8} ${x + 8} ${y + 8} ${x + 10} ${y} c ${x + 6} ${y - 2} ${x + 2} ${y - 2} ${x} ${y} c f\n`;
}).join('');

describe('pages whose text layer is missing or unusable', () => {
  it('reports each such page once, with its number, and keeps reading the others', async () => {
    const pages = [
      { content: cjk(60, 760, '第一部分 部门概况') },
      { content: scan },
      { content: vectorGlyphs },
      { content: puaText(60, 760, 'Garbled text from a font without a Unicode map') },
      { content: scan + text(280, 20, '5') },
    ];
    const layout = await ingestBytes(buildPdf(pages));
    expect(outline(layout)).toEqual(['P:第一部分部门概况']); // a space between CJK words is padding
    expect(diagnostics(layout)).toEqual([
      'p2: warning pdf:no-text-layer: page 2 has no text layer (a scanned image); it needs OCR',
      'p3: warning pdf:no-text-layer: page 3 has no text layer (text drawn as vector outlines); it needs OCR',
      'p4: warning pdf:no-text-layer: page 4 has an unusable text layer (46 of 46 characters are private-use or control characters); it needs OCR',
      'p5: warning pdf:no-text-layer: page 5 is a scanned image with only 1 character of text; it needs OCR',
    ]);
  });

  it('reads the image of a "searchable" scan, not the invisible OCR layer over it', async () => {
    // 12 lines of 12 or 13 characters (项目支出绩效自评表 + 第N行): 9 × 12 + 3 × 13 = 147
    const ocrLayer = (visible: boolean) => Array.from({ length: 12 }, (_, i) => cjk(60, 760 - 20 * i, `项目支出绩效自评表第${i + 1}行`))
      .join('').replace(/BT /g, visible ? 'BT ' : 'BT 3 Tr ');
    const layout = await ingestBytes(buildPdf([{ content: scan + ocrLayer(false) }, { content: scan + ocrLayer(true) }]));
    expect(diagnostics(layout)).toEqual([
      'p1: warning pdf:no-text-layer: page 1 is a scanned image under an invisible OCR text layer (147 characters drawn invisible); the image is read instead of that layer; it needs OCR',
    ]);
    // the page whose text is drawn (a letterhead image behind it) is read from its text
    expect(outline(layout)[0]).toBe('P:项目支出绩效自评表第1行');
  });

  it('leaves text set at a slant (a watermark) out of the page, and says so', async () => {
    const watermark = (x: number, y: number) => `BT /F2 36 Tf 0.707 0.707 -0.707 0.707 ${x} ${y} Tm <${Array.from('内部资料', (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj ET\n`;
    const table = ruledTable({ x: 60, top: 700, colWidths: [120, 120], rowHeight: 24, rows: [['三级指标', '指标值'], ['培训人次', '≥500人次']] });
    const layout = await ingestBytes(buildPdf([{ content: table + watermark(150, 600) + watermark(100, 300) }]));
    expect(outline(layout)).toEqual(['G:2x2']);
    expect(layout.blocks.flatMap((b) => (b.type === 'grid' ? b.grid.cells.map((c) => c.text) : []))).toEqual(['三级指标', '指标值', '培训人次', '≥500人次']);
    expect(diagnostics(layout)).toEqual(['p1: info pdf:slanted-text-dropped: page 1: 8 characters of text set at a slant (a watermark: "内部资料") are not read as the page\'s text']);
  });

  it('calls a page with only rulings blank (info), and still uses its empty table row', async () => {
    const row = (top: number) => ruledTable({ x: 60, top, colWidths: [100, 100], rowHeight: 20, rows: [['', '']] });
    const pages = [{ content: ruledTable({ x: 60, top: 700, colWidths: [100, 100], rowHeight: 20, rows: [['项目', '金额'], ['合计', '1']] }) }, { content: row(800) }];
    const layout = await ingestBytes(buildPdf(pages));
    expect(outline(layout)).toEqual(['G:3x2']);
    expect(diagnostics(layout)).toEqual([
      'p2: info pdf:blank-page: page 2 has no text and no images',
      'p2: info pdf:table-continued: table from page 1 continues on page 2',
    ]);
  });

  it('decodes a non-embedded CJK font through the CMaps shipped with pdf.js (offline)', async () => {
    const layout = await ingestBytes(buildPdf([{ content: cjk(60, 760, '项目支出绩效自评表（2023年度）≥95%') }]));
    expect(outline(layout)).toEqual(['P:项目支出绩效自评表（2023年度）≥95%']);
    expect(diagnostics(layout)).toEqual([]);
  });
});
