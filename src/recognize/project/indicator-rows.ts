/**
 * Stage "layout:indicator-rows": reads each row of the indicator block into role → text,
 * re-aligning rows whose cells shifted (text sources) and reading merged labels from
 * their spans (DOCX, ruled PDF).
 */
import { align, literalCost, slotUnder, type AlignCosts } from '../align.js';
import { addCells, refsAt, type FieldCells } from '../cell-ref.js';
import { FIRST_ORDINAL, level2Of, splitJoinedLabels } from '../../../pipelines/hierarchy.js';
import { compactKey } from '../../normalize/text.js';
import { filled, type Line } from '../stream.js';
import { cellKind, fitCost, type CellKind } from './cell-kind.js';
import { fieldKey, type RoleSlot } from './indicator-header.js';

/** Cell texts by field key: a role, or role:part for a value split over columns (see fieldKey). */
export type Fields = Partial<Record<string, string>>;

export interface RawRow {
  line: Line;
  fields: Fields;
  /** labels printed in this row (text) or covering it through a span (real geometry) */
  level1: string | null;
  level2: string | null;
  /** level-2 labels glued together by OCR ("数量指标质量指标时效指标") */
  level2Run: string[] | null;
  labelsFromSpan: boolean;
  /** cells of columns the contract has no field for (评分标准, 备注, an unknown header) */
  other: { header: string; text: string }[];
  flags: string[];
  /** the source cells of each field key (and of level1/level2 when printed on this row) */
  cells: FieldCells;
  /** a 二级 name printed at the end of this row in a prose column: the label of the block below (row-repair) */
  gluedLevel2?: string;
  /** a label of this row wrapped onto the next line of its merged cell: that line (row-repair rejoinWrappedLabels) */
  labelWrappedOnto?: Partial<Record<'level1' | 'level2', Line>>;
}

interface Item {
  col: number;
  text: string;
  key: string;
  kind: CellKind;
}

const COSTS: AlignCosts<Item, RoleSlot> = {
  fit: (item, slot) => fitCost(item.kind, costRole(slot)),
  skip: (item) => (item.kind === 'placeholder' ? 0.5 : 6),
  perColumn: 0.45,
};

/**
 * A row printed without any empty cell, fewer cells than columns (a web page copied as text, a
 * text layer that drops the empty merged cells): its cells kept their order but not their
 * columns, and they moved together — one move for the run, not one per cell. A row that keeps
 * its empty cells keeps its columns.
 */
const COMPACT_COSTS: AlignCosts<Item, RoleSlot> = { ...COSTS, movesTogether: true };
function isCompact(line: Line, items: Item[], slots: RoleSlot[]): boolean {
  let end = line.texts.length;
  while (end > 0 && line.texts[end - 1] === '') end--; // trailing empty cells say nothing
  return items.length < slots.length && line.texts.slice(0, end).every((t) => t !== '');
}

const PART_ROLE = { comparator: 'targetComparator', number: 'targetNumber', unit: 'targetUnit' } as const;
const costRole = (slot: RoleSlot) => (slot.part ? PART_ROLE[slot.part] : slot.role);

/** Re-alignment must beat the printed positions by this much to be believed. */
const SHIFT_MARGIN = 0.8;

export function readRow(line: Line, slots: RoleSlot[]): RawRow {
  if (line.grid?.spans === 'real') return readSpannedRow(line, slots);
  const items: Item[] = filled(line).map((c) => ({ ...c, kind: cellKind(c.key) }));
  const literal = literalCost(items, slots, COSTS);
  const best = align(items, slots, isCompact(line, items, slots) ? COMPACT_COSTS : COSTS);
  const shifted = best.cost < literal.cost - SHIFT_MARGIN;
  const slotOf = shifted ? best.slotOf : literal.slotOf;
  const row = emptyRow(line);
  if (shifted && items.some((it, k) => it.kind !== 'placeholder' && slotOf[k] !== -1 && slotOf[k] !== slotUnder(slots, it.col))) {
    row.flags.push('cells-shifted');
  }
  items.forEach((item, k) => {
    const slot = slots[slotOf[k]!];
    if (!slot) {
      if (item.kind !== 'placeholder') row.flags.push('cell-unplaced');
      return;
    }
    place(row, slot, item.text, item.kind, item.col);
  });
  return row;
}

function readSpannedRow(line: Line, slots: RoleSlot[]): RawRow {
  const row = emptyRow(line);
  row.labelsFromSpan = true;
  for (const slot of slots) {
    const dense = line.slots?.[slot.col];
    if (!dense) continue;
    // one label cell across the 一级 and 二级 columns (满意度指标 with its 三级 directly): a 一级 only
    if (slot.role === 'level2' && slots.some((o) => o.role === 'level1' && line.slots?.[o.col]?.cell === dense.cell)) continue;
    const text = line.texts[slot.col] || (slot.role === 'level1' || slot.role === 'level2' ? dense.cell.text.replace(/\s+/g, '') : '');
    if (text === '') continue;
    place(row, slot, text, cellKind(text.replace(/\s+/g, '')), slot.col);
  }
  return row;
}

function emptyRow(line: Line): RawRow {
  return { line, fields: {}, level1: null, level2: null, level2Run: null, labelsFromSpan: false, other: [], flags: [], cells: {} };
}

function place(row: RawRow, slot: RoleSlot, text: string, kind: CellKind, col: number): void {
  const role = slot.role;
  if (role === 'block') return;
  if (slot.inferred) row.flags.push('column-role-inferred');
  // a 二级 name at the end of a row, in a column of prose or notes: the next block's label, glued
  // onto the row above its block by a skewed scan (row-repair moveGluedLabels)
  if ((role === 'note' || role === 'deviation' || role === 'explanation' || role === 'completion') && kind === 'l2' && level2Of(compactKey(text)) !== null) {
    row.gluedLevel2 = text;
    return;
  }
  if (role === 'note') {
    row.other.push({ header: slot.header, text });
    // a value in a column nobody understood may be the field this record lacks
    if (slot.unknown) row.flags.push(kind === 'value' || kind === 'num' ? 'unmapped-value' : 'unmapped-column');
    return;
  }
  if (role === 'level1' || role === 'level2') {
    if (kind === 'l2run') {
      row.level2Run = text.replace(/\s+/g, '').match(/[^指标]+?指标/g) ?? null;
      return;
    }
    const joined = kind === 'joined' ? splitJoinedLabels(compactKey(text)) : null;
    if (joined) {
      Object.assign(row, joined);
      row.cells.level1 = row.cells.level2 = refsAt(row.line, [col]);
      return;
    }
    // A known label in the other label column is still the label it reads as (hierarchy.ts
    // decides); an unknown one ("社会公众满意度", an OCR half "社会公众或") is its column's.
    // A name both levels know (满意度指标, 成本指标) is its column's, unless it is numbered as a 一级 (三、满意度指标).
    const label = kind === 'l2' ? 'level2' : kind === 'l1' ? 'level1' : kind === 'l1l2' && FIRST_ORDINAL.test(compactKey(text)) ? 'level1' : role;
    row[label] = text;
    row.cells[label] = refsAt(row.line, [col]);
    return;
  }
  const key = fieldKey(slot);
  const prev = row.fields[key];
  row.fields[key] = prev ? `${prev}${text}` : text;
  addCells(row.cells, key, refsAt(row.line, [col]));
}
