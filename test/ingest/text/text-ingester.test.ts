import { describe, expect, it } from 'vitest';
import { ingestTextBytes } from '../../../src/ingest/text/index.js';
import { ingestText } from '../../../src/ingest/text/text-ingester.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import type { Block, Grid } from '../../../src/ir/types.js';

const grids = (blocks: Block[]): Grid[] => blocks.flatMap((b) => (b.type === 'grid' ? [b.grid] : []));
/** Blocks as compact strings: "p:<line>:<text>" or "g:<rows>x<cols>". */
const outline = (blocks: Block[]) =>
  blocks.map((b) => (b.type === 'paragraph' ? `p:${b.paragraph.line}:${b.paragraph.text}` : `g:${b.grid.rowCount}x${b.grid.colCount}`));
const rowsOf = (grid: Grid) => {
  const rows: string[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const c of grid.cells) rows[c.row]![c.col] = c.text;
  return rows;
};

describe('ingestText', () => {
  it('tabbed: caption paragraphs, then one grid of ragged rows with their source lines, no spans', () => {
    const layout = ingestText('\uFEFF项目支出绩效目标自评表\r\n\r\n(2023年度)\r\n项目名称\t\t拘押场所经费\r\n总 分\t\t100\t94.71\r\n');
    expect(layout.shape).toBe('tabbed');
    expect(layout).toMatchObject({ format: 'text', pages: null, ocr: false });
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}: ${d.message}`)).toEqual(['info text:shape: text shape: tabbed']);
    expect(outline(layout.blocks)).toEqual(['p:1:项目支出绩效目标自评表', 'p:3:(2023年度)', 'g:2x4']);
    const [grid] = grids(layout.blocks);
    expect(grid!.spans).toBe('none');
    expect(rowsOf(grid!)).toEqual([['项目名称', '', '拘押场所经费'], ['总 分', '', '100', '94.71']]);
    expect(grid!.cells.filter((c) => c.col === 0).map((c) => c.source.line)).toEqual([4, 5]);
    expect(grid!.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
  });

  it('cells: rows of a DOCX dump become one grid; a paragraph between tables splits the grids', () => {
    const text = ['\t项目名称', '\t拘押场所经费', '', '\t项目资金', '', '（万元）', '\t', '', '', '注：单位万元', '', '\t总分', '\t100'].join('\n');
    const layout = ingestText(text);
    expect(layout.shape).toBe('cells');
    expect(layout.diagnostics.map((d) => d.message)).toEqual(['text shape: cells']);
    expect(outline(layout.blocks)).toEqual(['g:2x2', 'p:10:注：单位万元', 'g:1x2']);
    const [first, second] = grids(layout.blocks);
    expect(rowsOf(first!)).toEqual([['项目名称', '拘押场所经费'], ['项目资金\n（万元）', '']]);
    expect(rowsOf(second!)).toEqual([['总分', '100']]);
    expect(second!.cells[0]!.source.line).toBe(12);
  });

  it('ocr: markup is stripped and the layout is marked as OCR', () => {
    const layout = ingestText('# 项目绩效目标表\n<table><tr><td>项目名称</td><td>拘押场所经费</td></tr></table>\n');
    expect(layout.shape).toBe('ocr');
    expect(layout.ocr).toBe(true);
    expect(outline(layout.blocks)).toEqual(['p:1:项目绩效目标表', 'g:1x2']);
    expect(rowsOf(grids(layout.blocks)[0]!)).toEqual([['项目名称', '拘押场所经费']]);
  });
});

describe('ingestTextBytes', () => {
  const input = (bytes: Uint8Array, maxTextBytes = DEFAULT_INGEST_OPTIONS.maxTextBytes) =>
    ({ path: 'x.txt', bytes, options: { ...DEFAULT_INGEST_OPTIONS, maxTextBytes } });

  it('puts the decoder diagnostics before the shape diagnostic (GB18030 input)', async () => {
    // "项目名称\t预算数\n" in GB18030 (python3 encode('gb18030'))
    const gb = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x09, 0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xfd, 0x0a]);
    const layout = await ingestTextBytes(input(gb));
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['info text:encoding-gb18030', 'info text:shape']);
    expect(rowsOf(grids(layout.blocks)[0]!)).toEqual([['项目名称', '预算数']]);
    expect(layout).not.toHaveProperty('shape');
  });

  it('refuses input over the size limit with an error diagnostic and no blocks', async () => {
    const layout = await ingestTextBytes(input(new TextEncoder().encode('项目名称\t拘押场所经费'), 8));
    expect(layout.blocks).toEqual([]);
    expect(layout.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['error text:too-large']);
  });
});
