/**
 * A table for a person at a terminal: columns sized to the content and shrunk to the
 * terminal width, long cells cut with an ellipsis. Chinese characters take two columns on a
 * terminal (East Asian Wide), so widths are counted in display columns, not characters.
 */

export interface TerminalColumn<Row> {
  header: string;
  value(row: Row): string;
  align?: 'left' | 'right';
  /** never narrower than this (default 4) */
  min?: number;
  /** where a long cell is cut: at the end (default), or in the middle to keep its tail (a file name's page) */
  cut?: 'end' | 'middle';
}

/** Display width of one code point: 2 for East Asian Wide and Fullwidth, 0 for combining marks, else 1. */
export function charWidth(cp: number): number {
  if (cp < 0x1100) return cp >= 0x300 && cp <= 0x36f ? 0 : 1;
  const wide = (cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

export const displayWidth = (text: string): number => [...text].reduce((w, ch) => w + charWidth(ch.codePointAt(0)!), 0);

/** The text cut to at most `width` display columns, ending with … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch.codePointAt(0)!);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** The text cut in the middle to at most `width` display columns: head…tail. */
export function truncateMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let tail = '';
  let used = 0;
  const half = Math.floor((width - 1) / 2);
  for (let i = chars.length - 1; i >= 0; i--) {
    const w = charWidth(chars[i]!.codePointAt(0)!);
    if (used + w > half) break;
    tail = chars[i] + tail;
    used += w;
  }
  return `${truncate(text, width - used).slice(0, -1)}…${tail}`;
}

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const gap = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? gap + text : text + gap;
};

/** Column widths that fit `total` columns: the widest column gives way first. */
export function fitWidths(natural: number[], minimums: number[], total: number, separator: number): number[] {
  const widths = [...natural];
  const budget = total - separator * (widths.length - 1);
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => { if (w > minimums[i]! && (widest < 0 || w > widths[widest]!)) widest = i; });
    if (widest < 0) break; // everything at its minimum: let the terminal wrap
    widths[widest]!--;
    excess--;
  }
  return widths;
}

export function renderTable<Row>(columns: TerminalColumn<Row>[], rows: Row[], terminalWidth: number): string {
  const cells = rows.map((row) => columns.map((c) => c.value(row).replace(/\s+/g, ' ')));
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]!))));
  const widths = fitWidths(natural, columns.map((c, i) => Math.min(c.min ?? 4, natural[i]!)), terminalWidth, 2);
  const cut = (v: string, i: number) => (columns[i]!.cut === 'middle' ? truncateMiddle : truncate)(v, widths[i]!);
  const line = (values: string[]) => values.map((v, i) => pad(cut(v, i), widths[i]!, columns[i]!.align ?? 'left')).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}
