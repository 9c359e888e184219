/**
 * Recognizer for tables read as header-keyed rows (summaries, 决算 tables, anything else):
 * the header rows on top (group headers filled right over their sub-headers, the 栏次
 * numbering row skipped) give each column its key; every other row keeps every cell.
 */
import { parseAmountCell } from '../normalize/number.js';
import { filled, type Line } from './stream.js';
import { refsAt, refsOfLines, type FieldCells } from './cell-ref.js';
import { TOTAL_NAME } from '../../pipelines/blocks.js';

export type KeyedRow = Record<string, string | null>;

/** "栏次 | | 1 | 2 …" or "1 | 2 | 3 … 12": column numbers, not data. */
const isNumberingRow = (line: Line) => {
  const cells = filled(line);
  if (cells[0]?.key === '栏次') return true;
  const nums = cells.map((c) => Number(c.key));
  return cells.length >= 3 && nums.every((n, i) => Number.isInteger(n) && (i === 0 || n === nums[i - 1]! + 1));
};
/** A data row carries an amount, or is a 合计 line with nothing else printed (a table with no data). */
const isDataRow = (line: Line) =>
  (TOTAL_NAME.test(filled(line)[0]?.key ?? '') && filled(line).length === 1) ||
  filled(line).some((c) => parseAmountCell(c.key).value !== null && !/^(20\d\d|19\d\d)年/.test(c.key));

/** `cells` holds, as table paths ("header", "rows.<i>.<column key>"), the cell each value was read from. */
export function readKeyedRows(lines: Line[]): { rows: KeyedRow[]; headerRows: number; cells: FieldCells } {
  const table = lines.filter((l) => !l.paragraph && filled(l).length > 0);
  let h = 0;
  while (h < table.length && h < 5 && (!isDataRow(table[h]!) || isNumberingRow(table[h]!))) h++;
  if (h === table.length) h = Math.min(1, table.length); // no data rows: keep all but a first header row
  const header = table.slice(0, h).filter((l) => !isNumberingRow(l));
  const width = Math.max(...table.map((l) => l.texts.length));
  const keys = columnKeys(header, width);
  const cells: FieldCells = { header: refsOfLines(header) };
  const rows = table.slice(h).filter((l) => !isNumberingRow(l)).map((line, i) => {
    const row: KeyedRow = {};
    keys.forEach((key, col) => {
      row[key] = line.texts[col] ? line.texts[col]! : null;
      if (line.texts[col]) cells[`rows.${i}.${key}`] = refsAt(line, [col]);
    });
    return row;
  });
  return { rows, headerRows: h, cells };
}

function columnKeys(header: Line[], width: number): string[] {
  const parts: string[][] = Array.from({ length: width }, () => []);
  header.forEach((line, h) => {
    // a group header printed once over its columns (收入 | | | 支出 …) carries right,
    // except on the last header row, whose cells name single columns
    const groupRow = h < header.length - 1;
    let carry = '';
    for (let col = 0; col < width; col++) {
      const text = line.texts[col] ?? '';
      if (text !== '') carry = text;
      const slot = line.slots?.[col];
      const value = text !== '' ? text : slot && !slot.anchor ? slot.cell.text : groupRow ? carry : '';
      if (value !== '' && parts[col]!.at(-1) !== value) parts[col]!.push(value);
    }
  });
  const seen = new Map<string, number>();
  return parts.map((p, col) => {
    const base = p.join('/').replace(/\s+/g, '') || `col${col + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
