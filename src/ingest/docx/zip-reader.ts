/**
 * Just enough ZIP (APPNOTE.TXT 6.3) to read DOCX parts, with Node's zlib: the central
 * directory gives names and declared sizes; an entry is inflated with zlib's
 * `maxOutputLength`, so a zip bomb stops at the cap whatever the directory declares.
 * No zip library: reading a central directory is ~100 lines, and this way every limit is ours.
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { DocxError } from './docx-error.js';

const inflateRaw = promisify(zlib.inflateRaw);

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  /** cap on the summed declared and actual uncompressed size of everything read */
  maxTotalBytes: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

const corrupt = (why: string) => new DocxError('docx:corrupt-zip', `the DOCX is not a readable ZIP archive (${why}); the file is damaged or truncated`);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function findEndOfCentralDirectory(dv: DataView): number {
  const last = dv.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (dv.getUint32(at, true) === SIG_EOCD) return at;
  }
  throw corrupt('no end-of-central-directory record');
}

/** Entry count and directory location, from the ZIP64 record when the classic one overflows. */
function directoryLocation(dv: DataView, eocd: number): { count: number; offset: number; size: number } {
  let count = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff || size === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === SIG_EOCD64_LOCATOR) {
    const at = Number(dv.getBigUint64(eocd - 12, true));
    if (at + 56 > dv.byteLength || dv.getUint32(at, true) !== SIG_EOCD64) throw corrupt('bad ZIP64 end record');
    count = Number(dv.getBigUint64(at + 32, true));
    size = Number(dv.getBigUint64(at + 40, true));
    offset = Number(dv.getBigUint64(at + 48, true));
  }
  if (offset + size > dv.byteLength) throw corrupt('central directory lies outside the file');
  return { count, offset, size };
}

/** ZIP64 extra field (0x0001): 8-byte values for the fields whose 32-bit slot is 0xFFFFFFFF, in this order. */
function applyZip64Extra(dv: DataView, start: number, end: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= end;) {
    const id = dv.getUint16(at, true);
    const len = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => { const v = p + 8 <= at + 4 + len ? Number(dv.getBigUint64(p, true)) : NaN; p += 8; return v; };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
    }
    at += 4 + len;
  }
}

/** Reads the central directory, refusing too many entries or declared sizes past the cap. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  try {
    return readDirectory(bytes, limits);
  } catch (error) {
    // DataView reads past the end throw RangeError: a truncated or forged directory
    if (error instanceof RangeError) throw corrupt('a directory record points outside the file');
    throw error;
  }
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  if (bytes.length < 22) throw corrupt('file too short');
  const dv = view(bytes);
  const { count, offset, size } = directoryLocation(dv, findEndOfCentralDirectory(dv));
  if (count > limits.maxEntries) {
    throw new DocxError('docx:zip-bomb', `the archive lists ${count} entries (limit ${limits.maxEntries}); a DOCX has a few dozen: refused as a zip bomb`);
  }
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let declared = 0;
  for (let at = offset, i = 0; i < count; i++) {
    if (at + 46 > offset + size || dv.getUint32(at, true) !== SIG_CENTRAL) throw corrupt(`central directory entry ${i + 1} is damaged`);
    const nameLen = dv.getUint16(at + 28, true);
    const extraLen = dv.getUint16(at + 30, true);
    const commentLen = dv.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)),
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      crc32: dv.getUint32(at + 16, true),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
    };
    applyZip64Extra(dv, at + 46 + nameLen, at + 46 + nameLen + extraLen, entry);
    if (![entry.compressedSize, entry.uncompressedSize, entry.localHeaderOffset].every(Number.isFinite)) throw corrupt(`bad ZIP64 sizes for ${entry.name}`);
    declared += entry.uncompressedSize;
    entries.push(entry);
    at += 46 + nameLen + extraLen + commentLen;
  }
  if (declared > limits.maxTotalBytes) {
    throw new DocxError('docx:zip-bomb', `the archive declares ${mb(declared)} uncompressed (limit ${mb(limits.maxTotalBytes)}): refused as a zip bomb`);
  }
  return entries;
}

export const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== SIG_LOCAL) throw corrupt(`local header of ${entry.name} is damaged`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(`${entry.name} is truncated`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, at most `maxBytes` of output: zlib stops and throws past
 * `maxOutputLength`, so a lying directory cannot make us allocate more.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array> {
  if (entry.flags & 0x1) throw new DocxError('docx:encrypted', `${entry.name} is encrypted inside the ZIP; encrypted (password-protected) DOCX cannot be read`);
  if (entry.uncompressedSize > maxBytes) throw bomb(entry, maxBytes);
  const data = compressedData(bytes, entry);
  let out: Uint8Array;
  if (entry.method === 0) {
    out = data;
  } else if (entry.method === 8) {
    try {
      out = await inflateRaw(data, { maxOutputLength: Math.max(1, maxBytes) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw bomb(entry, maxBytes);
      throw corrupt(`${entry.name} does not inflate: ${(error as Error).message}`);
    }
  } else {
    throw new DocxError('docx:zip-method', `${entry.name} uses ZIP compression method ${entry.method}; only stored and deflate occur in DOCX`);
  }
  if (out.length > maxBytes) throw bomb(entry, maxBytes);
  checkCrc(entry, out);
  return out;
}

const bomb = (entry: ZipEntry, maxBytes: number) =>
  new DocxError('docx:zip-bomb', `${entry.name} inflates past ${mb(maxBytes)}: refused as a zip bomb (the limit guards memory)`);

/** zlib.crc32 exists from Node 20.15; a mismatch means damage that inflate did not catch. */
function checkCrc(entry: ZipEntry, out: Uint8Array): void {
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (crc32 && crc32(out) >>> 0 !== entry.crc32 >>> 0) throw corrupt(`checksum mismatch in ${entry.name}`);
}
