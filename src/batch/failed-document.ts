/**
 * The Document of an input whose worker did not answer: timed out, ran out of memory or
 * crashed. Same shape as the pipeline's unreadable-input Document (status failed, no tables,
 * an error diagnostic), with the source's hash and format read here, in the main thread.
 */
import type { Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { SCHEMA_VERSION, type Diagnostic, type Document } from '../contract/schema.js';
import { diag } from '../ir/diagnostics.js';
import { sha256File } from './resume.js';

export type WorkerFailure = 'timeout' | 'out-of-memory' | 'crashed';

const MESSAGES: Record<WorkerFailure, (detail: string) => string> = {
  timeout: (d) => `reading this document took longer than its time limit (${d}); it was stopped. --doc-timeout SECONDS gives documents more time`,
  'out-of-memory': (d) => `reading this document needed more memory than its limit (${d}); it was stopped. --doc-memory-mb MB gives documents more`,
  crashed: (d) => `the worker reading this document crashed (${d})`,
};

export async function failedDocument(path: string, bytes: Uint8Array | null, failure: WorkerFailure, detail: string): Promise<Document> {
  const head = bytes ?? await readHead(path);
  const sha256 = bytes ? await hashBytes(bytes) : (await sha256File(path)) ?? '';
  const { formatOf } = await import('../ingest/index.js');
  const { sniffFormat } = await import('../ingest/sniff.js');
  const error: Diagnostic = diag('error', `batch:${failure}`, MESSAGES[failure](detail));
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    source: { path, sha256, format: formatOf(sniffFormat(head, path)), pages: null, ocr: false },
    tables: [],
    diagnostics: [error],
  };
}

/** A path that is not a regular file (FIFO, device, socket): refused without being opened. */
export function notAFile(path: string, info: Stats): Document {
  const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isCharacterDevice() ? 'a character device' : info.isBlockDevice() ? 'a block device' : info.isSocket() ? 'a socket' : 'not a regular file';
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    source: { path, sha256: '', format: 'text', pages: null, ocr: false },
    tables: [],
    diagnostics: [diag('error', 'input:not-a-file', `${path} is ${kind}, not a regular file: it is not read`)],
  };
}

async function readHead(path: string): Promise<Uint8Array> {
  if (!(await stat(path).catch(() => null))?.isFile()) return new Uint8Array();
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
      return new Uint8Array(buffer.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return new Uint8Array();
  }
}

async function hashBytes(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

