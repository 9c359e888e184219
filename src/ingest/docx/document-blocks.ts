/**
 * word/document.xml → blocks in reading order: every top-level w:tbl a Grid with real spans,
 * the paragraphs between tables (titles, "(2023年度)", 单位 lines) paragraph blocks.
 */
import type { Diagnostic } from '../../contract/schema.js';
import type { Block } from '../../ir/types.js';
import { DocxError } from './docx-error.js';
import { blockItems } from './block-content.js';
import { paragraphText } from './paragraph-text.js';
import { tableToGrid } from './table-grid.js';
import { childrenOf, rootElement, WordNames, type XmlNode } from './xml-tree.js';

export interface DocumentBlocks {
  blocks: Block[];
  diagnostics: Diagnostic[];
  tables: number;
}

/**
 * A paragraph with manual line breaks (w:br) prints as several lines; each becomes a
 * paragraph block, as in the text ingester's one-line paragraphs. Blank lines are dropped.
 */
function paragraphBlocks(text: string): Block[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
    .map((line) => ({ type: 'paragraph', paragraph: { text: line, page: null, line: null } }));
}

export function documentBlocks(parsed: XmlNode[], part: string): DocumentBlocks {
  const root = rootElement(parsed);
  if (!root) throw new DocxError('docx:xml-invalid', `${part} has no root element`);
  const names = WordNames.fromRoot(root);
  const body = names.local(root) === 'document' ? names.child(root, 'body') : undefined;
  if (!body) throw new DocxError('docx:no-body', `${part} is not a WordprocessingML document (no w:document/w:body)`);
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  let tables = 0;
  for (const item of blockItems(childrenOf(body), names)) {
    if (item.kind === 'p') {
      blocks.push(...paragraphBlocks(paragraphText(item.node, names)));
    } else {
      tables++;
      blocks.push({ type: 'grid', grid: tableToGrid(item.node, { names, diagnostics, table: tables }) });
    }
  }
  return { blocks, diagnostics, tables };
}
