import type { Block } from '../../ir/types.js';
import { parseTabbed, spacedToTabbed } from './rows.js';
import { gridFromRows } from '../../ir/grid.js';

/** Placeholder: aligned text read as spaced until the layout reader lands. */
export function alignedBlocks(lines: string[], firstLine: number): Block[] {
  const items = parseTabbed(lines.map(spacedToTabbed), firstLine);
  const blocks: Block[] = [];
  for (const item of items) {
    if (item.type === 'row') blocks.push({ type: 'grid', grid: gridFromRows([{ cells: item.cells, source: { line: item.line } }]) });
    else blocks.push({ type: 'paragraph', paragraph: { text: item.text, page: null, line: item.line } });
  }
  return blocks;
}
