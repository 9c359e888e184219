/**
 * A spreadsheet cell as Excel shows it: the cached value (a formula's result) formatted by
 * its number format — percentages, thousands separators, fixed decimals, dates — so that the
 * recognizer reads "95%" and "9,000.00" as a person reading the sheet would.
 */
import type { CellValue } from 'exceljs';

export interface ShownText {
  text: string;
  /** a formula with no cached result, or an error value (#DIV/0!) */
  problem: 'formula-without-value' | 'error-value' | null;
}

export function shownText(value: CellValue, numFmt: string | undefined): ShownText {
  if (value === null || value === undefined) return { text: '', problem: null };
  if (typeof value === 'number') return { text: formatNumber(value, numFmt), problem: null };
  if (typeof value === 'string') return { text: value, problem: null };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', problem: null };
  if (value instanceof Date) return { text: formatDate(value, numFmt), problem: null };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join(''), problem: null };
  if ('error' in value) return { text: '', problem: 'error-value' };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    if (result === undefined || result === null) return { text: '', problem: 'formula-without-value' };
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) return { text: '', problem: 'error-value' };
    return shownText(result, numFmt);
  }
  if ('text' in value) return { text: String((value as { text: unknown }).text), problem: null }; // a hyperlink
  return { text: '', problem: null };
}

/** The format section for positive numbers, without colours, conditions and quoted literals. */
function positiveSection(numFmt: string): string {
  return numFmt.split(';')[0]!.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function formatNumber(value: number, numFmt: string | undefined): string {
  const fmt = numFmt ? positiveSection(numFmt) : '';
  if (fmt === '' || /^general$/i.test(fmt) || fmt === '@') return plain(value);
  const decimals = (fmt.match(/\.([0#]+)/)?.[1] ?? '').length;
  if (fmt.includes('%')) return `${fixed(value * 100, decimals)}%`;
  if (!/[0#]/.test(fmt)) return plain(value);
  const text = fixed(value, decimals);
  return fmt.includes(',') ? withThousands(text) : text;
}

/** A number without float noise (0.1 + 0.2 shows as 0.3, as in Excel's General format). */
const plain = (value: number): string => String(Number(value.toPrecision(15)));

const fixed = (value: number, decimals: number): string => Number(value.toPrecision(15)).toFixed(decimals);

function withThousands(text: string): string {
  const [int, frac] = text.split('.');
  const sign = int!.startsWith('-') ? '-' : '';
  const digits = int!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac !== undefined ? `.${frac}` : ''}`;
}

/** Dates as the format shows them: 年/月/日 formats in Chinese, others as yyyy-mm-dd. */
export function formatDate(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear(), m = date.getUTCMonth() + 1, d = date.getUTCDate();
  const fmt = numFmt ?? '';
  if (fmt.includes('年')) return fmt.includes('日') ? `${y}年${m}月${d}日` : `${y}年${m}月`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}-${pad(d)}`;
}
