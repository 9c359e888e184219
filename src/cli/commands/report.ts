/**
 * `evaltab report`: the audit questions over the dataset, as text (or --json) on stdout and,
 * with --html, a self-contained page.
 */
import { writeFile } from 'node:fs/promises';
import { openDataset } from '../../dataset/database.js';
import { reportFigures } from '../../dataset/report/figures.js';
import { chartJsSource, reportHtml } from '../../dataset/report/html.js';
import { reportText } from '../../dataset/report/text.js';
import type { ReportArgs } from '../dataset-args.js';
import type { Io } from '../io.js';
import { ensureWritable } from '../output-file.js';
import { evaltabVersion } from '../version.js';

export async function runReport(args: ReportArgs, io: Io): Promise<number> {
  const db = await openDataset(args.db, { mustExist: true });
  if (args.html !== null) await ensureWritable(args.html).catch((error: unknown) => { db.close(); throw error; });
  let figures;
  try {
    figures = reportFigures(db, args.filters);
  } finally {
    db.close();
  }
  if (args.html !== null) {
    const page = reportHtml(figures, await chartJsSource(), { database: args.db, evaltabVersion: evaltabVersion(), generatedAt: new Date().toISOString() });
    await writeFile(args.html, page);
    if (!args.quiet) io.stderr.write(`wrote ${args.html}\n`);
  }
  const text = args.json ? `${JSON.stringify(figures, null, 2)}\n` : reportText(figures, { database: args.db, width: io.tty ? io.columns : 120, top: args.top });
  await new Promise<void>((resolve) => io.stdout.write(text, () => resolve()));
  return 0;
}
