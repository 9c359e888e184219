/** The options and help of `evaltab review` (issue #12). */
import { CliError } from '../errors.js';
import { integer, parseOptions } from '../options.js';

export interface ReviewArgs {
  /** the output directory of `extract --out` */
  dir: string;
  port: number;
  open: boolean;
  stats: boolean;
  quiet: boolean;
  /** where `extract --debug` wrote its overlays (default <out dir>/_debug when it exists) */
  debug?: string | null;
}

export const REVIEW_HELP = `evaltab review <out dir> [--port N] [--open]
evaltab review <out dir> --stats

Opens a local web app (on 127.0.0.1 only) to check what extract read: the documents of <out dir>
(the JSON files of extract --out) with their status; per table the records, least confident first;
each record's fields beside the crop of the page (PDF, scans) or the lines and cells (text, DOCX,
XLSX, HTML) they were read from, with every flag and failed check explained.
Keys: j/k next/previous record, n/p next/previous field, e edit, a accept, x undo, ? help.

Decisions are kept apart from the extraction, in <name>.review.json beside each <name>.json, keyed
by the source's sha256, the table and the record: they survive a re-extraction of the same file.

A record whose page has a debug overlay (extract --debug DIR: rulings, cells, tables and column
roles drawn over the page) links to it; the overlays are looked for in <out dir>/_debug, or in DIR.

Options:
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
  });
  if (positionals.length !== 1) throw new CliError('review needs one output directory (the --out of extract)\nRun evaltab review --help for usage.');
  const port = integer('port', values.port, 0) ?? 4317;
  if (port > 65535) throw new CliError(`--port must be at most 65535, got "${values.port}"`);
  return { dir: positionals[0]!, port, open: values.open ?? false, stats: values.stats ?? false, quiet: values.quiet ?? false, debug: values.debug ?? null };
}
