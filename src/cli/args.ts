/** Argument parsing for `evaltab extract`; usage errors are CliError(exit code 2). */
import { parseArgs } from 'node:util';
import { ENGINE_NAMES, type EngineName } from '../ocr/engine.js';
import { DEFAULT_ENGINE } from '../ocr/engines.js';

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = 2) {
    super(message);
  }
}

export const HELP = `evaltab — Chinese budget-performance tables (绩效自评表, 绩效目标表, 决算) to JSON

Usage:
  evaltab extract <files or directories...> [--out DIR] [options]

Writes DIR/<input file name>.json for each input (a.txt → a.txt.json), one Document per input
per the output contract (src/contract/document.schema.json). With a single input and no --out, the
Document is printed to stdout. Directories are searched recursively for .txt .text .csv .tsv
.md .html .docx .doc .wps .pdf .png .jpg .jpeg .tif .tiff .xlsx .xlsm files.

Options:
  --out DIR           directory for the JSON files (created if missing)
  --concurrency N     documents processed at once (default: number of CPU cores)
  --max-text-mb N     refuse text inputs larger than N MB (default 32)
  --ocr-engine NAME   OCR for images and scanned PDF pages: paddle (default), tesseract,
                      or none (report such pages instead of reading them)
  --ocr-dpi N         resolution scanned PDF pages are rendered at for OCR (default 300)
  --ocr-workers N     OCR worker threads (default: from CPU cores and memory)
  --quiet             no progress log on stderr
  -h, --help          this help

Exit status:
  0  every input yielded a Document without an error diagnostic
  1  some input could not be read (its Document, with an error diagnostic, is still written)
  2  usage error

Diagnostics about a document are in its JSON ("diagnostics", and "flags" on every record);
records with confidence below 0.8 are meant for human review.`;

export interface ExtractArgs {
  inputs: string[];
  out: string | null;
  concurrency: number;
  maxTextBytes: number;
  ocrEngine: EngineName | 'none';
  ocrDpi: number;
  ocrWorkers: number | null;
  quiet: boolean;
}

export function parseCli(argv: string[], cores: number): { help: true } | { help: false; args: ExtractArgs } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        concurrency: { type: 'string' },
        'max-text-mb': { type: 'string' },
        'ocr-engine': { type: 'string' },
        'ocr-dpi': { type: 'string' },
        'ocr-workers': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\nRun evaltab --help for usage.`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    if (values.help) return { help: true };
    throw new CliError('missing command: evaltab extract <files or directories...>\nRun evaltab --help for usage.');
  }
  const [command, ...inputs] = positionals;
  if (command !== 'extract') throw new CliError(`unknown command "${command}"; the command is "extract".\nRun evaltab --help for usage.`);
  if (inputs.length === 0) throw new CliError('extract needs at least one file or directory');
  const positive = (name: string, raw: string | undefined, fallback: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new CliError(`--${name} must be a positive number, got "${raw}"`);
    return n;
  };
  const engine = values['ocr-engine'] ?? DEFAULT_ENGINE;
  if (engine !== 'none' && !(ENGINE_NAMES as readonly string[]).includes(engine)) {
    throw new CliError(`--ocr-engine must be one of ${[...ENGINE_NAMES, 'none'].join(', ')}, got "${engine}"`);
  }
  return {
    help: false,
    args: {
      inputs,
      out: values.out ?? null,
      concurrency: Math.floor(positive('concurrency', values.concurrency, cores)),
      maxTextBytes: positive('max-text-mb', values['max-text-mb'], 32) * 1024 * 1024,
      ocrEngine: engine as EngineName | 'none',
      ocrDpi: Math.min(600, Math.max(72, positive('ocr-dpi', values['ocr-dpi'], 300))),
      ocrWorkers: values['ocr-workers'] === undefined ? null : Math.floor(positive('ocr-workers', values['ocr-workers'], 1)),
      quiet: values.quiet ?? false,
    },
  };
}
