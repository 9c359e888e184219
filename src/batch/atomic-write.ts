/**
 * Outputs are written whole or not at all: to a temporary file in the same folder, then
 * renamed over the target (rename is atomic within a file system), so an interrupted or
 * killed run never leaves half a JSON file. Review files (`*.review.json`, the reviewers'
 * decisions kept beside the outputs by `evaltab review`) are never written here.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isReviewPath } from '../review/review-file.js';

/** Temporary files are hidden and end in .tmp: `.x.pdf.json.1234.9f3a.tmp`. */
export const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]+\.tmp$/;

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  if (isReviewPath(path)) throw new Error(`refusing to write ${path}: review files belong to evaltab review`);
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes the temporary files of `path` left by a process killed while writing it (a queue
 * worker killed mid-document: another worker redoes the document and calls this first).
 */
export async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => n.startsWith(prefix) && TEMP_FILE.test(n)).map((n) => rm(join(dirname(path), n), { force: true })));
}
