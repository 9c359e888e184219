/**
 * CSV for Excel, pandas and R: UTF-8 with a BOM (Excel otherwise reads GBK and garbles the
 * Chinese), RFC 4180 quoting and CRLF line ends. Text that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR — OWASP "CSV injection") is prefixed with ' so it
 * stays text; numeric columns are written as plain numbers, so -5 is still a number.
 */
import { textSink, typed, type DataRow, type OutputColumn, type OutputTarget, type RowWriter } from './row-writer.js';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(column: OutputColumn, value: unknown): string {
  const v = typed(column, value);
  if (v === null) return '';
  if (column.type === 'real' || column.type === 'integer') return String(v);
  if (column.type === 'boolean') return v ? 'true' : 'false';
  const raw = column.type === 'json' ? JSON.stringify(v) : String(v);
  return quote(FORMULA_START.test(raw) ? `'${raw}` : raw);
}

export const quote = (text: string): string => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function createCsvWriter(columns: OutputColumn[], target: OutputTarget): RowWriter {
  const sink = textSink(target);
  let started = false;
  const header = () => `${BOM}${columns.map((c) => quote(c.name)).join(',')}\r\n`;
  return {
    write: async (row: DataRow) => {
      const line = `${columns.map((c) => csvField(c, row[c.name])).join(',')}\r\n`;
      await sink.write(started ? line : header() + line);
      started = true;
    },
    close: async () => {
      if (!started) await sink.write(header());
      await sink.close();
    },
  };
}
