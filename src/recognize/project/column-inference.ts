/**
 * Stage "layout:column-roles": a column whose header the vocabulary does not know (or knows only
 * as a note, such as 备注) is given a role from its cells when they leave no doubt: comparators
 * alone (≥ = 定性) → the target's comparator, units alone → its unit, small plain numbers adding
 * up like weights → the weight; 一级/二级 names (产出指标-数量指标 joined in one cell) → the labels,
 * whatever the header says (指标类型 names a comparator column in some templates and the
 * hierarchy in others). Columns still unknown are named in a diagnostic. Both are said.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { COMPARATOR_CELL, QUALITATIVE_MARK, UNIT_CELL } from '../../../pipelines/cells.js';
import { parseNumber } from '../../normalize/number.js';
import { compactKey, isPlaceholder } from '../../normalize/text.js';
import { parseValue } from '../../normalize/value.js';
import type { Line } from '../stream.js';
import { cellKind } from './cell-kind.js';
import type { RoleSlot } from './indicator-header.js';

type Test = (key: string) => boolean;
const isComparator: Test = (k) => COMPARATOR_CELL.test(k) || QUALITATIVE_MARK.test(k);
const isUnit: Test = (k) => UNIT_CELL.test(k);
const isWeight: Test = (k) => { const n = parseNumber(k); return n !== null && n >= 0 && n <= 100 && /^\d+(\.\d+)?$/.test(k); };
const isLabel: Test = (k) => ['l1', 'l2', 'l1l2', 'joined'].includes(cellKind(k));
const isValue: Test = (k) => { const v = parseValue(k).value; return v.kind === 'numeric' && (v.comparator !== null || v.unit !== null); };

/** Share of a column's filled cells passing a test, and how many there are. */
function share(lines: Line[], col: number, test: Test): { share: number; n: number; keys: string[] } {
  const keys = lines.map((l) => compactKey(l.texts[col] ?? '')).filter((k) => k !== '' && !isPlaceholder(k));
  return { share: keys.length === 0 ? 0 : keys.filter(test).length / keys.length, n: keys.length, keys };
}

export function inferColumnRoles(slots: RoleSlot[], lines: Line[], diagnostics: Diagnostic[]): RoleSlot[] {
  const has = (role: RoleSlot['role'], part?: RoleSlot['part']) => slots.some((s) => s.role === role && s.part === part);
  const labelled = has('level1') || has('level2');
  const out = slots.map((slot): RoleSlot => {
    const comparatorHeader = slot.role === 'target' && slot.part === 'comparator';
    if (slot.role !== 'note' && !comparatorHeader) return slot;
    const labels = share(lines, slot.col, isLabel);
    if (!labelled && labels.share >= 0.8 && labels.n >= 2) return said({ ...slot, role: 'level1', part: undefined, inferred: true }, 'the 一级/二级 labels');
    if (comparatorHeader) return slot;
    const weights = share(lines, slot.col, isWeight);
    const sum = weights.keys.reduce((a, k) => a + (parseNumber(k) ?? 0), 0);
    const guess: Pick<RoleSlot, 'role' | 'part' | 'shared'> | null =
      share(lines, slot.col, isComparator).share === 1 && !has('target', 'comparator') ? { role: 'target', part: 'comparator' }
      : share(lines, slot.col, isUnit).share === 1 && !has('target', 'unit') ? { role: 'target', part: 'unit', shared: true }
      : weights.share === 1 && weights.n >= 2 && sum >= 20 && sum <= 100.5 && !has('weight') ? { role: 'weight' }
      : slot.unknown && share(lines, slot.col, isValue).share >= 0.8 && !has('target') ? { role: 'target' }
      : null;
    if (guess === null) return slot;
    return said({ ...slot, ...guess, inferred: true }, guess.part ? `the target's ${guess.part}` : guess.role);
  });
  function said(slot: RoleSlot, name: string): RoleSlot {
    diagnostics.push(diag('info', 'layout:column-role-inferred', `column "${slot.header}" read as ${name} from its cells`, lines[0]?.page ?? null));
    return slot;
  }
  for (const slot of out) {
    if (slot.role === 'note' && slot.unknown) {
      diagnostics.push(diag('warning', 'layout:unknown-column', `column "${slot.header}" has no known role; its cells are kept in otherColumns`, lines[0]?.page ?? null));
    }
  }
  return out;
}
