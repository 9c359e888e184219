/**
 * The tesseract.js engine: one worker thread running tesseract's LSTM on the chi_sim
 * best_int model shipped by @tesseract.js-data/chi_sim, fully offline (stack-notes.md
 * "tesseract.js offline"). Each line image is read with PSM 7 (a single text line).
 *
 * - Input: the grey line is framed with a white border (tesseract reads poorly at the
 *   very edge of an image) and handed over as binary PGM, which the worker's leptonica
 *   decodes directly: no PNG encoding (sharp's PNG of a line costs 1–10 ms, the PGM
 *   header nothing).
 * - Output: text with newlines folded, trimmed, and the spaces tesseract leaves between
 *   CJK characters removed; confidence = tesseract's mean word confidence / 100.
 * - A blank image (no contrast, or a few dark pixels at most) is not sent to tesseract
 *   (which reads noise into a character there, e.g. '和'): it reads as '' with
 *   confidence 1, i.e. certainly empty.
 * - chi_sim has no ≥ or ≤: they come out as 之/和/么/委/二/一/衬/冬 …, or as a plain
 *   '>'/'<'/'='. The comparator classifier (comparator.ts) looks at the line's leading
 *   glyph and, when it is a comparator, the misread leading characters are replaced and
 *   the fix 'ocr:comparator-glyph' is recorded (repairComparator).
 * - Worker failures (a rejected job, the thread dying) reject the pending readLines; they
 *   never throw out of an event handler. `opts.threads` is ignored: tesseract.js's wasm
 *   build runs one thread per worker.
 */
import { createRequire } from 'node:module';
import { access } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Worker as NodeWorker } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import type { GrayImage } from '../ingest/image/raster.js';
import { classifyLeadingGlyph } from './comparator.js';
import { COMPARATOR_FIX, repairComparator } from './comparator-repair.js';

export { COMPARATOR_FIX, repairComparator };
import type { EngineOptions, LineRead, OcrEngine } from './engine.js';


/** The LSTM-only chi_sim model directory inside @tesseract.js-data/chi_sim. */
export function chiSimLangPath(): string {
  const pkg = createRequire(import.meta.url).resolve('@tesseract.js-data/chi_sim/package.json');
  return join(dirname(pkg), '4.0.0_best_int');
}

export async function createTesseractEngine(opts: EngineOptions): Promise<OcrEngine> {
  void opts.threads;
  const langPath = chiSimLangPath();
  await access(join(langPath, 'chi_sim.traineddata.gz')).catch(() => {
    throw new Error(`tesseract: chi_sim model missing at ${langPath} (npm package @tesseract.js-data/chi_sim)`);
  });
  // tesseract.js reports a failed job to errorHandler (and throws from its message
  // handler without one); a failure while loading the language never settles
  // createWorker, so the first error also rejects the start.
  let failStart: (e: Error) => void = () => {};
  const startFailed = new Promise<never>((_, reject) => { failStart = reject; });
  startFailed.catch(() => {});
  const worker = await Promise.race([
    Tesseract.createWorker('chi_sim', Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      logger: () => {},
      errorHandler: (e: unknown) => failStart(asError(e)),
    }),
    startFailed,
  ]);
  const thread = (worker as unknown as { worker?: NodeWorker }).worker;
  let closed = false;
  let died: Error | null = null;
  let onDeath: (e: Error) => void = () => {};
  const death = new Promise<never>((_, reject) => { onDeath = reject; });
  death.catch(() => {});
  const die = (e: Error): void => {
    if (closed || died) return;
    died = e;
    onDeath(e);
  };
  thread?.on('error', (e) => die(asError(e)));
  thread?.on('exit', (code) => die(new Error(`tesseract worker exited (code ${code})`)));
  try {
    await worker.setParameters({
      tessedit_pageseg_mode: Tesseract.PSM.SINGLE_LINE,
      preserve_interword_spaces: '1',
      // lines carry no resolution; without one tesseract warns on every image
      user_defined_dpi: '300',
      // tesseract's own tprintf diagnostics
      debug_file: '/dev/null',
    });
  } catch (e) {
    await worker.terminate();
    throw asError(e);
  }

  let queue: Promise<unknown> = Promise.resolve();
  const readOne = async (line: GrayImage): Promise<LineRead> => {
    if (isBlank(line)) return { text: '', confidence: 1, fixes: [] };
    const { data } = await Promise.race([worker.recognize(toPgm(frame(line))), death]);
    const read: LineRead = { text: tidyRead(data.text), confidence: clamp01(data.confidence / 100), fixes: [] };
    const repaired = repairComparator(read.text, classifyLeadingGlyph(line));
    if (repaired !== null) {
      read.text = repaired;
      read.fixes.push(COMPARATOR_FIX);
    }
    return read;
  };

  return {
    name: 'tesseract',
    readLines(lines: GrayImage[]): Promise<LineRead[]> {
      if (closed) return Promise.reject(new Error('tesseract engine is closed'));
      if (died) return Promise.reject(died);
      // one job at a time on the one worker, in call order
      const run = queue.then(async () => {
        const out: LineRead[] = [];
        for (const line of lines) out.push(await readOne(line));
        return out;
      }).catch((e: unknown) => { throw asError(e); });
      queue = run.catch(() => {});
      return run;
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await worker.terminate();
    },
  };
}

// ---------------------------------------------------------------------------------------
// images

/** No contrast, or fewer than 4 pixels darker than mid-way between paper and ink. */
export function isBlank(img: GrayImage): boolean {
  const { data } = img;
  if (!data.length) return true;
  let lo = 255, hi = 0;
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (hi - lo < 48) return true;
  const mid = (lo + hi) / 2;
  let dark = 0;
  for (let i = 0; i < data.length && dark < 4; i++) if (data[i]! < mid) dark++;
  return dark < 4;
}

/** The line on a white border of a third of its height (6–24 px). */
function frame(img: GrayImage): GrayImage {
  const p = Math.max(6, Math.min(24, Math.round(img.height / 3)));
  const width = img.width + 2 * p, height = img.height + 2 * p;
  const data = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width, (y + 1) * img.width), (y + p) * width + p);
  return { width, height, data };
}

/** Binary PGM (P5): leptonica reads it as is. */
export function toPgm(img: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength)]);
}

// ---------------------------------------------------------------------------------------
// text

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_GAP = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'gu');

/** A tesseract read tidied: newlines folded into spaces, trimmed, no spaces between two CJK characters (width and the rest are normalize/text.ts cleanText's job, later). */
export function tidyRead(raw: string): string {
  return raw.replace(/\s*\n\s*/g, ' ').trim().replace(CJK_GAP, '');
}

const clamp01 = (v: number): number => (Number.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0);

function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  return new Error(`tesseract: ${typeof e === 'string' ? e : JSON.stringify(e)}`);
}
