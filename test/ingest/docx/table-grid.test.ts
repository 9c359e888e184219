import { describe, expect, it } from 'vitest';
import { denseRows } from '../../../src/ir/grid.js';
import { cellTuples, documentXml, fixture, grids, paragraphs, readDocumentXml } from './helpers.js';

const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const tr = (cells: string, props = '') => `<w:tr>${props ? `<w:trPr>${props}</w:trPr>` : ''}${cells}</w:tr>`;
const tbl = (rows: string) => `<w:tbl>${rows}</w:tbl>`;

describe('tables with real merges', () => {
  it('tracks grid columns through gridBefore so a vMerge continues the cell above it (fixture gridbefore-vmerge)', () => {
    const { blocks, diagnostics, tables } = readDocumentXml(fixture('gridbefore-vmerge.document.xml'));
    expect(diagnostics).toEqual([]);
    expect(tables).toBe(1);
    expect(paragraphs(blocks)).toEqual(['项目支出绩效自评表', '(2021年度)']);
    const [grid] = grids(blocks);
    expect(grid).toMatchObject({ rowCount: 5, colCount: 5, spans: 'real', page: null });
    expect(cellTuples(grid!)).toEqual([
      ['绩效指标', 0, 0, 2, 1], ['一级指标', 0, 1, 1, 1], ['二级指标', 0, 2, 1, 1], ['三级指标', 0, 3, 1, 1], ['指标值', 0, 4, 1, 1],
      ['产出指标（50分）', 1, 1, 2, 1], ['数量指标', 1, 2, 1, 1], ['宣传品种类', 1, 3, 1, 1], ['≥3类', 1, 4, 1, 1],
      ['质量指标', 2, 2, 1, 1], ['合格率', 2, 3, 1, 1], ['=100%', 2, 4, 1, 1],
      ['效益指标', 3, 1, 1, 1], ['社会效益', 3, 2, 1, 1], ['知晓率', 3, 3, 1, 1], ['提升', 3, 4, 1, 1],
      ['总分', 4, 0, 1, 3], ['100', 4, 3, 1, 1],
    ]);
    const dense = denseRows(grid!);
    expect(dense[2]![0]).toBeNull(); // gridBefore leaves the position empty
    expect(dense[2]![1]).toMatchObject({ anchor: false, cell: { text: '产出指标（50分）' } });
    expect(dense[4]![4]).toBeNull(); // gridAfter
  });

  it('reads rows and cells through w:sdt and w:customXml and keeps the merge across them (fixture sdt-wrapped-rows)', () => {
    const { blocks, diagnostics } = readDocumentXml(fixture('sdt-wrapped-rows.document.xml'));
    expect(diagnostics).toEqual([]);
    expect(paragraphs(blocks)).toEqual(['项目绩效自评表']);
    const [grid] = grids(blocks);
    expect(grid).toMatchObject({ rowCount: 4, colCount: 3 });
    expect(cellTuples(grid!)).toEqual([
      ['一级指标', 0, 0, 1, 1], ['三级指标', 0, 1, 1, 1], ['指标值', 0, 2, 1, 1],
      ['产出指标', 1, 0, 3, 1], ['宣传品种类', 1, 1, 1, 1], ['≥3类', 1, 2, 1, 1],
      ['合格率', 2, 1, 1, 1], ['=100%', 2, 2, 1, 1],
      ['及时性', 3, 1, 1, 1], ['及时', 3, 2, 1, 1],
    ]);
  });

  it('flattens a nested table into its cell, one line per nested row, with an info diagnostic (fixture nested-table)', () => {
    const { blocks, diagnostics } = readDocumentXml(fixture('nested-table.document.xml'));
    expect(diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['info docx:nested-table']);
    expect(diagnostics[0]!.message).toContain('row 2, column 2');
    const [grid] = grids(blocks);
    expect(grids(blocks)).toHaveLength(1);
    expect(cellTuples(grid!)).toEqual([
      ['项目名称', 0, 0, 1, 1], ['拘押场所经费', 0, 1, 1, 1],
      ['本年度实施计划', 1, 0, 1, 1], ['计划如下\n2025-01-01至2025-12-31 在押人员 生活费\n在押人员服装款', 1, 1, 1, 1],
    ]);
  });

  it('lifts a nested table of three rows and columns or more out of its cell: outer rows down to it, the nested table, the rows below', () => {
    const nested = tbl(tr(tc('一级指标') + tc('三级指标') + tc('指标值')) + tr(tc('产出指标') + tc('培训人数') + tc('≥10人')) + tr(tc('效益指标') + tc('覆盖率') + tc('≥90%')));
    const xml = documentXml(tbl(
      tr(tc('项目名称') + tc('培训项目')) +
      tr(tc('绩效指标') + `<w:tc><w:p><w:r><w:t>指标完成情况</w:t></w:r></w:p>${nested}<w:p/></w:tc>`) +
      tr(tc('总分') + tc('100')),
    ));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('read as a table of its own')]);
    expect(grids(blocks).map(cellTuples)).toEqual([
      [['项目名称', 0, 0, 1, 1], ['培训项目', 0, 1, 1, 1], ['绩效指标', 1, 0, 1, 1], ['指标完成情况', 1, 1, 1, 1]],
      [['一级指标', 0, 0, 1, 1], ['三级指标', 0, 1, 1, 1], ['指标值', 0, 2, 1, 1], ['产出指标', 1, 0, 1, 1], ['培训人数', 1, 1, 1, 1], ['≥10人', 1, 2, 1, 1],
        ['效益指标', 2, 0, 1, 1], ['覆盖率', 2, 1, 1, 1], ['≥90%', 2, 2, 1, 1]],
      [['总分', 0, 0, 1, 1], ['100', 0, 1, 1, 1]],
    ]);
  });

  it('extends the cell to the left on legacy hMerge continue', () => {
    const xml = documentXml(tbl(tr(tc('预算资金', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('734'))));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics).toEqual([]);
    expect(cellTuples(grids(blocks)[0]!)).toEqual([['预算资金', 0, 0, 1, 2], ['734', 0, 2, 1, 1]]);
  });

  it('reads a vMerge continue with nothing above as its own cell, with an info diagnostic', () => {
    const xml = documentXml(tbl(tr(tc('a', '<w:vMerge/>') + tc('b'))));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics.map((d) => d.code)).toEqual(['docx:vmerge-orphan']);
    expect(cellTuples(grids(blocks)[0]!)).toEqual([['a', 0, 0, 1, 1], ['b', 0, 1, 1, 1]]);
  });

  it('does not continue a merge across a different column span', () => {
    const xml = documentXml(tbl(tr(tc('wide', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>')) + tr(tc('', '<w:vMerge/>') + tc('x'))));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics.map((d) => d.code)).toEqual(['docx:vmerge-orphan']);
    expect(cellTuples(grids(blocks)[0]!)).toEqual([['wide', 0, 0, 1, 2], ['', 1, 0, 1, 1], ['x', 1, 1, 1, 1]]);
  });

  it('appends text found in a continue cell to the merged cell, with a warning', () => {
    const xml = documentXml(tbl(tr(tc('产出', '<w:vMerge w:val="restart"/>')) + tr(tc('指标', '<w:vMerge w:val="continue"/>'))));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['warning docx:vmerge-text']);
    expect(cellTuples(grids(blocks)[0]!)).toEqual([['产出\n指标', 0, 0, 2, 1]]);
  });

  it('skips rows deleted with tracked changes, keeps inserted ones', () => {
    const xml = documentXml(tbl(tr(tc('kept')) + tr(tc('gone'), '<w:del w:id="1" w:author="a"/>') + tr(tc('new'), '<w:ins w:id="2" w:author="a"/>')));
    const { blocks, diagnostics } = readDocumentXml(xml);
    expect(diagnostics.map((d) => d.code)).toEqual(['docx:deleted-rows']);
    expect(cellTuples(grids(blocks)[0]!)).toEqual([['kept', 0, 0, 1, 1], ['new', 1, 0, 1, 1]]);
  });

  it('clamps absurd spans so a damaged table cannot make a huge grid', () => {
    const xml = documentXml(tbl(tr(tc('x', '<w:gridSpan w:val="999999999"/>'), '<w:gridBefore w:val="-5"/>')));
    const { blocks } = readDocumentXml(xml);
    const grid = grids(blocks)[0]!;
    expect(grid.colCount).toBeLessThanOrEqual(256);
    expect(cellTuples(grid)).toEqual([['x', 0, 0, 1, 256]]);
  });

  it('joins the paragraphs of a cell with newlines and drops blank lines at its ends', () => {
    const xml = documentXml(tbl(tr('<w:tc><w:p/><w:p><w:r><w:t>社会效益</w:t></w:r></w:p><w:p><w:r><w:t>指标</w:t></w:r></w:p><w:p/></w:tc>')));
    expect(cellTuples(grids(readDocumentXml(xml).blocks)[0]!)).toEqual([['社会效益\n指标', 0, 0, 1, 1]]);
  });

  it('keeps paragraphs and tables in reading order and splits manual line breaks into paragraphs', () => {
    const xml = documentXml(`<w:p><w:r><w:t>表一</w:t><w:br/><w:t>(2023年度)</w:t></w:r></w:p>${tbl(tr(tc('a')))}<w:p><w:r><w:t>单位：万元</w:t></w:r></w:p><w:p/>${tbl(tr(tc('b')))}`);
    const { blocks, tables } = readDocumentXml(xml);
    expect(tables).toBe(2);
    expect(blocks.map((b) => (b.type === 'paragraph' ? b.paragraph.text : `grid:${b.grid.cells[0]!.text}`)))
      .toEqual(['表一', '(2023年度)', 'grid:a', '单位：万元', 'grid:b']);
  });
});
