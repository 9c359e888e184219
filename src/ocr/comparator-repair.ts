/**
 * A leading comparator an engine misread, repaired from the verdict of the glyph
 * classifier (comparator.ts) on the line's first glyph: chi_sim has no ≥ or ≤, and paddle
 * reads a lone ≥ as N and ≤ as nothing.
 */
import { COMPARATOR_MIN_SCORE, type GlyphVerdict } from './comparator.js';

/** The fix an engine adapter records when it repairs a leading comparator from the glyph. */
export const COMPARATOR_FIX = 'ocr:comparator-glyph';

const DIGIT = /[0-9０-９]/u;
/** what tesseract may print for a comparator it can read: the symbol it stands for */
const PRINTED: Record<string, string> = {
  '>': '>', '<': '<', '=': '=', '＞': '>', '＜': '<', '＝': '=',
  '≥': '≥', '≤': '≤', '≧': '≥', '≦': '≤', '⩾': '≥', '⩽': '≤',
};
/** characters that legitimately open a value and look like a chevron or bars */
const OPENERS = new Set([...'《〈（(【[「『“"‘\'±']);

/**
 * The text with its leading comparator repaired from the glyph verdict, or null when
 * nothing changes:
 * - text starts with a digit, or is empty: unchanged (the glyph is not what was read);
 * - text starts with '>' '<' (or full-width) and the glyph is ≥/≤ of the same direction,
 *   or with '=' and the glyph is ≥/≤: the symbol is replaced;
 * - text starts with anything else (之/和/二/一 …, a short run of symbols) followed by a
 *   digit within 3 characters: those characters become the symbol. Without a digit
 *   after them nothing changes: a misread comparator is always followed by a number in
 *   these tables, while a false glyph verdict on a CJK line would cost a real character;
 * - text that is one Latin letter (a comparator alone in a column of its own, read at low
 *   resolution as N or S), or nothing at all (paddle has no ≤): the symbol.
 */
export function repairComparator(text: string, verdict: GlyphVerdict): string | null {
  const symbol = verdict.symbol;
  if (!symbol || verdict.score < COMPARATOR_MIN_SCORE) return null;
  // a line with ink the engine read as nothing (paddle and a lone ≤) is the comparator it shows
  if (text === '') return symbol;
  const chars = [...text];
  const c0 = chars[0]!;
  if (DIGIT.test(c0) || OPENERS.has(c0)) return null;
  // a comparator alone in its cell (a 指标性质 column) read as one letter: N, Z, S …
  if (chars.length === 1 && /[A-Za-z]/.test(c0)) return symbol;
  const printed = PRINTED[c0];
  if (printed !== undefined) {
    if (printed === symbol) return null;
    const ok = (symbol === '≥' && (printed === '>' || printed === '=')) || (symbol === '≤' && (printed === '<' || printed === '='));
    return ok ? symbol + chars.slice(1).join('') : null;
  }
  const k = chars.findIndex((c) => DIGIT.test(c));
  if (k < 1) return null;
  const prefix = chars.slice(0, k).join('').trimEnd();
  const n = [...prefix].length;
  if (n < 1 || n > 3 || /\s/.test(prefix)) return null;
  return symbol + chars.slice(n).join('');
}
