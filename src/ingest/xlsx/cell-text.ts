/**
 * A spreadsheet cell as Excel shows it: the cached value (a formula's result) formatted by
 * its number format — percentages, thousands separators, fixed decimals, dates — so that the
 * recognizer reads "95%" and "9,000.00" as a person reading the sheet would.
 */
import type { CellValue } from 'exceljs';

export interface ShownText {
  text: string;
  /** a formula with no cached result (computed by sheet-grid.ts where it can be), or an error value (#DIV/0!) */
  problem: 'formula-without-value' | 'formula-computed' | 'error-value' | null;
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

/**
 * A number as its format shows it. The format is read token by token: digit placeholders
 * (0 # ?), the decimal point, thousands and scaling commas, % (×100), and literals — quoted
 * text ("≥"0"个"), escaped characters (\\. in the 万元 format 0\\.0000, which shows 12856000
 * as 1285.6000), bare text and units. Literals keep their place between the digits.
 * Sections: positive;negative;zero; colours and conditions ([Red], [>=100]) are dropped.
 */
export function formatNumber(value: number, numFmt: string | undefined): string {
  const sections = numFmt ? splitSections(numFmt) : [];
  let section = sections[0] ?? '';
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections.length >= 2) { section = sections[1]!; sign = ''; }
  else if (value === 0 && sections.length >= 3) section = sections[2]!;
  section = section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"').replace(/\[[^\]]*\]/g, '');
  if (section === '' || /^general$/i.test(section.trim()) || section === '@') return plain(value);
  const tokens = tokenize(section);
  // a section of text alone ("—" for zero) shows that text
  if (!tokens.some((t) => t.kind === 'digit')) return tokens.some((t) => t.kind === 'literal') ? tokens.map((t) => (t.kind === 'literal' ? t.text : '')).join('') : plain(value);
  return (sign + render(Math.abs(value), tokens)).trim();
}

type Token = { kind: 'digit'; ch: string } | { kind: 'point' } | { kind: 'comma' } | { kind: 'percent' } | { kind: 'literal'; text: string };

/** The format's sections at unquoted semicolons. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '', quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i]!;
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < fmt.length) { cur += ch + fmt[++i]; continue; }
    if (ch === ';' && !quoted) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  return out;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let seenPoint = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push({ kind: 'literal', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if ((ch === '\\' || ch === '!') && i + 1 < section.length) tokens.push({ kind: 'literal', text: section[++i]! });
    else if (ch === '_' || ch === '*') i++; // padding to a character's width, fill: nothing to read
    else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ kind: 'digit', ch });
    else if (ch === '.' && !seenPoint) { tokens.push({ kind: 'point' }); seenPoint = true; }
    else if (ch === ',') tokens.push({ kind: 'comma' });
    else if (ch === '%') tokens.push({ kind: 'percent' });
    else tokens.push({ kind: 'literal', text: ch });
  }
  return tokens;
}

function render(value: number, tokens: Token[]): string {
  const point = tokens.findIndex((t) => t.kind === 'point');
  const intTokens = point < 0 ? tokens : tokens.slice(0, point);
  const fracTokens = point < 0 ? [] : tokens.slice(point + 1);
  const isDigit = (t: Token) => t.kind === 'digit';
  const zeros = (ts: Token[]) => ts.filter((t) => t.kind === 'digit' && t.ch === '0').length;
  // commas right after the last placeholder scale by 1000 each; between integer placeholders they group thousands
  const firstInt = intTokens.findIndex(isDigit), lastInt = intTokens.map(isDigit).lastIndexOf(true);
  let scale = 0;
  for (let i = tokens.map(isDigit).lastIndexOf(true) + 1; i < tokens.length && tokens[i]!.kind === 'comma'; i++) scale++;
  const grouped = intTokens.some((t, i) => t.kind === 'comma' && i > firstInt && i < lastInt);
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  const fracSlots = fracTokens.filter(isDigit).length;
  const [whole, fraction = ''] = fixed((value * 100 ** percents) / 1000 ** scale, fracSlots).split('.') as [string, string?];
  let frac = fraction;
  while (frac.length > zeros(fracTokens) && frac.endsWith('0')) frac = frac.slice(0, -1);
  let int = whole === '0' && zeros(intTokens) === 0 ? '' : whole.padStart(zeros(intTokens), '0');
  if (grouped) int = withThousands(int);

  // integer digits fill the placeholders from the right, the leftmost taking all that remain,
  // with the literals between them in place (0\\.0000: the last four digits after the point)
  const slots = intTokens.filter(isDigit).length;
  let filled = 0;
  const out: string[] = [];
  for (let i = intTokens.length - 1; i >= 0; i--) {
    const t = intTokens[i]!;
    if (t.kind === 'literal') out.unshift(t.text);
    else if (t.kind === 'percent') out.unshift('%');
    else if (t.kind === 'digit' && !grouped) {
      filled++;
      out.unshift(filled === slots ? int : int.slice(-1));
      int = filled === slots ? '' : int.slice(0, -1);
    } else if (t.kind === 'digit' && i === firstInt) out.unshift(int);
  }
  if (point < 0) return out.join('');
  let k = 0;
  const tail = fracTokens.map((t) => (t.kind === 'digit' ? frac[k++] ?? '' : t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  return out.join('') + (frac !== '' ? '.' : '') + tail;
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
