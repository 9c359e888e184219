import { describe, expect, it } from 'vitest';
import { findIndicatorHeader } from '../../../src/recognize/project/indicator-header.js';
import { layout, linesOf } from '../helpers.js';
import { toStream } from '../../../src/recognize/stream.js';
import { spanned } from '../spanned.js';

const roles = (slots: { col: number; role: string; part?: string }[]) => slots.map((s) => `${s.col}:${s.role}${s.part ? `:${s.part}` : ''}`);

describe('findIndicatorHeader', () => {
  it('one-row header behind a block label column (liupanshui-police-2023 line 21)', () => {
    const lines = linesOf(
      '项目名称\t\t拘押场所经费',
      '绩效 指标\t一级指标\t二级指标\t三级指标\t年度指标值(A)\t实际完成值(B)\t分值\t得分\t未完成原因分析',
      '\t产出指标 (50分)\t数量指标\t依法收押率\t≥90%\t≥90%\t5\t5\t',
    );
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 1, rows: 1 });
    expect(roles(header!.slots)).toEqual([
      '0:block', '1:level1', '2:level2', '3:level3', '4:target', '5:actual', '6:weight', '7:score', '8:deviation',
    ]);
    expect(header!.slots[0]!.header).toBe('绩效指标');
    expect(header!.slots[4]!.header).toBe('年度指标值(A)');
  });

  it('a split 预期指标值 over 符号 | 值 | 单位 moves the later columns two places right (dachang-politics-law-2023)', () => {
    const lines = linesOf(
      '四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t指标分值\t预期指标值\t实际完成值\t单项指标\n完成情况\t自评得分',
      '\t\t\t\t\t符号\t值\t单位\n（文字描述）',
      '\t产出指标\t数量指标\t制作宣传品种类\t20\t≤\t3\t类\t＝3类\t＝3类\t20',
    );
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 0, rows: 2 });
    expect(roles(header!.slots)).toEqual([
      '0:block', '1:level1', '2:level2', '3:level3', '4:weight',
      '5:target:comparator', '6:target:number', '7:target:unit',
      '8:actual', '9:completion', '10:score',
    ]);
    expect(header!.slots.slice(5, 8).map((s) => s.header)).toEqual(['预期指标值/符号', '预期指标值/值', '预期指标值/单位(文字描述)']);
  });

  it('a sub-header no vocabulary names as a part (指标方向) stays under its group, and the groups beside keep their columns (四川, probe round 15)', () => {
    const lines = toStream(layout(spanned([
      '一级指标\t二级指标\t三级指标\t年度指标值\t<\t<\t实际完成值\t<\t分值\t得分',
      '^\t^\t^\t指标方向\t目标值\t计量单位\t实际值\t单位\t^\t^',
      '产出指标\t数量指标\t日常养护里程\t≥\t2860\t公里\t2912\t公里\t8\t8',
    ])));
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 0, rows: 2 });
    expect(roles(header!.slots)).toEqual([
      '0:level1', '1:level2', '2:level3', '3:note', '4:target', '5:target:unit',
      '6:actual', '7:actual:unit', '8:weight', '9:score',
    ]);
    expect(header!.slots[3]).toMatchObject({ header: '年度指标值/指标方向', unknown: true });
  });

  it('a 年初指标值 | 调整后指标值 sub-header printed under a blank column the text kept does not shift later columns', () => {
    const lines = linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t\t实际完成值\t分值\t得分',
      '\t\t\t年初指标值\t调整后指标值',
      '产出指标\t数量指标\t宣传品种类\t≥3类\t≥4类\t4类\t10\t10',
    );
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 0, rows: 2 });
    expect(roles(header!.slots)).toEqual([
      '0:level1', '1:level2', '2:level3', '3:initialTarget', '4:target', '5:actual', '6:weight', '7:score',
    ]);
  });

  it('the row under a one-row header is data, not a sub-header', () => {
    const lines = linesOf('一级指标\t二级指标\t三级指标\t指标值\t指标解释及计算公式', '产出指标\t数量指标\t安全保卫次数\t≥10次\t反映开展安全保卫数量情况');
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 0, rows: 1 });
    expect(roles(header!.slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:explanation']);
  });

  it('finds no header in a funds block or in a row naming fewer than three indicator columns', () => {
    expect(findIndicatorHeader(linesOf(
      '项目资金 (元)\t资金来源\t年初预算数\t全年预算数(A)\t全年执行数(B)\t分值\t执行率\t得分',
      '三级指标\t分值\t项目名称',
    ))).toBeNull();
  });

  it('starts looking at `from`', () => {
    const lines = linesOf('一级指标\t二级指标\t三级指标', '总分\t100', '一级指标\t二级指标\t三级指标\t指标值');
    expect(findIndicatorHeader(lines, 1)?.at).toBe(2);
  });
  it('a group header 指标值 over 目标值 | 实际值 gives each sub-column its role (浙江, samples/probe)', () => {
    const lines = linesOf(
      '一级指标\t二级指标\t三级指标\t指标值\t\t分值\t得分\t偏差原因',
      '\t\t\t目标值\t实际值\t\t\t',
      '产出（40分）\t数量\t日常养护里程\t≥320公里\t326公里\t10\t10\t',
    );
    const header = findIndicatorHeader(lines);
    expect(header).toMatchObject({ at: 0, rows: 2 });
    expect(roles(header!.slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:actual', '5:weight', '6:score', '7:deviation']);
  });

  it('年度目标 beside 一级/二级/三级 with no project list is the target; 扣分原因 is the deviation (湖北, samples/probe)', () => {
    const lines = linesOf(
      '一级指标\t二级指标\t三级指标\t年度目标\t实际完成\t权重\t自评得分\t扣分原因',
      '产出指标\t数量指标\t年接待读者人次\t≥80万人次\t86.4万人次\t15\t15\t',
    );
    const header = findIndicatorHeader(lines);
    expect(roles(header!.slots)).toEqual(['0:level1', '1:level2', '2:level3', '3:target', '4:actual', '5:weight', '6:score', '7:deviation']);
    expect(header!.projectSlots).toEqual([]);
  });

  it('年度目标 stays the goal column of a table that lists projects', () => {
    const lines = linesOf(
      '项目名称\t资金总额\t年度目标\t一级指标\t二级指标\t三级指标\t指标值',
      '警务保障\t100\t保障运转\t产出指标\t数量指标\t保障人数\t≥50人',
    );
    const header = findIndicatorHeader(lines);
    expect(header!.projectSlots.map((s) => s.role)).toEqual(['projectName', 'amount', 'goal']);
    expect(roles(header!.slots)).toContain('6:target');
  });
});
