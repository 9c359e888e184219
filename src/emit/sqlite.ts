/**
 * The SQLite dataset as an output of extract (--db): each Document is loaded as soon as it is
 * ready, in its own transaction, so an interrupted run keeps every document finished so far
 * and a re-run replaces rather than duplicates (src/dataset/loader.ts).
 */
import { openDataset } from '../dataset/database.js';
import { loadDocument } from '../dataset/loader.js';
import type { DocumentEmitter } from './emitter.js';

export async function createSqliteEmitter(path: string, options: { evaltabVersion: string }): Promise<DocumentEmitter> {
  const db = await openDataset(path);
  return {
    name: 'sqlite',
    emit: async (document) => {
      loadDocument(db, document, { evaltabVersion: options.evaltabVersion, loadedFrom: null });
    },
    close: async () => {
      db.close();
    },
  };
}
