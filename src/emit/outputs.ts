/**
 * The file outputs a batch writes to: the SQLite dataset first (a missing better-sqlite3 is
 * reported before any work), then the JSON files under a directory. Shared by extract and the
 * queue worker, so both write a Document the same way.
 */
import type { DocumentEmitter } from './emitter.js';
import { createJsonEmitter } from './json.js';
import { createSqliteEmitter } from './sqlite.js';

export interface FileOutputs {
  /** SQLite dataset, or null */
  db: string | null;
  /** directory for the JSON files, or null */
  dir: string | null;
}

export async function openFileOutputs(outputs: FileOutputs, evaltabVersion: string): Promise<DocumentEmitter[]> {
  const emitters: DocumentEmitter[] = [];
  if (outputs.db !== null) emitters.push(await createSqliteEmitter(outputs.db, { evaltabVersion }));
  if (outputs.dir !== null) emitters.push(await createJsonEmitter({ dir: outputs.dir }));
  return emitters;
}
