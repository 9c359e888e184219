import { describe, expect, it } from 'vitest';
import type { FundsRow } from '../../../src/contract/schema.js';
import { isFundsHeader, readFunds, unitIn } from '../../../src/recognize/project/funds.js';
import { lineOf, linesOf } from '../helpers.js';

const EMPTY: Omit<FundsRow, 'label'> = {
  initialBudget: null, declaredBudget: null, annualBudget: null, received: null,
  executed: null, balance: null, executionRate: null, weight: null, score: null,
};
const row = (label: string, fields: Partial<FundsRow>): FundsRow => ({ label, ...EMPTY, ...fields });
const read = (unit: '元' | '万元', ...rows: string[]) => {
  const lines = linesOf(...rows);
  return readFunds(lines[0]!, lines.slice(1), unit);
};

describe('readFunds', () => {
  it('reads a transposed block (预算数 | 17 | 到位数 | 17 | 执行数 | 16.94 | 99.6%) in 万元 as yuan (dachang-politics-law-2023)', () => {
    const { funds, flags } = read('万元',
      '二、预算执行情况\t预算安排情况\n（调整后）\t资金到位情况\t资金执行情况\t预算执行进度',
      '\t预算数\t17\t到位数\t17\t执行数\t16.94\t99.6%',
      '\t其中：财政资金\t17\t其中：财政资金\t17\t其中：财政资金\t16.94\t',
      '\t其他\t\t其他\t\t其他\t\t',
    );
    expect(flags).toEqual([]);
    expect(funds).toEqual({
      publishedUnit: '万元',
      rows: [
        row('预算数', { annualBudget: 170000, received: 170000, executed: 169400, executionRate: 99.6 }),
        row('其中:财政资金', { annualBudget: 170000, received: 170000, executed: 169400 }),
        row('其他', {}),
      ],
    });
  });

  it('reads rows in 元 under their headers; labels lose dashes and colons; "-" is no amount (liupanshui-police-2023)', () => {
    const { funds, flags } = read('元',
      '项目资金 (元)\t资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\t',
      '\t年度资金总额:\t8700000\t7340000\t7340000\t10\t100.00\t10\t',
      '\t-----本级安排:\t8700000.00\t7340000.00\t7340000.00\t-\t-\t-\t',
    );
    expect(flags).toEqual([]);
    expect(funds.rows).toEqual([
      row('年度资金总额', { initialBudget: 8700000, annualBudget: 7340000, executed: 7340000, weight: 10, executionRate: 100, score: 10 }),
      row('本级安排', { initialBudget: 8700000, annualBudget: 7340000, executed: 7340000 }),
    ]);
  });

  it('re-aligns a row printed one column left and flags "funds-realigned" (liupanshui line 18 "其他:")', () => {
    const { funds, flags } = read('元',
      '项目资金 (元)\t资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分\t',
      '其他:\t0\t0\t0\t-\t-\t-\t\t',
    );
    expect(flags).toEqual(['funds-realigned']);
    expect(funds.rows).toEqual([row('其他', { initialBudget: 0, annualBudget: 0, executed: 0 })]);
  });

  const LANXIAN_HEADER = [
    '项目资金预算安排及执行进度（万元）\t\t\t年初预算数\t\t全年预算数\t全年执行数\t资金结（转）余\t执行率\t得分\t偏差原因\t',
    '\t目标申报数\t预算编制数\t\t\t\t\t\t\t\t\t',
  ];
  const LANXIAN_AMOUNTS = { declaredBudget: 139690, initialBudget: 139690, annualBudget: 139690, executed: 139690, balance: 0, executionRate: 100, score: 10 };

  it('splits 年初预算数 into 目标申报数 | 预算编制数 although text printed the sub-header two columns left (lanxian-police-2024)', () => {
    const { funds, flags } = read('万元', ...LANXIAN_HEADER, '\t资金总额：\t\t13.969\t13.969\t13.969\t13.969\t0\t100\t10\t\t');
    expect(flags).toEqual(['funds-realigned']);
    expect(funds).toEqual({ publishedUnit: '万元', rows: [row('资金总额', LANXIAN_AMOUNTS)] });
  });

  // Regression: an empty cell after a label once counted as an amount and made this row 'transposed'.
  it('reads a row with a 偏差原因 text and empty cells as an ordinary row, not a transposed one (lanxian-police-2024)', () => {
    const { funds } = read('万元', ...LANXIAN_HEADER, '\t市市区财政资金\t\t13.969\t13.969\t13.969\t13.969\t0\t100.00\t10.00\t已完成预期目标\t');
    expect(funds.rows).toEqual([row('市市区财政资金', LANXIAN_AMOUNTS)]);
  });

  it('converts 46.14 万元 to exactly 461400 yuan (lanxian-police-2024, sub-header printed in place)', () => {
    const { funds } = read('万元',
      '项目资金预算安排及执行进度（万元）\t\t年初预算数\t\t全年预算数\t全年执行数\t资金结（转）余\t执行率\t得分\t偏差原因\t',
      '\t\t目标申报数\t预算编制数\t\t\t\t\t\t\t',
      '\t市县区财政资金\t46.14\t46.14\t0\t0\t0\t0.00\t0.00\t该项目未实施\t',
    );
    expect(funds.rows).toEqual([row('市县区财政资金', {
      declaredBudget: 461400, initialBudget: 461400, annualBudget: 0, executed: 0, balance: 0, executionRate: 0, score: 0,
    })]);
  });
});

describe('isFundsHeader and unitIn', () => {
  it('a funds header names at least two amount columns', () => {
    expect(isFundsHeader(linesOf('项目资金 (元)\t资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)')[0]!)).toBe(true);
    expect(isFundsHeader(linesOf('项目资金 (元)\t资金来源\t年初预算数')[0]!)).toBe(false);
    expect(isFundsHeader(linesOf('项目名称\t\t拘押场所经费')[0]!)).toBe(false);
  });

  it.each([
    ['项目资金(元)', '元'], ['项目资金(万元)', '万元'], ['金额单位:万元', '万元'], ['单位:元', '元'], ['资金来源', null], ['元旦', null],
  ])('unitIn(%s) → %s', (key, unit) => {
    expect(unitIn(key)).toBe(unit);
  });
});

describe('a funds grid headed 2026年预算数 | 中期预算数（2026—2028年）', () => {
  it('reads the year column as the annual budget and leaves the 中期 column out', () => {
    const { funds } = readFunds(lineOf('资金来源\t2026年预算数\t中期预算数（2026—2028年）'), linesOf('合计\t4,350.00\t12,800.00', '一般公共预算拨款\t3,850.00\t11,300.00'), '万元');
    expect(funds.rows.map((r) => [r.label, r.annualBudget, r.initialBudget])).toEqual([['合计', 43500000, null], ['一般公共预算拨款', 38500000, null]]);
  });
});
