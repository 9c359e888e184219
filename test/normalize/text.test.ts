import { describe, it, expect } from 'vitest';
import { cleanText, compactKey, foldWidth, isPlaceholder } from '../../src/normalize/text.js';

describe('foldWidth', () => {
  it('folds full-width ASCII and the ideographic space', () => {
    expect(foldWidth('＝１００％')).toBe('=100%');
    expect(foldWidth('＞＝９５，０００．５')).toBe('>=95,000.5');
    expect(foldWidth('（Ｈ）')).toBe('(H)');
    expect(foldWidth('产出\u3000指标')).toBe('产出 指标');
  });

  it('leaves other characters alone', () => {
    expect(foldWidth('≥95% 〜 ≤734万元，')).toBe('≥95% 〜 ≤734万元,');
    expect(foldWidth('〜')).toBe('〜');
  });
});

describe('cleanText', () => {
  it('removes wrapping and OCR padding next to non-ASCII characters', () => {
    expect(cleanText('产出 指标')).toBe('产出指标');
    expect(cleanText('满意度指 标(10分)')).toBe('满意度指标(10分)');
    expect(cleanText('DNA、指 纹')).toBe('DNA、指纹');
    expect(cleanText('违法犯罪嫌疑人员 DNA、指 纹')).toBe('违法犯罪嫌疑人员DNA、指纹');
    expect(cleanText('提升警务智能化工作的有效\n性')).toBe('提升警务智能化工作的有效性');
    expect(cleanText('≤1460.75 万元')).toBe('≤1460.75万元');
    expect(cleanText('≥ 95 %')).toBe('≥95 %');
    expect(cleanText('1230.82 m ²')).toBe('1230.82 m²');
  });

  it('collapses whitespace between ASCII characters to one space and trims', () => {
    expect(cleanText('Cut  Mallett')).toBe('Cut Mallett');
    expect(cleanText('  14, 464. 15\t')).toBe('14, 464. 15');
    expect(cleanText('a\r\n\tb')).toBe('a b');
  });

  it('folds width first, so an ideographic space is padding too', () => {
    expect(cleanText('\u3000产出\u3000指标\u3000')).toBe('产出指标');
    // after folding both neighbours are ASCII, so the space stays (as one)
    expect(cleanText('＝　１００％')).toBe('= 100%');
  });

  it('drops zero-width spaces', () => {
    expect(cleanText('产出\u200B指标')).toBe('产出指标');
  });

  it('never rewrites wording', () => {
    expect(cleanText('項目或定額成本控制率')).toBe('項目或定額成本控制率');
    expect(cleanText('稳步提升')).toBe('稳步提升');
    expect(cleanText('')).toBe('');
  });
});

describe('compactKey', () => {
  it('removes all whitespace, also between ASCII characters', () => {
    expect(compactKey('年度指标值 (A)')).toBe('年度指标值(A)');
    expect(compactKey('Cut  Mallett')).toBe('CutMallett');
    expect(compactKey(' 三 级 指 标 ')).toBe('三级指标');
    expect(compactKey('产出指标（５０分）')).toBe('产出指标(50分)');
  });
});

describe('isPlaceholder', () => {
  it.each(['', '  ', '/', '-', '—', '——', '－', '无', ' — '])('%j is a placeholder', (s) => {
    expect(isPlaceholder(s)).toBe(true);
  });

  it.each(['0', '无效', '-5', '稳步提升'])('%j is not', (s) => {
    expect(isPlaceholder(s)).toBe(false);
  });
});
