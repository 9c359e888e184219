/**
 * Resume: an output already written for the same bytes (source.sha256) by the same evaltab
 * version (evaltabVersion) is not redone — unless its Document failed: that is tried again
 * (the time or memory limit may have been raised, a converter installed since). Both fields sit at the top of the JSON, so only the
 * first few KB of the output are read; the input is hashed only when such an output exists.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';

const HEAD_BYTES = 16 * 1024;

export async function sha256File(path: string): Promise<string | null> {
  if (!(await stat(path).catch(() => null))?.isFile()) return null; // a FIFO or a device is never read
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return null; // unreadable: it is processed again and yields its error Document
  }
}

/** The version and source hash an output was written with, or null when it is missing or not ours. */
export async function outputStamp(outputPath: string): Promise<{ version: string; sha256: string; failed: boolean } | null> {
  let head: string;
  try {
    const handle = await open(outputPath, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
  const version = /^ {2}"evaltabVersion": "([^"]+)"/m.exec(head)?.[1];
  const sha256 = /^ {4}"sha256": "([0-9a-f]{64})"/m.exec(head)?.[1];
  const failed = /^ {2}"status": "failed"/m.test(head);
  return version && sha256 ? { version, sha256, failed } : null;
}

export async function isUpToDate(outputPath: string, inputPath: string, version: string): Promise<boolean> {
  const stamp = await outputStamp(outputPath);
  if (stamp === null || stamp.version !== version || stamp.failed) return false;
  return (await sha256File(inputPath)) === stamp.sha256;
}

/** The version goes right after schemaVersion, at the top of the JSON, where outputStamp reads it back. */
export function stampVersion<T extends { schemaVersion: unknown }>(document: T, evaltabVersion: string): T & { evaltabVersion: string } {
  const { schemaVersion, ...rest } = document;
  return { schemaVersion, evaltabVersion, ...rest } as T & { evaltabVersion: string };
}
