/**
 * `evaltab extract`: every input through the pipeline, `concurrency` at a time, each
 * Document handed to the emitters (JSON files or stdout, and the dataset with --db) as soon
 * as it is ready. A bad input never stops the batch: it yields a Document with an error.
 */
import pLimit from 'p-limit';
import type { Document } from '../../contract/schema.js';
import { closeAll, emitAll, type DocumentEmitter } from '../../emit/emitter.js';
import { createJsonEmitter } from '../../emit/json.js';
import { createSqliteEmitter } from '../../emit/sqlite.js';
import { log } from '../../log.js';
import { closeSharedPools } from '../../ocr/pool.js';
import { processFile } from '../../pipeline.js';
import { CliError } from '../errors.js';
import type { ExtractArgs } from '../extract-args.js';
import { expandInputs } from '../inputs.js';
import type { Io } from '../io.js';
import { evaltabVersion } from '../version.js';

export async function runExtract(args: ExtractArgs, inputExtensions: RegExp, io: Io): Promise<number> {
  const files = await expandInputs(args.inputs, inputExtensions);
  if (files.length === 0) throw new CliError('no input files found');
  const emitters = await openEmitters(args, files.length, io);
  const limit = pLimit(args.concurrency);
  let failed = 0;
  try {
    await Promise.all(files.map((file) => limit(async () => {
      const started = Date.now();
      const debug = args.debug === null ? null : (await import('../../debug/write.js')).startDebug(args.debug, file); // canvas, sharp: on demand
      const doc = await processFile(file, { maxTextBytes: args.maxTextBytes, ocrEngine: args.ocrEngine, ocrDpi: args.ocrDpi, ocrWorkers: args.ocrWorkers, debug: debug?.sink });
      await debug?.finish(doc);
      const hasError = doc.diagnostics.some((d) => d.level === 'error');
      if (hasError) failed++;
      await emitAll(emitters, doc, file);
      log.info({ file, tables: doc.tables.length, indicators: indicatorCount(doc), errors: hasError, ms: Date.now() - started }, 'extracted');
    })));
  } finally {
    await closeSharedPools();
    await closeAll(emitters);
  }
  if (files.length > 1 || args.out !== null || args.db !== null) log.info({ files: files.length, failed, out: args.out, db: args.db }, 'done');
  return failed > 0 ? 1 : 0;
}

const indicatorCount = (doc: Document): number => doc.tables.reduce((n, t) => n + t.indicators.length, 0);

/**
 * The dataset first (a missing better-sqlite3 is reported before any work), then JSON: to
 * --out; to stdout for a single input without --out; to the working directory for several
 * inputs without --out — unless --db was given, which then is the only output.
 */
async function openEmitters(args: ExtractArgs, fileCount: number, io: Io): Promise<DocumentEmitter[]> {
  const emitters: DocumentEmitter[] = [];
  if (args.db !== null) emitters.push(await createSqliteEmitter(args.db, { evaltabVersion: evaltabVersion() }));
  if (args.out !== null) emitters.push(await createJsonEmitter({ dir: args.out }));
  else if (args.db === null) emitters.push(await createJsonEmitter(fileCount === 1 ? { stream: io.stdout } : { dir: '.' }));
  return emitters;
}
