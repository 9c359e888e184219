/**
 * HTML ingest (issue #13): government sites publish performance tables inline in web pages,
 * and a saved .htm/.html must be read as real tables with their rowspan/colspan, not as text
 * with the tags stripped. The page is decoded as a browser would (charset.ts), parsed with
 * parse5 (the WHATWG parsing algorithm: any tag soup gives a tree, never a throw), and its
 * tables and text become blocks in document order (page-blocks.ts, table-model.ts).
 *
 * Bounds, checked before the work they protect: the byte size (options.maxTextBytes), the
 * number of start tags (parse5 with source locations takes ~0.8 KB of heap per element, so a
 * 32 MB page of bare <td>s would need several GB), and the grid slots all tables may fill.
 * Over a bound, the Layout carries an error diagnostic and the pipeline still returns a
 * Document.
 */
import { parse } from 'parse5';
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import type { Layout } from '../../ir/types.js';
import type { IngestInput } from '../index.js';
import { decodeHtml } from './charset.js';
import { pageBlocks } from './page-blocks.js';

export interface HtmlLimits {
  /** start tags a page may hold: ~400 MB of parse tree at this many */
  maxElements: number;
  /** grid slots (rows × columns) all tables of a page may fill together */
  maxSlots: number;
}

export const DEFAULT_HTML_LIMITS: HtmlLimits = { maxElements: 500_000, maxSlots: 2_000_000 };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const failed = (diagnostics: Diagnostic[]): Layout => ({ format: 'html', pages: null, ocr: false, blocks: [], diagnostics });

/** Start tags: "<" followed by a letter. Counted on the string, before parsing, in one pass. */
export function countStartTags(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

export async function ingestHtml(input: IngestInput, limits: HtmlLimits = DEFAULT_HTML_LIMITS): Promise<Layout> {
  const { bytes, options, path } = input;
  if (bytes.length > options.maxTextBytes) {
    return failed([diag('error', 'html:too-large', `web page of ${mb(bytes.length)} exceeds the ${mb(options.maxTextBytes)} limit (--max-text-mb); disclosure pages are far smaller: save the part with the tables`)]);
  }
  const decoded = decodeHtml(bytes);
  const tags = countStartTags(decoded.text);
  if (tags > limits.maxElements) {
    return failed([...decoded.diagnostics, diag('error', 'html:too-many-elements', `${path} holds ${tags} tags, more than the ${limits.maxElements} a page is read with; save the part with the tables`)]);
  }
  const document = parse(decoded.text, { sourceCodeLocationInfo: true });
  const page = pageBlocks(document, limits.maxSlots);
  const diagnostics = [...decoded.diagnostics, ...page.diagnostics];
  if (page.tables === 0) {
    diagnostics.push(diag('warning', 'html:no-tables', `${path} contains no tables (${page.blocks.length} paragraph(s) read); nothing to extract as a table`));
  }
  return { format: 'html', pages: null, ocr: false, blocks: page.blocks, diagnostics };
}
