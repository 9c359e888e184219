/**
 * Just enough of the OLE compound file format ([MS-CFB]) to tell what an OLE file holds: the
 * streams directly under its root storage, and the first bytes of one of them. A .xls or WPS
 * .et keeps its workbook in a root stream "Workbook" (BIFF8) or "Book" (BIFF5), a .doc or WPS
 * .wps its text in "WordDocument", a password-protected OOXML file its package in
 * "EncryptedPackage" ([MS-OFFCRYPTO] §2.3.4). Only root entries count: a Word document with an
 * embedded chart holds a "Workbook" stream too, inside its ObjectPool storage.
 *
 * Every offset is bounds-checked and every chain walk is capped, so a damaged or forged file
 * gives null (or fewer names), never a throw or a loop.
 */

export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isOle = (bytes: Uint8Array): boolean => OLE_MAGIC.every((b, i) => bytes[i] === b);

export interface OleEntry {
  name: string;
  /** [MS-CFB] §2.6.1: 1 storage, 2 stream, 5 root storage */
  type: number;
  start: number;
  size: number;
}

export interface OleDirectory {
  /** streams and storages directly under the root storage, in directory order */
  rootEntries: OleEntry[];
  /** up to `max` bytes from the start of a stream (from the mini stream when it is small) */
  head(entry: OleEntry, max: number): Uint8Array;
}

const MAX_REGULAR_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
const DIRECTORY_ENTRY = 128;

/** The directory of an OLE file, or null when the header or the directory cannot be read. */
export function readOleDirectory(bytes: Uint8Array): OleDirectory | null {
  if (bytes.length < 512 || !isOle(bytes)) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= dv.byteLength ? dv.getUint32(at, true) : NO_STREAM);
  const shift = dv.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null; // 512-byte (v3) or 4096-byte (v4) sectors
  const sectorSize = 1 << shift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + 1;
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const valid = (sector: number) => sector < MAX_REGULAR_SECTOR && sector < sectorCount && offsetOf(sector) + sectorSize <= bytes.length;

  // the FAT's own sectors: 109 listed in the header, more in a chain of DIFAT sectors
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(0x4c + 4 * i));
  const perSector = sectorSize / 4;
  for (let difat = u32(0x44), hops = 0; valid(difat) && hops < sectorCount; hops++) {
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(offsetOf(difat) + 4 * i));
    difat = u32(offsetOf(difat) + sectorSize - 4);
  }
  const next = (sector: number): number => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    return fat !== undefined && valid(fat) ? u32(offsetOf(fat) + 4 * (sector % perSector)) : NO_STREAM;
  };
  /** The sectors of a chain, at most `max` of them (a loop in a forged FAT stops there). */
  const chain = (start: number, max: number): number[] => {
    const out: number[] = [];
    for (let s = start; valid(s) && out.length < max; s = next(s)) out.push(s);
    return out;
  };

  const entries: (OleEntry & { left: number; right: number; child: number })[] = [];
  const decoder = new TextDecoder('utf-16le');
  for (const sector of chain(u32(0x30), sectorCount)) {
    for (let at = offsetOf(sector); at + DIRECTORY_ENTRY <= offsetOf(sector) + sectorSize; at += DIRECTORY_ENTRY) {
      const nameBytes = Math.min(dv.getUint16(at + 0x40, true), 64);
      entries.push({
        name: decoder.decode(bytes.subarray(at, at + Math.max(0, nameBytes - 2))),
        type: bytes[at + 0x42]!,
        left: u32(at + 0x44), right: u32(at + 0x48), child: u32(at + 0x4c),
        start: u32(at + 0x74), size: u32(at + 0x78), // v3 files leave the high 32 bits undefined
      });
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) return null;

  // the root's children form a red-black tree through the left/right sibling links
  const ids: number[] = [];
  const seen = new Set<number>();
  const stack = [root.child];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const entry = entries[id];
    if (id === NO_STREAM || !entry || seen.has(id)) continue;
    seen.add(id);
    if (entry.type === 1 || entry.type === 2) ids.push(id);
    stack.push(entry.right, entry.left);
  }
  const rootEntries = ids.sort((a, b) => a - b).map((id): OleEntry => {
    const { name, type, start, size } = entries[id]!;
    return { name, type, start, size };
  });

  const miniCutoff = u32(0x38);
  const head = (entry: OleEntry, max: number): Uint8Array => {
    const want = Math.min(max, entry.size);
    if (want <= 0) return new Uint8Array(0);
    if (entry.size >= miniCutoff) return gather(chain(entry.start, Math.ceil(want / sectorSize)).map((s) => [offsetOf(s), sectorSize]), want);
    // a small stream lives in the mini stream (64-byte sectors), itself the root entry's chain
    const miniSize = 1 << dv.getUint16(0x20, true);
    const miniFat = chain(u32(0x3c), sectorCount);
    const miniNext = (m: number): number => {
      const sector = miniFat[Math.floor(m / perSector)];
      return sector === undefined ? NO_STREAM : u32(offsetOf(sector) + 4 * (m % perSector));
    };
    const container = chain(root.start, sectorCount);
    const pieces: [number, number][] = [];
    for (let m = entry.start, n = 0; m < MAX_REGULAR_SECTOR && n * miniSize < want && n < sectorCount * 64; m = miniNext(m), n++) {
      const sector = container[Math.floor((m * miniSize) / sectorSize)];
      if (sector === undefined) break;
      pieces.push([offsetOf(sector) + ((m * miniSize) % sectorSize), miniSize]);
    }
    return gather(pieces, want);
  };
  const gather = (pieces: [number, number][], want: number): Uint8Array => {
    const out = new Uint8Array(want);
    let filled = 0;
    for (const [at, length] of pieces) {
      const take = Math.min(length, want - filled, bytes.length - at);
      if (take <= 0) break;
      out.set(bytes.subarray(at, at + take), filled);
      filled += take;
    }
    return out.subarray(0, filled);
  };
  return { rootEntries, head };
}

