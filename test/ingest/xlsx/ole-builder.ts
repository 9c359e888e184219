/**
 * A minimal OLE compound file writer ([MS-CFB] version 3: 512-byte sectors, one FAT sector,
 * so at most 128 sectors = 64 KB) for tests that need OLE files of a known shape: root
 * streams, nested storages, streams below the 4096-byte cutoff in the mini stream and larger
 * ones in regular sectors. Siblings are linked as a balanced binary tree, so readers must
 * follow both left and right links.
 */

export interface OleNode {
  name: string;
  /** a stream's bytes; absent for a storage */
  data?: Uint8Array;
  children?: OleNode[];
}

const SECTOR = 512;
const MINI = 64;
const CUTOFF = 4096;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

interface Entry { name: string; type: 1 | 2 | 5; data?: Uint8Array; left: number; right: number; child: number; start: number; size: number }

/** [MS-CFB] §2.6.4: siblings compare by name length, then by upper-cased name. */
const compare = (a: OleNode, b: OleNode) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1);

export function buildOle(children: OleNode[]): Buffer {
  const entries: Entry[] = [{ name: 'Root Entry', type: 5, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM, start: END_OF_CHAIN, size: 0 }];
  const add = (node: OleNode): number => {
    const id = entries.length;
    entries.push({ name: node.name, type: node.data ? 2 : 1, data: node.data, left: NO_STREAM, right: NO_STREAM, child: NO_STREAM, start: END_OF_CHAIN, size: node.data?.length ?? 0 });
    entries[id]!.child = tree(node.children ?? []);
    return id;
  };
  /** the middle sibling is the subtree root; smaller names to the left, larger to the right */
  const tree = (nodes: OleNode[]): number => {
    if (nodes.length === 0) return NO_STREAM;
    const sorted = [...nodes].sort(compare);
    const mid = Math.floor(sorted.length / 2);
    const id = add(sorted[mid]!);
    entries[id]!.left = tree(sorted.slice(0, mid));
    entries[id]!.right = tree(sorted.slice(mid + 1));
    return id;
  };
  entries[0]!.child = tree(children);

  // small streams into the mini stream, 64-byte mini sectors chained in the mini FAT
  const miniFat: number[] = [];
  const miniStream: Buffer[] = [];
  for (const e of entries) {
    if (e.type !== 2 || e.size >= CUTOFF || e.size === 0) continue;
    const count = Math.ceil(e.size / MINI);
    e.start = miniFat.length;
    for (let k = 0; k < count; k++) miniFat.push(k === count - 1 ? END_OF_CHAIN : miniFat.length + 1);
    const padded = Buffer.alloc(count * MINI);
    Buffer.from(e.data!).copy(padded);
    miniStream.push(padded);
  }
  const miniBytes = Buffer.concat(miniStream);

  // regular sectors: 0 the FAT, then the directory, the mini FAT, the mini stream, the large streams
  const fat: number[] = [FAT_SECTOR];
  const sectors: Buffer[] = [];
  const allocate = (data: Buffer): number => {
    const count = Math.max(1, Math.ceil(data.length / SECTOR));
    const first = fat.length;
    for (let k = 0; k < count; k++) {
      fat.push(k === count - 1 ? END_OF_CHAIN : fat.length + 1);
      const sector = Buffer.alloc(SECTOR);
      data.copy(sector, 0, k * SECTOR, (k + 1) * SECTOR);
      sectors.push(sector);
    }
    return first;
  };
  const directoryBytes = Buffer.alloc(Math.ceil(entries.length / 4) * SECTOR);
  const directoryStart = allocate(directoryBytes); // filled in below, once every start sector is known
  const miniFatBytes = Buffer.alloc(miniFat.length * 4);
  miniFat.forEach((v, i) => miniFatBytes.writeUInt32LE(v, i * 4));
  const miniFatStart = miniFat.length > 0 ? allocate(miniFatBytes) : END_OF_CHAIN;
  if (miniBytes.length > 0) entries[0]!.start = allocate(miniBytes);
  entries[0]!.size = miniBytes.length;
  for (const e of entries) if (e.type === 2 && e.size >= CUTOFF) e.start = allocate(Buffer.from(e.data!));
  if (fat.length > SECTOR / 4) throw new Error(`buildOle: ${fat.length} sectors do not fit one FAT sector`);

  entries.forEach((e, i) => {
    const at = i * 128;
    const name = Buffer.from(`${e.name}\0`, 'utf16le');
    name.copy(directoryBytes, at);
    directoryBytes.writeUInt16LE(name.length, at + 0x40);
    directoryBytes[at + 0x42] = e.type;
    directoryBytes[at + 0x43] = 1; // black
    directoryBytes.writeUInt32LE(e.left, at + 0x44);
    directoryBytes.writeUInt32LE(e.right, at + 0x48);
    directoryBytes.writeUInt32LE(e.child, at + 0x4c);
    directoryBytes.writeUInt32LE(e.start, at + 0x74);
    directoryBytes.writeUInt32LE(e.size, at + 0x78);
  });
  for (let i = entries.length; i < directoryBytes.length / 128; i++) {
    directoryBytes.writeUInt32LE(NO_STREAM, i * 128 + 0x44);
    directoryBytes.writeUInt32LE(NO_STREAM, i * 128 + 0x48);
    directoryBytes.writeUInt32LE(NO_STREAM, i * 128 + 0x4c);
  }
  for (let k = 0; k < directoryBytes.length / SECTOR; k++) directoryBytes.copy(sectors[directoryStart - 1 + k]!, 0, k * SECTOR, (k + 1) * SECTOR);

  const fatSector = Buffer.alloc(SECTOR, 0xff);
  fat.forEach((v, i) => fatSector.writeUInt32LE(v, i * 4));
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(directoryStart, 0x30);
  header.writeUInt32LE(CUTOFF, 0x38);
  header.writeUInt32LE(miniFatStart, 0x3c);
  header.writeUInt32LE(miniFat.length > 0 ? Math.ceil(miniFatBytes.length / SECTOR) : 0, 0x40);
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  header.writeUInt32LE(0, 0x48);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + 4 * i);
  return Buffer.concat([header, fatSector, ...sectors]);
}

/** BIFF8 record: type, length, payload. */
export const biffRecord = (type: number, payload: Uint8Array = new Uint8Array(0)): Buffer => {
  const head = Buffer.alloc(4);
  head.writeUInt16LE(type, 0);
  head.writeUInt16LE(payload.length, 2);
  return Buffer.concat([head, payload]);
};

/** The start of a BIFF8 workbook globals substream: BOF (vers 0x0600, dt 0x0005 = workbook globals). */
export const biffBof = (): Buffer => {
  const payload = Buffer.alloc(16);
  payload.writeUInt16LE(0x0600, 0);
  payload.writeUInt16LE(0x0005, 2);
  return biffRecord(0x0809, payload);
};
