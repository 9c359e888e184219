/**
 * The whole job for one input: bytes → Layout (ingest) → line stream → regions (segment)
 * → Tables (recognize, audit) → a validated Document. Never throws: an unreadable input
 * yields a Document with no tables and an error diagnostic, so a batch goes on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { DocumentSchema, SCHEMA_VERSION, type Diagnostic, type Document, type Status } from './contract/schema.js';
import { REVIEW_LINE } from './recognize/confidence.js';
import { diag } from './ir/diagnostics.js';
import { DEFAULT_INGEST_OPTIONS, formatOf, ingest, type IngestOptions } from './ingest/index.js';
import { sniffFormat } from './ingest/sniff.js';
import type { Layout } from './ir/types.js';
import { log } from './log.js';
import { joinContinuedRegions, recognizeRegion } from './recognize/index.js';
import { segment } from './recognize/segment.js';
import { toStream, type Line } from './recognize/stream.js';
import { reportYearOf, yearOf } from '../pipelines/families.js';

export type PipelineOptions = IngestOptions;
export const DEFAULT_OPTIONS: PipelineOptions = DEFAULT_INGEST_OPTIONS;

export async function processFile(path: string, options: PipelineOptions = DEFAULT_OPTIONS): Promise<Document> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return failed(path, new Uint8Array(), 'text', diag('error', 'input:unreadable', `cannot read ${path}: ${(error as Error).message}`));
  }
  return processBytes(path, bytes, options);
}

export async function processBytes(path: string, bytes: Uint8Array, options: PipelineOptions = DEFAULT_OPTIONS): Promise<Document> {
  const started = Date.now();
  let layout: Layout;
  try {
    layout = await ingest({ path, bytes, options });
  } catch (error) {
    return failed(path, bytes, formatOf(sniffFormat(bytes, path)), diag('error', 'ingest:failed', `could not read ${path}: ${(error as Error).message}`));
  }
  try {
    const document = recognize(path, bytes, layout, options);
    log.debug({ path, tables: document.tables.length, ms: Date.now() - started }, 'document done');
    return document;
  } catch (error) {
    log.error({ path, err: error }, 'recognition failed');
    return failed(path, bytes, layout.format, diag('error', 'recognize:failed', `internal error while recognising tables: ${(error as Error).message}`), layout);
  }
}

function recognize(path: string, bytes: Uint8Array, layout: Layout, options: PipelineOptions): Document {
  const diagnostics: Diagnostic[] = [...layout.diagnostics];
  const stream = toStream(layout);
  const { regions, diagnostics: segmentDiagnostics } = segment(stream);
  diagnostics.push(...segmentDiagnostics);
  const tables = joinContinuedRegions(regions).flatMap((region) => recognizeRegion(region, { ocr: layout.ocr, diagnostics, debug: options.debug }));
  tables.forEach((table, i) => { table.id = `t${i + 1}`; });
  const fallbackYear = documentYear(stream);
  for (const table of tables) {
    if (table.year === null && fallbackYear !== null) {
      table.year = fallbackYear;
      table.flags.push('year-from-document');
    }
  }
  if (tables.length === 0 && !diagnostics.some((d) => d.level === 'error')) {
    diagnostics.push(diag('warning', 'segment:no-tables', 'no tables were found in this document'));
  }
  return validate(withStatus({
    schemaVersion: SCHEMA_VERSION,
    source: source(path, bytes, layout),
    tables,
    diagnostics,
  }));
}

/** The fiscal year the document speaks of most ("2023年度…报告", "2024年部门预算公开"), for tables that print none. */
function documentYear(stream: Line[]): number | null {
  const counts = new Map<number, number>();
  for (const line of stream) {
    const key = line.keys.join('');
    const year = yearOf(key) ?? reportYearOf(key);
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

function source(path: string, bytes: Uint8Array, layout: Pick<Layout, 'format' | 'pages' | 'ocr'>): Document['source'] {
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), format: layout.format, pages: layout.pages, ocr: layout.ocr };
}

/** Every Document is checked against the contract before it leaves; a violation is our bug, reported, not hidden. */
function validate(document: Document): Document {
  const result = DocumentSchema.safeParse(document);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return withStatus({ ...document, tables: [], diagnostics: [...document.diagnostics, diag('error', 'emit:schema-violation', `output failed contract validation (${issues})`)] });
}

/**
 * The Document's status, derived (contract StatusSchema): failed on an error or when no table
 * was found, partial when a warning says something was not understood or a table's own
 * confidence is below the review line, ok otherwise.
 */
export function statusOf(document: Pick<Document, 'tables' | 'diagnostics'>): Status {
  if (document.diagnostics.some((d) => d.level === 'error') || document.tables.length === 0) return 'failed';
  if (document.diagnostics.some((d) => d.level === 'warning') || document.tables.some((t) => t.confidence < REVIEW_LINE)) return 'partial';
  return 'ok';
}

const withStatus = (document: Omit<Document, 'status'>): Document => {
  const { schemaVersion, ...rest } = document;
  return { schemaVersion, status: statusOf(document), ...rest };
};

function failed(path: string, bytes: Uint8Array, format: Layout['format'], error: Diagnostic, layout?: Layout): Document {
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    source: source(path, bytes, { format, pages: layout?.pages ?? null, ocr: layout?.ocr ?? false }),
    tables: [],
    diagnostics: [...(layout?.diagnostics ?? []), error],
  };
}
