/**
 * Block-level content (body, cell, content-control content): paragraphs and tables, with
 * the wrappers that Word and form tools put around them removed (ECMA-376 §17.5.2 w:sdt,
 * §17.5.1 w:customXml). Deleted and moved-away content (§17.13.5) is not content.
 */
import { childrenOf, type WordNames, type XmlNode } from './xml-tree.js';

export type BlockItem = { kind: 'p'; node: XmlNode } | { kind: 'tbl'; node: XmlNode };

const WRAPPERS = new Set(['customXml', 'ins', 'moveTo', 'sdtContent']);

export function blockItems(nodes: XmlNode[], names: WordNames, out: BlockItem[] = []): BlockItem[] {
  for (const node of nodes) {
    const local = names.local(node);
    if (local === 'p') out.push({ kind: 'p', node });
    else if (local === 'tbl') out.push({ kind: 'tbl', node });
    else if (local === 'sdt') blockItems(childrenOf(names.child(node, 'sdtContent') ?? {}), names, out);
    else if (local !== null && WRAPPERS.has(local)) blockItems(childrenOf(node), names, out);
  }
  return out;
}

/**
 * Children of `node` with the given local name, looking through the same wrappers: rows of a
 * table (a row wrapped in w:sdt is a repeating-section row), cells of a row.
 */
export function unwrappedChildren(node: XmlNode, local: string, names: WordNames, out: XmlNode[] = []): XmlNode[] {
  for (const child of childrenOf(node)) {
    const name = names.local(child);
    if (name === local) out.push(child);
    else if (name === 'sdt') unwrappedChildren(names.child(child, 'sdtContent') ?? {}, local, names, out);
    else if (name !== null && WRAPPERS.has(name)) unwrappedChildren(child, local, names, out);
  }
  return out;
}

/** Drops blank lines at the start and end of a cell's text; Word cells often end in an empty paragraph. */
export function trimBlankLines(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end).join('\n');
}
