/** The options of `evaltab extract` (documented in HELP, args.ts). */
import { DEFAULT_DOC_MEMORY_MB } from '../batch/limits.js';
import { ENGINE_NAMES, type EngineName } from '../ocr/engine.js';
import { DEFAULT_ENGINE } from '../ocr/engines.js';
import { CliError } from './errors.js';
import { integer, oneOf, parseOptions, positive } from './options.js';

export interface ExtractArgs extends ReadingArgs {
  inputs: string[];
  out: string | null;
  /** SQLite dataset the Documents are loaded into as they come out */
  db: string | null;
  concurrency: number;
  quiet: boolean;
  /** -v: a log line per document */
  verbose: boolean;
  /** --include / --exclude globs, for files found in directories */
  include: string[];
  exclude: string[];
  /** redo inputs whose output is up to date */
  force: boolean;
  /** --debug DIR: a debug picture per PDF/scan page (src/debug) */
  debug: string | null;
}

/** How documents are read, for extract and worker: limits and OCR (documented in both helps). */
export const READING_OPTIONS = {
  'max-text-mb': { type: 'string' },
  'ocr-engine': { type: 'string' },
  'ocr-dpi': { type: 'string' },
  'ocr-workers': { type: 'string' },
  'doc-timeout': { type: 'string' },
  'doc-memory-mb': { type: 'string' },
} as const;

export interface ReadingArgs {
  maxTextBytes: number;
  ocrEngine: EngineName | 'none';
  ocrDpi: number;
  ocrWorkers: number | null;
  /** time limit per document, ms; null: scaled to the input's size (batch/limits.ts) */
  docTimeoutMs: number | null;
  /** heap limit of each document worker, MB */
  docMemoryMb: number;
}

export function readingArgs(values: Partial<Record<keyof typeof READING_OPTIONS, string>>): ReadingArgs {
  return {
    maxTextBytes: positive('max-text-mb', values['max-text-mb'], 32) * 1024 * 1024,
    ocrEngine: oneOf('ocr-engine', values['ocr-engine'], [...ENGINE_NAMES, 'none'] as const) ?? DEFAULT_ENGINE,
    ocrDpi: Math.min(600, Math.max(72, positive('ocr-dpi', values['ocr-dpi'], 300))),
    ocrWorkers: integer('ocr-workers', values['ocr-workers'], 1),
    docTimeoutMs: values['doc-timeout'] === undefined ? null : positive('doc-timeout', values['doc-timeout'], 0) * 1000,
    docMemoryMb: Math.max(64, integer('doc-memory-mb', values['doc-memory-mb'], 1) ?? DEFAULT_DOC_MEMORY_MB),
  };
}

export function parseExtract(argv: string[], cores: number): ExtractArgs {
  const { values, positionals: inputs } = parseOptions('extract', argv, {
    out: { type: 'string' },
    db: { type: 'string' },
    concurrency: { type: 'string' },
    quiet: { type: 'boolean', short: 'q', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    ...READING_OPTIONS,
    debug: { type: 'string' },
  });
  if (inputs.length === 0) throw new CliError('extract needs at least one file or directory');
  if (values.quiet && values.verbose) throw new CliError('--quiet and --verbose cannot be used together');
  if (inputs.filter((i) => i === '-').length > 1) throw new CliError('"-" (standard input) can be given once');
  return {
    inputs,
    out: values.out ?? null,
    db: values.db ?? null,
    concurrency: integer('concurrency', values.concurrency, 1) ?? cores,
    ...readingArgs(values),
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    force: values.force ?? false,
    debug: values.debug ?? null,
  };
}
