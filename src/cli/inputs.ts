/** Files named on the command line, directories searched recursively for the given extensions. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { findInputs, type InputFile } from '../batch/walk.js';
import { log } from '../log.js';
import { CliError } from './errors.js';

/**
 * The documents of a batch (extract, queue add): found as batch/walk.ts finds them, `skipDirs`
 * never searched; what was passed over goes to the log; none at all is a usage error.
 */
export async function batchInputs(args: { inputs: string[]; include: string[]; exclude: string[] }, extensions: RegExp, skipDirs: readonly string[]): Promise<InputFile[]> {
  const { files, skipped } = await findInputs(args.inputs, extensions, { include: args.include, exclude: args.exclude }, skipDirs);
  for (const reason of skipped) log.warn({ reason }, 'input skipped');
  if (files.length === 0) throw new CliError('no input files found');
  return files;
}

/** The JSON files of `db add`: every file named, and those under the directories named. */
export async function expandInputs(inputs: string[], extensions: RegExp): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const entries = (await readdir(input, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && extensions.test(e.name))
        .map((e) => join(e.parentPath, e.name))
        .sort();
      files.push(...entries);
    } else {
      files.push(input); // a missing file still yields a Document (or a report) with an error
    }
  }
  return files;
}
