/**
 * What the HTML ingester needs of parse5's tree (default tree adapter): element tests, the
 * elements a reader never sees (scripts, styles, hidden elements), and one iterative walk.
 * The walk keeps its own stack instead of recursing: a parser accepts any nesting depth
 * (100 000 nested <div>s are a valid page), and a recursive walk would overflow the stack.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

export const isElement = (node: Node): node is Element => 'tagName' in node;
export const isText = (node: Node): node is TextNode => node.nodeName === '#text';

export function attr(el: Element, name: string): string | null {
  return el.attrs.find((a) => a.name === name)?.value ?? null;
}

/** Children that are elements with one of the given tag names (lower case, as parse5 gives them). */
export function childElements(el: Element, ...tags: string[]): Element[] {
  return el.childNodes.filter((n): n is Element => isElement(n) && tags.includes(n.tagName));
}

/** The 1-based source line of an element's start tag; null for implied elements (a tbody the parser added). */
export const startLine = (node: Node): number | null =>
  ('sourceCodeLocation' in node ? node.sourceCodeLocation?.startLine : undefined) ?? null;

/**
 * Elements whose content is never shown as page text: head content, scripts and styles,
 * templates, embedded objects and form controls whose options a page reader does not see.
 */
const NEVER_SHOWN = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'audio', 'video', 'select', 'datalist', 'textarea',
]);

/** `hidden` attribute, or `display:none` in the inline style (what a saved page can say without its stylesheets). */
export function isHidden(el: Element): boolean {
  if (NEVER_SHOWN.has(el.tagName)) return true;
  if (attr(el, 'hidden') !== null) return true;
  const style = attr(el, 'style');
  return style !== null && /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

/**
 * Elements that start and end a line of text (CSS display: block, list-item, table parts).
 * Everything else is inline: its text runs on with its neighbours'.
 */
export const BLOCK_TAGS = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'ul', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'frameset', 'frame',
]);

export interface Visitor {
  /** an element is entered; return 'skip' to leave its content unvisited (leave is still called) */
  enter?(el: Element): 'skip' | void;
  leave?(el: Element): void;
  text?(node: TextNode): void;
}

/**
 * Depth-first walk of `root`'s content in document order, hidden elements skipped whole.
 * `root` itself is not visited: its children are.
 */
export function walk(root: Node, visitor: Visitor): void {
  type Frame = { el: Element; leave: true } | { node: Node; leave: false };
  const stack: Frame[] = [];
  const pushChildren = (parent: Node) => {
    const children = 'childNodes' in parent ? parent.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leave: false });
  };
  pushChildren(root);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.leave) {
      visitor.leave?.(frame.el);
      continue;
    }
    const { node } = frame;
    if (isText(node)) {
      visitor.text?.(node);
      continue;
    }
    if (!isElement(node) || isHidden(node)) continue;
    const verdict = visitor.enter?.(node);
    stack.push({ el: node, leave: true });
    if (verdict !== 'skip') pushChildren(node);
  }
}
