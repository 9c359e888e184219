/** Files named on the command line, directories searched recursively for the given extensions. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

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
