import { describe, expect, it } from 'vitest';
import { segment, type Region } from '../../src/recognize/segment.js';
import { toStream } from '../../src/recognize/stream.js';
import { grid, layout, para } from './helpers.js';

const run = (...blocks: Parameters<typeof layout>) => segment(toStream(layout(...blocks)));
/** A region as: title, kind, year, its context texts and the first cell of each of its lines. */
const view = (r: Region) => ({
  title: r.title, titleKind: r.titleKind, year: r.year,
  context: r.context.map((l) => l.texts.filter((t) => t !== '').join('|')),
  lines: r.lines.map((l) => l.texts.find((t) => t !== '') ?? ''),
});

describe('segment', () => {
  it('opens a region at a title paragraph and takes the year from the "(2023年度)" caption', () => {
    const { regions, diagnostics } = run(
      para('项目支出绩效目标自评表', 3), para('(2023年度)', 5), para('填报日期: 2023/12/25', 9),
      grid(['项目名称\t\t拘押场所经费', '主管部门及代码\t\t[155]六盘水市公安局'], 11),
    );
    expect(diagnostics).toEqual([]);
    expect(regions.map(view)).toEqual([{
      title: '项目支出绩效目标自评表', titleKind: 'project-self-evaluation', year: 2023,
      context: ['项目支出绩效目标自评表', '(2023年度)', '填报日期: 2023/12/25'], // ASCII ': 2' keeps its space (contract: cleaned text)
      lines: ['项目名称', '主管部门及代码'],
    }]);
  });

  it('reads one-cell title and "(2021年度)" rows of a DOCX dump as captions, not table rows', () => {
    const { regions, diagnostics } = run(grid(['项目支出绩效自评表', '(2021年度)', '项目名称\t昌吉州公安局UPS后备电源改造', '主管部门\t昌吉回族自治州公安局本级']));
    expect(diagnostics).toEqual([]);
    expect(regions.map(view)).toEqual([{
      title: '项目支出绩效自评表', titleKind: 'project-self-evaluation', year: 2021,
      context: ['项目支出绩效自评表', '(2021年度)'],
      lines: ['项目名称', '主管部门'],
    }]);
  });

  it('starts a new region at a second 项目名称 row of the same grid', () => {
    const { regions } = run(grid(['项目名称\t拘押场所经费', '总分\t100', '项目名称\t警务技能训练中心装修项目经费', '总分\t94.71']));
    expect(regions.map((r) => view(r).lines)).toEqual([['项目名称', '总分'], ['项目名称', '总分']]);
  });

  it('moves the second project\'s preamble rows ("(2025年度)", "编制单位…") to the next region\'s context', () => {
    const { regions } = run(grid([
      '项目名称\t拘押场所经费', '总分\t100',
      '(2025年度)', '编制单位(盖章)：六盘水市公安局',
      '项目名称\t警务技能训练中心装修项目经费', '总分\t94.71',
    ]));
    expect(regions.map(view)).toEqual([
      { title: null, titleKind: null, year: null, context: [], lines: ['项目名称', '总分'] },
      { title: null, titleKind: null, year: 2025, context: ['(2025年度)', '编制单位(盖章):六盘水市公安局'], lines: ['项目名称', '总分'] },
    ]);
  });

  it('ends a region at the first paragraph after its rows; the note becomes context of what follows', () => {
    const { regions } = run(
      para('收入支出决算总表'), grid(['项目\t本年收入', '一般公共预算财政拨款收入\t1,234.56']),
      para('注：本表反映部门本年度的总收支和年末结转结余情况。'),
      para('支出决算表'), grid(['科目编码\t科目名称\t本年支出', '204\t公共安全支出\t1,000.00']),
    );
    expect(regions.map((r) => [r.title, r.titleKind, r.lines.length])).toEqual([
      ['收入支出决算总表', 'final-accounts', 2],
      ['支出决算表', 'final-accounts', 2],
    ]);
    expect(regions[1]!.context.map((l) => l.texts[0])).toEqual(['注:本表反映部门本年度的总收支和年末结转结余情况。', '支出决算表']); // full-width colon folded
  });

  it('skips a table of contents (rows ending in page numbers) with an info diagnostic', () => {
    const { regions, diagnostics } = run(
      para('目录', 1), grid(['一、收入支出决算总表\t3', '二、收入决算表\t4', '三、支出决算表\t5'], 2),
      para('收入支出决算总表', 6), grid(['项目\t本年收入', '一般公共预算财政拨款收入\t1,234.56'], 7),
    );
    expect(regions.map((r) => r.title)).toEqual(['收入支出决算总表']);
    expect(diagnostics.map((d) => `${d.level} ${d.code}: ${d.message}`)).toEqual([
      'info segment:toc-skipped: table of contents with 3 entries skipped (line 2)',
    ]);
  });

  it('skips a single untitled row outside any table with an info diagnostic', () => {
    const { regions, diagnostics } = run(para('说明'), grid(['经办人\t郭伟尾\t联系电话\t8732066']));
    expect(regions).toEqual([]);
    expect(diagnostics.map((d) => `${d.level} ${d.code}: ${d.message}`)).toEqual([
      'info segment:fragment-skipped: single row outside any table skipped: "经办人 | 郭伟尾 | 联系电话 | 8732066"',
    ]);
  });

  it('keeps a lone 项目名称 row: it is a project table, however short', () => {
    const { regions, diagnostics } = run(grid(['项目名称\t拘押场所经费']));
    expect(diagnostics).toEqual([]);
    expect(regions).toHaveLength(1);
  });

  it('skips a sign-off box under a table (审核意见 over 盖章 and the date), and says so', () => {
    const { regions, diagnostics } = run(
      para('项目支出绩效目标表', 1), grid(['项目名称\t农田水利', '三级指标\t指标值', '灌溉面积\t≥500亩'], 2),
      para('填报人：张三', 6), grid(['主管部门审核意见\t财政部门审核意见', '（盖章）  年  月  日\t（盖章）  年  月  日'], 7),
    );
    expect(regions.map((r) => r.lines.length)).toEqual([3]);
    expect(diagnostics.map((d) => d.code)).toEqual(['segment:sign-off-skipped']);
  });
});
