#!/usr/bin/env node
// Runs the TypeScript sources through tsx (a runtime dependency), so no build step is needed.
import { register } from 'tsx/esm/api';

register();
// `evaltab extract a.txt | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('./main.ts');
const { CliError } = await import('./args.ts');
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof CliError) {
    process.stderr.write(`evaltab: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
