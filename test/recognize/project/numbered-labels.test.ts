/**
 * Templates that number their rows: "一、产出指标", "1.数量指标", "（1）培训人次", "①…" (probe round 12). The
 * ordinal is the row's number, not part of the label or name; a numbered 一级 is still a 一级, and one
 * label cell across the 一级 and 二级 columns (满意度指标 with its 三级 directly) is a 一级 with no 二级. A note
 * mark after a name ("…满意度①") refers to a note under the table.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../src/pipeline.js';

const html = `<html><body><p>2024年度项目支出绩效目标表</p><table>
<tr><td>项目名称</td><td colspan="4">社区养老服务补助</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>分值</td></tr>
<tr><td rowspan="2">一、产出指标</td><td>1.数量指标</td><td>（1）服务老人人次</td><td>≥5000人次</td><td>30</td></tr>
<tr><td>2.时效指标</td><td>（2）补助发放及时率</td><td>100%</td><td>30</td></tr>
<tr><td>二、效益指标</td><td>1.社会效益指标</td><td>①12349热线响应率</td><td>≥95%</td><td>20</td></tr>
<tr><td colspan="2">三、满意度指标</td><td>1.服务对象满意度①</td><td>≥90%</td><td>20</td></tr>
</table></body></html>`;

describe('numbered labels and names', () => {
  it('reads each ordinal-numbered label as its level and each name without its ordinal', async () => {
    const doc = await processBytes('targets.html', new TextEncoder().encode(html));
    const rows = doc.tables[0]!.indicators.map((i) => [i.level1, i.level2, i.category, i.level3, i.weight]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', 'quantity', '服务老人人次', 30],
      ['产出指标', '时效指标', 'timeliness', '补助发放及时率', 30],
      ['效益指标', '社会效益指标', 'social-benefit', '12349热线响应率', 20],
      ['满意度指标', null, 'satisfaction', '服务对象满意度', 20],
    ]);
    // the note mark after the last name is left out, and said
    expect(doc.tables[0]!.indicators.map((i) => i.flags.includes('footnote-mark-dropped'))).toEqual([false, false, false, true]);
  });
});
