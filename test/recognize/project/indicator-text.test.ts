import { describe, expect, it } from 'vitest';
import { parseIndicatorText, type IndicatorTextItem } from '../../../src/recognize/project/indicator-text.js';

/** An item with the defaults of an item that prints no other parts. */
function item(partial: Partial<IndicatorTextItem> & { level3: string }): IndicatorTextItem {
  return { level1: null, level2: null, target: null, cycleTarget: null, other: [], ...partial };
}

/** The 广州 cell, all seven items, as one line. */
const GUANGZHOU =
  '1、1-产出指标；11-数量指标；会议活动保障次数；实施周期指标值:每年≥20场；年度指标值:每年≥20场。' +
  '2、1-产出指标；11-数量指标；汇聚数据量；实施周期指标值:≥10亿条；年度指标值:≥10亿条。' +
  '3、1-产出指标；12-质量指标；保障场地正常运行；实施周期指标值:≥99.5%；年度指标值:≥99.5%。' +
  '4、2-效益指标；22-社会效益；“穗智管”系统数据资源目录更新服务；实施周期指标值:≥1套；年度指标值:≥1套。' +
  '5、1-产出指标；13-时效指标；数据汇聚更新时效；实施周期指标值:≤1天；年度指标值:≤1天。' +
  '6、3-满意度指标；31-服务对象满意度指标；使用单位满意度；实施周期指标值:≥90%；年度指标值:≥90%。' +
  '7、4-成本指标；41-经济成本指标；资金使用合规率；实施周期指标值:100%；年度指标值:100%。';

const GUANGZHOU_ITEMS: IndicatorTextItem[] = [
  item({ level1: '产出指标', level2: '数量指标', level3: '会议活动保障次数', cycleTarget: '每年≥20场', target: '每年≥20场' }),
  item({ level1: '产出指标', level2: '数量指标', level3: '汇聚数据量', cycleTarget: '≥10亿条', target: '≥10亿条' }),
  item({ level1: '产出指标', level2: '质量指标', level3: '保障场地正常运行', cycleTarget: '≥99.5%', target: '≥99.5%' }),
  item({ level1: '效益指标', level2: '社会效益', level3: '“穗智管”系统数据资源目录更新服务', cycleTarget: '≥1套', target: '≥1套' }),
  item({ level1: '产出指标', level2: '时效指标', level3: '数据汇聚更新时效', cycleTarget: '≤1天', target: '≤1天' }),
  item({ level1: '满意度指标', level2: '服务对象满意度指标', level3: '使用单位满意度', cycleTarget: '≥90%', target: '≥90%' }),
  item({ level1: '成本指标', level2: '经济成本指标', level3: '资金使用合规率', cycleTarget: '100%', target: '100%' }),
];

/** Breaks a string into lines of `width` characters, as a narrow cell wraps it. */
function wrap(s: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < s.length; i += width) lines.push(s.slice(i, i + width));
  return lines.join('\n');
}

describe('parseIndicatorText: the 广州 cell', () => {
  it('reads every item of the one-line text', () => {
    expect(parseIndicatorText(GUANGZHOU)).toEqual(GUANGZHOU_ITEMS);
  });

  it.each([7, 11, 13, 17, 23])('reads the same items when the cell wraps every %i characters', (width) => {
    expect(parseIndicatorText(wrap(GUANGZHOU, width))).toEqual(GUANGZHOU_ITEMS);
  });

  it('ignores padding spaces, CRLF line breaks and full-width colons and semicolons', () => {
    const padded = GUANGZHOU.replace(/:/g, '：').replace(/。/g, '。 \r\n ').replace(/；/g, ' ； ');
    expect(parseIndicatorText(padded)).toEqual(GUANGZHOU_ITEMS);
  });

  it('reads a code with a space before its dash and an item number wrapped off its "、"', () => {
    const text =
      '1、1-产出指标；12 -质量指标；保障场地正常运行；年度指标值:≥99.5%。2\n、1 - 产出指标；1\n1-数量指标；汇聚数据量；年度指标值:≥10亿\n条。3\n、4-成本指标；41-经济成本指标；资金使用合规率；年度指标值:100%。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '质量指标', level3: '保障场地正常运行', target: '≥99.5%' }),
      item({ level1: '产出指标', level2: '数量指标', level3: '汇聚数据量', target: '≥10亿条' }),
      item({ level1: '成本指标', level2: '经济成本指标', level3: '资金使用合规率', target: '100%' }),
    ]);
  });
});

describe('parseIndicatorText: parts', () => {
  it('leaves target null for an item without 年度指标值, and cycleTarget null without 实施周期指标值', () => {
    const text =
      '1、1-产出指标；11-数量指标；编制报告；实施周期指标值:2份。2、1-产出指标；11-数量指标；培训人次；年度指标值:≥200人次。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '编制报告', cycleTarget: '2份' }),
      item({ level1: '产出指标', level2: '数量指标', level3: '培训人次', target: '≥200人次' }),
    ]);
  });

  it('reads 年度目标值 and 中长期指标值 and puts other labelled parts in `other`', () => {
    const text = '1、1-产出指标；13-时效指标；问题响应时间；中长期指标值:≤1天；年度目标值:≤1；指标解释:工作日内响应；备注:无。';
    expect(parseIndicatorText(text)).toEqual([
      item({
        level1: '产出指标', level2: '时效指标', level3: '问题响应时间', cycleTarget: '≤1天', target: '≤1',
        other: [{ label: '指标解释', text: '工作日内响应' }, { label: '备注', text: '无' }],
      }),
    ]);
  });

  it('keeps unlabelled trailing parts and a repeated target label in `other`, in printed order', () => {
    const text = '1、1-产出指标；11-数量指标；会议次数；年度指标值:≥20场；≥20；年度指标值:20场。';
    expect(parseIndicatorText(text)).toEqual([
      item({
        level1: '产出指标', level2: '数量指标', level3: '会议次数', target: '≥20场',
        other: [{ label: '', text: '≥20' }, { label: '年度指标值', text: '20场' }],
      }),
    ]);
  });

  it('keeps a formula name whole, and the full stop a name is printed with (广州 咨询事项一次性解答率.)', () => {
    const text =
      '1、4-成本指标；41-经济成本指标；项目预算控制率=项目实际支出/项目预算*100%；年度指标值:≤100%。' +
      '2、3-满意度指标；31-服务对象满意度指标；咨询事项一次性解答率.；年度指标值:≥95%。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '成本指标', level2: '经济成本指标', level3: '项目预算控制率=项目实际支出/项目预算*100%', target: '≤100%' }),
      item({ level1: '满意度指标', level2: '服务对象满意度指标', level3: '咨询事项一次性解答率.', target: '≥95%' }),
    ]);
  });

  it('keeps a full stop inside a name and a colon inside a value', () => {
    const text = '1、1-产出指标；13-时效指标；办结时限。工作日；年度指标值:每日8:30前。2、1-产出指标；11-数量指标；报告；年度指标值:2份。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '时效指标', level3: '办结时限。工作日', target: '每日8:30前' }),
      item({ level1: '产出指标', level2: '数量指标', level3: '报告', target: '2份' }),
    ]);
  });

  it('reads labels printed without codes, and a 二级 label with no 一级', () => {
    const text = '1、产出指标；数量指标；采购设备；年度指标值:10台。2、社会效益指标；群众获得感；年度指标值:提升。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '采购设备', target: '10台' }),
      item({ level2: '社会效益指标', level3: '群众获得感', target: '提升' }),
    ]);
  });

  it('reads explicitly labelled hierarchy parts', () => {
    const text = '1、一级指标:产出指标；二级指标:数量指标；三级指标:采购设备；指标值:10台。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '采购设备', target: '10台' }),
    ]);
  });

  it('reads an item with a 指标值 label but no level labels', () => {
    expect(parseIndicatorText('1、采购设备；年度指标值:10台。2、培训人次；年度指标值:≥200人次。')).toEqual([
      item({ level3: '采购设备', target: '10台' }),
      item({ level3: '培训人次', target: '≥200人次' }),
    ]);
  });
});

describe('parseIndicatorText: item numbers', () => {
  it('does not start an item at a number inside a name (digits and "、")', () => {
    const text =
      '1、1-产出指标；11-数量指标；完成第2、3期12、13号楼改造；年度指标值:2栋。' +
      '2、1-产出指标；13-时效指标；2026年、2027年完工率；年度指标值:100%。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '完成第2、3期12、13号楼改造', target: '2栋' }),
      item({ level1: '产出指标', level2: '时效指标', level3: '2026年、2027年完工率', target: '100%' }),
    ]);
  });

  it('does not start an item at a number inside a value, nor at an unexpected number', () => {
    const text =
      '1、1-产出指标；11-数量指标；汇聚数据量；年度指标值:≥10亿条，含3、1-产出类数据。' +
      '2、1-产出指标；11-数量指标；版本升级；年度指标值:v1.3、1.4两版。';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '汇聚数据量', target: '≥10亿条,含3、1-产出类数据' }),
      item({ level1: '产出指标', level2: '数量指标', level3: '版本升级', target: 'v1.3、1.4两版' }),
    ]);
  });

  it('splits items whose typist dropped the closing "。" when the next item opens with a level label', () => {
    const text = '1、1-产出指标；11-数量指标；会议次数；年度指标值:≥20场2、1-产出指标；12-质量指标；合格率；年度指标值:100%';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '会议次数', target: '≥20场' }),
      item({ level1: '产出指标', level2: '质量指标', level3: '合格率', target: '100%' }),
    ]);
  });

  it('does not treat a decimal point as the end of an item unless a level label follows', () => {
    const text = '1、1-产出指标；11-数量指标；设备数量；年度指标值:≥1.2、3台。2、1-产出指标；12-质量指标；验收合格率；年度指标值:≥99.5.';
    expect(parseIndicatorText(text)).toEqual([
      item({ level1: '产出指标', level2: '数量指标', level3: '设备数量', target: '≥1.2、3台' }),
      item({ level1: '产出指标', level2: '质量指标', level3: '验收合格率', target: '≥99.5' }),
    ]);
  });

  it('accepts a list continued from a previous page (first number not 1)', () => {
    const text = '6、3-满意度指标；31-服务对象满意度指标；使用单位满意度；年度指标值:≥90%。7、4-成本指标；41-经济成本指标；资金使用合规率；年度指标值:100%。';
    expect(parseIndicatorText(text)?.map((i) => i.level3)).toEqual(['使用单位满意度', '资金使用合规率']);
  });
});

describe('parseIndicatorText: not a list', () => {
  it.each([
    ['ordinary prose', '通过项目实施，保障全市会议活动顺利开展，汇聚数据资源≥10亿条，提升城市治理水平。'],
    ['numbered prose', '1、加强项目管理，确保资金使用合规；2、提升服务质量，满意度达到90%以上。'],
    ['numbered prose with a colon', '1、总体目标:完成平台建设。2、年度目标:完成数据汇聚。'],
    ['a text that does not open with an item number', '项目目标：1、1-产出指标；11-数量指标；会议次数；年度指标值:≥20场。'],
    ['a 一级 label cell', '1、产出指标'],
    ['a value only, no name', '1、年度指标值:≥20场'],
    ['a value cell', '≥99.5%'],
    ['a date', '2026年12月31日'],
    ['empty', ''],
    ['whitespace', ' \n '],
  ])('returns null for %s', (_what, text) => {
    expect(parseIndicatorText(text)).toBeNull();
  });
});
