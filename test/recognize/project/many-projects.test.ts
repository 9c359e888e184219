/**
 * Tables listing many projects (many-projects.ts): the 长沙 shape, a block of indicator rows per
 * project beside its name, amount and goal, under a unit row; and the 广州 shape, one row per
 * project with its indicators written as text in one 绩效指标 cell. Each project is a table.
 */
import { describe, expect, it } from 'vitest';
import type { Document, FundsRow, Table } from '../../../src/contract/schema.js';
import { processBytes } from '../../../src/pipeline.js';
import { joinContinuedRegions, recognizeRegion } from '../../../src/recognize/index.js';
import { segment } from '../../../src/recognize/segment.js';
import { toStream } from '../../../src/recognize/stream.js';
import { layout, para } from '../helpers.js';
import { spanned } from '../spanned.js';

const run = (text: string): Promise<Document> => processBytes('x.txt', new TextEncoder().encode(text));
const byName = (tables: Table[], name: string) => tables.find((t) => t.project?.name === name);
const amount = (label: string, annualBudget: number): FundsRow => ({
  label, initialBudget: null, declaredBudget: null, annualBudget, received: null,
  executed: null, balance: null, executionRate: null, weight: null, score: null,
});
const rowsOf = (t: Table | undefined) => t?.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw]);

const CAPTIONS = ['2025年项目支出绩效目标表', '单位：万元', ''];
const HEADER = '单位编码\t单位（项目）名称\t资金总额\t绩效目标\t一级指标\t二级指标\t三级指标\t指标值';
const ROWS = [
  '\t合计\t31.5\t\t\t\t\t',
  '301001\t泉州市公安局\t31.5\t\t\t\t\t',
  '\t科技兴警项目\t21.5\t提升科技应用水平\t产出指标\t数量指标\t采购设备数量\t≥10台',
  '\t\t\t\t\t质量指标\t验收合格率\t=100%',
  '\t\t\t\t效益指标\t社会效益指标\t破案率提升\t有效提升',
  '\t警务培训项目\t10\t提升民警能力\t产出指标\t数量指标\t培训人次\t≥500人次',
  '\t\t\t\t满意度指标\t服务对象满意度指标\t参训民警满意度\t≥95%',
];
const TEXT = [...CAPTIONS, HEADER, ...ROWS].join('\n');

const SCIENCE = [
  ['产出指标', '数量指标', '采购设备数量', '≥10台'],
  ['产出指标', '质量指标', '验收合格率', '=100%'],
  ['效益指标', '社会效益指标', '破案率提升', '有效提升'],
];
const TRAINING = [
  ['产出指标', '数量指标', '培训人次', '≥500人次'],
  ['满意度指标', '服务对象满意度指标', '参训民警满意度', '≥95%'],
];

describe('a text table of project blocks (单位编码 | 单位（项目）名称 | 资金总额 | 绩效目标 | indicators)', () => {
  it('reads each project: its name, its amount in yuan from 万元, its goal and its indicators', async () => {
    const doc = await run(TEXT);
    const science = byName(doc.tables, '科技兴警项目');
    const training = byName(doc.tables, '警务培训项目');
    expect(science).toMatchObject({ kind: 'project-targets', title: '2025年项目支出绩效目标表', goals: { planned: '提升科技应用水平', achieved: null } });
    expect(science!.funds).toEqual({ publishedUnit: '万元', rows: [amount('资金总额', 215000)] });
    expect(rowsOf(science)).toEqual(SCIENCE);
    expect(training!.funds).toEqual({ publishedUnit: '万元', rows: [amount('资金总额', 100000)] });
    expect(rowsOf(training)).toEqual(TRAINING);
  });

  it('the 合计 row is no project', async () => {
    const doc = await run(TEXT);
    expect(doc.tables.map((t) => t.project?.name)).not.toContain('合计');
  });

  // BUG: readProjectBlocks hands the whole text row to readIndicators, project columns included.
  // The unit row "301001 | 泉州市公安局 | 31.5" is re-aligned into the indicator slots (name → 三级,
  // 31.5 → 指标值), so it reads as a project with one indicator instead of the unit the projects
  // below belong to: a third table, and budgetUnit stays null on the two real projects.
  it('the unit row names the budget unit of the projects under it and is no table itself', async () => {
    const doc = await run(TEXT);
    expect(doc.tables.map((t) => t.project?.name)).toEqual(['科技兴警项目', '警务培训项目']);
    for (const t of doc.tables) {
      expect(t.project).toMatchObject({ budgetUnit: '泉州市公安局', budgetUnitCode: '301001' });
    }
  });

  // BUG (same cause): on the first row of every block the name, amount and goal cells are taken for
  // indicator cells; the row is flagged cells-shifted / cell-unplaced and sent to review (0.64)
  // although every indicator cell is printed under its own header.
  it('the first indicator of a block is read in place, like the rows under it', async () => {
    const doc = await run(TEXT);
    const first = byName(doc.tables, '科技兴警项目')!.indicators[0]!;
    expect(first.flags).not.toContain('cells-shifted');
    expect(first.flags).not.toContain('cell-unplaced');
    expect(first.confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the same table with merged cells (长沙, ruled PDF / DOCX)', () => {
  const rows = [
    HEADER,
    ROWS[0]!,
    ROWS[1]!,
    '\t科技兴警项目\t21.5\t提升科技应用水平\t产出指标\t数量指标\t采购设备数量\t≥10台',
    '^\t^\t^\t^\t^\t质量指标\t验收合格率\t=100%',
    '^\t^\t^\t^\t效益指标\t社会效益指标\t破案率提升\t有效提升',
    '\t警务培训项目\t10\t提升民警能力\t产出指标\t数量指标\t培训人次\t≥500人次',
    '^\t^\t^\t^\t满意度指标\t服务对象满意度指标\t参训民警满意度\t≥95%',
  ];
  const recognize = () => {
    const { regions } = segment(toStream(layout(para(CAPTIONS[0]!), para(CAPTIONS[1]!), spanned(rows))));
    return joinContinuedRegions(regions).flatMap((r) => recognizeRegion(r, { ocr: false, diagnostics: [] }));
  };

  it('gives one table per project, with the unit row as budgetUnit and its code', () => {
    const tables = recognize();
    expect(tables.map((t) => t.project?.name)).toEqual(['科技兴警项目', '警务培训项目']);
    for (const t of tables) {
      expect(t.kind).toBe('project-targets');
      expect(t.project).toMatchObject({ budgetUnit: '泉州市公安局', budgetUnitCode: '301001', department: null });
    }
  });

  it('reads each block\'s funds in yuan, goal and indicators', () => {
    const [science, training] = recognize();
    expect(science!.funds).toEqual({ publishedUnit: '万元', rows: [amount('资金总额', 215000)] });
    expect(training!.funds).toEqual({ publishedUnit: '万元', rows: [amount('资金总额', 100000)] });
    expect(science!.goals).toEqual({ planned: '提升科技应用水平', achieved: null });
    expect(rowsOf(science)).toEqual(SCIENCE);
    expect(rowsOf(training)).toEqual(TRAINING);
  });
});

describe('indicators written as text in one 绩效指标 cell (广州)', () => {
  const GUANGZHOU = [
    '2026年项目支出绩效目标表', '单位：万元', '',
    '项目名称\t总计\t财政拨款\t绩效目标\t绩效指标',
    '数据治理项目\t120.5\t100\t提升数据治理水平\t1、1-产出指标；11-数量指标；会议活动保障次数；年度指标值:≥20场。2、1-产出指标；12-质量指标；数据准确率；实施周期指标值:≥98%；年度指标值:≥99%。',
    '政务热线运营\t80\t80\t提升热线服务质量\t1、3-满意度指标；31-服务对象满意度指标；市民满意度；年度指标值:≥90%。',
  ].join('\n');

  it('gives one table per project row, its amounts under their headers', async () => {
    const doc = await run(GUANGZHOU);
    expect(doc.tables.map((t) => [t.kind, t.project?.name])).toEqual([
      ['project-targets', '数据治理项目'], ['project-targets', '政务热线运营'],
    ]);
    expect(doc.tables[0]!.funds).toEqual({ publishedUnit: '万元', rows: [amount('总计', 1205000), amount('财政拨款', 1000000)] });
    expect(doc.tables[1]!.goals).toEqual({ planned: '提升热线服务质量', achieved: null });
  });

  it('parses each item: levels without their codes, the name, the 年度指标值 as target', async () => {
    const [data, hotline] = (await run(GUANGZHOU)).tables;
    expect(data!.indicators.map((i) => [i.level1, i.level2, i.category, i.level3])).toEqual([
      ['产出指标', '数量指标', 'quantity', '会议活动保障次数'],
      ['产出指标', '质量指标', 'quality', '数据准确率'],
    ]);
    expect(data!.indicators[0]!.target).toMatchObject({ raw: '≥20场', comparator: '>=', number: 20, unit: '场' });
    expect(data!.indicators[1]!.target).toMatchObject({ comparator: '>=', number: 99, unit: '%' });
    expect(data!.indicators[1]!.otherColumns).toEqual([{ header: '实施周期指标值', text: '≥98%' }]);
    expect(hotline!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw])).toEqual([
      ['满意度指标', '服务对象满意度指标', '市民满意度', '≥90%'],
    ]);
    for (const i of [...data!.indicators, ...hotline!.indicators]) expect(i.flags).toContain('indicators-from-text');
  });
});
