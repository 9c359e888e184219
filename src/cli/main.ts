/**
 * Entry point: the only place with process side effects (exit codes, stdout). A batch
 * never stops at a bad file: every input gets its Document.
 */
import { availableParallelism } from 'node:os';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import pLimit from 'p-limit';
import { log } from '../log.js';
import { processFile } from '../pipeline.js';
import { closeSharedPools } from '../ocr/pool.js';
import { CliError, HELP, parseCli } from './args.js';

const INPUT_EXTENSIONS = /\.(txt|text|csv|tsv|md|html?|docx|doc|wps|pdf|png|jpe?g|tiff?|xlsx|xlsm)$/i;

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && INPUT_EXTENSIONS.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      files.push(...entries);
    } else {
      files.push(input); // a missing file still yields a Document with an error
    }
  }
  return files;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv, availableParallelism());
  if (parsed.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { args } = parsed;
  if (args.quiet) log.level = 'silent';
  const files = await expand(args.inputs);
  if (files.length === 0) throw new CliError('no input files found');
  const toStdout = files.length === 1 && args.out === null;
  const out = args.out ?? '.';
  if (!toStdout) await mkdir(out, { recursive: true });

  const limit = pLimit(args.concurrency);
  let failed = 0;
  const names = new Map<string, number>();
  await Promise.all(files.map((file) => limit(async () => {
    const started = Date.now();
    const doc = await processFile(file, { maxTextBytes: args.maxTextBytes, ocrEngine: args.ocrEngine, ocrDpi: args.ocrDpi, ocrWorkers: args.ocrWorkers });
    const hasError = doc.diagnostics.some((d) => d.level === 'error');
    if (hasError) failed++;
    const json = `${JSON.stringify(doc, null, 2)}\n`;
    if (toStdout) {
      process.stdout.write(json);
    } else {
      let name = `${basename(file)}.json`;
      const seen = names.get(name) ?? 0;
      names.set(name, seen + 1);
      if (seen > 0) name = `${basename(file)}.${seen + 1}.json`;
      await writeFile(join(out, name), json);
    }
    log.info({ file, tables: doc.tables.length, indicators: doc.tables.reduce((n, t) => n + t.indicators.length, 0), errors: hasError, ms: Date.now() - started }, 'extracted');
  })));
  await closeSharedPools();
  if (!toStdout) log.info({ files: files.length, failed, out }, 'done');
  return failed > 0 ? 1 : 0;
}
