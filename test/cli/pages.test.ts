/**
 * Pages in a batch, run as a user runs it (a child process): the progress line on a piped
 * stderr and _summary.json count the pages of the Documents read (issue #11).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const sample = (name: string) => fileURLToPath(new URL(`../../samples/${name}`, import.meta.url));

describe('extract --out counts pages', () => {
  it('in the progress line and the summary: 3 PDF pages, none for a text input', () => {
    const root = mkdtempSync(join(tmpdir(), 'evaltab-pages-'));
    mkdirSync(join(root, 'in'));
    copyFileSync(sample('pdf-lo/liupanshui-police-2023-self-evaluation-lo.pdf'), join(root, 'in/report.pdf')); // 3 pages
    copyFileSync(sample('liupanshui-police-2023-self-evaluation.txt'), join(root, 'in/report.txt'));
    const out = join(root, 'out');
    const { status, stderr } = spawnSync(process.execPath, ['--import', 'tsx', cli, 'extract', join(root, 'in'), '--out', out, '--ocr-engine', 'none'],
      { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });
    expect(status, stderr).toBe(0);
    expect(stderr).toMatch(/^evaltab: 2\/2 documents · 3 pages · 0 failed · [\d.]+ docs\/s · [\d.]+ pages\/s · ETA 0:00$/m);
    expect(stderr).toMatch(/^2 documents: .*, 3 pages \(/m);
    expect(JSON.parse(readFileSync(join(out, '_summary.json'), 'utf8'))).toMatchObject({ inputs: 2, pages: 3 });
  });
});
