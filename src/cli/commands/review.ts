/**
 * `evaltab review`: serves the review app for an output directory until interrupted, or with
 * --stats prints the review's progress. The server lives in src/review; this is the glue.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { startReviewServer } from '../../review/server.js';
import { reviewStats, statsText } from '../../review/stats.js';
import { ReviewStore } from '../../review/store.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import type { ReviewArgs } from './review-args.js';

export async function runReview(args: ReviewArgs, io: Io, stop?: Promise<unknown>): Promise<number> {
  if (!existsSync(args.dir) || !statSync(args.dir).isDirectory()) throw new CliError(`review: ${args.dir} is not a directory (give the --out directory of extract)`);
  if (args.stats) {
    io.stdout.write(statsText(reviewStats(await ReviewStore.open(args.dir))));
    return 0;
  }
  const server = await startReviewServer(args.dir, args.port, { debugDir: args.debug }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new CliError(`review: port ${args.port} is in use; choose another with --port`);
    throw error;
  });
  io.stdout.write(`evaltab review: ${server.url}  (Ctrl-C to stop)\n`);
  if (args.open) openBrowser(server.url);
  await (stop ?? interrupted());
  await server.close();
  return 0;
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
