/**
 * What lives in an output directory besides the Documents' JSON: the reviewers' decisions
 * (x.review.json, evaltab review), the batch summary (_summary.json, extract) and the debug
 * overlays' indexes (<name>.<sha8>.debug.json, extract --debug). Readers of an output (db add,
 * the review app) take the Documents only.
 */
import { basename } from 'node:path';
import { SUMMARY_FILE } from '../batch/summary.js';
import { isReviewPath } from '../review/review-file.js';

const DEBUG_INDEX = /\.[0-9a-f]{8}\.debug\.json$/i;

/** A JSON file of an output that should hold a Document. */
export function isDocumentJson(path: string): boolean {
  const name = basename(path);
  return /\.json$/i.test(name) && !isReviewPath(name) && name !== SUMMARY_FILE && !DEBUG_INDEX.test(name);
}
