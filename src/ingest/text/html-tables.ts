/**
 * HTML tables inside extracted text: layout and OCR tools (MinerU, PaddleOCR-structure, docling)
 * write a complex table as <table> markup with rowspan/colspan in the middle of markdown. Each
 * such table is read as the HTML ingester reads a page (parse5, real spans); the text around it
 * stays text. Line numbers are kept: a table's cells name the line they start on in the file.
 */
import { parse } from 'parse5';
import type { Block } from '../../ir/types.js';
import { pageBlocks } from '../html/page-blocks.js';
import { DEFAULT_HTML_LIMITS } from '../html/html-ingester.js';

export type TextPart =
  | { kind: 'lines'; lines: string[]; firstLine: number }
  | { kind: 'html'; html: string; firstLine: number };

const OPEN = /<table\b/gi;

/** The text cut into runs of lines and the outermost <table>…</table> fragments between them. */
export function splitHtmlTables(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  const lineAt = (offset: number) => 1 + (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0);
  const pushLines = (to: number) => {
    const chunk = text.slice(from, to);
    if (chunk.trim() !== '') parts.push({ kind: 'lines', lines: chunk.split(/\r?\n|\r/), firstLine: lineAt(from) });
  };
  for (OPEN.lastIndex = 0; ;) {
    const open = OPEN.exec(text);
    if (!open) break;
    const end = closingOf(text, open.index);
    pushLines(open.index);
    parts.push({ kind: 'html', html: text.slice(open.index, end), firstLine: lineAt(open.index) });
    from = end;
    OPEN.lastIndex = end;
  }
  pushLines(text.length);
  return parts;
}

/** The offset after the </table> closing the table opened at `start` (nested tables counted); the end of the text when unclosed. */
function closingOf(text: string, start: number): number {
  const tags = /<(\/?)table\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return text.length;
}

/** A fragment's blocks, its cells' lines counted from the file's first line. */
export function htmlTableBlocks(part: { html: string; firstLine: number }): Block[] {
  const document = parse('\n'.repeat(part.firstLine - 1) + part.html, { sourceCodeLocationInfo: true });
  return pageBlocks(document, DEFAULT_HTML_LIMITS.maxSlots).blocks;
}
