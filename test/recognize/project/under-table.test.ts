/**
 * What a template prints around its indicator block rather than in it: 小计 rows under each 一级
 * block (河北), and the grade on a line of its own under the table ("自评等级：优", 湖北 / 河北), after
 * a notes line. Found by the template probe (samples/probe/probe-pdf-hebei-…-grade-below.pdf).
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../../src/pipeline.js';

const read = (...rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
const TABLE = [
  '2023年度项目支出绩效自评表',
  '',
  '项目名称\t社区养老服务补贴\t\t\t\t\t\t',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t补贴服务中心数量\t≥120个\t124个\t50\t48\t',
  '小计\t\t\t\t\t50\t48\t',
  '效益指标\t社会效益指标\t养老服务覆盖率\t≥90%\t92%\t40\t40\t',
  '产出指标小计\t\t\t\t\t40\t40\t',
  '合计\t\t\t\t\t90\t88\t',
];

describe('rows and lines around the indicator block', () => {
  it('reads the grade printed on a line of its own under the table, after a notes line', async () => {
    const doc = await read(...TABLE, '', '注：总分含预算执行率分值。', '自评等级：优');
    const t = doc.tables[0]!;
    expect(t.total).toEqual({ weight: 90, score: 88, grade: '优' });
    expect(t.provenance.cells?.['total.grade']?.map((c) => c.text)).toEqual(['自评等级:优']); // the paragraph as the stream cleaned it
  });

  it('reads it from a row of the table under the total (自评等级 | 优), before the conclusion', async () => {
    const doc = await read(...TABLE, '自评等级\t优\t\t\t\t\t\t', '', '绩效自评结论：项目完成较好。');
    expect(doc.tables[0]!.total).toEqual({ weight: 90, score: 88, grade: '优' });
  });

  it('reads it at the end of the signature line', async () => {
    const doc = await read(...TABLE, '', '填报人：王丽    联系电话：0874-3126688    自评等级：良');
    expect(doc.tables[0]!.total?.grade).toBe('良');
  });

  it('takes no grade from prose under the table, nor from a line past the next table title', async () => {
    const prose = await read(...TABLE, '', '项目自评等级为优的，按规定予以通报表扬并优先安排预算。');
    expect(prose.tables[0]!.total?.grade).toBeNull();
    const next = await read(...TABLE, '', '2023年度项目支出绩效自评表', '自评等级：良');
    expect(next.tables[0]!.total?.grade).toBeNull();
  });

  it('reads 小计 rows as subtotals, not as indicators or orphan values', async () => {
    const doc = await read(...TABLE);
    const t = doc.tables[0]!;
    expect(t.indicators.map((i) => i.level3)).toEqual(['补贴服务中心数量', '养老服务覆盖率']);
    expect(doc.diagnostics.filter((d) => d.code === 'layout:orphan-values')).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === 'layout:subtotal-row').map((d) => d.level)).toEqual(['info', 'info']);
    expect(t.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a 偏差原因 cell wrapped onto a line of its own in a text dump', () => {
  it('is joined back to its row, with its cells, flagged text-rejoined', async () => {
    const doc = await read(
      '项目名称\t图书馆补助\t\t\t\t\t\t',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t接待读者人次\t≥80万人次\t76万人次\t40\t38\t场馆维修闭馆两个月，',
      '\t\t\t\t\t\t\t已调整开放时间',
      '效益指标\t社会效益指标\t阅读氛围\t明显增强\t明显增强\t50\t50\t',
    );
    const [first, second] = doc.tables[0]!.indicators;
    expect(first!.deviation).toBe('场馆维修闭馆两个月,已调整开放时间');
    expect(first!.flags).toEqual(['text-rejoined']);
    expect(first!.provenance.cells?.deviation?.map((c) => c.line)).toEqual([3, 4]);
    expect(second!.deviation).toBeNull();
  });
});
