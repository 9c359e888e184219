import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignedBlocks } from '../../../src/ingest/text/aligned.js';
import { ingestText } from '../../../src/ingest/text/text-ingester.js';
import { displayWidth } from '../../../src/ingest/text/shape.js';
import type { Block, Grid } from '../../../src/ir/types.js';

/** A line with each text starting at its display column (CJK two columns wide), as pdftotext -layout prints. */
const at = (...pieces: [number, string][]): string =>
  pieces.reduce((line, [col, text]) => line + ' '.repeat(Math.max(col - displayWidth(line), 1)) + text, '');

const grids = (blocks: Block[]): Grid[] => blocks.flatMap((b) => (b.type === 'grid' ? [b.grid] : []));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [`${b.paragraph.line}:${b.paragraph.text}`] : []));
const rowsOf = (grid: Grid): string[][] => {
  const rows: string[][] = Array.from({ length: grid.rowCount }, () => []);
  for (const c of grid.cells) rows[c.row]![c.col] = c.text;
  return rows;
};
const cell = (grid: Grid, text: string) => grid.cells.find((c) => c.text === text);

describe('alignedBlocks', () => {
  it('a self-evaluation laid out with spaces: columns from aligned edges, cells carry their text line, no coordinates', () => {
    const lines = [
      at([16, '项目支出绩效自评表']),
      '',
      at([0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [44, '指标值'], [56, '实际值'], [66, '分值'], [72, '得分']),
      at([0, '产出指标'], [12, '数量指标'], [24, '羁押人数'], [44, '≥300人'], [56, '320人'], [66, '20'], [72, '20']),
      at([0, '效益指标'], [12, '社会效益'], [24, '群众满意度'], [44, '≥90%'], [56, '95%'], [66, '30'], [72, '28']),
      at([0, '总分'], [66, '50'], [72, '48']),
    ];
    const blocks = alignedBlocks(lines, 11);
    expect(paragraphs(blocks)).toEqual(['11:项目支出绩效自评表']);
    const [grid] = grids(blocks);
    expect(grid).toMatchObject({ page: null, spans: 'none', rowCount: 4, colCount: 7 });
    expect(rowsOf(grid!)).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值', '实际值', '分值', '得分'],
      ['产出指标', '数量指标', '羁押人数', '≥300人', '320人', '20', '20'],
      ['效益指标', '社会效益', '群众满意度', '≥90%', '95%', '30', '28'],
      ['总分', '', '', '', '', '50', '48'],
    ]);
    expect(grid!.cells.filter((c) => c.col === 6).map((c) => c.source.line)).toEqual([13, 14, 15, 16]);
    expect(cell(grid!, '群众满意度')!.source).toMatchObject({ line: 15, page: null, bbox: null, coordOrigin: null });
  });

  it('a merged 一级 label printed once leaves its column blank on the rows below (the recognizer fills down)', () => {
    const lines = [
      at([0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [44, '分值']),
      at([0, '产出指标'], [12, '数量指标'], [24, '羁押人数'], [44, '20']),
      at([12, '质量指标'], [24, '安全事故'], [44, '20']),
      at([12, '时效指标'], [24, '办结时间'], [44, '10']),
    ];
    const [grid] = grids(alignedBlocks(lines, 1));
    expect(rowsOf(grid!).map((r) => r[0])).toEqual(['一级指标', '产出指标', '', '']);
    expect(rowsOf(grid!)[2]).toEqual(['', '质量指标', '安全事故', '20']);
    expect(grid!.cells.every((c) => c.rowSpan === 1 && c.colSpan === 1)).toBe(true);
    expect(grid!.cells.filter((c) => c.col === 0).map((c) => c.source.line)).toEqual([1, 2, 3, 4]);
  });

  it('a cell wrapped onto the next line of its column joins its row where blank lines separate rows; without them each line stays a row', () => {
    const spaced = [
      at([0, '三级指标'], [24, '指标值'], [36, '分值']),
      '',
      at([0, '改造老旧供热'], [24, '≥42公里'], [36, '10']),
      at([0, '管网长度']),
      '',
      at([0, '更换换热站设备'], [24, '≥18座'], [36, '5']),
    ];
    const [joined] = grids(alignedBlocks(spaced, 1));
    expect(rowsOf(joined!)).toEqual([['三级指标', '指标值', '分值'], ['改造老旧供热管网长度', '≥42公里', '10'], ['更换换热站设备', '≥18座', '5']]);
    expect(cell(joined!, '改造老旧供热管网长度')!.source.line).toBe(3);
    expect(cell(joined!, '≥18座')!.source.line).toBe(6);

    const [tight] = grids(alignedBlocks(spaced.filter((l) => l !== ''), 1));
    expect(rowsOf(tight!).map((r) => r[0])).toEqual(['三级指标', '改造老旧供热', '管网长度', '更换换热站设备']);
  });

  it('a form feed starts a page: its page number is furniture, lines keep counting across pages', () => {
    const page = (name: string) => [at([0, '三级指标'], [24, '分值']), at([0, name], [24, '10']), at([0, '其他'], [24, '5'])];
    const lines = [...page('羁押人数'), ...new Array<string>(16).fill(''), at([14, '- 1 -']), `\f${at([0, '二级'], [24, '分值'])}`, ...page('办结时间').slice(1)];
    const blocks = alignedBlocks(lines, 1);
    expect(paragraphs(blocks)).toEqual([]);
    const [first, second] = grids(blocks);
    expect(rowsOf(first!)[1]).toEqual(['羁押人数', '10']);
    expect(rowsOf(second!)).toEqual([['二级', '分值'], ['办结时间', '10'], ['其他', '5']]);
    expect(second!.cells.filter((c) => c.col === 0).map((c) => c.source.line)).toEqual([21, 22, 23]);
  });
});

describe('aligned text input (pdftotext -layout probe)', () => {
  it('reads the liaoning self-evaluation as one whitespace table whose cells name their lines', () => {
    const layout = ingestText(readFileSync('samples/probe/probe-r5-text-liaoning-heating-2023-layout.txt', 'utf8'));
    expect(layout.shape).toBe('aligned');
    expect(paragraphs(layout.blocks)).toEqual(['1:项目支出绩效自评表', '2:（2023年度）']);
    const [grid] = grids(layout.blocks);
    const row = (text: string) => grid!.cells.filter((c) => c.row === cell(grid!, text)!.row && c.text !== '').map((c) => c.text);
    expect(row('改造老旧供热管网长度')).toEqual(['改造老旧供热管网长度', '≥42公里', '42.6公里', '10', '10']);
    expect(row('年度资金总额')).toEqual(['项目资金', '年度资金总额', '3,200.00', '3,480.00', '3,306.00', '10', '95.00%', '9.50']);
    expect(cell(grid!, '改造老旧供热管网长度')!.source.line).toBe(16);
    expect(cell(grid!, '98.50')!.source.line).toBe(33);
  });
});
