/**
 * Printed tables → text shaped like a PDF text layer (samples/liupanshui-police-2023-self-evaluation.txt):
 * the paragraphs above a table each on a line of its own between blank lines, then one line per
 * table row with its cells joined by "\t". The grid is dense: a merged cell's text is printed
 * once, at its top-left position, and every position it covers is an empty cell.
 */
import type { PrintedTable } from '../table-builder.js';

function gridLines(table: PrintedTable): string[] {
  const grid = table.rows.map(() => new Array<string>(table.width).fill(''));
  table.rows.forEach((cells, r) => {
    for (const cell of cells) grid[r]![cell.col] = cell.text.replace(/\s*\n\s*/g, ' ');
  });
  return grid.map((row) => row.join('\t'));
}

export function renderText(tables: PrintedTable[]): string {
  const parts: string[] = [''];
  for (const table of tables) {
    for (const paragraph of table.paragraphs) parts.push(paragraph, '');
    parts.push(...gridLines(table), '');
  }
  return `${parts.join('\n')}\n`;
}
