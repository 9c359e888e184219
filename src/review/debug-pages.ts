/**
 * The review app's link to the debug overlays of `extract --debug DIR` (src/debug): for a
 * document under review, the pages that have an overlay in DIR, read from DIR/<source
 * name>.<sha8>.debug.json — used only when that index was written for the same source bytes
 * (its full sha256), so a picture of another version of the file is never shown beside this one.
 * DIR is `review --debug DIR`, else <out dir>/_debug when it exists.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Document } from '../contract/schema.js';
import { DEBUG_FORMAT, debugIndexName, type DebugIndex } from '../debug/write.js';

/** page → the overlay's PNG path */
export type DebugPages = Map<number, string>;

/** The default place of the overlays: `extract --out OUT --debug OUT/_debug`. */
export const DEFAULT_DEBUG_SUBDIR = '_debug';

export function debugDirOf(outDir: string | null, given: string | null | undefined): string | null {
  if (given) return given;
  if (outDir === null) return null;
  const fallback = join(outDir, DEFAULT_DEBUG_SUBDIR);
  return existsSync(fallback) ? fallback : null;
}

export async function debugPagesOf(dir: string | null, document: Document): Promise<DebugPages | null> {
  if (dir === null) return null;
  const path = join(dir, debugIndexName(document.source.path, document.source.sha256));
  if (!existsSync(path)) return null;
  let index: DebugIndex;
  try {
    index = JSON.parse(await readFile(path, 'utf8')) as DebugIndex;
  } catch {
    return null;
  }
  if (index.format !== DEBUG_FORMAT || index.source?.sha256 !== document.source.sha256) return null;
  const pages: DebugPages = new Map();
  for (const page of index.pages) {
    // a bare file name only: the index must not point outside its directory
    if (/[\\/]/.test(page.file) || !existsSync(join(dir, page.file))) continue;
    pages.set(page.page, join(dir, page.file));
  }
  return pages.size > 0 ? pages : null;
}
