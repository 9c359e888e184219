/** Full-text search (trigram and the LIKE fallback) and the filters, over known documents. */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/contract/schema.js';
import { NO_FILTERS, type Filters } from '../../src/dataset/filters.js';
import { countRows, selectRows, selectSql, type ViewQuery } from '../../src/dataset/query.js';
import { documentA, documentB } from './handmade.js';
import { datasetOf, LANXIAN, LIUPANSHUI, sample } from './support.js';

const names = (rows: Iterable<Record<string, unknown>>, key = 'level3') => [...rows].map((r) => r[key]);
const q = (text: string, filters: Partial<Filters> = {}, what: ViewQuery['what'] = 'indicators'): ViewQuery => ({ what, text, filters: { ...NO_FILTERS, ...filters } });

describe('search over the 六盘水 and 岚县 samples', async () => {
  const db = await datasetOf(await sample(LIUPANSHUI), await sample(LANXIAN));

  it('finds a 3-character word through the trigram index', () => {
    const hits = names(selectRows(db, q('满意度', { year: 2023 })));
    expect(hits).toEqual(['社会公众或服务对象满意度', '民警使用满意度', '疫情防控工作满意度']);
    const { sql, params } = selectSql(q('满意度'));
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan).toMatch(/SCAN indicators_fts VIRTUAL TABLE INDEX \d+:M/);
    expect(plan).toMatch(/^SEARCH i USING INTEGER PRIMARY KEY/); // driven by the matches, not a scan of every indicator
  });

  it('finds a 2-character word by LIKE, where the trigram index cannot', () => {
    const hits = names(selectRows(db, q('核酸')));
    expect(hits).toEqual(['跟踪入六的省外、省内风险人员实行核酸抗原检测+“落地检”', '跟踪落实就近就快“点对点”核酸检测']);
    expect((db.prepare('SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH ?').get('"核酸"') as { n: number }).n).toBe(0);
  });

  it('matches indicators by their project name, and tables by their goals', () => {
    expect(countRows(db, q('视频监控'))).toBe(12);
    expect(names(selectRows(db, q('核酸', {}, 'tables')), 'project')).toEqual(['环六国省县乡公路查验点视频监控建设']);
  });

  it('combines words (all must match) with filters', () => {
    expect(names(selectRows(db, q('满意度 民警', { year: 2023 })))).toEqual(['民警使用满意度']);
    expect(names(selectRows(db, q('满意度', { flag: 'actual-copies-target', year: 2023 })))).toEqual(['社会公众或服务对象满意度', '民警使用满意度']);
    expect(countRows(db, q('满意度', { department: '岚县' }))).toBe(countRows(db, q('满意度', { year: 2024 })));
    expect(countRows(db, q('满意度', { year: 2022 }))).toBe(0);
  });

  it('takes FTS syntax in a query as plain text', () => {
    expect(countRows(db, q('"满意度'))).toBe(0);
    expect(countRows(db, q('满意度 OR 核酸'))).toBe(0);
    expect(countRows(db, q('100%'))).toBeGreaterThan(0);
  });
});

describe('filters over the hand-made documents', async () => {
  it('are valid Documents', () => {
    expect(DocumentSchema.safeParse(documentA()).success).toBe(true);
    expect(DocumentSchema.safeParse(documentB()).success).toBe(true);
  });

  const db = await datasetOf(documentA(), documentB());
  const indicators = (filters: Partial<Filters>) => names(selectRows(db, q('', filters)));

  it('select indicators by year, department, family, flag, confidence, category and 一级', () => {
    expect(indicators({})).toHaveLength(8);
    expect(indicators({ year: 2023 })).toEqual(['设备完好率', '群众满意度', '运维次数', '装备数量', '使用满意度']);
    expect(indicators({ department: '财政' })).toEqual(['补贴发放人数', '满意度调查', '路面完好率']);
    expect(indicators({ family: 'project-targets' })).toEqual(['路面完好率']);
    expect(indicators({ flag: 'cells-shifted' })).toEqual(['群众满意度']);
    expect(indicators({ flag: 'actual-copies-target' })).toEqual(['设备完好率', '满意度调查']);
    expect(indicators({ below: 0.8 })).toEqual(['群众满意度', '满意度调查']);
    expect(indicators({ category: 'satisfaction', year: 2023 })).toEqual(['群众满意度', '使用满意度']);
    expect(indicators({ level1: '产出指标', department: '公安' })).toEqual(['设备完好率', '运维次数', '装备数量']);
  });

  it('apply to tables, funds lines and checks through their tables', () => {
    expect(names(selectRows(db, q('', { flag: 'grade-matches-score' }, 'tables')), 'project')).toEqual(['办案装备购置']);
    expect(names(selectRows(db, q('', { year: 2024 }, 'funds')), 'executed')).toEqual([2_000_000]);
    expect(names(selectRows(db, q('', { flag: 'actual-copies-target' }, 'checks')), 'message')).toEqual(['设备完好率: actual "≥95%" repeats the target verbatim', '满意度调查: actual "≥90%" repeats the target verbatim']);
    expect(names(selectRows(db, q('', { category: 'quantity', year: 2023 }, 'tables')), 'project')).toEqual(['交通监控运维', '办案装备购置']);
  });

  it('search hand-made indicators with a filter', () => {
    expect(names(selectRows(db, q('满意度', { year: 2024 })))).toEqual(['满意度调查']);
    expect(names(selectRows(db, q('满意', { department: '公安' })))).toEqual(['群众满意度', '使用满意度']);
  });
});
