/**
 * The output contract (schema version 1) as executable zod: every Document is
 * validated against it before it is written. Mirrors spec/output-contract.md;
 * rename or remove a field only with a schemaVersion bump.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

const nullableNumber = z.number().nullable();

export const ProvenanceSchema = z.object({
  page: z.number().int().positive().nullable(),
  rows: z.tuple([z.number().int(), z.number().int()]).nullable(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  text: z.string(),
  /** added in v1: first and last 1-based line of a text source */
  lines: z.tuple([z.number().int(), z.number().int()]).nullable(),
});

export const DiagnosticSchema = z.object({
  level: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  page: z.number().int().nullable(),
});

export const ComparatorSchema = z.enum(['>=', '<=', '=', '>', '<', '!=']);

export const ValueSchema = z.object({
  raw: z.string(),
  kind: z.enum(['numeric', 'text', 'date', 'empty']),
  comparator: ComparatorSchema.nullable(),
  number: nullableNumber,
  unit: z.string().nullable(),
  normalized: z.object({ number: z.number(), unit: z.string() }).nullable(),
  text: z.string().nullable(),
  date: z.string().nullable(),
});

export const CategorySchema = z.enum([
  'quantity', 'quality', 'timeliness', 'cost', 'economic-benefit', 'social-benefit',
  'ecological-benefit', 'sustainability', 'satisfaction', 'budget-execution', 'other',
]);

export const OtherColumnSchema = z.object({ header: z.string(), text: z.string() });

export const IndicatorSchema = z.object({
  /** null when the table prints no 一级/二级 hierarchy at all (never invented) */
  level1: z.string().nullable(),
  level1Weight: nullableNumber,
  level2: z.string().nullable(),
  category: CategorySchema,
  level3: z.string(),
  target: ValueSchema.nullable(),
  initialTarget: ValueSchema.nullable(),
  actual: ValueSchema.nullable(),
  completion: z.string().nullable(),
  weight: nullableNumber,
  score: nullableNumber,
  deviation: z.string().nullable(),
  explanation: z.string().nullable(),
  /** cells of this row under columns the contract has no field for (评分标准, 备注, an unknown header), as printed */
  otherColumns: z.array(OtherColumnSchema),
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()),
  provenance: ProvenanceSchema,
});

export const FundsRowSchema = z.object({
  label: z.string(),
  initialBudget: nullableNumber,
  declaredBudget: nullableNumber,
  annualBudget: nullableNumber,
  received: nullableNumber,
  executed: nullableNumber,
  balance: nullableNumber,
  executionRate: nullableNumber,
  weight: nullableNumber,
  score: nullableNumber,
});

export const FundsSchema = z.object({
  publishedUnit: z.enum(['元', '万元']),
  rows: z.array(FundsRowSchema),
});

export const CheckSchema = z.object({
  id: z.string(),
  ok: z.boolean(),
  message: z.string(),
  indicator: z.number().int().nullable(),
});

export const TableKindSchema = z.enum([
  'project-self-evaluation', 'project-targets', 'department-targets',
  'self-evaluation-summary', 'final-accounts', 'other',
]);

export const ProjectSchema = z.object({
  name: z.string(),
  department: z.string().nullable(),
  departmentCode: z.string().nullable(),
  implementingUnit: z.string().nullable(),
  budgetUnit: z.string().nullable(),
  budgetUnitCode: z.string().nullable(),
  category: z.string().nullable(),
  attribute: z.string().nullable(),
  period: z.string().nullable(),
});

/** A header-keyed row of a summary, final-accounts or other table: header text → cell text. */
export const RowSchema = z.record(z.string(), z.string().nullable());

export const TableSchema = z.object({
  id: z.string(),
  kind: TableKindSchema,
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  project: ProjectSchema.nullable(),
  funds: FundsSchema.nullable(),
  goals: z.object({ planned: z.string().nullable(), achieved: z.string().nullable() }).nullable(),
  indicators: z.array(IndicatorSchema),
  total: z.object({
    weight: nullableNumber,
    score: nullableNumber,
    grade: z.enum(['优', '良', '中', '差']).nullable(),
  }).nullable(),
  conclusion: z.string().nullable(),
  rows: z.array(RowSchema).nullable(),
  checks: z.array(CheckSchema),
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()),
  provenance: ProvenanceSchema,
});

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  format: z.enum(['pdf', 'docx', 'image', 'text', 'html', 'xlsx']),
  pages: z.number().int().nullable(),
  ocr: z.boolean(),
});

/**
 * Derived from the diagnostics and the tables, never set by hand: 'failed' when an error
 * diagnostic was raised (nothing or not everything could be read), 'partial' when tables were
 * read but a warning says something was not understood or a project table has no indicators
 * or records need review, 'ok' otherwise.
 */
export const StatusSchema = z.enum(['ok', 'partial', 'failed']);

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  status: StatusSchema,
  source: SourceSchema,
  tables: z.array(TableSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
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
