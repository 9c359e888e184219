/**
 * `evaltab export`: one flat file of indicators, tables, funds lines or checks, each row
 * with its document and project columns, for pandas, R, duckdb and Excel.
 */
import { openDataset } from '../../dataset/database.js';
import { columnsOf, selectRows } from '../../dataset/query.js';
import { createRowWriter } from '../../emit/rows/index.js';
import { log } from '../../log.js';
import type { ExportArgs } from '../dataset-args.js';
import type { Io } from '../io.js';
import { ensureWritable } from '../output-file.js';

export async function runExport(args: ExportArgs, io: Io): Promise<number> {
  const db = await openDataset(args.db, { mustExist: true });
  if (args.to !== '-') await ensureWritable(args.to).catch((error: unknown) => { db.close(); throw error; });
  let rows = 0;
  try {
    const started = performance.now();
    const target = args.to === '-' ? { stream: io.stdout } : { path: args.to };
    const writer = await createRowWriter(args.format, columnsOf(args.what), target);
    for (const row of selectRows(db, { what: args.what, filters: args.filters })) {
      await writer.write(row);
      rows++;
    }
    await writer.close();
    log.debug({ what: args.what, rows, to: args.to, format: args.format, ms: Math.round(performance.now() - started) }, 'exported');
  } finally {
    db.close();
  }
  if (!args.quiet && args.to !== '-') io.stderr.write(`wrote ${rows} ${args.what === 'funds' ? 'funds lines' : args.what} to ${args.to}\n`);
  return 0;
}
