/**
 * Splits word/document.xml into the top-level children of w:body (paragraphs, tables,
 * content controls) with one pass over its tags, so each is parsed on its own: parsing a
 * whole 40 MB document.xml into a preserveOrder tree took ~750 MB RSS, per child it takes
 * a few MB. The pass also checks that every end tag closes the element it should
 * (fast-xml-parser silently accepts mismatched tags).
 */
import { DocxError } from './docx-error.js';

export interface Span {
  start: number;
  end: number;
}

export interface DocumentOutline {
  /** the root element's start tag, e.g. `<w:document xmlns:w="…">` */
  rootStartTag: string;
  rootName: string;
  /** children spans of each child of the root, keyed by that child's tag name (w:body) */
  sections: Map<string, Span[]>;
}

const invalid = (part: string, why: string) => new DocxError('docx:xml-invalid', `${part} is not well-formed XML: ${why}`);

/**
 * One tag at the cursor: end-tag slash, name, attributes (quoted values may hold '>'), and
 * the closing '>'. Sticky, so it never scans ahead; a '<' inside a tag fails the match.
 */
const TAG = /<(\/?)([^\s/>!?<]+)((?:[^>"'<]|"[^"]*"|'[^']*')*)>/y;

/** Skips comments, processing instructions and CDATA; returns the index after them or -1. */
function skipSpecial(xml: string, at: number, part: string): number {
  const skipTo = (close: string, from: number) => {
    const end = xml.indexOf(close, from);
    if (end < 0) throw invalid(part, `unterminated ${close} section`);
    return end + close.length;
  };
  if (xml.startsWith('<!--', at)) return skipTo('-->', at + 4);
  if (xml.startsWith('<![CDATA[', at)) return skipTo(']]>', at + 9);
  if (xml.startsWith('<?', at)) return skipTo('?>', at + 2);
  if (xml.startsWith('<!', at)) {
    throw new DocxError('docx:xml-dtd', `${part} declares a DOCTYPE or ENTITY, which Word never writes; refused (entity-expansion protection)`);
  }
  return -1;
}

export function outlineDocument(xml: string, part: string): DocumentOutline {
  const stack: string[] = [];
  const sections = new Map<string, Span[]>();
  let rootStartTag = '';
  let rootName = '';
  let section: Span[] | null = null;
  let childStart = -1;
  let pos = xml.indexOf('<');
  while (pos >= 0) {
    const special = skipSpecial(xml, pos, part);
    if (special >= 0) { pos = xml.indexOf('<', special); continue; }
    TAG.lastIndex = pos;
    const match = TAG.exec(xml);
    if (!match) throw invalid(part, `bad or unterminated tag at offset ${pos}`);
    const [, slash, name, attrs] = match as unknown as [string, string, string, string];
    const end = TAG.lastIndex;
    if (slash) {
      const open = stack.pop();
      if (open !== name) throw invalid(part, `</${name}> at offset ${pos} closes <${open ?? 'nothing'}>`);
      if (stack.length === 2 && section) section.push({ start: childStart, end });
      if (stack.length === 1) section = null;
    } else {
      const selfClosing = attrs.endsWith('/');
      if (stack.length === 0) {
        if (rootName) throw invalid(part, 'more than one root element');
        rootStartTag = xml.slice(pos, end);
        rootName = name;
      }
      if (stack.length === 1 && !selfClosing) sections.set(name, section = []);
      if (stack.length === 2) {
        if (selfClosing) section?.push({ start: pos, end });
        else childStart = pos;
      }
      if (!selfClosing) stack.push(name);
    }
    pos = xml.indexOf('<', end);
  }
  if (stack.length > 0) throw invalid(part, `<${stack[stack.length - 1]}> is never closed`);
  if (!rootName) throw invalid(part, 'no root element');
  return { rootStartTag, rootName, sections };
}
