/**
 * pdf.js text items → positioned runs in page space.
 *
 * An item's `transform` is in user space (text matrix × CTM); composing it with the
 * viewport transform gives page space (style.md §11). `width` is the advance in user
 * space. Items without `str` are marked-content markers; whitespace-only items and
 * zero-height spaces are dropped (stack-notes: pdfjs-dist in Node). An item is split at
 * whitespace so that gaps are measured, not guessed from space characters; pdf.js gives
 * no per-glyph positions, so split points are estimated from character widths (CJK and
 * full-width characters one em, others half).
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { apply, boxOfPoints, compose, type Box, type Matrix } from './geometry.js';

export interface Run extends Box {
  text: string;
  /** font size in points */
  size: number;
  /** true when the text does not run left to right along the page x axis */
  rotated: boolean;
}

/** Share of the font size above / below the baseline used for a run's box. */
const ASCENT = 0.85;
const DESCENT = 0.15;

/**
 * Text set at a slant (more than this many degrees off the page's axes) is a watermark
 * ("内部资料", a department's name repeated at 45° over the page): no table prints a cell's
 * text at a slant, and its box would land in the cells it crosses.
 */
const MAX_TILT = 5;

/** Runs of a page; `slanted` counts the characters of the slanted text left out. */
export function readRuns(items: unknown[], viewport: Matrix, slanted: { chars: number; texts: Set<string> } = { chars: 0, texts: new Set() }): Run[] {
  const runs: Run[] = [];
  for (const raw of items) {
    const item = raw as Partial<TextItem>;
    if (typeof item.str !== 'string' || !Array.isArray(item.transform) || item.str.trim() === '') continue;
    const m = compose(viewport, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0) || !Number.isFinite(item.width ?? NaN)) continue;
    if (tiltOf(m) > MAX_TILT) {
      slanted.chars += item.str.trim().length;
      slanted.texts.add(item.str.trim());
      continue;
    }
    runs.push(...splitItem(item.str, item.width!, m, size));
  }
  return runs;
}

/** Degrees between a text's baseline and the nearest page axis. */
function tiltOf(m: Matrix): number {
  const deg = Math.abs((Math.atan2(m[1], m[0]) * 180) / Math.PI) % 90;
  return Math.min(deg, 90 - deg);
}

function splitItem(str: string, advance: number, m: Matrix, size: number): Run[] {
  const ux = m[0], uy = m[1];
  const scale = Math.hypot(ux, uy) || 1;
  const rotated = Math.abs(uy / scale) > 0.05 || ux < 0;
  // most items are one word (CJK text has no spaces): no split, no per-character offsets
  if (!/\s/.test(str)) return [{ text: str, size, rotated, ...glyphBox(m, scale, 0, advance) }];
  const offsets = charOffsets(str, advance);
  const runs: Run[] = [];
  for (const piece of str.matchAll(/\S+/g)) {
    const start = piece.index!, end = start + piece[0].length;
    const box = glyphBox(m, scale, offsets[start]!, offsets[end]!);
    runs.push({ text: piece[0], size, rotated, ...box });
  }
  return runs;
}

/**
 * The page-space box of the advance interval [a, b] (user-space units along the baseline).
 * Text space: x in units of the matrix scale, y in font-size units (the matrix carries the size).
 */
function glyphBox(m: Matrix, scale: number, a: number, b: number): Box {
  const xa = a / scale, xb = b / scale;
  return boxOfPoints([apply(m, xa, -DESCENT), apply(m, xb, -DESCENT), apply(m, xa, ASCENT), apply(m, xb, ASCENT)]);
}

/** Estimated advance offset before each character (length + 1 entries), scaled to `advance`. */
export function charOffsets(str: string, advance: number): number[] {
  const weights = Array.from(str, (ch) => (isWide(ch) ? 1 : 0.5));
  // Array.from splits by code point; map back to UTF-16 indexes
  const offsets = new Array<number>(str.length + 1).fill(0);
  const total = weights.reduce((s, w) => s + w, 0) || 1;
  let acc = 0, idx = 0, k = 0;
  for (const ch of str) {
    offsets[idx] = (acc / total) * advance;
    acc += weights[k++]!;
    idx += ch.length;
    for (let j = idx - ch.length + 1; j < idx; j++) offsets[j] = (acc / total) * advance;
  }
  offsets[str.length] = advance;
  return offsets;
}

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms take a full em. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6)
    || (c >= 0x20000 && c <= 0x3ffff);
}
