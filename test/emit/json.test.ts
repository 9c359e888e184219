/** The JSON emitter: the file naming and stdout behaviour extract has always had. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/contract/schema.js';
import { createJsonEmitter } from '../../src/emit/json.js';

const doc = (path: string): Document => ({
  schemaVersion: '1', status: 'failed',
  source: { path, sha256: 'e3b0', format: 'text', pages: null, ocr: false },
  tables: [], diagnostics: [{ level: 'error', code: 'input:unreadable', message: 'x', page: null }],
});

describe('JSON emitter', () => {
  it('names files after their input relative to the common root, mirroring its folders', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'evaltab-json-')), 'out');
    const emitter = await createJsonEmitter({ dir });
    await emitter.emit(doc('a/report.txt'), 'a/report.txt');
    await emitter.emit(doc('b/report.txt'), 'b/report.txt');
    await emitter.emit(doc('c.pdf'), 'c.pdf');
    await emitter.close();
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()).toEqual(['a', 'a/report.txt.json', 'b', 'b/report.txt.json', 'c.pdf.json']);
    expect(JSON.parse(readFileSync(join(dir, 'b/report.txt.json'), 'utf8')).source.path).toBe('b/report.txt');
  });

  it('writes one pretty-printed Document to a stream, ending with a newline', async () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
    const emitter = await createJsonEmitter({ stream });
    await emitter.emit(doc('x.txt'), 'x.txt');
    const text = chunks.join('');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": "1",');
    expect(JSON.parse(text).source.path).toBe('x.txt');
  });
});
