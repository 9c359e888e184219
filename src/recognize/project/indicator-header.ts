/**
 * Stage "layout:indicator-header": finds the header of the indicator block (one or two
 * printed rows) and turns it into column slots with roles. A split target column
 * (预期指标值 over 符号 | 值 | 单位) widens the rows below it, so later header columns move right.
 */
import { INDICATOR_COLUMNS, roleOf, type IndicatorRole } from '../../../pipelines/columns.js';
import { filled, type Line } from '../stream.js';

export interface RoleSlot {
  col: number;
  role: IndicatorRole | 'block';
  header: string;
}

export interface IndicatorHeader {
  /** index in the region's lines of the first header row */
  at: number;
  /** number of header rows (1 or 2) */
  rows: number;
  slots: RoleSlot[];
}

const CORE: IndicatorRole[] = ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'explanation'];
const SPLIT: IndicatorRole[] = ['targetComparator', 'targetNumber', 'targetUnit'];

function rolesOf(line: Line): { col: number; role: IndicatorRole | null; header: string }[] {
  return filled(line).map((c) => ({ col: c.col, role: roleOf(c.key, INDICATOR_COLUMNS), header: c.text }));
}

export function findIndicatorHeader(lines: Line[], from = 0): IndicatorHeader | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.paragraph) continue;
    const cells = rolesOf(line);
    const core = new Set(cells.filter((c) => c.role && CORE.includes(c.role)).map((c) => c.role));
    if (core.size < 3 || !(core.has('level3') || core.has('level2'))) continue;
    const next = lines[i + 1];
    const sub = next && !next.paragraph ? rolesOf(next) : [];
    const isSub = sub.length > 0 && sub.every((c) => c.role !== null) && sub.some((c) => SPLIT.includes(c.role!) || c.role === 'initialTarget');
    return { at: i, rows: isSub ? 2 : 1, slots: buildSlots(cells, isSub ? sub : []) };
  }
  return null;
}

function buildSlots(header: ReturnType<typeof rolesOf>, sub: ReturnType<typeof rolesOf>): RoleSlot[] {
  const slots: RoleSlot[] = [];
  let shift = 0;
  const firstLabel = header.find((c) => c.role === 'level1' || c.role === 'level2' || c.role === 'level3');
  if (firstLabel && firstLabel.col > 0) slots.push({ col: 0, role: 'block', header: header[0]?.role === null ? header[0].header : '' });
  header.forEach((cell, k) => {
    if (cell.role === null) {
      if (cell.col === 0 && firstLabel && firstLabel.col > 0) return; // the block label itself
      slots.push({ col: cell.col + shift, role: 'explanation', header: cell.header });
      return;
    }
    const nextCol = header[k + 1]?.col ?? Infinity;
    const under = sub.filter((s) => s.col >= cell.col + shift && s.col < nextCol + shift + sub.length);
    const split = under.filter((s) => SPLIT.includes(s.role!) || s.role === 'initialTarget' || s.role === 'target');
    if (split.length > 1 && (cell.role === 'target' || cell.role === 'initialTarget')) {
      for (const s of split) slots.push({ col: s.col, role: s.role!, header: `${cell.header}/${s.header}` });
      // Text lost the header's span: the columns after it moved right in the data rows.
      // A grid with real spans already has them in place.
      const lastSplit = Math.max(...split.map((s) => s.col));
      shift = Math.max(shift, lastSplit + 1 - nextCol);
      return;
    }
    slots.push({ col: cell.col + shift, role: cell.role, header: cell.header });
  });
  return slots;
}
