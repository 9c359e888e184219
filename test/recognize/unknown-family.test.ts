/**
 * Tables of families the contract does not know (绩效运行监控表, an evaluation 评分表) print 一级/二级/三级
 * and values like a project table: they are read as rows (kind "other"), flagged family-unknown and
 * named in a recognize:unknown-family warning, never read as a self-evaluation or a target table.
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';

const read = (...rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
const MONITORING_ROWS = [
  '项目名称\t城乡居民养老保险经办服务\t\t\t\t\t\t',
  '一级指标\t二级指标\t三级指标\t年度指标值\t1-6月完成值\t全年预计完成值\t偏差原因分析\t完成目标可能性',
  '产出指标\t数量指标\t参保登记人数\t≥12万人\t11.3万人\t12.1万人\t\t确定能',
  '满意度指标\t服务对象满意度指标\t参保群众满意度\t≥90%\t—\t≥90%\t满意度调查安排在四季度\t有可能',
];

describe('a table of a family the contract does not know', () => {
  it('a 绩效运行监控表 by its title', async () => {
    const doc = await read('2024年项目支出绩效运行监控表', '', ...MONITORING_ROWS);
    expect(doc.tables.map((t) => [t.kind, t.flags])).toEqual([['other', ['family-unknown']]]);
    expect(doc.tables[0]!.confidence).toBeLessThan(0.8);
    expect(doc.diagnostics.filter((d) => d.code === 'recognize:unknown-family').map((d) => d.message)).toEqual([
      'table "2024年项目支出绩效运行监控表" is not a family the contract knows: its title names a 绩效运行监控表; read as rows',
    ]);
    expect(doc.status).toBe('partial');
  });

  it('a monitoring table by its columns, under a heading that names no family', async () => {
    const doc = await read('重点项目绩效目标执行情况（1至9月）', '', ...MONITORING_ROWS);
    expect(doc.tables.map((t) => t.kind)).toEqual(['other']);
    expect(doc.diagnostics.find((d) => d.code === 'recognize:unknown-family')?.message).toContain('1-6月完成值, 全年预计完成值, 完成目标可能性');
  });

  it('a 评分表 with weights and scores but no target or actual column', async () => {
    const doc = await read(
      '项目名称\t学生营养改善计划\t\t\t\t',
      '一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分',
      '决策\t项目立项\t立项依据充分性\t3\t立项依据充分得3分\t3',
      '产出\t产出数量\t受益学生覆盖率\t20\t覆盖率100%得满分\t20',
    );
    expect(doc.tables.map((t) => [t.kind, t.flags])).toEqual([['other', ['family-unknown']]]);
    expect(doc.diagnostics.find((d) => d.code === 'recognize:unknown-family')?.message).toContain('no target or actual column');
  });

  it('a self-evaluation stays one: a 项目支出绩效自评表 with its values', async () => {
    const doc = await read(
      '项目支出绩效自评表', '',
      '项目名称\t公共图书馆免费开放补助\t\t\t\t\t',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t年接待读者人次\t≥80万人次\t86.4万人次\t15\t15',
    );
    expect(doc.tables.map((t) => t.kind)).toEqual(['project-self-evaluation']);
    expect(doc.diagnostics.filter((d) => d.code === 'recognize:unknown-family')).toEqual([]);
  });
});

describe('monitoring columns', () => {
  it('are the months run so far, not the whole year a self-evaluation may print', async () => {
    const { MONITORING_HEADER } = await import('../../pipelines/columns.js');
    expect(['1-6月完成值', '1至9月执行数', '1-11月完成值', '截至6月底完成值', '全年预计完成值', '完成目标可能性'].filter((h) => MONITORING_HEADER.test(h))).toHaveLength(6);
    expect(['1-12月完成值', '截至12月底完成值', '实际完成值', '年度指标值'].filter((h) => MONITORING_HEADER.test(h))).toEqual([]);
  });
});
