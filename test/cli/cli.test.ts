/** The CLI as a user runs it: a child process, its exit code, stdout and the files it writes. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// the TypeScript sources through tsx; the compiled CLI is tried by test/package/pack.test.ts
const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const sample = fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });

describe('evaltab extract', () => {
  it('prints the Document of a single input to stdout and exits 0', () => {
    const r = run('extract', sample);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.schemaVersion).toBe('1');
    expect(doc.tables.map((t: { project: { name: string } }) => t.project.name)).toEqual([
      '项目支出绩效目标自评表', '警务技能训练中心装修项目经费', '环六国省县乡公路查验点视频监控建设',
    ]);
  });

  it('writes <name>.json per input, goes on past a bad file, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, Buffer.from([0, 1, 2, 3, 0, 0]));
    const copy = join(dir, 'liupanshui-police-2023-self-evaluation.txt');
    copyFileSync(sample, copy);
    const out = join(dir, 'out');
    const r = run('extract', bad, copy, '--out', out);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['_summary.json', 'bad.txt.json', 'liupanshui-police-2023-self-evaluation.txt.json']);
    const badDoc = JSON.parse(readFileSync(join(out, 'bad.txt.json'), 'utf8'));
    expect(badDoc.diagnostics.map((d: { level: string }) => d.level)).toEqual(['error']);
    const good = JSON.parse(readFileSync(join(out, 'liupanshui-police-2023-self-evaluation.txt.json'), 'utf8'));
    expect(good.tables).toHaveLength(3);
  });

  it('exits 2 with a message on a usage error', () => {
    const r = run('extrakt', sample);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command "extrakt"/);
    expect(r.stdout).toBe('');
  });

  it('explains itself with --help', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit status:/);
  });
});
