import { describe, expect, it } from 'vitest';
import { findIndicatorHeader } from '../../../src/recognize/project/indicator-header.js';
import { readRow } from '../../../src/recognize/project/indicator-rows.js';
import { placeRows, segmentBlocks, type LabelStyle } from '../../../src/recognize/project/hierarchy.js';
import { linesOf } from '../helpers.js';
import { level1Of, level2Of, splitWeight, stripListMarker } from '../../../pipelines/hierarchy.js';
import { processBytes } from '../../../src/pipeline.js';

const CENTRED: LabelStyle = { centred: true, perRow: 0.1, meaning: 1 };
const TOP: LabelStyle = { centred: false, perRow: 0.5, meaning: 0.25 };
const label = (text: string, anchor: number | null) => ({ text, anchor });
const none = () => 0;

describe('segmentBlocks', () => {
  it('centres each block on the row its label was printed on (label on the middle row)', () => {
    expect(segmentBlocks(6, [label('数量指标', 1), label('质量指标', 4)], none, CENTRED)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('starts each block at its label when labels are printed on the first row', () => {
    expect(segmentBlocks(5, [label('数量指标', 0), label('质量指标', 3)], none, TOP)).toEqual([0, 0, 0, 1, 1]);
  });

  it('lets the rows\' meaning decide a boundary the label positions leave open', () => {
    // labels on rows 1 and 3 of 5: row 2 could go either way; its meaning says the second block
    const affinity = (row: number, l: { text: string }) => (row === 2 && l.text === '质量指标' ? 1 : 0);
    expect(segmentBlocks(5, [label('数量指标', 1), label('质量指标', 3)], affinity, CENTRED)).toEqual([0, 0, 1, 1, 1]);
    const other = (row: number, l: { text: string }) => (row === 2 && l.text === '数量指标' ? 1 : 0);
    expect(segmentBlocks(5, [label('数量指标', 1), label('质量指标', 3)], other, CENTRED)).toEqual([0, 0, 0, 1, 1]);
  });

  it('never moves a block off the row its label was printed on', () => {
    const affinity = (_row: number, l: { text: string }) => (l.text === '质量指标' ? 5 : 0);
    expect(segmentBlocks(4, [label('数量指标', 1), label('质量指标', 2)], affinity, CENTRED)).toEqual([0, 0, 1, 1]);
  });

  it('places glued labels with no printed row by meaning alone, in order', () => {
    const wants = ['数量指标', '质量指标', '时效指标'];
    const affinity = (row: number, l: { text: string }) => (wants[row] === l.text ? 1 : 0);
    expect(segmentBlocks(3, wants.map((t) => label(t, null)), affinity, CENTRED)).toEqual([0, 1, 2]);
  });

  it('owns nothing without labels or rows', () => {
    expect(segmentBlocks(3, [], none, CENTRED)).toEqual([-1, -1, -1]);
    expect(segmentBlocks(0, [label('数量指标', null)], none, CENTRED)).toEqual([]);
  });
});

const HEADER = '一级指标\t二级指标\t三级指标\t指标值';
function place(ocr: boolean, ...rows: string[]) {
  const lines = linesOf(HEADER, ...rows);
  const { slots } = findIndicatorHeader(lines)!;
  const raw = lines.slice(1).map((l) => readRow(l, slots));
  return placeRows(raw, ocr).map((p) => [p.level1, p.level1Weight, p.level2, p.category, p.flags]);
}

describe('placeRows', () => {
  it('fills printed-once labels down their blocks and flags every filled row (labels on the first row)', () => {
    expect(place(false,
      '产出指标 (50分)\t数量指标\t培训次数\t≥10次',
      '\t\t宣传册数量\t≥500册',
      '\t质量指标\t验收合格率\t=100%',
      '\t\t资料准确率\t≥98%',
    )).toEqual([
      ['产出指标', 50, '数量指标', 'quantity', []],
      ['产出指标', 50, '数量指标', 'quantity', ['level1-filled', 'level2-filled']],
      ['产出指标', 50, '质量指标', 'quality', ['level1-filled']],
      ['产出指标', 50, '质量指标', 'quality', ['level1-filled', 'level2-filled']],
    ]);
  });

  it('flags a 二级 name holding no word of any known one (garbled), not a regional name that holds one', () => {
    expect(place(false,
      '满意度指标\t其他满意度\t群众满意度\t≥90%',
      '产出指标\t指质标量\t验收合格率\t=100%',
    )).toEqual([
      ['满意度指标', null, '其他满意度', 'satisfaction', []],
      ['产出指标', null, '指质标量', 'other', ['level2-unknown']],
    ]);
  });

  it('reads labels printed on the middle row of their block as covering the rows above them too', () => {
    expect(place(false,
      '\t\t培训次数\t≥10次',
      '产出指标\t数量指标\t宣传册数量\t≥500册',
      '\t\t开展活动场次\t≥5场',
      '\t\t验收合格率\t=100%',
      '\t质量指标\t资料准确率\t≥98%',
      '\t\t印刷质量达标率\t=100%',
    ).map(([l1, , l2, , flags]) => [l1, l2, flags])).toEqual([
      ['产出指标', '数量指标', ['level1-filled', 'level2-filled']],
      ['产出指标', '数量指标', []],
      // the two rows between the printed labels could belong to either: placed by meaning, and said
      ['产出指标', '数量指标', ['level1-filled', 'level2-filled', 'label-boundary-guessed']],
      ['产出指标', '质量指标', ['level1-filled', 'level2-filled', 'label-boundary-guessed']],
      ['产出指标', '质量指标', ['level1-filled']],
      ['产出指标', '质量指标', ['level1-filled', 'level2-filled']],
    ]);
  });

  it('corrects a 一级 the printed block contradicts: 社会效益指标 belongs under 效益指标 ("level1-corrected")', () => {
    expect(place(false,
      '产出指标 (50分)\t数量指标\t依法收押率\t≥90%',
      '\t社会效益指标\t在押人员逃脱率\t=0人',
    )).toEqual([
      ['产出指标', 50, '数量指标', 'quantity', []],
      ['效益指标', null, '社会效益指标', 'social-benefit', ['level1-corrected']],
    ]);
  });

  it('reads 成本指标 printed in the 一级 column below 产出指标 as its 二级 group (liupanshui-police-2023 line 30)', () => {
    expect(place(false,
      '产出指标 (50分)\t数量指标\t依法收押率\t≥90%',
      '成本指标\t\t资金使用控制\t≤1460.75万元',
    )).toEqual([
      ['产出指标', 50, '数量指标', 'quantity', []],
      ['产出指标', 50, '成本指标', 'cost', ['level1-filled']],
    ]);
  });

  it('splits OCR-glued 二级 labels "数量指标质量指标时效指标" over the rows by meaning ("level2-inferred")', () => {
    expect(place(true,
      '产出指标\t数量指标质量指标时效指标\t培训次数\t≥10次',
      '\t\t验收合格率\t=100%',
      '\t\t装备交付时间\t≤30日',
    )).toEqual([
      ['产出指标', null, '数量指标', 'quantity', ['level2-inferred']],
      ['产出指标', null, '质量指标', 'quality', ['level1-filled', 'level2-inferred']],
      ['产出指标', null, '时效指标', 'timeliness', ['level1-filled', 'level2-inferred']],
    ]);
  });

  it('infers the 一级 from a 二级 name when none was printed, and says so when neither was', () => {
    expect(place(false, '\t满意度指标\t群众满意度\t≥95%', '\t\t参训民警满意度\t≥95%')).toEqual([
      ['满意度指标', null, '满意度指标', 'satisfaction', ['level1-inferred']],
      ['满意度指标', null, '满意度指标', 'satisfaction', ['level1-inferred', 'level2-filled']],
    ]);
    expect(place(false, '\t\t群众满意度\t≥95%')).toEqual([['', null, null, 'other', ['level1-missing']]]);
  });
});

describe('二级 names a 县区 template prints: 产出数量, 产出质量, 产出时效, 产出成本', () => {
  it('are 二级 names as printed, not a 一级 产出 joined to 数量', async () => {
    const { level2Of, splitJoinedLabels } = await import('../../../pipelines/hierarchy.js');
    expect(['产出数量', '产出质量', '产出时效', '产出成本'].map((n) => level2Of(n)?.category)).toEqual(['quantity', 'quality', 'timeliness', 'cost']);
    const { cellKind } = await import('../../../src/recognize/project/cell-kind.js');
    expect(cellKind('产出数量')).toBe('l2');
    expect(splitJoinedLabels('产出指标-数量指标')).toEqual({ level1: '产出指标', level2: '数量指标' });
  });
});

describe('labels and names printed with a list ordinal', () => {
  it.each([
    ['一、产出指标', '产出指标'], ['二.效益指标（30分）', '效益指标'], ['1.数量指标', null], ['（1）质量指标', null], ['④满意度指标', '满意度指标'],
  ])('%s is the 一级 %s', (label, level1) => {
    expect(level1Of(label)).toBe(level1);
  });

  it.each([['1.数量指标', 'quantity'], ['（2）质量指标', 'quality'], ['3、时效指标', 'timeliness']])('%s is the 二级 of category %s', (label, level2) => {
    expect(level2Of(label)?.category).toBe(level2);
  });

  it('keeps the weight of a numbered label', () => {
    expect(splitWeight('一、产出指标(50分)')).toEqual({ name: '产出指标', weight: 50 });
  });

  it.each([
    ['1.开展培训场次', '开展培训场次'], ['（1）培训人次', '培训人次'], ['①受益群众满意度', '受益群众满意度'], ['2、 验收合格率', '验收合格率'],
    // digits that begin a name are no ordinal
    ['12345热线办结率', '12345热线办结率'], ['0-6岁儿童健康管理率', '0-6岁儿童健康管理率'], ['1.5米以上道路', '1.5米以上道路'],
    ['2、3级医院覆盖率', '2、3级医院覆盖率'], ['三、四级公路里程', '三、四级公路里程'],
  ])('%s → %s', (name, stripped) => {
    expect(stripListMarker(name)).toBe(stripped);
  });
});

describe('labels filled where no merged cell covers the row', () => {
  it('flags a 一级 taken from another row when the grid has real spans but this row\'s cell is empty', async () => {
    const html = `<table><tr><td>项目名称</td><td colspan="3">社区服务</td></tr>
      <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
      <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>服务场次</td><td>≥20场</td></tr>
      <tr><td>质量指标</td><td>合格率</td><td>100%</td></tr>
      <tr><td></td><td>时效指标</td><td>完成时间</td><td>2025年12月31日</td></tr></table>`;
    const doc = await processBytes('t.html', new TextEncoder().encode(html));
    const rows = doc.tables[0]!.indicators.map((i) => [i.level1, i.flags.includes('level1-filled')]);
    // rows 1-2 are covered by the merged 产出指标 cell; row 3's own cell is empty: its 一级 is filled down, and says so
    expect(rows).toEqual([['产出指标', false], ['产出指标', false], ['产出指标', true]]);
  });
});
