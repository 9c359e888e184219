/**
 * Byte builders for the hostile inputs (make-hostile.ts) that the test builders do not cover:
 * a PDF from raw objects (loops, lies), big deflated streams made in chunks (bombs whose
 * inflated size never sits in memory), a zip entry from such a stream, a many-page TIFF.
 */
import { createDeflate, createDeflateRaw, crc32 } from 'node:zlib';

export type PdfObject = string | { dict: string; data: Uint8Array };

/** Objects 1…n in order, with a correct xref table; a stream object gets its /Length. */
export function rawPdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((object, i) => {
    offsets.push(at);
    const body = typeof object === 'string'
      ? Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1')
      : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.data.length} >>\nstream\n`, 'latin1'), object.data, Buffer.from('\nendstream\nendobj\n')]);
    parts.push(body);
    at += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

export interface Deflated {
  body: Buffer;
  /** CRC-32 and size of the inflated bytes (what a zip directory records) */
  crc: number;
  size: number;
}

/** head + chunk × times + tail, deflated as a stream (zlib format, or raw for zip entries). */
export async function deflateRepeated(chunk: Uint8Array, times: number, format: 'zlib' | 'raw', head: Uint8Array = new Uint8Array(), tail: Uint8Array = new Uint8Array()): Promise<Deflated> {
  const stream = format === 'raw' ? createDeflateRaw({ level: 6 }) : createDeflate({ level: 6 });
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const ended = new Promise<void>((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject); });
  let crc = 0;
  const write = async (bytes: Uint8Array) => {
    crc = crc32(bytes, crc);
    if (!stream.write(bytes)) await new Promise((resolve) => stream.once('drain', resolve));
  };
  await write(head);
  for (let i = 0; i < times; i++) await write(chunk);
  await write(tail);
  stream.end();
  await ended;
  return { body: Buffer.concat(out), crc, size: head.length + chunk.length * times + tail.length };
}

/** A zip of already-deflated entries (the test zip writer deflates its data itself). */
export function zipOf(entries: { name: string; deflated: Deflated }[]): Buffer {
  const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated } of entries) {
    const n = Buffer.from(name, 'utf8');
    const common = [u16(20), u16(0x800), u16(8), u16(0), u16(0), u32(deflated.crc), u32(deflated.body.length), u32(deflated.size), u16(n.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), n, deflated.body]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), n]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  return Buffer.concat([...locals, central, u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(central.length), u32(offset), u16(0)]);
}

/**
 * A little-endian TIFF of `pages` white 1-bit pages, uncompressed; with `loop`, the last
 * page's next-IFD offset points back to the first (a reader that follows it never ends).
 */
export function tiffPages(pages: number, width: number, height: number, loop = false): Buffer {
  const rowBytes = Math.ceil(width / 8);
  const strip = Buffer.alloc(rowBytes * height, 0); // PhotometricInterpretation 0: 0 is white
  const ENTRIES = 8;
  const ifdSize = 2 + ENTRIES * 12 + 4;
  const stripAt = 8;
  const firstIfd = stripAt + strip.length + (strip.length % 2);
  const out = Buffer.alloc(firstIfd + pages * ifdSize);
  out.write('II', 0, 'latin1');
  out.writeUInt16LE(42, 2);
  out.writeUInt32LE(firstIfd, 4);
  strip.copy(out, stripAt);
  for (let p = 0; p < pages; p++) {
    let at = firstIfd + p * ifdSize;
    out.writeUInt16LE(ENTRIES, at);
    at += 2;
    const tags: [number, number, number][] = [[256, 4, width], [257, 4, height], [258, 3, 1], [259, 3, 1], [262, 3, 0], [273, 4, stripAt], [278, 4, height], [279, 4, strip.length]];
    for (const [tag, type, value] of tags) {
      out.writeUInt16LE(tag, at); out.writeUInt16LE(type, at + 2); out.writeUInt32LE(1, at + 4);
      if (type === 3) out.writeUInt16LE(value, at + 8); else out.writeUInt32LE(value, at + 8);
      at += 12;
    }
    const last = p === pages - 1;
    out.writeUInt32LE(last ? (loop ? firstIfd : 0) : at + 4, at);
  }
  return out;
}
