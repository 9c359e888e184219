/**
 * CLI start-up: `evaltab --help` from the compiled build (what an installed user runs) against
 * `node -e 0` (Node's own start-up) measured in the same run, and the run from the TypeScript
 * sources through tsx for comparison. Needs `npm run build` (npm ci runs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt } from './measure.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const compiled = `${root}dist/src/cli/evaltab.js`;
const ROUNDS = 10;

/** Median wall time of `node …args` over ROUNDS runs, in ms. */
function median(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

if (!existsSync(compiled)) {
  console.log('cli   no compiled build (dist/): run `npm run build` first');
} else {
  const node = median(['-e', '0']);
  const help = median([compiled, '--help']);
  const sources = median(['--import', 'tsx', `${root}src/cli/evaltab.ts`, '--help']);
  console.log(`cli   start-up (--help, median of ${ROUNDS}): compiled ${fmt(help, 0)} ms = ${fmt(help / node, 1)}× node -e 0 (${fmt(node, 0)} ms); from sources via tsx ${fmt(sources, 0)} ms`);
}
