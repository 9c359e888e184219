/**
 * The visible text of a w:p, as Word shows it (ECMA-376 Part 1, §17.3 paragraphs and runs,
 * §17.13 revisions, §17.5 content controls, §17.16 fields).
 */
import { childrenOf, textContent, type WordNames, type XmlNode } from './xml-tree.js';

/** Inline wrappers whose content is shown as if they were not there. */
const TRANSPARENT = new Set([
  'hyperlink', 'smartTag', 'ins', 'moveTo', 'fldSimple', 'customXml', 'dir', 'bdo', 'sdtContent',
]);

/**
 * Not shown: deletions and moved-away text (§17.13.5), field instructions (instrText: the
 * field's result runs are kept), properties, and drawings/objects (text boxes are out of scope).
 */
const HIDDEN = new Set([
  'del', 'moveFrom', 'pPr', 'rPr', 'sdtPr', 'sdtEndPr', 'instrText', 'delText', 'delInstrText',
  'drawing', 'pict', 'object', 'footnoteReference', 'endnoteReference', 'commentReference',
]);

export function paragraphText(p: XmlNode, names: WordNames): string {
  const out: string[] = [];
  inlineText(childrenOf(p), names, out);
  return out.join('');
}

function inlineText(nodes: XmlNode[], names: WordNames, out: string[]): void {
  for (const node of nodes) {
    const local = names.local(node);
    if (local === null || HIDDEN.has(local)) continue;
    if (local === 'r') runText(node, names, out);
    else if (TRANSPARENT.has(local)) inlineText(childrenOf(node), names, out);
    else if (local === 'sdt') inlineText(childrenOf(names.child(node, 'sdtContent') ?? {}), names, out);
    else if (local === 'ruby') inlineText(childrenOf(names.child(node, 'rubyBase') ?? {}), names, out); // base text, not the reading
  }
}

/** Hidden text (w:vanish) is not printed, so it is not part of the table. */
function isVanished(run: XmlNode, names: WordNames): boolean {
  const rPr = names.child(run, 'rPr');
  const vanish = rPr ? names.child(rPr, 'vanish') : undefined;
  if (!vanish) return false;
  const val = names.attr(vanish, 'val');
  return val === undefined || !['0', 'false', 'off'].includes(val);
}

function runText(run: XmlNode, names: WordNames, out: string[]): void {
  if (isVanished(run, names)) return;
  for (const node of childrenOf(run)) {
    switch (names.local(node)) {
      case 't': out.push(textContent(node)); break;
      // a tab separates words inside a cell; a space keeps them apart without faking a column
      case 'tab': case 'ptab': out.push(' '); break;
      case 'br': case 'cr': out.push('\n'); break;
      case 'noBreakHyphen': out.push('-'); break;
      default: break; // softHyphen, sym (symbol-font glyphs), fldChar, lastRenderedPageBreak …
    }
  }
}
