/**
 * The version of evaltab that is running, read from its package.json. The file is found by
 * walking up from this module, so it works both from the TypeScript sources (src/cli/) and
 * from a compiled build (dist/src/cli/): the first package.json named "evaltab" wins.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function evaltabVersion(): string {
  cached ??= findVersion(dirname(fileURLToPath(import.meta.url)));
  return cached;
}

function findVersion(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = readManifest(join(dir, 'package.json'));
    if (manifest?.name === 'evaltab' && typeof manifest.version === 'string') return manifest.version;
    if (dirname(dir) === dir) throw new Error(`no package.json of evaltab above ${start}`);
  }
}

function readManifest(path: string): { name?: unknown; version?: unknown } | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return null; // missing, or not JSON: keep walking up
  }
}
