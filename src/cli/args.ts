/**
 * The command line: which command, and its options, parsed by that command's parser
 * (extract-args.ts, dataset-args.ts). Usage errors are CliError (exit code 2). HELP is the
 * top-level help and the help of extract; the dataset commands have their own (dataset-help.ts).
 */
import { DEFAULT_DOC_MEMORY_MB } from '../batch/limits.js';
import { CliError } from './errors.js';
import { parseDbAdd, parseExport, parseReport, parseSearch, type DbAddArgs, type ExportArgs, type ReportArgs, type SearchArgs } from './dataset-args.js';
import { DB_HELP, EXPORT_HELP, REPORT_HELP, SEARCH_HELP } from './dataset-help.js';
import { parseExtract, type ExtractArgs } from './extract-args.js';
import { parseReview, REVIEW_HELP, type ReviewArgs } from './commands/review-args.js';
import { parseQueue, parseWorker, QUEUE_HELP, WORKER_HELP, type QueueAddArgs, type QueueStatusArgs, type WorkerArgs } from './queue-args.js';

export { CliError } from './errors.js';
export type { ExtractArgs } from './extract-args.js';

export const HELP = `evaltab — Chinese budget-performance tables (绩效自评表, 绩效目标表, 决算) to JSON and a dataset

Usage:
  evaltab extract <files or directories...> [--out DIR] [--db FILE] [options]
  evaltab db add <JSON files or directories...> --db FILE
  evaltab search [text] --db FILE [filters] [--json | --csv]
  evaltab export --db FILE --to OUT.csv|OUT.jsonl|OUT.parquet [--what indicators|tables|funds|checks] [filters]
  evaltab report --db FILE [filters] [--html OUT.html]
  evaltab review <out dir> [--port N] [--open] | --stats   check flagged values beside their source, in the browser
  evaltab queue add <files or directories...> --out DIR [--redis URL]   many machines: jobs in Redis
  evaltab queue status [--redis URL]
  evaltab worker [--redis URL] [--concurrency N] [--until-empty]
  evaltab --version
  evaltab <command> --help      the options of db, search, export, report, review, queue and worker

extract writes one Document per input per the output contract (src/contract/document.schema.json)
to DIR/<input>.json, where <input> is the input's path relative to the common folder of the inputs
(in/a/x.pdf and in/b/x.pdf → DIR/a/x.pdf.json and DIR/b/x.pdf.json), and a summary to
DIR/_summary.json. With a single input and no --out, the Document is printed to stdout; "-" reads
one document from stdin. Directories are searched recursively (symlinks followed, hidden folders
and node_modules skipped) for .txt .text .csv .tsv .md .html .htm .xhtml .shtml .docx .doc .wps
.pdf .png .jpg .jpeg .tif .tiff .xlsx .xlsm .xls .xlt .et .ett .ods files (.doc .wps .xls .et .ods
read through LibreOffice). A rerun skips inputs whose output is up to date (same bytes, same
evaltab version, not failed). Ctrl-C finishes the documents in flight and stops (twice: abandons
them); run the same command again to resume.

With --db FILE, every Document is also loaded into the SQLite dataset FILE as soon as it is
extracted (then JSON files are written only when --out is given too).

Options of extract:
  --out DIR           directory for the JSON files (created if missing)
  --db FILE           SQLite dataset to load the Documents into (created if missing)
  --concurrency N     documents processed at once, each in a worker thread (default: CPU cores)
  --include GLOB      only files found in directories that match (repeatable; *.pdf, 2023/**)
  --exclude GLOB      skip files found in directories that match (repeatable)
  --force             redo inputs whose output is up to date
  --doc-timeout S     time limit per document in seconds (default: 120 + 60 per MB of input)
  --doc-memory-mb N   heap limit per document worker (default ${DEFAULT_DOC_MEMORY_MB})
  --max-text-mb N     refuse text inputs larger than N MB (default 32)
  --ocr-engine NAME   OCR for images and scanned PDF pages: paddle (default), tesseract,
                      or none (report such pages instead of reading them)
  --ocr-dpi N         resolution scanned PDF pages are rendered at for OCR (default 300)
  --ocr-workers N     OCR worker threads (default: from CPU cores and memory)
  --debug DIR         per PDF/scan page, a PNG of the rulings, cells, tables and column roles found
  -q, --quiet         no progress or summary on stderr
  -v, --verbose       a log line per document
  -h, --help          this help

Exit status:
  0  every input yielded a Document without an error diagnostic
  1  some input could not be read (its Document, with an error diagnostic, is still written)
  2  usage error, or an optional package is missing (the message says what to install)
  130  interrupted (Ctrl-C, SIGTERM): the outputs written are whole; rerun to resume

Diagnostics about a document are in its JSON ("diagnostics", and "flags" on every record);
records with confidence below 0.8 are meant for human review.`;

export type Parsed =
  | { command: 'help'; text: string }
  | { command: 'version' }
  | { command: 'extract'; args: ExtractArgs }
  | { command: 'db add'; args: DbAddArgs }
  | { command: 'search'; args: SearchArgs }
  | { command: 'export'; args: ExportArgs }
  | { command: 'report'; args: ReportArgs }
  | { command: 'review'; args: ReviewArgs }
  | { command: 'queue add'; args: QueueAddArgs }
  | { command: 'queue status'; args: QueueStatusArgs }
  | { command: 'worker'; args: WorkerArgs };

const COMMAND_HELP: Record<string, string> = { extract: HELP, db: DB_HELP, search: SEARCH_HELP, export: EXPORT_HELP, report: REPORT_HELP, review: REVIEW_HELP, queue: QUEUE_HELP, worker: WORKER_HELP };

/** Global flags that may come before the command; anything else there is a usage error. */
const LEADING = new Set(['--quiet', '-q']);

export function parseCli(argv: string[], cores: number): Parsed {
  if (argv.includes('--version')) return { command: 'version' };
  const at = argv.findIndex((arg) => !LEADING.has(arg));
  const command = argv[at];
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (command === undefined || command === '--help' || command === '-h') {
    if (command !== undefined) return { command: 'help', text: HELP };
    throw new CliError('missing command: evaltab extract <files or directories...>\nRun evaltab --help for usage.');
  }
  if (command.startsWith('-')) throw new CliError(`the command comes first: evaltab extract|db|search|export|report|review|queue|worker ${command} …\nRun evaltab --help for usage.`);
  const help = COMMAND_HELP[command];
  if (help === undefined) throw new CliError(`unknown command "${command}"; the commands are extract, db, search, export, report, review, queue and worker.\nRun evaltab --help for usage.`);
  if (rest.includes('--help') || rest.includes('-h')) return { command: 'help', text: help };
  switch (command) {
    case 'extract': return { command, args: parseExtract(rest, cores) };
    case 'db': return { command: 'db add', args: parseDbAdd(rest) };
    case 'search': return { command, args: parseSearch(rest) };
    case 'export': return { command, args: parseExport(rest) };
    case 'review': return { command, args: parseReview(rest) };
    case 'queue': return parseQueue(rest);
    case 'worker': return { command, args: parseWorker(rest, cores) };
    default: return { command: 'report', args: parseReport(rest) };
  }
}
