/**
 * A parsed page → blocks in document order: each line of text outside tables (headings,
 * <p>, a title in a <div>, "单位（盖章）：" …) a paragraph, each data table its <caption> as a
 * paragraph and then a Grid, so that the segmenter finds a table's title above it as it does
 * in a PDF or DOCX.
 *
 * Older government sites lay their pages out with tables: the page is a table whose middle
 * cell holds the disclosure table. Flattening that inner table into a cell of the outer one
 * (what is right for a small table nested in a Word cell) would lose it, so a table that
 * holds a table larger than itself (more cells in its own rows than the outer table has),
 * or says role="presentation", is read as layout: its cells are blocks of text like <div>s
 * and the tables inside are read in their own right.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Block } from '../../ir/types.js';
import { attr, BLOCK_TAGS, startLine, walk, type Element, type Node } from './dom.js';
import { LineCollector } from './inline-text.js';
import { readTable, type SlotBudget } from './table-model.js';

export interface PageBlocks {
  blocks: Block[];
  diagnostics: Diagnostic[];
  /** data tables read as grids */
  tables: number;
}

interface TableStats { ownCells: number; inner: Element[] }

/** For every table: the cells of its own rows, and the tables directly inside it. */
function tableStats(root: Node): Map<Element, TableStats> {
  const stats = new Map<Element, TableStats>();
  const open: TableStats[] = [];
  walk(root, {
    enter(el) {
      if (el.tagName === 'table') {
        const mine: TableStats = { ownCells: 0, inner: [] };
        open[open.length - 1]?.inner.push(el);
        stats.set(el, mine);
        open.push(mine);
      } else if ((el.tagName === 'td' || el.tagName === 'th') && open.length > 0) {
        open[open.length - 1]!.ownCells++;
      }
    },
    leave(el) {
      if (el.tagName === 'table') open.pop();
    },
  });
  return stats;
}

function isLayoutTable(table: Element, stats: Map<Element, TableStats>): boolean {
  if (/^(presentation|none)$/i.test(attr(table, 'role')?.trim() ?? '')) return true;
  const mine = stats.get(table);
  return !!mine && mine.inner.some((t) => (stats.get(t)?.ownCells ?? 0) > mine.ownCells);
}

class BlockSink {
  readonly blocks: Block[] = [];
  readonly diagnostics: Diagnostic[] = [];
  tables = 0;
  private tablesSeen = 0;
  private skipped = 0;
  readonly lines = new LineCollector();

  constructor(private readonly budget: SlotBudget) {}

  flush(): void {
    for (const { text, line } of this.lines.take()) this.paragraph(text, line);
  }

  paragraph(text: string, line: number | null): void {
    this.blocks.push({ type: 'paragraph', paragraph: { text, page: null, line } });
  }

  table(el: Element): void {
    const n = ++this.tablesSeen;
    if (this.budget.left <= 0) {
      this.skipped++;
      return;
    }
    const read = readTable(el, this.budget);
    for (const line of read.caption) this.paragraph(line, read.captionLine);
    if (read.grid.cells.some((c) => c.text !== '')) {
      this.blocks.push({ type: 'grid', grid: read.grid });
      this.tables++;
    }
    if (read.nestedTables > 0) {
      this.diagnostics.push(diag('info', 'html:nested-table', `table ${n}: ${read.nestedTables} table(s) nested in its cells were flattened into those cells' text (one line per nested row)`));
    }
    if (read.overlaps > 0) {
      this.diagnostics.push(diag('warning', 'html:overlapping-cells', `table ${n}: ${read.overlaps} cell(s) ran into a cell spanning down from a row above; their colspan was shortened to the free columns`));
    }
    if (read.rowsDropped > 0) {
      this.diagnostics.push(diag('error', 'html:too-many-cells', `table ${n}: its spans make a grid larger than the page's limit of grid slots; the last ${read.rowsDropped} row(s) were not read`));
    }
  }

  finish(): void {
    this.flush();
    if (this.skipped > 0) {
      this.diagnostics.push(diag('error', 'html:too-many-cells', `${this.skipped} table(s) after the page's limit of grid slots was reached were not read`));
    }
  }
}

export function pageBlocks(root: Node, maxSlots: number): PageBlocks {
  const stats = tableStats(root);
  const sink = new BlockSink({ left: maxSlots });
  const layoutTables = new Set<Element>();
  walk(root, {
    enter(el) {
      if (el.tagName === 'table') {
        sink.flush();
        if (isLayoutTable(el, stats)) {
          layoutTables.add(el);
          return;
        }
        sink.table(el);
        return 'skip';
      }
      if (el.tagName === 'br' || BLOCK_TAGS.has(el.tagName)) sink.flush();
    },
    leave(el) {
      if (BLOCK_TAGS.has(el.tagName)) sink.flush();
    },
    text(node) {
      sink.lines.text(node.value, startLine(node));
    },
  });
  sink.finish();
  if (layoutTables.size > 0) {
    sink.diagnostics.push(diag('info', 'html:layout-table', `${layoutTables.size} table(s) laying out the page (holding a larger table, or role="presentation") were read as blocks of text, the tables inside them as tables`));
  }
  return { blocks: sink.blocks, diagnostics: sink.diagnostics, tables: sink.tables };
}
