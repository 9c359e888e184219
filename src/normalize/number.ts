/**
 * Numbers as printed in budget tables: ASCII or full-width digits, thousands
 * separators, and the spaces OCR puts around separators ("14, 464. 15",
 * domain.md "Values"). Money is converted to yuan (output-contract.md, funds).
 */
import { foldWidth } from './text.js';

export type MoneyUnit = '元' | '万元' | '亿元';

/** Powers of ten from a money unit to 元. */
const MONEY_EXPONENT: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/**
 * Source of a number pattern, for embedding in larger patterns (input folded
 * to ASCII first): sign, digits grouped by "," with OCR spaces around the
 * separators, optional decimals with OCR spaces around the point.
 */
export const NUMBER_SOURCE = String.raw`[+-]?(?:\d{1,3}(?:\s*,\s*\d{3})+|\d+)(?:\s*\.\s*\d+)?`;

const WHOLE_NUMBER = new RegExp(`^${NUMBER_SOURCE}$`);
const AMOUNT_CELL = new RegExp(`^(${NUMBER_SOURCE})\\s*(%|分|元|万元|亿元|万)?$`);

/** The value of text matched by NUMBER_SOURCE. */
export function numberFromText(matched: string): number {
  return withoutNegativeZero(Number(matched.replace(/[\s,]/g, '')));
}

/** A whole cell that is a number and nothing else (no unit, no "%"); null otherwise. */
export function parseNumber(s: string): number | null {
  const t = foldWidth(s).trim();
  return WHOLE_NUMBER.test(t) ? numberFromText(t) : null;
}

export interface AmountCell {
  value: number | null;
  /** true when printed with "%": value is then the percentage, 97.08 for "97.08%". */
  percent: boolean;
  /** A unit printed after the number other than "%": "分", "元", "万元", "亿元", "万". */
  suffix: string | null;
}

/** A funds / score cell: "100.00%", "10.00分", "4844460.02"; placeholders and anything else → value null. */
export function parseAmountCell(s: string): AmountCell {
  const m = AMOUNT_CELL.exec(foldWidth(s).trim());
  const num = m?.[1];
  if (m === null || num === undefined) return { value: null, percent: false, suffix: null };
  const tail = m[2] ?? null;
  return {
    value: numberFromText(num),
    percent: tail === '%',
    suffix: tail === '%' ? null : tail,
  };
}

/**
 * The text with OCR's letters for digits read as digits (l0 → 10, 4,7l8.24 → 4718.24,
 * 2,36O.00 → 2360.00: l and I for 1, O and o for 0), or null when it has none. Only inside a
 * run of digits and separators that holds a real digit and touches no other Latin letter,
 * so words (Ol, LPR) and units stay as they are.
 */
export function digitsForLetters(s: string): string | null {
  let changed = false;
  const out = s.replace(/(?<![A-Za-z])[\dlIOo][\dlIOo,.]*(?![A-Za-z])/g, (run) => {
    if (!/\d/.test(run) || !/[lIOo]/.test(run)) return run;
    changed = true;
    return run.replace(/[lI]/g, '1').replace(/[Oo]/g, '0');
  });
  return changed ? out : null;
}

const MAYBE_LETTER_DIGITS = /[lIOo][\d０-９]|[\d０-９][lIOo]/;

/** A funds / score cell read by parseAmountCell, or with OCR's letters for digits read as digits (`repaired`). */
export function parseAmountRepaired(s: string): AmountCell & { repaired: boolean } {
  const cell = parseAmountCell(s);
  if (cell.value !== null || !MAYBE_LETTER_DIGITS.test(s)) return { ...cell, repaired: false };
  const digits = digitsForLetters(foldWidth(s));
  const again = digits === null ? null : parseAmountCell(digits);
  return again && again.value !== null ? { ...again, repaired: true } : { ...cell, repaired: false };
}

export function isMoneyUnit(unit: string): unit is MoneyUnit {
  return Object.hasOwn(MONEY_EXPONENT, unit);
}

/**
 * An amount in yuan, rounded to 2 decimals. Scaling goes through the decimal
 * exponent, not a float multiply, so 46.14 万元 is exactly 461400 and 0.285 元 is 0.29.
 */
export function toYuan(n: number, unit: MoneyUnit): number {
  return round2(shiftDecimal(n, MONEY_EXPONENT[unit]));
}

/** Round half away from zero to 2 decimals. */
export function round2(n: number): number {
  const cents = Math.sign(n) * Math.round(Math.abs(shiftDecimal(n, 2)));
  return withoutNegativeZero(shiftDecimal(cents, -2));
}

/** n × 10^exp computed on the decimal representation (no binary rounding noise). */
function shiftDecimal(n: number, exp: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + exp}`);
}

function withoutNegativeZero(n: number): number {
  return n === 0 ? 0 : n;
}
