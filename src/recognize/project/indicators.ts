/**
 * Stage "layout:indicators": header → rows → repairs → hierarchy → parsed Indicators.
 */
import type { Diagnostic, Indicator, Value } from '../../contract/schema.js';
import { parseAmountCell } from '../../normalize/number.js';
import { cleanText, isPlaceholder } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';
import { confidenceOf } from '../confidence.js';
import { ocrConfidenceOf, ocrFlags } from '../ocr-evidence.js';
import { provenanceOf } from '../provenance.js';
import type { Line } from '../stream.js';
import { placeRows } from './hierarchy.js';
import type { IndicatorHeader } from './indicator-header.js';
import { readRow, type Fields, type RawRow } from './indicator-rows.js';
import { hasName, hasValues, repairRows } from './row-repair.js';

export interface IndicatorContext {
  base: number;
  ocr: boolean;
  diagnostics: Diagnostic[];
}

export function readIndicators(lines: Line[], header: IndicatorHeader, ctx: IndicatorContext): Indicator[] {
  const raw = lines.filter((l) => !l.paragraph).map((l) => readRow(l, header.slots));
  const wrapsLackExplanation = ctx.ocr && header.slots.some((s) => s.role === 'explanation');
  const rows = repairRows(raw, ctx.diagnostics, { wrapsLackExplanation });
  const placed = placeRows(rows, ctx.ocr);
  const out: Indicator[] = [];
  rows.forEach((row, i) => {
    if (!hasName(row) && !hasValues(row)) return; // a label-only line: its labels were used above
    out.push(toIndicator(row, placed[i]!, ctx));
  });
  return out;
}

const text = (s: string | undefined): string | null => (s === undefined || isPlaceholder(s) ? null : cleanText(s) || null);

function targetRaw(f: Fields): string | undefined {
  if (f.targetComparator !== undefined || f.targetNumber !== undefined || f.targetUnit !== undefined) {
    const parts = [f.targetComparator, f.targetNumber, f.targetUnit].filter((p) => p && !isPlaceholder(p));
    return parts.length > 0 ? parts.join('') : undefined;
  }
  return f.target;
}

function toIndicator(row: RawRow, place: ReturnType<typeof placeRows>[number], ctx: IndicatorContext): Indicator {
  const flags = [...row.flags, ...place.flags];
  const doubts: number[] = [];
  const value = (raw: string | undefined): Value | null => {
    if (raw === undefined || cleanText(raw) === '') return null;
    const parsed = parseValue(raw);
    flags.push(...parsed.flags);
    doubts.push(parsed.doubt);
    return parsed.value.kind === 'empty' ? null : parsed.value;
  };
  const number = (raw: string | undefined): number | null => (raw === undefined ? null : parseAmountCell(cleanText(raw)).value);
  const f = row.fields;
  const indicator: Indicator = {
    level1: place.level1,
    level1Weight: place.level1Weight,
    level2: place.level2,
    category: place.category,
    level3: cleanText(f.level3 ?? ''),
    target: value(targetRaw(f)),
    initialTarget: value(f.initialTarget),
    actual: value(f.actual),
    completion: text(f.completion),
    weight: number(f.weight),
    score: number(f.score),
    deviation: text(f.deviation),
    explanation: text(f.explanation),
    confidence: 0,
    flags: [],
    provenance: provenanceOf([row.line]),
  };
  if (indicator.level3 === '') flags.push('level3-missing');
  flags.push(...ocrFlags([row.line]));
  indicator.flags = [...new Set(flags)];
  indicator.confidence = confidenceOf(ctx.base, indicator.flags, doubts, ocrConfidenceOf([row.line]));
  return indicator;
}
