#!/usr/bin/env node
/**
 * The `evaltab` command. Installed, it runs compiled JavaScript (dist/src/cli/evaltab.js, the
 * package's `bin`); in the repository, `npm run dev -- …` or `node --import tsx
 * src/cli/evaltab.ts …` runs the TypeScript sources directly. Exit codes and stdout are
 * decided in main.ts; this file only turns a usage error into its message and exit code.
 */
import { CliError } from './args.js';
import { main } from './main.js';

// `evaltab extract a.txt | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliError)) throw error;
  process.stderr.write(`evaltab: ${error.message}\n`);
  process.exitCode = error.exitCode;
}
