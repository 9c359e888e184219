/**
 * The part of the golden format (golden/README.md) the sample generator reads, and how a
 * structured golden value is printed back as the cell text a template would show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenValue {
  comparator?: string | null;
  number?: number | null;
  unit?: string | null;
  text?: string | null;
  date?: string | null;
}

export interface GoldenIndicator {
  level1: string;
  level1Weight: number | null;
  level2: string | null;
  level3: string;
  target: GoldenValue | null;
  initialTarget: GoldenValue | null;
  actual: GoldenValue | null;
  weight: number | null;
  score: number | null;
}

export interface GoldenFundsRow {
  label: string;
  initialBudget?: number | null;
  declaredBudget?: number | null;
  annualBudget?: number | null;
  received?: number | null;
  executed?: number | null;
  balance?: number | null;
  executionRate?: number | null;
  weight?: number | null;
  score?: number | null;
}

export interface GoldenProject {
  name: string;
  department?: string | null;
  departmentCode?: string | null;
  implementingUnit?: string | null;
  budgetUnit?: string | null;
  budgetUnitCode?: string | null;
  category?: string | null;
  attribute?: string | null;
  period?: string | null;
}

export interface GoldenTable {
  kind: string;
  title: string | null;
  year: number | null;
  project: GoldenProject | null;
  funds: { publishedUnit: '元' | '万元'; rows: GoldenFundsRow[] } | null;
  goals?: { planned: string | null; achieved: string | null } | null;
  indicators: GoldenIndicator[];
  total: { weight: number | null; score: number | null; grade: string | null } | null;
  rows: (string | null)[][] | null;
}

export interface GoldenFile {
  source: string;
  tables: GoldenTable[];
}

export const loadGolden = (path: string): GoldenFile => JSON.parse(readFileSync(path, 'utf8')) as GoldenFile;

/**
 * The corpus goldens the sample generators start from: golden/<name>.txt.golden.json of the
 * text samples at the top of samples/. Generated text samples (samples/variants/*.txt) have
 * goldens of that form too, and are not corpus.
 */
export function corpusGoldenFiles(root: string): string[] {
  const texts = new Set(readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.txt')));
  return readdirSync(join(root, 'golden'))
    .filter((f) => f.endsWith('.txt.golden.json') && texts.has(f.slice(0, -'.golden.json'.length)))
    .sort();
}

const COMPARATOR_SIGNS: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<', '!=': '≠' };

/** A number as a template prints it: no exponent, no float noise ("0.1 + 0.2"), no trailing zeros. */
export function printNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** "2025-12-31" → "2025年12月31日", "2025-12" → "2025年12月", "2022" → "2022". */
export function printDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d !== undefined) return `${y}年${Number(m)}月${Number(d)}日`;
  if (m !== undefined) return `${y}年${Number(m)}月`;
  return y ?? iso;
}

/** {comparator: ">=", number: 90, unit: "%"} → "≥90%"; {text: "稳步提升"} → "稳步提升"; null → "". */
export function printValue(value: GoldenValue | null): string {
  if (!value) return '';
  if (value.date) return printDate(value.date);
  const sign = value.comparator ? (COMPARATOR_SIGNS[value.comparator] ?? value.comparator) : '';
  const number = value.number === null || value.number === undefined ? '' : printNumber(value.number);
  return `${sign}${number}${value.unit ?? ''}${value.text ?? ''}`;
}

/** An amount in yuan printed in the table's published unit (万元 tables print 50.00 for 500000 元). */
export function printAmount(yuan: number | null | undefined, unit: '元' | '万元'): string {
  if (yuan === null || yuan === undefined) return '';
  return printNumber(unit === '万元' ? yuan / 10_000 : yuan);
}

export const printOptional = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : printNumber(n);
