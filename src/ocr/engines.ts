/**
 * Engine registry: a name → a factory, loaded on first use (each engine pulls in a large
 * native package). What each costs per worker, for sizing the pool (measured with
 * `npm run bench ocr`, RSS of one more worker thread with its engine warm).
 */
import type { EngineName, EngineOptions, OcrEngine } from './engine.js';

export const DEFAULT_ENGINE: EngineName = 'paddle';

export const ENGINE_MEMORY_MB: Record<EngineName, number> = {
  paddle: 350,
  tesseract: 300,
};

export async function createEngine(name: EngineName, options: EngineOptions): Promise<OcrEngine> {
  if (name === 'tesseract') {
    const { createTesseractEngine } = await import('./tesseract.js');
    return createTesseractEngine(options);
  }
  const { createPaddleEngine } = await import('./paddle.js');
  return createPaddleEngine(options);
}
