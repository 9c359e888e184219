/**
 * Indicators written as text in one cell (indicator-text.ts) → contract Indicators: the 一级 and
 * 二级 labels are the item's own (never filled down), the target is the 年度指标值 part, the
 * 实施周期指标值 and other labelled parts are kept in otherColumns. Every record says where its
 * fields came from ('indicators-from-text'), and the provenance is the cell's.
 */
import type { Indicator, Value } from '../../contract/schema.js';
import { categoryOfLevel1, level1Of, level2Of, splitWeight } from '../../../pipelines/hierarchy.js';
import { compactKey } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';
import { confidenceOf } from '../confidence.js';
import { ocrConfidenceOf, ocrFlags } from '../ocr-evidence.js';
import { provenanceOf } from '../provenance.js';
import type { Line } from '../stream.js';
import type { IndicatorTextItem } from './indicator-text.js';
import type { IndicatorContext } from './indicators.js';
import type { CellRef } from '../../contract/schema.js';
import type { FieldCells } from '../cell-ref.js';

/** `source`: the cell the text was read from, given as every field's cell-level provenance. */
export function indicatorsFromText(items: IndicatorTextItem[], lines: Line[], ctx: IndicatorContext, source: CellRef[] = []): Indicator[] {
  const provenance = provenanceOf(lines);
  return items.filter((item) => item.level3 !== '' || item.target !== null).map((item) => {
    const flags = ['indicators-from-text'];
    const doubts: number[] = [];
    const level1Name = item.level1 ? level1Of(compactKey(item.level1)) : null;
    const level2Entry = item.level2 ? level2Of(compactKey(item.level2)) : null;
    let level1: string | null = level1Name ?? (item.level1 ? splitWeight(compactKey(item.level1)).name : null);
    if (level2Entry && level1Name && level2Entry.parent !== level1Name) {
      level1 = level2Entry.parent;
      flags.push('level1-corrected');
    } else if (!level1 && level2Entry) {
      level1 = level2Entry.parent;
      flags.push('level1-inferred');
    }
    let target: Value | null = null;
    if (item.target !== null) {
      const parsed = parseValue(item.target);
      flags.push(...parsed.flags);
      doubts.push(parsed.doubt);
      target = parsed.value.kind === 'empty' ? null : parsed.value;
    }
    if (item.level3 === '') flags.push('level3-missing');
    const other = [
      ...(item.cycleTarget !== null ? [{ header: '实施周期指标值', text: item.cycleTarget }] : []),
      ...item.other.map((o) => ({ header: o.label, text: o.text })),
    ];
    flags.push(...ocrFlags(lines));
    const unique = [...new Set(flags)];
    return {
      level1,
      level1Weight: item.level1 ? splitWeight(compactKey(item.level1)).weight : null,
      level2: item.level2,
      category: level2Entry?.category ?? (level1 ? categoryOfLevel1(level1) : 'other'),
      level3: item.level3,
      target, initialTarget: null, actual: null, completion: null, weight: null, score: null,
      deviation: null, explanation: null, otherColumns: other,
      confidence: confidenceOf(ctx.base, unique, doubts, ocrConfidenceOf(lines)),
      flags: unique,
      provenance: { ...provenance, cells: textCells(source, item.level3 !== '', target !== null) },
    };
  });
}

/** Every field of an indicator written as text was read from the one cell that holds the text. */
function textCells(source: CellRef[], level3: boolean, target: boolean): FieldCells {
  if (source.length === 0) return {};
  return { ...(level3 ? { level3: source } : {}), ...(target ? { target: source } : {}) };
}
