/**
 * The documents under review: every Document JSON of an output directory (as `extract --out`
 * writes them), each with its corrections file, and where its source file is now, so its
 * pages and lines can be shown. A JSON file that is not a Document is skipped and said.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rename } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { DocumentSchema, type Document } from '../contract/schema.js';
import { decodeText } from '../ingest/text/decode.js';
import { log } from '../log.js';
import type { DebugPages } from './debug-pages.js';
import { isDocumentJson } from '../emit/output-layout.js';
import { loadReview, reviewPathOf, saveReview, type ReviewFile } from './review-file.js';

export interface Entry {
  /** the JSON file name without ".json": stable id in URLs */
  id: string;
  jsonPath: string;
  document: Document;
  review: ReviewFile;
  /** a review file kept for other bytes of the source (it changed since): not applied, set aside on the first save */
  stale: boolean;
  /** the source file, when it can still be found */
  sourcePath: string | null;
  /** page → its `extract --debug` overlay, when there is one for these source bytes (debug-pages.ts) */
  debugPages?: DebugPages | null;
}

/** What the review server works on: documents with their decisions, and where a decision is kept. */
export interface ReviewSource {
  readonly entries: Entry[];
  get(id: string): Entry | undefined;
  save(entry: Entry): Promise<void>;
  close?(): void;
}

/**
 * An output's Documents: JSON files anywhere below it (extract mirrors the input tree), but not
 * review files, the batch summary (_summary.json) or the debug overlays' indexes (_debug/).
 */
function isOutputJson(relative: string): boolean {
  const parts = relative.split(sep);
  const name = parts[parts.length - 1]!;
  return isDocumentJson(name) && parts[0] !== '_debug' && !parts.some((p) => p.startsWith('.'));
}

/** The JSON files of an output directory, decisions in review files beside them. */
export class ReviewStore implements ReviewSource {
  private constructor(readonly dir: string, readonly entries: Entry[]) {}

  static async open(dir: string): Promise<ReviewStore> {
    const names = (await readdir(dir, { recursive: true })).filter(isOutputJson).sort();
    const entries: Entry[] = [];
    for (const name of names) {
      const jsonPath = join(dir, name);
      const parsed = DocumentSchema.safeParse(JSON.parse(await readFile(jsonPath, 'utf8')));
      if (!parsed.success) {
        log.warn({ file: jsonPath }, 'not an evaltab Document, skipped');
        continue;
      }
      const document = parsed.data;
      const { review, stale } = await loadReview(jsonPath, document.source.sha256, document.source.path);
      entries.push({ id: name.replace(/\.json$/i, ''), jsonPath, document, review, stale: stale !== null, sourcePath: locate(document.source.path, dir) });
    }
    return new ReviewStore(dir, entries);
  }

  get(id: string): Entry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  async save(entry: Entry): Promise<void> {
    if (entry.stale) {
      const path = reviewPathOf(entry.jsonPath);
      if (existsSync(path)) await rename(path, path.replace(/\.review\.json$/i, `.review.stale-${Date.now()}.json`));
      entry.stale = false;
    }
    await saveReview(entry.jsonPath, entry.review);
  }
}

/** The source as given to extract: relative to where extract ran (here, usually), or to the output directory. */
export function locate(path: string, dir: string): string | null {
  const candidates = isAbsolute(path) ? [path] : [resolve(path), resolve(dir, path), resolve(dir, '..', path)];
  return candidates.find((p) => existsSync(p)) ?? null;
}

const texts = new Map<string, string[]>();

/** Lines [from, to] (1-based) of a text source, decoded as extract decoded it. */
export async function sourceLines(path: string, from: number, to: number): Promise<{ line: number; text: string }[]> {
  let lines = texts.get(path);
  if (!lines) {
    lines = decodeText(new Uint8Array(await readFile(path))).text.split(/\r\n|\r|\n/);
    texts.set(path, lines);
  }
  const out: { line: number; text: string }[] = [];
  for (let n = Math.max(1, from); n <= Math.min(lines.length, to); n++) out.push({ line: n, text: lines[n - 1]! });
  return out;
}
