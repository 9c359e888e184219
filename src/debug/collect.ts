/**
 * Turns what a stage holds into debug data (sink.ts), without touching it: a page's rulings
 * and laid-out blocks (page space: points, top-left origin) into rulings, cells and table
 * regions; the recognizer's column slots into each column's box and role. Lattices are found
 * again from the rulings (findLattices is pure) so that empty cells, which carry no grid
 * cell, are drawn too.
 */
import type { IndicatorHeader, RoleSlot } from '../recognize/project/indicator-header.js';
import { cellRef } from '../recognize/cell-ref.js';
import type { Line } from '../recognize/stream.js';
import type { Box } from '../ingest/pdf/geometry.js';
import { findLattices } from '../ingest/pdf/lattice.js';
import type { Ruling } from '../ingest/pdf/page-graphics.js';
import type { PageBlock } from '../ingest/pdf/page-layout.js';
import type { Box4, DebugColumn, DebugPage, DebugRegion } from './sink.js';

export interface PageSpace {
  page: number;
  /** page size in points */
  widthPt: number;
  heightPt: number;
  /** the page's unit: points (PDF pages) or pixels at `dpi` (image pages) */
  unit: 'pt' | 'px';
  dpi?: number;
  ocr: boolean;
}

/** One page's rulings and blocks, in page space, as debug data in the page's own unit. */
export function debugPageOf(space: PageSpace, rulings: Ruling[], blocks: PageBlock[]): DebugPage {
  const k = space.unit === 'px' ? (space.dpi ?? 72) / 72 : 1;
  const scaled = (b: Box): Box4 => [b.x0 * k, b.y0 * k, b.x1 * k, b.y1 * k];
  const { lattices, partial } = findLattices(rulings);
  const regions: DebugRegion[] = [
    ...lattices.map((l) => ({ box: scaled(l.box), kind: 'lattice' as const })),
    ...partial.map((box) => ({ box: scaled(box), kind: 'partial' as const })),
    ...blocks.flatMap((b) => (b.kind === 'table' && b.table.grid.spans === 'none' ? [{ box: scaled(b.table.box), kind: 'whitespace' as const }] : [])),
  ];
  return {
    page: space.page, unit: space.unit, ocr: space.ocr,
    size: [space.widthPt * k, space.heightPt * k],
    rulings: rulings.map((r) => ({ axis: r.axis, pos: r.pos * k, from: r.from * k, to: r.to * k })),
    cells: lattices.flatMap((l) => l.cells.map((c) => scaled(c.box))),
    regions,
  };
}

/** A column as the recognizer reads it: its role, or the role of a project column, or none. */
interface ColumnRole {
  col: number;
  role: string;
  header: string;
  inferred: boolean;
}

function rolesOf(slots: RoleSlot[], header: IndicatorHeader): ColumnRole[] {
  const out: ColumnRole[] = slots.map((s) => ({
    col: s.col, role: (s.part ? `${s.role}:${s.part}` : s.role) + (s.unknown && s.role === 'note' ? '?' : ''),
    header: s.header, inferred: s.inferred === true,
  }));
  for (const p of header.projectSlots) if (!out.some((o) => o.col === p.col)) out.push({ col: p.col, role: `project:${p.role}`, header: p.header, inferred: false });
  return out;
}

/**
 * The box of every column of an indicator block on each page it spans, with its role; grid
 * columns no slot reads are 'unmapped'. A column's box is the union of its cells one column
 * wide (a cell merged across columns would widen it), or of all its cells when none is.
 */
export function debugColumnsOf(slots: RoleSlot[], header: IndicatorHeader, lines: Line[]): DebugColumn[] {
  const grid = lines.filter((l) => !l.paragraph && l.slots !== null);
  const width = Math.max(0, ...grid.map((l) => l.texts.length));
  const roles = rolesOf(slots, header);
  for (let col = 0; col < width; col++) {
    if (!roles.some((r) => r.col === col) && grid.some((l) => (l.texts[col] ?? '') !== '')) roles.push({ col, role: 'unmapped', header: '', inferred: false });
  }
  return roles.flatMap((role) => columnBoxes(role, grid));
}

function columnBoxes(role: ColumnRole, lines: Line[]): DebugColumn[] {
  const byPage = new Map<number, { unit: 'pt' | 'px'; narrow: Box4[]; all: Box4[] }>();
  for (const line of lines) {
    const slot = line.slots?.[role.col];
    if (!slot) continue;
    const ref = cellRef(slot.cell, line);
    if (ref.page === null || ref.box === null || ref.unit === null) continue;
    const entry = byPage.get(ref.page) ?? { unit: ref.unit, narrow: [], all: [] };
    entry.all.push(ref.box);
    if (slot.cell.colSpan === 1) entry.narrow.push(ref.box);
    byPage.set(ref.page, entry);
  }
  return [...byPage].map(([page, e]) => ({
    page, unit: e.unit, box: unionOf(e.narrow.length > 0 ? e.narrow : e.all), role: role.role, header: role.header, inferred: role.inferred,
  }));
}

function unionOf(boxes: Box4[]): Box4 {
  return [
    Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3])),
  ];
}
