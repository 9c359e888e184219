/**
 * A minimal ZIP writer (deflate or stored, no data descriptors, no ZIP64): builds test
 * archives in code (test/ingest/docx) and the large synthetic DOCX of the benchmark.
 * It can lie about sizes on purpose, which is what zip-bomb tests need.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipFile {
  name: string;
  data: string | Uint8Array;
  /** 0 stored, 8 deflate (default) */
  method?: 0 | 8;
  /** lie in the central directory about the uncompressed size */
  declaredSize?: number;
  flags?: number;
}

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };

/** A minimal ZIP writer (no data descriptors, no ZIP64) for building test archives in code. */
export function buildZip(files: ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const raw = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
    const method = f.method ?? 8;
    const body = method === 8 ? deflateRawSync(raw) : raw;
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(raw);
    const size = f.declaredSize ?? raw.length;
    const common = [u16(20), u16((f.flags ?? 0) | 0x800), u16(method), u16(0), u16(0), u32(crc), u32(body.length), u32(size), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name, body]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(files.length), u16(files.length), u32(central.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, central, end]);
}

