/** The report for a terminal: the figures as plain-text tables, the first --top findings of each kind. */
import { basename } from 'node:path';
import { renderTable, type TerminalColumn } from '../../emit/rows/terminal.js';
import type { Filters } from '../filters.js';
import type { FindingFigures, FindingItem, GradeFigures, GroupFigures, ReportFigures } from './figures.js';

export interface TextOptions {
  database: string;
  width: number;
  /** findings listed per kind */
  top: number;
}

export const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const round = (n: number | null): string => (n === null ? '–' : String(Math.round(n * 100) / 100));

export function describeFilters(filters: Filters): string {
  const parts = Object.entries(filters).filter(([, v]) => v !== null).map(([k, v]) => `${k} ${v}`);
  return parts.length === 0 ? 'all tables' : parts.join(', ');
}

export function reportText(figures: ReportFigures, options: TextOptions): string {
  return [
    header(figures, options),
    groupsSection(figures.groups, options.width),
    executionSection(figures),
    gradesSection(figures.grades, options.width),
    ...figures.findings.map((f) => findingSection(f, options)),
  ].join('\n');
}

function header(figures: ReportFigures, options: TextOptions): string {
  const t = figures.totals;
  return [
    `evaltab report — ${options.database} (${describeFilters(figures.filters)})`,
    '',
    `${count(t.documents, 'document')}, ${count(t.tables, 'table')}, ${count(t.projects, 'project')}, ${count(t.indicators, 'indicator')}.`,
    `Needing review (confidence < 0.8): ${t.indicatorsNeedingReview} of ${t.indicators} indicators (${percent(t.indicatorsNeedingReview, t.indicators)}), ${t.tablesNeedingReview} of ${t.tables} tables (${percent(t.tablesNeedingReview, t.tables)}).`,
    '',
  ].join('\n');
}

const GROUP_COLUMNS: TerminalColumn<GroupFigures>[] = [
  { header: 'department', value: (g) => g.department ?? '(none)', min: 10 },
  { header: 'year', value: (g) => str(g.year) },
  { header: 'documents', align: 'right', value: (g) => str(g.documents) },
  { header: 'tables', align: 'right', value: (g) => str(g.tables) },
  { header: 'projects', align: 'right', value: (g) => str(g.projects) },
  { header: 'indicators', align: 'right', value: (g) => str(g.indicators) },
  { header: 'need review', align: 'right', value: (g) => `${g.indicatorsNeedingReview} (${percent(g.indicatorsNeedingReview, g.indicators)})` },
];

function groupsSection(groups: GroupFigures[], width: number): string {
  return `Projects and indicators by department and year\n${groups.length === 0 ? 'no tables\n' : renderTable(GROUP_COLUMNS, groups, width)}`;
}

function executionSection({ execution: e }: ReportFigures): string {
  const most = Math.max(1, ...e.buckets.map((b) => b.count));
  const bars = e.buckets.map((b) => `  ${b.label.padEnd(8)} ${'█'.repeat(Math.round((30 * b.count) / most))}${b.count > 0 ? ` ${b.count}` : ''}`);
  const computed = e.computed > 0 ? `; ${e.computed} computed as 执行数 / 全年预算数, no rate printed` : '';
  return [
    `Budget execution rate, % (${e.count} tables with a funds block; mean ${round(e.mean)}, median ${round(e.median)}; ${e.below90} below 90 %${computed})`,
    ...bars,
    '',
  ].join('\n');
}

const GRADE_COLUMNS: TerminalColumn<GradeFigures>[] = [
  { header: 'department', value: (g) => g.department ?? '(none)', min: 10 },
  ...(['优', '良', '中', '差'] as const).map((grade) => ({ header: grade, align: 'right' as const, value: (g: GradeFigures) => str(g.counts[grade]) })),
  { header: 'no grade', align: 'right', value: (g) => str(g.counts.none) },
];

function gradesSection(grades: GradeFigures[], width: number): string {
  return `Grades of the self-evaluations by department\n${grades.length === 0 ? 'no self-evaluation tables\n' : renderTable(GRADE_COLUMNS, grades, width)}`;
}

const FINDING_COLUMNS: TerminalColumn<FindingItem>[] = [
  { header: 'year', value: (f) => str(f.year) },
  { header: 'department', value: (f) => str(f.department), min: 8 },
  { header: 'project', value: (f) => str(f.project), min: 8 },
  { header: 'finding', value: (f) => f.message, min: 16 },
  { header: 'source', value: (f) => `${basename(f.source)}${f.page !== null ? `:p${f.page}` : f.line !== null ? `:L${f.line}` : ''}`, min: 10, cut: 'middle' },
];

function findingSection(f: FindingFigures, options: TextOptions): string {
  const head = `${f.title} [${f.check}]: ${f.failed} in ${f.tables} of ${f.checkedTables} tables checked`;
  if (f.failed === 0) return `${head}\n`;
  const shown = f.items.slice(0, options.top);
  const more = f.items.length - shown.length;
  const hint = more > 0 ? `… ${more} more: evaltab export --db ${options.database} --what checks --flag ${f.check} --to ${f.check}.csv (or --html)\n` : '';
  return `${head}\n${shown.length > 0 ? renderTable(FINDING_COLUMNS, shown, options.width) : ''}${hint}`;
}
