import { describe, expect, it } from 'vitest';
import { projectOf, readHeaderFields, splitCode } from '../../../src/recognize/project/header-fields.js';
import { linesOf } from '../helpers.js';

describe('splitCode', () => {
  it.each([
    ['[155]六盘水市公安局', '六盘水市公安局', '155'], // spec/output-contract.md 主管部门(及代码)
    ['053001-岚县公安局', '岚县公安局', '053001'], // spec/output-contract.md 预算单位
    ['053-岚县公安局', '岚县公安局', '053'],
    ['【155】六盘水市公安局', '六盘水市公安局', '155'],
    ['（155）六盘水市公安局', '六盘水市公安局', '155'],
    [' [155] 六盘水市公安局 ', '六盘水市公安局', '155'],
    ['六盘水市公安局', '六盘水市公安局', null],
    ['12345', '12345', null], // digits only: no name to split off
  ])('%s → name %s, code %s', (text, name, code) => {
    expect(splitCode(text)).toEqual({ name, code });
  });

  it('gives nulls for a missing field', () => {
    expect(splitCode(undefined)).toEqual({ name: null, code: null });
  });
});

describe('readHeaderFields', () => {
  it('pairs each label with the next value cell (liupanshui-police-2023 lines 11-12)', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t\t警务技能训练中心装修项目经费\t\t\t\t\t\t',
      '主管部门及代码\t\t[155]六盘水市公安局\t\t实施单位\t六盘水市公安局\t\t\t',
    ))).toEqual({ name: '警务技能训练中心装修项目经费', department: '[155]六盘水市公安局', implementingUnit: '六盘水市公安局' });
  });

  it('reads 预算单位 and ignores fields the contract does not keep (项目负责人, 联系电话)', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t\t尸体解剖室建设（基建及装修）',
      '主管部门及代码\t\t053-岚县公安局\t\t\t预算单位\t\t053001-岚县公安局',
      '项目负责人\t张三\t联系电话\t0358-1234567',
    ))).toEqual({ name: '尸体解剖室建设(基建及装修)', department: '053-岚县公安局', budgetUnit: '053001-岚县公安局' });
  });

  it('joins a span of time printed over three cells (a spreadsheet\'s two date cells around 至)', () => {
    expect(readHeaderFields(linesOf(
      '项目名称\t农村公路养护',
      '项目期限\t2024年1月1日\t至\t2024年12月31日\t实施单位\t沂南县交通运输局',
    ))).toEqual({ name: '农村公路养护', period: '2024年1月1日至2024年12月31日', implementingUnit: '沂南县交通运输局' });
  });

  it('accepts labels with a trailing colon and OCR-glued labels, and keeps the first value of a field', () => {
    expect(readHeaderFields(linesOf(
      '项目名称：\t拘押场所经费',
      '实施（主管）单位项目负责人\t政法委',
      '项目名称\t另一个项目',
    ))).toEqual({ name: '拘押场所经费', implementingUnit: '政法委' });
  });
});

describe('projectOf', () => {
  it('splits codes off 主管部门 and 预算单位', () => {
    expect(projectOf({ name: '尸体解剖室建设', department: '053-岚县公安局', budgetUnit: '053001-岚县公安局', period: '2024年' })).toEqual({
      name: '尸体解剖室建设', department: '岚县公安局', departmentCode: '053', implementingUnit: null,
      budgetUnit: '岚县公安局', budgetUnitCode: '053001', category: null, attribute: null, period: '2024年',
    });
  });

  it('is null without a project name', () => {
    expect(projectOf({ department: '[155]六盘水市公安局' })).toBeNull();
  });
});

describe('a code printed in a field of its own', () => {
  it('主管部门编码 | 411001 is the department code; 单位编码 the budget unit code; a name there is no code', () => {
    const fields = readHeaderFields(linesOf(
      '项目名称\t蝗虫防控\t项目编码\t65000024R00012',
      '主管部门\t新疆维吾尔自治区农业农村厅\t主管部门编码\t411001',
      '预算单位\t自治区植保站\t单位编码\t某某单位',
    ));
    expect(projectOf(fields)).toMatchObject({ department: '新疆维吾尔自治区农业农村厅', departmentCode: '411001', budgetUnit: '自治区植保站', budgetUnitCode: null });
  });
});
