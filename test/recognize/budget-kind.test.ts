/**
 * 科目代码/科目名称 rows are 决算 (final-accounts) tables only when the title does not name a
 * 预算 (budget): a 部门预算公开 prints the same columns for its budget tables, which are "other".
 */
import { describe, expect, it } from 'vitest';
import { processBytes } from '../../src/pipeline.js';

const read = (...rows: string[]) => processBytes('x.txt', new TextEncoder().encode(rows.join('\n')));
const ROWS = [
  '单位：万元',
  '科目代码\t科目名称\t合计\t基本支出\t项目支出',
  '205\t教育支出\t1200.00\t800.00\t400.00',
  '20502\t普通教育\t1200.00\t800.00\t400.00',
];

describe('科目 tables', () => {
  it('under a 预算 title are budget tables: other', async () => {
    const doc = await read('2024年一般公共预算支出表', ...ROWS);
    expect(doc.tables.map((t) => t.kind)).toEqual(['other']);
  });

  it('under a 决算 title, or none, are final accounts', async () => {
    expect((await read('2024年一般公共预算财政拨款支出决算表', ...ROWS)).tables.map((t) => t.kind)).toEqual(['final-accounts']);
    expect((await read(...ROWS)).tables.map((t) => t.kind)).toEqual(['final-accounts']);
  });
});
