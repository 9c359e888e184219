/**
 * Runs → text lines (shared baseline band), and the joining rules for Chinese text:
 * no space between neighbouring runs when either side is CJK, one space between Latin
 * words or numbers that are visibly apart on a line.
 */
import { isWide, type Run } from './page-text.js';
import { union, type Box } from './geometry.js';

export interface Line extends Box {
  runs: Run[];
  size: number;
}

/** Two runs share a line when their vertical extents overlap by this share of the smaller one. */
const LINE_OVERLAP = 0.5;
/** Gap between non-CJK neighbours (in ems) that becomes a space. */
const SPACE_GAP = 0.15;

/** Groups runs into lines, top to bottom, each line's runs left to right. */
export function groupLines(runs: Run[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1) || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const run of sorted) {
    const line = findLine(lines, run);
    if (line) {
      line.runs.push(run);
      Object.assign(line, union(line, run));
      line.size = Math.max(line.size, run.size);
    } else {
      lines.push({ runs: [run], size: run.size, x0: run.x0, y0: run.y0, x1: run.x1, y1: run.y1 });
    }
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Only the last few lines can still take a run (runs arrive sorted by their middle). */
function findLine(lines: Line[], run: Run): Line | undefined {
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 4; i--) {
    const line = lines[i]!;
    const common = Math.min(line.y1, run.y1) - Math.max(line.y0, run.y0);
    const smaller = Math.min(line.y1 - line.y0, run.y1 - run.y0);
    if (common >= LINE_OVERLAP * smaller) return line;
  }
  return undefined;
}

/** Text of runs on one line, left to right. */
export function lineText(runs: Run[]): string {
  let text = '';
  let prev: Run | null = null;
  for (const run of runs) {
    if (prev && prev.text === run.text && Math.abs(prev.x0 - run.x0) < 0.2 * run.size) continue; // fake bold
    if (prev) text += joiner(prev.text, run.text, run.x0 - prev.x1 > SPACE_GAP * run.size);
    text += run.text;
    prev = run;
  }
  return text;
}

/**
 * Text of lines read top to bottom (a wrapped cell). Only a Latin word wrapped at a space
 * gets the space back; Chinese, and numbers wrapped before their unit ("97.08" / "%"),
 * join directly.
 */
export function joinLines(texts: string[]): string {
  let text = '';
  for (const t of texts) {
    if (t === '') continue;
    text = text === '' ? t : text + (/[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(t) ? ' ' : '') + t;
  }
  return text;
}

function joiner(left: string, right: string, apart: boolean): string {
  if (!apart) return '';
  const a = lastChar(left), b = right[0] ?? '';
  if (isWide(a) || isWide(b)) return '';
  return ' ';
}

function lastChar(s: string): string {
  const chars = Array.from(s);
  return chars[chars.length - 1] ?? '';
}
