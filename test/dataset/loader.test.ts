/**
 * Loading Documents: every indicator field comes back from its columns, funds/checks/flags/
 * cells land where the contract has them, and re-loading a source replaces its rows.
 */
import { describe, expect, it } from 'vitest';
import type { Indicator, Value } from '../../src/contract/schema.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { count, datasetOf, LANXIAN, LIUPANSHUI, sample } from './support.js';

type R = Record<string, unknown>;

/** An Indicator rebuilt from its row, written against the contract (not the loader's code). */
function value(row: R, p: string): Value | null {
  if (row[`${p}_raw`] === null) return null;
  const normalized = row[`${p}_normalized_number`] === null ? null : { number: row[`${p}_normalized_number`], unit: row[`${p}_normalized_unit`] };
  return {
    raw: row[`${p}_raw`], kind: row[`${p}_kind`], comparator: row[`${p}_comparator`], number: row[`${p}_number`],
    unit: row[`${p}_unit`], normalized, text: row[`${p}_text`], date: row[`${p}_date`],
  } as Value;
}

function indicator(row: R): Indicator {
  const pair = (a: unknown, b: unknown) => (a === null ? null : [a, b]);
  return {
    level1: row.level1, level1Weight: row.level1_weight, level2: row.level2, category: row.category, level3: row.level3,
    target: value(row, 'target'), initialTarget: value(row, 'initial_target'), actual: value(row, 'actual'),
    completion: row.completion, weight: row.weight, score: row.score, deviation: row.deviation, explanation: row.explanation,
    otherColumns: JSON.parse(row.other_columns as string), confidence: row.confidence, flags: JSON.parse(row.flags as string),
    provenance: {
      page: row.page, rows: pair(row.rows_first, row.rows_last), bbox: row.bbox === null ? null : JSON.parse(row.bbox as string),
      text: row.provenance_text, lines: pair(row.lines_first, row.lines_last),
      ...(row.provenance_cells === null ? {} : { cells: JSON.parse(row.provenance_cells as string) }),
    },
  } as Indicator;
}

describe('loadDocument', () => {
  it('holds every indicator field for field as the Document has it', async () => {
    const docs = [await sample(LIUPANSHUI), await sample(LANXIAN)];
    const db = await datasetOf(...docs);
    const rows = db.prepare('SELECT i.*, t.seq AS table_seq, d.path FROM indicators i JOIN tables t ON t.id = i.table_id JOIN documents d ON d.id = i.document_id ORDER BY d.id, t.seq, i.seq').all() as R[];
    const expected = docs.flatMap((d) => d.tables.flatMap((t) => t.indicators));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => expect(indicator(row)).toEqual(expected[i]));
  });

  it('puts the 六盘水 tables, funds lines, checks and flags where the contract has them', async () => {
    const db = await datasetOf(await sample(LIUPANSHUI));
    expect([count(db, 'documents'), count(db, 'tables'), count(db, 'indicators'), count(db, 'funds_rows')]).toEqual([1, 3, 36, 15]);
    expect(db.prepare('SELECT project_name, department, department_code, year, indicator_count FROM tables ORDER BY seq').all()).toEqual([
      { project_name: '项目支出绩效目标自评表', department: '六盘水市公安局', department_code: '155', year: 2023, indicator_count: 14 },
      { project_name: '警务技能训练中心装修项目经费', department: '六盘水市公安局', department_code: '155', year: 2023, indicator_count: 10 },
      { project_name: '环六国省县乡公路查验点视频监控建设', department: '六盘水市公安局', department_code: '155', year: 2023, indicator_count: 12 },
    ]);
    // 年度资金总额 of the second project: 4990000 budgeted, 4844460.02 executed, 97.08 %; total 94.71, 优
    expect(db.prepare("SELECT funds_unit, funds_annual_budget, funds_executed, funds_execution_rate, total_score, grade FROM tables WHERE seq = 1").get())
      .toEqual({ funds_unit: '元', funds_annual_budget: 4990000, funds_executed: 4844460.02, funds_execution_rate: 97.08, total_score: 94.71, grade: '优' });
    expect(db.prepare("SELECT label, executed FROM funds_rows f JOIN tables t ON t.id = f.table_id WHERE t.seq = 1 ORDER BY f.seq").all()).toEqual([
      { label: '年度资金总额', executed: 4844460.02 }, { label: '财政拨款', executed: 4844460.02 }, { label: '本级安排', executed: 4844460.02 },
      { label: '其中:上级补助', executed: 0 }, { label: '其他', executed: 0 },
    ]);
    // actual repeats the target (≥90% / ≥90% …): 11 + 3 + 7 indicators, each with the failed check as a filterable flag
    expect((db.prepare("SELECT count(*) AS n FROM checks WHERE check_name = 'actual-copies-target' AND ok = 0").get() as R).n).toBe(21);
    expect((db.prepare("SELECT count(*) AS n FROM indicator_flags WHERE flag = 'actual-copies-target' AND source = 'check'").get() as R).n).toBe(21);
    expect(db.prepare("SELECT i.level3 FROM checks c JOIN indicators i ON i.id = c.indicator_id JOIN tables t ON t.id = c.table_id WHERE t.seq = 1 AND c.check_name = 'actual-copies-target' ORDER BY i.seq").all())
      .toEqual([{ level3: '装修验收合格率' }, { level3: '项目或定额成本控制率' }, { level3: '民警使用满意度' }]);
  });

  it('keeps the cells of 决算 tables with their headers, numbers read as numbers', async () => {
    const db = await datasetOf(await sample(LANXIAN));
    const cell = db.prepare(`SELECT amount.text, amount.number FROM row_cells item
      JOIN row_cells amount ON amount.table_id = item.table_id AND amount.row_seq = item.row_seq AND amount.header = '支出/金额'
      JOIN tables t ON t.id = item.table_id WHERE t.kind = 'final-accounts' AND t.title LIKE '公开01表%' AND item.text = '四、公共安全支出'`).get();
    expect(cell).toEqual({ text: '4606.77', number: 4606.77 });
    const income = db.prepare(`SELECT c.number FROM row_cells c JOIN tables t ON t.id = c.table_id
      WHERE t.title LIKE '公开01表%' AND c.header = '收入/金额' AND c.row_seq = 0`).get();
    expect(income).toEqual({ number: 5287.25 });
  });

  it('replaces a re-loaded source in place: same counts, and an edited Document replaces its rows', async () => {
    const doc = await sample(LIUPANSHUI);
    const db = await datasetOf(doc);
    const tally = () => ['documents', 'tables', 'indicators', 'funds_rows', 'checks', 'indicator_flags', 'table_flags', 'diagnostics'].map((t) => count(db, t));
    const before = tally();
    expect(loadDocument(db, doc, { evaltabVersion: 'x' }).replaced).toBe(true);
    expect(tally()).toEqual(before);

    const edited = structuredClone(doc);
    edited.tables.pop(); // the third project (12 indicators, 5 funds lines) goes
    edited.tables[1]!.indicators[9]!.level3 = '民警使用体验';
    loadDocument(db, edited, { evaltabVersion: 'x' });
    expect([count(db, 'documents'), count(db, 'tables'), count(db, 'indicators'), count(db, 'funds_rows')]).toEqual([1, 2, 24, 10]);
    const fts = (q: string) => (db.prepare('SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH ?').get(`"${q}"`) as R).n;
    expect(fts('民警使用满意度')).toBe(0);
    expect(fts('民警使用体验')).toBe(1);
    db.exec("INSERT INTO indicators_fts(indicators_fts) VALUES ('integrity-check')");
    db.exec("INSERT INTO tables_fts(tables_fts) VALUES ('integrity-check')");
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
