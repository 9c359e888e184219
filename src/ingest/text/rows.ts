/**
 * Line-level parsers for each text shape. Each yields rows (cells + 1-based line) and
 * paragraphs in reading order; text-ingester.ts turns runs of rows into grids.
 */
export type TextItem =
  /** cellLines: the 1-based line each cell starts on, where cells of one row span several lines (cells shape) */
  | { type: 'row'; cells: string[]; line: number; cellLines?: number[] }
  | { type: 'paragraph'; text: string; line: number };

/** A markdown pipe-table row ("| 项目名称 | … |"), as layout and OCR tools (docling, MinerU) write tables. */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
/** Its header separator ("|---|:---:|"). */
const PIPE_SEPARATOR = /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*(:?-{2,}:?)?\s*$/;
/** Cells of a pipe row: split at unescaped "|", the outer empties dropped. */
const pipeCells = (line: string): string[] =>
  line.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.replaceAll('\\|', '|').trim());

/**
 * Tabbed (and OCR after markup removal): a line with a tab is a row, so is a markdown pipe row
 * (its separator line is dropped), any other non-blank line a paragraph. `firstLine` is the
 * source line of lines[0].
 */
export function parseTabbed(lines: string[], firstLine = 1): TextItem[] {
  const items: TextItem[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/u, (m) => m.replace(/[^\t]/g, ''));
    if (line.trim() === '' || PIPE_SEPARATOR.test(line)) return;
    const at = firstLine + i;
    if (PIPE_ROW.test(line)) items.push({ type: 'row', cells: pipeCells(line), line: at });
    else if (line.includes('\t')) items.push({ type: 'row', cells: line.split('\t').map((c) => c.trim()), line: at });
    else items.push({ type: 'paragraph', text: line.trim(), line: at });
  });
  return items;
}

/**
 * Cells separated by runs of spaces instead of tabs (a web page or Word table copied as text):
 * two or more spaces, or a full-width space, end a cell; a line indented by a gap starts with
 * an empty cell (the merged cell printed above it).
 */
export const SPACE_GAP = /(?: {2,}|\u3000)[ \u3000]*/g;
export const spacedToTabbed = (line: string): string =>
  line.replace(/\s+$/u, '').replace(/^(?: {2,}|\u3000)[ \u3000]*(?=\S)/, '\t').replace(SPACE_GAP, '\t');

/** CSV records: a record with one filled cell (a title, a caption) is a paragraph, an empty one nothing. */
export function csvItems(records: { cells: string[]; line: number }[]): TextItem[] {
  const items: TextItem[] = [];
  for (const { cells, line } of records) {
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 && cells[0] !== '') items.push({ type: 'paragraph', text: filled[0]!, line });
    else items.push({ type: 'row', cells, line });
  }
  return items;
}

/** Removes markdown heading markers and HTML tags that OCR tools wrap around text. */
export function stripMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s+/, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/(td|th)>\s*<(td|th)[^>]*>/gi, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const isCellLine = (line: string) => line.startsWith('\t');
/** In the cells shape a lone tab is an empty cell, not a blank line. */
const isBlank = (line: string) => !line.includes('\t') && line.trim() === '';

/**
 * Cells shape: a line starting with a tab is a cell; blank lines separate rows. A line
 * without a leading tab continues the previous cell when it touches cell lines (a cell
 * holding several paragraphs, e.g. "项目资金\n\n（万元）"); elsewhere it is a paragraph.
 */
/** Word-to-text converters leave markers such as "[bookmark: _GoBack]" in cell text. */
const CONVERTER_ARTIFACT = /\[bookmark: [^\]]*\]/g;

interface CellRow { cells: string[]; line: number; cellLines: number[] }

export function parseCells(rawLines: string[]): TextItem[] {
  const lines = rawLines.map((l) => l.replace(CONVERTER_ARTIFACT, ''));
  const items: TextItem[] = [];
  let row: CellRow | null = null;
  let lastCellRow: CellRow | null = null;
  const flush = () => {
    if (row) items.push({ type: 'row', ...row });
    row = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (isBlank(line)) {
      flush();
      continue;
    }
    if (isCellLine(line)) {
      row ??= { cells: [], line: i + 1, cellLines: [] };
      const cells = line.slice(1).split('\t').map((c) => c.trim());
      row.cells.push(...cells);
      row.cellLines.push(...cells.map(() => i + 1));
      lastCellRow = row;
      continue;
    }
    if (continuesCell(lines, i) && lastCellRow) {
      const target: CellRow = row ?? lastCellRow;
      if (target === lastCellRow && !row) {
        // a cell paragraph after a blank line: reopen the row it belongs to
        items.pop();
        row = lastCellRow;
      }
      const last = target.cells.length - 1;
      target.cells[last] = `${target.cells[last]}\n${line.trim()}`;
      continue;
    }
    flush();
    lastCellRow = null;
    items.push({ type: 'paragraph', text: line.trim(), line: i + 1 });
  }
  flush();
  return items;
}

function continuesCell(lines: string[], i: number): boolean {
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (prev !== undefined && isCellLine(prev)) return true;
  // "\t项目资金" "" "（万元）" "\t…": a blank line inside a cell, then the row goes on
  let p = i - 1;
  while (p >= 0 && isBlank(lines[p]!)) p--;
  return p >= 0 && isCellLine(lines[p]!) && next !== undefined && isCellLine(next) && i - p <= 2;
}
