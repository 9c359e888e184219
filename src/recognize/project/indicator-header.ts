/**
 * Stage "layout:indicator-header": finds the header of the indicator block (one or two
 * printed rows) and turns it into column slots with roles, by meaning: a header cell is
 * matched on its keywords (pipelines/columns.ts), a cell merged down from a group header
 * above lends its text, and a split target column (预期指标值 over 符号 | 值 | 单位) widens the
 * rows below it, so later header columns move right. A header no vocabulary knows becomes a
 * 'note' slot marked unknown: its cells are kept on the record, never glued into a field.
 */
import { INDICATOR_COLUMNS, PERIOD_TARGET, PROJECT_COLUMNS, roleOf, type IndicatorRole, type ProjectColumnRole } from '../../../pipelines/columns.js';
import { matchKey, filled, type Line } from '../stream.js';

/** A value printed over several columns (符号 | 值 | 单位): which part this column holds. */
export type ValuePart = 'comparator' | 'number' | 'unit';
export type ValueRole = 'target' | 'initialTarget' | 'actual';

export interface RoleSlot {
  col: number;
  role: IndicatorRole | 'block';
  /** set when the column holds one part of a split value (role is then target, initialTarget or actual) */
  part?: ValuePart;
  header: string;
  /** no vocabulary matched the header (the role is 'note' until the cells say otherwise) */
  unknown?: boolean;
  /** the role was read from the column's cells, not its header */
  inferred?: boolean;
  /** a unit column printed on its own (计量单位 beside 年度指标值 | 实际完成值): the unit of every value of its row */
  shared?: boolean;
}

export interface ProjectSlot {
  col: number;
  role: ProjectColumnRole;
  header: string;
}

export interface IndicatorHeader {
  /** index in the region's lines of the first header row */
  at: number;
  /** number of header rows (1 or 2) */
  rows: number;
  slots: RoleSlot[];
  /** columns of a table that lists many projects (项目名称, 资金总额, 绩效目标 beside the indicators) */
  projectSlots: ProjectSlot[];
}

const CORE: IndicatorRole[] = ['level1', 'level2', 'level3', 'target', 'actual', 'weight', 'score', 'explanation', 'targetUnit', 'targetComparator'];
const SPLIT: IndicatorRole[] = ['targetComparator', 'targetNumber', 'targetUnit'];
const PART_OF: Partial<Record<IndicatorRole, ValuePart>> = { targetComparator: 'comparator', targetNumber: 'number', targetUnit: 'unit' };

/** A header column naming one part of the target by itself (度量单位, 指标值类型) is that part of the target. */
function slotOf(col: number, role: IndicatorRole, header: string, owner: ValueRole = 'target'): RoleSlot {
  const part = PART_OF[role];
  return part ? { col, role: owner, part, header } : { col, role, header };
}

/** The key a slot's text is kept under: its role, or role:part for a split value. */
export const fieldKey = (slot: Pick<RoleSlot, 'role' | 'part' | 'shared'>): string => (slot.shared ? 'unit' : slot.part ? `${slot.role}:${slot.part}` : slot.role);

interface HeaderCell {
  col: number;
  /** the column after the cell's span; Infinity where the grid has no real spans (text) */
  end: number;
  role: IndicatorRole | null;
  project: ProjectColumnRole | null;
  header: string;
}

/** Header cells of a line: its own cells, and cells merged down over it from a group header row above. */
function cellsOf(line: Line): HeaderCell[] {
  const out: HeaderCell[] = [];
  const seen = new Set<unknown>();
  (line.slots ?? []).forEach((slot, col) => {
    if (!slot || seen.has(slot.cell)) return;
    seen.add(slot.cell);
    const text = slot.anchor ? line.texts[col]! : slot.cell.row < (line.gridRow ?? 0) ? slot.cell.text.replace(/\s+/g, '') : '';
    if (text === '') return;
    const key = matchKey(text);
    out.push({ col, end: line.grid?.spans === 'real' ? slot.cell.col + slot.cell.colSpan : Infinity, role: roleOf(key, INDICATOR_COLUMNS), project: roleOf(key, PROJECT_COLUMNS), header: text });
  });
  if (line.slots === null) for (const c of filled(line)) out.push({ col: c.col, end: Infinity, role: roleOf(c.key, INDICATOR_COLUMNS), project: roleOf(c.key, PROJECT_COLUMNS), header: c.text });
  return out;
}

const VALUE_ROLES: IndicatorRole[] = ['target', 'initialTarget', 'actual'];

/**
 * A 'goal' header (年度目标) names the projects' goal column only in a table that lists projects;
 * beside the 一级/二级/三级 columns of one project's indicators, with no target column, it is the
 * target (湖北: 年度目标 | 实际完成 | 权重 | 自评得分).
 */
function asTargetWithoutProjects(cells: HeaderCell[], above: HeaderCell[], labelled: boolean): void {
  if (!labelled || [...cells, ...above].some((c) => c.project === 'projectName') || cells.some((c) => c.role === 'target')) return;
  const goal = cells.find((c) => c.role === null && c.project === 'goal');
  if (goal) goal.role = 'target';
}

/**
 * A 区域绩效目标表 of a 专项转移支付 prints the targets of the whole period beside the year's
 * (实施期指标值 | 年度指标值): both name a target, but the record's target is the year's; the period's
 * column is kept in otherColumns (a note), never glued onto the year's value (probe round 3).
 */
function periodTargetAsNote(cells: HeaderCell[]): void {
  const targets = cells.filter((c) => c.role === 'target');
  const period = targets.filter((c) => PERIOD_TARGET.test(matchKey(c.header)));
  if (period.length > 0 && period.length < targets.length) for (const c of period) c.role = 'note';
}

/**
 * A header cell of no known role under a group header that spans it is read with the group's
 * name: 年度 | 实施期 under 指标值 are 年度指标值 | 实施期指标值, 本年 under 实际完成值 is 本年实际完成值
 * (a header of three rows; probe round 14).
 */
function withGroupHeaders(cells: HeaderCell[], above: Line): void {
  for (const c of cells) {
    const group = above.slots?.[c.col]?.cell;
    if (c.role !== null || !group || group.colSpan < 2) continue;
    const g = matchKey(group.text), leaf = matchKey(c.header);
    const named = [leaf + g, g + leaf].find((key) => roleOf(key, INDICATOR_COLUMNS) !== null);
    if (named) { c.role = roleOf(named, INDICATOR_COLUMNS); c.header = named; }
  }
}

const isLabel = (c: HeaderCell) => c.role === 'level1' || c.role === 'level2' || c.role === 'level3';
/** A project column of a many-project table; beside 一级/二级/三级 columns "绩效指标" is the block's own label. */
const isProjectCell = (c: HeaderCell, labelled: boolean) => c.role === null && c.project !== null && !(c.project === 'indicatorText' && labelled);

/** The header of an indicator block: three or more indicator columns, among them 三级 or 二级. */
export function isHeaderLine(line: Line): boolean {
  if (line.paragraph) return false;
  const cells = cellsOf(line);
  const core = new Set(cells.filter((c) => c.role && CORE.includes(c.role)).map((c) => c.role));
  if (core.size >= 3 && (core.has('level3') || core.has('level2'))) return true;
  // the plainest target table: 三级指标 (指标名称) | 指标值
  return core.size === 2 && core.has('level3') && (core.has('target') || core.has('actual'));
}

/** The header of a list of projects whose indicators are written as text in one column (项目名称 … 绩效指标). */
function isProjectListHeader(line: Line): boolean {
  if (line.paragraph) return false;
  const cells = cellsOf(line);
  const projects = new Set(cells.map((c) => c.project));
  return projects.has('projectName') && projects.has('indicatorText') && !cells.some(isLabel);
}

export function findIndicatorHeader(lines: Line[], from = 0): IndicatorHeader | null {
  return findHeader(lines, from, isHeaderLine) ?? findHeader(lines, from, isProjectListHeader);
}

function findHeader(lines: Line[], from: number, test: (line: Line) => boolean): IndicatorHeader | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!test(line)) continue;
    const cells = cellsOf(line);
    const next = lines[i + 1];
    const sub = next && !next.paragraph ? cellsOf(next).filter((c) => next.slots === null || next.slots[c.col]?.anchor === true) : [];
    // a sub-header row: the parts of a split value (符号 | 值 | 单位, 年初 | 调整后), or the value
    // columns a group header spans (指标值 over 年度目标值 | 实际完成值)
    const values = new Set(sub.filter((c) => VALUE_ROLES.includes(c.role!)).map((c) => c.role));
    const isSub = sub.length > 0 && sub.every((c) => c.role !== null) &&
      (sub.some((c) => SPLIT.includes(c.role!) || c.role === 'initialTarget') || values.size >= 2);
    // a group header row above (text sources print it as a row of its own) may name the project columns
    const above = i > 0 && !lines[i - 1]!.paragraph ? cellsOf(lines[i - 1]!).filter((c) => !cells.some((h) => h.col === c.col)) : [];
    const labelled = cells.some(isLabel);
    if (i > 0) withGroupHeaders(cells, lines[i - 1]!);
    asTargetWithoutProjects(cells, above, labelled);
    periodTargetAsNote(cells);
    const projectSlots = [...cells, ...above].filter((c) => isProjectCell(c, labelled))
      .map((c) => ({ col: c.col, role: c.project!, header: c.header })).sort((a, b) => a.col - b.col);
    const indicatorCells = cells.filter((c) => !isProjectCell(c, labelled));
    return { at: i, rows: isSub ? 2 : 1, slots: buildSlots(indicatorCells, isSub ? sub : []), projectSlots };
  }
  return null;
}

/** Every header cell's role signature, to recognise a header printed again on a later page. */
export const headerSignature = (line: Line): string =>
  cellsOf(line).map((c) => `${c.role ?? c.project ?? matchKey(c.header)}`).join('|');

function buildSlots(header: HeaderCell[], sub: HeaderCell[]): RoleSlot[] {
  const slots: RoleSlot[] = [];
  if (!header.some(isLabel)) return slots;
  let shift = 0;
  const used = new Set<HeaderCell>();
  const firstLabel = header.find((c) => c.role === 'level1' || c.role === 'level2' || c.role === 'level3');
  if (firstLabel && firstLabel.col > 0) slots.push({ col: 0, role: 'block', header: header[0]?.role === null ? header[0].header : '' });
  header.forEach((cell, k) => {
    if (cell.role === null) {
      if (cell.col === 0 && firstLabel && firstLabel.col > 0) return; // the block label itself
      slots.push({ col: cell.col + shift, role: 'note', header: cell.header, unknown: true });
      return;
    }
    const nextCol = header[k + 1]?.col ?? Infinity;
    const split = VALUE_ROLES.includes(cell.role) ? splitUnder(cell, sub, shift, used) : [];
    if (split.length > 1) {
      for (const s of split) {
        const header = `${cell.header}/${s.header}`;
        slots.push(s.role === null || s.role === 'note' ? { col: s.col, role: 'note', header, unknown: true }
          : SPLIT.includes(s.role) ? slotOf(s.col, s.role, header, cell.role as ValueRole) : { col: s.col, role: s.role, header });
      }
      // Text lost the header's span: the columns after it moved right in the data rows.
      // A grid with real spans already has them in place.
      const lastSplit = Math.max(...split.map((s) => s.col));
      shift = Math.max(shift, lastSplit + 1 - nextCol);
      return;
    }
    const slot = slotOf(cell.col + shift, cell.role, cell.header);
    slots.push(cell.role === 'targetUnit' ? { ...slot, shared: true } : slot);
  });
  return slots;
}

/**
 * The sub-header cells under a value column: the unused ones from its column on (and within
 * its span, where the grid has spans), one of each part (符号, 值, 单位) or the 年初/调整后 pair,
 * up to the first that repeats a part or is no part. A sub-header no vocabulary names as a
 * part (指标方向, 指标属性) is kept among them when a part follows: what it holds is read from
 * its cells (column-inference.ts), and the parts after it stay in their columns.
 */
function splitUnder(cell: HeaderCell, sub: HeaderCell[], shift: number, used: Set<HeaderCell>): HeaderCell[] {
  const out: HeaderCell[] = [];
  for (const s of sub) {
    if (used.has(s) || s.col < cell.col + shift) continue;
    if (s.col >= cell.end) break;
    const isPart = SPLIT.includes(s.role!) || VALUE_ROLES.includes(s.role!);
    const open = s.role === null || s.role === 'note';
    if ((!isPart && !open) || (isPart && out.some((o) => o.role === s.role))) break;
    out.push(s);
  }
  while (out.length > 0 && !isPartCell(out[out.length - 1]!)) out.pop();
  if (out.filter(isPartCell).length === 0) return [];
  if (out.length > 1) for (const s of out) used.add(s);
  return out;
}

const isPartCell = (s: HeaderCell): boolean => SPLIT.includes(s.role!) || VALUE_ROLES.includes(s.role!);
