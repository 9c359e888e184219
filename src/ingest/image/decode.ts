/**
 * Image files (PNG, JPEG, TIFF incl. multi-page, anything else sharp reads) → grey pages
 * for the OCR path. Why its own module: untrusted bytes meet a native decoder here, so
 * this is where decompression bombs are refused (pixel limit checked on the header before
 * any pixel is decoded), corrupt or truncated data becomes an error string instead of an
 * exception, and the quirks that would mislead the structure stages are normalised once:
 * EXIF orientation is applied, alpha is flattened onto white (a transparent PNG would
 * otherwise read as black), and red seals are lifted to the paper's grey (see `keepRed`)
 * because in plain luma a red seal is as dark as a thin blurred rule and would be binarised
 * as ink, over the very cells and rules we need.
 * The resolution is reported only when it is believable; the caller falls back to the page
 * size otherwise.
 */
import sharp, { type Metadata } from 'sharp';
import { maxFilter } from './morphology.js';
import { grayImage, type GrayImage } from './raster.js';

export interface DecodedPage {
  image: GrayImage;
  /** pixels per inch from the file, null when absent or not believable */
  dpi: number | null;
}

export interface DecodeOptions {
  /** refuse any page with more pixels than this (default 120 Mpx) */
  maxPixels?: number;
  /** refuse files with more pages than this (default 500) */
  maxPages?: number;
  /** keep saturated red (seals, stamps) as its luma instead of lifting it to the paper's grey */
  keepRed?: boolean;
}

export const DEFAULT_MAX_PIXELS = 120_000_000;
const DEFAULT_MAX_PAGES = 500;
/** Believable scan resolutions (dpi) and the largest believable page (mm, longer side). */
const MIN_DPI = 50, MAX_DPI = 2400, MAX_PAGE_MM = 1200, A3_LONG_MM = 430;

export async function decodeImage(bytes: Uint8Array, opts: DecodeOptions = {}): Promise<{ pages: DecodedPage[] } | { error: string }> {
  const maxPixels = opts.maxPixels ?? DEFAULT_MAX_PIXELS;
  const maxPages = opts.maxPages ?? DEFAULT_MAX_PAGES;
  if (bytes.length === 0) return { error: 'empty image data' };
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let meta: Metadata;
  try {
    meta = await sharp(input).metadata();
  } catch (err) {
    return { error: `unreadable image: ${message(err)}` };
  }
  const pageCount = Math.max(1, meta.pages ?? 1);
  if (pageCount > maxPages) return { error: `image has ${pageCount} pages, more than the limit of ${maxPages}` };
  const pages: DecodedPage[] = [];
  for (let page = 0; page < pageCount; page++) {
    try {
      const pageMeta = pageCount === 1 ? meta : await sharp(input, { page, pages: 1 }).metadata();
      const { width, height } = pageMeta;
      if (!width || !height) return { error: `page ${page + 1}: image has no dimensions` };
      if (width * height > maxPixels) {
        return { error: `page ${page + 1}: ${width}×${height} pixels exceeds the limit of ${maxPixels}` };
      }
      const colour = !opts.keepRed && (pageMeta.channels ?? 1) >= 3 && pageMeta.space !== 'b-w' && pageMeta.space !== 'grey16';
      const image = await decodePage(input, page, pageCount, maxPixels, colour);
      pages.push({ image, dpi: believableDpi(pageMeta, image) });
    } catch (err) {
      return { error: `page ${page + 1}: corrupt or unsupported image data: ${message(err)}` };
    }
  }
  return { pages };
}

async function decodePage(input: Buffer, page: number, pageCount: number, maxPixels: number, colour: boolean): Promise<GrayImage> {
  const base = () => sharp(input, {
    failOn: 'truncated',
    limitInputPixels: maxPixels,
    autoOrient: true,
    ...(pageCount > 1 ? { page, pages: 1 } : {}),
  }).flatten({ background: '#ffffff' });
  if (colour) {
    const { data, info } = await base().removeAlpha().toColourspace('srgb').raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    if (info.channels === 3 && data.length === info.width * info.height * 3) return liftRed(data, info.width, info.height);
  }
  const { data, info } = await base().greyscale().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== 1 || data.length !== info.width * info.height) throw new Error(`unexpected pixel layout after greyscale (${info.channels} channels, ${data.length} bytes)`);
  // own ArrayBuffer, so the page can be transferred to a worker
  return { width: info.width, height: info.height, data: new Uint8Array(data) };
}

/**
 * RGB (or RGBA: a PDF page rendered by pdf.js) → grey by Rec. 601 luma, except that saturated red (seals, stamps) is lifted to the
 * paper's grey, while black text printed under a seal, dark in every channel, stays black.
 * Pixels within 2 px of red are lifted to their red channel: JPEG keeps colour at half
 * resolution, so a seal's edge pixels are dark in luma but only partly red and would
 * otherwise remain as a dark outline, while a black stroke beside the seal has a dark red
 * channel too and is kept.
 */
export function liftRed(rgb: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: 3 | 4 = 3): GrayImage {
  const n = width * height;
  const out = grayImage(width, height);
  const own = new Uint8Array(n);
  const hist = new Float64Array(256);
  let anyRed = false;
  for (let i = 0, j = 0; j < n; i += channels, j++) {
    const r = rgb[i]!, g = rgb[i + 1]!, b = rgb[i + 2]!;
    const luma = (299 * r + 587 * g + 114 * b) / 1000;
    out.data[j] = luma;
    hist[out.data[j]!] = hist[out.data[j]!]! + 1;
    const redness = r - Math.max(g, b);
    if (redness > RED_FROM) { own[j] = Math.min(255, ((redness - RED_FROM) * 255) / RED_SPAN); anyRed = true; }
  }
  if (!anyRed) return out;
  // paper: the median grey (paper is most of a document page)
  let acc = 0, paper = 255;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= n / 2) { paper = v; break; } }
  const near = maxFilter(own, width, height, 2);
  for (let i = 0, j = 0; j < n; i += channels, j++) {
    if (!near[j]) continue;
    const r = rgb[i]!, luma = out.data[j]!;
    const target = r + (own[j]! / 255) * (Math.max(r, paper) - r);
    if (target > luma) out.data[j] = luma + (near[j]! / 255) * (target - luma);
  }
  return out;
}

/** Redness (R − max(G, B)) where the lift starts, and over which it reaches full strength. */
const RED_FROM = 30, RED_SPAN = 30;

/** Density from the header, or null when missing, a bare JFIF default, a screen default, or implying an absurd page size. */
function believableDpi(meta: Metadata, image: GrayImage): number | null {
  const dpi = meta.density;
  if (dpi === undefined || !Number.isFinite(dpi) || dpi < MIN_DPI || dpi > MAX_DPI) return null;
  // JFIF without a resolution says 72 with no unit: an aspect ratio, not a measurement.
  if (meta.format === 'jpeg' && dpi === 72 && meta.resolutionUnit === undefined) return null;
  const longMm = (Math.max(image.width, image.height) / dpi) * 25.4;
  if (longMm > MAX_PAGE_MM) return null;
  // 72 and 96 are what screen tools write by default; a "page" larger than A3 at those is a
  // scan whose resolution was never recorded (the sample scan: 1684 px "at 96 dpi" is A4 at 144)
  if ((dpi === 72 || dpi === 96) && longMm > A3_LONG_MM) return null;
  return dpi;
}

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));
