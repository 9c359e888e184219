/**
 * Cell text cleaning (output-contract.md, "All text fields are cleaned"):
 * fold full-width ASCII, drop the line breaks and padding spaces that cell
 * wrapping and OCR insert, never rewrite wording.
 */

const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = /\u3000/g;
/** Whitespace plus the invisible zero-width space and BOM that DOCX/PDF text carries. */
const WHITESPACE_RUN = /[\s\u200B\uFEFF]+/g;
const PLACEHOLDER = /^(?:[-—–―/\\]+|无)$/;

/** Full-width ASCII U+FF01–FF5E → ASCII ("＝１００％" → "=100%"), U+3000 → space. */
export function foldWidth(s: string): string {
  return s
    .replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(IDEOGRAPHIC_SPACE, ' ');
}

/** Anything beyond printable ASCII: CJK, CJK punctuation, ≥, ², ㎡ … */
function isNonAscii(c: string): boolean {
  return c.charCodeAt(0) > 0x7e;
}

/**
 * foldWidth, then: a whitespace run next to a non-ASCII character is wrapping
 * or OCR padding and is deleted ("产出 指标" → "产出指标"); a run between two
 * ASCII characters becomes one space ("Cut  Mallett" → "Cut Mallett"); ends are trimmed.
 */
export function cleanText(s: string): string {
  const folded = foldWidth(s);
  return folded.replace(WHITESPACE_RUN, (run: string, offset: number) => {
    const before = folded[offset - 1];
    const after = folded[offset + run.length];
    if (before === undefined || after === undefined) return '';
    return isNonAscii(before) || isNonAscii(after) ? '' : ' ';
  });
}

/** cleanText without any whitespace left: the key for vocabulary matching. */
export function compactKey(s: string): string {
  return cleanText(s).replace(WHITESPACE_RUN, '');
}

/** An empty cell or a placeholder printed for "nothing": "", "/", "-", "—", "——", "无". */
export function isPlaceholder(s: string): boolean {
  const t = cleanText(s);
  return t === '' || PLACEHOLDER.test(t);
}
