/**
 * Header fields printed as a row of labels with their values on the row below, under each label
 * (header-fields.ts; samples/variants/variant-labels-above.txt), and the label synonyms
 * 项目全称 and 具体实施单位.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../src/pipeline.js';
import { colonPairs, departmentOfCaptions, projectOf, readHeaderFields } from '../../../src/recognize/project/header-fields.js';
import { linesOf } from '../helpers.js';

describe('labels printed above their values', () => {
  it('项目名称 | 主管部门及代码 | 实施单位 over the values row', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t主管部门及代码\t实施单位',
      '科技兴警项目\t[301]泉州市公安局\t台商投资区分局',
    ))).toEqual({ name: '科技兴警项目', department: '[301]泉州市公安局', implementingUnit: '台商投资区分局' });
  });

  it('each label takes the value printed between its column and the next label\'s (variant-labels-above line 5)', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t\t\t主管部门及代码\t\t\t实施单位\t\t',
      '\t昌吉州公安局UPS后备电源改造\t\t昌吉回族自治州公安局本级\t\t\t\t昌吉回族自治州公安局本级\t',
    ))).toEqual({ name: '昌吉州公安局UPS后备电源改造', department: '昌吉回族自治州公安局本级', implementingUnit: '昌吉回族自治州公安局本级' });
  });

  it('a label with nothing printed under it gets no value, and does not take its neighbour\'s', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t\t主管部门及代码\t\t实施单位',
      '拘押场所经费\t\t\t\t六盘水市公安局',
    ))).toEqual({ name: '拘押场所经费', implementingUnit: '六盘水市公安局' });
  });

  it('splits the code off the department printed below its label', () => {
    const fields = readHeaderFields(linesOf(
      '项目名称\t主管部门及代码\t实施单位',
      '科技兴警项目\t301-泉州市公安局\t台商投资区分局',
    ));
    expect(projectOf(fields)).toMatchObject({
      name: '科技兴警项目', department: '泉州市公安局', departmentCode: '301', implementingUnit: '台商投资区分局',
    });
  });
});

describe('label synonyms', () => {
  it.each([
    ['项目全称', 'name'],
    ['具体实施单位', 'implementingUnit'],
    ['项目实施单位', 'implementingUnit'],
    ['主管部门', 'department'],
  ])('%s beside its value fills %s', (label, field) => {
    expect(readHeaderFields(linesOf(`${label}\t警务技能训练`))).toEqual({ [field]: '警务技能训练' });
  });

  it('项目全称 | 主管部门及代码 | 具体实施单位 above their values', () => {
    expect(readHeaderFields(linesOf(
      '项目全称\t主管部门及代码\t具体实施单位',
      '警务技能训练中心装修项目经费\t[155]六盘水市公安局\t六盘水市公安局警务技能训练中心',
    ))).toEqual({
      name: '警务技能训练中心装修项目经费', department: '[155]六盘水市公安局', implementingUnit: '六盘水市公安局警务技能训练中心',
    });
  });

  it('end to end, a self-evaluation printing its labels above the values names its project', async () => {
    const text = [
      '项目支出绩效自评表', '', '(2021年度)', '',
      '项目全称\t\t主管部门及代码\t\t具体实施单位',
      '昌吉州公安局UPS后备电源改造\t\t[065]昌吉回族自治州公安局\t\t昌吉回族自治州公安局本级',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t质量指标\t政府采购率\t≥98%\t98%\t50\t50',
      '满意度指标\t满意度指标\t使用部门满意度\t≥90%\t90%\t50\t50',
    ].join('\n');
    const doc = await processBytes('x.txt', new TextEncoder().encode(text));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.project).toEqual({
      name: '昌吉州公安局UPS后备电源改造', department: '昌吉回族自治州公安局', departmentCode: '065',
      implementingUnit: '昌吉回族自治州公安局本级', budgetUnit: null, budgetUnitCode: null,
      category: null, attribute: null, period: null,
    });
  });
});

describe('a department named by a caption above the table', () => {
  it('部门名称 / 主管部门 captions give the department; who filled the form does not', () => {
    expect(departmentOfCaptions(linesOf('部门名称：广州市政务服务和数据管理局'))).toEqual({ name: '广州市政务服务和数据管理局', code: null });
    expect(departmentOfCaptions(linesOf('主管部门:[155]六盘水市公安局'))).toEqual({ name: '六盘水市公安局', code: '155' });
    expect(departmentOfCaptions(linesOf('编制单位：某街道办事处', '单位：万元'))).toEqual({ name: null, code: null });
  });
});

describe('label：value pairs in one cell or line (a three-line table\'s captions)', () => {
  it('reads every pair of a line, each value up to the next label, a wide gap or another label\'s colon', () => {
    expect(colonPairs('主管部门：宁波市民政局 实施单位：宁波市养老服务指导中心')).toEqual([
      { field: 'department', value: '宁波市民政局' }, { field: 'implementingUnit', value: '宁波市养老服务指导中心' },
    ]);
    expect(colonPairs('项目名称：居家社区养老服务补助    金额单位：万元')).toEqual([{ field: 'name', value: '居家社区养老服务补助' }]);
    expect(colonPairs('发布时间：2025-03-01')).toEqual([]);
  });

  it('takes the pairs of the captions above the table, but no 单位名称 / 预算单位 caption', async () => {
    const text = ['2025年度项目支出绩效目标表', '单位名称：宁波市民政局', '项目名称：居家社区养老服务补助', '主管部门：宁波市民政局\t实施单位：宁波市养老服务指导中心',
      '年度资金总额（万元）：425.00\t其中：财政拨款：400.00', '一级指标\t二级指标\t三级指标\t指标值\t分值', '产出指标\t数量指标\t补助对象人数\t≥6500人\t100'].join('\n');
    const doc = await processBytes('captions.txt', Buffer.from(text));
    expect(doc.tables[0]!.project).toMatchObject({ name: '居家社区养老服务补助', department: '宁波市民政局', implementingUnit: '宁波市养老服务指导中心', budgetUnit: null });
    expect(doc.tables[0]!.funds?.rows.map((r) => [r.label, r.annualBudget])).toEqual([['年度资金总额', 4250000], ['其中:财政拨款', 4000000]]);
  });
});
