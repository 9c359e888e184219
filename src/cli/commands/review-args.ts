/** The options and help of `evaltab review` (issue #12). */
import { CliError } from '../errors.js';
import { integer, parseOptions } from '../options.js';

export interface ReviewArgs {
  /** the output directory of `extract --out`; '' with --db */
  dir: string;
  /** --db FILE: review the documents of a dataset instead; decisions go to its corrections table */
  db?: string | null;
  port: number;
  open: boolean;
  stats: boolean;
  quiet: boolean;
  /** where `extract --debug` wrote its overlays (default <out dir>/_debug when it exists) */
  debug?: string | null;
}

export const REVIEW_HELP = `evaltab review <out dir> [--port N] [--open]
evaltab review --db data.sqlite [--port N] [--open]
evaltab review <out dir> --stats   (or --db data.sqlite --stats)

Opens a local web app (on 127.0.0.1 only) to check what extract read: the documents of <out dir>
(the JSON files of extract --out) with their status; per table the records, least confident first;
each record's fields beside the crop of the page (PDF, scans) or the lines and cells (text, DOCX,
XLSX, HTML) they were read from, with every flag and failed check explained.
Keys: j/k next/previous record, n/p next/previous field, e edit, a accept, x undo, ? help.

Decisions are kept apart from the extraction, in <name>.review.json beside each <name>.json, keyed
by the source's sha256, the table and the record: they survive a re-extraction of the same file.

A record whose page has a debug overlay (extract --debug DIR: rulings, cells, tables and column
roles drawn over the page) links to it; the overlays are looked for in <out dir>/_debug, or in DIR.

With --db, the documents of the dataset are reviewed (each read from the JSON db add loaded, or
rebuilt from its rows); decisions go to the dataset's corrections table and are applied to the
indicators at once (review_status, review_original and the corrected fields), as db add applies
review files, so export and search carry them.

Options:
  --db FILE    review the documents of a dataset instead of an output directory
  --port N     port to listen on (default 4317; 0 picks a free one)
  --debug DIR  the --debug directory of extract, when it is not <out dir>/_debug
  --open       open the app in the default browser
  --stats      print how many records were reviewed and corrected, by field, and exit
  --quiet      no log on stderr
  -h, --help   this help`;

export function parseReview(argv: string[]): ReviewArgs {
  const { values, positionals } = parseOptions('review', argv, {
    port: { type: 'string' },
    open: { type: 'boolean', default: false },
    stats: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    debug: { type: 'string' },
    db: { type: 'string' },
  });
  const db = values.db ?? null;
  if (db !== null && positionals.length > 0) throw new CliError('review takes an output directory or --db FILE, not both');
  if (db === null && positionals.length !== 1) throw new CliError('review needs one output directory (the --out of extract) or --db FILE\nRun evaltab review --help for usage.');
  const port = integer('port', values.port, 0) ?? 4317;
  if (port > 65535) throw new CliError(`--port must be at most 65535, got "${values.port}"`);
  return { dir: positionals[0] ?? '', db, port, open: values.open ?? false, stats: values.stats ?? false, quiet: values.quiet ?? false, debug: values.debug ?? null };
}
