/** The options of `evaltab extract` (documented in HELP, args.ts). */
import { ENGINE_NAMES, type EngineName } from '../ocr/engine.js';
import { DEFAULT_ENGINE } from '../ocr/engines.js';
import { CliError } from './errors.js';
import { parseOptions, positive } from './options.js';

export interface ExtractArgs {
  inputs: string[];
  out: string | null;
  /** SQLite dataset the Documents are loaded into as they come out */
  db: string | null;
  concurrency: number;
  maxTextBytes: number;
  ocrEngine: EngineName | 'none';
  ocrDpi: number;
  ocrWorkers: number | null;
  quiet: boolean;
  /** --debug DIR: a debug picture per PDF/scan page (src/debug) */
  debug: string | null;
}

export function parseExtract(argv: string[], cores: number): ExtractArgs {
  const { values, positionals: inputs } = parseOptions('extract', argv, {
    out: { type: 'string' },
    db: { type: 'string' },
    concurrency: { type: 'string' },
    'max-text-mb': { type: 'string' },
    'ocr-engine': { type: 'string' },
    'ocr-dpi': { type: 'string' },
    'ocr-workers': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    debug: { type: 'string' },
  });
  if (inputs.length === 0) throw new CliError('extract needs at least one file or directory');
  const engine = values['ocr-engine'] ?? DEFAULT_ENGINE;
  if (engine !== 'none' && !(ENGINE_NAMES as readonly string[]).includes(engine)) {
    throw new CliError(`--ocr-engine must be one of ${[...ENGINE_NAMES, 'none'].join(', ')}, got "${engine}"`);
  }
  return {
    inputs,
    out: values.out ?? null,
    db: values.db ?? null,
    concurrency: Math.floor(positive('concurrency', values.concurrency, cores)),
    maxTextBytes: positive('max-text-mb', values['max-text-mb'], 32) * 1024 * 1024,
    ocrEngine: engine as EngineName | 'none',
    ocrDpi: Math.min(600, Math.max(72, positive('ocr-dpi', values['ocr-dpi'], 300))),
    ocrWorkers: values['ocr-workers'] === undefined ? null : Math.floor(positive('ocr-workers', values['ocr-workers'], 1)),
    quiet: values.quiet ?? false,
    debug: values.debug ?? null,
  };
}
