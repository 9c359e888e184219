/**
 * `evaltab review`: serves the review app for an output directory (or a dataset, --db) until interrupted, or with
 * --stats prints the review's progress. The server lives in src/review; this is the glue.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { debugDirOf } from '../../review/debug-pages.js';
import { DbReviewStore } from '../../review/db-store.js';
import { serveReview } from '../../review/server.js';
import { reviewStats, statsText } from '../../review/stats.js';
import { ReviewStore, type ReviewSource } from '../../review/store.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import type { ReviewArgs } from './review-args.js';

export async function runReview(args: ReviewArgs, io: Io, stop?: Promise<unknown>): Promise<number> {
  const store = await openStore(args);
  if (args.stats) {
    io.stdout.write(statsText(reviewStats(store)));
    store.close?.();
    return 0;
  }
  const debugDir = debugDirOf(args.db ? null : args.dir, args.debug);
  const server = await serveReview(store, args.port, debugDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`review: port ${args.port} is in use; choose another with --port`);
    store.close?.();
    throw error;
  });
  io.stdout.write(`evaltab review: ${server.url}  (Ctrl-C to stop)\n`);
  if (args.open) openBrowser(server.url);
  await (stop ?? interrupted());
  await server.close();
  return 0;
}

/** The documents of an output directory, or of a dataset with --db (its corrections table keeps the decisions). */
async function openStore(args: ReviewArgs): Promise<ReviewSource> {
  if (args.db) return DbReviewStore.open(args.db);
  if (!existsSync(args.dir) || !statSync(args.dir).isDirectory()) throw new CliError(`review: ${args.dir} is not a directory (give the --out directory of extract)`);
  return ReviewStore.open(args.dir);
}

/** Resolves on Ctrl-C or a termination signal. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

/** The platform's "open this URL" command; a failure only means the user opens it by hand. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}
