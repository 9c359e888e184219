/** Help texts of the dataset commands (`evaltab <command> --help`). */

const FILTERS = `Filters (all optional, combined with AND):
  --year N            fiscal year of the table
  --department TEXT   part of the department, implementing unit or budget unit name ("公安")
  --family KIND       project-self-evaluation, project-targets, department-targets,
                      self-evaluation-summary, final-accounts or other
  --flag NAME         records carrying this flag (src/contract/flags.ts) or failing this check
                      (actual-copies-target, target-missed-but-full-score, score-within-weight …)
  --below C           records with confidence below C (0.8: those meant for human review)
  --category CAT      indicator category: quantity, quality, timeliness, cost, economic-benefit,
                      social-benefit, ecological-benefit, sustainability, satisfaction,
                      budget-execution, other
  --level1 TEXT       indicator 一级 label, exactly ("产出指标")`;

export const DB_HELP = `Usage:
  evaltab db add <JSON files or directories...> --db FILE

Loads Documents written by \`evaltab extract\` into the SQLite dataset FILE (created if missing).
Directories are searched recursively for .json files. Each file is validated against the output
contract; an invalid file is reported on stderr and skipped, the rest goes on (exit 1 at the end).
A document already in the dataset (same source sha256) has its rows replaced in one transaction.
The schema of FILE is documented in src/dataset/SCHEMA.md.

Options:
  --db FILE    the dataset
  --quiet      no summary on stderr`;

export const SEARCH_HELP = `Usage:
  evaltab search [text] --db FILE [filters] [--what indicators|tables] [--json | --csv] [--limit N]

Finds indicators whose name, 一级/二级 labels, target, actual, completion, deviation or explanation,
or whose project name, department or unit, contain <text> (full-text search; several words must
all match). --what tables searches project names, departments, titles, goals and conclusions and
prints tables. Without text, the filters alone choose (evaltab search --flag actual-copies-target).
Words of 3 or more characters use the trigram index; 1–2 character words are matched with LIKE
(slower on a large dataset).

At a terminal: a readable table (the first 50 rows unless --limit). Piped, or with --json: one
JSON object per line, the columns of \`evaltab export\`; --csv: CSV like \`evaltab export\`.

${FILTERS}

Options:
  --db FILE    the dataset
  --limit N    at most N rows (0: all)`;

export const EXPORT_HELP = `Usage:
  evaltab export --db FILE --to OUT.csv|OUT.jsonl|OUT.parquet [--what WHAT] [filters]

Writes one row per indicator (--what indicators, the default), table, funds line (funds) or audit
check (checks), each with its document and project columns (the views indicator_view, table_view,
funds_view, check_view of src/dataset/SCHEMA.md).
  .csv      UTF-8 with BOM, RFC 4180 quoting, CRLF; text cells that start with = + - @ tab or CR
            are prefixed with ' (no formula injection); numbers are plain numbers; JSON arrays
            (flags, failed_checks) as JSON text
  .jsonl    one JSON object per line; flags and failed_checks as arrays
  .parquet  typed columns: DOUBLE, INT32, BOOLEAN, UTF8 strings (JSON text for arrays), nulls
--format csv|jsonl|parquet overrides the extension; --to - writes to stdout (with --format).

${FILTERS}`;

export const REPORT_HELP = `Usage:
  evaltab report --db FILE [filters] [--html OUT.html] [--json] [--top N]

Answers the audit questions over the dataset (or the part the filters keep): projects and
indicators per department and year; the distribution of budget execution rates; indicators
whose actual copies the target; targets missed but given full score; scores above their weight;
totals that do not add up; grades that do not match the total; the share of records needing
review (confidence < 0.8). The findings are the failed checks computed at extraction
(src/audit/checks.ts).

  (default)       text on stdout, with the first N findings of each kind (--top, default 10)
  --json          the figures as one JSON object
  --html OUT      also a self-contained HTML page: sortable tables, an execution-rate histogram
                  and grade counts by department (chart.js inlined; no network needed)

${FILTERS}`;
