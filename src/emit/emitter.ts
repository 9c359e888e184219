/**
 * The emit stage: where a validated Document goes once the pipeline is done with it. Each
 * output format (JSON files, a SQLite dataset) is one DocumentEmitter; `extract` hands every
 * Document to all of the emitters it was asked for, as soon as that Document is ready.
 */
import type { Document } from '../contract/schema.js';

export interface DocumentEmitter {
  /** what logs call this output ("json", "sqlite") */
  readonly name: string;
  /**
   * Writes one Document; `input` names the file it was read from relative to the common root
   * of the batch's inputs, with "/" separators (JSON files are named after it: a/x.pdf → a/x.pdf.json).
   */
  emit(document: Document, input: string): Promise<void>;
  /** Flushes and releases what the emitter holds (files, database handles). */
  close(): Promise<void>;
}

/** Hands a Document to every emitter in turn (in order, so a failing one stops the others for this Document). */
export async function emitAll(emitters: readonly DocumentEmitter[], document: Document, input: string): Promise<void> {
  for (const emitter of emitters) await emitter.emit(document, input);
}

export async function closeAll(emitters: readonly DocumentEmitter[]): Promise<void> {
  for (const emitter of emitters) await emitter.close();
}
