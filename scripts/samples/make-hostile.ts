/**
 * Hostile inputs for the malformed-input suite (issue #11, test/hostile): ≥ 60 files that a
 * batch must survive — truncated, corrupted, encrypted and looping PDFs, a PDF of 2,000 blank
 * pages, a 20,000 pt page, a 30,000 px image, zip and entity bombs in DOCX/XLSX, a 300 MB
 * document.xml, images that claim or decompress to gigapixels, a 1,000-page TIFF, bad
 * encodings, binary named .txt, HTML bombs, a FIFO, a device, unreadable paths. Generated
 * into a folder at test time (never committed); small files except where size is the point,
 * and those are deflated streams written in chunks (the big bytes never sit in memory).
 * Builders are the ones the ingester tests use (pdf-writer, zip-writer, docx helpers).
 * Run alone: npx tsx scripts/samples/make-hostile.ts DIR
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { buildDocx, documentXml, relsXml } from '../../test/ingest/docx/helpers.js';
import { buildPdf, cjk, ruledTable } from '../../test/ingest/pdf/pdf-writer.js';
import { deflateRepeated, rawPdf, tiffPages, zipOf } from './hostile-builders.js';
import { buildZip, type ZipFile } from './zip-writer.js';

export interface HostileInput {
  /** file name in the folder */
  name: string;
  /** what makes it hostile */
  what: string;
  /** not a regular file found by walking the folder: pass it on the command line */
  explicit?: boolean;
  /** why reading it without a complaint is right (the damage spares what is read) */
  readable?: string;
}

/** Hostile inputs that a good reader reads anyway, and why. */
const READABLE: Record<string, string> = {
  'pdf-flipped-1.pdf': 'the flipped bytes fall in places pdf.js repairs or ignores',
  'pdf-flipped-3.pdf': 'pdf.js rebuilds a broken xref table by scanning the objects',
  'pdf-20000pt-page.pdf': 'a big page is still a page: only its text is read, nothing is rendered',
  'pdf-negative-mediabox.pdf': 'the text is read whatever the page box says',
  'pdf-encrypted-empty-user-password.pdf': 'an empty user password opens it (test/ingest/pdf/bad-input.test.ts)',
  'text-utf16-odd.txt': 'the dangling byte is dropped; the text before it reads',
  'text-100k-tabs.txt': 'one long row is text like any other',
  'xlsx-at-cell-limit.xlsx': 'a big workbook within the limits is read whole, within its worker\'s heap',
};

const root = new URL('../../', import.meta.url);
const repoFile = (path: string) => new URL(path, root);

const TABLE = ruledTable({ x: 60, top: 700, colWidths: [160, 80], rowHeight: 20, rows: [['项目', '决算数'], ['一、一般公共预算财政拨款收入', '2,940.05'], ['八、其他收入', '6.20']] });
const goodPdf = () => Buffer.from(buildPdf([1, 2, 3].map((n) => ({ content: cjk(150, 760, `收入决算表${n}`, 14) + TABLE }))));
const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const W_TABLE = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目名称</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>测试</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
const XLSX_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const workbook = (extra: ZipFile[]) => buildZip([
  { name: '[Content_Types].xml', data: XLSX_TYPES },
  { name: 'xl/workbook.xml', data: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>' },
  { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
  ...extra,
]);
const LAUGHS = '<!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>';

/** Deterministic byte flips (seeded LCG), so every run makes the same files. */
function flipped(bytes: Uint8Array, seed: number, count: number): Buffer {
  const out = Buffer.from(bytes);
  let s = seed;
  for (let k = 0; k < count; k++) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % out.length;
    out[j] = out[j]! ^ 0xff;
  }
  return out;
}

const cut = (bytes: Uint8Array, share: number) => Buffer.from(bytes).subarray(0, Math.floor(bytes.length * share));

type Group = Record<string, [string, Uint8Array]>;

async function pdfs(): Promise<Group> {
  const good = goodPdf();
  const blank = buildPdf(Array.from({ length: 2000 }, () => ({ content: '' })));
  return {
    'pdf-truncated-10.pdf': ['cut at 10%', cut(good, 0.1)],
    'pdf-truncated-50.pdf': ['cut at 50%', cut(good, 0.5)],
    'pdf-truncated-90.pdf': ['cut at 90%', cut(good, 0.9)],
    'pdf-header-only.pdf': ['a PDF header and nothing else', Buffer.from('%PDF-1.7\n')],
    'pdf-header-garbage.pdf': ['a PDF header then garbage', Buffer.from(`%PDF-1.7\n${'x'.repeat(3000)}`)],
    'pdf-flipped-1.pdf': ['40 bytes flipped', flipped(good, 1, 40)],
    'pdf-flipped-2.pdf': ['400 bytes flipped', flipped(good, 2, 400)],
    'pdf-flipped-3.pdf': ['xref offsets broken', Buffer.from(Buffer.from(good).toString('latin1').replace(/\d{10} 00000 n/g, '9999999999 00000 n'), 'latin1')],
    'pdf-2000-blank-pages.pdf': ['2,000 blank pages', blank],
    'pdf-20000pt-page.pdf': ['a 20,000 × 20,000 pt page', buildPdf([{ content: TABLE, width: 20000, height: 20000 }])],
    'pdf-negative-mediabox.pdf': ['a page box of negative size', buildPdf([{ content: TABLE, width: -595, height: 0 }])],
    'pdf-page-tree-loop.pdf': ['a page tree whose kid is itself', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'])],
    'pdf-parent-loop.pdf': ['pages each other\'s parent', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>', '<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>'])],
    'pdf-length-self-ref.pdf': ['a stream whose /Length refers to itself', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>', '<< /Length 4 0 R >>\nstream\nBT ET\nendstream'])],
    'pdf-deep-arrays.pdf': ['100,000 nested arrays', rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [] /Count 0 /X ${'['.repeat(100_000)} >>`])],
    'pdf-30000px-image.pdf': ['a page drawing a 30,000 × 30,000 px image', rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
      '<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream',
      { dict: '/Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode', data: (await deflateRepeated(Buffer.alloc(3750, 0), 30000, 'zlib')).body },
    ])],
    'pdf-stream-bomb.pdf': ['a content stream that inflates to 200 MB', rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      { dict: '/Filter /FlateDecode', data: (await deflateRepeated(Buffer.alloc(1 << 20, 0x20), 200, 'zlib')).body },
    ])],
    'pdf-many-operators.pdf': ['one page of 100,000 text operators', buildPdf([{ content: 'BT /F1 1 Tf 10 10 Td (x) Tj ET\n'.repeat(100_000) }])],
  };
}

async function docx(): Promise<Group> {
  const good = buildDocx(documentXml(W_TABLE));
  const paragraph = Buffer.from('<w:p><w:r><w:t>填充文字填充文字</w:t></w:r></w:p>'.repeat(4000));
  const [head, tail] = documentXml('@').split('@').map((s) => Buffer.from(s));
  const huge = await deflateRepeated(paragraph, Math.ceil((300 * 2 ** 20) / paragraph.length), 'raw', head, tail);
  return {
    'docx-zip-bomb-declared.docx': ['declares 4 GB uncompressed', buildDocx(documentXml(W_TABLE), [{ name: 'word/media/big.bin', data: 'x', declaredSize: 0xfffffff0 }])],
    'docx-zip-bomb-lying.docx': ['3 MB document.xml declared as 100 bytes', buildZip([{ name: 'word/document.xml', data: documentXml(`<w:p><w:r><w:t>${' '.repeat(3 * 1024 * 1024)}</w:t></w:r></w:p>`), declaredSize: 100 }])],
    'docx-300mb-document-xml.docx': ['a 300 MB word/document.xml (deflated: ~1 MB)', zipOf([
      { name: '[Content_Types].xml', deflated: await deflateRepeated(Buffer.from(CONTENT_TYPES), 1, 'raw') },
      { name: '_rels/.rels', deflated: await deflateRepeated(Buffer.from(relsXml()), 1, 'raw') },
      { name: 'word/document.xml', deflated: huge },
    ])],
    'docx-billion-laughs.docx': ['entity expansion', buildDocx(`<?xml version="1.0"?>${LAUGHS.replace('<!DOCTYPE x', '<!DOCTYPE w:document')}<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&f;</w:t></w:r></w:p></w:body></w:document>`)],
    'docx-xxe.docx': ['an external entity (file:///etc/passwd)', buildDocx('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>')],
    'docx-20000-entries.docx': ['20,000 zip entries', buildZip(Array.from({ length: 20_000 }, (_, i) => ({ name: `f${i}.xml`, data: '<a/>', method: 0 as const })))],
    'docx-encrypted-entry.docx': ['a ZIP-encrypted document.xml', buildZip([{ name: 'word/document.xml', data: documentXml(W_TABLE), flags: 0x1 }])],
    'docx-truncated.docx': ['cut at 60%', cut(good, 0.6)],
    'docx-flipped.docx': ['bytes flipped', flipped(good, 3, 30)],
    'docx-not-word.docx': ['a zip of a text file', buildZip([{ name: 'readme.txt', data: 'hello' }])],
    'docx-bad-xml.docx': ['document.xml not well-formed', buildDocx('<w:document><w:body><w:p></w:body>')],
    'docx-nested-tables.docx': ['5,000 nested tables', buildDocx(documentXml(`${'<w:tbl><w:tr><w:tc>'.repeat(5000)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(5000)}`))],
    'docx-huge-gridspan.docx': ['gridSpan 2,000,000,000', buildDocx(documentXml('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2000000000"/><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>宽</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'))],
    'docx-ole-not-doc.docx': ['OLE magic, nothing after', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)])],
  };
}

export function hostileWorkbooks(): Group {
  const sheet = (body: string) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</worksheet>`;
  return {
    'xlsx-zip-bomb-declared.xlsx': ['declares 4 GB uncompressed', workbook([{ name: 'xl/media/image1.png', data: 'x', declaredSize: 0xfffffff0 }])],
    'xlsx-zip-bomb-lying.xlsx': ['a 12 MB sheet declared as 1,000 bytes', workbook([{ name: 'xl/worksheets/sheet1.xml', data: sheet(`<sheetData>${'<row/>'.repeat(2_000_000)}</sheetData>`), declaredSize: 1000 }])],
    'xlsx-billion-laughs.xlsx': ['entity expansion in a sheet', workbook([{ name: 'xl/worksheets/sheet1.xml', data: `<?xml version="1.0"?>${LAUGHS.replace('<!DOCTYPE x', '<!DOCTYPE worksheet')}${sheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&f;</t></is></c></row></sheetData>')}` }])],
    'xlsx-huge-dimension.xlsx': ['one cell at XFD1048576, merged from A1', workbook([{ name: 'xl/worksheets/sheet1.xml', data: sheet('<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>') }])],
    'xlsx-200k-rows.xlsx': ['200,000 rows', workbook([{ name: 'xl/worksheets/sheet1.xml', data: sheet(`<sheetData>${Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')}</sheetData>`) }])],
    'xlsx-at-cell-limit.xlsx': ['7,400 rows × 20 columns, every cell filled: just under the 150,000-cell limit', workbook([{ name: 'xl/worksheets/sheet1.xml', data: sheet(`<sheetData>${denseRows(7400, 20)}</sheetData>`) }])],
    'xlsx-no-sheets.xlsx': ['a workbook without its sheet part', workbook([])],
    'xlsx-truncated.xlsx': ['a real workbook cut at 50%', cut(readRepo('samples/xlsx/liupanshui-police-2023-self-evaluation.xlsx'), 0.5)],
    'xlsx-flipped.xlsx': ['a real workbook with bytes flipped', flipped(readRepo('samples/xlsx/liupanshui-police-2023-self-evaluation.xlsx'), 4, 30)],
  };
}

async function images(): Promise<Group> {
  return {
    'png-claims-gigapixels.png': ['a PNG header claiming 100,000 × 100,000', png(100_000, 100_000, 0, Buffer.alloc(0))],
    'png-decompression-bomb.png': ['30,000 × 30,000 1-bit PNG: 900 megapixels in ~110 KB', png(30_000, 30_000, 1, (await deflateRepeated(Buffer.alloc(3751, 0), 30_000, 'zlib')).body)],
    'png-truncated.png': ['a PNG cut after its header', png(64, 64, 8, deflateSync(Buffer.alloc(65 * 64, 255))).subarray(0, 40)],
    'png-bad-crc.png': ['a PNG with broken checksums', flipped(png(64, 64, 8, deflateSync(Buffer.alloc(65 * 64, 255))), 5, 6)],
    'jpeg-claims-gigapixels.jpg': ['a JPEG frame header claiming 65,000 × 65,000', Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0xfd, 0xe8, 0xfd, 0xe8, 0x01, 0x01, 0x11, 0x00, 0xff, 0xd9])],
    'jpeg-truncated.jpg': ['a JPEG start marker and nothing else', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])],
    'tiff-1000-pages.tif': ['a TIFF of 1,000 blank pages', tiffPages(1000, 64, 64)],
    'tiff-ifd-loop.tif': ['a TIFF whose page list loops', tiffPages(3, 64, 64, true)],
    'tiff-header-only.tif': ['a TIFF header pointing past the end', Buffer.from([0x49, 0x49, 0x2a, 0x00, 0xff, 0xff, 0xff, 0x7f])],
    'empty.png': ['an empty file named .png', Buffer.alloc(0)],
    'gif-named.png': ['a GIF named .png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
  };
}

function texts(): Group {
  const table = readRepo('samples/liupanshui-police-2023-self-evaluation.txt');
  return {
    'text-invalid-utf8.txt': ['invalid UTF-8 sequences in a table', Buffer.concat([table.subarray(0, 200), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), table.subarray(200)])],
    'text-elf-binary.txt': ['an ELF header named .txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0])],
    'text-random-bytes.txt': ['64 KB of pseudo-random bytes', Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 2654435761) >>> 24))],
    'text-utf16-odd.txt': ['UTF-16 with a BOM and an odd byte count', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('项目名称\t测试\n', 'utf16le'), Buffer.from([0x41])])],
    'text-40mb.txt': ['40 MB of text, over the 32 MB limit', Buffer.alloc(40 * 2 ** 20, '项目\t1\n')],
    'text-one-10mb-line.txt': ['a single 10 MB line', Buffer.alloc(10 * 2 ** 20, '项')],
    'text-million-newlines.txt': ['1,000,000 empty lines', Buffer.alloc(1_000_000, '\n')],
    'text-nul-tail.txt': ['a table followed by NUL bytes', Buffer.concat([table, Buffer.alloc(4096, 0)])],
    'text-gb18030-broken.txt': ['GB18030 with invalid pairs', Buffer.from('cfeec4bfc3fbb3c609ff30ff30ff0a', 'hex')],
    'text-ansi-escapes.txt': ['terminal escape sequences', Buffer.from('\x1b[2J\x1b[31m项目名称\x1b[0m\t\x07\x08测试\n'.repeat(100))],
    'text-100k-tabs.txt': ['one line of 100,000 tab-separated cells', Buffer.from(`项目名称${'\t1'.repeat(100_000)}\n`)],
    'text-empty.txt': ['an empty file', Buffer.alloc(0)],
  };
}

function html(): Group {
  const u = (s: string) => Buffer.from(s);
  return {
    'html-span-bomb.html': ['rowspan 65534 × colspan 1000 over 2,100 rows', u(`<table><tr><td rowspan="65534" colspan="1000">炸</td></tr>${'<tr>'.repeat(2100)}</table>`)],
    'html-100k-divs.html': ['100,000 nested divs', u(`${'<div>'.repeat(100_000)}深`)],
    'html-20k-tables.html': ['20,000 nested tables', u(`${'<table><tr><td>'.repeat(20_000)}深`)],
    'html-40mb.html': ['a 40 MB page, over the limit', Buffer.alloc(40 * 2 ** 20, '<p>页面</p>')],
    'html-bad-char-refs.html': ['character references out of range', u(`<table><tr><td>&#x110000;&#0;&#xD800;${'&amp;'.repeat(10_000)}</td></tr></table>`)],
    'html-bogus-charset.html': ['a charset nobody knows', u('<meta charset="x-klingon"><table><tr><td>项目名称</td><td>测试</td></tr></table>')],
    'html-tag-soup.html': ['50,000 characters of tag soup', u(Array.from({ length: 50_000 }, (_, i) => '<>&;"\'=/ tdrabcl一'[(i * 7919) % 18]).join(''))],
  };
}

const readRepo = (path: string): Buffer => readFileSync(repoFile(path));

/** Sheet rows, every cell filled: a label in column A, numbers in the others (at most 26 columns). */
function denseRows(rows: number, cols: number): string {
  const letters = (c: number) => String.fromCharCode(65 + c);
  return Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>支出项目${r + 1}</t></is></c>${
    Array.from({ length: cols - 1 }, (_, c) => `<c r="${letters(c + 1)}${r + 1}"><v>${(r * 31 + c * 7) % 10_000}.25</v></c>`).join('')}</row>`).join('');
}

/** A PNG: signature, IHDR (grayscale), one IDAT, IEND, with correct checksums. */
function png(width: number, height: number, bitDepth: number, idat: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0); ihdr.writeUInt32BE(height, 4);
  ihdr[8] = bitDepth || 8; ihdr[9] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', new Uint8Array())]);
}

/** Writes every hostile input into `dir`; returns them with what each is. */
export async function makeHostile(dir: string): Promise<HostileInput[]> {
  mkdirSync(dir, { recursive: true });
  const made: HostileInput[] = [];
  for (const group of [await pdfs(), await docx(), hostileWorkbooks(), await images(), texts(), html()]) {
    for (const [name, [what, bytes]] of Object.entries(group)) {
      writeFileSync(join(dir, name), bytes);
      made.push({ name, what, ...(READABLE[name] ? { readable: READABLE[name] } : {}) });
    }
  }
  for (const name of ['encrypted-user-password.pdf', 'encrypted-empty-user-password.pdf']) {
    copyFileSync(repoFile(`test/fixtures/pdf/${name}`), join(dir, `pdf-${name}`));
    const readable = READABLE[`pdf-${name}`];
    made.push({ name: `pdf-${name}`, what: 'encrypted (qpdf fixture)', ...(readable ? { readable } : {}) });
  }
  execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
  made.push({ name: 'fifo.txt', what: 'a FIFO nobody writes to (reading it would block forever)', explicit: true });
  symlinkSync('/dev/zero', join(dir, 'dev-zero.txt'));
  made.push({ name: 'dev-zero.txt', what: 'a link to /dev/zero (endless bytes)', explicit: true });
  symlinkSync('self-loop.pdf', join(dir, 'self-loop.pdf'));
  made.push({ name: 'self-loop.pdf', what: 'a symlink to itself: unreadable (ELOOP) even for root', explicit: true });
  writeFileSync(join(dir, 'mode-000.txt'), 'x');
  execFileSync('chmod', ['000', join(dir, 'mode-000.txt')]);
  made.push({ name: 'mode-000.txt', what: 'chmod 000 (unreadable, except to root)' });
  made.push({ name: 'missing.pdf', what: 'named on the command line, does not exist', explicit: true });
  return made;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const made = await makeHostile(process.argv[2] ?? 'hostile');
  process.stdout.write(`${made.length} hostile inputs in ${process.argv[2] ?? 'hostile'}\n`);
}
