/**
 * Stage "layout:row-repair": puts back together what extraction tore apart in the
 * indicator block — a name wrapped onto its own line, values that landed on the padding
 * row next to their name, an OCR'd continuation line carrying garbage values — and drops
 * empty padding rows. Every repair is flagged on the row that receives it.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { compactKey, isPlaceholder } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';
import type { Fields, RawRow } from './indicator-rows.js';

const VALUE_ROLES = ['target', 'initialTarget', 'actual', 'targetComparator', 'targetNumber', 'targetUnit', 'weight', 'score', 'completion'] as const;

const has = (text: string | undefined) => text !== undefined && text !== '' && !isPlaceholder(text);
export const hasName = (r: RawRow) => has(r.fields.level3);
export const hasValues = (r: RawRow) => VALUE_ROLES.some((role) => has(r.fields[role]));
export const hasLabels = (r: RawRow) => r.level1 !== null || r.level2 !== null || r.level2Run !== null;

export function repairRows(rows: RawRow[], diagnostics: Diagnostic[]): RawRow[] {
  let out = rows.filter((r) => hasName(r) || hasValues(r) || hasLabels(r));
  out = attachValueOnlyRows(out, diagnostics);
  out = rejoinNameFragments(out);
  out = rejoinWrappedWithGarbage(out);
  return out;
}

/** Values on a row of their own belong to the neighbour whose value cells are empty (next first). */
function attachValueOnlyRows(rows: RawRow[], diagnostics: Diagnostic[]): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (hasName(row) || !hasValues(row)) {
      out.push(row);
      continue;
    }
    const next = rows[i + 1];
    const prev = out[out.length - 1];
    const target = [next, prev].find((n) => n && hasName(n) && fits(row.fields, n.fields));
    if (target) {
      mergeFields(target, row.fields);
      if (target === next) target.level1 ??= row.level1;
      target.flags.push('row-merged');
      continue;
    }
    const text = Object.values(row.fields).filter(has).join(' | ');
    diagnostics.push(diag('warning', 'layout:orphan-values', `values with no indicator name were not attached to any indicator (line ${row.line.sourceLine ?? '?'}): ${text}`, row.line.page));
  }
  return out;
}

const fits = (from: Fields, into: Fields) =>
  VALUE_ROLES.every((role) => !has(from[role]) || !has(into[role]));

function mergeFields(into: RawRow, from: Fields): void {
  for (const [role, text] of Object.entries(from) as [keyof Fields, string][]) {
    if (has(text) && !has(into.fields[role])) into.fields[role] = text;
  }
}

const explanationOf = (r: RawRow | undefined) => compactKey(`${r?.fields.explanation ?? ''}${r?.fields.deviation ?? ''}`);

/** A name with no values is the wrapped part of its neighbour's name. */
function rejoinNameFragments(rows: RawRow[]): RawRow[] {
  const out = [...rows];
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    if (!hasName(row) || hasValues(row)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const name = compactKey(row.fields.level3!);
    const withPrev = prev && hasName(prev) ? compactKey(prev.fields.level3!) + name : null;
    const withNext = next && hasName(next) ? name + compactKey(next.fields.level3!) : null;
    let forward: boolean;
    if (withNext && explanationOf(next).includes(withNext)) forward = true;
    else if (withPrev && explanationOf(prev).includes(withPrev)) forward = false;
    else if (next && hasName(next) && hasValues(next) && compactKey(next.fields.level3!).length <= 3) forward = true;
    else if (prev && hasName(prev)) forward = false;
    else if (next && hasName(next)) forward = true;
    else continue;
    const into = forward ? next! : prev!;
    into.fields.level3 = forward ? `${row.fields.level3}${into.fields.level3}` : `${into.fields.level3}${row.fields.level3}`;
    into.level1 ??= row.level1;
    into.level2 ??= row.level2;
    into.level2Run ??= row.level2Run;
    into.flags.push('name-rejoined');
    out.splice(i, 1);
    i--;
  }
  return out;
}

/**
 * OCR wraps a long name onto a second line that picks up noise in the value columns
 * ("ABC门、围墙及防 ≥50米" / "护棚 >3074 汉明…"). The explanation column, which restates
 * the name ("反映ABC门、围墙及防护棚建设…"), tells which two lines are one indicator.
 */
function rejoinWrappedWithGarbage(rows: RawRow[]): RawRow[] {
  const out = [...rows];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (!hasName(a) || !hasName(b)) continue;
    const joined = compactKey(a.fields.level3!) + compactKey(b.fields.level3!);
    const inA = explanationOf(a).includes(joined);
    const inB = explanationOf(b).includes(joined);
    if (!inA && !inB) continue;
    if (compactKey(b.fields.level3!).length > 6) continue;
    const keep = pickValues(a, b, inA, inB);
    const other = keep === a ? b : a;
    keep.fields.level3 = `${a.fields.level3}${b.fields.level3}`;
    keep.level1 ??= other.level1;
    keep.level2 ??= other.level2;
    keep.level2Run ??= other.level2Run;
    keep.flags.push('name-rejoined', 'noise-dropped');
    out.splice(i, 2, keep);
  }
  return out;
}

function pickValues(a: RawRow, b: RawRow, inA: boolean, inB: boolean): RawRow {
  const parsesWell = (r: RawRow) => {
    const v = parseValue(r.fields.target ?? '');
    return v.flags.length === 0 && v.value.kind !== 'empty' && v.value.kind !== 'text' ? 1 : 0;
  };
  if (inA !== inB) return inA ? a : b;
  return parsesWell(b) > parsesWell(a) ? b : a;
}
