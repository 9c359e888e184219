/**
 * The tables of the dataset (schema version in migrations.ts): one row per Document, Table,
 * Indicator, funds line, check, diagnostic and header-keyed cell, mirroring the output
 * contract (src/contract/schema.ts). Money is in yuan, as in the contract; JSON columns hold
 * arrays exactly as the Document has them.
 */
import { col, type ColumnDef, type FtsDef, type IndexDef, type TableDef } from './schema-types.js';

const provenance = (of: string): ColumnDef[] => [
  col('page', 'INTEGER', `1-based page of the ${of} (provenance.page); null for text sources`),
  col('rows_first', 'INTEGER', `first row index of the ${of} in that page's grid (provenance.rows)`),
  col('rows_last', 'INTEGER', `last row index of the ${of} in that page's grid`),
  col('lines_first', 'INTEGER', `first 1-based line of a text source (provenance.lines)`),
  col('lines_last', 'INTEGER', 'last 1-based line of a text source'),
  col('bbox', 'TEXT', 'JSON [x0, y0, x1, y1] in PDF points or image pixels, when the source has geometry'),
  col('provenance_text', 'TEXT', `the source cells of the ${of} joined with tabs (provenance.text)`),
  col('provenance_cells', 'TEXT', 'JSON: provenance.cells, field → the source cells it was read from (page, box, line, grid/row/col); null when the Document has none'),
];

/** The eight parts of a parsed Value (contract "Value"); all null when the Value itself is null. */
export const valueColumns = (prefix: string, what: string): ColumnDef[] => [
  col(`${prefix}_raw`, 'TEXT', `${what} as printed (Value.raw); null when the cell is absent, '' when printed empty`),
  col(`${prefix}_kind`, 'TEXT', 'numeric | text | date | empty'),
  col(`${prefix}_comparator`, 'TEXT', '>= | <= | = | > | < | != (≥ → >=), or null'),
  col(`${prefix}_number`, 'REAL', 'the number as printed, in the printed unit'),
  col(`${prefix}_unit`, 'TEXT', 'the unit as parsed ("%", "万元", "个")'),
  col(`${prefix}_normalized_number`, 'REAL', 'the number in the normalized unit (money in 元)'),
  col(`${prefix}_normalized_unit`, 'TEXT', 'the normalized unit'),
  col(`${prefix}_text`, 'TEXT', 'kind text: the qualitative value ("稳步提升")'),
  col(`${prefix}_date`, 'TEXT', 'kind date: ISO date ("2025-12-31", "2025-12", "2022")'),
];

const id = col('id', 'INTEGER', 'row id', 'PRIMARY KEY');
const tableRef = col('table_id', 'INTEGER', 'the table (tables.id)', 'NOT NULL REFERENCES tables(id) ON DELETE CASCADE');
const documentRef = col('document_id', 'INTEGER', 'the document (documents.id)', 'NOT NULL REFERENCES documents(id) ON DELETE CASCADE');
const seq = (of: string) => col('seq', 'INTEGER', `0-based position of the ${of}, in source order`, 'NOT NULL');
const json = (name: string, doc: string) => col(name, 'TEXT', `JSON: ${doc}`, "NOT NULL DEFAULT '[]'");

/**
 * The reviewers' decisions of `evaltab review --db` (issue #12), kept apart from the extraction
 * as the review files are: keyed by the source's sha256, not a foreign key, so re-loading or
 * re-extracting the document keeps them (and they are applied to its new rows again).
 */
export const CORRECTIONS: TableDef = {
  name: 'corrections',
  doc: "Reviewers' decisions (evaltab review --db): one row per corrected field, or one row with field null for a record accepted as read. Applied to the indicators' review_status, review_original and field columns as they are saved.",
  columns: [
    id,
    col('sha256', 'TEXT', "the source file's SHA-256 (documents.sha256); no foreign key: decisions outlive a re-load of the document", 'NOT NULL'),
    col('table_key', 'TEXT', 'the table (Table.id, tables.table_key: "t1")', 'NOT NULL'),
    col('record', 'TEXT', 'the record\'s path in its table: "indicators.3", "funds.rows.0", "project", "total", "rows.2"', 'NOT NULL'),
    col('identity', 'TEXT', 'what the record is ("产出指标/数量指标/依法收押率"), to find it again if a re-extraction moved it', 'NOT NULL'),
    col('status', 'TEXT', 'accepted | corrected: the decision on the whole record', 'NOT NULL'),
    col('field', 'TEXT', 'the corrected field (level3, target, actual, weight, score …); null on the row of a record accepted as read'),
    col('original', 'TEXT', 'the value as extracted, as the reviewer saw it (display text); null when it was empty or for an accepted record'),
    col('value', 'TEXT', "the reviewer's value; null clears the field (or for an accepted record)"),
    col('at', 'TEXT', 'when the record was last decided, ISO 8601 UTC', 'NOT NULL'),
  ],
};

export const TABLES: TableDef[] = [
  {
    name: 'documents',
    doc: 'One row per input document (Document.source and status). Re-loading a document of the same identity (its sha256) replaces it and everything below it.',
    columns: [
      id,
      col('identity', 'TEXT', "the document's identity in the dataset: its sha256; for an input none of whose bytes were read (missing, unreadable, not a file: sha256 empty or that of no bytes) 'path:' and its path, so such inputs do not replace one another", 'NOT NULL UNIQUE'),
      col('sha256', 'TEXT', "SHA-256 of the source file's bytes (source.sha256)", 'NOT NULL'),
      col('path', 'TEXT', 'the source path as given to extract (source.path)', 'NOT NULL'),
      col('format', 'TEXT', 'pdf | docx | image | text | html | xlsx', 'NOT NULL'),
      col('pages', 'INTEGER', 'number of pages; null for sources without pages'),
      col('ocr', 'INTEGER', '1 when some page was read by OCR', 'NOT NULL'),
      col('status', 'TEXT', 'ok | partial | failed (derived from the diagnostics, see the contract)', 'NOT NULL'),
      col('schema_version', 'TEXT', "the output contract version of the Document (schemaVersion)", 'NOT NULL'),
      col('evaltab_version', 'TEXT', 'the evaltab version that wrote these rows', 'NOT NULL'),
      col('loaded_from', 'TEXT', 'the JSON file `evaltab db add` read the Document from; null when `extract --db` wrote it'),
      col('loaded_at', 'TEXT', 'when the rows were written, ISO 8601 UTC', 'NOT NULL'),
    ],
  },
  {
    name: 'tables',
    doc: 'One row per table found in a document (contract "Table"): its family, year, project, funds summary, total and grade.',
    columns: [
      id, documentRef, seq('table in the document'),
      col('table_key', 'TEXT', 'Table.id ("t1"), stable within the document', 'NOT NULL'),
      col('kind', 'TEXT', 'the family: project-self-evaluation | project-targets | department-targets | self-evaluation-summary | final-accounts | other', 'NOT NULL'),
      col('title', 'TEXT', 'the title as printed'),
      col('year', 'INTEGER', 'fiscal year'),
      col('project_name', 'TEXT', 'project.name; null when the table is not about one project'),
      col('department', 'TEXT', 'project.department (主管部门)'),
      col('department_code', 'TEXT', 'project.departmentCode'),
      col('implementing_unit', 'TEXT', 'project.implementingUnit (实施单位)'),
      col('budget_unit', 'TEXT', 'project.budgetUnit (预算单位)'),
      col('budget_unit_code', 'TEXT', 'project.budgetUnitCode'),
      col('project_category', 'TEXT', 'project.category (项目类别)'),
      col('project_attribute', 'TEXT', 'project.attribute (项目属性)'),
      col('project_period', 'TEXT', 'project.period (项目计划实施时间)'),
      col('funds_unit', 'TEXT', 'the unit the funds block was printed in (元 | 万元); null without a funds block. Amounts are in 元 whatever it was'),
      col('funds_initial_budget', 'REAL', 'first funds line (年度资金总额): 年初预算数, 元'),
      col('funds_annual_budget', 'REAL', 'first funds line: 全年预算数, 元'),
      col('funds_executed', 'REAL', 'first funds line: 全年执行数, 元'),
      col('funds_execution_rate', 'REAL', 'first funds line: 执行率 as printed, percent (97.08 = 97.08 %)'),
      col('goals_planned', 'TEXT', 'goals.planned (年度目标 预期目标)'),
      col('goals_achieved', 'TEXT', 'goals.achieved (实际完成情况)'),
      col('total_weight', 'REAL', 'total.weight (总分 分值)'),
      col('total_score', 'REAL', 'total.score (总分 得分)'),
      col('grade', 'TEXT', '优 | 良 | 中 | 差 as printed'),
      col('conclusion', 'TEXT', '自评结论 as printed'),
      col('indicator_count', 'INTEGER', 'number of indicators of the table', 'NOT NULL'),
      col('confidence', 'REAL', '0..1; below 0.8 the table is meant for human review', 'NOT NULL'),
      json('flags', 'array of the flags of the table (src/contract/flags.ts)'),
      ...provenance('table'),
    ],
  },
  {
    name: 'indicators',
    doc: 'One row per 三级指标 (contract "Indicator"), every field, Values split into their parts.',
    columns: [
      id, tableRef, documentRef, seq('indicator in its table (Check.indicator refers to it)'),
      col('level1', 'TEXT', '一级指标 (产出指标, 效益指标 …); null when the table prints no hierarchy'),
      col('level1_weight', 'REAL', 'the weight printed with the 一级 label ("产出指标 (50分)" → 50)'),
      col('level2', 'TEXT', '二级指标 as printed'),
      col('category', 'TEXT', 'quantity | quality | timeliness | cost | economic-benefit | social-benefit | ecological-benefit | sustainability | satisfaction | budget-execution | other', 'NOT NULL'),
      col('level3', 'TEXT', '三级指标 name', 'NOT NULL'),
      ...valueColumns('target', 'the target in force'),
      ...valueColumns('initial_target', 'the 年初 target, when an adjusted one is printed too'),
      ...valueColumns('actual', 'the actual value (实际完成值)'),
      col('completion', 'TEXT', '单项指标完成情况'),
      col('weight', 'REAL', '分值'),
      col('score', 'REAL', '得分'),
      col('deviation', 'TEXT', '偏差原因分析及改进措施'),
      col('explanation', 'TEXT', '指标解释 / 定性指标情况说明'),
      json('other_columns', 'array of {header, text}: cells under columns the contract has no field for'),
      col('confidence', 'REAL', '0..1; below 0.8 the record is meant for human review', 'NOT NULL'),
      json('flags', 'array of the flags of the record (src/contract/flags.ts)'),
      col('review_status', 'TEXT', "a reviewer's decision (evaltab review): accepted | corrected; null when nobody reviewed the record"),
      col('review_original', 'TEXT', 'JSON: field → the value as extracted, for each field a reviewer corrected (the corrected value is in the field\'s own columns); null otherwise'),
      col('reviewed_at', 'TEXT', 'when the record was last reviewed, ISO 8601; null when never'),
      ...provenance('indicator row'),
    ],
  },
  {
    name: 'funds_rows',
    doc: 'One row per line of a funds block (年度资金总额, 财政拨款, 其他资金 …); amounts in 元.',
    columns: [
      id, tableRef, seq('line in the funds block'),
      col('label', 'TEXT', 'the line as printed', 'NOT NULL'),
      col('initial_budget', 'REAL', '年初预算数, 元'),
      col('declared_budget', 'REAL', '目标申报数, 元'),
      col('annual_budget', 'REAL', '全年预算数 / 预算数(调整后), 元'),
      col('received', 'REAL', '到位数, 元'),
      col('executed', 'REAL', '全年执行数, 元'),
      col('balance', 'REAL', '资金结(转)余, 元'),
      col('execution_rate', 'REAL', '执行率 as printed, percent'),
      col('weight', 'REAL', '分值 of the line'),
      col('score', 'REAL', '得分 of the line'),
    ],
  },
  {
    name: 'checks',
    doc: 'Audit checks of a self-report (contract "Check", computed by src/audit/checks.ts at extraction).',
    columns: [
      id, tableRef, seq('check in its table'),
      col('check_name', 'TEXT', 'Check.id: weights-sum-100 | scores-sum-total | score-within-weight | execution-rate | grade-matches-score | target-met-but-not-scored | target-missed-but-full-score | actual-copies-target', 'NOT NULL'),
      col('ok', 'INTEGER', '1 when the check passed, 0 when it found a problem', 'NOT NULL'),
      col('message', 'TEXT', 'what was compared', 'NOT NULL'),
      col('indicator_seq', 'INTEGER', 'Check.indicator: the indicator (indicators.seq) it is about, or null for the table'),
      col('indicator_id', 'INTEGER', 'the same indicator as indicators.id', 'REFERENCES indicators(id) ON DELETE CASCADE'),
    ],
  },
  {
    name: 'diagnostics',
    doc: 'Document-level problems (contract "Diagnostic"): what could not be read or understood.',
    columns: [
      id, documentRef, seq('diagnostic in the document'),
      col('level', 'TEXT', 'error | warning | info', 'NOT NULL'),
      col('code', 'TEXT', 'stable code, e.g. input:unreadable, segment:no-tables', 'NOT NULL'),
      col('message', 'TEXT', 'what happened', 'NOT NULL'),
      col('page', 'INTEGER', '1-based page, when it concerns one'),
    ],
  },
  {
    name: 'row_cells',
    doc: 'The rows of header-keyed tables (决算/预算 公开表, 自评汇总表, other tables: Table.rows), one row per cell.',
    columns: [
      tableRef,
      col('row_seq', 'INTEGER', '0-based row of Table.rows', 'NOT NULL'),
      col('col_seq', 'INTEGER', '0-based position of the header in that row', 'NOT NULL'),
      col('header', 'TEXT', 'the header path as in the Document ("收入/金额")', 'NOT NULL'),
      col('text', 'TEXT', 'the cell as printed; null for an empty cell'),
      col('number', 'REAL', 'the cell read as a plain number ("5,287.25" → 5287.25) in the unit of the table; null otherwise'),
    ],
    constraints: ['PRIMARY KEY (table_id, row_seq, col_seq)'],
    withoutRowid: true,
  },
  {
    name: 'indicator_flags',
    doc: 'For filtering: each flag of an indicator, and the name of each check that failed on it.',
    columns: [
      col('indicator_id', 'INTEGER', 'the indicator (indicators.id)', 'NOT NULL REFERENCES indicators(id) ON DELETE CASCADE'),
      col('flag', 'TEXT', 'a flag (cells-shifted …) or a failed check name (actual-copies-target …)', 'NOT NULL'),
      col('source', 'TEXT', "'flag' (from indicators.flags) or 'check' (a failed check)", 'NOT NULL'),
    ],
    constraints: ['PRIMARY KEY (flag, indicator_id, source)'],
    withoutRowid: true,
  },
  {
    name: 'table_flags',
    doc: 'For filtering: each flag of a table, and the name of each check that failed in it.',
    columns: [
      col('table_id', 'INTEGER', 'the table (tables.id)', 'NOT NULL REFERENCES tables(id) ON DELETE CASCADE'),
      col('flag', 'TEXT', 'a flag or a failed check name', 'NOT NULL'),
      col('source', 'TEXT', "'flag' or 'check'", 'NOT NULL'),
    ],
    constraints: ['PRIMARY KEY (flag, table_id, source)'],
    withoutRowid: true,
  },
  CORRECTIONS,
];

export const CORRECTIONS_INDEX: IndexDef = { name: 'corrections_document', table: 'corrections', columns: 'sha256, table_key, record', doc: 'decisions on a document' };

export const DOCUMENTS_SHA256_INDEX: IndexDef = { name: 'documents_sha256', table: 'documents', columns: 'sha256', doc: 'a document by its bytes (corrections, review --db)' };

export const INDEXES: IndexDef[] = [
  DOCUMENTS_SHA256_INDEX,
  { name: 'tables_document', table: 'tables', columns: 'document_id', doc: 'children of a document (replacing it)' },
  { name: 'tables_year', table: 'tables', columns: 'year', doc: '--year' },
  { name: 'tables_kind_year', table: 'tables', columns: 'kind, year', doc: '--family' },
  { name: 'tables_department', table: 'tables', columns: 'department', doc: 'grouping by department' },
  { name: 'tables_confidence', table: 'tables', columns: 'confidence', doc: 'tables needing review' },
  { name: 'indicators_table', table: 'indicators', columns: 'table_id, seq', doc: 'indicators of a table, in order' },
  { name: 'indicators_document', table: 'indicators', columns: 'document_id', doc: 'children of a document' },
  { name: 'indicators_category', table: 'indicators', columns: 'category', doc: '--category' },
  { name: 'indicators_level1', table: 'indicators', columns: 'level1', doc: '--level1 (一级指标)' },
  { name: 'indicators_confidence', table: 'indicators', columns: 'confidence', doc: '--below' },
  { name: 'funds_rows_table', table: 'funds_rows', columns: 'table_id, seq', doc: 'funds lines of a table' },
  { name: 'checks_table', table: 'checks', columns: 'table_id, seq', doc: 'checks of a table' },
  { name: 'checks_name', table: 'checks', columns: 'check_name, ok', doc: 'failed checks by name (report)' },
  { name: 'checks_indicator', table: 'checks', columns: 'indicator_id', doc: 'checks of an indicator' },
  { name: 'diagnostics_document', table: 'diagnostics', columns: 'document_id', doc: 'diagnostics of a document' },
  { name: 'indicator_flags_indicator', table: 'indicator_flags', columns: 'indicator_id', doc: 'flags of an indicator' },
  { name: 'table_flags_table', table: 'table_flags', columns: 'table_id', doc: 'flags of a table' },
  CORRECTIONS_INDEX,
];

export const FTS: FtsDef[] = [
  {
    name: 'indicators_fts',
    content: 'indicators',
    columns: ['level3', 'level2', 'level1', 'target_raw', 'initial_target_raw', 'actual_raw', 'completion', 'deviation', 'explanation'],
    doc: 'Full text (trigram: Chinese substrings of 3+ characters) of indicator names, targets and actuals.',
  },
  {
    name: 'tables_fts',
    content: 'tables',
    columns: ['project_name', 'department', 'implementing_unit', 'budget_unit', 'title', 'goals_planned', 'goals_achieved', 'conclusion'],
    doc: 'Full text (trigram) of project names, departments and units, titles, goals and conclusions.',
  },
];
