/**
 * Text as a browser shows it, reduced to what a table reader needs: runs of HTML whitespace
 * collapse to one space, <br> and block elements (<p>, <div>, <li> …) end a line, &nbsp; is
 * a space, every line is trimmed and empty lines are dropped. A table nested in a cell is
 * flattened into that cell's text one line per nested row, its cells separated by a space
 * (as src/ingest/docx/table-grid.ts does for Word), so no text is lost and no grid is
 * invented inside a cell.
 */
import { BLOCK_TAGS, startLine, walk, type Element, type TextNode } from './dom.js';

/** HTML's ASCII whitespace (space, tab, LF, FF, CR); U+00A0 is not collapsed, as in a browser. */
const HTML_SPACE_RUN = /[ \t\n\f\r]+/g;

/** Accumulates text and line breaks; `lines()` gives the collapsed, trimmed, non-empty lines. */
export class LineCollector {
  private readonly raw: string[] = [''];
  /** per line: the source line of its first text that is not whitespace */
  private readonly starts: (number | null)[] = [null];

  text(value: string, line: number | null = null): void {
    const last = this.raw.length - 1;
    if (this.starts[last] === null && value.trim() !== '') this.starts[last] = line;
    this.raw[last] += value;
  }

  /** Ends the current line (a second break in a row adds nothing: empty lines are dropped). */
  break(): void {
    if (this.raw[this.raw.length - 1] === '') return;
    this.raw.push('');
    this.starts.push(null);
  }

  /** The lines so far with the source line each starts on; the collector is emptied. */
  take(): { text: string; line: number | null }[] {
    const out: { text: string; line: number | null }[] = [];
    this.raw.forEach((raw, i) => {
      const text = collapse(raw);
      if (text !== '') out.push({ text, line: this.starts[i] ?? null });
    });
    this.raw.length = 0;
    this.raw.push('');
    this.starts.length = 0;
    this.starts.push(null);
    return out;
  }
}

export const collapse = (raw: string): string => raw.replace(HTML_SPACE_RUN, ' ').replace(/\u00a0/g, ' ').trim();

export interface CellText {
  text: string;
  /** tables found nested inside the element and flattened into its text */
  nestedTables: number;
}

/**
 * The text of a table cell (or any element): lines joined by "\n". Inside a nested table
 * only its rows end lines; the line breaks within a nested cell become spaces.
 */
export function elementText(root: Element): CellText {
  const lines = new LineCollector();
  let tableDepth = 0;
  let nestedTables = 0;
  const breakOrSpace = () => (tableDepth > 0 ? lines.text(' ') : lines.break());
  walk(root, {
    enter(el) {
      if (el.tagName === 'table') {
        nestedTables++;
        tableDepth++;
        lines.break();
      } else if (tableDepth > 0 && (el.tagName === 'td' || el.tagName === 'th')) {
        lines.text(' ');
      } else if (tableDepth > 0 && el.tagName === 'tr') {
        lines.break();
      } else if (el.tagName === 'br' || BLOCK_TAGS.has(el.tagName)) {
        breakOrSpace();
      }
    },
    leave(el) {
      if (el.tagName === 'table') {
        tableDepth--;
        lines.break();
      } else if (tableDepth > 0 && el.tagName === 'tr') {
        lines.break();
      } else if (BLOCK_TAGS.has(el.tagName) && !(tableDepth > 0 && (el.tagName === 'td' || el.tagName === 'th'))) {
        breakOrSpace();
      }
    },
    text(node: TextNode) {
      lines.text(node.value, startLine(node));
    },
  });
  return { text: lines.take().map((l) => l.text).join('\n'), nestedTables };
}
