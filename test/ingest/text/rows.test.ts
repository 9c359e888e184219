import { describe, expect, it } from 'vitest';
import { parseCells, parseTabbed, stripMarkup } from '../../../src/ingest/text/rows.js';

describe('parseCells (DOCX-to-text dumps: one cell per line, rows separated by blank lines)', () => {
  it('reads a lone tab line as an empty cell, not as a row break', () => {
    expect(parseCells(['\t项目名称', '\t', '\t拘押场所经费'])).toEqual([
      { type: 'row', cells: ['项目名称', '', '拘押场所经费'], line: 1, cellLines: [1, 2, 3] },
    ]);
  });

  it('separates rows at blank lines and numbers each row by its first line, each cell by its own', () => {
    expect(parseCells(['\t一级指标', '\t二级指标', '', '\t产出指标', '\t数量指标'])).toEqual([
      { type: 'row', cells: ['一级指标', '二级指标'], line: 1, cellLines: [1, 2] },
      { type: 'row', cells: ['产出指标', '数量指标'], line: 4, cellLines: [4, 5] },
    ]);
  });

  it('continues a cell over a blank line when the row goes on after it ("项目资金" "" "（万元）" "\\t")', () => {
    // changji-police-2021 lines 13-16: the 项目资金 cell holds two paragraphs
    expect(parseCells(['\t项目资金', '', '（万元）', '\t'])).toEqual([
      { type: 'row', cells: ['项目资金\n（万元）', ''], line: 1, cellLines: [1, 4] },
    ]);
  });

  it('continues the previous cell with an untabbed line that directly follows a cell line', () => {
    expect(parseCells(['\t指标解释', '计算公式：合格数/总数', '\t5'])).toMatchObject([
      { type: 'row', cells: ['指标解释\n计算公式：合格数/总数', '5'], line: 1 },
    ]);
  });

  it('keeps untabbed lines away from cell lines as paragraphs, in reading order', () => {
    expect(parseCells(['项目支出绩效自评表', '', '(2021年度)', '', '\t项目名称', '\t拘押场所经费', '', '注：本表金额单位为万元'])).toMatchObject([
      { type: 'paragraph', text: '项目支出绩效自评表', line: 1 },
      { type: 'paragraph', text: '(2021年度)', line: 3 },
      { type: 'row', cells: ['项目名称', '拘押场所经费'], line: 5 },
      { type: 'paragraph', text: '注：本表金额单位为万元', line: 8 },
    ]);
  });

  it('removes "[bookmark: _GoBack]" converter markers from cell text', () => {
    expect(parseCells(['\t项目名称[bookmark: _GoBack]', '\t[bookmark: _GoBack]', '\t拘押[bookmark: x1]场所经费'])).toMatchObject([
      { type: 'row', cells: ['项目名称', '', '拘押场所经费'], line: 1, cellLines: [1, 2, 3] },
    ]);
  });

  it('trims padding around cell text ("\\t      上年结转资金")', () => {
    expect(parseCells(['\t', '\t      上年结转资金', '\t0'])).toMatchObject([
      { type: 'row', cells: ['', '上年结转资金', '0'], line: 1 },
    ]);
  });

  it('ignores a trailing carriage return of CRLF input', () => {
    expect(parseCells(['\t总分\r', '\r', '\t100\r'])).toMatchObject([
      { type: 'row', cells: ['总分'], line: 1 },
      { type: 'row', cells: ['100'], line: 3 },
    ]);
  });
});

describe('parseTabbed (PDF text layers: one row per line, cells separated by tabs)', () => {
  it('splits a tabbed line into trimmed cells, keeping empty and trailing cells', () => {
    expect(parseTabbed(['总 分\t\t\t100\t 94.71 \t'])).toEqual([
      { type: 'row', cells: ['总 分', '', '', '100', '94.71', ''], line: 1 },
    ]);
  });

  it('reads lines without a tab as paragraphs and skips blank and tab-only lines', () => {
    expect(parseTabbed(['', '项目支出绩效目标自评表  ', '\t\t', '(2023年度)', '项目名称\t\t拘押场所经费'])).toEqual([
      { type: 'paragraph', text: '项目支出绩效目标自评表', line: 2 },
      { type: 'paragraph', text: '(2023年度)', line: 4 },
      { type: 'row', cells: ['项目名称', '', '拘押场所经费'], line: 5 },
    ]);
  });

  it('keeps trailing tabs but drops trailing spaces ("其他:\\t0\\t  " has three cells)', () => {
    expect(parseTabbed(['其他:\t0\t  '])).toEqual([{ type: 'row', cells: ['其他:', '0', ''], line: 1 }]);
  });
});

describe('stripMarkup (OCR output)', () => {
  it.each([
    ['# 六盘水市公安局2025年预算绩效目标表', '六盘水市公安局2025年预算绩效目标表'],
    ['#### 部门整体支出绩效目标表', '部门整体支出绩效目标表'],
    ['<tr><td>项目名称</td><td colspan="3">拘押场所经费</td></tr>', '项目名称\t拘押场所经费'],
    ['<td>产出<br/>指标</td>', '产出 指标'],
    ['<td>&lt;10万元</td><td>&gt;=98%&nbsp;</td>', '<10万元\t>=98% '],
    ['&amp;lt;', '&lt;'],
    ['#号楼维修', '#号楼维修'],
  ])('%s → %s', (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });
});
