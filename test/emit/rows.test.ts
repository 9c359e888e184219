/** The flat formats: CSV quoting, BOM and formula injection; JSON lines; Parquet read back with its types. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { createRowWriter, csvField, type OutputColumn } from '../../src/emit/rows/index.js';

const columns: OutputColumn[] = [
  { name: 'name', type: 'text' },
  { name: 'score', type: 'real' },
  { name: 'year', type: 'integer' },
  { name: 'needs_review', type: 'boolean' },
  { name: 'flags', type: 'json' },
];

/** Rows as SQLite returns them: booleans 0/1, JSON arrays as text. */
const rows = [
  { name: '群众满意度', score: -5, year: 2023, needs_review: 1, flags: '["cells-shifted"]' },
  { name: '=HYPERLINK("http://x","点我")', score: 9.71, year: null, needs_review: 0, flags: '[]' },
  { name: 'a, "quoted"\nsecond line', score: null, year: 2024, needs_review: null, flags: '[]' },
  { name: '-5%', score: 0, year: 2025, needs_review: 0, flags: '[]' },
];

async function written(format: 'csv' | 'jsonl'): Promise<string> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = await createRowWriter(format, columns, { stream });
  for (const row of rows) await writer.write(row);
  await writer.close();
  return Buffer.concat(chunks).toString('utf8');
}

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, quotes per RFC 4180, and keeps numbers as numbers', async () => {
    const text = await written('csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')).toEqual([
      'name,score,year,needs_review,flags',
      '群众满意度,-5,2023,true,"[""cells-shifted""]"',
      `"'=HYPERLINK(""http://x"",""点我"")",9.71,,false,[]`,
      '"a, ""quoted""\nsecond line",,2024,,[]',
      "'-5%,0,2025,false,[]",
      '',
    ]);
  });

  it('prefixes every formula start (= + - @ tab CR) in text, never in a number column', () => {
    const text: OutputColumn = { name: 't', type: 'text' };
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'ok', '1-2'].map((v) => csvField(text, v)))
      .toEqual(["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", `"'\rx"`, 'ok', '1-2']);
    expect(csvField({ name: 'n', type: 'real' }, -5)).toBe('-5');
  });

  it('writes only the header when there are no rows', async () => {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    const writer = await createRowWriter('csv', columns, { stream });
    await writer.close();
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\uFEFFname,score,year,needs_review,flags\r\n');
  });
});

describe('JSON lines', () => {
  it('writes one object per row with numbers, booleans, nulls and arrays', async () => {
    const lines = (await written('jsonl')).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual({ name: '群众满意度', score: -5, year: 2023, needs_review: true, flags: ['cells-shifted'] });
    expect(JSON.parse(lines[2]!)).toEqual({ name: 'a, "quoted"\nsecond line', score: null, year: 2024, needs_review: null, flags: [] });
  });
});

describe('Parquet', () => {
  it('is read back with its rows, nulls and column types', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'evaltab-pq-')), 'x.parquet');
    const writer = await createRowWriter('parquet', columns, { path });
    for (const row of rows) await writer.write(row);
    await writer.close();
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
    expect(bytes.subarray(-4).toString()).toBe('PAR1');
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const meta = parquetMetadata(file);
    expect(meta.num_rows).toBe(4n);
    expect(meta.schema.slice(1).map((s) => [s.name, s.type, s.converted_type ?? null, s.repetition_type])).toEqual([
      ['name', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
      ['score', 'DOUBLE', null, 'OPTIONAL'],
      ['year', 'INT32', null, 'OPTIONAL'],
      ['needs_review', 'BOOLEAN', null, 'OPTIONAL'],
      ['flags', 'BYTE_ARRAY', 'UTF8', 'OPTIONAL'],
    ]);
    expect(await parquetReadObjects({ file })).toEqual([
      { name: '群众满意度', score: -5, year: 2023, needs_review: true, flags: '["cells-shifted"]' },
      { name: '=HYPERLINK("http://x","点我")', score: 9.71, year: null, needs_review: false, flags: '[]' },
      { name: 'a, "quoted"\nsecond line', score: null, year: 2024, needs_review: null, flags: '[]' },
      { name: '-5%', score: 0, year: 2025, needs_review: false, flags: '[]' },
    ]);
  });
});
