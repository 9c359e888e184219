/**
 * WordprocessingML read as an ordered tree with fast-xml-parser (stack-notes.md, DOCX).
 * preserveOrder keeps runs, tabs and breaks in document order; entity processing is off,
 * so a document can never expand entities: the five predefined XML entities and numeric
 * character references are decoded here, by hand, and a DOCTYPE is refused before parsing.
 */
import { XMLParser } from 'fast-xml-parser';
import { DocxError } from './docx-error.js';

/** A preserveOrder node: `{ 'w:p': XmlNode[], ':@'?: attributes }` or `{ '#text': string }`. */
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  // no callbacks use the path; building it for every tag cost ~40% of the parse time
  jPath: false,
});

/**
 * Refuses DTDs: an internal subset is the only way to declare entities, and so the only way
 * to an entity-expansion ("billion laughs") bomb. WordprocessingML never carries one.
 */
export function parseXml(xml: string, part: string): XmlNode[] {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    throw new DocxError('docx:xml-dtd', `${part} declares a DOCTYPE or ENTITY, which Word never writes; refused (entity-expansion protection)`);
  }
  try {
    return parser.parse(xml) as XmlNode[];
  } catch (error) {
    throw new DocxError('docx:xml-invalid', `${part} is not well-formed XML: ${(error as Error).message}`);
  }
}

/**
 * Removes formatting the reader never looks at (paragraph properties, table properties,
 * cell borders, run properties without w:vanish) before parsing: in Word and LibreOffice
 * output it is half to three quarters of the XML, and dropping it with one native regex
 * pass makes fast-xml-parser 2–3× faster. Only innermost elements match (no nested element
 * of the same name inside), so the *Change revision records that nest a w:rPr/w:pPr/w:tblPr
 * never leave a dangling end tag.
 */
export function formattingStripper(prefix: string): (xml: string) => string {
  const p = prefix ? `${prefix.replace(/[^\w.-]/g, '')}:` : '';
  const innermost = (name: string) => `<${p}${name}>(?:(?!<\\/?${p}${name}[\\s/>])[\\s\\S])*?<\\/${p}${name}>`;
  const pattern = new RegExp([innermost('pPr'), innermost('tblPr'), innermost('tcBorders'), innermost('rPr'), `<${p}rPr\\/>`].join('|'), 'g');
  return (xml) => xml.replace(pattern, (m) => (m.includes('vanish') ? m : ''));
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes predefined entities and character references; anything else is left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ATTRS) return key === TEXT ? null : key;
  return null;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag === null ? undefined : node[tag];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function rawText(node: XmlNode): string {
  const value = node[TEXT];
  return typeof value === 'string' ? value : '';
}

/** Concatenated text content of an element (for w:t: its characters, entities decoded). */
export function textContent(node: XmlNode): string {
  return decodeEntities(childrenOf(node).map(rawText).join(''));
}

export function attrOf(node: XmlNode, name: string): string | undefined {
  const attrs = node[ATTRS] as Record<string, string> | undefined;
  const value = attrs?.[name];
  return value === undefined ? undefined : decodeEntities(value);
}

const MAIN_NS = /\/wordprocessingml\/2006\/main$|purl\.oclc\.org\/ooxml\/wordprocessingml\/main$/;

/**
 * Element names in the main WordprocessingML namespace. Word writes the prefix `w:`, but the
 * prefix is the document's choice: it is read from the root element's xmlns declarations.
 */
export class WordNames {
  constructor(readonly prefix: string) {}

  static fromRoot(root: XmlNode): WordNames {
    const attrs = (root[ATTRS] ?? {}) as Record<string, string>;
    for (const [name, uri] of Object.entries(attrs)) {
      if (name === 'xmlns' && MAIN_NS.test(uri)) return new WordNames('');
      if (name.startsWith('xmlns:') && MAIN_NS.test(uri)) return new WordNames(name.slice(6));
    }
    return new WordNames('w');
  }

  /** The local name of a main-namespace element ('tbl' for 'w:tbl'), null for other namespaces. */
  local(node: XmlNode): string | null {
    const tag = tagOf(node);
    if (tag === null) return null;
    if (this.prefix === '') return tag.includes(':') ? null : tag;
    return tag.startsWith(`${this.prefix}:`) ? tag.slice(this.prefix.length + 1) : null;
  }

  attr(node: XmlNode, local: string): string | undefined {
    return attrOf(node, this.prefix === '' ? local : `${this.prefix}:${local}`);
  }

  /** First child with this local name. */
  child(node: XmlNode, local: string): XmlNode | undefined {
    return childrenOf(node).find((c) => this.local(c) === local);
  }
}

/** The root element of a parsed part (skipping the XML declaration and top-level text). */
export function rootElement(nodes: XmlNode[]): XmlNode | undefined {
  return nodes.find((n) => {
    const tag = tagOf(n);
    return tag !== null && !tag.startsWith('?') && !tag.startsWith('!');
  });
}
