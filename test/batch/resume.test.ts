/** Atomic writes and the resume check: an output is up to date for the same bytes and version only. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/batch/atomic-write.js';
import { isUpToDate, outputStamp } from '../../src/batch/resume.js';
import { documentJson } from '../../src/emit/json.js';

// sha256 of the three bytes "abc" (FIPS 180-2 test vector)
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const output = (sha256: string, version = '1.2.3', status: 'ok' | 'failed' = 'ok') => documentJson({
  schemaVersion: '1', evaltabVersion: version, status,
  source: { path: 'in.txt', sha256, format: 'text', pages: null, ocr: false }, tables: [], diagnostics: [],
});

describe('writeFileAtomic', () => {
  it('creates folders, leaves no temporary file, and refuses review files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-atomic-'));
    await writeFileAtomic(join(dir, 'a/b/x.pdf.json'), '{}');
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['a', 'a/b', 'a/b/x.pdf.json']);
    await expect(writeFileAtomic(join(dir, 'x.pdf.review.json'), '{}')).rejects.toThrow(/review files belong to evaltab review/);
  });
});

describe('resume', () => {
  it('reads the version and hash an output was written with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-resume-'));
    writeFileSync(join(dir, 'o.json'), output(ABC));
    expect(await outputStamp(join(dir, 'o.json'))).toEqual({ version: '1.2.3', sha256: ABC, failed: false });
    expect(await outputStamp(join(dir, 'missing.json'))).toBeNull();
  });

  it('is up to date only for the same bytes and the same version, and not when it failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evaltab-resume-'));
    writeFileSync(join(dir, 'in.txt'), 'abc');
    writeFileSync(join(dir, 'o.json'), output(ABC));
    expect(await isUpToDate(join(dir, 'o.json'), join(dir, 'in.txt'), '1.2.3')).toBe(true);
    expect(await isUpToDate(join(dir, 'o.json'), join(dir, 'in.txt'), '1.2.4')).toBe(false);
    writeFileSync(join(dir, 'failed.json'), output(ABC, '1.2.3', 'failed'));
    expect(await isUpToDate(join(dir, 'failed.json'), join(dir, 'in.txt'), '1.2.3')).toBe(false);
    writeFileSync(join(dir, 'in.txt'), 'abd');
    expect(await isUpToDate(join(dir, 'o.json'), join(dir, 'in.txt'), '1.2.3')).toBe(false);
    writeFileSync(join(dir, 'old.json'), output(ABC).replace(/ {2}"evaltabVersion".*\n/, ''));
    expect(await isUpToDate(join(dir, 'old.json'), join(dir, 'in.txt'), '1.2.3')).toBe(false);
  });
});
