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
}

export function align<I extends AlignItem, S extends AlignSlot>(items: I[], slots: S[], costs: AlignCosts<I, S>): Alignment {
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

/** Cost of the alignment that keeps every item in the slot printed at its own column. */
export function literalCost<I extends AlignItem, S extends AlignSlot>(items: I[], slots: S[], costs: AlignCosts<I, S>): { slotOf: number[]; cost: number } {
  let cost = 0;
  let lastSlot = -1;
  const slotOf = items.map((item) => {
    const index = slots.findIndex((s) => s.col === item.col);
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
