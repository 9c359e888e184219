/**
 * JSON output, the default: one pretty-printed Document per input, to DIR/<input>.json where
 * <input> is the input's name relative to the common root of the batch's inputs (extract
 * mirrors the input tree, so a/x.pdf and b/x.pdf give a/x.pdf.json and b/x.pdf.json), or to
 * stdout when a single input was given without a directory. Files are written atomically
 * (temp file + rename): an interrupted run never leaves half a Document. The file naming is
 * part of the CLI's promise.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { writeFileAtomic } from '../batch/atomic-write.js';
import type { Document } from '../contract/schema.js';
import type { DocumentEmitter } from './emitter.js';

export type JsonTarget = { dir: string } | { stream: Writable };

export const documentJson = (document: Document): string => `${JSON.stringify(document, null, 2)}\n`;

/** Where the Document of the input named `rel` (relative, "/"-separated) is written under `dir`. */
export const jsonPathOf = (dir: string, rel: string): string => join(dir, ...`${rel}.json`.split('/'));

export async function createJsonEmitter(target: JsonTarget): Promise<DocumentEmitter> {
  if ('stream' in target) return streamEmitter(target.stream);
  await mkdir(target.dir, { recursive: true });
  return dirEmitter(target.dir);
}

function streamEmitter(stream: Writable): DocumentEmitter {
  return {
    name: 'json',
    emit: (document) => write(stream, documentJson(document)),
    close: async () => {},
  };
}

function dirEmitter(dir: string): DocumentEmitter {
  return {
    name: 'json',
    emit: (document, input) => writeFileAtomic(jsonPathOf(dir, input), documentJson(document)),
    close: async () => {},
  };
}

/** Resolves once the chunk is handed to the stream (waits for 'drain' when its buffer is full). */
export function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => { if (error) reject(error); });
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}
