/**
 * Which files a batch reads, and the name of each relative to the inputs' common root, so
 * that outputs mirror the input tree (a/x.pdf and b/x.pdf never collide). Directories are
 * searched recursively for the input extensions; symlinks are followed (a link to a folder
 * already on the path is a loop, reported and not entered); hidden entries and node_modules
 * are skipped; a file named on the command line is always taken, as is a missing one (it
 * yields a Document with an error). `-` is standard input.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { compileFilter, type GlobFilter } from './glob.js';

export interface InputFile {
  /** where to read it ("-" for standard input) */
  path: string;
  /** its name under the common root, with "/" separators: the output is <out>/<rel>.json */
  rel: string;
}

export interface WalkResult {
  files: InputFile[];
  /** what was passed over and why (symlink loops, unreadable folders), for the log */
  skipped: string[];
}

export const STDIN = '-';
const STDIN_NAME = 'stdin';

/**
 * `skipDirs`: folders never searched (the output folder, when it sits among the inputs: its
 * debug pictures are .png files a rerun would otherwise take for scans).
 */
export async function findInputs(inputs: readonly string[], extensions: RegExp, filter: GlobFilter = { include: [], exclude: [] }, skipDirs: readonly string[] = []): Promise<WalkResult> {
  const keep = compileFilter(filter);
  const skipped: string[] = [];
  const avoid = new Set(await Promise.all(skipDirs.map((d) => realpath(d).catch(() => resolve(d)))));
  const found: { path: string; abs: string; top: boolean }[] = [];
  const roots: string[] = [];
  for (const input of inputs) {
    if (input === STDIN) continue;
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      roots.push(resolve(input));
      await walkDir(input, new Set([await realpath(input), ...avoid]), extensions, found, skipped);
    } else {
      roots.push(dirname(resolve(input)));
      found.push({ path: input, abs: resolve(input), top: true });
    }
  }
  const root = commonRoot(roots);
  const files: InputFile[] = [];
  const seen = new Set<string>();
  if (inputs.includes(STDIN)) files.push({ path: STDIN, rel: STDIN_NAME });
  for (const f of found) {
    const rel = relative(root, f.abs).split(sep).join('/') || basename(f.abs);
    if (seen.has(rel) || (!f.top && !keep(rel))) continue;
    seen.add(rel);
    files.push({ path: f.path, rel });
  }
  return { files, skipped };
}

/** Depth first, names sorted, so the order (and the log) is the same on every run. */
async function walkDir(dir: string, ancestors: Set<string>, extensions: RegExp, found: { path: string; abs: string; top: boolean }[], skipped: string[]): Promise<void> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    skipped.push(`${dir}: ${(error as Error).message}`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (!target) { skipped.push(`${path}: broken symbolic link`); continue; }
      isDir = target.isDirectory();
      isFile = target.isFile();
    }
    if (isDir) {
      const real = await realpath(path).catch(() => null);
      if (real === null || ancestors.has(real)) {
        if (entry.isSymbolicLink() || real === null) skipped.push(`${path}: symbolic link loop, not followed`);
        continue; // else a folder to avoid (the output folder)
      }
      await walkDir(path, new Set([...ancestors, real]), extensions, found, skipped);
    } else if (isFile && extensions.test(entry.name)) {
      found.push({ path, abs: resolve(path), top: false });
    }
  }
}

/** The deepest folder holding every root ("/" at worst). */
export function commonRoot(dirs: readonly string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = dirs[0]!.split(sep);
  for (const dir of dirs.slice(1)) {
    const other = dir.split(sep);
    let i = 0;
    while (i < parts.length && i < other.length && parts[i] === other[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}
