/**
 * `evaltab search`: indicators (or tables) matching a text, with the dataset filters. A
 * person at a terminal gets a table; a pipe gets JSON lines (or CSV with --csv), the same
 * columns `evaltab export` writes.
 */
import { basename } from 'node:path';
import { openDataset } from '../../dataset/database.js';
import { columnsOf, countRows, indexable, selectRows, terms, type ViewQuery } from '../../dataset/query.js';
import { createRowWriter, renderTable, type DataRow, type TerminalColumn } from '../../emit/rows/index.js';
import { log } from '../../log.js';
import type { SearchArgs } from '../dataset-args.js';
import type { Io } from '../io.js';

const TERMINAL_LIMIT = 50;

export async function runSearch(args: SearchArgs, io: Io): Promise<number> {
  const db = await openDataset(args.db, { mustExist: true });
  try {
    const forPerson = args.output === 'auto' && io.tty;
    const limit = args.limit === 0 ? null : args.limit ?? (forPerson ? TERMINAL_LIMIT : null);
    const query: ViewQuery = { what: args.what, filters: args.filters, text: args.query, limit };
    const short = terms(args.query).filter((t) => !indexable(t));
    if (short.length > 0) log.debug({ terms: short }, 'short terms: LIKE instead of the trigram index');
    const started = performance.now();
    if (forPerson) {
      const rows = [...selectRows(db, query)] as DataRow[];
      const total = limit !== null && rows.length === limit ? countRows(db, query) : rows.length;
      await write(io, rows.length === 0 ? `no ${args.what} match "${args.query}"\n` : renderTable(args.what === 'tables' ? TABLE_COLUMNS : INDICATOR_COLUMNS, rows, io.columns));
      if (total > rows.length) await write(io, `… ${total - rows.length} more of ${total} (--limit 0 shows all, --json or --csv for a file)\n`);
    } else {
      const writer = await createRowWriter(args.output === 'csv' ? 'csv' : 'jsonl', columnsOf(args.what), { stream: io.stdout });
      for (const row of selectRows(db, query)) await writer.write(row);
      await writer.close();
    }
    log.debug({ query: args.query, ms: Math.round(performance.now() - started) }, 'searched');
  } finally {
    db.close();
  }
  return 0;
}

const write = (io: Io, text: string) => new Promise<void>((resolve) => io.stdout.write(text, () => resolve()));

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown): string => (typeof v === 'number' ? String(Math.round(v * 100) / 100) : '');

/** file:p3 for a page, file:L58 for a line of a text source. */
export function source(row: DataRow): string {
  const where = row.page !== null && row.page !== undefined ? `:p${row.page}` : row.lines_first !== null && row.lines_first !== undefined ? `:L${row.lines_first}` : '';
  return `${basename(str(row.document_path))}${where}`;
}

const confidence: TerminalColumn<DataRow> = {
  header: 'conf', align: 'right', min: 4,
  value: (r) => `${(r.confidence as number).toFixed(2)}${(r.confidence as number) < 0.8 ? '*' : ''}`,
};

const INDICATOR_COLUMNS: TerminalColumn<DataRow>[] = [
  { header: 'year', value: (r) => str(r.year), min: 4 },
  { header: 'project', value: (r) => str(r.project), min: 8 },
  { header: 'indicator', value: (r) => str(r.level3), min: 8 },
  { header: 'target', value: (r) => str(r.target_raw), min: 6 },
  { header: 'actual', value: (r) => str(r.actual_raw), min: 6 },
  { header: 'score', align: 'right', value: (r) => (r.weight === null && r.score === null ? '' : `${num(r.score)}/${num(r.weight)}`), min: 5 },
  confidence,
  { header: 'source', value: source, min: 10, cut: 'middle' },
];

const TABLE_COLUMNS: TerminalColumn<DataRow>[] = [
  { header: 'year', value: (r) => str(r.year), min: 4 },
  { header: 'family', value: (r) => str(r.family), min: 8 },
  { header: 'project', value: (r) => str(r.project ?? r.title), min: 10 },
  { header: 'department', value: (r) => str(r.department_or_unit), min: 8 },
  { header: 'total', align: 'right', value: (r) => num(r.total_score), min: 5 },
  { header: 'grade', value: (r) => str(r.grade), min: 5 },
  { ...confidence, value: (r) => `${(r.confidence as number).toFixed(2)}${(r.confidence as number) < 0.8 ? '*' : ''}` },
  { header: 'source', value: source, min: 10, cut: 'middle' },
];
