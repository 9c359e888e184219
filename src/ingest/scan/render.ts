/**
 * PDF page → grey raster for OCR, with pdf.js drawing into an @napi-rs/canvas canvas
 * (stack-notes.md, "Rendering for OCR"). The canvas does not see system fonts: a page
 * whose text uses a non-embedded CJK font renders as boxes unless a CJK font is
 * registered, so the Noto CJK fonts of Debian's fonts-noto-cjk are registered when
 * present (scanned pages, the usual OCR input, need no fonts at all).
 */
import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';
import type { PDFDocumentProxy } from '../pdf/pdfjs.js';
import { liftRed } from '../image/decode.js';
import type { GrayImage } from '../image/raster.js';

const CJK_FONTS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

let fontsRegistered = false;

export function registerCjkFonts(): void {
  if (fontsRegistered) return;
  fontsRegistered = true;
  for (const path of CJK_FONTS) {
    if (!existsSync(path)) continue;
    GlobalFonts.registerFromPath(path, 'sans-serif');
    GlobalFonts.registerFromPath(path);
  }
}

/** Largest raster we render (pixels): an A0 poster at 300 DPI is ~140 Mpx; this caps memory per page. */
const MAX_PIXELS = 60_000_000;

export interface RenderedPage {
  image: GrayImage;
  /** the DPI actually used (lowered for huge pages to stay under MAX_PIXELS) */
  dpi: number;
}

export async function renderPage(doc: PDFDocumentProxy, n: number, dpi: number): Promise<RenderedPage> {
  registerCjkFonts();
  const page = await doc.getPage(n);
  try {
    const base = page.getViewport({ scale: 1 });
    const fit = Math.sqrt(MAX_PIXELS / Math.max(1, base.width * base.height * (dpi / 72) ** 2));
    const used = fit < 1 ? Math.floor(dpi * fit) : dpi;
    const viewport = page.getViewport({ scale: used / 72 });
    const width = Math.ceil(viewport.width), height = Math.ceil(viewport.height);
    const factory = doc.canvasFactory as CanvasFactory;
    const target = factory.create(width, height);
    try {
      await page.render({ canvasContext: target.context as never, canvas: target.canvas as never, viewport, background: 'white' }).promise;
      const pixels = target.context.getImageData(0, 0, width, height).data;
      // a scanned PDF page carries its seals in colour too: lift them as for image files
      return { image: liftRed(pixels, width, height, 4), dpi: used };
    } finally {
      factory.destroy(target);
    }
  } finally {
    page.cleanup();
  }
}

/** pdf.js's NodeCanvasFactory hands out @napi-rs/canvas objects; only this much of them is used here. */
interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(target: CanvasAndContext): void;
}
