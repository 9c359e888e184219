/**
 * The raster every OCR stage works on: one 8-bit grey channel, row-major, 0 = black,
 * 255 = white, top-left origin. Decoders (sharp, pdf.js + canvas) produce it; structure
 * finding, cropping and the OCR engines consume it. Plain data, so it crosses
 * worker_threads boundaries by transfer.
 */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** An axis-aligned rectangle in pixels, [x0, x1) × [y0, y1). */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function grayImage(width: number, height: number, fill = 255): GrayImage {
  return { width, height, data: new Uint8Array(width * height).fill(fill) };
}

/** Copy of the pixels inside `box`, clamped to the image. */
export function crop(img: GrayImage, box: PixelBox): GrayImage {
  const x0 = clamp(Math.floor(box.x0), 0, img.width), x1 = clamp(Math.ceil(box.x1), x0, img.width);
  const y0 = clamp(Math.floor(box.y0), 0, img.height), y1 = clamp(Math.ceil(box.y1), y0, img.height);
  const out = grayImage(x1 - x0, y1 - y0);
  for (let y = y0; y < y1; y++) out.data.set(img.data.subarray(y * img.width + x0, y * img.width + x1), (y - y0) * out.width);
  return out;
}

/** RGBA (canvas ImageData, sharp raw with 4 channels) → grey by Rec. 601 luma. */
export function fromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const out = grayImage(width, height);
  for (let i = 0, j = 0; j < out.data.length; i += 4, j++) {
    out.data[j] = (299 * rgba[i]! + 587 * rgba[i + 1]! + 114 * rgba[i + 2]!) / 1000;
  }
  return out;
}

/** The image turned a quarter clockwise (`turns` 1) or anticlockwise (`turns` 3); 2 turns it upside down. */
export function quarterTurn(img: GrayImage, turns: 1 | 2 | 3): GrayImage {
  const { width: W, height: H, data } = img;
  const out = turns === 2 ? grayImage(W, H) : grayImage(H, W);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const v = data[y * W + x]!;
      if (turns === 1) out.data[x * H + (H - 1 - y)] = v;
      else if (turns === 3) out.data[(W - 1 - x) * H + y] = v;
      else out.data[(H - 1 - y) * W + (W - 1 - x)] = v;
    }
  }
  return out;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));
