/**
 * Renders the OCR fixtures that need fonts, once, on a machine that has them (CI has
 * none; the tests only read the committed PNGs):
 *
 *   npx tsx scripts/dev/render-ocr-fixtures.ts
 *
 * - test/fixtures/ocr/comparator/glyphs.png + glyphs.json: one atlas of short lines, each
 *   starting with a comparator (≥ ≤ > < = and their full-width, ≧ ≦ and slanted ⩾ ⩽ forms)
 *   or with a negative (digits, %, 一 二 之 么 … the characters tesseract reads a
 *   comparator as, brackets, other CJK), in every installed font that has the glyph,
 *   at the em sizes of 10 pt text scanned at 150, 200 and 300 DPI.
 * - test/fixtures/ocr/tesseract/*.png: table-cell lines for the engine test.
 *
 * Fonts: Debian fonts-noto-cjk (宋体-like Noto Serif CJK, 黑体-like Noto Sans CJK; SC and JP),
 * fonts-dejavu, fonts-liberation2, LibreOffice's OpenSymbol.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';

const FONTS = '/usr/share/fonts';
const ROOT = process.cwd();

interface Face {
  file: string;
  family: string;
  weight: 'normal' | 'bold';
  /** the face has CJK characters and the full-width forms */
  cjk: boolean;
  /** the face has ≧ ≦ / ⩾ ⩽ */
  dbl: boolean;
  slanted: boolean;
}

const FACES: Face[] = [
  // the SC faces draw ≥ ≤ with a slanted bar, as Chinese typesetting does; the JP ones with a flat bar
  { file: 'opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC', weight: 'normal', cjk: true, dbl: true, slanted: false },
  { file: 'opentype/noto/NotoSansCJK-Bold.ttc', family: 'Noto Sans CJK SC', weight: 'bold', cjk: true, dbl: true, slanted: false },
  { file: 'opentype/noto/NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK SC', weight: 'normal', cjk: true, dbl: true, slanted: false },
  { file: 'opentype/noto/NotoSerifCJK-Bold.ttc', family: 'Noto Serif CJK SC', weight: 'bold', cjk: true, dbl: true, slanted: false },
  { file: 'opentype/noto/NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK JP', weight: 'normal', cjk: true, dbl: true, slanted: false },
  { file: 'opentype/noto/NotoSerifCJK-Regular.ttc', family: 'Noto Serif CJK JP', weight: 'normal', cjk: true, dbl: true, slanted: false },
  { file: 'truetype/dejavu/DejaVuSans.ttf', family: 'DejaVu Sans', weight: 'normal', cjk: false, dbl: true, slanted: true },
  { file: 'truetype/dejavu/DejaVuSans-Bold.ttf', family: 'DejaVu Sans', weight: 'bold', cjk: false, dbl: true, slanted: true },
  { file: 'truetype/dejavu/DejaVuSerif.ttf', family: 'DejaVu Serif', weight: 'normal', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/dejavu/DejaVuSerif-Bold.ttf', family: 'DejaVu Serif', weight: 'bold', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/liberation2/LiberationSans-Regular.ttf', family: 'Liberation Sans', weight: 'normal', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/liberation2/LiberationSans-Bold.ttf', family: 'Liberation Sans', weight: 'bold', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/liberation2/LiberationSerif-Regular.ttf', family: 'Liberation Serif', weight: 'normal', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/liberation2/LiberationSerif-Bold.ttf', family: 'Liberation Serif', weight: 'bold', cjk: false, dbl: false, slanted: false },
  { file: 'truetype/dejavu/DejaVuMathTeXGyre.ttf', family: 'DejaVu Math TeX Gyre', weight: 'normal', cjk: false, dbl: true, slanted: true },
  { file: 'truetype/libreoffice/opens___.ttf', family: 'OpenSymbol', weight: 'normal', cjk: false, dbl: false, slanted: true },
];

/** em sizes in px: 10 pt at 150, 200 and 300 DPI */
const SIZES = [21, 28, 42];

/** glyph → the symbol it means */
const POSITIVE: Record<string, string> = { '≥': '≥', '≤': '≤', '>': '>', '<': '<', '=': '=' };
const FULL_WIDTH: Record<string, string> = { '＞': '>', '＜': '<', '＝': '=' };
const DOUBLE: Record<string, string> = { '≧': '≥', '≦': '≤' };
const SLANTED: Record<string, string> = { '⩾': '≥', '⩽': '≤' };
const NEG_LATIN = [...'0123456789%', '-', '+', '(', '[', '¥', '±'];
const NEG_CJK = [...'一二三之么和委衬冬乏芝于所达过盖丢近入友夺稳群提川小河以不《〈（【“约第共'];

/** glyphs.json: { fonts: string[], samples: [symbol | null, first char, font index, em px, x, y, w, h][] } */
type AtlasEntry = [string | null, string, number, number, number, number, number, number];

interface Line { width: number; height: number; data: Uint8Array }

function renderLine(text: string, face: Face, px: number, pad = 4): Line {
  const font = `${face.weight} ${px}px "${face.family}"`;
  const probe = createCanvas(8, 8).getContext('2d');
  probe.font = font;
  const m = probe.measureText(text);
  const ascent = Math.ceil(px * 1.0), descent = Math.ceil(px * 0.25);
  const width = Math.ceil(m.width) + 2 * pad, height = ascent + descent + 2 * pad;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#000';
  g.font = font;
  g.fillText(text, pad, pad + ascent - Math.round(px * 0.12));
  const rgba = g.getImageData(0, 0, width, height).data;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i * 4]!;
  return tight({ width, height, data }, 3);
}

/** Crops to the ink plus `margin` px, as the line finder hands lines to the engine. */
function tight(img: Line, margin: number): Line {
  let x0 = img.width, x1 = -1, y0 = img.height, y1 = -1;
  for (let y = 0; y < img.height; y++) for (let x = 0; x < img.width; x++) {
    if (img.data[y * img.width + x]! < 200) { x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y); }
  }
  if (x1 < 0) return img;
  x0 = Math.max(0, x0 - margin); y0 = Math.max(0, y0 - margin);
  x1 = Math.min(img.width - 1, x1 + margin); y1 = Math.min(img.height - 1, y1 + margin);
  const width = x1 - x0 + 1, height = y1 - y0 + 1, data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) data.set(img.data.subarray((y + y0) * img.width + x0, (y + y0) * img.width + x1 + 1), y * width);
  return { width, height, data };
}

/** 16 grey levels: the anti-aliased edges stay, the atlas stays small */
async function writePng(path: string, img: Line): Promise<void> {
  await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels: 1 } })
    .png({ compressionLevel: 9, palette: true, colours: 16, dither: 0 })
    .toFile(path);
}

async function atlas(): Promise<void> {
  const samples: { line: Line; symbol: string | null; char: string; font: string; px: number }[] = [];
  for (const face of FACES) {
    const name = `${face.family}${face.weight === 'bold' ? ' Bold' : ''}`;
    const glyphs: Record<string, string | null> = { ...POSITIVE };
    if (face.cjk) Object.assign(glyphs, FULL_WIDTH);
    if (face.dbl) Object.assign(glyphs, DOUBLE);
    if (face.slanted) Object.assign(glyphs, SLANTED);
    for (const c of NEG_LATIN) glyphs[c] = null;
    if (face.cjk) for (const c of NEG_CJK) glyphs[c] = null;
    for (const px of SIZES) {
      for (const [char, symbol] of Object.entries(glyphs)) {
        const tail = symbol !== null ? (px === 28 ? ' 734' : '95%') : /[0-9]/.test(char) ? '5' : face.cjk ? '年' : '1';
        samples.push({ line: renderLine(char + tail, face, px), symbol, char, font: name, px });
      }
    }
  }
  // shelf packing, 1600 px wide
  const W = 1600;
  const entries: AtlasEntry[] = [];
  const fonts = [...new Set(samples.map((s) => s.font))];
  let x = 0, y = 0, shelf = 0;
  for (const s of samples) {
    if (x + s.line.width > W) { x = 0; y += shelf + 2; shelf = 0; }
    entries.push([s.symbol, s.char, fonts.indexOf(s.font), s.px, x, y, s.line.width, s.line.height]);
    x += s.line.width + 2;
    shelf = Math.max(shelf, s.line.height);
  }
  const H = y + shelf;
  const data = new Uint8Array(W * H).fill(255);
  samples.forEach((s, i) => {
    const [, , , , ex, ey, ew, eh] = entries[i]!;
    for (let r = 0; r < eh; r++) data.set(s.line.data.subarray(r * ew, (r + 1) * ew), (ey + r) * W + ex);
  });
  const dir = join(ROOT, 'test/fixtures/ocr/comparator');
  mkdirSync(dir, { recursive: true });
  await writePng(join(dir, 'glyphs.png'), { width: W, height: H, data });
  const json = `{"fonts":${JSON.stringify(fonts)},\n"samples":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
  writeFileSync(join(dir, 'glyphs.json'), json);
  console.log(`${entries.length} samples (${entries.filter((e) => e[0]).length} comparators), atlas ${W}×${H}`);
}

async function engineLines(): Promise<void> {
  const dir = join(ROOT, 'test/fixtures/ocr/tesseract');
  mkdirSync(dir, { recursive: true });
  const serif = FACES[2]!, sans = FACES[0]!; // SC
  const lines: [string, string, Face, number][] = [
    ['ge-95pct', '≥95%', serif, 42],
    ['le-734wanyuan', '≤734万元', serif, 42],
    ['ge-1ci-sans', '≥1次', sans, 28],
    ['100pct', '100%', serif, 42],
    ['date', '2025年12月31日', serif, 42],
    ['wenbu-tisheng', '稳步提升', serif, 42],
    ['qunzhong-manyidu', '群众满意度', sans, 28],
  ];
  for (const [name, text, face, px] of lines) await writePng(join(dir, `${name}.png`), renderLine(text, face, px, 8));
  console.log(`${lines.length} engine lines`);
}

for (const file of new Set(FACES.map((f) => f.file))) GlobalFonts.registerFromPath(join(FONTS, file));
await atlas();
await engineLines();
