/**
 * Probe round 3: a 部门整体支出绩效自评表 (a department's whole spending) has no kind in the contract;
 * it is read as a project-self-evaluation and says so (flag department-whole, a warning). A
 * 区域绩效目标表 printing 实施期 beside 年度 reads the year's target and budget, never both glued.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';

const read = (...rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
const SELF_ROWS = [
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  '产出指标\t数量指标\t文化惠民演出场次\t≥150场\t186场\t50\t50',
  '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t50\t50',
];

describe('a department-level self-evaluation', () => {
  it('is flagged department-whole, with a warning', async () => {
    const doc = await read('2023年度部门整体支出绩效自评表', '', '部门名称\t绍兴市柯桥区文化广电旅游局\t\t\t\t\t', ...SELF_ROWS);
    expect(doc.tables.map((t) => [t.kind, t.flags])).toEqual([['project-self-evaluation', ['department-whole']]]);
    expect(doc.tables[0]!.confidence).toBeLessThan(0.9);
    expect(doc.diagnostics.filter((d) => d.code === 'recognize:department-whole')).toHaveLength(1);
  });

  it('a project self-evaluation is not', async () => {
    const doc = await read('项目支出绩效自评表', '', '项目名称\t公共文化服务\t\t\t\t\t', ...SELF_ROWS);
    expect(doc.tables[0]!.flags).toEqual([]);
    expect(doc.diagnostics.filter((d) => d.code === 'recognize:department-whole')).toEqual([]);
  });
});

describe('a 区域绩效目标表 with 实施期 beside 年度', () => {
  it('takes the year\'s target and budget', async () => {
    const doc = await read(
      '2024年度专项转移支付区域绩效目标表', '',
      '专项名称\t农业经营主体能力提升资金\t\t\t\t',
      '资金情况（万元）\t\t实施期资金总额\t年度资金总额\t\t',
      '\t资金总额\t86,000.00\t21,500.00\t\t',
      '绩效指标\t一级指标\t二级指标\t三级指标\t实施期指标值\t年度指标值',
      '\t产出指标\t数量指标\t培育高素质农民人数\t≥10万人\t≥2.4万人',
    );
    const t = doc.tables[0]!;
    expect(t.funds?.rows.map((r) => r.annualBudget)).toEqual([215_000_000]);
    expect(t.indicators.map((i) => [i.target?.number, i.target?.unit])).toEqual([[2.4, '万人']]);
    expect(t.indicators[0]!.flags).not.toContain('cell-doubled');
  });
});
