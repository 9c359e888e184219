/**
 * The OPC package around the document (ECMA-376 Part 2): the main document part is the
 * target of the package relationship of type …/officeDocument in _rels/.rels; Word names
 * it word/document.xml, other writers may not. Every byte inflated counts against one budget.
 */
import { DocxError } from './docx-error.js';
import { parseXml, rootElement, childrenOf, attrOf, tagOf } from './xml-tree.js';
import { mb, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.js';

export interface PackageLimits {
  maxEntries: number;
  maxDocumentXmlBytes: number;
  maxTotalBytes: number;
}

const RELS_PART = '_rels/.rels';
const DEFAULT_MAIN_PART = 'word/document.xml';
const MAX_RELS_BYTES = 1024 * 1024;
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Inflates entries while counting their total against maxTotalBytes. */
class InflateBudget {
  private used = 0;
  constructor(private readonly bytes: Uint8Array, private readonly maxTotal: number) {}

  async read(entry: ZipEntry, cap: number): Promise<Uint8Array> {
    const left = this.maxTotal - this.used;
    if (left <= 0) throw new DocxError('docx:zip-bomb', `reading ${entry.name} would pass the ${mb(this.maxTotal)} limit on inflated data`);
    const out = await readZipEntry(this.bytes, entry, Math.min(cap, left));
    this.used += out.length;
    return out;
  }
}

/** UTF-8 (BOM or not), or UTF-16 with a BOM: the encodings XML parts may use. */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

const partName = (target: string): string => target.replace(/^\/+/, '').replace(/^(\.\/)+/, '');

const findEntry = (entries: ZipEntry[], name: string): ZipEntry | undefined =>
  entries.find((e) => e.name === name) ?? entries.find((e) => e.name.toLowerCase() === name.toLowerCase());

async function mainPartName(entries: ZipEntry[], budget: InflateBudget): Promise<string> {
  const rels = findEntry(entries, RELS_PART);
  if (!rels) return DEFAULT_MAIN_PART;
  const root = rootElement(parseXml(decodeXml(await budget.read(rels, MAX_RELS_BYTES)), RELS_PART));
  for (const rel of root ? childrenOf(root) : []) {
    if (!tagOf(rel)?.endsWith('Relationship')) continue;
    const target = attrOf(rel, 'Target');
    if (target && OFFICE_DOCUMENT.test(attrOf(rel, 'Type') ?? '') && attrOf(rel, 'TargetMode') !== 'External') return partName(target);
  }
  return DEFAULT_MAIN_PART;
}

/** A ZIP without the main part: say what it is instead, when that is recognisable. */
function missingMainPart(entries: ZipEntry[], part: string): DocxError {
  const has = (prefix: string) => entries.some((e) => e.name.startsWith(prefix));
  const what = has('xl/') ? ' It is a spreadsheet (XLSX) named like a DOCX.'
    : has('ppt/') ? ' It is a presentation (PPTX) named like a DOCX.'
      : entries.some((e) => e.name === 'mimetype') ? ' It looks like an OpenDocument/EPUB file.' : '';
  return new DocxError('docx:no-document-xml', `the archive has no main document part (${part}), so it is not a Word document.${what}`);
}

export interface MainDocument {
  part: string;
  xml: string;
}

export async function readMainDocumentXml(bytes: Uint8Array, limits: PackageLimits): Promise<MainDocument> {
  const entries = readZipDirectory(bytes, { maxEntries: limits.maxEntries, maxTotalBytes: limits.maxTotalBytes });
  const budget = new InflateBudget(bytes, limits.maxTotalBytes);
  const part = await mainPartName(entries, budget);
  const entry = findEntry(entries, part) ?? findEntry(entries, DEFAULT_MAIN_PART);
  if (!entry) throw missingMainPart(entries, part);
  return { part: entry.name, xml: decodeXml(await budget.read(entry, limits.maxDocumentXmlBytes)) };
}
