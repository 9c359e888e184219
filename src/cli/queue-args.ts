/**
 * The options of the queue commands (src/queue): `queue add`, `queue status`, `worker`, and
 * their help. --redis defaults to $EVALTAB_REDIS, then redis://127.0.0.1:6379.
 */
import { DEFAULT_DOC_MEMORY_MB } from '../batch/limits.js';
import { DEFAULT_QUEUE, DEFAULT_REDIS } from '../queue/redis.js';
import { DEFAULT_RETRY } from '../queue/jobs.js';
import { CliError } from './errors.js';
import { readingArgs, READING_OPTIONS, type ReadingArgs } from './extract-args.js';
import { integer, parseOptions, positive } from './options.js';

export interface QueueAddArgs {
  redis: string; queue: string; inputs: string[]; out: string | null; db: string | null;
  include: string[]; exclude: string[]; force: boolean; attempts: number; retryDelayMs: number; quiet: boolean;
}
export interface QueueStatusArgs { redis: string; queue: string; json: boolean; limit: number; quiet: boolean }
export interface WorkerArgs extends ReadingArgs {
  redis: string; queue: string; concurrency: number; untilEmpty: boolean; lockMs: number; quiet: boolean; verbose: boolean;
}

const CONNECTION = { redis: { type: 'string' }, queue: { type: 'string' }, quiet: { type: 'boolean', short: 'q', default: false } } as const;

const connection = (values: { redis?: string; queue?: string }) => ({
  redis: values.redis ?? process.env.EVALTAB_REDIS ?? DEFAULT_REDIS,
  queue: values.queue ?? DEFAULT_QUEUE,
});

export function parseQueue(argv: string[]): { command: 'queue add'; args: QueueAddArgs } | { command: 'queue status'; args: QueueStatusArgs } {
  const { values, positionals } = parseOptions('queue', argv, {
    ...CONNECTION, out: { type: 'string' }, db: { type: 'string' }, include: { type: 'string', multiple: true }, exclude: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false }, attempts: { type: 'string' }, 'retry-delay': { type: 'string' }, json: { type: 'boolean', default: false }, limit: { type: 'string' },
  });
  const [sub, ...inputs] = positionals;
  if (sub === 'status') {
    if (inputs.length > 0) throw new CliError(`queue status takes no files, got "${inputs[0]}"`);
    return { command: 'queue status', args: { ...connection(values), json: values.json ?? false, limit: integer('limit', values.limit, 1) ?? 20, quiet: values.quiet ?? false } };
  }
  if (sub !== 'add') throw new CliError(`${sub === undefined ? 'missing queue command' : `unknown queue command "${sub}"`}; the commands are "queue add" and "queue status".\nRun evaltab queue --help for usage.`);
  if (inputs.length === 0) throw new CliError('queue add needs at least one file or directory');
  if (inputs.includes('-')) throw new CliError('queue add reads files that workers can open: "-" (standard input) is for extract');
  if (values.out === undefined && values.db === undefined) throw new CliError('queue add needs --out DIR or --db FILE (or both): where the workers write the Documents');
  return { command: 'queue add', args: {
    ...connection(values), inputs, out: values.out ?? null, db: values.db ?? null,
    include: values.include ?? [], exclude: values.exclude ?? [], force: values.force ?? false,
    attempts: integer('attempts', values.attempts, 1) ?? DEFAULT_RETRY.attempts,
    retryDelayMs: values['retry-delay'] === undefined ? DEFAULT_RETRY.delayMs : positive('retry-delay', values['retry-delay'], 0) * 1000,
    quiet: values.quiet ?? false,
  } };
}

export function parseWorker(argv: string[], cores: number): WorkerArgs {
  const { values, positionals } = parseOptions('worker', argv, {
    ...CONNECTION, ...READING_OPTIONS, concurrency: { type: 'string' }, 'until-empty': { type: 'boolean', default: false }, 'lock-seconds': { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
  });
  if (positionals.length > 0) throw new CliError(`worker takes no files (they come from the queue), got "${positionals[0]}"`);
  if (values.quiet && values.verbose) throw new CliError('--quiet and --verbose cannot be used together');
  return {
    ...connection(values),
    concurrency: integer('concurrency', values.concurrency, 1) ?? cores,
    untilEmpty: values['until-empty'] ?? false,
    lockMs: positive('lock-seconds', values['lock-seconds'], 30) * 1000,
    ...readingArgs(values),
    quiet: values.quiet ?? false,
    verbose: values.verbose ?? false,
  };
}

export const QUEUE_HELP = `evaltab queue — documents for workers on any number of machines, through Redis

Usage:
  evaltab queue add <files or directories...> (--out DIR | --db FILE) [--redis URL] [options]
  evaltab queue status [--redis URL] [--json] [--limit N]
  evaltab worker [--redis URL] [--concurrency N] [--until-empty]     (evaltab worker --help)

queue add enqueues one job per document, found as extract finds them; a job's id is the
document's sha256, so content already in the queue (waiting, running or done) is not added again.
Workers write each Document to DIR/<input>.json (mirroring the input tree, as extract does) and
load it into --db FILE. Paths are stored absolute: every worker must see the inputs, DIR and FILE
at the same paths (a shared file system). A job whose Document failed is retried with backoff
and, after its last attempt, stays in the failed set with its error (queue status lists them).

Options:
  --redis URL        redis://[user:password@]host:port[/db] (default $EVALTAB_REDIS or ${DEFAULT_REDIS})
  --queue NAME       queue name (default ${DEFAULT_QUEUE}); workers must use the same
  --out DIR          directory the workers write the JSON files into
  --db FILE          SQLite dataset the workers load the Documents into
  --include GLOB     only files found in directories that match (repeatable)
  --exclude GLOB     skip files found in directories that match (repeatable)
  --force            take finished jobs (done or failed) of the same documents out and add them again
  --attempts N       tries per document before it goes to the failed set (default ${DEFAULT_RETRY.attempts})
  --retry-delay S    first retry after S seconds, doubling each time (default ${DEFAULT_RETRY.delayMs / 1000})
  --json             queue status: print JSON
  --limit N          queue status: list at most N failed documents (default 20)
  -q, --quiet        print nothing but errors`;

export const WORKER_HELP = `evaltab worker — read the documents of the queue (evaltab queue --help)

Usage:
  evaltab worker [--redis URL] [--queue NAME] [--concurrency N] [--until-empty] [options]

Runs until stopped (Ctrl-C or SIGTERM: the documents in hand are finished first; twice: they are
dropped and go back to the queue), or with --until-empty until nothing is waiting, scheduled for a
retry or running on any worker. Each document is read in a worker thread with a time and memory
limit, as extract does. A worker that dies mid-document (killed, machine lost) stops renewing its
job's lock; after --lock-seconds another worker takes the job up again.

Options:
  --redis URL         as for queue add (default $EVALTAB_REDIS or ${DEFAULT_REDIS})
  --queue NAME        queue name (default ${DEFAULT_QUEUE})
  --concurrency N     documents at once (default: CPU cores)
  --until-empty       stop when the queue has nothing left to do
  --lock-seconds S    lock of a running job, renewed while it runs (default 30)
  --doc-timeout S     time limit per document in seconds (default: 120 + 60 per MB of input)
  --doc-memory-mb N   heap limit per document worker (default ${DEFAULT_DOC_MEMORY_MB})
  --max-text-mb N     refuse text inputs larger than N MB (default 32)
  --ocr-engine NAME   paddle (default), tesseract or none
  --ocr-dpi N         resolution scanned PDF pages are rendered at for OCR (default 300)
  --ocr-workers N     OCR worker threads (default: from CPU cores and memory)
  -q, --quiet         no log lines but errors
  -v, --verbose       debug log lines`;
