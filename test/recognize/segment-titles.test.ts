/**
 * Titles wrapped over two caption lines (segment.ts isTitleHead): "301008_泉州市公安局台商投资区分局_
 * 科技兴警绩效" / "目标表" is one title, while a section heading, an attachment note or a line of
 * another page printed above a title stays a line of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ir/types.js';
import { processBytes } from '../../src/pipeline.js';
import { segment } from '../../src/recognize/segment.js';
import { toStream } from '../../src/recognize/stream.js';
import { grid, layout, para } from './helpers.js';

const TABLE = [
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t警务终端采购数量\t≥50台',
  '\t质量指标\t设备验收合格率\t=100%',
  '满意度指标\t服务对象满意度指标\t民警满意度\t≥95%',
];
const HEAD = '301008_泉州市公安局台商投资区分局_科技兴警绩效';
const FULL = '301008_泉州市公安局台商投资区分局_科技兴警绩效目标表';

const regionsOf = (...blocks: Block[]) => segment(toStream(layout(...blocks))).regions;
const paraOn = (text: string, page: number): Block => ({ type: 'paragraph', paragraph: { text, page, line: null } });

describe('a title wrapped over two caption paragraphs', () => {
  it('is one title of kind project-targets', () => {
    const regions = regionsOf(para(HEAD), para('目标表'), grid(TABLE));
    expect(regions.map((r) => [r.title, r.titleKind])).toEqual([[FULL, 'project-targets']]);
    expect(regions[0]!.lines).toHaveLength(4);
  });

  it('names the project (科技兴警) end to end, flagged project-name-from-title', async () => {
    const text = [HEAD, '', '目标表', '', ...TABLE].join('\n');
    const doc = await processBytes('x.txt', new TextEncoder().encode(text));
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table).toMatchObject({ kind: 'project-targets', title: FULL });
    expect(table!.project).toEqual({
      name: '科技兴警', department: null, departmentCode: null, implementingUnit: null,
      budgetUnit: null, budgetUnitCode: null, category: null, attribute: null, period: null,
    });
    expect(table!.flags).toContain('project-name-from-title');
    expect(table!.indicators.map((i) => i.level3)).toEqual(['警务终端采购数量', '设备验收合格率', '民警满意度']);
  });

  it('is not joined when its halves are printed on different pages', () => {
    const regions = regionsOf(paraOn(HEAD, 1), paraOn('项目支出绩效目标表', 2), grid(TABLE));
    expect(regions.map((r) => [r.title, r.titleKind])).toEqual([['项目支出绩效目标表', 'project-targets']]);
  });
});

describe('a line above a title that is not part of it', () => {
  it.each([
    ['（二）绩效目标表及说明', '项目支出绩效目标表'],
    ['（二）绩效目标表及说明', FULL],
    ['三、项目支出绩效目标', '项目支出绩效目标表'],
    ['附件2', '项目支出绩效目标表'],
  ])('"%s" stays a heading above "%s"', (above, title) => {
    const regions = regionsOf(para(above), para(title), grid(TABLE));
    expect(regions.map((r) => [r.title, r.titleKind])).toEqual([[title, 'project-targets']]);
    // the heading is still a caption line of the region, only not part of its title
    expect(regions[0]!.context.map((l) => l.texts[0])).toHaveLength(2);
  });

  it('a numbered section heading does not give the project a name', async () => {
    const text = ['（二）绩效目标表及说明', '', '项目支出绩效目标表', '', ...TABLE].join('\n');
    const doc = await processBytes('x.txt', new TextEncoder().encode(text));
    expect(doc.tables.map((t) => [t.title, t.project])).toEqual([['项目支出绩效目标表', null]]);
    expect(doc.tables[0]!.flags).not.toContain('project-name-from-title');
  });
});

describe('the attachment list of a covering notice', () => {
  it('names the attached tables; its entries are not titles of what follows them', () => {
    const regions = regionsOf(
      para('附件：1.2024年普惠金融发展专项资金清算分配表'), para('2.中央对地方专项转移支付区域绩效目标表'),
      para('长沙市财政局'), grid(['地区\t中央\t省级', '芙蓉区\t12\t34']),
      para('中央对地方专项转移支付区域绩效目标表'), grid(TABLE),
    );
    expect(regions.map((r) => r.titleKind)).toEqual([null, 'project-targets']);
  });
});
