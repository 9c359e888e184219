/**
 * An indicator block printed transposed: one row per column role (一级指标 | 二级指标 | 三级指标 |
 * 指标值 down the side, as a few 县 templates print a small target table) and one column per
 * indicator, 一级/二级 merged across their indicators. Such a block has no header row, so it is
 * turned the usual way round: a header line of the roles and one line per indicator column,
 * which the indicator reader then reads as any text table (labels repeated on every row).
 */
import { INDICATOR_COLUMNS, roleOf, type IndicatorRole } from '../../../pipelines/columns.js';
import { filled, matchKey, type Line } from '../stream.js';

/** Roles a transposed block's rows may have; it needs 三级 names and one value row at least. */
const ROW_ROLES: IndicatorRole[] = ['level1', 'level2', 'level3', 'target', 'initialTarget', 'actual', 'weight', 'score', 'targetUnit'];
const VALUE_ROLES: IndicatorRole[] = ['target', 'initialTarget', 'actual'];
/** Indicators (columns) a transposed block must hold to be read as one. */
const MIN_COLUMNS = 2;

interface RoleRow { line: Line; role: IndicatorRole; col: number }

/** The lines with a transposed block turned round, and where it was; null when there is none. */
export function untranspose(lines: Line[]): { lines: Line[]; at: number; count: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const rows: RoleRow[] = [];
    for (let j = i; j < lines.length; j++) {
      const row = roleRow(lines[j]!);
      if (!row || rows.some((r) => r.role === row.role)) break;
      rows.push(row);
    }
    const names = rows.find((r) => r.role === 'level3');
    if (!names || !rows.some((r) => VALUE_ROLES.includes(r.role))) continue;
    const from = Math.max(...rows.map((r) => r.col)) + 1;
    const columns = columnsOf(names.line, from);
    if (columns.length < MIN_COLUMNS) continue;
    const turned = [headerLine(names.line, rows), ...columns.map((c) => indicatorLine(names.line, rows, c))];
    const out = [...lines.slice(0, i), ...turned, ...lines.slice(i + rows.length)].map((l, k) => ({ ...l, index: k }));
    return { lines: out, at: i, count: columns.length };
  }
  return null;
}

/** A grid line whose first cells name a role (一级指标, 三级指标, 指标值 …) followed by two or more cells. */
function roleRow(line: Line): RoleRow | null {
  if (line.paragraph) return null;
  const cells = filled(line);
  for (const cell of cells.slice(0, 2)) {
    const role = roleOf(cell.key, INDICATOR_COLUMNS);
    if (!role || !ROW_ROLES.includes(role)) continue;
    return cells.filter((c) => c.col > cell.col).length >= MIN_COLUMNS ? { line, role, col: cell.col } : null;
  }
  return null;
}

/** The columns from `from` on where the 三级 row names an indicator. */
function columnsOf(names: Line, from: number): number[] {
  return names.texts.map((t, c) => (c >= from && t.trim() !== '' ? c : -1)).filter((c) => c >= 0);
}

/** What a line shows at a column: its own text, or the text of the merged cell covering it. */
function textAt(line: Line, col: number): string {
  const slot = line.slots?.[col];
  return line.texts[col] || (slot ? slot.cell.text : '');
}

function synthetic(like: Line, texts: string[]): Line {
  return { ...like, paragraph: false, texts, keys: texts.map(matchKey), slots: null, grid: null, gridRow: null, gridIndex: null };
}

function headerLine(like: Line, rows: RoleRow[]): Line {
  return synthetic(like, rows.map((r) => textAt(r.line, r.col)));
}

function indicatorLine(like: Line, rows: RoleRow[], col: number): Line {
  return synthetic(like, rows.map((r) => textAt(r.line, col)));
}
