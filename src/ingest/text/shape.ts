/**
 * The shapes of extracted text evaltab reads (spec/domain.md §extraction, and what other tools write):
 * - 'tabbed': PDF text layers, one table row per line, cells separated by tabs (markdown pipe rows too);
 * - 'cells':  DOCX-to-text dumps, one cell per line (each starting with a tab), rows separated by blank lines;
 * - 'ocr':    OCR / layout-tool output, tabbed or pipe rows plus markdown headings / HTML fragments;
 * - 'csv':    a sheet saved as comma-separated values;
 * - 'spaced': rows whose cells are separated by runs of spaces (a web page or Word table copied as text);
 * - 'aligned': a page laid out in columns with spaces (pdftotext -layout): cells start at the same
 *   display column on every line, merged cells leave their column blank.
 */
import { looksLikeCsv } from './csv.js';

export type TextShape = 'tabbed' | 'cells' | 'ocr' | 'csv' | 'spaced' | 'aligned';

const GAP = /\S(?: {2,}|\u3000)[ \u3000]*\S/;

export function detectShape(lines: string[]): TextShape {
  let cellLines = 0;
  let tabbedLines = 0;
  let markup = 0;
  let pipeRows = 0;
  let gapLines = 0;
  let filled = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    filled++;
    if (/^#{1,6}\s/.test(line) || /<\/?(table|tr|td|th|br|p|div)\b/i.test(line)) markup++;
    if (/^\s*\|.*\|\s*$/.test(line)) pipeRows++;
    const inner = line.replace(/^\t/, '');
    if (line.startsWith('\t') && !inner.includes('\t')) cellLines++;
    else if (/\S\t|\t\S/.test(line) && line.split('\t').length > 2) tabbedLines++;
    else if (!line.includes('\t') && GAP.test(line.trim())) gapLines++;
  }
  if (markup > 0) return 'ocr';
  if (cellLines + tabbedLines + pipeRows === 0 && looksLikeCsv(lines)) return 'csv';
  if (cellLines > tabbedLines) return 'cells';
  if (tabbedLines + pipeRows < 3 && gapLines >= 3 && gapLines >= 0.3 * filled) return isAligned(lines) ? 'aligned' : 'spaced';
  return 'tabbed';
}

/** Display width: CJK and full-width characters take two columns, as in a monospaced view. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWideChar(ch) ? 2 : 1;
  return w;
}

export const isWideChar = (ch: string): boolean => {
  const c = ch.codePointAt(0)!;
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
};

/** Display columns where the cells of a line start (after the first), split at runs of spaces. */
export function cellStarts(line: string): number[] {
  const starts: number[] = [];
  const re = /(?: {2,}|\u3000)[ \u3000]*(?=\S)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) starts.push(displayWidth(line.slice(0, m.index + m[0].length)));
  return starts;
}

/**
 * Laid out in columns: cells padded to their column (most gaps between cells three spaces or
 * more), and most cell starts recurring at the same display column on three or more lines. A copy
 * whose cells just follow each other separates them by two spaces (or one full-width space).
 */
function isAligned(lines: string[]): boolean {
  const gaps = lines.flatMap((l) => [...l.trim().matchAll(/[ \u3000]{2,}|\u3000/g)].map((m) => displayWidth(m[0])));
  if (gaps.filter((g) => g >= 3).length < 0.5 * gaps.length) return false;
  const starts = lines.map(cellStarts);
  const count = new Map<number, number>();
  for (const s of starts) for (const x of new Set(s)) count.set(x, (count.get(x) ?? 0) + 1);
  const all = starts.flat();
  return all.length >= 10 && all.filter((x) => (count.get(x) ?? 0) >= 3).length >= 0.6 * all.length;
}
