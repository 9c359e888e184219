import { describe, it, expect } from 'vitest';
import { digitsForLetters, parseAmountCell, parseAmountRepaired, parseNumber, round2, toYuan } from '../../src/normalize/number.js';

describe('parseNumber', () => {
  it.each([
    ['0', 0],
    ['50.00', 50],
    ['4844460.02', 4844460.02],
    ['8700000', 8700000],
    ['1,460.75', 1460.75],
    ['1，460.75', 1460.75],
    ['14, 464. 15', 14464.15],
    ['7, 340, 000. 00', 7340000],
    ['１４６０．７５', 1460.75],
    ['-12.5', -12.5],
    ['+3', 3],
    [' 97.08 ', 97.08],
  ])('%j → %d', (s, n) => {
    expect(parseNumber(s)).toBe(n);
  });

  it('reads "-0" as 0', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
  });

  it.each(['', '-', '—', '——', '/', '无', '100%', '10分', '50元', '12.', '.5', '1,46', '1 460', 'abc', '≥90'])(
    '%j → null',
    (s) => {
      expect(parseNumber(s)).toBeNull();
    },
  );
});

describe('parseAmountCell', () => {
  it('reads plain amounts', () => {
    expect(parseAmountCell('50.00')).toEqual({ value: 50, percent: false, suffix: null });
    expect(parseAmountCell('4844460.02')).toEqual({ value: 4844460.02, percent: false, suffix: null });
    expect(parseAmountCell('0')).toEqual({ value: 0, percent: false, suffix: null });
    expect(parseAmountCell('7, 340, 000. 00')).toEqual({ value: 7340000, percent: false, suffix: null });
  });

  it('reads percentages', () => {
    expect(parseAmountCell('100.00%')).toEqual({ value: 100, percent: true, suffix: null });
    expect(parseAmountCell('97.08 ％')).toEqual({ value: 97.08, percent: true, suffix: null });
  });

  it('reads a unit suffix', () => {
    expect(parseAmountCell('10.00分')).toEqual({ value: 10, percent: false, suffix: '分' });
    expect(parseAmountCell('343.57万元')).toEqual({ value: 343.57, percent: false, suffix: '万元' });
    expect(parseAmountCell('139688元')).toEqual({ value: 139688, percent: false, suffix: '元' });
    expect(parseAmountCell('13.9688万')).toEqual({ value: 13.9688, percent: false, suffix: '万' });
  });

  it.each(['-', '—', '——', '/', '', '无', '≥90%', '约10', '10个'])('%j → value null', (s) => {
    expect(parseAmountCell(s)).toEqual({ value: null, percent: false, suffix: null });
  });
});

describe('toYuan', () => {
  it('converts without float noise', () => {
    expect(toYuan(46.14, '万元')).toBe(461400);
    expect(toYuan(1460.75, '万元')).toBe(14607500);
    expect(toYuan(14464.15, '万元')).toBe(144641500);
    expect(toYuan(295.7303, '万元')).toBe(2957303);
    expect(toYuan(1.5, '亿元')).toBe(150000000);
    expect(toYuan(4844460.02, '元')).toBe(4844460.02);
  });

  it('rounds to 2 decimals, half away from zero', () => {
    expect(toYuan(0.285, '元')).toBe(0.29);
    expect(toYuan(-0.285, '元')).toBe(-0.29);
    expect(toYuan(51.2892877, '万元')).toBe(512892.88);
    expect(toYuan(0.000001, '万元')).toBe(0.01);
  });

  it('gives 0, never -0', () => {
    expect(Object.is(toYuan(-0.001, '元'), 0)).toBe(true);
  });
});

describe('round2', () => {
  it('rounds decimals as printed', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(0.1 + 0.2)).toBe(0.3);
    expect(round2(9.705)).toBe(9.71);
  });
});

describe('digitsForLetters / parseAmountRepaired', () => {
  it('reads l and I as 1, O and o as 0 inside a run of digits and separators', () => {
    expect(digitsForLetters('4,7l8.24')).toBe('4,718.24');
    expect(digitsForLetters('2,36O.00')).toBe('2,360.00');
    expect(digitsForLetters('l0')).toBe('10');
    expect(parseAmountRepaired('l00')).toEqual({ value: 100, percent: false, suffix: null, repaired: true });
    expect(parseAmountRepaired('96.98%')).toMatchObject({ value: 96.98, percent: true, repaired: false });
  });

  it('leaves words, units and runs without a real digit alone', () => {
    expect(digitsForLetters('LPR+150BPs')).toBeNull();
    expect(digitsForLetters('Ol')).toBeNull();
    expect(digitsForLetters('100m')).toBeNull();
    expect(parseAmountRepaired('IO')).toMatchObject({ value: null, repaired: false });
  });
});
