/**
 * Columns are read by meaning (pipelines/columns.ts, indicator-header.ts, column-inference.ts):
 * header cores with their qualifiers dropped, unknown headers kept apart, roles from cells,
 * a target split over value | unit | type, and 年初 / 调整后 values each split over 性质|值|单位.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/contract/schema.js';
import { findIndicatorHeader } from '../../../src/recognize/project/indicator-header.js';
import { readIndicators } from '../../../src/recognize/project/indicators.js';
import { toStream, type Line } from '../../../src/recognize/stream.js';
import { layout, linesOf } from '../helpers.js';
import { spanned } from '../spanned.js';

const roles = (slots: { col: number; role: string; part?: string }[]) => slots.map((s) => `${s.col}:${s.role}${s.part ? `:${s.part}` : ''}`);

/** Header and indicators of the lines of one table, and the diagnostics raised while reading. */
function read(lines: Line[]) {
  const header = findIndicatorHeader(lines);
  if (!header) throw new Error('no indicator header');
  const diagnostics: Diagnostic[] = [];
  const indicators = readIndicators(lines.slice(header.at + header.rows), header, { base: 0.96, ocr: false, diagnostics });
  return { header, indicators, diagnostics };
}

describe('header cores', () => {
  it('年度(/项目)指标值, 实际完成值(B), 分值权重（90分）, 三级指标名称 get their roles', () => {
    const { slots } = findIndicatorHeader(linesOf('一级指标\t二级指标\t三级指标名称\t年度(/项目)指标值\t实际完成值(B)\t分值权重（90分）\t得分'))!;
    expect(roles(slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:actual', '5:weight', '6:score']);
    expect(slots.map((s) => s.unknown ?? false)).toEqual([false, false, false, false, false, false, false]);
  });

  it('指标值（A） is the target', () => {
    const { slots } = findIndicatorHeader(linesOf('一级指标\t二级指标\t三级指标\t指标值（A）\t分值'))!;
    expect(roles(slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:weight']);
  });

  it('指标值内容 only begins like 指标值: it is the explanation, and the target stays the 指标值 cell', () => {
    const { header, indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t指标值内容',
      '产出指标\t数量指标\t培训人数\t≥10人\t反映培训覆盖面',
    ));
    expect(roles(header.slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:explanation']);
    expect(indicators).toHaveLength(1);
    expect(indicators[0]).toMatchObject({
      level3: '培训人数', explanation: '反映培训覆盖面', target: { raw: '≥10人', kind: 'numeric', comparator: '>=', number: 10, unit: '人' },
    });
  });
});

describe('a column no vocabulary knows', () => {
  const TABLE = [
    '一级指标\t二级指标\t三级指标\t指标值\t自定义列\t分值',
    '产出指标\t数量指标\t培训人数\t≥10人\t市统计局\t50',
    '\t质量指标\t培训合格率\t≥95%\t培训台账\t40',
  ];

  it('is kept: its cells land in otherColumns under its header, nothing is glued into the name or the target', () => {
    const { header, indicators } = read(linesOf(...TABLE));
    expect(header.slots.find((s) => s.col === 4)).toMatchObject({ role: 'note', header: '自定义列', unknown: true });
    expect(indicators.map((i) => [i.level3, i.target?.raw, i.weight, i.otherColumns])).toEqual([
      ['培训人数', '≥10人', 50, [{ header: '自定义列', text: '市统计局' }]],
      ['培训合格率', '≥95%', 40, [{ header: '自定义列', text: '培训台账' }]],
    ]);
  });

  it('raises one layout:unknown-column warning naming the header', () => {
    const { diagnostics } = read(linesOf(...TABLE));
    const unknown = diagnostics.filter((d) => d.code === 'layout:unknown-column');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.level).toBe('warning');
    expect(unknown[0]!.message).toContain('自定义列');
  });

  it('数据来源X reads as its core 数据来源 (letters dropped): a known note column, kept without a warning', () => {
    const { indicators, diagnostics } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t数据来源X',
      '产出指标\t数量指标\t培训人数\t≥10人\t培训台账',
    ));
    expect(indicators[0]!.otherColumns).toEqual([{ header: '数据来源X', text: '培训台账' }]);
    expect(indicators[0]!.target?.raw).toBe('≥10人');
    expect(diagnostics.filter((d) => d.code === 'layout:unknown-column')).toEqual([]);
  });
});

describe('roles from cells', () => {
  it('a 备注 column whose cells are weights adding up to 90 becomes the weight, and says so', () => {
    const { indicators, diagnostics } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t备注',
      '产出指标\t数量指标\t培训人数\t≥10人\t30',
      '\t质量指标\t培训合格率\t≥95%\t30',
      '效益指标\t社会效益指标\t执法水平\t有效提升\t30',
    ));
    expect(indicators.map((i) => i.weight)).toEqual([30, 30, 30]);
    expect(indicators.every((i) => i.flags.includes('column-role-inferred'))).toBe(true);
    expect(indicators.map((i) => i.otherColumns)).toEqual([[], [], []]);
    expect(diagnostics.filter((d) => d.code === 'layout:column-role-inferred').map((d) => [d.level, d.message])).toEqual([
      ['info', 'column "备注" read as weight from its cells'],
    ]);
  });

  it('a 备注 column of remarks stays a note', () => {
    const { indicators, diagnostics } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t备注',
      '产出指标\t数量指标\t培训人数\t≥10人\t按季度统计',
      '\t质量指标\t培训合格率\t≥95%\t以考核为准',
    ));
    expect(indicators.map((i) => [i.weight, i.otherColumns])).toEqual([
      [null, [{ header: '备注', text: '按季度统计' }]],
      [null, [{ header: '备注', text: '以考核为准' }]],
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('a target split over columns', () => {
  it('指标值 | 度量单位 | 指标值类型: "10" | "万份" | "≥" is ≥10万份; "符合要求" | "" | "定性" is text', () => {
    const { header, indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t度量单位\t指标值类型',
      '产出指标\t数量指标\t宣传册印发数量\t10\t万份\t≥',
      '\t质量指标\t宣传册印制质量\t符合要求\t\t定性',
    ));
    expect(roles(header.slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:target:unit', '5:target:comparator']);
    expect(indicators.map((i) => i.level3)).toEqual(['宣传册印发数量', '宣传册印制质量']);
    expect(indicators[0]!.target).toMatchObject({ kind: 'numeric', comparator: '>=', number: 10, unit: '万份' });
    expect(indicators[1]!.target).toMatchObject({ kind: 'text', comparator: null, number: null, text: '符合要求' });
  });

  it('a comparator cell that reads as no comparator (OCR\'s N for ≥) leaves the unit to the unit column and says so', () => {
    const { indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
      '产出指标\t数量指标\t改造户数\tN\t3200\t户',
      '\t\t新建数量\t≥\t35\t座',
    ));
    expect(indicators.map((i) => i.target?.raw)).toEqual(['3200户', '≥35座']);
    expect(indicators[0]!.flags).toContain('comparator-unread');
    expect(indicators[0]!.confidence).toBeLessThan(0.8);
    expect(indicators[1]!.flags).not.toContain('comparator-unread');
  });

  // BUG: 定性 in the comparator column (指标值类型, 符号, 性质) is a cell of kind 'short' that
  // cell-kind.ts prices at 6 in a targetComparator slot, so readRow re-aligns the row: the mark
  // moves into the unit column (flag cells-shifted, confidence under the review line) or, in the
  // 符号|值|单位 template (variant-split-target.txt line 21), becomes the 三级 name while the real
  // name slides into 二级. column-inference.ts already treats 定性 as a comparator-column cell.
  it('a 定性 mark in the comparator column is read where it is printed, not re-aligned', () => {
    const { indicators } = read(linesOf(
      '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t\t\t实际完成值\t分值\t得分',
      '\t\t\t\t符号\t值\t单位（文字描述）',
      '\t效益指标\t社会效益指标\t公共服务水平提升情况\t≥\t30\t%\t30%\t10\t10',
      '\t\t\t提升公安形象\t定性\t总体提升\t\t100%\t10\t10',
    ));
    expect(indicators.map((i) => [i.level2, i.level3, i.target?.raw, i.actual?.raw])).toEqual([
      ['社会效益指标', '公共服务水平提升情况', '≥30%', '30%'],
      ['社会效益指标', '提升公安形象', '总体提升', '100%'],
    ]);
    expect(indicators[1]!.flags).not.toContain('cells-shifted');
  });

  const SPLIT_TWICE = [
    '一级指标\t二级指标\t三级指标\t年初指标值\t\t\t调整后指标值\t\t\t实际完成值\t分值\t得分',
    '\t\t\t性质\t值\t单位\t性质\t值\t单位',
    '产出指标\t数量指标\t驻村干部人数\t=\t1\t人\t=\t7\t人\t=7人\t20\t20',
    '\t时效指标\t补贴发放及时性\t\t\t\t定性\t及时\t\t及时\t10\t10',
  ];

  it('年初指标值 and 调整后指标值, each over 性质|值|单位, are read as two values (text)', () => {
    const { header, indicators } = read(linesOf(...SPLIT_TWICE));
    expect(header).toMatchObject({ at: 0, rows: 2 });
    expect(roles(header.slots)).toEqual([
      '0:level1', '1:level2', '2:level3',
      '3:initialTarget:comparator', '4:initialTarget:number', '5:initialTarget:unit',
      '6:target:comparator', '7:target:number', '8:target:unit',
      '9:actual', '10:weight', '11:score',
    ]);
    const [first, second] = indicators;
    expect(first!.initialTarget).toMatchObject({ comparator: '=', number: 1, unit: '人' });
    expect(first!.target).toMatchObject({ comparator: '=', number: 7, unit: '人' });
    expect(first!.actual).toMatchObject({ comparator: '=', number: 7, unit: '人' });
    expect([first!.weight, first!.score]).toEqual([20, 20]);
    expect(second!.initialTarget).toBeNull();
    expect(second!.target).toMatchObject({ kind: 'text', text: '及时' });
    expect([second!.weight, second!.score]).toEqual([10, 10]);
  });

  it('the same header with real merged cells (DOCX) reads the same values', () => {
    const rows = [
      '一级指标\t二级指标\t三级指标\t年初指标值\t<\t<\t调整后指标值\t<\t<\t实际完成值\t分值\t得分',
      '^\t^\t^\t性质\t值\t单位\t性质\t值\t单位\t^\t^\t^',
      '产出指标\t数量指标\t驻村干部人数\t=\t1\t人\t=\t7\t人\t=7人\t20\t20',
    ];
    const { header, indicators } = read(toStream(layout(spanned(rows))));
    expect(roles(header.slots).slice(3, 9)).toEqual([
      '3:initialTarget:comparator', '4:initialTarget:number', '5:initialTarget:unit',
      '6:target:comparator', '7:target:number', '8:target:unit',
    ]);
    expect(indicators).toHaveLength(1);
    expect(indicators[0]).toMatchObject({
      level1: '产出指标', level2: '数量指标', level3: '驻村干部人数', weight: 20, score: 20,
      initialTarget: { comparator: '=', number: 1, unit: '人' },
      target: { comparator: '=', number: 7, unit: '人' },
    });
  });
});

describe('probe round 4: templates by other hands', () => {
  it('a 指标类型 column holding 一级-二级 joined is the hierarchy; an empty cell under it fills down; 预算执行率 alone has no 二级', () => {
    const { indicators, diagnostics } = read(linesOf(
      '序号\t指标类型\t指标名称\t年度目标值\t实际完成值\t权重\t得分',
      '1\t产出指标-数量指标\t新增就业人数\t≥4.5万人\t4.72万人\t10\t10',
      '2\t\t培训人次\t≥12000人次\t11260人次\t10\t9.38',
      '3\t满意度指标/服务对象满意度指标\t服务对象满意度\t≥85%\t91.26%\t10\t10',
      '4\t预算执行率\t预算执行率\t100%\t97.35%\t10\t9.74',
    ));
    expect(diagnostics.map((d) => d.message)).toContain('column "指标类型" read as the 一级/二级 labels from its cells');
    expect(indicators.map((i) => [i.level1, i.level2, i.category])).toEqual([
      ['产出指标', '数量指标', 'quantity'],
      ['产出指标', '数量指标', 'quantity'],
      ['满意度指标', '服务对象满意度指标', 'satisfaction'],
      ['预算执行率', null, 'budget-execution'],
    ]);
  });

  it('a 计量单位 column of its own is the unit of the target and of an actual printed as a bare number', () => {
    const { indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t计量单位\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t培训人数\t人\t≥2000\t2156\t10\t10',
      '\t质量指标\t合格率\t%\t≥95\t97.2%\t10\t10',
      '\t时效指标\t完成时间\t—\t2022年10月31日\t按期完成\t10\t10',
    ));
    expect(indicators.map((i) => [i.target?.raw, i.actual?.raw])).toEqual([
      ['≥2000人', '2156人'], ['≥95%', '97.2%'], ['2022年10月31日', '按期完成'],
    ]);
    expect(indicators[0]!.provenance.cells!.actual!.map((c) => c.col)).toEqual([5, 3]);
  });

  it('a 中期指标值 beside the 年度指标值 is kept apart, never the target; 指标值确定依据 is a known note', () => {
    const { header, indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t年度指标值\t中期指标值\t指标值确定依据',
      '产出指标\t数量指标\t河道清淤长度\t≥18公里\t≥50公里\t年度实施计划',
    ));
    expect(header.slots.filter((s) => s.unknown)).toEqual([]);
    expect(indicators[0]).toMatchObject({ target: { comparator: '>=', number: 18, unit: '公里' }, flags: [] });
    expect(indicators[0]!.otherColumns.map((o) => o.text)).toEqual(['≥50公里', '年度实施计划']);
  });
});

describe('a weight or score cell no number reads from', () => {
  it('"十" (a numeral in words) gives weight null flagged number-unparsed, below the review line', () => {
    const { indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t供餐学校数\t≥120所\t126所\t十\t10',
    ));
    expect(indicators[0]).toMatchObject({ weight: null, score: 10 });
    expect(indicators[0]!.flags).toContain('number-unparsed');
    expect(indicators[0]!.confidence).toBeLessThan(0.8);
  });

  it('"l0" (OCR\'s l for 1) is read as 10 and says so', () => {
    const { indicators } = read(linesOf(
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t供餐学校数\t≥120所\t126所\tl0\t10',
    ));
    expect(indicators[0]).toMatchObject({ weight: 10, score: 10 });
    expect(indicators[0]!.flags).toContain('digit-letter-repaired');
    expect(indicators[0]!.flags).not.toContain('number-unparsed');
  });
});
