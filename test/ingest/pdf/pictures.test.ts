/**
 * A table pasted into a text PDF as a picture (pdf/pictures.ts finds the large pictures no text
 * is drawn over; scan/picture-pages.ts decides from the rendered page whether one holds a table).
 */
import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../src/ingest/pdf/page-graphics.js';
import type { Run } from '../../../src/ingest/pdf/page-text.js';
import { textFreePictures } from '../../../src/ingest/pdf/pictures.js';
import { clipTo, holdsTable } from '../../../src/ingest/scan/picture-pages.js';

const run = (text: string, x0: number, y0: number): Run => ({ text, x0, y0, x1: x0 + 10 * text.length, y1: y0 + 10, size: 10, rotated: false });
const A4 = { w: 595, h: 842 };

describe('textFreePictures', () => {
  const table = { x0: 40, y0: 340, x1: 553, y1: 719 };
  it('keeps a large picture no text is drawn over', () => {
    expect(textFreePictures([table], [run('项目名称', 45, 100)], A4.w, A4.h)).toEqual([table]);
  });

  it('leaves out small pictures (a logo, a seal), narrow ones, and pictures under text (a background)', () => {
    const logo = { x0: 40, y0: 40, x1: 100, y1: 100 };
    const column = { x0: 40, y0: 100, x1: 140, y1: 800 };
    expect(textFreePictures([logo, column], [], A4.w, A4.h)).toEqual([]);
    const words = Array.from({ length: 5 }, (_, i) => run('三级指标', 60, 360 + 20 * i));
    expect(textFreePictures([table], words, A4.w, A4.h)).toEqual([]);
  });
});

describe('holdsTable', () => {
  const picture = { x0: 100, y0: 300, x1: 500, y1: 700 };
  const h = (pos: number, from = 100, to = 500): Ruling => ({ axis: 'h', pos, from, to });
  const v = (pos: number, from = 300, to = 700): Ruling => ({ axis: 'v', pos, from, to });

  it('is a table when rules of both directions cross the picture', () => {
    expect(holdsTable(picture, [h(300), h(400), h(500), h(700), v(100), v(250), v(500)])).toBe(true);
  });

  it('counts the rules of a table drawn around the picture only where they cross it', () => {
    // column rules begun in the text-layer table above run on down the picture
    expect(holdsTable(picture, [h(320), h(500), h(680), v(120, 50, 690), v(300, 50, 690), v(480, 50, 690)])).toBe(true);
    expect(clipTo(v(300, 50, 690), picture)).toEqual(v(300, 300, 690));
    expect(clipTo(h(200), picture)).toBeNull();
  });

  it('is no table for a framed photo or rules around it', () => {
    expect(holdsTable(picture, [h(300), h(700), v(100), v(500)])).toBe(false);
    expect(holdsTable(picture, [h(250), h(260), h(280), v(100), v(300), v(500)])).toBe(false);
  });
});
