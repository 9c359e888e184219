/**
 * A target / actual cell → contract Value (output-contract.md "Value",
 * domain.md "Values"): comparator, number, unit, date or qualitative text.
 */
import type { Comparator, Value } from '../contract/schema.js';
import { NUMBER_SOURCE, digitsForLetters, isMoneyUnit, numberFromText, round2, toYuan } from './number.js';
import { cleanText, isPlaceholder } from './text.js';
import { DEADLINE_PHRASE, FOOTNOTE_MARK, QUANTITY_QUALIFIER_TAIL, UNIT_CELL } from '../../pipelines/cells.js';

export type ValueFlag =
  | 'ocr-comparator-fixed'
  | 'ocr-unit-fixed'
  | 'ocr-noise-removed'
  | 'unit-normalized'
  | 'width-folded'
  | 'missing-number'
  | 'digits-rejoined'
  | 'digit-letter-repaired'
  | 'footnote-mark-dropped'
  | 'value-unparsed';

export interface ParsedValue {
  value: Value;
  flags: ValueFlag[];
  /** 0 for a clean parse, up to 1 as repairs and guesses add up. */
  doubt: number;
}

export const FLAG_DOUBT: Record<ValueFlag, number> = {
  'ocr-comparator-fixed': 0.1,
  'ocr-unit-fixed': 0.1,
  'ocr-noise-removed': 0.1,
  'unit-normalized': 0,
  // full-width forms (９５％, ＞＝) read as their ASCII twins: routine in typed and OCR'd cells
  'width-folded': 0,
  // A printed placeholder ("≥%") or a number lost by extraction: can't tell which.
  'missing-number': 0.1,
  // digits printed apart ("9 0 %") read as one number: right unless two numbers were meant
  'digits-rejoined': 0.1,
  // OCR's l / O read as 1 / 0 inside a number (l00% → 100%): right unless the letter was meant
  'digit-letter-repaired': 0.1,
  // a note mark after the value ("≥95%*", "≤734万元②"): a mark, unless the template meant it as a unit
  'footnote-mark-dropped': 0.1,
  'value-unparsed': 0.3,
};

/** Leading comparators, longest forms first; input is already width-folded. */
const COMPARATORS: ReadonlyArray<[RegExp, Comparator, ValueFlag?]> = [
  [/^(?:≥=?|⩾|≧|>\s*=)/, '>='],
  [/^(?:≤=?|⩽|≦|<\s*=)/, '<='],
  // domain.md: OCR reads ≤ as ≪. (Its "w" and "2" misreads are not guessed.)
  [/^≪/, '<=', 'ocr-comparator-fixed'],
  [/^(?:≠|!\s*=)/, '!='],
  [/^=/, '='],
  [/^>/, '>'],
  [/^</, '<'],
];

const DATE_FORMS: readonly RegExp[] = [
  /^(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?$/,
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/,
  /^(?<y>\d{4})年(?<m>\d{1,2})月$/,
  /^(?<y>\d{4})[-/](?<m>\d{1,2})$/,
  /^(?<y>\d{4})(?<nian>年)?$/,
];

const NUMBER_THEN_TAIL = new RegExp(`^(${NUMBER_SOURCE})(.*)$`);

/** Whole-unit OCR misreads and spellings (contract: ㎡ m² → 平方米). */
const UNIT_REWRITES: ReadonlyArray<[RegExp, string, ValueFlag]> = [
  // liupanshui-police-2025-targets-ocr: "=1 (H)" for "=1间"
  [/^\(\s*H\s*\)$/, '间', 'ocr-unit-fixed'],
  // domain.md: OCR reads 个 as ↑
  [/^↑$/, '个', 'ocr-unit-fixed'],
  [/^(?:㎡|[mM]\s*[²2])$/, '平方米', 'unit-normalized'],
];

/**
 * A unit: 1–6 characters, no digit, space, comparator or bare punctuation; "、", "/" and brackets
 * only inside ("人、户", "台(套)", "万元/分钟").
 */
const UNIT_PART = '[^\\d\\s≥≤⩾⩽≧≦≪≠<>=!,.，。;；:：、()\\-—–]';
const UNIT = new RegExp(`^${UNIT_PART}{1,4}$|^${UNIT_PART}{1,3}(、${UNIT_PART}{1,3}|\\(${UNIT_PART}{1,3}\\)|/${UNIT_PART}{1,3})$`);
const HAS_DIGIT = /\d/;

interface Parsed {
  fields: Partial<Value>;
  flags: ValueFlag[];
}

const FULL_WIDTH = /[\uff01-\uff5e]/;

export function parseValue(rawCell: string): ParsedValue {
  const raw = cleanText(rawCell);
  if (isPlaceholder(raw)) return result(raw, { kind: 'empty' }, []);
  const folded: ValueFlag[] = FULL_WIDTH.test(rawCell) ? ['width-folded'] : [];
  // a footnote mark after the value refers to a note under the table: not part of the unit
  const marked = FOOTNOTE_MARK.exec(raw);
  const unmarked = marked && marked.index > 0 ? parseComparatorValue(raw.slice(0, marked.index).trim()) : null;
  if (unmarked) return result(raw, unmarked.fields, [...folded, 'footnote-mark-dropped', ...unmarked.flags]);
  const parsed = parseComparatorValue(raw);
  if (parsed) return result(raw, parsed.fields, [...folded, ...parsed.flags]);
  // letter-spaced digits from a justified text layer (">9 0 %", ">1 0本"): one number
  const joined = raw.replace(/(?<=\d) (?=\d)/g, '');
  const rejoined = joined !== raw ? parseComparatorValue(joined) : null;
  if (rejoined) return result(raw, rejoined.fields, [...folded, 'digits-rejoined', ...rejoined.flags]);
  // OCR's letters for digits (l00%, ≥l2.6万人)
  const digits = digitsForLetters(joined);
  const relettered = digits !== null ? parseComparatorValue(digits) : null;
  if (relettered) return result(raw, relettered.fields, [...folded, 'digit-letter-repaired', ...relettered.flags]);
  // "90%以上", "3个小时内": a quantity with a qualifier is a phrase read whole, not a failure
  const tail = QUANTITY_QUALIFIER_TAIL.exec(raw);
  const qualified = (tail !== null && tail.index > 0 && parseComparatorValue(raw.slice(0, tail.index)) !== null) ||
    DEADLINE_PHRASE.test(raw.replace(/\s+/g, ''));
  const flags: ValueFlag[] = HAS_DIGIT.test(raw) && !qualified ? ['value-unparsed'] : [];
  return result(raw, { kind: 'text', text: raw }, [...folded, ...flags]);
}

/** An optional comparator followed by a date, a number with unit, or (after a comparator) a bare unit. */
function parseComparatorValue(s: string): Parsed | null {
  const flags: ValueFlag[] = [];
  const { comparator, rest } = splitComparator(s, flags);
  const date = parseDate(rest, comparator !== null);
  if (date !== null) return { fields: { kind: 'date', comparator, date }, flags };
  const quantity = parseQuantity(rest, comparator !== null, flags);
  if (quantity === null) return null;
  const { number, unit } = quantity;
  return { fields: { kind: 'numeric', comparator, number, unit, normalized: normalize(number, unit) }, flags };
}

function splitComparator(s: string, flags: ValueFlag[]): { comparator: Comparator | null; rest: string } {
  for (const [pattern, comparator, flag] of COMPARATORS) {
    const m = pattern.exec(s);
    if (m) {
      if (flag) flags.push(flag);
      return { comparator, rest: s.slice(m[0].length).trim() };
    }
  }
  return { comparator: null, rest: s };
}

/**
 * ISO date ("2025-12-31", "2025-12", "2022") for years 1990–2100. A bare
 * year after a comparator ("≥2000") is read as a quantity unless written "2025年".
 */
function parseDate(s: string, hasComparator: boolean): string | null {
  for (const form of DATE_FORMS) {
    const g = form.exec(s)?.groups;
    if (g?.y === undefined) continue;
    const year = Number(g.y);
    if (year < 1990 || year > 2100) return null;
    if (g.m === undefined) return hasComparator && g.nian === undefined ? null : g.y;
    const month = Number(g.m);
    if (month < 1 || month > 12) return null;
    if (g.d === undefined) return `${g.y}-${pad2(month)}`;
    const day = Number(g.d);
    return day >= 1 && day <= 31 ? `${g.y}-${pad2(month)}-${pad2(day)}` : null;
  }
  return null;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * "95 %", "1, 460.75万元", "12.31日", "0"; with a comparator also a unit with
 * no number ("≥%", "≤万元": flag missing-number) or nothing at all; a known unit alone ("%") too.
 */
function parseQuantity(s: string, hasComparator: boolean, flags: ValueFlag[]): { number: number | null; unit: string | null } | null {
  const m = NUMBER_THEN_TAIL.exec(s);
  const digits = m?.[1];
  if (m === null || digits === undefined) {
    // a known unit printed alone in a value cell ("%" under 年初指标值) is a number left out
    if (!hasComparator && !UNIT_CELL.test(s)) return null;
    const unit = s === '' ? null : repairUnit(s, flags);
    // "=提升无" is wording after a comparator, not a unit missing its number
    if (unit === undefined || (unit !== null && unit.length > 2 && !UNIT_CELL.test(unit))) return null;
    flags.push('missing-number');
    return { number: null, unit };
  }
  const tail = (m[2] ?? '').trim();
  // "2025年度内", "2025年底前": a year and wording, not 2025 of a unit
  if (/^年/.test(tail) && /^(19|20)\d\d$/.test(digits)) return null;
  // "≥95%（含）": the bound is included, which the comparator already says; the unit is %
  const bare = tail.replace(INCLUSIVE_TAIL, '');
  const unit = bare === '' ? null : repairUnit(stripNoise(bare, flags), flags);
  if (unit === undefined) return null;
  return { number: numberFromText(digits), unit };
}

/** A bracketed 含 after a bound: "（含）", "(含本数)". */
const INCLUSIVE_TAIL = /\s*[(（]含(本数)?[)）]$/;

/** A stray "-" between number and unit ("=1-套", liupanshui-police-2025-targets-ocr). */
function stripNoise(tail: string, flags: ValueFlag[]): string {
  const m = /^[-—–]\s*(?=[^\d\s\-—–])/.exec(tail);
  if (!m) return tail;
  flags.push('ocr-noise-removed');
  return tail.slice(m[0].length);
}

/** The unit after OCR fixes and normalization, or undefined when the text is not a unit. */
function repairUnit(text: string, flags: ValueFlag[]): string | undefined {
  const found: ValueFlag[] = [];
  let unit = text;
  for (const [pattern, replacement, flag] of UNIT_REWRITES) {
    if (pattern.test(unit)) {
      unit = replacement;
      found.push(flag);
    }
  }
  // ㎡ inside a compound unit (元/㎡) is spelled out too
  if (unit.includes('㎡')) {
    unit = unit.replaceAll('㎡', '平方米');
    found.push('unit-normalized');
  }
  // liupanshui-police-2025-targets-ocr: "=1項", the traditional form read by OCR.
  if (unit.includes('項')) {
    unit = unit.replaceAll('項', '项');
    found.push('ocr-unit-fixed');
  }
  if (!UNIT.test(unit) || QUANTITY_QUALIFIER_TAIL.test(unit)) return undefined;
  flags.push(...found);
  return unit;
}

/** Money → 元 (万元 ×10⁴, 亿元 ×10⁸); any other unit as parsed, "" for none. */
function normalize(number: number | null, unit: string | null): Value['normalized'] {
  if (number === null) return null;
  if (unit !== null && isMoneyUnit(unit)) return { number: toYuan(number, unit), unit: '元' };
  return { number, unit: unit ?? '' };
}

function result(raw: string, fields: Partial<Value>, flags: ValueFlag[]): ParsedValue {
  const value: Value = {
    raw, kind: 'text', comparator: null, number: null, unit: null, normalized: null, text: null, date: null,
    ...fields,
  };
  const doubt = Math.min(1, round2(flags.reduce((sum, flag) => sum + FLAG_DOUBT[flag], 0)));
  return { value, flags, doubt };
}
