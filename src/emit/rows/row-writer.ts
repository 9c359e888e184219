/**
 * Flat outputs of the dataset (export, search): one RowWriter per format, fed the rows of a
 * view (src/dataset/schema-views.ts) with the view's typed columns. SQLite hands back
 * booleans as 0/1 and JSON arrays as text; `typed` turns them back per column type.
 */
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ExportType } from '../../dataset/schema-types.js';
import { write } from '../json.js';

export interface OutputColumn {
  name: string;
  type: ExportType;
}

export type DataRow = Record<string, unknown>;

export interface RowWriter {
  write(row: DataRow): Promise<void>;
  /** Finishes the output (a file is closed; a stream such as stdout is left open). */
  close(): Promise<void>;
}

/** A file to create, or a stream to write to (stdout). */
export type OutputTarget = { path: string } | { stream: Writable };

/** The column value as its type says: boolean for 0/1, parsed arrays for JSON text, null kept. */
export function typed(column: OutputColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.type === 'boolean') return value === 1 || value === true;
  if (column.type === 'json' && typeof value === 'string') return JSON.parse(value) as unknown;
  return value;
}

/** A text sink over a target: buffered writes, waiting for the stream when its buffer is full. */
export interface TextSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function textSink(target: OutputTarget): TextSink {
  const stream = 'path' in target ? createWriteStream(target.path) : target.stream;
  let failure: Error | null = null;
  if ('path' in target) stream.on('error', (error: Error) => { failure = error; }); // reported at the next write or close, not as a crash
  let buffer = '';
  const flush = async () => {
    if (failure) throw failure;
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    await write(stream, chunk);
  };
  return {
    write: async (text) => {
      buffer += text;
      if (buffer.length >= 64 * 1024) await flush();
    },
    close: async () => {
      await flush();
      if ('path' in target) {
        stream.end();
        await finished(stream);
        if (failure) throw failure;
      }
    },
  };
}
