/** An output file that cannot be written (missing directory, no permission) is a usage error said up front, before any work. */
import { open } from 'node:fs/promises';
import { CliError } from './errors.js';

export async function ensureWritable(path: string): Promise<void> {
  try {
    const handle = await open(path, 'w');
    await handle.close();
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
