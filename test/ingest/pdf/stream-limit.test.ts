/**
 * A PDF stream decodes to at most MAX_STREAM_BYTES (pdfjs-patch.ts): pdf.js inflates a stream
 * whole, outside the V8 heap, so a small file can ask for hundreds of MB that a worker's heap
 * limit never sees (issue #11). Past the limit the stream is not read and its page says so, on
 * either decoder: node:zlib for Flate, pdf.js's own for the other filters. Text-only reading
 * decodes no image at all.
 */
import { describe, expect, it } from 'vitest';
import { MAX_STREAM_BYTES } from '../../../src/ingest/pdf/pdfjs-patch.js';
import { deflateRepeated, rawPdf, type PdfObject } from '../../../scripts/samples/hostile-builders.js';
import { diagnostics, ingestBytes } from './helpers.js';

const MB = 2 ** 20;
const TOO_LARGE = 'p1: warning pdf:stream-too-large: page 1: a stream decodes to more than 64 MB, the limit for one PDF stream, and was not read (a decompression bomb or a damaged file): what it holds (text, a font, an image) is missing';

/** One page whose content stream is `content`. */
const onePage = (content: PdfObject) => rawPdf([
  '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  content,
]);

describe('decoded PDF streams past the limit', () => {
  it('is 64 MB', () => {
    expect(MAX_STREAM_BYTES).toBe(64 * MB);
  });

  it('refuses a Flate content stream of 100 MB (node:zlib stops at the limit) and says so on its page', async () => {
    const bomb = await deflateRepeated(Buffer.alloc(MB, 0x20), 100, 'zlib');
    expect(bomb.body.length).toBeLessThan(200_000);
    const layout = await ingestBytes(onePage({ dict: '/Filter /FlateDecode', data: bomb.body }));
    expect(diagnostics(layout)).toEqual([TOO_LARGE]);
  });

  it('refuses a RunLength content stream of 80 MB (pdf.js\'s own decoder stops at its buffer)', async () => {
    // RunLengthDecode: a length byte 257 − n, then the byte to repeat n (≤ 128) times
    const runs = Buffer.alloc((80 * MB / 128) * 2);
    for (let i = 0; i < runs.length; i += 2) { runs[i] = 0x81; runs[i + 1] = 0x20; }
    const layout = await ingestBytes(onePage({ dict: '/Filter /RunLengthDecode', data: runs }));
    expect(diagnostics(layout)).toEqual([TOO_LARGE]);
  });

  it('reads a page with an image of 112 MB decoded as a scan without decoding it (text-only reading)', async () => {
    // 30,000 × 30,000 1-bit pixels: decoded, it would be past the limit and be reported
    const image = await deflateRepeated(Buffer.alloc(3750, 0), 30_000, 'zlib');
    const layout = await ingestBytes(rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
      '<< /Length 31 >>\nstream\nq 595 0 0 842 0 0 cm /Im1 Do Q\nendstream',
      { dict: '/Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode', data: image.body },
    ]));
    expect(diagnostics(layout)).toEqual(['p1: warning pdf:no-text-layer: page 1 has no text layer (a scanned image); it needs OCR']);
  });
});
