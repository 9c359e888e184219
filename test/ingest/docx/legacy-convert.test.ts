import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocxIngester } from '../../../src/ingest/docx/index.js';
import { findSoffice } from '../../../src/ingest/docx/legacy-convert.js';
import { DEFAULT_INGEST_OPTIONS, ingest } from '../../../src/ingest/index.js';
import type { Layout } from '../../../src/ir/types.js';
import { grids } from './helpers.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE header followed by a directory entry name: all the reader looks at. */
const oleWith = (streamName: string) => Buffer.concat([Buffer.from(OLE_MAGIC), Buffer.alloc(504), Buffer.from(streamName, 'utf16le'), Buffer.alloc(64)]);
const codes = (layout: Layout) => layout.diagnostics.map((d) => `${d.level} ${d.code}`);
const work = mkdtempSync(join(tmpdir(), 'evaltab-legacy-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('legacy and encrypted Office files (OLE)', () => {
  it('reports an encrypted (password-protected) DOCX, routed by its OLE signature', async () => {
    const layout = await ingest({ path: 'locked.docx', bytes: oleWith('EncryptedPackage'), options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout)).toEqual(['error docx:encrypted']);
    expect(layout.diagnostics[0]!.message).toContain('encrypted (password-protected) DOCX');
  });

  it('asks for LibreOffice when a .doc arrives and soffice is not installed', async () => {
    const ingester = makeDocxIngester({ findSoffice: async () => null });
    const layout = await ingester({ path: 'old.doc', bytes: oleWith('WordDocument'), options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout)).toEqual(['error docx:legacy-needs-libreoffice']);
    expect(layout.diagnostics[0]!.message).toContain('libreoffice-writer-nogui');
  });

  it('finds soffice only on the PATH it is given', async () => {
    expect(await findSoffice('')).toBeNull();
    const fake = join(work, 'soffice');
    writeFileSync(fake, '#!/bin/sh\nexit 0\n');
    chmodSync(fake, 0o755);
    expect(await findSoffice(`/nonexistent:${work}`)).toBe(fake);
  });

  it('kills a conversion that hangs, and says so', async () => {
    const hanging = join(work, 'hanging-soffice');
    writeFileSync(hanging, '#!/bin/sh\nsleep 30 &\nsleep 30\n');
    chmodSync(hanging, 0o755);
    const ingester = makeDocxIngester({ findSoffice: async () => hanging, conversionTimeoutMs: 300 });
    const started = Date.now();
    const layout = await ingester({ path: 'old.doc', bytes: oleWith('WordDocument'), options: DEFAULT_INGEST_OPTIONS });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(codes(layout)).toEqual(['error docx:legacy-conversion-failed']);
    expect(layout.diagnostics[0]!.message).toContain('did not finish within');
  });

  it('reports a conversion that produces nothing', async () => {
    const failing = join(work, 'failing-soffice');
    writeFileSync(failing, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n');
    chmodSync(failing, 0o755);
    const ingester = makeDocxIngester({ findSoffice: async () => failing });
    const layout = await ingester({ path: 'sheet.xls', bytes: oleWith('Workbook'), options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout)).toEqual(['error docx:legacy-conversion-failed']);
    expect(layout.diagnostics[0]!.message).toContain('source file could not be loaded');
  });
});

describe.skipIf(!process.env.PATH?.split(':').some((d) => { try { execFileSync('test', ['-x', join(d, 'soffice')]); return true; } catch { return false; } }))(
  'with LibreOffice installed',
  () => {
    it('reads a .doc through a LibreOffice conversion, merges intact', async () => {
      const source = new URL('../../../samples/docx/liupanshui-police-2023-self-evaluation.docx', import.meta.url);
      writeFileSync(join(work, 'sample.docx'), readFileSync(source));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'doc', '--outdir', work, join(work, 'sample.docx')], { stdio: 'ignore', timeout: 120_000 });
      const bytes = readFileSync(join(work, 'sample.doc'));
      const layout = await ingest({ path: 'sample.doc', bytes, options: DEFAULT_INGEST_OPTIONS });
      expect(codes(layout)).toEqual(['info docx:converted']);
      const tables = grids(layout.blocks);
      expect(tables).toHaveLength(3);
      const level1 = tables[0]!.cells.find((c) => c.text === '产出指标（50分）');
      expect(level1?.rowSpan).toBe(10);
    });
  },
);
