import { describe, expect, it } from 'vitest';
import { detectShape } from '../../../src/ingest/text/shape.js';

describe('detectShape', () => {
  it('tabbed: PDF text-layer rows with several tab-separated cells (liupanshui-police-2023)', () => {
    expect(detectShape([
      '项目支出绩效目标自评表', '', '(2023年度)',
      '项目名称\t\t拘押场所经费\t\t\t\t\t\t',
      '\t年度资金总额:\t8700000\t7340000\t7340000\t10\t100.00\t10\t',
      '总 分\t\t\t\t\t100\t100\t',
    ])).toBe('tabbed');
  });

  it('cells: one cell per line after a leading tab, lone tabs and blank lines between (changji-police-2021)', () => {
    expect(detectShape([
      '\t项目支出绩效自评表', '', '\t(2021年度)', '', '\t项目名称', '\t昌吉州公安局UPS后备电源改造及电池更换建设项目', '',
      '\t', '\t年初预算数', '\t全年预算数', '（万元）',
    ])).toBe('cells');
  });

  it('ocr: any markdown heading or HTML table markup wins over tab counts', () => {
    expect(detectShape(['# 六盘水市公安局2025年预算绩效目标表', '编制单位:\t六盘水市公安\t局\t\t', '\t一级\t二级\t三级\t指标值'])).toBe('ocr');
    expect(detectShape(['\t项目名称', '\t拘押场所经费', '<table><tr><td>总分</td></tr></table>'])).toBe('ocr');
  });

  it('a "#" not followed by a space is not a heading', () => {
    expect(detectShape(['#1号楼\t维修\t完成', '项目名称\t\t拘押场所经费'])).toBe('tabbed');
  });

  it('a row of two cells ("总分\\t100") is not evidence of the tabbed shape, so cell lines outvote it', () => {
    expect(detectShape(['总分\t100', '\t项目名称', '\t拘押场所经费'])).toBe('cells');
  });

  it('falls back to tabbed on a tie and on text without tabs', () => {
    expect(detectShape(['\t项目名称', '项目名称\t\t拘押场所经费'])).toBe('tabbed');
    expect(detectShape(['项目支出绩效自评表', '(2021年度)'])).toBe('tabbed');
    expect(detectShape([])).toBe('tabbed');
  });
});
