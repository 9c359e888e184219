/**
 * JSON output, the default: one pretty-printed Document per input, to DIR/<input name>.json
 * (a second input with the same file name gets <name>.2.json), or to stdout when a single
 * input was given without a directory. The file naming is part of the CLI's promise.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import type { Document } from '../contract/schema.js';
import type { DocumentEmitter } from './emitter.js';

export type JsonTarget = { dir: string } | { stream: Writable };

export const documentJson = (document: Document): string => `${JSON.stringify(document, null, 2)}\n`;

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
  const names = new Map<string, number>();
  const fileName = (input: string): string => {
    const name = `${basename(input)}.json`;
    const seen = names.get(name) ?? 0;
    names.set(name, seen + 1);
    return seen > 0 ? `${basename(input)}.${seen + 1}.json` : name;
  };
  return {
    name: 'json',
    emit: (document, input) => writeFile(join(dir, fileName(input)), documentJson(document)),
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
