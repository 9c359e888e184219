import { describe, expect, it } from 'vitest';
import { readZipDirectory, readZipEntry } from '../../../src/ingest/docx/zip-reader.js';
import { buildZip } from './helpers.js';

const LIMITS = { maxEntries: 100, maxTotalBytes: 1024 * 1024 };

/** Rewrites a classic archive's end record as ZIP64 (end record + locator + classic record of 0xFFFF…). */
function toZip64EndRecord(zip: Buffer): Buffer {
  const eocd = zip.length - 22;
  const count = zip.readUInt16LE(eocd + 10);
  const size = zip.readUInt32LE(eocd + 12);
  const offset = zip.readUInt32LE(eocd + 16);
  const rec = Buffer.alloc(56);
  rec.writeUInt32LE(0x06064b50, 0);
  rec.writeBigUInt64LE(44n, 4);
  rec.writeUInt16LE(45, 12);
  rec.writeUInt16LE(45, 14);
  rec.writeBigUInt64LE(BigInt(count), 24);
  rec.writeBigUInt64LE(BigInt(count), 32);
  rec.writeBigUInt64LE(BigInt(size), 40);
  rec.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(eocd), 8);
  locator.writeUInt32LE(1, 16);
  const classic = Buffer.from(zip.subarray(eocd));
  classic.writeUInt16LE(0xffff, 8);
  classic.writeUInt16LE(0xffff, 10);
  classic.writeUInt32LE(0xffffffff, 12);
  classic.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, eocd), rec, locator, classic]);
}

describe('zip reader', () => {
  it('lists entries with their declared sizes and inflates them', async () => {
    const zip = buildZip([{ name: 'a.xml', data: '<a>文</a>' }, { name: 'b.txt', data: 'stored', method: 0 }]);
    const entries = readZipDirectory(zip, LIMITS);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['a.xml', 8, 10], ['b.txt', 0, 6]]);
    expect(Buffer.from(await readZipEntry(zip, entries[0]!, 100)).toString('utf8')).toBe('<a>文</a>');
    expect(Buffer.from(await readZipEntry(zip, entries[1]!, 100)).toString('utf8')).toBe('stored');
  });

  it('finds the directory behind an archive comment', () => {
    const zip = buildZip([{ name: 'a.xml', data: '<a/>' }]);
    const comment = Buffer.from('written by some tool');
    const withComment = Buffer.concat([zip.subarray(0, zip.length - 2), Buffer.from([comment.length, 0]), comment]);
    expect(readZipDirectory(withComment, LIMITS).map((e) => e.name)).toEqual(['a.xml']);
  });

  it('reads a ZIP64 end-of-directory record', async () => {
    const zip = toZip64EndRecord(buildZip([{ name: 'word/document.xml', data: '<w:document/>' }]));
    const entries = readZipDirectory(zip, LIMITS);
    expect(entries.map((e) => e.name)).toEqual(['word/document.xml']);
    expect(Buffer.from(await readZipEntry(zip, entries[0]!, 100)).toString('utf8')).toBe('<w:document/>');
  });

  it('refuses an entry whose declared size is past the cap before reading it', async () => {
    const zip = buildZip([{ name: 'a.xml', data: 'x'.repeat(200) }]);
    const [entry] = readZipDirectory(zip, LIMITS);
    await expect(readZipEntry(zip, entry!, 100)).rejects.toMatchObject({ code: 'docx:zip-bomb' });
  });

  it('turns a directory that points outside the file into a corrupt-zip error', () => {
    const zip = Buffer.from(buildZip([{ name: 'a.xml', data: '<a/>' }]));
    zip.writeUInt32LE(0x7fffffff, zip.length - 6); // central directory offset
    expect(() => readZipDirectory(zip, LIMITS)).toThrow(expect.objectContaining({ code: 'docx:corrupt-zip' }));
  });
});
