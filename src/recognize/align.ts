/**
 * Monotone alignment of a row's filled cells onto the table's column roles. Text
 * extraction drops empty merged cells and shifts the rest of a row left or right
 * (spec/domain.md); aligning by content (what a cell can be) and position (where it
 * was printed) puts each cell back under its header. Cells keep their order.
 */
export interface AlignItem {
  col: number;
}

export interface AlignSlot {
  col: number;
}

export interface Alignment {
  /** for each item, the index of its slot, or -1 when it fits nowhere */
  slotOf: number[];
  cost: number;
}

export interface AlignCosts<I, S> {
  /** cost of putting item into slot, Infinity when impossible */
  fit(item: I, slot: S): number;
  /** cost of leaving an item unassigned */
  skip(item: I): number;
  /** cost per column an item moves from where it was printed */
  perColumn: number;
  /**
   * Charge a move once for a run of items that move together: the cost is per column the shift
   * changes from the item before (the first item against no shift). A row whose leading merged
   * cells were dropped moves as a whole: one move, not one per cell.
   */
  movesTogether?: boolean;
}

export function align<I extends AlignItem, S extends AlignSlot>(items: I[], slots: S[], costs: AlignCosts<I, S>): Alignment {
  if (costs.movesTogether) return alignRuns(items, slots, costs);
  const n = items.length;
  const m = slots.length;
  // dp[i][j]: best cost placing the first i items using the first j slots
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  dp[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = dp[i]![j]!;
      if (here === Infinity) continue;
      if (j < m && here < dp[i]![j + 1]!) {
        dp[i]![j + 1] = here; // slot j stays empty
        move[i]![j + 1] = 0;
      }
      if (i < n) {
        const skipped = here + costs.skip(items[i]!);
        if (skipped < dp[i + 1]![j]!) {
          dp[i + 1]![j] = skipped;
          move[i + 1]![j] = 1;
        }
        if (j < m) {
          const fit = costs.fit(items[i]!, slots[j]!);
          const placed = here + fit + costs.perColumn * Math.abs(items[i]!.col - slots[j]!.col);
          if (placed < dp[i + 1]![j + 1]!) {
            dp[i + 1]![j + 1] = placed;
            move[i + 1]![j + 1] = 2;
          }
        }
      }
    }
  }
  const slotOf = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i]![j]!;
    if (mv === 0) j--;
    else if (mv === 1) i--;
    else {
      slotOf[i - 1] = j - 1;
      i--;
      j--;
    }
  }
  return { slotOf, cost: dp[n]![m]! };
}

/**
 * align() with movesTogether: the state also remembers the shift of the last placed item, so a
 * move is paid where the shift changes. O(items × slots²).
 */
function alignRuns<I extends AlignItem, S extends AlignSlot>(items: I[], slots: S[], costs: AlignCosts<I, S>): Alignment {
  const n = items.length;
  const m = slots.length;
  // best[i][j]: items 0..i-1 placed or skipped, item i-1's slot j-1 (j = 0: none placed yet); value: cost and path
  type Cell = { cost: number; shift: number; prev: [number, number] | null; placed: boolean };
  const best: Cell[][] = Array.from({ length: n + 1 }, () => Array.from({ length: m + 1 }, () => ({ cost: Infinity, shift: 0, prev: null, placed: false })));
  best[0]![0] = { cost: 0, shift: 0, prev: null, placed: false };
  for (let i = 0; i < n; i++) {
    const item = items[i]!;
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here.cost === Infinity) continue;
      // skip item i: the last placed slot stays j
      const skipped = here.cost + costs.skip(item);
      if (skipped < best[i + 1]![j]!.cost) best[i + 1]![j] = { cost: skipped, shift: here.shift, prev: [i, j], placed: false };
      for (let k = j; k < m; k++) {
        const shift = slots[k]!.col - item.col;
        const cost = here.cost + costs.fit(item, slots[k]!) + costs.perColumn * Math.abs(shift - here.shift);
        if (cost < best[i + 1]![k + 1]!.cost) best[i + 1]![k + 1] = { cost, shift, prev: [i, j], placed: true };
      }
    }
  }
  let end = 0;
  for (let j = 1; j <= m; j++) if (best[n]![j]!.cost < best[n]![end]!.cost) end = j;
  const slotOf = new Array<number>(n).fill(-1);
  let at: [number, number] | null = [n, end];
  while (at && at[0] > 0) {
    const cell: Cell = best[at[0]]![at[1]]!;
    if (cell.placed) slotOf[at[0] - 1] = at[1] - 1;
    at = cell.prev;
  }
  return { slotOf, cost: best[n]![end]!.cost };
}

/**
 * The slot whose header covers a column: the last one starting at or before it. A header cell
 * owns the columns up to the next header's, so a value set flush right under a header set flush
 * left (分值 over "  10", text laid out with spaces) is printed under that header.
 */
export function slotUnder<S extends AlignSlot>(slots: S[], col: number): number {
  let index = -1;
  slots.forEach((s, k) => {
    if (s.col <= col && (index < 0 || s.col >= slots[index]!.col)) index = k;
  });
  return index;
}

/** Cost of the alignment that keeps every item in the slot whose header it was printed under. */
export function literalCost<I extends AlignItem, S extends AlignSlot>(items: I[], slots: S[], costs: AlignCosts<I, S>): { slotOf: number[]; cost: number } {
  let cost = 0;
  let lastSlot = -1;
  const slotOf = items.map((item) => {
    const index = slotUnder(slots, item.col);
    if (index < 0 || index <= lastSlot) {
      cost += costs.skip(item);
      return -1;
    }
    lastSlot = index;
    cost += costs.fit(item, slots[index]!);
    return index;
  });
  return { slotOf, cost };
}
