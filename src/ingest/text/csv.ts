/**
 * Comma-separated text (a spreadsheet saved as CSV, in a .csv or a .txt): RFC 4180 records —
 * quoted fields may hold commas, doubled quotes and line breaks — each with the 1-based line
 * it starts on. A sheet's merged cells come out empty but for their first cell.
 */
export interface CsvRecord {
  cells: string[];
  line: number;
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ cells, line: start });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    records.push({ cells, line: start });
  }
  return records.map((r) => ({ ...r, cells: r.cells.map((c) => c.trim()) }));
}

/** Commas outside quotes on one physical line. */
function commasOutsideQuotes(line: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) n++;
  }
  return n;
}

/**
 * Text that is CSV rather than prose with commas: no tabs, and most non-blank lines hold two or
 * more commas outside quotes (Chinese prose separates with the full-width "，").
 */
export function looksLikeCsv(lines: string[]): boolean {
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length < 3 || filled.some((l) => l.includes('\t'))) return false;
  return filled.filter((l) => commasOutsideQuotes(l) >= 2).length >= 0.6 * filled.length;
}
