/** The audit questions over the hand-made documents (handmade.ts), whose checks and figures are known. */
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../src/dataset/filters.js';
import { executionBuckets, reportFigures } from '../../src/dataset/report/figures.js';
import { chartJsSource, escapeHtml, reportHtml } from '../../src/dataset/report/html.js';
import { reportText } from '../../src/dataset/report/text.js';
import { documentA, documentB } from './handmade.js';
import { datasetOf } from './support.js';

describe('report figures', async () => {
  const db = await datasetOf(documentA(), documentB());
  const figures = reportFigures(db, NO_FILTERS);

  it('count documents, tables, projects, indicators and those needing review', () => {
    expect(figures.totals).toEqual({ documents: 2, tables: 5, projects: 4, indicators: 8, indicatorsNeedingReview: 2, tablesNeedingReview: 2 });
    expect(figures.groups).toEqual([
      { department: '乙县财政局', year: 2024, documents: 1, tables: 2, projects: 2, indicators: 3, indicatorsNeedingReview: 1 },
      { department: '甲市公安局', year: 2023, documents: 1, tables: 2, projects: 2, indicators: 5, indicatorsNeedingReview: 1 },
      { department: null, year: 2024, documents: 1, tables: 1, projects: 0, indicators: 0, indicatorsNeedingReview: 0 },
    ]);
  });

  it('give the execution-rate distribution of the funds blocks and the grades by department', () => {
    expect(figures.execution).toEqual({
      count: 3, computed: 0, mean: 85, median: 95, below90: 1,
      buckets: [
        { label: '<60', count: 0 }, { label: '60–70', count: 1 }, { label: '70–80', count: 0 }, { label: '80–90', count: 0 },
        { label: '90–95', count: 0 }, { label: '95–<100', count: 1 }, { label: '100', count: 1 }, { label: '>100', count: 0 },
      ],
    });
    expect(figures.grades).toEqual([
      { department: '乙县财政局', counts: { 优: 1, 良: 0, 中: 0, 差: 0, none: 0 } },
      { department: '甲市公安局', counts: { 优: 2, 良: 0, 中: 0, 差: 0, none: 0 } },
    ]);
    expect(executionBuckets([59.99, 60, 99.99, 100, 100.01]).filter((b) => b.count > 0).map((b) => b.label)).toEqual(['<60', '60–70', '95–<100', '100', '>100']);
  });

  it('count and list the failed checks the Documents carry', () => {
    const counts = Object.fromEntries(figures.findings.map((f) => [f.check, [f.failed, f.tables, f.checkedTables]]));
    expect(counts).toEqual({
      'actual-copies-target': [2, 2, 3],
      'target-missed-but-full-score': [1, 1, 1],
      'score-within-weight': [1, 1, 1],
      'scores-sum-total': [1, 1, 1],
      'weights-sum-100': [0, 0, 3],
      'grade-matches-score': [1, 1, 2],
      'execution-rate': [0, 0, 0],
      'target-met-but-not-scored': [0, 0, 0],
    });
    const above = figures.findings.find((f) => f.check === 'score-within-weight')!.items;
    expect(above).toEqual([{ department: '甲市公安局', year: 2023, project: '交通监控运维', indicator: '运维次数', message: '运维次数: score 62 exceeds weight 60', confidence: 0.9, source: 'in/a.txt', page: 1, line: null }]);
    const total = figures.findings.find((f) => f.check === 'scores-sum-total')!.items[0]!;
    expect([total.project, total.indicator, total.confidence]).toEqual(['办案装备购置', null, 0.85]);
  });

  it('answer for the tables the filters keep', () => {
    const y2024 = reportFigures(db, { ...NO_FILTERS, year: 2024 });
    expect(y2024.totals).toEqual({ documents: 1, tables: 3, projects: 2, indicators: 3, indicatorsNeedingReview: 1, tablesNeedingReview: 1 });
    expect(y2024.findings.find((f) => f.check === 'actual-copies-target')!.items.map((i) => i.indicator)).toEqual(['满意度调查']);
    expect(reportFigures(db, { ...NO_FILTERS, department: '公安' }).execution.median).toBe(77.5);
  });

  it('prints the figures as text', () => {
    const text = reportText(figures, { database: 'd.sqlite', width: 120, top: 1 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('evaltab report — d.sqlite (all tables)');
    expect(lines).toContain('2 documents, 5 tables, 4 projects, 8 indicators.');
    expect(lines).toContain('Needing review (confidence < 0.8): 2 of 8 indicators (25.0 %), 2 of 5 tables (40.0 %).');
    expect(lines).toContain('Budget execution rate, % (3 tables with a funds block; mean 85, median 95; 1 below 90 %)');
    expect(lines).toContain(`  60–70    ${'█'.repeat(30)} 1`);
    expect(lines).toContain('Actual value copies the target [actual-copies-target]: 2 in 2 of 3 tables checked');
    expect(lines).toContain('… 1 more: evaltab export --db d.sqlite --what checks --flag actual-copies-target --to actual-copies-target.csv (or --html)');
    expect(lines).toContain('Weights do not add up [weights-sum-100]: 0 in 0 of 3 tables checked');
  });
});

describe('HTML report', async () => {
  const hostile = documentA();
  hostile.tables[0]!.project!.name = '<script>alert("x")</script>&项目';
  const db = await datasetOf(hostile, documentB());
  const html = reportHtml(reportFigures(db, NO_FILTERS), await chartJsSource(), { database: 'd.sqlite', evaltabVersion: '9.9.9', generatedAt: '2026-01-01T00:00:00Z' });

  it('escapes text from the documents everywhere', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;项目');
  });

  it('is self-contained: chart.js inlined, nothing loaded from elsewhere', () => {
    expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
    expect(html).toMatch(/<script>[^<]*?Chart\.js v4\./);
    expect(html.match(/<table class="sortable">/g)).toHaveLength(2 + 5); // groups, grades, and the 5 kinds of finding with items
  });

  it('embeds the chart figures as JSON', () => {
    const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual({
      execution: { labels: ['<60', '60–70', '70–80', '80–90', '90–95', '95–<100', '100', '>100'], counts: [0, 1, 0, 0, 0, 1, 1, 0] },
      grades: { departments: ['乙县财政局', '甲市公安局'], series: [
        { grade: '优', counts: [1, 2] }, { grade: '良', counts: [0, 0] }, { grade: '中', counts: [0, 0] }, { grade: '差', counts: [0, 0] }, { grade: 'none', counts: [0, 0] },
      ] },
    });
  });
});
