/**
 * Field-by-field comparison of a Document with a golden file (golden/README.md).
 * Every compared field counts once; a missing or extra record counts all its fields wrong.
 */
import type { Document, Indicator, Table, Value } from '../contract/schema.js';
import { compactKey } from '../normalize/text.js';

export interface GoldenValue { comparator?: string | null; number?: number | null; unit?: string | null; text?: string | null; date?: string | null }
export interface GoldenIndicator { level1?: string; level1Weight?: number | null; level2?: string | null; category?: string; level3?: string; target?: GoldenValue | null; initialTarget?: GoldenValue | null; actual?: GoldenValue | null; weight?: number | null; score?: number | null }
export interface GoldenTable { kind: string; title?: string | null; year?: number | null; project?: Record<string, string | null> | null; funds?: { publishedUnit?: string; rows: Record<string, string | number | null>[] } | null; indicators?: GoldenIndicator[]; total?: { weight?: number | null; score?: number | null; grade?: string | null } | null; rows?: (string | null)[][] | null }
/** A golden that covers part of a document: the tables beginning on these pages (1-based, inclusive) of these kinds. */
export interface GoldenScope { pages?: [number, number]; kinds?: string[] }
export interface Golden { source: string; tables: GoldenTable[]; sameAs?: string; notes?: string[]; scope?: GoldenScope; pending?: string }

export interface Tally { correct: number; total: number }
export interface FileScore {
  tablesFound: number; tablesExpected: number;
  indicatorsFound: number; indicatorsExpected: number;
  groups: Record<string, Tally>;
  mismatches: string[];
  /** every matched indicator: its confidence and whether all its fields were right (for calibration) */
  records: { confidence: number; correct: boolean; where?: string; flags?: string[]; wrong?: string[] }[];
}

const norm = (v: unknown): string | number | null => {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return v;
  return compactKey(String(v));
};
function same(a: unknown, b: unknown): boolean {
  const x = norm(a);
  const y = norm(b);
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  return x === y;
}

class Scorer {
  groups: Record<string, Tally> = {};
  mismatches: string[] = [];
  records: FileScore['records'] = [];
  wrong = 0;
  field(group: string, where: string, expected: unknown, actual: unknown): void {
    const tally = (this.groups[group] ??= { correct: 0, total: 0 });
    tally.total++;
    if (same(expected, actual)) { tally.correct++; return; }
    this.wrong++;
    if (this.mismatches.length < 400) this.mismatches.push(`${where}: expected ${JSON.stringify(expected ?? null)}, got ${JSON.stringify(actual ?? null)}`);
  }
}

/** Order-preserving matching of two lists by similarity (LCS-style). */
export function matchInOrder<A, B>(as: A[], bs: B[], similar: (a: A, b: B) => number): [number, number][] {
  const n = as.length, m = bs.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    const s = similar(as[i]!, bs[j]!);
    dp[i]![j] = Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!, s > 0 ? s + dp[i + 1]![j + 1]! : 0);
  }
  const pairs: [number, number][] = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    const s = similar(as[i]!, bs[j]!);
    if (s > 0 && dp[i]![j] === s + dp[i + 1]![j + 1]!) { pairs.push([i, j]); i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function overlap(a: string, b: string): number {
  const x = compactKey(a), y = compactKey(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  const set = new Set(x);
  let common = 0;
  for (const ch of y) if (set.has(ch)) common++;
  return common / Math.max(x.length, y.length);
}

const VALUE_PARTS = ['comparator', 'number', 'unit', 'text', 'date'] as const;
const INDICATOR_FIELDS = ['level1', 'level1Weight', 'level2', 'category', 'level3', 'weight', 'score'] as const;
const VALUE_FIELDS = ['target', 'initialTarget', 'actual'] as const;
const PROJECT_FIELDS = ['name', 'department', 'departmentCode', 'implementingUnit', 'budgetUnit', 'budgetUnitCode', 'category', 'attribute', 'period'] as const;
const FUNDS_FIELDS = ['label', 'initialBudget', 'declaredBudget', 'annualBudget', 'received', 'executed', 'balance', 'executionRate', 'weight', 'score'] as const;

function compareValue(s: Scorer, where: string, expected: GoldenValue | null | undefined, actual: Value | null): void {
  if (!expected && !actual) return;
  for (const part of VALUE_PARTS) s.field('values', `${where}.${part}`, expected?.[part], actual?.[part]);
}

function compareIndicator(s: Scorer, where: string, g: GoldenIndicator | null, o: Indicator | null): void {
  for (const f of INDICATOR_FIELDS) s.field(f === 'level1Weight' ? 'weight' : f === 'weight' || f === 'score' ? 'weight-score' : 'hierarchy', `${where}.${f}`, g ? g[f] : '∅none', o ? o[f] : '∅missing');
  for (const f of VALUE_FIELDS) {
    if (!g || !o) { s.field('values', `${where}.${f}`, g ? 'present' : '∅none', o ? 'present' : '∅missing'); continue; }
    compareValue(s, `${where}.${f}`, g[f] ?? null, o[f]);
  }
}

function compareTable(s: Scorer, where: string, g: GoldenTable, o: Table): { found: number } {
  s.field('tables', `${where}.kind`, g.kind, o.kind);
  s.field('tables', `${where}.year`, g.year, o.year);
  if (g.project || o.project) for (const f of PROJECT_FIELDS) s.field('project', `${where}.project.${f}`, g.project?.[f], o.project?.[f]);
  if (g.funds !== undefined && (g.funds || o.funds)) {
    s.field('funds', `${where}.funds.publishedUnit`, g.funds?.publishedUnit, o.funds?.publishedUnit);
    const gr = g.funds?.rows ?? [], or = o.funds?.rows ?? [];
    for (let k = 0; k < Math.max(gr.length, or.length); k++) {
      for (const f of FUNDS_FIELDS) s.field('funds', `${where}.funds[${k}].${f}`, gr[k] ? gr[k]![f] : '∅missing', or[k] ? or[k]![f] : '∅extra');
    }
  }
  if (g.total !== undefined && (g.total || o.total)) {
    for (const f of ['weight', 'score', 'grade'] as const) s.field('total', `${where}.total.${f}`, g.total?.[f], o.total?.[f]);
  }
  const gi = g.indicators ?? [];
  const pairs = matchInOrder(gi, o.indicators, (a, b) => (overlap(a.level3 ?? '', b.level3) >= 0.5 ? 1 + overlap(a.level3 ?? '', b.level3) : 0));
  const matchedG = new Set(pairs.map((p) => p[0]));
  const matchedO = new Set(pairs.map((p) => p[1]));
  for (const [a, b] of pairs) {
    const before = s.wrong;
    const seen = s.mismatches.length;
    compareIndicator(s, `${where}.ind[${a}] ${gi[a]!.level3}`, gi[a]!, o.indicators[b]!);
    const o1 = o.indicators[b]!;
    s.records.push({ confidence: o1.confidence, correct: s.wrong === before, where: `${where}.ind[${a}]`, flags: o1.flags, wrong: s.mismatches.slice(seen).map((m) => m.replace(/^.*?\.(\w+(\.\w+)?): /, '$1: ')) });
  }
  gi.forEach((ind, a) => { if (!matchedG.has(a)) compareIndicator(s, `${where}.ind[${a}] ${ind.level3} (missing)`, ind, null); });
  o.indicators.forEach((ind, b) => { if (!matchedO.has(b)) compareIndicator(s, `${where}.extra ${ind.level3}`, null, ind); });
  if (g.rows) compareRows(s, where, g.rows, (o.rows ?? []).map((r) => Object.values(r)));
  return { found: pairs.length };
}

function compareRows(s: Scorer, where: string, expected: (string | null)[][], actual: (string | null)[][]): void {
  const pairs = matchInOrder(expected, actual, (a, b) => {
    const hits = a.filter((cell, k) => cell !== null && same(cell, b[k])).length;
    return hits >= Math.max(1, Math.ceil(a.filter((c) => c !== null).length / 2)) ? 1 : 0;
  });
  const matched = new Set(pairs.map((p) => p[0]));
  for (const [a, b] of pairs) {
    const width = Math.max(expected[a]!.length, actual[b]!.length);
    for (let k = 0; k < width; k++) s.field('rows', `${where}.row[${a}][${k}]`, expected[a]![k], actual[b]![k]);
  }
  expected.forEach((row, a) => { if (!matched.has(a)) for (const cell of row) s.field('rows', `${where}.row[${a}] (missing)`, cell, '∅missing'); });
  const matchedActual = new Set(pairs.map((p) => p[1]));
  actual.forEach((row, b) => { if (!matchedActual.has(b)) for (const cell of row) s.field('rows', `${where}.extra row[${b}]`, '∅none', cell); });
}

/** The output tables a golden speaks of: all, or those its scope names (golden/README.md). */
export function tablesInScope(scope: GoldenScope | undefined, tables: Table[]): Table[] {
  if (!scope) return tables;
  return tables.filter((t) => {
    const page = t.provenance.page;
    if (scope.pages && (page === null || page < scope.pages[0] || page > scope.pages[1])) return false;
    return !scope.kinds || scope.kinds.includes(t.kind);
  });
}

export function compareDocument(golden: Golden, document: Document): FileScore {
  const s = new Scorer();
  const doc = { ...document, tables: tablesInScope(golden.scope, document.tables) };
  const pairs = matchInOrder(golden.tables, doc.tables, (g, o) => {
    if (g.kind !== o.kind) return 0.1 * (overlap(g.project?.name ?? g.title ?? '', o.project?.name ?? o.title ?? '') > 0.8 ? 1 : 0);
    return 1 + overlap(g.project?.name ?? g.title ?? '', o.project?.name ?? o.title ?? '');
  });
  let indicatorsFound = 0;
  const matched = new Set(pairs.map((p) => p[0]));
  for (const [a, b] of pairs) indicatorsFound += compareTable(s, `t${a + 1}`, golden.tables[a]!, doc.tables[b]!).found;
  golden.tables.forEach((t, a) => {
    if (matched.has(a)) return;
    s.field('tables', `t${a + 1} (missing ${t.kind})`, t.kind, '∅missing');
    for (const ind of t.indicators ?? []) compareIndicator(s, `t${a + 1} ${ind.level3} (missing table)`, ind, null);
    for (const row of t.rows ?? []) for (const cell of row) s.field('rows', `t${a + 1} (missing table)`, cell, '∅missing');
  });
  const extra = doc.tables.length - pairs.length;
  for (let k = 0; k < extra; k++) s.field('tables', `extra table`, '∅none', 'extra');
  return {
    tablesFound: pairs.length, tablesExpected: golden.tables.length,
    indicatorsFound, indicatorsExpected: golden.tables.reduce((n, t) => n + (t.indicators?.length ?? 0), 0),
    groups: s.groups, mismatches: s.mismatches, records: s.records,
  };
}

export function accuracy(score: FileScore): number {
  const all = Object.values(score.groups).reduce((a, t) => ({ correct: a.correct + t.correct, total: a.total + t.total }), { correct: 0, total: 0 });
  return all.total === 0 ? 0 : all.correct / all.total;
}
