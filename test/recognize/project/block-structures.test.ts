/**
 * Indicator blocks laid out otherwise than 一级 | 二级 | 三级 columns (probe round 14): the hierarchy
 * as section rows across the table, a header of three rows, an explanation row under each indicator,
 * the block printed transposed.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../src/pipeline.js';

const read = async (rows: string) =>
  (await processBytes('t.html', new TextEncoder().encode(`<p>2024年度项目支出绩效自评表</p><table><tr><td>项目名称</td><td colspan="4">全民健身设施更新</td></tr>${rows}</table>`))).tables[0]!;

describe('indicator blocks', () => {
  it('reads 一级 and 二级 printed as section rows across the table', async () => {
    const table = await read(`
      <tr><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
      <tr><td colspan="5">一、产出指标（50分）</td></tr>
      <tr><td colspan="5">（一）数量指标</td></tr>
      <tr><td>更新健身苑点</td><td>≥85个</td><td>88个</td><td>30</td><td>30</td></tr>
      <tr><td colspan="5">（二）时效指标</td></tr>
      <tr><td>完成时间</td><td>2024年10月31日</td><td>2024年11月15日</td><td>20</td><td>18</td></tr>
      <tr><td colspan="5">二、满意度指标（10分）</td></tr>
      <tr><td colspan="5">（一）服务对象满意度指标</td></tr>
      <tr><td>市民满意度</td><td>≥90%</td><td>92.5%</td><td>10</td><td>10</td></tr>`);
    expect(table.indicators.map((i) => [i.level1, i.level1Weight, i.level2, i.category, i.level3])).toEqual([
      ['产出指标', 50, '数量指标', 'quantity', '更新健身苑点'],
      ['产出指标', 50, '时效指标', 'timeliness', '完成时间'],
      ['满意度指标', 10, '服务对象满意度指标', 'satisfaction', '市民满意度'],
    ]);
  });

  it('reads a header cell with the group header over it (年度 | 实施期 under 指标值), and 完成率 as completion', async () => {
    const table = await read(`
      <tr><td colspan="3">绩效指标</td><td colspan="2">指标值</td><td colspan="2">完成情况</td></tr>
      <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度</td><td>实施期</td><td>实际值</td><td>完成率</td></tr>
      <tr><td>产出指标</td><td>数量指标</td><td>改造管网</td><td>≥18公里</td><td>≥50公里</td><td>18.6公里</td><td>100%</td></tr>`);
    const [i] = table.indicators;
    expect([i!.target?.raw, i!.actual?.raw, i!.completion]).toEqual(['≥18公里', '18.6公里', '100%']);
    expect(i!.otherColumns).toEqual([{ header: '实施期指标值', text: '≥50公里' }]);
  });

  it('reads a 评分标准 row under an indicator as its explanation, not as part of its name', async () => {
    const table = await read(`
      <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>分值</td></tr>
      <tr><td rowspan="4">产出指标</td><td rowspan="4">数量指标</td><td>开展专题讲座</td><td>≥300场</td><td>10</td></tr>
      <tr><td colspan="3">评分标准：完成300场得满分，每少10场扣1分</td></tr>
      <tr><td>心理普查覆盖率</td><td>≥95%</td><td>10</td></tr>
      <tr><td colspan="3">评分标准：达到95%得满分</td></tr>`);
    expect(table.indicators.map((i) => [i.level3, i.explanation, i.flags.includes('explanation-row')])).toEqual([
      ['开展专题讲座', '评分标准:完成300场得满分,每少10场扣1分', true], // cleaned text: ASCII punctuation
      ['心理普查覆盖率', '评分标准:达到95%得满分', true],
    ]);
  });

  it('reads an indicator block printed transposed (roles down the side, one column per indicator), and says so', async () => {
    const table = await read(`
      <tr><td rowspan="4">绩效指标</td><td>一级指标</td><td colspan="2">产出指标</td><td>满意度指标</td></tr>
      <tr><td>二级指标</td><td>数量指标</td><td>时效指标</td><td>服务对象满意度指标</td></tr>
      <tr><td>三级指标</td><td>保洁覆盖行政村</td><td>垃圾清运时限</td><td>村民满意度</td></tr>
      <tr><td>指标值</td><td>=163个</td><td>日产日清</td><td>≥90%</td></tr>`);
    expect(table.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '保洁覆盖行政村', '=163个'],
      ['产出指标', '时效指标', '垃圾清运时限', '日产日清'],
      ['满意度指标', '服务对象满意度指标', '村民满意度', '≥90%'],
    ]);
    expect(table.flags).toContain('indicators-transposed');
    expect(table.indicators.every((i) => i.flags.includes('indicators-transposed'))).toBe(true);
  });
});
