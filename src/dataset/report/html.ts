/**
 * The report as one self-contained HTML page: sortable tables of every figure and finding,
 * and two charts drawn by chart.js, whose UMD build is read from the installed package at
 * run time and inlined — the page loads nothing from the network. Every text from the
 * dataset is HTML-escaped; the chart figures travel as JSON in a script element.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { MissingPackageError } from '../../emit/optional.js';
import type { FindingFigures, GradeFigures, GroupFigures, ReportFigures } from './figures.js';
import { CHART_SCRIPT, SORT_SCRIPT, STYLE } from './html-assets.js';
import { describeFilters, percent } from './text.js';

export interface HtmlOptions {
  database: string;
  evaltabVersion: string;
  generatedAt: string;
}

export const escapeHtml = (value: unknown): string =>
  (value === null || value === undefined ? '' : String(value)).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The chart.js UMD build (a global `Chart`), from the installed package. */
export async function chartJsSource(): Promise<string> {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('chart.js');
  } catch (error) {
    throw new MissingPackageError('chart.js', 'the HTML report', error);
  }
  const file = ['chart.umd.min.js', 'chart.umd.js'].map((name) => join(dirname(entry), name)).find((path) => existsSync(path));
  if (!file) throw new MissingPackageError('chart.js', 'the HTML report (no UMD build in the installed chart.js)');
  return readFile(file, 'utf8');
}

/** Text safe inside a <script> element: it cannot close the element early. */
const scriptSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

export function reportHtml(figures: ReportFigures, chartJs: string, options: HtmlOptions): string {
  const t = figures.totals;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>evaltab report — ${escapeHtml(basename(options.database))}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>evaltab report</h1>
<p class="meta">${escapeHtml(options.database)} · ${escapeHtml(describeFilters(figures.filters))} · evaltab ${escapeHtml(options.evaltabVersion)} · ${escapeHtml(options.generatedAt)}</p>
<div class="cards">
${card('documents', t.documents)}${card('tables', t.tables)}${card('projects', t.projects)}${card('indicators', t.indicators)}
${card('indicators needing review', `${t.indicatorsNeedingReview} (${percent(t.indicatorsNeedingReview, t.indicators)})`)}${card('tables needing review', `${t.tablesNeedingReview} (${percent(t.tablesNeedingReview, t.tables)})`)}
</div>
<div class="charts">
<section><h2>Budget execution rate</h2><p class="meta">${executionNote(figures)}</p><div class="chart"><canvas id="execution-chart"></canvas></div></section>
<section><h2>Grades by department</h2><p class="meta">self-evaluation tables</p><div class="chart"><canvas id="grade-chart"></canvas></div></section>
</div>
<h2>Projects and indicators by department and year</h2>
${groupsTable(figures.groups)}
<h2>Grades of the self-evaluations</h2>
${gradesTable(figures.grades)}
${figures.findings.map(findingSection).join('\n')}
<script type="application/json" id="report-data">${scriptSafe(JSON.stringify(chartData(figures)))}</script>
<script>${scriptSafe(chartJs)}</script>
<script>${CHART_SCRIPT}</script>
<script>${SORT_SCRIPT}</script>
</body>
</html>
`;
}

const card = (label: string, value: unknown) => `<div class="card"><b>${escapeHtml(value)}</b>${escapeHtml(label)}</div>`;

function executionNote({ execution: e }: ReportFigures): string {
  const mean = e.mean === null ? '–' : e.mean;
  return escapeHtml(`${e.count} tables with a funds block; mean ${mean} %, median ${e.median ?? '–'} %; ${e.below90} below 90 %${e.computed > 0 ? `; ${e.computed} computed as 执行数 / 全年预算数` : ''}`);
}

/** A sortable table; a number cell carries data-sort so it sorts as a number. */
function table(headers: string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => (typeof v === 'number' ? `<td class="num" data-sort="${v}">${escapeHtml(v)}</td>` : `<td>${escapeHtml(v)}</td>`);
  return `<table class="sortable"><thead><tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const groupsTable = (groups: GroupFigures[]) => table(
  ['department', 'year', 'documents', 'tables', 'projects', 'indicators', 'need review', 'share'],
  groups.map((g) => [g.department ?? '(none)', g.year, g.documents, g.tables, g.projects, g.indicators, g.indicatorsNeedingReview, percent(g.indicatorsNeedingReview, g.indicators)]),
);

const gradesTable = (grades: GradeFigures[]) => table(
  ['department', '优', '良', '中', '差', 'no grade'],
  grades.map((g) => [g.department ?? '(none)', g.counts.优, g.counts.良, g.counts.中, g.counts.差, g.counts.none]),
);

function findingSection(f: FindingFigures): string {
  const head = `<h2>${escapeHtml(f.title)} <span class="meta">(${escapeHtml(f.check)})</span></h2>
<p class="meta">${f.failed} in ${f.tables} of ${f.checkedTables} tables checked</p>`;
  if (f.items.length === 0) return head;
  return `${head}\n${table(['year', 'department', 'project', 'indicator', 'finding', 'confidence', 'source'],
    f.items.map((i) => [i.year, i.department, i.project, i.indicator, i.message, i.confidence, `${i.source}${i.page !== null ? ` p.${i.page}` : i.line !== null ? ` line ${i.line}` : ''}`]))}`;
}

/** What the charts draw: histogram counts per bucket, and grade counts per department. */
function chartData(figures: ReportFigures) {
  const grades = ['优', '良', '中', '差', 'none'] as const;
  return {
    execution: { labels: figures.execution.buckets.map((b) => b.label), counts: figures.execution.buckets.map((b) => b.count) },
    grades: {
      departments: figures.grades.map((g) => g.department ?? '(none)'),
      series: grades.map((grade) => ({ grade, counts: figures.grades.map((g) => g.counts[grade]) })),
    },
  };
}
