import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { decodeImage } from '../../../src/ingest/image/decode.js';

/** A 120×80 test card: white with a black bar at the top left, so orientation is visible. */
async function card(format: 'png' | 'jpeg' | 'tiff', opts: { density?: number; orientation?: number } = {}): Promise<Buffer> {
  const width = 120, height = 80;
  const rgb = Buffer.alloc(width * height * 3, 255);
  for (let y = 0; y < 10; y++) for (let x = 0; x < 40; x++) rgb.fill(0, (y * width + x) * 3, (y * width + x) * 3 + 3);
  let img = sharp(rgb, { raw: { width, height, channels: 3 } });
  if (opts.density || opts.orientation) img = img.withMetadata({ ...(opts.density ? { density: opts.density } : {}), ...(opts.orientation ? { orientation: opts.orientation } : {}) });
  return img.toFormat(format).toBuffer();
}

const pixel = (img: { width: number; data: Uint8Array }, x: number, y: number) => img.data[y * img.width + x]!;

describe('decodeImage', () => {
  it('reads a PNG as one grey page with its density', async () => {
    const result = await decodeImage(await card('png', { density: 200 }));
    if ('error' in result) throw new Error(result.error);
    expect(result.pages).toHaveLength(1);
    const { image, dpi } = result.pages[0]!;
    expect([image.width, image.height, image.data.length]).toEqual([120, 80, 9600]);
    expect(dpi).toBe(200);
    expect(pixel(image, 5, 5)).toBeLessThan(20);
    expect(pixel(image, 100, 60)).toBeGreaterThan(235);
  });

  it('reads a JPEG, applies EXIF orientation, and gives no dpi for the bare JFIF default', async () => {
    const plain = await decodeImage(await card('jpeg'));
    if ('error' in plain) throw new Error(plain.error);
    expect(plain.pages[0]!.dpi).toBeNull();
    expect(pixel(plain.pages[0]!.image, 5, 5)).toBeLessThan(40);

    // orientation 6: stored landscape, shown rotated 90° clockwise, so the bar ends up top right
    const rotated = await decodeImage(await card('jpeg', { orientation: 6, density: 300 }));
    if ('error' in rotated) throw new Error(rotated.error);
    const { image, dpi } = rotated.pages[0]!;
    expect([image.width, image.height]).toEqual([80, 120]);
    expect(dpi).toBe(300);
    expect(pixel(image, 75, 5)).toBeLessThan(40);
    expect(pixel(image, 5, 5)).toBeGreaterThan(215);
  });

  it('distrusts a screen-default density that would make the page larger than A3', async () => {
    const big = (density: number) => sharp({ create: { width: 1684, height: 1191, channels: 3, background: '#ffffff' } }).withMetadata({ density }).png().toBuffer();
    const at96 = await decodeImage(await big(96));
    const at150 = await decodeImage(await big(150));
    if ('error' in at96 || 'error' in at150) throw new Error('decode failed');
    expect(at96.pages[0]!.dpi).toBeNull();
    expect(at150.pages[0]!.dpi).toBe(150);
  });

  it('reads every page of a multi-page TIFF', async () => {
    const white = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const black = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#000000' } }).png().toBuffer();
    const tiff = await sharp([white, black], { join: { animated: true } }).tiff().toBuffer();
    const result = await decodeImage(tiff);
    if ('error' in result) throw new Error(result.error);
    expect(result.pages.map((p) => [p.image.width, p.image.height, pixel(p.image, 30, 20)])).toEqual([[60, 40, 255], [60, 40, 0]]);
  });

  it('flattens transparency onto white', async () => {
    const clear = await sharp({ create: { width: 20, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const result = await decodeImage(clear);
    if ('error' in result) throw new Error(result.error);
    expect(pixel(result.pages[0]!.image, 10, 10)).toBe(255);
  });

  it('lifts saturated red (stamps) towards white unless asked to keep it', async () => {
    const red = await sharp({ create: { width: 20, height: 20, channels: 3, background: { r: 220, g: 50, b: 50 } } }).png().toBuffer();
    const lifted = await decodeImage(red);
    const kept = await decodeImage(red, { keepRed: true });
    if ('error' in lifted || 'error' in kept) throw new Error('decode failed');
    expect(pixel(lifted.pages[0]!.image, 10, 10)).toBeGreaterThan(200);
    expect(pixel(kept.pages[0]!.image, 10, 10)).toBeLessThan(120);
  });

  it('returns an error, never throws, for garbage, truncated data and images over the pixel limit', async () => {
    expect(await decodeImage(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toMatchObject({ error: expect.stringMatching(/unreadable image/) });
    expect(await decodeImage(new Uint8Array(0))).toEqual({ error: 'empty image data' });
    const png = await card('png');
    expect(await decodeImage(png.subarray(0, Math.floor(png.length * 0.6)))).toHaveProperty('error');
    const over = await decodeImage(png, { maxPixels: 5000 });
    expect(over).toMatchObject({ error: expect.stringMatching(/120×80 pixels exceeds the limit of 5000/) });
  });
});
