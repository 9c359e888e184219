import { describe, it, expect } from 'vitest';
import { ValueSchema, type Value } from '../../src/contract/schema.js';
import { parseValue } from '../../src/normalize/value.js';

const NONE = { comparator: null, number: null, unit: null, normalized: null, text: null, date: null } as const;

function numeric(raw: string, fields: Partial<Value>): Value {
  return { raw, kind: 'numeric', ...NONE, ...fields };
}

describe('parseValue: numeric', () => {
  it.each<[string, Value]>([
    ['≥90%', numeric('≥90%', { comparator: '>=', number: 90, unit: '%', normalized: { number: 90, unit: '%' } })],
    ['98%', numeric('98%', { number: 98, unit: '%', normalized: { number: 98, unit: '%' } })],
    ['0', numeric('0', { number: 0, normalized: { number: 0, unit: '' } })],
    ['＝１００％', numeric('=100%', { comparator: '=', number: 100, unit: '%', normalized: { number: 100, unit: '%' } })],
    ['≧95%', numeric('≧95%', { comparator: '>=', number: 95, unit: '%', normalized: { number: 95, unit: '%' } })],
    ['≥ 95 %', numeric('≥95 %', { comparator: '>=', number: 95, unit: '%', normalized: { number: 95, unit: '%' } })],
    ['= 100%', numeric('= 100%', { comparator: '=', number: 100, unit: '%', normalized: { number: 100, unit: '%' } })],
    ['≥500人次', numeric('≥500人次', { comparator: '>=', number: 500, unit: '人次', normalized: { number: 500, unit: '人次' } })],
    ['=12.31日', numeric('=12.31日', { comparator: '=', number: 12.31, unit: '日', normalized: { number: 12.31, unit: '日' } })],
    ['12.31日', numeric('12.31日', { number: 12.31, unit: '日', normalized: { number: 12.31, unit: '日' } })],
    ['=12月', numeric('=12月', { comparator: '=', number: 12, unit: '月', normalized: { number: 12, unit: '月' } })],
    ['100.00分', numeric('100.00分', { number: 100, unit: '分', normalized: { number: 100, unit: '分' } })],
    ['=0起', numeric('=0起', { comparator: '=', number: 0, unit: '起', normalized: { number: 0, unit: '起' } })],
    ['＝42节点', numeric('=42节点', { comparator: '=', number: 42, unit: '节点', normalized: { number: 42, unit: '节点' } })],
    ['≤12小时', numeric('≤12小时', { comparator: '<=', number: 12, unit: '小时', normalized: { number: 12, unit: '小时' } })],
    ['>=98%', numeric('>=98%', { comparator: '>=', number: 98, unit: '%', normalized: { number: 98, unit: '%' } })],
    ['＞=98%', numeric('>=98%', { comparator: '>=', number: 98, unit: '%', normalized: { number: 98, unit: '%' } })],
    ['≥=98%', numeric('≥=98%', { comparator: '>=', number: 98, unit: '%', normalized: { number: 98, unit: '%' } })],
    ['⩾3次', numeric('⩾3次', { comparator: '>=', number: 3, unit: '次', normalized: { number: 3, unit: '次' } })],
    ['<=2%', numeric('<=2%', { comparator: '<=', number: 2, unit: '%', normalized: { number: 2, unit: '%' } })],
    ['⩽5个', numeric('⩽5个', { comparator: '<=', number: 5, unit: '个', normalized: { number: 5, unit: '个' } })],
    ['≦5个', numeric('≦5个', { comparator: '<=', number: 5, unit: '个', normalized: { number: 5, unit: '个' } })],
    ['＜10万元', numeric('<10万元', { comparator: '<', number: 10, unit: '万元', normalized: { number: 100000, unit: '元' } })],
    ['>3台', numeric('>3台', { comparator: '>', number: 3, unit: '台', normalized: { number: 3, unit: '台' } })],
    ['≠0', numeric('≠0', { comparator: '!=', number: 0, normalized: { number: 0, unit: '' } })],
    ['!=0', numeric('!=0', { comparator: '!=', number: 0, normalized: { number: 0, unit: '' } })],
    ['5‰', numeric('5‰', { number: 5, unit: '‰', normalized: { number: 5, unit: '‰' } })],
    ['≤0每年', numeric('≤0每年', { comparator: '<=', number: 0, unit: '每年', normalized: { number: 0, unit: '每年' } })],
  ])('%j', (raw, expected) => {
    // full-width forms are folded and say so (a flag without doubt)
    const flags = /[＝＞＜０-９％]/.test(raw) ? ['width-folded'] : [];
    expect(parseValue(raw)).toEqual({ value: expected, flags, doubt: 0 });
  });

  it('converts money to yuan in normalized, keeps the printed unit', () => {
    expect(parseValue('≤1460.75 万元').value).toEqual(numeric('≤1460.75万元', {
      comparator: '<=', number: 1460.75, unit: '万元', normalized: { number: 14607500, unit: '元' },
    }));
    expect(parseValue('≤46.14万元').value.normalized).toEqual({ number: 461400, unit: '元' });
    expect(parseValue('=50元').value.normalized).toEqual({ number: 50, unit: '元' });
    expect(parseValue('2.5亿元').value.normalized).toEqual({ number: 250000000, unit: '元' });
  });

  it('keeps "万" as printed: it is not always money', () => {
    expect(parseValue('≤295.7303万').value).toEqual(numeric('≤295.7303万', {
      comparator: '<=', number: 295.7303, unit: '万', normalized: { number: 295.7303, unit: '万' },
    }));
  });

  it('reads separators, OCR spaces and full-width digits in the number', () => {
    expect(parseValue('14, 464. 15').value).toEqual(numeric('14, 464. 15', {
      number: 14464.15, normalized: { number: 14464.15, unit: '' },
    }));
    expect(parseValue('7, 340, 000. 00元').value).toMatchObject({ number: 7340000, unit: '元' });
    expect(parseValue('≤1,460.75万元').value).toMatchObject({ comparator: '<=', number: 1460.75 });
    expect(parseValue('≥１，０００人').value).toMatchObject({ raw: '≥1,000人', number: 1000, unit: '人' });
  });
});

describe('parseValue: repairs', () => {
  it('reads OCR ≪ as <=', () => {
    expect(parseValue('≪5次')).toEqual({
      value: numeric('≪5次', { comparator: '<=', number: 5, unit: '次', normalized: { number: 5, unit: '次' } }),
      flags: ['ocr-comparator-fixed'],
      doubt: 0.1,
    });
  });

  it('reads OCR "(H)" after a number as 间', () => {
    expect(parseValue('=1 (H)')).toEqual({
      value: numeric('=1 (H)', { comparator: '=', number: 1, unit: '间', normalized: { number: 1, unit: '间' } }),
      flags: ['ocr-unit-fixed'],
      doubt: 0.1,
    });
    expect(parseValue('=1（H）').value.unit).toBe('间');
  });

  it('reads OCR "↑" after a number as 个', () => {
    expect(parseValue('≥10↑')).toEqual({
      value: numeric('≥10↑', { comparator: '>=', number: 10, unit: '个', normalized: { number: 10, unit: '个' } }),
      flags: ['ocr-unit-fixed'],
      doubt: 0.1,
    });
  });

  it('reads the traditional 項 in a unit as 项', () => {
    expect(parseValue('=1項')).toEqual({
      value: numeric('=1項', { comparator: '=', number: 1, unit: '项', normalized: { number: 1, unit: '项' } }),
      flags: ['ocr-unit-fixed'],
      doubt: 0.1,
    });
  });

  it('removes a stray "-" between number and unit', () => {
    expect(parseValue('=1-套')).toEqual({
      value: numeric('=1-套', { comparator: '=', number: 1, unit: '套', normalized: { number: 1, unit: '套' } }),
      flags: ['ocr-noise-removed'],
      doubt: 0.1,
    });
  });

  it('adds doubt for each repair', () => {
    expect(parseValue('≪1-套')).toMatchObject({ flags: ['ocr-comparator-fixed', 'ocr-noise-removed'], doubt: 0.2 });
  });

  it('normalizes square metres to 平方米', () => {
    expect(parseValue('1230.82 m²')).toEqual({
      value: numeric('1230.82 m²', { number: 1230.82, unit: '平方米', normalized: { number: 1230.82, unit: '平方米' } }),
      flags: ['unit-normalized'],
      doubt: 0,
    });
    expect(parseValue('≥80.565㎡')).toEqual({
      value: numeric('≥80.565㎡', {
        comparator: '>=', number: 80.565, unit: '平方米', normalized: { number: 80.565, unit: '平方米' },
      }),
      flags: ['unit-normalized'],
      doubt: 0,
    });
    expect(parseValue('1230.82 m ²').value.unit).toBe('平方米');
    expect(parseValue('500m2').value.unit).toBe('平方米');
    expect(parseValue('≤3500平方米')).toMatchObject({ value: { unit: '平方米' }, flags: [] });
  });

  it('does not guess "2" or "w" as comparators', () => {
    expect(parseValue('w95%')).toEqual({ value: { raw: 'w95%', kind: 'text', ...NONE, text: 'w95%' }, flags: ['value-unparsed'], doubt: 0.3 });
    expect(parseValue('295%').value).toMatchObject({ kind: 'numeric', comparator: null, number: 295, unit: '%' });
  });
});

describe('parseValue: missing number', () => {
  it.each<[string, Value['comparator'], string]>([
    ['≥%', '>=', '%'],
    ['≤万元', '<=', '万元'],
    ['≤日', '<=', '日'],
  ])('%j has comparator and unit, no number', (raw, comparator, unit) => {
    expect(parseValue(raw)).toEqual({
      value: numeric(raw, { comparator, unit }),
      flags: ['missing-number'],
      doubt: 0.1,
    });
  });

  it('normalizes the unit of a placeholder too', () => {
    expect(parseValue('≥㎡')).toEqual({
      value: numeric('≥㎡', { comparator: '>=', unit: '平方米' }),
      flags: ['unit-normalized', 'missing-number'],
      doubt: 0.1,
    });
  });

  it('reads a lone comparator as numeric without number or unit', () => {
    expect(parseValue('≥')).toEqual({ value: numeric('≥', { comparator: '>=' }), flags: ['missing-number'], doubt: 0.1 });
  });
});

describe('parseValue: dates', () => {
  const date = (raw: string, iso: string, comparator: Value['comparator'] = null): Value =>
    ({ raw, kind: 'date', ...NONE, comparator, date: iso });

  it.each<[string, string]>([
    ['2025年12月31日', '2025-12-31'],
    ['2024年5月10日', '2024-05-10'],
    ['2025 年 12 月 31 日', '2025-12-31'],
    ['2025年12月', '2025-12'],
    ['2025-12-31', '2025-12-31'],
    ['2025/12/31', '2025-12-31'],
    ['2025.12.31', '2025-12-31'],
    ['2025-1-5', '2025-01-05'],
    ['2022', '2022'],
    ['2022年', '2022'],
  ])('%j → %s', (raw, iso) => {
    expect(parseValue(raw)).toEqual({ value: date(raw.replace(/ /g, ''), iso), flags: [], doubt: 0 });
  });

  it('keeps a comparator before a date', () => {
    expect(parseValue('≤2025年12月31日').value).toEqual(date('≤2025年12月31日', '2025-12-31', '<='));
    expect(parseValue('≤2025年').value).toEqual(date('≤2025年', '2025', '<='));
  });

  it('reads a bare number after a comparator as a quantity, not a year', () => {
    expect(parseValue('≥2000').value).toMatchObject({ kind: 'numeric', comparator: '>=', number: 2000 });
  });

  it('rejects years outside 1990–2100 and impossible months', () => {
    expect(parseValue('1500').value).toMatchObject({ kind: 'numeric', number: 1500 });
    expect(parseValue('2025年13月')).toMatchObject({ value: { kind: 'text' }, flags: ['value-unparsed'] });
    expect(parseValue('2025.12').value).toMatchObject({ kind: 'numeric', number: 2025.12 });
  });
});

describe('parseValue: text', () => {
  it.each(['稳步提升', '达成年度指标', '及时', '是', '满意', '有效提升', '同比下降'])('%j is qualitative text', (raw) => {
    expect(parseValue(raw)).toEqual({ value: { raw, kind: 'text', ...NONE, text: raw }, flags: [], doubt: 0 });
  });

  it('cleans the text', () => {
    expect(parseValue('有效 提升').value).toMatchObject({ raw: '有效提升', text: '有效提升' });
  });

  it('flags digits it could not read as a value', () => {
    for (const raw of ['提高80%', '≤每年≤140000元', '12389涉警投诉率', '2025-01-01至2025-12-31', '1-2次', '100.']) {
      expect(parseValue(raw)).toEqual({ value: { raw, kind: 'text', ...NONE, text: raw }, flags: ['value-unparsed'], doubt: 0.3 });
    }
  });

  it('keeps a quantity with a qualifier ("90%以上", "3个小时内") as text, read whole and not flagged', () => {
    for (const raw of ['90%以上', '3个小时内', '15天以内', '2小时之内']) {
      expect(parseValue(raw)).toEqual({ value: { raw, kind: 'text', ...NONE, text: raw }, flags: [], doubt: 0 });
    }
  });

  it('leaves a note mark after a value ("≥95%*", "≤734万元②") out of its unit, and says so', () => {
    expect(parseValue('≥95%*')).toMatchObject({ value: { raw: '≥95%*', kind: 'numeric', comparator: '>=', number: 95, unit: '%' }, flags: ['footnote-mark-dropped'] });
    expect(parseValue('≤734万元②').value).toMatchObject({ comparator: '<=', number: 734, unit: '万元', normalized: { number: 7_340_000, unit: '元' } });
    expect(parseValue('2025年12月31日¹').value).toMatchObject({ kind: 'date', date: '2025-12-31' });
    // a mark alone, or text before it, is no value
    expect(parseValue('稳步提升※')).toMatchObject({ value: { kind: 'text' }, flags: [] });
  });

  it('rejoins letter-spaced digits (">9 0 %") and says so', () => {
    expect(parseValue('>9 0 %')).toMatchObject({ value: { kind: 'numeric', comparator: '>', number: 90, unit: '%' }, flags: ['digits-rejoined'] });
    expect(parseValue('>1 0本').value).toMatchObject({ number: 10, unit: '本' });
  });

  it('reads OCR\'s letters for digits inside a number (l00%, ≥l2.6万人, 2O25年6月30日) and says so', () => {
    expect(parseValue('l00%')).toMatchObject({ value: { kind: 'numeric', number: 100, unit: '%' }, flags: ['digit-letter-repaired'] });
    expect(parseValue('≥l2.6万人').value).toMatchObject({ comparator: '>=', number: 12.6, unit: '万人' });
    expect(parseValue('2O25年6月30日').value).toMatchObject({ kind: 'date', date: '2025-06-30' });
    // words and units keep their letters
    for (const raw of ['PM2.5浓度达标', 'IV类水质']) expect(parseValue(raw).flags).not.toContain('digit-letter-repaired');
  });

  it('reads a compound unit ("万元/分钟")', () => {
    expect(parseValue('≤5万元/分钟').value).toMatchObject({ kind: 'numeric', comparator: '<=', number: 5, unit: '万元/分钟', normalized: { number: 5, unit: '万元/分钟' } });
  });

  it('keeps wording before a unit as text', () => {
    expect(parseValue('提高%')).toEqual({ value: { raw: '提高%', kind: 'text', ...NONE, text: '提高%' }, flags: [], doubt: 0 });
  });

  it('reads a known unit printed alone as a number left out (lanxian-police-2024 年初指标值 "%")', () => {
    expect(parseValue('%')).toEqual({ value: { raw: '%', kind: 'numeric', ...NONE, unit: '%' }, flags: ['missing-number'], doubt: 0.1 });
  });
});

describe('parseValue: empty', () => {
  it.each(['', '/', '-', '—', '——', '无', '  ', '\n'])('%j is empty', (raw) => {
    expect(parseValue(raw)).toEqual({ value: { raw: raw.trim(), kind: 'empty', ...NONE }, flags: [], doubt: 0 });
  });
});

describe('parseValue: contract', () => {
  it('every kind validates against ValueSchema', () => {
    for (const raw of ['≥90%', '≤万元', '2025年12月31日', '稳步提升', '/', '≪5次', '=1 (H)']) {
      expect(() => ValueSchema.parse(parseValue(raw).value)).not.toThrow();
    }
  });
});

describe('deadline phrases (samples/probe)', () => {
  for (const raw of ['2022年11月底前', '每月15日前', '2024年11月底前完成', '12月底前']) {
    it(`"${raw}" is text, as printed, with no value-unparsed doubt`, () => {
      expect(parseValue(raw)).toEqual({ value: { raw, kind: 'text', ...NONE, text: raw }, flags: [], doubt: 0 });
    });
  }
  it('a date that does not exist is still doubted', () => {
    expect(parseValue('2025年13月前').flags).toEqual(['value-unparsed']);
  });
});

describe('parseValue: a bound marked inclusive, and ㎡ inside a unit', () => {
  it('"≥95%（含）" is ≥ 95 %: the 含 restates the bound; the raw text keeps it', () => {
    expect(parseValue('≥95%（含）').value).toMatchObject({ raw: '≥95%(含)', comparator: '>=', number: 95, unit: '%' });
    expect(parseValue('≤15元/餐(含本数)').value).toMatchObject({ comparator: '<=', number: 15, unit: '元/餐' });
  });

  it('"≤300元/㎡" spells the unit out, flagged unit-normalized', () => {
    const parsed = parseValue('≤300元/㎡');
    expect(parsed.value).toMatchObject({ comparator: '<=', number: 300, unit: '元/平方米' });
    expect(parsed.flags).toEqual(['unit-normalized']);
  });
});
