/**
 * One interface for every OCR engine. The layout work (rules, cells, text lines) is
 * ours and engine-independent; an engine only reads images of single text lines: a
 * line of a table cell or of a paragraph, cropped tight with a few pixels of margin.
 * Engines run offline from npm packages (stack-notes.md) and are created once per
 * worker thread of the OCR pool (pool.ts), then reused for every line of every page.
 */
import type { GrayImage } from '../ingest/image/raster.js';

export type EngineName = 'paddle' | 'tesseract';

export const ENGINE_NAMES: readonly EngineName[] = ['paddle', 'tesseract'];

/** What an engine read from one line image. */
export interface LineRead {
  text: string;
  /** 0..1: the engine's own confidence for the line (mean character probability) */
  confidence: number;
  /** repairs made inside the engine adapter (e.g. 'ocr:comparator-glyph'), each a flag on the record */
  fixes: string[];
}

export interface OcrEngine {
  readonly name: EngineName;
  /** Reads each image as one line of text; results in input order. An empty image reads as ''. */
  readLines(lines: GrayImage[]): Promise<LineRead[]>;
  /** Frees native memory and threads; the engine is unusable afterwards. */
  close(): Promise<void>;
}

export interface EngineOptions {
  /** native threads the engine may use inside one worker (onnxruntime intra-op threads) */
  threads: number;
}
