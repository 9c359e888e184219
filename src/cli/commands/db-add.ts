/**
 * `evaltab db add`: Documents written earlier (JSON) into the dataset. Each file is validated
 * against the contract first; a file that is not a valid Document is reported and skipped,
 * and the rest goes on. Reviewers' decisions kept beside a file (`x.review.json`, evaltab
 * review) are applied as it is loaded: corrected values in the fields, the extracted ones in
 * review_original, the decision in review_status.
 */
import { readFile } from 'node:fs/promises';
import { DocumentSchema, type Document } from '../../contract/schema.js';
import { openDataset } from '../../dataset/database.js';
import { loadDocument } from '../../dataset/loader.js';
import { applyCorrections } from '../../review/apply.js';
import { loadReview } from '../../review/review-file.js';
import { isDocumentJson } from '../../emit/output-layout.js';
import { log } from '../../log.js';
import type { DbAddArgs } from '../dataset-args.js';
import { CliError } from '../errors.js';
import { expandInputs } from '../inputs.js';
import type { Io } from '../io.js';
import { evaltabVersion } from '../version.js';

export async function runDbAdd(args: DbAddArgs, io: Io): Promise<number> {
  // review files beside the outputs are applied with their document; summaries and debug indexes are not Documents
  const files = (await expandInputs(args.inputs, /\.json$/i)).filter(isDocumentJson);
  if (files.length === 0) throw new CliError('no JSON files found');
  const db = await openDataset(args.db);
  const version = evaltabVersion();
  const totals = { documents: 0, replaced: 0, tables: 0, indicators: 0, skipped: 0 };
  try {
    for (const file of files) {
      const read = await readDocument(file);
      if (typeof read === 'string') {
        totals.skipped++;
        io.stderr.write(`evaltab: skipped ${file}: ${read}\n`);
        continue;
      }
      const result = loadDocument(db, read, { evaltabVersion: version, loadedFrom: file });
      totals.documents++;
      if (result.replaced) totals.replaced++;
      totals.tables += result.tables;
      totals.indicators += result.indicators;
      log.debug({ file, ...result }, 'loaded');
    }
  } finally {
    db.close();
  }
  if (!args.quiet) io.stderr.write(`${summary(totals)} into ${args.db}\n`);
  return totals.skipped > 0 ? 1 : 0;
}

/** The Document in the file, or why it is not one. */
async function readDocument(file: string): Promise<Document | string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return `cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const parsed = DocumentSchema.safeParse(value);
  if (parsed.success) return withReview(file, parsed.data);
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`).join('; ');
  return `not an evaltab Document (${issues})`;
}

/** The Document with the decisions of its review file applied; a review file for other bytes of the source, or unreadable, is not. */
async function withReview(file: string, document: Document): Promise<Document> {
  try {
    const { review } = await loadReview(file, document.source.sha256, document.source.path);
    return review.records.length === 0 ? document : applyCorrections(document, review);
  } catch (error) {
    log.warn({ file, err: (error as Error).message }, 'review file not applied');
    return document;
  }
}

function summary(t: { documents: number; replaced: number; tables: number; indicators: number; skipped: number }): string {
  const parts = [`added ${t.documents} document${t.documents === 1 ? '' : 's'} (${t.tables} tables, ${t.indicators} indicators${t.replaced > 0 ? `; ${t.replaced} replaced an earlier load` : ''})`];
  if (t.skipped > 0) parts.push(`skipped ${t.skipped} invalid file${t.skipped === 1 ? '' : 's'}`);
  return parts.join(', ');
}
