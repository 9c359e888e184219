/**
 * What a cell of the indicator block can be, judged from its text alone, and how well
 * each kind fits each column role. These costs drive the row re-alignment (align.ts).
 */
import { level1Of, level2Of, splitJoinedLabels, splitLabelRun } from '../../../pipelines/hierarchy.js';
import type { IndicatorRole } from '../../../pipelines/columns.js';
import { BLOCK_LABEL } from '../../../pipelines/blocks.js';
import { COMPARATOR_CELL, QUALITATIVE_MARK, UNIT_CELL } from '../../../pipelines/cells.js';
import { parseNumber } from '../../normalize/number.js';
import { isPlaceholder } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';

/** joined: a 一级 and its 二级 in one cell (产出指标-数量指标) */
export type CellKind = 'l1' | 'l2' | 'l1l2' | 'joined' | 'l2run' | 'block' | 'num' | 'cmp' | 'mark' | 'unit' | 'value' | 'short' | 'text' | 'long' | 'placeholder';

const COMPARATOR_ONLY = COMPARATOR_CELL;

export function cellKind(key: string): CellKind {
  if (isPlaceholder(key)) return 'placeholder';
  const l1 = level1Of(key) !== null;
  const l2 = level2Of(key) !== null;
  if (l1 && l2) return 'l1l2';
  if (!l1 && !l2 && splitJoinedLabels(key)) return 'joined';
  if (l1) return 'l1';
  if (l2) return 'l2';
  // a 二级 label cut by a wrap in a narrow column: "服务对象满意度指" over "标" (both parts)
  if (key === '标' || (key.length >= 4 && (level2Of(`${key}标`) !== null || level2Of(`${key}指标`) !== null))) return 'l2';
  if (splitLabelRun(key)) return 'l2run';
  // the lines of a label wrapped in its merged cell: a 一级's weight "（50分）", a 二级's tail "意度指标"
  if (/^\(\d+(\.\d+)?分?\)$/.test(key)) return 'l1';
  if (key.length <= 6 && /指标$/.test(key) && !BLOCK_LABEL.test(key)) return 'l2';
  if (BLOCK_LABEL.test(key)) return 'block';
  if (COMPARATOR_ONLY.test(key)) return 'cmp';
  if (QUALITATIVE_MARK.test(key)) return 'mark';
  if (UNIT_CELL.test(key)) return 'unit';
  if (parseNumber(key) !== null) return 'num';
  const parsed = parseValue(key).value;
  if ((parsed.kind === 'numeric' && (parsed.comparator !== null || parsed.unit !== null)) || parsed.kind === 'date') return 'value';
  if (key.length > 16) return 'long';
  return key.length <= 8 ? 'short' : 'text';
}

type CostTable = Partial<Record<CellKind, number>>;
const FALLBACK = 6;

const LABEL1: CostTable = { l1: 0, l1l2: 0, joined: 0, l2: 1.5, block: 3, short: 3.5, text: 4 };
const LABEL2: CostTable = { l2: 0, l1l2: 0, joined: 0, l2run: 0, l1: 1.5, short: 3, text: 3.5, block: 1 }; // block: the "指标" tail of a wrapped 二级
const NAME: CostTable = { text: 0, short: 0.2, mark: 2, long: 0.3, value: 1.6, l2: 1.4, l1l2: 1.6, l1: 2.2, joined: 2.2, block: 2.5, num: 4 };
const VALUE: CostTable = { value: 0, num: 0.3, short: 0.7, mark: 1.5, placeholder: 0.3, text: 1.0, long: 2.5, cmp: 3, l1: 4, l2: 4, l1l2: 4 };
const NUMBER: CostTable = { num: 0, placeholder: 0.2, value: 0.8 };
const PROSE: CostTable = { text: 0, long: 0, short: 0.3, placeholder: 0.2, value: 1.6, num: 1.8, l1: 4, l2: 4 };
const COMPLETION: CostTable = { value: 0.2, short: 0.2, text: 0.4, num: 0.6, placeholder: 0.2 };

const ROLE_COSTS: Record<IndicatorRole | 'block', CostTable> = {
  block: { block: 0, short: 2.5, text: 3, l1: 4, l2: 4.5, l1l2: 4 },
  level1: LABEL1,
  level2: LABEL2,
  level3: NAME,
  target: VALUE,
  initialTarget: VALUE,
  actual: VALUE,
  targetComparator: { cmp: 0, mark: 0, placeholder: 0.5 },
  // A qualitative target is written in the number column of a split target (定性 | 总体提升 | ).
  targetNumber: { num: 0, placeholder: 0.5, value: 0.8, short: 0.8, text: 1.2, unit: 3 },
  // a printed unit fits best; any other short word ("每年") may still be one
  targetUnit: { unit: 0, short: 0.6, value: 0.8, text: 0.8, placeholder: 0.5, mark: 2 },
  weight: NUMBER,
  score: NUMBER,
  completion: COMPLETION,
  deviation: PROSE,
  explanation: PROSE,
  note: { text: 0.3, long: 0.3, short: 0.3, placeholder: 0.2, value: 1.2, num: 1, cmp: 1.5, l1: 4, l2: 4, l1l2: 4 },
};

/** A unit word is a short cell to every role that does not price it on its own. */
export function fitCost(kind: CellKind, role: IndicatorRole | 'block'): number {
  const costs = ROLE_COSTS[role];
  return costs[kind] ?? (kind === 'unit' ? costs.short : undefined) ?? FALLBACK;
}
