import { describe, expect, it } from 'vitest';
import { cellKind, fitCost, type CellKind } from '../../../src/recognize/project/cell-kind.js';

describe('cellKind', () => {
  it.each<[string, CellKind]>([
    ['≥90%', 'value'],
    ['≤1460.75万元', 'value'],
    ['=100%', 'value'],
    ['2025年12月31日', 'value'], // a date target
    ['≥%', 'value'], // placeholder with comparator and unit (spec: missing-number)
    ['产出指标(50分)', 'l1'], // weight printed inside the 一级 cell
    ['效益指标(30)', 'l1'],
    ['满意度指标', 'l1l2'], // both a 一级 group and a 二级 name
    ['成本指标', 'l1l2'], // 一级 in newer templates, 二级 under 产出指标 in older ones
    ['预算执行率', 'l1l2'],
    ['数量指标', 'l2'],
    ['社会效益指标', 'l2'],
    ['服务对象满意度指标', 'l2'],
    ['数量指标质量指标时效指标', 'l2run'], // OCR glued three stacked 二级 labels
    ['绩效指标', 'block'],
    ['年度绩效指标完成情况', 'block'],
    ['10', 'num'],
    ['94.71', 'num'],
    ['≥', 'cmp'],
    ['≤', 'cmp'],
    ['稳步提升', 'short'],
    ['依法收押率', 'short'],
    ['警务技能训练中心宿舍装修', 'text'], // 12 characters
    ['反映在押人员基本生活保障情况，计算公式为实际数除以计划数', 'long'],
    ['/', 'placeholder'],
    ['—', 'placeholder'],
    ['', 'placeholder'],
  ])('%s → %s', (key, kind) => {
    expect(cellKind(key)).toBe(kind);
  });

  it('does not read a run of labels that are not all 二级 names as a label run', () => {
    expect(cellKind('数量指标绩效指标')).not.toBe('l2run');
  });
});

describe('fitCost', () => {
  it('makes each kind cheapest in its own role', () => {
    expect(fitCost('value', 'target')).toBe(0);
    expect(fitCost('num', 'weight')).toBe(0);
    expect(fitCost('num', 'score')).toBe(0);
    expect(fitCost('l1', 'level1')).toBe(0);
    expect(fitCost('l2run', 'level2')).toBe(0);
    expect(fitCost('cmp', 'targetComparator')).toBe(0);
    expect(fitCost('long', 'explanation')).toBe(0);
  });

  it('prefers a number in the weight column to a value, and a value in the target column to a number', () => {
    expect(fitCost('num', 'weight')).toBeLessThan(fitCost('value', 'weight'));
    expect(fitCost('value', 'target')).toBeLessThan(fitCost('num', 'target'));
  });

  it('charges the fallback for a kind a role never holds (prose in a weight column)', () => {
    expect(fitCost('long', 'weight')).toBe(6);
    expect(fitCost('long', 'targetNumber')).toBe(6);
  });

  it('a qualitative mark fits a comparator column, and a short phrase the number column of a split target', () => {
    expect(cellKind('定性')).toBe('mark');
    expect(fitCost('mark', 'targetComparator')).toBe(0);
    expect(fitCost('short', 'targetNumber')).toBeLessThan(fitCost('short', 'targetComparator'));
  });

  it('a printed unit fits the unit column of a split target best, and elsewhere counts as a short cell', () => {
    expect(cellKind('套')).toBe('unit');
    expect(cellKind('未填报')).toBe('short');
    // a phrase in the number column beside 定性 is not moved into the unit column
    expect(fitCost('short', 'targetNumber')).toBeLessThan(fitCost('short', 'targetUnit') + 0.45);
    expect(fitCost('unit', 'targetUnit')).toBeLessThan(fitCost('short', 'targetUnit'));
    expect(fitCost('unit', 'level3')).toBe(fitCost('short', 'level3'));
  });
});
