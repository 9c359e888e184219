/**
 * The output contract (schema version 1) as executable zod: every Document is validated
 * against it before it is written, and `npm run schema` publishes it as JSON Schema
 * (document.schema.json). Each field's `.describe()` text is its documentation for the
 * people who read the output: it lands in the JSON Schema as `description`, so keep it
 * true to what the pipeline emits. Rename or remove a field only with a schemaVersion bump;
 * a new description or a new flag changes no document's validity.
 */
import { z } from 'zod';
import { FLAGS, type FlagDoc } from './flags.js';

export const SCHEMA_VERSION = '1';

const nullableNumber = z.number().nullable();

/** Shared wording, so the same idea reads the same way wherever it is described. */
const CONFIDENCE = 'Calibrated 0..1 estimate that this is read right: source quality, OCR confidence, how cleanly rows fit the header columns and how cleanly values parsed; most flags lower it. Below 0.8 it is meant for human review.';
const POINTS = 'in points (分) as printed; a table\'s weights normally add up to 100';
const YUAN = 'in yuan (元), converted from publishedUnit (万元 × 10⁴, exact decimal shift, rounded to 0.01)';

const sentence = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

const ON: Record<FlagDoc['on'], string> = {
  record: 'Set on records.',
  table: 'Set on tables.',
  both: 'Set on records and on tables.',
};

/**
 * One flag: every flag of the catalogue (flags.ts) as a documented constant, then any other
 * string, so a document from a newer evaltab with a flag this version does not know still
 * validates. Validates exactly what z.string() does; generated from FLAGS, so it cannot drift.
 */
export const FlagSchema = z.union([
  ...Object.entries(FLAGS).map(([flag, doc]) => z.literal(flag).describe(`${sentence(doc.meaning)} ${ON[doc.on]}`)),
  z.string().describe('A flag not listed here (from a newer evaltab): read it as a doubt about the record.'),
]).meta({
  id: 'Flag',
  description: 'A repair evaltab made or a doubt it has about a record or a table, by name. Most flags lower the confidence.',
});

const flagsField = (of: string) => z.array(FlagSchema)
  .describe(`Every repair made and every doubt raised while reading this ${of}, by name; empty when it read cleanly.`);

/**
 * Cell-level provenance (issue #12): the one frame every box is given in, so a reader can crop
 * a rendered page without knowing where the source's own coordinates start.
 */
export const CellRefSchema = z.object({
  page: z.number().int().positive().nullable()
    .describe('1-based page of the cell (PDF page, image frame, XLSX worksheet); null for sources without pages (text, DOCX, HTML).'),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable()
    .describe('[x0, y0, x1, y1] of the cell on its page, with the origin at the TOP LEFT of the page as viewed (x to the right, y down), in `unit`: PDF points (1/72 inch) for PDF sources, text-layer or scanned; pixels for image sources. Divide by pageSize to get fractions of the page. null when the source has no geometry (text, DOCX, HTML, XLSX).'),
  pageSize: z.tuple([z.number(), z.number()]).nullable()
    .describe('[width, height] of the page as viewed, in the same unit as box; null when box is null.'),
  unit: z.enum(['pt', 'px']).nullable()
    .describe('Unit of box and pageSize: "pt" PDF points (1/72 inch), "px" image pixels; null when box is null.'),
  line: z.number().int().nullable()
    .describe('1-based line where the cell starts in a text input (the line of the HTML source for HTML, the worksheet row number for XLSX); null for other sources.'),
  grid: z.number().int().nullable()
    .describe('0-based index, in reading order, of the source table the cell belongs to among all tables the document was read into (a DOCX or HTML <table>, an XLSX sheet\'s table, a PDF or OCR table as rebuilt, joined across pages); null when the text was not in a table.'),
  row: z.number().int().nullable().describe('0-based row of the cell in that table (a merged cell: its top row); null when not in a table.'),
  col: z.number().int().nullable().describe('0-based column of the cell in that table (a merged cell: its left column); null when not in a table.'),
  text: z.string().describe('The whole cell as extracted, before cleaning; a field put together from several cells lists each of them.'),
}).meta({
  id: 'CellRef',
  description: 'One source cell a field was read from: its page and box in one frame (top-left origin, with the page size), its line in a text input, its table/row/column indices.',
});

const CELLS_KEYS = 'For an indicator the keys are its field names (level1, level2, level3, target, initialTarget, actual, completion, weight, score, deviation, explanation; level1/level2 only when the row printed the label itself, not when it was filled down). For a table they are paths: "header" (the column header rows), "project.name", "project.department" … , "funds.rows.<i>.<field>" (label, initialBudget, annualBudget, executed …), "goals.planned", "goals.achieved", "total.weight", "total.score", "total.grade", and for tables read as rows "rows.<i>.<column key>".';

export const ProvenanceSchema = z.object({
  page: z.number().int().positive().nullable()
    .describe('1-based page where it starts (PDF page, image frame, XLSX worksheet); null for sources without pages (text, DOCX, HTML).'),
  rows: z.tuple([z.number().int(), z.number().int()]).nullable()
    .describe('[first, last] 0-based row indexes in the source table grid it was read from; null when it did not come from a grid.'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable()
    .describe('[x0, y0, x1, y1] box around its cells: for PDF sources (text layer or scanned) in PDF points with the origin at the bottom left of the page as viewed; for image sources in pixels with the origin at the top left; null when the source has no geometry (text, DOCX, HTML, XLSX).'),
  text: z.string()
    .describe('The source cells it was read from, as extracted: cells joined by tabs, rows by line breaks.'),
  /** added in v1: first and last 1-based line of a text source */
  lines: z.tuple([z.number().int(), z.number().int()]).nullable()
    .describe('[first, last] 1-based line numbers in a text source; null for other sources.'),
  /** added in v1 (issue #12): cell-level provenance */
  cells: z.record(z.string(), z.array(CellRefSchema).describe('The source cells this field was read from, in reading order (several when a wrapped name was rejoined or a value was split over columns).'))
    .optional()
    .describe(`Where each field was read, cell by cell: field → the source cells it came from. ${CELLS_KEYS} A field that is null or was not printed has no entry. Absent in documents from evaltab versions before it.`),
}).describe('Where in the source a record or a table was read, to find it again and check it by eye.');

export const DiagnosticSchema = z.object({
  level: z.enum(['error', 'warning', 'info'])
    .describe('"error": the input or part of it could not be read (makes the status "failed"); "warning": something was read but not understood (makes the status at least "partial"); "info": a note on how it was read, e.g. a page read by OCR.'),
  code: z.string()
    .describe('Machine-readable kind, "stage:name" (e.g. "ingest:empty", "segment:no-tables", "ocr:page"), for grouping and filtering; not a closed list, new codes may appear.'),
  message: z.string().describe('Human-readable explanation, naming what was affected (a column header, a page, a limit).'),
  page: z.number().int().nullable().describe('1-based page concerned; null when it concerns the whole document or the source has no pages.'),
}).describe('A problem or a note about reading the document. Diagnostics are never silently dropped.');

export const ComparatorSchema = z.enum(['>=', '<=', '=', '>', '<', '!='])
  .describe('The comparison a value prints before its number or date: ">=" (≥, ＞=, ⩾), "<=" (≤, ⩽, OCR ≪), "=", ">", "<", "!=" (≠).');

export const ValueSchema = z.object({
  raw: z.string().describe('The cell as printed, cleaned (wrapping spaces removed, full-width ASCII folded); wording never rewritten.'),
  kind: z.enum(['numeric', 'text', 'date', 'empty'])
    .describe('How the cell parsed. "numeric": a number with optional comparator and unit ("≥95%", "≤734万元"; number null with flag missing-number when only "≥%" is printed); "text": a qualitative phrase ("稳步提升"), or a cell that did not parse (flag value-unparsed when it holds digits); "date": a date ("2025年12月31日"); "empty": a blank or placeholder cell ("/", "-", "无") — indicator fields hold null for those, so it is rare.'),
  comparator: ComparatorSchema.nullable()
    .describe('The printed comparator of a numeric or date value; null when none is printed, and always null for text.'),
  number: nullableNumber.describe('The number as printed, in `unit` ("1,460.75" → 1460.75); null unless kind is "numeric" and a number is printed.'),
  unit: z.string().nullable()
    .describe('The unit as printed after the number ("%", "万元", "个", "天", "平方米"; ㎡ and m² become 平方米, OCR misreadings corrected with a flag); null when none is printed.'),
  normalized: z.object({
    number: z.number().describe('The number in `unit`: money converted to 元 (万元 × 10⁴, 亿元 × 10⁸), anything else as printed.'),
    unit: z.string().describe('"元" for money, otherwise the printed unit; "" when none is printed.'),
  }).nullable().describe('The number in a comparable unit, for comparing values across tables; null when there is no number.'),
  text: z.string().nullable().describe('For kind "text": the phrase, as printed; null otherwise.'),
  date: z.string().nullable().describe('For kind "date": ISO date, as precise as printed ("2025-12-31", "2025-12" or "2022"); null otherwise.'),
}).describe('A parsed target or actual cell such as "≥95%", "≤734万元", "稳步提升" or "2025年12月31日".');

export const CategorySchema = z.enum([
  'quantity', 'quality', 'timeliness', 'cost', 'economic-benefit', 'social-benefit',
  'ecological-benefit', 'sustainability', 'satisfaction', 'budget-execution', 'other',
]).describe('What the indicator measures, from its 二级 label (or its 一级 group when the 二级 is not recognised): "quantity" 数量指标, "quality" 质量指标, "timeliness" 时效指标, "cost" 成本指标 (also 经济/社会/生态环境成本指标), "economic-benefit" 经济效益指标, "social-benefit" 社会效益指标, "ecological-benefit" 生态(环境)效益指标, "sustainability" 可持续影响指标, "satisfaction" 满意度指标, "budget-execution" 预算执行率, "other" anything else, including tables with no hierarchy.');

export const OtherColumnSchema = z.object({
  header: z.string().describe('The column\'s header, as printed.'),
  text: z.string().describe('The cell of this row under it, as printed.'),
}).describe('A cell under a column the contract has no field for.');

export const IndicatorSchema = z.object({
  /** null when the table prints no 一级/二级 hierarchy at all (never invented) */
  level1: z.string().nullable()
    .describe('一级指标: the group a careful reader assigns, named "产出指标", "效益指标", "满意度指标", "成本指标" or "预算执行率" when recognised (else as printed, weight removed); filled down from merged cells and corrected where the 二级 label contradicts it, each with a flag. "" when the table has a hierarchy but no group was found for this row (flag level1-missing); null when the table prints no 一级/二级 hierarchy at all (never invented).'),
  level1Weight: nullableNumber.describe('The weight printed inside the 一级 cell ("产出指标 (50分)" → 50), in points; null when none is printed.'),
  level2: z.string().nullable()
    .describe('二级指标 as printed, weight and list ordinal removed ("1.数量指标" → "数量指标", "社会效益", "服务对象满意度"); null when the table prints no 二级 label for this row.'),
  category: CategorySchema,
  level3: z.string().describe('三级指标: the indicator\'s name, as printed, with wrapped fragments rejoined and a list ordinal before it removed ("1.开展培训场次", "（1）…", "①…" → "开展培训场次"; the printed text stays in provenance); "" when none is printed (flag level3-missing).'),
  target: ValueSchema.nullable()
    .describe('The target in force: 年度指标值 / 指标值 / 预期指标值 / 调整后指标值; null when the table has no such column or the cell is blank or a placeholder.'),
  initialTarget: ValueSchema.nullable()
    .describe('年初指标值, when a table prints it beside an adjusted target; null otherwise.'),
  actual: ValueSchema.nullable()
    .describe('实际完成值; null when the table has no such column (target tables) or the cell is blank or a placeholder.'),
  completion: z.string().nullable().describe('单项指标完成情况, as printed; null when not printed.'),
  weight: nullableNumber.describe(`分值 / 指标分值, ${POINTS}; null when not printed.`),
  score: nullableNumber.describe('得分 / 自评得分, in points as printed (normally at most the weight: the score-within-weight check says when not); null when not printed (target tables).'),
  deviation: z.string().nullable().describe('偏差原因分析及改进措施 / 未完成原因分析, as printed; null when not printed.'),
  explanation: z.string().nullable().describe('指标解释及计算公式 / 定性指标情况说明, as printed; null when not printed.'),
  /** cells of this row under columns the contract has no field for (评分标准, 备注, an unknown header), as printed */
  otherColumns: z.array(OtherColumnSchema)
    .describe('Cells of this row under columns the contract has no field for (评分标准, 备注, a header nobody understood), as printed; never glued into another field.'),
  confidence: z.number().min(0).max(1).describe(CONFIDENCE),
  flags: flagsField('record'),
  provenance: ProvenanceSchema.describe('Where this row was read in the source.'),
}).describe('One 三级指标 line of a project or department table.');

export const FundsRowSchema = z.object({
  label: z.string().describe('The row\'s label as printed: 年度资金总额 / 财政拨款 / 本级安排 / 上年结转资金 / 其他资金 …; the first row is usually the total.'),
  initialBudget: nullableNumber.describe(`年初预算数 (预算编制数 when split into 目标申报数 / 预算编制数), ${YUAN}; null when not printed.`),
  declaredBudget: nullableNumber.describe(`目标申报数, ${YUAN}; null when not printed.`),
  annualBudget: nullableNumber.describe(`全年预算数 / 预算数(调整后) (in target tables 预算资金 / 资金总额), ${YUAN}; null when not printed.`),
  received: nullableNumber.describe(`到位数, ${YUAN}; null when not printed.`),
  executed: nullableNumber.describe(`全年执行数 / 执行数, ${YUAN}; null when not printed.`),
  balance: nullableNumber.describe(`资金结(转)余, ${YUAN}; null when not printed.`),
  executionRate: nullableNumber.describe('执行率 as printed, in percent (97.08 means 97.08 %); not recomputed (the execution-rate check compares it with executed / annualBudget); null when not printed.'),
  weight: nullableNumber.describe('分值 of budget execution printed in the funds block, in points; null when not printed.'),
  score: nullableNumber.describe('得分 of budget execution printed in the funds block, in points; null when not printed.'),
}).describe('One line of the funds block. Every money amount is in yuan (元), whatever unit the table printed.');

export const FundsSchema = z.object({
  publishedUnit: z.enum(['元', '万元'])
    .describe('The unit the table printed its amounts in ("元" or "万元"); the amounts here are converted to 元. "元" is assumed, with flag funds-unit-assumed, when the table names none.'),
  rows: z.array(FundsRowSchema).describe('The lines of the funds block, in printed order.'),
}).describe('The 项目资金 block of a project table.');

export const CheckSchema = z.object({
  id: z.string()
    .describe('Which audit: "weights-sum-100" (weights add up to the printed total weight, else 100), "scores-sum-total" (scores add up to 总分), "score-within-weight", "execution-rate" (执行率 matches executed / annualBudget), "grade-matches-score" (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60), "target-met-but-not-scored", "target-missed-but-full-score", "actual-copies-target"; new ids may appear.'),
  ok: z.boolean().describe('true when the report\'s own figures agree; false when they disagree — a finding about the report, not an extraction error.'),
  message: z.string().describe('Human-readable result with the figures compared.'),
  indicator: z.number().int().nullable()
    .describe('0-based index into this table\'s indicators of the record that failed; null for table-wide checks and for a passing per-indicator check.'),
}).describe('An audit of a self-evaluation table: where the department\'s own figures disagree with each other. Never changes the extracted values.');

export const TableKindSchema = z.enum([
  'project-self-evaluation', 'project-targets', 'department-targets',
  'self-evaluation-summary', 'final-accounts', 'other',
]).describe('The table family: "project-self-evaluation" 项目支出绩效自评表 (targets, actuals, scores; also a 部门整体支出绩效自评表, the self-evaluation of a department\'s whole spending, which has no kind of its own: flagged department-whole with a recognize:department-whole warning); "project-targets" 项目绩效目标表 (targets only, no actuals, no scores); "department-targets" 部门(单位)整体支出绩效目标表; "self-evaluation-summary" 绩效自评情况汇总表 (one row per project, in rows); "final-accounts" 部门决算公开 tables 公开01表 … 公开09表 (in rows); "other": any other table, still emitted as its cells in rows — among them tables of a family the contract does not know that print indicators like a project table (绩效运行监控表, an evaluation 评分表), flagged family-unknown with a recognize:unknown-family warning.');

export const ProjectSchema = z.object({
  name: z.string().describe('项目名称 (from the title, with flag project-name-from-title, when no such field is printed).'),
  department: z.string().nullable().describe('主管部门 (or the department a caption above the table names), without its code ("[155]六盘水市公安局" → "六盘水市公安局"); null when not printed.'),
  departmentCode: z.string().nullable().describe('The code printed with 主管部门 ("155"); null when none.'),
  implementingUnit: z.string().nullable().describe('实施单位 / 实施（主管）单位; null when not printed.'),
  budgetUnit: z.string().nullable().describe('预算单位 name without its code ("053001-岚县公安局" → "岚县公安局"); null when not printed.'),
  budgetUnitCode: z.string().nullable().describe('The code printed with 预算单位 ("053001"); null when none.'),
  category: z.string().nullable().describe('项目类别, as printed (target tables); null when not printed.'),
  attribute: z.string().nullable().describe('项目属性, as printed (target tables); null when not printed.'),
  period: z.string().nullable().describe('项目计划实施时间, as printed; null when not printed.'),
}).describe('The header fields of a project table.');

/** A header-keyed row of a summary, final-accounts or other table: header text → cell text. */
export const RowSchema = z.record(z.string(), z.string().nullable()
  .describe('The cell, as printed; null when blank.'))
  .describe('One data row, keyed by column header: stacked headers joined with "/" ("支出/基本支出"), "col3" for a column with no header, "#2" appended to a repeated header.');

/** A reviewer's decision on one record, as applyCorrections (src/review/apply.ts) writes it into an exported document. */
export const ReviewMarkSchema = z.object({
  reviewed: z.literal(true).describe('A person checked this record against its source (evaltab review).'),
  status: z.enum(['accepted', 'corrected']).describe('"accepted": the record was right as read; "corrected": some fields were corrected (listed in original and corrected).'),
  at: z.string().describe('When the record was last reviewed, ISO 8601.'),
  original: z.record(z.string(), z.string().nullable().describe('The value as extracted, as the reviewer saw it (a value\'s raw text, a number as digits); null when it was empty.'))
    .describe('Field → the value evaltab extracted, kept for every corrected field.'),
  corrected: z.record(z.string(), z.string().nullable().describe('The value the reviewer typed; null when the reviewer cleared the field.'))
    .describe('Field → the reviewer\'s value, now in the record (parsed like an extracted cell: a target is parsed into a Value, a weight into a number).'),
}).describe('The reviewer\'s decision on one record.');

export const TableSchema = z.object({
  id: z.string().describe('"t1", "t2" … in reading order; stable within the document, not across documents.'),
  kind: TableKindSchema,
  title: z.string().nullable().describe('The title printed above the table (e.g. "项目支出绩效自评表"); null when none.'),
  year: z.number().int().nullable().describe('Fiscal year, from the caption ("(2023年度)"), else the year the document speaks of (flag year-from-document); null when neither is found.'),
  project: ProjectSchema.nullable().describe('The project the table reports on; null for tables that are not about one project. A printed table listing many projects gives one Table per project.'),
  funds: FundsSchema.nullable().describe('The 项目资金 block; null when the table has none.'),
  goals: z.object({
    planned: z.string().nullable().describe('年度(总体)目标 / 预期目标, as printed; null when not printed.'),
    achieved: z.string().nullable().describe('实际完成情况, as printed; null when not printed (target tables).'),
  }).nullable().describe('The annual goals block; null when the table has none.'),
  indicators: z.array(IndicatorSchema).describe('The 三级指标 lines, in printed order; empty for tables read as rows.'),
  total: z.object({
    weight: nullableNumber.describe(`The 总分 row\'s weight, ${POINTS}; null when not printed.`),
    score: nullableNumber.describe('总分: the total score as printed, in points; null when not printed.'),
    grade: z.enum(['优', '良', '中', '差']).nullable()
      .describe('The grade as printed with the total (not derived; the grade-matches-score check compares it with the score); null when not printed.'),
  }).nullable().describe('The 总分 row; null when the table has none.'),
  conclusion: z.string().nullable().describe('自评结论 / 项目绩效分析, as printed; null when not printed.'),
  rows: z.array(RowSchema).nullable()
    .describe('For self-evaluation-summary, final-accounts and other tables: every data row, header-keyed; null for project and department tables.'),
  checks: z.array(CheckSchema).describe('Audit results for project-self-evaluation tables; empty for other kinds.'),
  confidence: z.number().min(0).max(1)
    .describe('Calibrated 0..1 estimate that the table is read right: for project tables about the mean of its records, for others how trustworthy the source is; lowered by the table\'s flags. Below 0.8 it is meant for human review and makes the status "partial".'),
  flags: flagsField('table'),
  provenance: ProvenanceSchema.describe('Where the table was read in the source.'),
  /** added in v1 (issue #12): reviewers' decisions, only in documents with corrections applied */
  review: z.record(z.string(), ReviewMarkSchema).optional()
    .describe('Only in documents with the reviewers\' decisions applied (applyCorrections, used by export): record path ("indicators.3", "funds.rows.0", "project", "total", "rows.2") → the decision, with the extracted values kept. Corrected values are in the records themselves; checks are recomputed from them. Absent in documents as extracted.'),
}).describe('One table found in the document.');

export const SourceSchema = z.object({
  path: z.string().describe('The input file\'s path, as given to evaltab.'),
  sha256: z.string().describe('SHA-256 of the input bytes, lowercase hex: identifies the exact file read.'),
  format: z.enum(['pdf', 'docx', 'image', 'text', 'html', 'xlsx'])
    .describe('The format it was read as, from its bytes (the name only breaks ties): "pdf", "docx" (also DOC / WPS converted through LibreOffice), "image" (PNG, JPEG, TIFF), "text" (extracted text, OCR output), "html", "xlsx".'),
  pages: z.number().int().nullable().describe('Number of pages (PDF pages, image frames, XLSX worksheets); null for sources without pages or when unreadable.'),
  ocr: z.boolean().describe('true when some of the text was recognised from pixels (scans, images, OCR output), so characters may be misread.'),
}).describe('The input file.');

/**
 * Derived from the diagnostics and the tables, never set by hand (pipeline.ts statusOf):
 * 'failed' when an error diagnostic was raised (nothing or not everything could be read) or
 * no table was found, 'partial' when a warning says something was not understood or a
 * table's confidence is below the review line (a project table with no indicators is), 'ok' otherwise.
 */
export const StatusSchema = z.enum(['ok', 'partial', 'failed'])
  .describe('How well the document was read, derived from the diagnostics and the tables, never set by hand: "failed" when an error diagnostic was raised (the input, or part of it, could not be read) or no table was found; "partial" when a warning says something was not understood or a table\'s confidence is below 0.8 (e.g. a project table with no indicators); "ok" otherwise.');

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION)
    .describe('Version of this contract. Fields may be added within a version; renaming or removing one bumps it.'),
  evaltabVersion: z.string().optional()
    .describe('Version of evaltab that wrote this Document (set by `evaltab extract`; absent from Documents made through the library). A rerun of extract --out redoes an input whose output was written by another version, or for other bytes (source.sha256).'),
  status: StatusSchema,
  source: SourceSchema,
  tables: z.array(TableSchema).describe('Every table found, in reading order.'),
  diagnostics: z.array(DiagnosticSchema).describe('Problems and notes about reading the document, in the order raised.'),
}).meta({
  title: 'evaltab Document',
  description: 'What evaltab read from one Chinese budget-performance disclosure (绩效自评表, 绩效目标表, 决算 tables; PDF, DOCX, image, text, HTML or XLSX): its tables, each record with a confidence, flags and provenance, and the diagnostics raised on the way. A document that cannot be read still yields a Document, with no tables and an error diagnostic. Text is cleaned (wrapping spaces removed, full-width ASCII folded), never reworded. Funds amounts and normalized values are in 元, weights and scores in points.',
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type CellRef = z.infer<typeof CellRefSchema>;
export type ReviewMark = z.infer<typeof ReviewMarkSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Value = z.infer<typeof ValueSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type FundsRow = z.infer<typeof FundsRowSchema>;
export type Funds = z.infer<typeof FundsSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type TableKind = z.infer<typeof TableKindSchema>;
export type Project = z.infer<typeof ProjectSchema>;
export type Table = z.infer<typeof TableSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type Status = z.infer<typeof StatusSchema>;
