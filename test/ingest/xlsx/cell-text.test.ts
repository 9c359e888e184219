/** Cell values shown as Excel shows them (src/ingest/xlsx/cell-text.ts). */
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, shownText } from '../../../src/ingest/xlsx/cell-text.js';

describe('spreadsheet cell text', () => {
  it('applies percent, thousands and decimal formats', () => {
    expect(formatNumber(0.95, '0%')).toBe('95%');
    expect(formatNumber(0.9875, '0.00%')).toBe('98.75%');
    expect(formatNumber(9000, '#,##0.00 ;[Red](#,##0.00)')).toBe('9,000.00');
    expect(formatNumber(-1234567.5, '#,##0.0')).toBe('-1,234,567.5');
    expect(formatNumber(3.14159, '0.00')).toBe('3.14');
    expect(formatNumber(0.1 + 0.2, 'General')).toBe('0.3');
    expect(formatNumber(42, undefined)).toBe('42');
    expect(formatNumber(7, '@')).toBe('7');
  });

  it('keeps the literals of a format in their place: comparators, units, the 万元 point', () => {
    expect(formatNumber(30, '"≥"0"个"')).toBe('≥30个');
    expect(formatNumber(180000, '"≥"#,##0"人次"')).toBe('≥180,000人次');
    expect(formatNumber(0.95, '"≥"0%')).toBe('≥95%');
    expect(formatNumber(5, '"≤"0.00"元/餐"')).toBe('≤5.00元/餐');
    expect(formatNumber(15, '0"个工作日"')).toBe('15个工作日');
    // 元 shown as 万元: a literal point four digits from the right, or scaling commas
    expect(formatNumber(12856000, '0\\.0000')).toBe('1285.6000');
    expect(formatNumber(12856000, '0.0,,')).toBe('12.9');
    expect(formatNumber(1234, '[$¥-804]#,##0.00')).toBe('¥1,234.00');
  });

  it('drops unused optional decimals and picks the negative and zero sections', () => {
    expect(formatNumber(1.5, '0.##')).toBe('1.5');
    expect(formatNumber(1, '0.##')).toBe('1');
    expect(formatNumber(0.5, '#.00')).toBe('.50');
    expect(formatNumber(-5, '0.00;(0.00)')).toBe('(5.00)');
    expect(formatNumber(0, '0;-0;"—"')).toBe('—');
  });

  it('shows dates in the format\'s language', () => {
    const date = new Date(Date.UTC(2025, 11, 31));
    expect(formatDate(date, 'yyyy"年"m"月"d"日"')).toBe('2025年12月31日');
    expect(formatDate(date, 'yyyy-mm-dd')).toBe('2025-12-31');
  });

  it('reads a formula by its cached result and says when there is none', () => {
    expect(shownText({ formula: 'B2/B3', result: 0.5 } as never, '0%')).toEqual({ text: '50%', problem: null });
    expect(shownText({ formula: 'B2/B3' } as never, '0%')).toEqual({ text: '', problem: 'formula-without-value' });
    expect(shownText({ error: '#DIV/0!' } as never, undefined)).toEqual({ text: '', problem: 'error-value' });
    expect(shownText({ richText: [{ text: '产出' }, { text: '指标' }] } as never, undefined).text).toBe('产出指标');
  });
});
