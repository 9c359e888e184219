/**
 * word/document.xml → blocks in reading order: every top-level w:tbl a Grid with real spans,
 * the paragraphs between tables (titles, "(2023年度)", 单位 lines) paragraph blocks.
 * Each top-level child of w:body is parsed on its own (xml-chunks.ts) to keep memory small.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Block } from '../../ir/types.js';
import { DocxError } from './docx-error.js';
import { blockItems } from './block-content.js';
import { paragraphText, textBoxParagraphs } from './paragraph-text.js';
import { tableToGrids } from './table-grid.js';
import { outlineDocument } from './xml-chunks.js';
import { formattingStripper, parseXml, rootElement, WordNames } from './xml-tree.js';
import { mb } from './zip-reader.js';

export interface DocumentBlocks {
  blocks: Block[];
  diagnostics: Diagnostic[];
  tables: number;
}

/** One body element (a table, usually) larger than this is skipped: its parse tree would need ~15× its size. */
export const DEFAULT_MAX_ELEMENT_CHARS = 32 * 1024 * 1024;

/**
 * A paragraph with manual line breaks (w:br) prints as several lines; each becomes a
 * paragraph block, as in the text ingester's one-line paragraphs. Blank lines are dropped.
 */
function paragraphBlocks(text: string): Block[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '')
    .map((line) => ({ type: 'paragraph', paragraph: { text: line, page: null, line: null } }));
}

function wordNames(rootStartTag: string, rootName: string, part: string): WordNames {
  const root = rootElement(parseXml(`${rootStartTag.replace(/\/>$/, '>')}</${rootName}>`, part));
  const names = root ? WordNames.fromRoot(root) : new WordNames('w');
  if (!root || names.local(root) !== 'document') {
    throw new DocxError('docx:no-body', `${part} is not a WordprocessingML document (its root is <${rootName}>, not w:document)`);
  }
  return names;
}

export function documentBlocks(xml: string, part: string, maxElementChars = DEFAULT_MAX_ELEMENT_CHARS): DocumentBlocks {
  const outline = outlineDocument(xml, part);
  const names = wordNames(outline.rootStartTag, outline.rootName, part);
  const body = outline.sections.get(names.prefix ? `${names.prefix}:body` : 'body');
  if (!body) throw new DocxError('docx:no-body', `${part} has no w:body`);
  const diagnostics: Diagnostic[] = [];
  const blocks: Block[] = [];
  let tables = 0;
  const strip = formattingStripper(names.prefix);
  for (const span of body) {
    if (span.end - span.start > maxElementChars) {
      diagnostics.push(diag('error', 'docx:element-too-large', `${part}: a body element of ${mb(span.end - span.start)} at offset ${span.start} exceeds the ${mb(maxElementChars)} limit and was skipped`));
      continue;
    }
    for (const item of blockItems(parseXml(strip(xml.slice(span.start, span.end)), part), names)) {
      if (item.kind === 'p') {
        for (const boxed of textBoxParagraphs(item.node, names)) blocks.push(...paragraphBlocks(boxed));
        blocks.push(...paragraphBlocks(paragraphText(item.node, names)));
      } else {
        tables++;
        for (const grid of tableToGrids(item.node, { names, diagnostics, table: tables })) blocks.push({ type: 'grid', grid });
      }
    }
  }
  return { blocks, diagnostics, tables };
}
