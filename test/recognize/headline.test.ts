/**
 * A web page's headline names a table family ("…项目支出绩效自评结果公开") but heads no table:
 * with only a 发布时间 | 来源 line under it, it is left out with an info diagnostic, and the
 * real table after it is read.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';

const read = (...rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));

describe('a headline above the table', () => {
  it('is no table of its own', async () => {
    const doc = await read(
      '晋城市卫生健康委员会2022年度项目支出绩效自评结果公开',
      '发布时间：2023-06-12 09:30\t来源：晋城市卫生健康委员会',
      '2022年度项目支出绩效自评表',
      '项目名称\t基层医疗卫生机构服务能力提升项目',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t培训基层医务人员\t≥800人次\t846人次\t10\t10',
    );
    expect(doc.tables.map((t) => t.title)).toEqual(['2022年度项目支出绩效自评表']);
    expect(doc.tables[0]!.indicators).toHaveLength(1);
    expect(doc.diagnostics.map((d) => d.code)).toContain('recognize:not-a-table');
  });

  it('a title over a table nobody could read is still a table, and says so', async () => {
    const doc = await read('2022年度项目支出绩效自评表', '项目名称\t基层医疗卫生机构服务能力提升项目', '资金\t560\t620\t589', '某某\t某某某\t某某某某');
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.flags).toContain('no-indicators');
  });
});
