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
import { addCells } from '../cell-ref.js';
import { level1Of, level2Of, splitWeight } from '../../../pipelines/hierarchy.js';
import { EXPLANATION_LEAD } from '../../../pipelines/columns.js';

const VALUE_ROLES = ['target', 'initialTarget', 'actual', 'weight', 'score', 'completion',
  ...['target', 'initialTarget', 'actual'].flatMap((r) => ['comparator', 'number', 'unit'].map((p) => `${r}:${p}`))] as const;

const has = (text: string | undefined) => text !== undefined && text !== '' && !isPlaceholder(text);
export const hasName = (r: RawRow) => has(r.fields.level3);
export const hasValues = (r: RawRow) => VALUE_ROLES.some((role) => has(r.fields[role]));
export const hasLabels = (r: RawRow) => r.level1 !== null || r.level2 !== null || r.level2Run !== null;

export interface RepairOptions {
  /**
   * The table explains every indicator (指标解释 column) and was OCR'd: a line with no
   * explanation and no parseable value is the wrapped continuation of a neighbour.
   */
  wrapsLackExplanation: boolean;
  /**
   * The rows come from a page laid out by a word processor (PDF text layer, not OCR): its cells
   * may be centred vertically, so a wrapped name can stand above its values as well as below.
   */
  centredCells?: boolean;
}

export function repairRows(rows: RawRow[], diagnostics: Diagnostic[], options: RepairOptions): RawRow[] {
  rejoinWrappedLabels(rows);
  moveGluedLabels(rows);
  let out = foldProseContinuations(rows).filter((r) => hasName(r) || hasValues(r) || hasLabels(r));
  if (options.centredCells) out = joinCentredNames(out);
  if (options.wrapsLackExplanation) out = foldWrappedLines(out, diagnostics);
  out = attachValueOnlyRows(out, diagnostics);
  out = attachExplanationRows(out);
  out = rejoinNameFragments(out);
  out = rejoinWrappedWithGarbage(out);
  return out;
}

/** A label and the line under it read as one label: the line alone is none, the two together are. */
const LABEL_JOINS = {
  level1: (a: string, b: string) => level1Of(b) === null && level1Of(a + b) !== null && splitWeight(a + b).weight !== null,
  level2: (a: string, b: string) => level2Of(b) === null && level2Of(a + b) !== null,
} as const;

/**
 * A 一级 / 二级 label wrapped over two lines of its merged cell, as a text dump or a page without
 * row gaps prints it ("社会效益" over "指标", "服务对象满" over "意度指标", "产出指标" over "（50分）"): the
 * second line is joined to the label a row or two above it (flag label-rejoined), so that it is
 * neither a label of its own nor lost.
 */
function rejoinWrappedLabels(rows: RawRow[]): void {
  for (const level of ['level1', 'level2'] as const) {
    let last = -1;
    rows.forEach((row, i) => {
      const text = row[level];
      if (text === null) return;
      const above = rows[last];
      if (above && i - last <= 2 && LABEL_JOINS[level](compactKey(above[level]!), compactKey(text))) {
        above[level] = `${above[level]}${text}`;
        addCells(above.cells, level, row.cells[level] ?? []);
        row[level] = null;
        above.labelWrappedOnto = { ...above.labelWrappedOnto, [level]: row.line };
        above.flags.push('label-rejoined');
        return;
      }
      last = i;
    });
  }
}

/**
 * A 二级 name printed at the end of a row, in a column of prose (a skewed scan put the next
 * block's merged label on the row above it): it is the label of the next row, which prints none
 * (flag label-moved on that row); with no such row it is dropped, and the row says so.
 */
function moveGluedLabels(rows: RawRow[]): void {
  rows.forEach((row, i) => {
    if (row.gluedLevel2 === undefined) return;
    const next = rows[i + 1];
    if (next && next.level2 === null && next.level2Run === null) {
      next.level2 = row.gluedLevel2;
      next.flags.push('label-moved');
    } else row.flags.push('label-moved');
  });
}

/** Columns of prose a template lets wrap: their rest may stand on a line of its own. */
const PROSE_ROLES = ['deviation', 'explanation'] as const;

/**
 * A line that holds nothing but the rest of a prose cell of the row above ("场馆维修闭馆两个月，"
 * then a line with only "已调整开放时间" under 偏差原因, as a text dump prints a wrapped cell): the
 * text is joined back to that cell (flag text-rejoined). Before, the line had no name, no value
 * and no label, and was dropped with its text.
 */
function foldProseContinuations(rows: RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  for (const row of rows) {
    const prev = out[out.length - 1];
    const keys = (Object.keys(row.fields) as (keyof Fields)[]).filter((k) => has(row.fields[k]));
    const prose = keys.length > 0 && keys.every((k) => (PROSE_ROLES as readonly string[]).includes(k as string));
    if (prev && prose && !hasLabels(row) && row.other.every((o) => o.text.trim() === '') && keys.every((k) => has(prev.fields[k]))) {
      for (const k of keys) {
        prev.fields[k] = `${prev.fields[k]}${row.fields[k]}`;
        moveCells(row, k as string, prev, k as string, false);
      }
      prev.flags.push('text-rejoined');
      continue;
    }
    out.push(row);
  }
  return out;
}

/**
 * A table without row gaps whose cells are centred vertically (a PDF printed from Word with no
 * rulings: every text line is a row) prints a wrapped name around its values: "完成农村公路日常养护"
 * / "≥4200公里 4260公里 15 15" / "里程数", or "实施…改造" / "及安全生命防护工程数 ≥18处 …" / "量". The
 * lines of a centred cell lie as many above the line of its one-line cells as below it. When the
 * table shows it — a row of values with no name, right under a name fragment — each row of values
 * takes the name fragments above it (after those the previous row took) and as many below; labels
 * split the same way ("服务对象满意度指" / "标") are joined when together they make a 二级 name.
 * The rows that receive a name are flagged name-rejoined.
 */
function joinCentredNames(rows: RawRow[]): RawRow[] {
  const fragment = (r: RawRow) => hasName(r) && !hasValues(r);
  const valueAt = rows.flatMap((r, i) => (hasValues(r) ? [i] : []));
  const centred = valueAt.some((i) => !hasName(rows[i]!) && rows.slice(0, i).reverse().find((r) => hasName(r) || hasValues(r)) !== undefined &&
    fragment(rows.slice(0, i).reverse().find((r) => hasName(r) || hasValues(r))!));
  if (!centred) return rows;
  const merged = new Set<RawRow>();
  let from = 0;
  valueAt.forEach((v, k) => {
    const row = rows[v]!;
    const end = valueAt[k + 1] ?? rows.length;
    const above = rows.slice(from, v).filter((r) => fragment(r) && !merged.has(r));
    const below = rows.slice(v + 1, end).filter(fragment).slice(0, above.length);
    from = below.length > 0 ? rows.indexOf(below[below.length - 1]!) + 1 : v + 1;
    if (above.length === 0) return;
    const parts = [...above, row, ...below];
    row.fields.level3 = parts.map((r) => r.fields.level3 ?? '').join('');
    row.cells.level3 = [];
    for (const r of parts) addCells(row.cells, 'level3', r === row ? (r.cells.level3 ?? []) : (r.cells.level3 ?? []));
    const pieces = parts.map((r) => r.level2).filter((l): l is string => l !== null);
    const joined = pieces.join('');
    row.level2 = pieces.length > 1 && level2Of(compactKey(joined)) ? joined : (row.level2 ?? pieces[0] ?? null);
    row.level1 ??= parts.map((r) => r.level1).find((l) => l !== null) ?? null;
    for (const r of parts) if (r !== row) merged.add(r);
    row.flags.push('name-rejoined');
  });
  return rows.filter((r) => !merged.has(r));
}

/** A value a reader would accept: a number with comparator or unit, a date, or CJK wording. */
function parsesAsValue(text: string | undefined): boolean {
  if (!has(text)) return false;
  const v = parseValue(text!);
  if (v.value.kind === 'numeric' || v.value.kind === 'date') return v.flags.length === 0 || v.flags.every((f) => f !== 'value-unparsed');
  return v.value.kind === 'text' && /^[\u4e00-\u9fff]{1,12}$/.test(compactKey(text!));
}

/**
 * OCR wraps long names and labels onto lines of their own, which carry no explanation and,
 * at most, noise where the value would be. A name followed by a line of values and no name is
 * one row broken in two; a fragment that completes a neighbour's name as that neighbour's
 * explanation spells it is joined; any other such line is dropped, and said.
 */
function foldWrappedLines(rows: RawRow[], diagnostics: Diagnostic[]): RawRow[] {
  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const bare = !has(row.fields.explanation) && !has(row.fields.deviation) && !has(row.fields.weight);
    const isWrap = bare && (!parsesAsValue(row.fields.target) || compactKey(row.fields.level3 ?? '').length <= 2);
    if (!isWrap || !hasName(row) || rows.length < 3) {
      out.push(row);
      continue;
    }
    const prev = out[out.length - 1];
    const next = rows[i + 1];
    // a whole name whose values OCR put on the next line (a row broken in two): the two are one
    if (next && !hasName(next) && hasValues(next) && !has(row.fields.target)) {
      mergeFields(row, next);
      row.flags.push('row-merged');
      out.push(row);
      i++;
      continue;
    }
    // the fragment may have landed in the name or in the value column
    const fragments = [row.fields.level3, row.fields.target].filter(has) as string[];
    const before = prev && hasName(prev) ? fragments.find((f) => explanationOf(prev).includes(compactKey(prev.fields.level3!) + compactKey(f))) : undefined;
    if (prev && before) {
      prev.fields.level3 = `${prev.fields.level3}${before}`;
      moveCells(row, fragmentKey(row, before), prev, 'level3', false);
      prev.flags.push('name-rejoined');
      continue;
    }
    const after = next && hasName(next) ? fragments.find((f) => explanationOf(next).includes(compactKey(f) + compactKey(next.fields.level3!))) : undefined;
    if (next && after) {
      next.fields.level3 = `${after}${next.fields.level3}`;
      moveCells(row, fragmentKey(row, after), next, 'level3', true);
      next.level1 ??= row.level1;
      next.level2 ??= row.level2;
      next.flags.push('name-rejoined');
      continue;
    }
    if (hasLabels(row)) {
      out.push({ ...row, fields: {} }); // keep its labels as anchors, not as an indicator
    }
    const text = [row.fields.level3, row.fields.target].filter(has).join(' | ');
    diagnostics.push(diag('warning', 'layout:noise-dropped', `an OCR line with no explanation and no value was not read as an indicator (line ${row.line.sourceLine ?? '?'}): ${text}`, row.line.page));
  }
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
      mergeFields(target, row);
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

function mergeFields(into: RawRow, from: RawRow): void {
  for (const [role, text] of Object.entries(from.fields) as [keyof Fields, string][]) {
    if (has(text) && !has(into.fields[role])) {
      into.fields[role] = text;
      into.cells[role as string] = from.cells[role as string] ?? [];
    }
  }
}

/** Cell-level provenance follows the text a repair moves (cell-ref.ts). */
function moveCells(from: RawRow, fromKey: string, into: RawRow, intoKey: string, prepend: boolean): void {
  addCells(into.cells, intoKey, from.cells[fromKey] ?? [], prepend);
}

/** Which field of a wrapped line held the fragment a repair moved. */
const fragmentKey = (row: RawRow, fragment: string): string => ['level3', 'target'].find((key) => row.fields[key] === fragment) ?? 'target';

const explanationOf = (r: RawRow | undefined) => compactKey(`${r?.fields.explanation ?? ''}${r?.fields.deviation ?? ''}`);

/**
 * A row under an indicator that holds only its 评分标准 / 指标说明 ("评分标准：完成300场得满分…",
 * printed across the row or in the name column) is that indicator's explanation, not part of
 * its name (probe round 14). Flag explanation-row.
 */
function attachExplanationRows(rows: RawRow[]): RawRow[] {
  const out = [...rows];
  for (let i = 1; i < out.length; i++) {
    const row = out[i]!, prev = out[i - 1]!;
    if (!hasName(row) || hasValues(row) || !hasName(prev) || !EXPLANATION_LEAD.test(compactKey(row.fields.level3!))) continue;
    prev.fields.explanation = [prev.fields.explanation, row.fields.level3].filter(Boolean).join('\n');
    moveCells(row, 'level3', prev, 'explanation', false);
    prev.flags.push('explanation-row');
    out.splice(i, 1);
    i--;
  }
  return out;
}

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
    // nothing told which neighbour the fragment belongs to while both have names. A text dump
    // prints a wrapped cell's rest under its row, so the row above is the reading; on a page, a
    // cell centred vertically puts lines above its row as well as below: either may be wrong.
    const onPage = row.line.page !== null;
    const guessed = onPage && !!(prev && hasName(prev) && next && hasName(next)) && !(withNext && explanationOf(next).includes(withNext)) &&
      !(withPrev && explanationOf(prev).includes(withPrev));
    if (guessed) for (const n of [prev!, next!]) n.flags.push('name-fragment-guessed');
    into.fields.level3 = forward ? `${row.fields.level3}${into.fields.level3}` : `${into.fields.level3}${row.fields.level3}`;
    moveCells(row, 'level3', into, 'level3', forward);
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
    // "人民群众服务满 | >c=-" / "意度 | ≥95%": a two-character tail carrying the only good value
    const tail = compactKey(b.fields.level3!).length <= 2 && !parsesAsValue(a.fields.target) && parsesAsValue(b.fields.target);
    if (!inA && !inB && !tail) continue;
    if (compactKey(b.fields.level3!).length > 6) continue;
    const keep = pickValues(a, b, inA, inB);
    const other = keep === a ? b : a;
    keep.fields.level3 = `${a.fields.level3}${b.fields.level3}`;
    keep.cells.level3 = [...(a.cells.level3 ?? []), ...(b.cells.level3 ?? [])];
    keep.level1 ??= other.level1;
    keep.level2 = joinLabels(a.level2, b.level2) ?? keep.level2 ?? other.level2;
    keep.level2Run ??= other.level2Run;
    keep.flags.push('name-rejoined', 'noise-dropped');
    out.splice(i, 2, keep);
  }
  return out;
}

/** Two halves of a wrapped label ("社会公众或" + "服务对象满意度") that read as one known label. */
function joinLabels(a: string | null, b: string | null): string | null {
  if (!a || !b) return null;
  const joined = `${a}${b}`;
  return level2Of(compactKey(joined)) ? joined : null;
}

function pickValues(a: RawRow, b: RawRow, inA: boolean, inB: boolean): RawRow {
  if (inA !== inB) return inA ? a : b;
  return parsesAsValue(b.fields.target) && !parsesAsValue(a.fields.target) ? b : a;
}
