/**
 * The visible text of a w:p, as Word shows it (ECMA-376 Part 1, §17.3 paragraphs and runs,
 * §17.13 revisions, §17.5 content controls, §17.16 fields).
 */
import { blockItems } from './block-content.js';
import { childrenOf, tagOf, textContent, type WordNames, type XmlNode } from './xml-tree.js';

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

/**
 * The paragraphs of the text boxes anchored in a paragraph (w:txbxContent, §17.3.1.35):
 * a title set in a floating box. Where the box is written twice, as a DrawingML shape and
 * as its VML fallback (mc:AlternateContent), only the first (mc:Choice) is read.
 */
export function textBoxParagraphs(p: XmlNode, names: WordNames, out: string[] = []): string[] {
  for (const node of childrenOf(p)) {
    const tag = tagOf(node) ?? '';
    if (tag === 'mc:Fallback' || tag.endsWith(':Fallback')) continue;
    if (names.local(node) === 'txbxContent') {
      for (const item of blockItems(childrenOf(node), names)) if (item.kind === 'p') out.push(paragraphText(item.node, names));
    } else textBoxParagraphs(node, names, out);
  }
  return out;
}

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
      case 'sym': { const ch = symbolChar(node, names); if (ch) out.push(ch); break; }
      default: break; // softHyphen, fldChar, lastRenderedPageBreak …
    }
  }
}

/**
 * A w:sym glyph (§17.3.3.30) as the character it shows: Word's Insert Symbol writes ≥ as
 * Symbol-font F0B3. Codes F020–F0FF stand for the font's own 8-bit codes; only the Symbol
 * font's mathematical signs are known here, other glyphs (Wingdings boxes …) are left out.
 */
function symbolChar(sym: XmlNode, names: WordNames): string | null {
  const font = names.attr(sym, 'font') ?? '';
  const code = parseInt(names.attr(sym, 'char') ?? '', 16);
  if (!/^symbol$/i.test(font) || !Number.isFinite(code)) return null;
  return SYMBOL_FONT[code & 0xff] ?? null;
}

/** Symbol-font (Adobe Symbol encoding) codes of the signs a value may print. */
const SYMBOL_FONT: Record<number, string> = {
  0x25: '%', 0x2b: '+', 0x2d: '-', 0x3c: '<', 0x3d: '=', 0x3e: '>', 0xa3: '≤', 0xb0: '°', 0xb1: '±',
  0xb3: '≥', 0xb4: '×', 0xb8: '÷', 0xb9: '≠', 0xbb: '≈',
};
