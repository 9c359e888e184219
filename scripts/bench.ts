/**
 * `npm run bench`: prints speed and memory figures per input format. Each section runs in
 * its own child process so that peak memory is its own. Figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const sections = readdirSync(join(here, 'bench')).filter((f) => f.endsWith('-section.ts')).sort();
const only = process.argv[2];

for (const file of sections) {
  if (only && !file.startsWith(only)) continue;
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'bench', file)], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' },
  });
  process.stdout.write(out);
}
