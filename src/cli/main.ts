/**
 * Entry point: the only place with process side effects (exit codes, stdout). It parses the
 * command line and runs the command; each command lives in commands/. A batch never stops
 * at a bad file: every input gets its Document.
 */
import { availableParallelism } from 'node:os';
import { log } from '../log.js';
import { MissingPackageError } from '../emit/optional.js';
import { DatasetError } from '../dataset/errors.js';
import { QueueError } from '../queue/redis.js';
import { CliError, parseCli } from './args.js';
import { processIo } from './io.js';
import { evaltabVersion } from './version.js';

const INPUT_EXTENSIONS = /\.(txt|text|csv|tsv|md|html?|xhtml|shtml|docx|doc|wps|pdf|png|jpe?g|tiff?|xlsx|xlsm|xls|xlt|et|ett|ods)$/i;

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv, availableParallelism());
  const io = processIo();
  if (parsed.command === 'help') {
    io.stdout.write(`${parsed.text}\n`);
    return 0;
  }
  if (parsed.command === 'version') {
    io.stdout.write(`${evaltabVersion()}\n`);
    return 0;
  }
  const level = parsed.args.quiet ? 'silent' : 'verbose' in parsed.args && parsed.args.verbose ? 'debug' : null;
  if (level !== null) log.level = process.env.EVALTAB_LOG_LEVEL = level; // document workers read it from their env
  try {
    switch (parsed.command) {
      // each command loaded when run: --help and --version stay fast, and extract never loads
      // the review server's renderers (canvas, sharp) or the dataset code
      case 'extract': return await (await import('./commands/extract.js')).runExtract(parsed.args, INPUT_EXTENSIONS, io);
      case 'db add': return await (await import('./commands/db-add.js')).runDbAdd(parsed.args, io);
      case 'search': return await (await import('./commands/search.js')).runSearch(parsed.args, io);
      case 'export': return await (await import('./commands/export.js')).runExport(parsed.args, io);
      case 'report': return await (await import('./commands/report.js')).runReport(parsed.args, io);
      case 'review': return await (await import('./commands/review.js')).runReview(parsed.args, io);
      case 'queue add': return await (await import('./commands/queue.js')).runQueueAdd(parsed.args, INPUT_EXTENSIONS, io);
      case 'queue status': return await (await import('./commands/queue.js')).runQueueStatus(parsed.args, io);
      case 'worker': return await (await import('./commands/queue.js')).runWorker(parsed.args, io);
    }
  } catch (error) {
    // a missing optional package, an unusable dataset file, an unreachable Redis: say so, without a stack trace
    if (error instanceof MissingPackageError || error instanceof DatasetError || error instanceof QueueError) throw new CliError(error.message);
    throw error;
  }
}
