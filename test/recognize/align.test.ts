import { describe, expect, it } from 'vitest';
import { align, literalCost, type AlignCosts } from '../../src/recognize/align.js';

interface Item { col: number; kind: string }
interface Slot { col: number; role: string }

const item = (col: number, kind: string): Item => ({ col, kind });
const slot = (col: number, role: string): Slot => ({ col, role });
/** An item fits only a slot of its own kind; skipping costs `skip` (per kind) and moving `perColumn` per column. */
const costs = (perColumn: number, skip: Record<string, number> = {}): AlignCosts<Item, Slot> => ({
  fit: (i, s) => (i.kind === s.role ? 0 : Infinity),
  skip: (i) => skip[i.kind] ?? 5,
  perColumn,
});

describe('align', () => {
  it('puts a row shifted two columns left back under its headers, paying the displacement', () => {
    const slots = [slot(0, 'l1'), slot(1, 'l2'), slot(2, 'name'), slot(3, 'value'), slot(4, 'num')];
    const result = align([item(0, 'name'), item(1, 'value'), item(2, 'num')], slots, costs(0.5));
    expect(result.slotOf).toEqual([2, 3, 4]);
    expect(result.cost).toBe(0.5 * (2 + 2 + 2));
  });

  it('keeps the printed order: items that would have to cross are not both placed', () => {
    // num printed before name, slots name before num: one of them must be skipped; skipping name is cheaper
    const result = align([item(0, 'num'), item(1, 'name')], [slot(0, 'name'), slot(1, 'num')], costs(0.1, { num: 2, name: 1 }));
    expect(result.slotOf).toEqual([1, -1]);
    expect(result.cost).toBeCloseTo(0.1 * 1 + 1, 10);
  });

  it('skips an item that fits no slot and charges its skip cost', () => {
    const result = align([item(0, 'name'), item(1, 'noise'), item(2, 'num')], [slot(0, 'name'), slot(2, 'num')], costs(1, { noise: 3 }));
    expect(result).toEqual({ slotOf: [0, -1, 1], cost: 3 });
  });

  it('among equally fitting slots prefers the one printed at the item\'s own column', () => {
    const slots = [slot(1, 'num'), slot(2, 'num'), slot(3, 'num'), slot(4, 'num')];
    expect(align([item(3, 'num')], slots, costs(0.45))).toEqual({ slotOf: [2], cost: 0 });
  });

  it('moves a cell rather than skipping it when the displacement is cheaper than the skip', () => {
    const slots = [slot(0, 'name'), slot(5, 'num')];
    expect(align([item(1, 'num')], slots, costs(1, { num: 5 }))).toEqual({ slotOf: [1], cost: 4 });
    expect(align([item(0, 'num')], slots, costs(1, { num: 4 }))).toEqual({ slotOf: [-1], cost: 4 });
  });

  it('handles no items and no slots', () => {
    expect(align([], [slot(0, 'name')], costs(1))).toEqual({ slotOf: [], cost: 0 });
    expect(align([item(0, 'name'), item(1, 'num')], [], costs(1, { name: 2, num: 3 }))).toEqual({ slotOf: [-1, -1], cost: 5 });
  });
});

describe('literalCost', () => {
  it('keeps each item in the slot whose header it was printed under (the header owns the columns up to the next)', () => {
    const slots = [slot(0, 'name'), slot(1, 'value'), slot(3, 'num')];
    // a value set flush right, a column right of its header's start
    expect(literalCost([item(0, 'name'), item(2, 'value'), item(3, 'num')], slots, costs(1))).toEqual({ slotOf: [0, 1, 2], cost: 0 });
  });

  it('skips an item left of every header, and a second item under a header already taken', () => {
    const slots = [slot(1, 'name'), slot(3, 'num')];
    expect(literalCost([item(0, 'num'), item(1, 'name'), item(2, 'name')], slots, costs(1, { num: 2, name: 3 }))).toEqual({ slotOf: [-1, 0, -1], cost: 5 });
  });

  it('charges the fit of a misplaced item (Infinity when the kind cannot sit there)', () => {
    const slots = [slot(0, 'name'), slot(1, 'value')];
    expect(literalCost([item(0, 'value')], slots, costs(1)).cost).toBe(Infinity);
  });
});

describe('align with movesTogether', () => {
  // three cells printed at columns 0–2 whose content fits columns 3–5: the row lost three leading cells
  const items = [0, 1, 2].map((col) => ({ col, want: col + 3 }));
  const slots = [0, 1, 2, 3, 4, 5].map((col) => ({ col }));
  const costs: AlignCosts<{ col: number; want: number }, { col: number }> = { fit: (i, s) => (i.want === s.col ? 0 : 1), skip: () => 10, perColumn: 0.45 };

  it('pays a move per cell without it: the cells stay where they were printed', () => {
    expect(align(items, slots, costs).slotOf).toEqual([0, 1, 2]);
  });

  it('pays one move for cells moving together: the row moves as a whole', () => {
    const result = align(items, slots, { ...costs, movesTogether: true });
    expect(result.slotOf).toEqual([3, 4, 5]);
    expect(result.cost).toBeCloseTo(3 * 0.45);
  });
});
