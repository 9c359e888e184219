/**
 * Is this page's text layer usable? Pages that are not get a per-page diagnostic so a
 * later OCR path knows which pages to render: code 'pdf:no-text-layer' (warning) for a
 * scan, text drawn as vector outlines, or text that decodes to private-use / control
 * characters or to characters foreign to a Chinese disclosure (CID fonts without a
 * ToUnicode map), or an invisible OCR layer over a page image (a "searchable" scan, whose
 * rules are only in the image); 'pdf:blank-page' (info) when a page has neither text nor anything an
 * OCR engine could read (only rulings, e.g. an empty table row spilling onto a page).
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { PageGraphics } from './page-graphics.js';
import type { Run } from './page-text.js';

export const NO_TEXT_LAYER = 'pdf:no-text-layer';
export const BLANK_PAGE = 'pdf:blank-page';

/** Fewer characters than this on a page covered by images: treat as a scan with a stray label. */
const SCAN_MAX_CHARS = 20;
/** Share of the page an image must cover to count as a scan. */
const SCAN_MIN_COVER = 0.4;
/** Filled non-rectangular shapes on a text-less page that suggest glyph outlines. */
const VECTOR_TEXT_MIN_SHAPES = 50;
/** Share of a page's text objects drawn invisible (3 Tr) above which its text is an OCR layer over a scan. */
const INVISIBLE_SHARE = 0.8;
/** Share of unusable characters above which the text layer is garbage. */
const MAX_BAD_SHARE = 0.2;

export interface CharCensus {
  total: number;
  /** private use, replacement character, C0/C1 controls, lone surrogates */
  broken: number;
  /** outside the scripts and symbols of a Chinese government document */
  foreign: number;
}

export function judgeTextLayer(runs: Run[], graphics: PageGraphics, pageArea: number, page: number): Diagnostic | null {
  const census = censusOf(runs);
  const cover = pageArea > 0 ? graphics.imageArea / pageArea : 0;
  const warn = (why: string) => diag('warning', NO_TEXT_LAYER, `page ${page} ${why}; it needs OCR`, page);
  if (census.total === 0) {
    if (cover >= SCAN_MIN_COVER) return warn('has no text layer (a scanned image)');
    if (graphics.shapeFills >= VECTOR_TEXT_MIN_SHAPES) return warn('has no text layer (text drawn as vector outlines)');
    if (graphics.imageArea > 0) return warn('has no text layer (only images)');
    return diag('info', BLANK_PAGE, `page ${page} has no text and no images`, page);
  }
  if (census.total < SCAN_MAX_CHARS && cover >= SCAN_MIN_COVER) {
    return warn(`is a scanned image with only ${census.total} character${census.total === 1 ? '' : 's'} of text`);
  }
  if (cover >= SCAN_MIN_COVER && graphics.invisibleTexts > INVISIBLE_SHARE * (graphics.invisibleTexts + graphics.visibleTexts)) {
    // a "searchable" scan: another tool's OCR, drawn invisible over the page image. The table's
    // rules are only in the image, and that OCR's misreads would pass as printed text
    return warn(`is a scanned image under an invisible OCR text layer (${census.total} characters drawn invisible); the image is read instead of that layer`);
  }
  if (census.broken / census.total > MAX_BAD_SHARE) {
    return warn(`has an unusable text layer (${census.broken} of ${census.total} characters are private-use or control characters)`);
  }
  if (census.foreign / census.total > MAX_BAD_SHARE) {
    return warn(`has an unusable text layer (${census.foreign} of ${census.total} characters are not Chinese, Latin or common symbols: a font without a Unicode map)`);
  }
  return null;
}

export function censusOf(runs: Run[]): CharCensus {
  const census: CharCensus = { total: 0, broken: 0, foreign: 0 };
  for (const run of runs) {
    for (const ch of run.text) {
      const c = ch.codePointAt(0)!;
      if (c <= 0x20 || c === 0x3000) continue;
      census.total++;
      if (isBroken(c)) census.broken++;
      else if (!isExpected(c)) census.foreign++;
    }
  }
  return census;
}

function isBroken(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd || (c >= 0xd800 && c <= 0xdfff)
    || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xf0000;
}

/** Code point ranges a Chinese disclosure is written in (text, digits, punctuation, units, symbols). */
const EXPECTED: [number, number][] = [
  [0x21, 0x7e], [0xa0, 0xff], // ASCII, Latin-1 (°, ×, ·)
  [0x2000, 0x22ff], // general punctuation, super/subscripts, letterlike, number forms, arrows, math (≥ ≤)
  [0x2460, 0x27bf], // enclosed numbers ①, box drawing, shapes, dingbats (√ ★)
  [0x2a7d, 0x2a7e], // ⩽ ⩾
  [0x2e80, 0x2fdf], // CJK and Kangxi radicals
  [0x3000, 0x303f], [0x3200, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff],
  [0xfe30, 0xfe4f], [0xff00, 0xffef], [0x20000, 0x2ffff],
];

function isExpected(c: number): boolean {
  return EXPECTED.some(([lo, hi]) => c >= lo && c <= hi);
}
