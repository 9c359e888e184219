/**
 * Pictures on a page that has a text layer: a table pasted into a document as an image (a
 * screenshot, a scan) is common in published disclosures, and its text is in no text layer.
 * A picture is a candidate when it is large (a share of the page area and of its width) and
 * no text is drawn over it; whether it holds a table is decided on its pixels, by the OCR path
 * (scan/picture-pages.ts), because this path does not decode images.
 */
import { centerX, centerY, containsPoint, type Box } from './geometry.js';
import type { Run } from './page-text.js';

/** A picture smaller than this share of the page is a logo, a seal, a signature. */
const MIN_AREA_SHARE = 0.08;
/** … or narrower than this share of the page width. */
const MIN_WIDTH_SHARE = 0.3;
/** Characters of text over a picture that still leave it a picture (a caption laid over it). */
const MAX_TEXT_OVER = 4;

export function textFreePictures(images: Box[], runs: Run[], width: number, height: number): Box[] {
  const out: Box[] = [];
  for (const b of images) {
    const w = Math.min(b.x1, width) - Math.max(b.x0, 0), h = Math.min(b.y1, height) - Math.max(b.y0, 0);
    if (w <= 0 || h <= 0 || w * h < MIN_AREA_SHARE * width * height || w < MIN_WIDTH_SHARE * width) continue;
    const over = runs.filter((r) => containsPoint(b, centerX(r), centerY(r))).reduce((n, r) => n + r.text.length, 0);
    if (over <= MAX_TEXT_OVER) out.push(b);
  }
  return out;
}
