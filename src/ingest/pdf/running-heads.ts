/**
 * Running heads and feet: a line a document prints in the top or bottom margin of page after
 * page (the department's name, the report's title, "第 2 页 共 3 页") is page furniture, not
 * text of the page. Left in, it reads as the title of a new table on every page and cuts a
 * table continued over pages into pieces (probe round 5). A line is a running head when its text,
 * digits aside, sits in the margin of at least two pages and of half the document's pages; a
 * table title repeated atop each page (one project table a page) is kept, unless a page that
 * prints it titles its table otherwise (the report's title over the table's), and so are the captions
 * a table prints on each page ("部门名称：…", "单位：万元"): labelled, they say something of the table.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { CAPTION_ROW, PREAMBLE_CELL } from '../../../pipelines/captions.js';
import { kindOfTitle } from '../../../pipelines/families.js';
import { diag } from '../../ir/diagnostics.js';
import type { PageBlock } from './page-layout.js';

/** Share of the page height at the top and bottom where running heads are printed. */
const MARGIN_SHARE = 0.1;

export interface LaidOutPage {
  blocks: PageBlock[];
  /** page height in points; 0 for a page with no text layer */
  height: number;
}

const keyOf = (text: string) => text.replace(/\s+/g, '').replace(/\d+/g, '#');

function inMargin(block: PageBlock, height: number): block is Extract<PageBlock, { kind: 'paragraph' }> {
  return block.kind === 'paragraph' && height > 0 && (block.box.y1 < height * MARGIN_SHARE || block.box.y0 > height * (1 - MARGIN_SHARE));
}

/** A page's paragraph other than `key` that titles a table. */
const otherTitleOn = (page: LaidOutPage, key: string): boolean =>
  page.blocks.some((b) => b.kind === 'paragraph' && keyOf(b.text) !== key && kindOfTitle(b.text.replace(/\s+/g, '')) !== null);

/** A table title or a caption (a labelled value, 单位：万元, 填报单位): never furniture. */
const saysSomething = (compact: string): boolean =>
  kindOfTitle(compact) !== null || /[:：]/.test(compact) || CAPTION_ROW.test(compact) || PREAMBLE_CELL.test(compact);

/** Removes the running heads of the pages (in place) and says what was removed. */
export function dropRunningHeads(pages: LaidOutPage[]): Diagnostic[] {
  if (pages.length < 2) return [];
  const pagesOf = new Map<string, Set<number>>();
  const titles = new Map<string, boolean>();
  pages.forEach((page, n) => {
    for (const block of page.blocks) {
      if (!inMargin(block, page.height)) continue;
      const key = keyOf(block.text), compact = block.text.replace(/\s+/g, '');
      const title = kindOfTitle(compact) !== null;
      if (key === '' || (!title && saysSomething(compact))) continue;
      pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(n));
      // a title in the margin of page after page is the table's own (one table a page), unless
      // a page that prints it titles its table otherwise: then it is the report's title
      // (澧县财政局2024年度项目支出绩效自评报告 over 2024年度项目支出绩效自评表)
      if (title) titles.set(key, (titles.get(key) ?? false) || otherTitleOn(page, key));
    }
  });
  for (const [key, reportTitle] of titles) if (!reportTitle) pagesOf.delete(key);
  const running = new Set([...pagesOf].filter(([, on]) => on.size >= 2 && on.size >= pages.length / 2).map(([key]) => key));
  if (running.size === 0) return [];
  const texts = new Set<string>();
  for (const page of pages) {
    page.blocks = page.blocks.filter((block) => {
      const drop = inMargin(block, page.height) && running.has(keyOf(block.text));
      if (drop) texts.add(block.text);
      return !drop;
    });
  }
  return [diag('info', 'pdf:running-head', `left out as page furniture, printed in the margin of page after page: ${[...texts].slice(0, 3).map((t) => `"${t}"`).join(', ')}`)];
}
