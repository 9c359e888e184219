/**
 * better-sqlite3 (native), hyparquet-writer and chart.js are optional: extracting to JSON must
 * not load them, and a missing one must say what to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importOptional, MissingPackageError } from '../../src/emit/optional.js';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const sample = fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url));
const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Runs main in a fresh process and says whether better-sqlite3 was loaded (CommonJS: it shows in require.cache). */
function sqliteLoaded(...argv: string[]): { code: number; loaded: boolean } {
  const script = `
    const { main } = await import(${JSON.stringify(main)});
    const code = await main(${JSON.stringify(argv)});
    const { createRequire } = await import('node:module');
    const cache = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write(JSON.stringify({ code, loaded: cache.some((k) => k.includes('better-sqlite3')) }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });
  return JSON.parse(r.stdout) as { code: number; loaded: boolean };
}

describe('optional packages', () => {
  it('extract to JSON does not load better-sqlite3; extract --db does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-lazy-'));
    expect(sqliteLoaded('extract', sample, '--out', join(dir, 'out'), '--quiet')).toEqual({ code: 0, loaded: false });
    expect(sqliteLoaded('extract', sample, '--db', join(dir, 'd.sqlite'), '--quiet')).toEqual({ code: 0, loaded: true });
  });

  it('are imported only where they are used, never statically', () => {
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const staticImports = files.flatMap((f) => readFileSync(join(src, f), 'utf8').split('\n')
      .filter((line) => /^\s*import\s+(?!type\b)[^(]*from\s+'(better-sqlite3|hyparquet-writer|chart\.js)'/.test(line) || /^\s*export\s+(?!type\b).*from\s+'better-sqlite3'/.test(line))
      .map((line) => `${f}: ${line.trim()}`));
    expect(staticImports).toEqual([]);
  });

  it('name the package to install when one is missing', async () => {
    const name = 'evaltab-no-such-package';
    const error = await importOptional(name, 'the test', () => import(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingPackageError);
    expect((error as Error).message).toBe(`the test needs the optional package ${name}, which is not installed or could not be loaded: npm install ${name}`);
  });
});
