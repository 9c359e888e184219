/**
 * Flat views over the tables, one row per indicator / table / funds line / check with the
 * document and project columns beside it. Exports and search read these views, so
 * `sqlite3 data.sqlite 'select * from indicator_view'` gives the same rows as
 * `evaltab export`; their column types drive CSV number formatting and Parquet types.
 */
import { REVIEW_LINE } from '../recognize/confidence.js';
import type { ColumnDef, ExportType, ViewColumn, ViewDef } from './schema-types.js';
import { TABLES } from './schema-tables.js';

const v = (name: string, expr: string, type: ExportType, doc: string): ViewColumn => ({ name, expr, type, doc });

const EXPORT_TYPE: Record<ColumnDef['type'], ExportType> = { INTEGER: 'integer', REAL: 'real', TEXT: 'text' };

/** View columns copied from a base table's columns (same name, type and doc). */
function fromBase(table: string, alias: string, names: string[], rename: Record<string, string> = {}): ViewColumn[] {
  const def = TABLES.find((t) => t.name === table)!;
  return names.map((name) => {
    const column = def.columns.find((c) => c.name === name);
    if (!column) throw new Error(`${table}.${name} is not a column`);
    const json = column.doc.startsWith('JSON');
    return v(rename[name] ?? name, `${alias}.${name}`, json ? 'json' : EXPORT_TYPE[column.type], column.doc);
  });
}

const columnsOf = (table: string, from: string, to?: string): string[] => {
  const names = TABLES.find((t) => t.name === table)!.columns.map((c) => c.name);
  return names.slice(names.indexOf(from), to === undefined ? undefined : names.indexOf(to) + 1);
};

/** Document and table columns every view starts with; the dataset filters (--year, --department …) use them. */
const CONTEXT: ViewColumn[] = [
  v('document_id', 'd.id', 'integer', 'documents.id'),
  v('document_path', 'd.path', 'text', 'the source file, as given to extract'),
  v('document_sha256', 'd.sha256', 'text', "SHA-256 of the source file's bytes"),
  v('document_format', 'd.format', 'text', 'pdf | docx | image | text | html | xlsx'),
  v('document_status', 'd.status', 'text', 'ok | partial | failed'),
  v('table_id', 't.id', 'integer', 'tables.id'),
  v('table_key', 't.table_key', 'text', 'Table.id within the document ("t1")'),
  v('family', 't.kind', 'text', 'the table family (tables.kind)'),
  v('title', 't.title', 'text', 'the table title as printed'),
  v('year', 't.year', 'integer', 'fiscal year'),
  v('project', 't.project_name', 'text', 'project name'),
  v('department', 't.department', 'text', '主管部门 as printed'),
  v('implementing_unit', 't.implementing_unit', 'text', '实施单位'),
  v('budget_unit', 't.budget_unit', 'text', '预算单位'),
  v('department_or_unit', 'coalesce(t.department, t.implementing_unit, t.budget_unit)', 'text', 'the department, else the implementing unit, else the budget unit: what reports group by'),
  v('table_confidence', 't.confidence', 'real', "the table's confidence"),
];

const needsReview = (alias: string) => v('needs_review', `(${alias}.confidence < ${REVIEW_LINE})`, 'boolean', `confidence below ${REVIEW_LINE}: meant for human review`);

const failedChecks = (flagsTable: string, key: string, alias: string) =>
  v('failed_checks', `(SELECT json_group_array(f.flag) FROM ${flagsTable} f WHERE f.${key} = ${alias}.id AND f.source = 'check')`, 'json', 'JSON array of the names of the checks that failed on it');

export const VIEWS: ViewDef[] = [
  {
    name: 'indicator_view',
    doc: 'One row per indicator with its project and document: what `evaltab export` and `evaltab search` print.',
    columns: [
      ...CONTEXT,
      v('indicator_id', 'i.id', 'integer', 'indicators.id'),
      v('indicator_seq', 'i.seq', 'integer', 'position of the indicator in its table (Check.indicator)'),
      ...fromBase('indicators', 'i', columnsOf('indicators', 'level1', 'explanation')),
      ...fromBase('indicators', 'i', ['other_columns', 'confidence']),
      needsReview('i'),
      ...fromBase('indicators', 'i', ['flags']),
      failedChecks('indicator_flags', 'indicator_id', 'i'),
      ...fromBase('indicators', 'i', ['review_status', 'review_original']),
      ...fromBase('indicators', 'i', ['page', 'lines_first', 'lines_last', 'provenance_text']),
      ...fromBase('tables', 't', ['total_score', 'grade']),
    ],
    from: 'indicators i JOIN tables t ON t.id = i.table_id JOIN documents d ON d.id = i.document_id',
  },
  {
    name: 'table_view',
    doc: 'One row per table with its document, funds summary, total and grade.',
    columns: [
      ...CONTEXT,
      ...fromBase('tables', 't', ['department_code', 'budget_unit_code', 'project_category', 'project_attribute', 'project_period']),
      ...fromBase('tables', 't', columnsOf('tables', 'funds_unit', 'indicator_count')),
      v('indicators_needing_review', `(SELECT count(*) FROM indicators x WHERE x.table_id = t.id AND x.confidence < ${REVIEW_LINE})`, 'integer', `indicators of the table with confidence below ${REVIEW_LINE}`),
      ...fromBase('tables', 't', ['confidence']),
      needsReview('t'),
      ...fromBase('tables', 't', ['flags']),
      failedChecks('table_flags', 'table_id', 't'),
      ...fromBase('tables', 't', ['page', 'lines_first', 'lines_last', 'provenance_text']),
    ],
    from: 'tables t JOIN documents d ON d.id = t.document_id',
  },
  {
    name: 'funds_view',
    doc: 'One row per funds line with its table and document; amounts in 元.',
    columns: [
      ...CONTEXT,
      v('funds_unit', 't.funds_unit', 'text', 'the unit the block was printed in (amounts are in 元)'),
      v('line_seq', 'f.seq', 'integer', 'position of the line in the funds block (0 = 年度资金总额)'),
      ...fromBase('funds_rows', 'f', columnsOf('funds_rows', 'label')),
    ],
    from: 'funds_rows f JOIN tables t ON t.id = f.table_id JOIN documents d ON d.id = t.document_id',
  },
  {
    name: 'check_view',
    doc: 'One row per audit check with its table, document and indicator.',
    columns: [
      ...CONTEXT,
      v('check_seq', 'c.seq', 'integer', 'position of the check in its table'),
      v('check_name', 'c.check_name', 'text', 'the check (Check.id)'),
      v('ok', 'c.ok', 'boolean', 'whether the check passed'),
      v('message', 'c.message', 'text', 'what was compared'),
      v('indicator_id', 'c.indicator_id', 'integer', 'indicators.id of the indicator it is about, or null'),
      v('indicator_seq', 'c.indicator_seq', 'integer', 'position of that indicator in the table'),
      v('level3', 'i.level3', 'text', "that indicator's 三级 name"),
      v('confidence', 'coalesce(i.confidence, t.confidence)', 'real', "that indicator's confidence, else the table's"),
      v('page', 'coalesce(i.page, t.page)', 'integer', 'page of the indicator, else of the table'),
    ],
    from: 'checks c JOIN tables t ON t.id = c.table_id JOIN documents d ON d.id = t.document_id LEFT JOIN indicators i ON i.id = c.indicator_id',
  },
];

export type ViewName = 'indicator_view' | 'table_view' | 'funds_view' | 'check_view';

export function viewDef(name: ViewName): ViewDef {
  return VIEWS.find((view) => view.name === name)!;
}
