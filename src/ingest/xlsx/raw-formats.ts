/**
 * Number formats as the workbook writes them. exceljs unescapes a format code when it reads
 * it (`0\.0000` → `0.0000`), which turns a literal into a decimal point: the 万元 format that
 * shows 12856000 元 as 1285.6000 would read as 12856000.0000, and the amount would come out
 * 10,000 times too large. The codes with an escape are read again from xl/styles.xml and
 * given back for the unescaped form exceljs reports, where that form is not ambiguous.
 */
import { decodeEntities } from '../docx/xml-tree.js';
import { readZipDirectory, readZipEntry } from '../docx/zip-reader.js';

/** Returns the format as written for a format exceljs reports; the same string where nothing was escaped. */
export type FormatResolver = (numFmt: string | undefined) => string | undefined;

const MAX_STYLES_BYTES = 16 * 1024 * 1024;

export async function rawFormatResolver(bytes: Uint8Array): Promise<FormatResolver> {
  const identity: FormatResolver = (f) => f;
  let xml: string;
  try {
    const entry = readZipDirectory(bytes, { maxEntries: 10_000, maxTotalBytes: MAX_STYLES_BYTES }).find((e) => e.name === 'xl/styles.xml');
    if (!entry) return identity;
    xml = new TextDecoder().decode(await readZipEntry(bytes, entry, MAX_STYLES_BYTES));
  } catch {
    return identity; // exceljs read the archive; a styles part we cannot read leaves its formats as they are
  }
  const byUnescaped = new Map<string, string | null>();
  const plain = new Set<string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*\bformatCode="([^"]*)"/g)) {
    const raw = decodeEntities(m[1]!);
    const unescaped = raw.replace(/\\(.)/g, '$1');
    if (raw === unescaped) { plain.add(raw); continue; }
    // two written forms that exceljs reports alike cannot be told apart
    byUnescaped.set(unescaped, byUnescaped.has(unescaped) && byUnescaped.get(unescaped) !== raw ? null : raw);
  }
  if (byUnescaped.size === 0) return identity;
  return (f) => (f !== undefined && !plain.has(f) ? byUnescaped.get(f) ?? f : f);
}
