/** Test helpers for the DOCX reader: document.xml fixtures, small zips built in code, grid views. */
import { readFileSync } from 'node:fs';
import { deflateRawSync, crc32 } from 'node:zlib';
import { documentBlocks, type DocumentBlocks } from '../../../src/ingest/docx/document-blocks.js';
import type { Block, Grid } from '../../../src/ir/types.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const fixture = (name: string): string =>
  readFileSync(new URL(`../../fixtures/docx/${name}`, import.meta.url), 'utf8');

/** A whole word/document.xml around body content. */
export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;

export const readDocumentXml = (xml: string): DocumentBlocks => documentBlocks(xml, 'word/document.xml');

export const grids = (blocks: Block[]): Grid[] => blocks.flatMap((b) => (b.type === 'grid' ? [b.grid] : []));
export const paragraphs = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.paragraph.text] : []));

/** Cells as compact tuples: [text, row, col, rowSpan, colSpan]. */
export const cellTuples = (grid: Grid): [string, number, number, number, number][] =>
  grid.cells.map((c) => [c.text, c.row, c.col, c.rowSpan, c.colSpan]);

export interface ZipFile {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflate (default) */
  method?: 0 | 8;
  /** lie in the central directory about the uncompressed size */
  declaredSize?: number;
  flags?: number;
}

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

/** A minimal ZIP writer (no data descriptors, no ZIP64) for building test archives in code. */
export function buildZip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const raw = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
    const method = f.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(raw);
    const size = f.declaredSize ?? raw.length;
    const common = [u16(20), u16((f.flags ?? 0) | 0x800), u16(method), u16(0), u16(0), u32(crc), u32(body.length), u32(size), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name, body]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(central.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, central, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
export const relsXml = (target = 'word/document.xml') =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** A DOCX holding this word/document.xml. */
export const buildDocx = (xml: string, extra: ZipFile[] = []): Buffer => buildZip([
  { name: '[Content_Types].xml', data: CONTENT_TYPES },
  { name: '_rels/.rels', data: relsXml() },
  { name: 'word/document.xml', data: xml },
  ...extra,
]);
