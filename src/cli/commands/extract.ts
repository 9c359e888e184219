/**
 * `evaltab extract`: a batch (src/batch) over the inputs — files found under the directories
 * given, outputs mirroring their tree, documents read in worker threads with time and memory
 * limits, up-to-date outputs skipped, progress on stderr, a summary at the end (and in
 * <out>/_summary.json). Each Document goes to the emitters (JSON files or stdout, and the
 * dataset with --db) as soon as it is ready. A bad input never stops the batch: it yields a
 * Document with an error. SIGINT/SIGTERM stop taking inputs; a second one abandons those in flight.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../batch/atomic-write.js';
import { DocumentPool } from '../../batch/doc-pool.js';
import { perDocumentPipeline } from '../../batch/pool-options.js';
import { Progress } from '../../batch/progress.js';
import { Batch, type DocumentProcessor } from '../../batch/run-batch.js';
import { SUMMARY_FILE, summaryText, type BatchSummary } from '../../batch/summary.js';
import type { InputFile } from '../../batch/walk.js';
import type { Document } from '../../contract/schema.js';
import { closeAll, emitAll, type DocumentEmitter } from '../../emit/emitter.js';
import { createJsonEmitter, jsonPathOf } from '../../emit/json.js';
import { openFileOutputs } from '../../emit/outputs.js';
import { log } from '../../log.js';
import { closeSharedPools } from '../../ocr/pool.js';
import type { PipelineOptions } from '../../pipeline.js';
import { CliError } from '../errors.js';
import { batchInputs } from '../inputs.js';
import type { ExtractArgs } from '../extract-args.js';
import type { Io } from '../io.js';
import { evaltabVersion } from '../version.js';
import { onSignals } from './extract-signals.js';

export async function runExtract(args: ExtractArgs, inputExtensions: RegExp, io: Io): Promise<number> {
  if (args.out !== null) await checkOutDir(args.out);
  const outputs = [args.out, args.debug].filter((d): d is string => d !== null);
  const files = await batchInputs(args, inputExtensions, outputs);
  const toStdout = args.out === null && args.db === null && files.length === 1;
  const outDir = args.out ?? (args.db === null && !toStdout ? '.' : null);
  const emitters = await openEmitters(args, outDir, io);
  const processor = args.debug === null ? documentPool(args, files.length) : debugProcessor(args);
  const batchMode = !toStdout;
  const progress = batchMode && !args.quiet ? new Progress({ stream: io.stderr, tty: io.stderrTty ?? false }) : null;
  const batch = new Batch({
    files, concurrency: args.concurrency, version: evaltabVersion(), force: args.force, processor,
    outputOf: outDir === null ? null : (file) => jsonPathOf(outDir, file.rel),
    emit: (document, file) => emitAll(emitters, document, file.rel),
    onProgress: (state, force) => progress?.update(state, force),
    onDocument: (file, document, ms) => logDocument(file, document, ms),
  });
  const restore = onSignals(batch, io, args.quiet);
  try {
    const summary = await runBatch(batch, processor, emitters, progress);
    return await report(summary, args, batchMode, io);
  } finally {
    restore(); // only now: a late signal must not kill the process while the summary is written
  }
}

async function runBatch(batch: Batch, processor: DocumentProcessor, emitters: DocumentEmitter[], progress: Progress | null): Promise<BatchSummary> {
  try {
    return await batch.run();
  } finally {
    progress?.finish();
    await processor.close();
    await closeSharedPools();
    await closeAll(emitters);
  }
}

/** The summary to DIR/_summary.json and stderr; the exit code. */
async function report(summary: BatchSummary, args: ExtractArgs, batchMode: boolean, io: Io): Promise<number> {
  if (args.out !== null) await writeFileAtomic(join(args.out, SUMMARY_FILE), `${JSON.stringify(summary, null, 2)}\n`);
  if (batchMode && !args.quiet) io.stderr.write(`${summaryText(summary)}\n`);
  if (summary.interrupted) {
    io.stderr.write(`evaltab: interrupted: ${summary.notStarted + summary.abandoned} of ${summary.inputs} inputs not done. Run the same command again to resume: finished outputs are kept and not redone.\n`);
    return 130;
  }
  return summary.failures.length > 0 ? 1 : 0;
}

/** --out must be a directory we can create or write into; a file there is a usage error, said before any work. */
async function checkOutDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) throw new CliError(`--out ${dir} is a file; --out names a directory for the JSON files`);
  await mkdir(dir, { recursive: true }).catch((error: Error) => { throw new CliError(`cannot create --out ${dir}: ${error.message}`); });
}

function pipelineOptions(args: ExtractArgs): PipelineOptions {
  return { maxTextBytes: args.maxTextBytes, ocrEngine: args.ocrEngine, ocrDpi: args.ocrDpi, ocrWorkers: args.ocrWorkers };
}

/** Documents in worker threads, with time and memory limits. */
function documentPool(args: ExtractArgs, inputs: number): DocumentProcessor {
  const pipeline = perDocumentPipeline(pipelineOptions(args), Math.min(args.concurrency, inputs));
  return new DocumentPool({ pipeline, memoryMb: args.docMemoryMb, timeoutMs: args.docTimeoutMs });
}

/** --debug: documents in this thread (the debug pictures are drawn from what the stages record here), no isolation. */
function debugProcessor(args: ExtractArgs): DocumentProcessor {
  return {
    async process(input: InputFile): Promise<Document> {
      const file = input.path;
      const { processFile } = await import('../../pipeline.js');
      const debug = args.debug === null ? null : (await import('../../debug/write.js')).startDebug(args.debug, file); // canvas, sharp: on demand
      const doc = await processFile(file, { ...pipelineOptions(args), debug: debug?.sink });
      await debug?.finish(doc);
      return doc;
    },
    abandon: async () => {},
    close: async () => {},
  };
}

function logDocument(file: InputFile, document: Document | null, ms: number): void {
  if (document === null) {
    log.debug({ file: file.path }, 'up to date, skipped');
    return;
  }
  const errors = document.diagnostics.filter((d) => d.level === 'error').map((d) => d.code);
  const indicators = document.tables.reduce((n, t) => n + t.indicators.length, 0);
  log.debug({ file: file.path, status: document.status, tables: document.tables.length, indicators, errors, ms }, 'extracted');
}

/**
 * The dataset and JSON files (emit/outputs.ts): JSON to --out; to stdout for a single input
 * without --out; to the working directory for several inputs without --out — unless --db was
 * given, which then is the only output.
 */
async function openEmitters(args: ExtractArgs, outDir: string | null, io: Io): Promise<DocumentEmitter[]> {
  const emitters = await openFileOutputs({ db: args.db, dir: outDir }, evaltabVersion());
  if (outDir === null && args.db === null) emitters.push(await createJsonEmitter({ stream: io.stdout }));
  return emitters;
}
