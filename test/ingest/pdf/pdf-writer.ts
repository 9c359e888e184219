/**
 * A tiny PDF writer for test fixtures made in code (style.md §8: small reduced fixtures).
 * Pages are raw content streams; helpers below write text and rulings. Fonts:
 * /F1 Helvetica (ASCII), /F2 STSong-Light with UniGB-UCS2-H (non-embedded CJK: needs the
 * CMaps pdf.js ships), /F3 Helvetica whose ToUnicode maps every code to the private use
 * area (a broken text layer), optionally /F4 an embedded TrueType font (buildPdf's
 * `embeddedFont`). /Im1 is a 2×2 grey image (a "scan" when drawn page-size).
 */

export interface PageSpec {
  content: string;
  width?: number;
  height?: number;
  /** /Rotate of the page (90: a landscape page stored portrait) */
  rotate?: number;
}

const FONTS = `/Font << /F1 3 0 R /F2 4 0 R /F3 7 0 R >> /XObject << /Im1 9 0 R >>`;

export interface EmbeddedFont {
  /** a TrueType font program (FontFile2), e.g. one of pdf.js's standard_fonts */
  program: Uint8Array;
  /** also give the font a ToUnicode map (ASCII codes to themselves) */
  toUnicode: boolean;
}

/**
 * Builds a PDF with a correct cross-reference table. With `embeddedFont`, /F4 is a simple
 * TrueType font with that program embedded (WinAnsi encoding, widths 600 for codes 32–126).
 */
export function buildPdf(pages: PageSpec[], embeddedFont?: EmbeddedFont): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 10 + 2 * i);
  const fontId = 10 + 2 * pages.length;
  const fonts = embeddedFont ? FONTS.replace(' >> /XObject', ` /F4 ${fontId} 0 R >> /XObject`) : FONTS;
  if (embeddedFont) {
    const program = Buffer.from(embeddedFont.program).toString('latin1');
    const toUnicode = embeddedFont.toUnicode ? ` /ToUnicode ${fontId + 3} 0 R` : '';
    objects[fontId] = `<< /Type /Font /Subtype /TrueType /BaseFont /EVLTAB+Embedded /FirstChar 32 /LastChar 126 /Widths [${Array(95).fill(600).join(' ')}] /Encoding /WinAnsiEncoding /FontDescriptor ${fontId + 1} 0 R${toUnicode} >>`;
    objects[fontId + 1] = `<< /Type /FontDescriptor /FontName /EVLTAB+Embedded /Flags 32 /FontBBox [-200 -300 1200 1000] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 ${fontId + 2} 0 R >>`;
    objects[fontId + 2] = `<< /Length ${program.length} /Length1 ${program.length} >>\nstream\n${program}\nendstream`;
    objects[fontId + 3] = stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /ASCII def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <0020> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end');
  }
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>';
  objects[5] = '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>';
  objects[6] = '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>';
  objects[7] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 8 0 R >>';
  objects[8] = stream('/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PUA def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E020> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end');
  objects[9] = '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x40\x80\nendstream';
  pages.forEach((page, i) => {
    const [w, h] = [page.width ?? 595, page.height ?? 842];
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}]${rotate} /Resources << ${fonts} >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = stream(page.content);
  });
  return serialize(objects);
}

function stream(content: string): string {
  return `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
}

function serialize(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, id) => {
    if (body === undefined) return;
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) {
    out += offsets[id] === undefined ? '0000000000 65535 f \n' : `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** ASCII text in Helvetica at (x, y) (PDF points, origin bottom-left). */
export function text(x: number, y: number, s: string, size = 10): string {
  return `BT /F1 ${size} Tf ${x} ${y} Td (${s.replace(/[()\\]/g, '\\$&')}) Tj ET\n`;
}

/** Chinese (or any BMP) text in the non-embedded STSong-Light font, UCS-2 encoded. */
export function cjk(x: number, y: number, s: string, size = 10): string {
  const hex = Array.from(s, (ch) => ch.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  return `BT /F2 ${size} Tf ${x} ${y} Td <${hex}> Tj ET\n`;
}

/** ASCII text in the embedded TrueType font /F4 (buildPdf's `embeddedFont`). */
export function embeddedText(x: number, y: number, s: string, size = 10): string {
  return `BT /F4 ${size} Tf ${x} ${y} Td (${s.replace(/[()\\]/g, '\\$&')}) Tj ET\n`;
}

/** ASCII codes that decode to private-use characters (a font with a broken ToUnicode map). */
export function puaText(x: number, y: number, s: string, size = 10): string {
  return `BT /F3 ${size} Tf ${x} ${y} Td (${s}) Tj ET\n`;
}

export const hline = (x0: number, x1: number, y: number): string => `${x0} ${y} m ${x1} ${y} l S\n`;
export const vline = (x: number, y0: number, y1: number): string => `${x} ${y0} m ${x} ${y1} l S\n`;
/** A ruling drawn WPS-style: a thin filled rectangle. */
export const fillRule = (x: number, y: number, w: number, h: number): string => `${x} ${y} ${w} ${h} re f\n`;

export interface RuledTable {
  x: number;
  /** top edge (PDF y of the table's top line) */
  top: number;
  colWidths: number[];
  rowHeight: number;
  /** rows of cell texts; null covers a slot merged into the cell to its left (same row) or above (`'^'`) */
  rows: (string | null)[][];
}

/**
 * A ruled table: every cell boundary stroked unless a merge removes it. A slot holding
 * null merges into the cell on its left, '^' into the cell above. Text is written at the
 * top-left of each cell, CJK through /F2 and ASCII through /F1.
 */
export function ruledTable(t: RuledTable): string {
  const xs = [t.x];
  for (const w of t.colWidths) xs.push(xs[xs.length - 1]! + w);
  const ys = t.rows.map((_, r) => t.top - r * t.rowHeight);
  ys.push(t.top - t.rows.length * t.rowHeight);
  let out = '0.5 w\n';
  const at = (r: number, c: number) => t.rows[r]?.[c];
  for (let r = 0; r <= t.rows.length; r++) {
    for (let c = 0; c < t.colWidths.length; c++) {
      if (r > 0 && r < t.rows.length && at(r, c) === '^') continue; // merged with the cell above
      out += hline(xs[c]!, xs[c + 1]!, ys[r]!);
    }
  }
  for (let r = 0; r < t.rows.length; r++) {
    for (let c = 0; c <= t.colWidths.length; c++) {
      if (c > 0 && c < t.colWidths.length && at(r, c) === null) continue; // merged with the cell on the left
      out += vline(xs[c]!, ys[r + 1]!, ys[r]!);
    }
  }
  t.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell === null || cell === '^' || cell === '') return;
    const y = ys[r]! - t.rowHeight / 2 - 3.5;
    out += /^[\x20-\x7e]*$/.test(cell) ? text(xs[c]! + 3, y, cell) : cjk(xs[c]! + 3, y, cell);
  }));
  return out;
}
