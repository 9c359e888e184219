/**
 * The options of the dataset commands: `db add`, `search`, `export`, `report`. They share
 * --db and the filters; each has its own help text (dataset-help.ts).
 */
import { extname } from 'node:path';
import { CategorySchema, TableKindSchema } from '../contract/schema.js';
import type { Filters } from '../dataset/filters.js';
import { CliError } from './errors.js';
import { integer, oneOf, parseOptions, positive, required } from './options.js';

export const WHATS = ['indicators', 'tables', 'funds', 'checks'] as const;
export type What = (typeof WHATS)[number];
export const FORMATS = ['csv', 'jsonl', 'parquet'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface DbAddArgs { inputs: string[]; db: string; quiet: boolean }
export interface SearchArgs { query: string; db: string; filters: Filters; what: 'indicators' | 'tables'; output: 'auto' | 'json' | 'csv'; limit: number | null; quiet: boolean }
export interface ExportArgs { db: string; to: string; format: ExportFormat; what: What; filters: Filters; quiet: boolean }
export interface ReportArgs { db: string; filters: Filters; html: string | null; json: boolean; top: number; quiet: boolean }

const FILTER_OPTIONS = {
  year: { type: 'string' },
  department: { type: 'string' },
  family: { type: 'string' },
  flag: { type: 'string' },
  below: { type: 'string' },
  category: { type: 'string' },
  level1: { type: 'string' },
} as const;

const COMMON = { db: { type: 'string' }, quiet: { type: 'boolean', default: false } } as const;

type FilterValues = Partial<Record<keyof typeof FILTER_OPTIONS, string>>;

export function parseFilters(values: FilterValues): Filters {
  const below = values.below === undefined ? null : positive('below', values.below, 1);
  if (below !== null && below > 1) throw new CliError(`--below is a confidence between 0 and 1, got "${values.below}"`);
  return {
    year: integer('year', values.year, 1900),
    department: values.department ?? null,
    family: oneOf('family', values.family, TableKindSchema.options),
    flag: values.flag ?? null,
    below,
    category: oneOf('category', values.category, CategorySchema.options),
    level1: values.level1 ?? null,
  };
}

export function parseDbAdd(argv: string[]): DbAddArgs {
  const { values, positionals } = parseOptions('db', argv, COMMON);
  const [sub, ...inputs] = positionals;
  if (sub !== 'add') throw new CliError(`${sub === undefined ? 'missing' : `unknown`} db command${sub === undefined ? '' : ` "${sub}"`}; the command is "db add".\nRun evaltab db --help for usage.`);
  if (inputs.length === 0) throw new CliError('db add needs at least one JSON file or directory');
  return { inputs, db: required('db add', 'db', values.db), quiet: values.quiet ?? false };
}

export function parseSearch(argv: string[]): SearchArgs {
  const { values, positionals } = parseOptions('search', argv, {
    ...COMMON, ...FILTER_OPTIONS,
    what: { type: 'string' }, json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false }, limit: { type: 'string' },
  });
  const query = positionals.join(' ').trim();
  const filters = parseFilters(values);
  if (query === '' && Object.values(filters).every((v) => v === null)) throw new CliError('search needs the text to look for, or a filter: evaltab search 满意度 --db FILE');
  if (values.json && values.csv) throw new CliError('search: choose one of --json and --csv');
  return {
    query,
    db: required('search', 'db', values.db),
    filters,
    what: oneOf('what', values.what, ['indicators', 'tables'] as const) ?? 'indicators',
    output: values.json ? 'json' : values.csv ? 'csv' : 'auto',
    limit: integer('limit', values.limit),
    quiet: values.quiet ?? false,
  };
}

export function parseExport(argv: string[]): ExportArgs {
  const { values, positionals } = parseOptions('export', argv, {
    ...COMMON, ...FILTER_OPTIONS, to: { type: 'string' }, format: { type: 'string' }, what: { type: 'string' },
  });
  if (positionals.length > 0) throw new CliError(`export takes no positional arguments, got "${positionals[0]}"; write --to FILE`);
  const to = required('export', 'to', values.to);
  const format = oneOf('format', values.format, FORMATS) ?? formatOf(to);
  return { db: required('export', 'db', values.db), to, format, what: oneOf('what', values.what, WHATS) ?? 'indicators', filters: parseFilters(values), quiet: values.quiet ?? false };
}

function formatOf(to: string): ExportFormat {
  const ext = extname(to).slice(1).toLowerCase();
  const format = ext === 'json' || ext === 'ndjson' ? 'jsonl' : ext;
  if ((FORMATS as readonly string[]).includes(format)) return format as ExportFormat;
  throw new CliError(`export: cannot tell the format of "${to}": name it .csv, .jsonl or .parquet, or give --format`);
}

export function parseReport(argv: string[]): ReportArgs {
  const { values, positionals } = parseOptions('report', argv, {
    ...COMMON, ...FILTER_OPTIONS, html: { type: 'string' }, json: { type: 'boolean', default: false }, top: { type: 'string' },
  });
  if (positionals.length > 0) throw new CliError(`report takes no positional arguments, got "${positionals[0]}"`);
  return {
    db: required('report', 'db', values.db),
    filters: parseFilters(values),
    html: values.html ?? null,
    json: values.json ?? false,
    top: integer('top', values.top) ?? 10,
    quiet: values.quiet ?? false,
  };
}
