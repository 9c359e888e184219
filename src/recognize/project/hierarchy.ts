/**
 * Stage "layout:fill-down": gives every 三级 row its 一级 and 二级 group. Merged label
 * cells are printed once per block, on its first, middle or last row (or, after OCR,
 * glued together on one line); the block boundaries between two printed labels are
 * placed where the rows' own meaning (their names and units) fits best, with the
 * usual label position as a tie-breaker. Where the printed 一级 contradicts the 二级
 * name, the 二级 wins (spec/output-contract.md) and the row is flagged.
 */
import type { Category } from '../../contract/schema.js';
import { categoryHints, categoryOfLevel1, LEVEL2_STEM, level1Of, level2Of, splitWeight } from '../../../pipelines/hierarchy.js';
import { compactKey } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';
import type { RawRow } from './indicator-rows.js';

export interface Placed {
  level1: string | null;
  level1Weight: number | null;
  level2: string | null;
  category: Category;
  flags: string[];
}

interface Label {
  text: string;
  /** row index the label was printed on; null when its position is unknown (glued OCR labels) */
  anchor: number | null;
}

type Affinity = (row: number, label: Label) => number;

/**
 * Where merged labels sit in their block. Text layers of Word/WPS PDFs print them on the
 * first row; OCR and some extractors on the middle row, where the rows' meaning must decide.
 */
export interface LabelStyle {
  centred: boolean;
  /** penalty per row between the label and its expected place in the block */
  perRow: number;
  /** weight of the rows' meaning (names, units) */
  meaning: number;
}

export function labelStyle(rows: RawRow[], ocr: boolean): LabelStyle {
  if (ocr) return { centred: true, perRow: 0.05, meaning: 1 };
  const first = rows[0];
  const topAligned = !!first && (first.labelsFromSpan || first.level1 !== null || first.level2 !== null);
  return topAligned ? { centred: false, perRow: 0.5, meaning: 0.25 } : { centred: true, perRow: 0.1, meaning: 1 };
}

/** Splits rows 0..n-1 into one contiguous block per label, in order, maximising affinity. */
export function segmentBlocks(n: number, labels: Label[], affinity: Affinity, style: LabelStyle): number[] {
  const k = labels.length;
  const owner = new Array<number>(n).fill(-1);
  if (k === 0 || n === 0) return owner;
  // best[j][s]: best score for labels j..k-1 covering rows s..n-1
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const cut: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(n));
  best[k]![n] = 0;
  for (let j = k - 1; j >= 0; j--) {
    const label = labels[j]!;
    for (let s = 0; s <= n; s++) {
      let gain = 0;
      for (let e = s; e <= n; e++) {
        if (e > s) gain += style.meaning * affinity(e - 1, label);
        const rest = best[j + 1]![e]!;
        if (rest === -Infinity) continue;
        if (label.anchor !== null && !(s <= label.anchor && label.anchor < e)) continue;
        if (j === k - 1 && e !== n) continue;
        const score = gain + rest - positionPenalty(label, s, e, style);
        if (score > best[j]![s]!) {
          best[j]![s] = score;
          cut[j]![s] = e;
        }
      }
    }
  }
  let s = 0;
  for (let j = 0; j < k; j++) {
    const e = cut[j]![s]!;
    for (let r = s; r < e; r++) owner[r] = j;
    s = e;
  }
  return owner;
}

function positionPenalty(label: Label, s: number, e: number, style: LabelStyle): number {
  if (e === s) return label.anchor === null ? 0.3 : 0;
  if (label.anchor === null) return 0;
  const offset = style.centred ? Math.abs(label.anchor - (s + e - 1) / 2) : label.anchor - s;
  return style.perRow * offset;
}

/**
 * 成本指标 is a 一级 group in newer templates and a 二级 group under 产出指标 in older ones:
 * printed in the 一级 column below a printed 产出指标, it is the 二级 label.
 */
function demoteCostLabels(rows: RawRow[]): void {
  let seenOutput = false;
  for (const row of rows) {
    const key = row.level1 === null ? null : compactKey(row.level1);
    if (key && level1Of(key) === '产出指标') seenOutput = true;
    if (key && row.level2 === null && seenOutput && splitWeight(key).weight === null && level1Of(key) === '成本指标') {
      row.level2 = row.level1;
      row.level1 = null;
    }
  }
}

/**
 * Row i sits at the edge of its block, and the boundary there was chosen among several rows
 * (the two labels were printed more than one row apart): which label it belongs to is a guess.
 */
function boundaryChosen(owner: number[], labels: Label[], i: number): boolean {
  const j = owner[i]!;
  const across = owner[i - 1] !== j ? owner[i - 1] : owner[i + 1] !== j ? owner[i + 1] : undefined;
  if (across === undefined || across < 0) return false;
  const [a, b] = [labels[j]!.anchor, labels[across]!.anchor];
  return a === null || b === null || Math.abs(a - b) > 1;
}

export function placeRows(rows: RawRow[], ocr: boolean, hasLevel2Column = true): Placed[] {
  const n = rows.length;
  // with no 二级 column, a 成本指标 in the one label column is a 一级 of its own
  if (hasLevel2Column) demoteCostLabels(rows);
  const style = labelStyle(rows, ocr);
  const hints = rows.map((r) => {
    const v = parseValue(r.fields.target ?? r.fields.actual ?? '').value;
    return categoryHints(compactKey(r.fields.level3 ?? ''), v.unit, v.kind === 'date');
  });

  // a label wrapped over two rows that both stay rows is printed between them: its block is centred there
  const anchorOf = (r: RawRow, i: number, level: 'level1' | 'level2') => (rows[i + 1] !== undefined && r.labelWrappedOnto?.[level] === rows[i + 1]!.line ? i + 0.5 : i);
  const level2Labels: Label[] = [];
  rows.forEach((r, i) => {
    if (r.level2Run) for (const text of r.level2Run) level2Labels.push({ text, anchor: null });
    if (r.level2 !== null) level2Labels.push({ text: r.level2, anchor: anchorOf(r, i, 'level2') });
  });
  const l2Owner = segmentBlocks(n, level2Labels, (row, label) => {
    const category = level2Of(compactKey(label.text))?.category;
    return category ? (hints[row]!.get(category) ?? 0) : 0;
  }, style);
  const parents = l2Owner.map((j) => (j >= 0 ? level2Labels[j]!.text : null)).map((t) => (t ? level2Of(compactKey(t))?.parent ?? null : null));

  const level1Labels: Label[] = [];
  rows.forEach((r, i) => {
    if (r.level1 !== null) level1Labels.push({ text: r.level1, anchor: anchorOf(r, i, 'level1') });
  });
  const l1Owner = segmentBlocks(n, level1Labels, (row, label) => {
    const parent = parents[row];
    const printed = level1Of(compactKey(label.text));
    if (!parent || !printed) return 0;
    return parent === printed ? 1 : -1;
  }, style);

  const weights = new Map<string, number>();
  for (const label of level1Labels) {
    const { weight } = splitWeight(compactKey(label.text));
    const canonical = level1Of(compactKey(label.text));
    if (canonical && weight !== null) weights.set(canonical, weight);
  }

  return rows.map((row, i) => {
    const flags: string[] = [];
    const printed = l1Owner[i]! >= 0 ? level1Labels[l1Owner[i]!]! : null;
    const printedKey = printed ? compactKey(printed.text) : null;
    const canonical = printedKey ? level1Of(printedKey) : null;
    // a 二级 filled down from above onto the row that prints its own 一级, of another parent, is
    // another group's (预算执行率 | 预算执行率 | 〔no 二级〕 after the 满意度 rows): this row has none
    const filled = l2Owner[i]! >= 0 ? level2Labels[l2Owner[i]!]! : null;
    const crossed = printed?.anchor === i && filled?.anchor != null && filled.anchor < i && canonical !== null &&
      level2Of(compactKey(filled.text))?.parent !== canonical;
    const l2 = crossed ? null : filled;
    const parent = l2 ? parents[i] ?? null : null;
    let level1: string;
    if (parent && canonical && parent !== canonical) {
      level1 = parent;
      flags.push('level1-corrected');
    } else if (canonical) {
      level1 = canonical;
    } else if (parent) {
      level1 = parent;
      flags.push('level1-inferred');
    } else {
      level1 = printedKey ? splitWeight(printedKey).name : '';
      if (!printedKey) flags.push('level1-missing');
    }
    // a label from another row is filled down, unless a merged cell of the grid covers this row
    // too (a real span); a row no span covers that still gets a label is filled, and says so
    const spanned1 = row.labelsFromSpan && row.level1 !== null, spanned2 = row.labelsFromSpan && row.level2 !== null;
    if (printed && printed.anchor !== i && !spanned1 && !flags.includes('level1-corrected')) flags.push('level1-filled');
    if (l2 && l2.anchor !== i && !spanned2) flags.push(l2.anchor === null ? 'level2-inferred' : 'level2-filled');
    if (style.centred && !row.labelsFromSpan && l2 && l2.anchor !== null && l2.anchor !== i && boundaryChosen(l2Owner, level2Labels, i)) flags.push('label-boundary-guessed');
    const level2Text = l2 ? splitWeight(compactKey(l2.text)).name : null;
    const entry = level2Text ? level2Of(level2Text) : null;
    // a 二级 name with no word of any known one: more likely a label read garbled than a regional name
    if (level2Text && !entry && !LEVEL2_STEM.test(level2Text)) flags.push('level2-unknown');
    return {
      level1,
      level1Weight: weights.get(level1) ?? null,
      level2: level2Text,
      category: entry?.category ?? categoryOfLevel1(level1),
      flags,
    };
  });
}
