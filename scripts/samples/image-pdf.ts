/**
 * A minimal image-only PDF: one page per JPEG, the image filling the page (DCTDecode,
 * DeviceGray), page size from the image size and DPI. What a scanner's "scan to PDF"
 * writes, with no text layer — the input the OCR path must handle.
 */
export interface JpegPage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  dpi: number;
}

export function imageOnlyPdf(pages: JpegPage[]): Uint8Array {
  const chunks: Buffer[] = [];
  const offsets: number[] = [];
  let size = 0;
  const write = (data: string | Uint8Array) => {
    const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : Buffer.from(data);
    chunks.push(buf);
    size += buf.length;
  };
  const object = (id: number, body: () => void) => {
    offsets[id] = size;
    write(`${id} 0 obj\n`);
    body();
    write('\nendobj\n');
  };
  write('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n');
  const pageIds = pages.map((_, i) => 3 + i * 3);
  object(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'));
  object(2, () => write(`<< /Type /Pages /Count ${pages.length} /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] >>`));
  pages.forEach((p, i) => {
    const [pageId, imageId, contentId] = [pageIds[i]!, pageIds[i]! + 1, pageIds[i]! + 2];
    const w = round(p.width * 72 / p.dpi), h = round(p.height * 72 / p.dpi);
    object(pageId, () => write(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`));
    object(imageId, () => {
      write(`<< /Type /XObject /Subtype /Image /Width ${p.width} /Height ${p.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${p.jpeg.length} >>\nstream\n`);
      write(p.jpeg);
      write('\nendstream');
    });
    const content = `q ${w} 0 0 ${h} 0 0 cm /Im0 Do Q`;
    object(contentId, () => write(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
  });
  const xref = size;
  const count = 3 + pages.length * 3;
  write(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(chunks);
}

const round = (n: number): number => Math.round(n * 100) / 100;
