import { describe, expect, it } from 'vitest';
import { isConclusionRow, isGoalsRow, isTotalRow, readConclusion, readGoals, readTotal } from '../../../src/recognize/project/blocks.js';
import { toStream } from '../../../src/recognize/stream.js';
import { grid, layout, lineOf, linesOf, para } from '../helpers.js';

describe('readTotal', () => {
  it.each([
    ['总分\t\t100\t94.71', { weight: 100, score: 94.71, grade: null }],
    ['总 分\t\t\t\t\t\t100\t94.71\t', { weight: 100, score: 94.71, grade: null }], // liupanshui line 68
    ['总分\t0\t差', { weight: null, score: 0, grade: '差' }], // one number is the score
    ['总分\t100\t96\t优', { weight: 100, score: 96, grade: '优' }],
    ['综合得分\t100\t85.5\t良好', { weight: 100, score: 85.5, grade: '良' }],
    ['总分\t100\t92\t优秀', { weight: 100, score: 92, grade: '优' }],
    ['合计\t\t', { weight: null, score: null, grade: null }],
  ])('%s', (row, total) => {
    expect(readTotal(lineOf(row))).toEqual(total);
  });
});

describe('block rows', () => {
  it('recognises 总分 rows, also behind a block label column and with spaces inside', () => {
    expect(isTotalRow(lineOf('总 分\t\t\t100\t100'))).toBe(true);
    expect(isTotalRow(lineOf('绩效指标\t总分\t100\t100'))).toBe(true);
    expect(isTotalRow(lineOf('\t\t得分率\t≥90%'))).toBe(false);
  });

  it('recognises goals and conclusion rows (liupanshui-police-2023 lines 19 and 37)', () => {
    expect(isGoalsRow(lineOf('年度 总体 目标\t预期目标\t\t\t实际完成情况'))).toBe(true);
    expect(isGoalsRow(lineOf('\t三、目标完成情况\t年度预期目标'))).toBe(true);
    expect(isConclusionRow(lineOf('自 评 结 论\t1. 保障在押人员基本生活'))).toBe(true);
    expect(isConclusionRow(lineOf('项目名称\t自评结论汇编'))).toBe(false);
  });
});

describe('readGoals', () => {
  it('leaves out the goal of a longer period: a 中长期目标 column beside 年度目标, a 中期绩效目标 row', () => {
    expect(readGoals(linesOf(
      '总体目标\t中长期目标\t年度目标',
      '\t三年内实现心理教师配备全覆盖。\t完成全区中小学生心理健康筛查。',
    ))).toEqual({ planned: '完成全区中小学生心理健康筛查。', achieved: null });
    expect(readGoals(linesOf(
      '年度绩效目标\t完成河道清淤18公里。',
      '中期绩效目标\t到2028年完成河道清淤50公里。',
    ))).toEqual({ planned: '完成河道清淤18公里。', achieved: null });
  });

  it('reads the planned and the achieved goal after the header cells', () => {
    expect(readGoals(linesOf(
      '年度总体目标\t预期目标\t\t\t实际完成情况',
      '\t1、保障在押人员基本生活、安全保障。\t\t\t1、已保障在押人员基本生活、安全保障。',
    ))).toEqual({ planned: '1、保障在押人员基本生活、安全保障。', achieved: '1、已保障在押人员基本生活、安全保障。' });
  });

  it('is null when only header cells are printed', () => {
    expect(readGoals(linesOf('年度总体目标\t预期目标\t\t\t实际完成情况'))).toBeNull();
  });
});

describe('readConclusion', () => {
  it('takes the grade from "自评等次：优" and the text without its label', () => {
    const read = readConclusion(linesOf('自评结论\t预算绩效自评得分：94.71分，自评等次：优。'));
    expect(read).toEqual({ text: '预算绩效自评得分:94.71分,自评等次:优。', grade: '优' });
  });

  it.each([
    ['评价等级为良', '良'], ['评价结果为“中”', '中'], ['自评等次 差', '差'], ['项目完成较好', null],
    // a conclusion that is nothing but the grade (自评结论 | 优)
    ['优', '优'], ['良好', '良'], ['中等', '中'], ['优化流程', null],
  ])('grade of "%s" → %s', (text, grade) => {
    expect(readConclusion(linesOf(`自评结论\t${text}`)).grade).toBe(grade);
  });

  it('joins the conclusion rows and stops at the first paragraph after them', () => {
    const lines = toStream(layout(grid(['项目绩效分析\t一、项目完成较好', '\t二、下一步加强资金管理']), para('填表人：李红艳')));
    expect(readConclusion(lines)).toEqual({ text: '一、项目完成较好\n二、下一步加强资金管理', grade: null });
  });
});

describe('readTotal: a grade labelled in a cell of the 总分 row', () => {
  it('总分 | 100 | 98.5 | 自评等级：优', () => {
    expect(readTotal(lineOf('总分\t\t100\t98.5\t自评等级：优'))).toEqual({ weight: 100, score: 98.5, grade: '优' });
  });
});

describe('isTotalRow: 自评得分 | 98.5 | 自评等级 | 优', () => {
  it('is the total row, with its score and grade', () => {
    const line = lineOf('自评得分\t98.5\t自评等级\t优');
    expect(isTotalRow(line)).toBe(true);
    expect(readTotal(line)).toEqual({ weight: null, score: 98.5, grade: '优' });
  });
});
