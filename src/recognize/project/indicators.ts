/**
 * Stage "layout:indicators": header → rows → repairs → hierarchy → parsed Indicators.
 */
import type { Diagnostic, Indicator, Value } from '../../contract/schema.js';
import { parseAmountCell, parseAmountRepaired } from '../../normalize/number.js';
import { cleanText, compactKey, isPlaceholder } from '../../normalize/text.js';
import { FLAG_DOUBT, parseValue } from '../../normalize/value.js';
import { confidenceOf } from '../confidence.js';
import { ocrConfidenceOf, ocrFlags } from '../ocr-evidence.js';
import { provenanceOf } from '../provenance.js';
import { addCells, type FieldCells } from '../cell-ref.js';
import { filled, type Line } from '../stream.js';
import { diag } from '../../ir/diagnostics.js';
import { sectionLevel, stripListMarker } from '../../../pipelines/hierarchy.js';
import { SUBTOTAL_LABEL } from '../../../pipelines/blocks.js';
import { COMPARATOR_CELL, COMPARATOR_WORDS, FOOTNOTE_MARK, QUALITATIVE_MARK } from '../../../pipelines/cells.js';
import { inferColumnRoles } from './column-inference.js';
import { placeRows, type Placed } from './hierarchy.js';
import { isHeaderLine, type IndicatorHeader, type ValueRole } from './indicator-header.js';
import { readRow, type Fields, type RawRow } from './indicator-rows.js';
import { hasName, hasValues, repairRows } from './row-repair.js';
import { debugColumnsOf } from '../../debug/collect.js';
import type { DebugSink } from '../../debug/sink.js';

export interface IndicatorContext {
  base: number;
  ocr: boolean;
  diagnostics: Diagnostic[];
  /** told each column's role (extract --debug) */
  debug?: DebugSink;
}

export function readIndicators(lines: Line[], header: IndicatorHeader, ctx: IndicatorContext): Indicator[] {
  const body = lines.filter((l) => !l.paragraph && !isHeaderLine(l) && !isSubtotal(l, ctx.diagnostics));
  const slots = inferColumnRoles(header.slots, body, ctx.diagnostics);
  ctx.debug?.columns(debugColumnsOf(slots, header, lines));
  const raw = body.map((l) => readRow(l, slots));
  const sections = readSectionRows(raw);
  const wrapsLackExplanation = ctx.ocr && slots.some((s) => s.role === 'explanation');
  const centredCells = !ctx.ocr && body.some((l) => l.page !== null);
  const rows = repairRows(raw, ctx.diagnostics, { wrapsLackExplanation, centredCells });
  // a table that prints no 一级/二级 columns has no hierarchy: it is not invented
  const hierarchy = sections.level1 || sections.level2 || slots.some((s) => s.role === 'level1' || s.role === 'level2');
  const placed = hierarchy ? placeRows(rows, ctx.ocr, sections.level2 || slots.some((s) => s.role === 'level2')) : rows.map(() => NO_HIERARCHY);
  const out: Indicator[] = [];
  rows.forEach((row, i) => {
    if (!hasName(row) && !hasValues(row)) return; // a label-only line: its labels were used above
    out.push(toIndicator(row, placed[i]!, ctx));
  });
  return out;
}

/**
 * A row that holds nothing but a 一级 or 二级 label, across the table ("一、产出指标（50分）",
 * "（一）数量指标"): the templates that print the hierarchy as section rows instead of label
 * columns. Its text, read into whatever column it starts in, becomes the row's label, and the
 * table has a hierarchy. A label both levels know (满意度指标) is a 一级 when it carries a weight or
 * a 一、 ordinal, else a 二级 (pipelines/hierarchy.ts sectionLevel).
 */
function readSectionRows(rows: RawRow[]): { level1: boolean; level2: boolean } {
  const found = { level1: false, level2: false };
  for (const row of rows) {
    const texts = Object.values(row.fields).filter((t): t is string => t !== undefined && compactKey(t) !== '');
    if (texts.length !== 1 || row.level1 !== null || row.level2 !== null || filled(row.line).length !== 1) continue;
    const level = sectionLevel(compactKey(texts[0]!));
    if (!level) continue;
    const [key] = Object.entries(row.fields).find(([, t]) => t === texts[0])!;
    row[level] = texts[0]!;
    addCells(row.cells, level, row.cells[key] ?? []);
    row.fields = {};
    found[level] = true;
  }
  return found;
}

/**
 * A 小计 row (河北 style: one under each 一级 block) adds up weights and scores of the rows above
 * it: it is neither an indicator nor values of one, and is said so once per row (info).
 */
function isSubtotal(line: Line, diagnostics: Diagnostic[]): boolean {
  const lead = filled(line).slice(0, 2).find((c) => SUBTOTAL_LABEL.test(c.key));
  if (!lead) return false;
  diagnostics.push(diag('info', 'layout:subtotal-row', `a subtotal row (${lead.text}) is not read as an indicator (line ${line.sourceLine ?? '?'})`, line.page));
  return true;
}

/** As much doubt as a value that did not parse (value.ts value-unparsed). */
const NUMBER_UNPARSED_DOUBT = 0.3;

const NO_HIERARCHY: Placed = { level1: null, level1Weight: null, level2: null, category: 'other', flags: [] };

const text = (s: string | undefined): string | null => (s === undefined || isPlaceholder(s) ? null : cleanText(s) || null);

/**
 * A value as one cell. A value split over columns (符号 | 值 | 单位, or 指标值 | 度量单位 |
 * 指标值类型) is put back together: the comparator and the unit are taken from whichever of the
 * split cells holds them (templates swap them), 定性/定量 marks are dropped, and a part the value
 * already prints ("≥95%" beside "%") is not repeated. A unit column of its own (计量单位) is the
 * unit of the actual too when it is printed as a number ("2156" under 人).
 */
function valueRaw(f: Fields, role: ValueRole, flags: string[] = []): string | undefined {
  const value = f[`${role}:number`] ?? f[role];
  const printed = value !== undefined && !isPlaceholder(value);
  // the unit column first: a comparator column may hold what no comparator reads as (OCR's N for ≥)
  const split = [f[`${role}:unit`] ?? (role === 'target' || printed ? f.unit : undefined), f[`${role}:comparator`]];
  if (split.every((p) => p === undefined)) return value;
  const parts = split.map((p) => compactKey(p ?? '')).filter((p) => p !== '' && !isPlaceholder(p));
  const comparator = parts.map((p) => COMPARATOR_WORDS[p] ?? p).find((p) => COMPARATOR_CELL.test(p));
  const units = parts.filter((p) => !COMPARATOR_CELL.test(p) && !QUALITATIVE_MARK.test(p) && !COMPARATOR_WORDS[p]);
  const unit = units[0];
  // both cells hold something neither a comparator nor a mark: one of them was misread
  if (units.length > 1) flags.push('comparator-unread');
  if (!printed) return comparator || unit ? `${comparator ?? ''}${unit ?? ''}` : undefined;
  const v = compactKey(value);
  // only a bare number takes the comparator (with its unit): "2025年度内" stays as printed; a value
  // ending in its number takes the unit ("不低于90" beside "%")
  const bare = /^[≥≤><=≧≦⩾⩽]?[\d,.]*\d$/.test(v);
  const quantity = bare || (unit !== undefined && v.endsWith(unit) && /^[≥≤><=≧≦⩾⩽]?[\d,.]*\d/.test(v));
  const lead = comparator && quantity && !/^[≥≤><=≧≦⩾⩽]/.test(v) ? comparator : '';
  const tail = unit && /\d$/.test(v) ? unit : '';
  return `${lead}${value}${tail}`;
}

function toIndicator(row: RawRow, place: Placed, ctx: IndicatorContext): Indicator {
  const flags = [...row.flags, ...place.flags];
  const doubts: number[] = [];
  const value = (raw: string | undefined): Value | null => {
    if (raw === undefined || cleanText(raw) === '') return null;
    const parsed = parseValue(raw);
    flags.push(...parsed.flags);
    doubts.push(parsed.doubt);
    return parsed.value.kind === 'empty' ? null : parsed.value;
  };
  // a weight or score cell holding text no number reads from ("l0": OCR's l for 1) is a doubt, not a silent null
  const number = (raw: string | undefined): number | null => {
    if (raw === undefined) return null;
    const { value, repaired } = parseAmountRepaired(cleanText(raw));
    if (repaired) { flags.push('digit-letter-repaired'); doubts.push(FLAG_DOUBT['digit-letter-repaired']); }
    if (value === null && !isPlaceholder(raw) && cleanText(raw) !== '') {
      flags.push('number-unparsed');
      doubts.push(NUMBER_UNPARSED_DOUBT);
    }
    return value;
  };
  const f = row.fields;
  const indicator: Indicator = {
    level1: place.level1,
    level1Weight: place.level1Weight,
    level2: place.level2,
    category: place.category,
    level3: nameOf(f.level3, flags, doubts),
    target: value(valueRaw(f, 'target', flags)),
    initialTarget: value(valueRaw(f, 'initialTarget', flags)),
    actual: value(valueRaw(f, 'actual', flags)),
    completion: text(f.completion),
    weight: number(f.weight),
    score: number(f.score),
    deviation: text(f.deviation),
    explanation: text(f.explanation),
    otherColumns: row.other.map((o) => ({ header: cleanText(o.header), text: cleanText(o.text) })),
    confidence: 0,
    flags: [],
    provenance: provenanceOf([row.line]),
  };
  indicator.provenance.cells = fieldCells(row, indicator);
  if (indicator.level3 === '') flags.push('level3-missing');
  flags.push(...ocrFlags([row.line]));
  // OCR reads ≥ as > and ≤ as < (the bar is thin); templates rarely print a strict comparator
  const values = [indicator.target, indicator.initialTarget, indicator.actual];
  if (ctx.ocr && values.some((v) => v?.kind === 'numeric' && (v.comparator === '>' || v.comparator === '<'))) flags.push('ocr-strict-comparator');
  indicator.flags = [...new Set(flags)];
  indicator.confidence = confidenceOf(ctx.base, indicator.flags, doubts, ocrConfidenceOf([row.line]));
  return indicator;
}

const PARTS = ['comparator', 'number', 'unit'] as const;
const TEXT_FIELDS = ['level3', 'completion', 'weight', 'score', 'deviation', 'explanation'] as const;

/**
 * The source cells of each field of the indicator that holds a value (cell-ref.ts): a split
 * value lists its columns' cells; a 一级/二级 label only when this row printed the label the
 * record carries (a filled-down or corrected label was not read from this row).
 */
function fieldCells(row: RawRow, indicator: Indicator): FieldCells {
  const cells: FieldCells = {};
  for (const key of TEXT_FIELDS) if (indicator[key] !== null && indicator[key] !== '') addCells(cells, key, row.cells[key] ?? []);
  for (const role of ['target', 'initialTarget', 'actual'] as const) {
    if (indicator[role] === null) continue;
    for (const key of [role, ...PARTS.map((p) => `${role}:${p}`), 'unit']) addCells(cells, role, row.cells[key] ?? []);
  }
  for (const level of ['level1', 'level2'] as const) {
    const printed = level === 'level1' ? row.level1 : row.level2;
    const value = indicator[level];
    if (printed && value && compactKey(printed).startsWith(compactKey(value))) addCells(cells, level, row.cells[level] ?? []);
  }
  return cells;
}

/**
 * The 三级 name without a list ordinal before it ("1.", "（1）", "①": the row's number) and
 * without a note mark after it ("游客满意度①": a reference to a note under the table, flagged).
 */
function nameOf(printed: string | undefined, flags: string[], doubts: number[]): string {
  const name = stripListMarker(cleanText(printed ?? '')).trim();
  const mark = FOOTNOTE_MARK.exec(name);
  if (!mark || mark.index === 0) return name;
  flags.push('footnote-mark-dropped');
  doubts.push(FLAG_DOUBT['footnote-mark-dropped']);
  return name.slice(0, mark.index).trim();
}
