/** Test helpers for the DOCX reader: document.xml fixtures, small zips built in code, grid views. */
import { readFileSync } from 'node:fs';
import { documentBlocks, type DocumentBlocks } from '../../../src/ingest/docx/document-blocks.js';
import type { Block, Grid } from '../../../src/ir/types.js';
import { buildZip, type ZipFile } from '../../../scripts/samples/zip-writer.js';

export { buildZip, type ZipFile };

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
