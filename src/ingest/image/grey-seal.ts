/**
 * Grey seals → paper. A red seal is told from text by its colour (decode.ts `liftRed`); a
 * seal that reached us grey (a photocopy, a greyscale scan) is told by its shape and its
 * grey: its strokes are thick (a ring, a star, bold seal characters) and mid-grey, where
 * printed text is dark and its strokes thin. Stamped over a header cell or the year line,
 * such a seal is read into the text by the engine ("财政部" under the star came out "★").
 *
 * Finding: on the page reduced to about 100 dpi (each pixel the mean of its block, so thin
 * strokes fade), an opening of radius 1 keeps only strokes thicker than three pixels, at
 * their grey; of those, the mid-grey ones (lighter than the page's ink by a fifth of the
 * ink–paper contrast, darker than a quarter below paper) and not on a long straight run (a
 * ruled line) are seal candidates. Groups of them at least `MIN_SEAL_IN` across and
 * hollow (not a shaded box), with those nearly touching merged (the arcs of a ring cut
 * where rules cross it), make a seal when the whole is at most `MAX_SEAL_IN` across.
 * Lifting, inside a seal's box: text is what has a dark core (pixels darker than `lo`, in
 * groups larger than a speck) and the pixels around it; everything else (ring, star, seal
 * characters) becomes paper, and where text lies on a seal stroke the seal's grey is
 * divided out, as if taking off a multiplied layer. A page whose ink is itself mid-grey
 * (a faded copy) has its ink level there, so its text is never a candidate.
 */
import { maxFilter, minFilter } from './morphology.js';
import type { GrayImage, PixelBox } from './raster.js';

/**
 * A seal's parts are at least this long (inches; shorter thick grey marks are bold glyphs),
 * and the seal at most this across (official seals are 38–45 mm, oval ones up to 50 mm).
 */
const MIN_SEAL_IN = 0.6, MAX_SEAL_IN = 2.2;
/** Above this share of its box in seal grey, a group is a shaded area, not a ring. */
const MAX_FILL = 0.6;
/** Seal grey starts this far from ink toward paper, and ends this far from paper toward ink. */
const FROM_INK = 0.2, TO_PAPER = 0.25;
/** A straight run of seal grey this long (inches) is a ruled line, not a seal's curve. */
const STRAIGHT_IN = 0.4;
/** Arcs of one ring cut by rules are at most this far apart (inches). */
const ARC_GAP_IN = 0.25;
/** Seals are looked for at about this resolution (dpi). */
const FIND_DPI = 100;
/** Pixels this much darker than paper count as ink when the page's ink level is taken. */
const INK_CONTRAST = 80;
/** A group of dark pixels smaller than this (in square 1/100 inches) is a speck of the seal, not a text stroke. */
const MIN_CORE = 2;
/** Pixels this close to a dark core (1/100 inches) are its glyph's lighter strokes and edges. */
const GLYPH_REACH = 2;

/** Grey seals found on a page: their boxes and the greys that tell them from text. */
export interface GreySeals {
  boxes: PixelBox[];
  /** seal candidates (and a pixel around them), on the page reduced by `f` */
  strokes: Uint8Array;
  f: number;
  /** width of the reduced page */
  w: number;
  paper: number;
  /** pixels lifted no lighter than this are seal, not text, on the ink mask */
  lo: number;
  /** text cores are darker than this */
  core: number;
  /** the seals' typical grey (median of their strokes' pixels) */
  grey: number;
  /** pixels per 1/100 inch */
  unit: number;
}

/** The grey seals on a page, or null when it has none. */
export function findGreySeals(img: GrayImage, dpi: number): GreySeals | null {
  const levels = pageLevels(img.data);
  if (!levels) return null;
  const { paper, inkLevel } = levels;
  const lo = inkLevel + FROM_INK * (paper - inkLevel), hi = paper - TO_PAPER * (paper - inkLevel);
  const f = Math.max(1, Math.round(dpi / FIND_DPI));
  const small = meanOfBlocks(img, f);
  const { width: w, height: h } = small;
  const opened = minFilter(maxFilter(small.data, w, h, 1), w, h, 1);
  const candidate = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) if (opened[i]! >= lo && opened[i]! <= hi) candidate[i] = 1;
  dropStraightRuns(candidate, w, h, (STRAIGHT_IN * dpi) / f);
  const min = (MIN_SEAL_IN * dpi) / f, max = (MAX_SEAL_IN * dpi) / f;
  const parts = groups(candidate, w, h).filter(({ box, pixels }) => Math.max(box.x1 - box.x0, box.y1 - box.y0) >= min && pixels / area(box) <= MAX_FILL);
  // a seal's ring comes in arcs where rules cross it: arcs whose boxes nearly touch are one seal
  const seals = mergeNear(parts.map((p) => p.box), (ARC_GAP_IN * dpi) / f).filter((b) => Math.min(b.x1 - b.x0, b.y1 - b.y0) >= min && Math.max(b.x1 - b.x0, b.y1 - b.y0) <= max);
  if (seals.length === 0) return null;
  // back to full size, grown by the reduction's rounding and the ring's faded outer edge
  const m = Math.round((ARC_GAP_IN * dpi) / 2);
  const boxes = seals.map((b) => ({ x0: Math.max(0, b.x0 * f - m), y0: Math.max(0, b.y0 * f - m), x1: Math.min(img.width, b.x1 * f + m), y1: Math.min(img.height, b.y1 * f + m) }));
  const grey = strokeGrey(img, boxes, candidate, f, w, hi);
  // text is what is darker than the seal by half the way to ink (at least than `lo`): thin strokes of a
  // very dark print are lighter than `lo` where they are anti-aliased
  return { boxes, strokes: maxFilter(candidate, w, h, 1), f, w, paper, lo, core: Math.max(lo, (grey + inkLevel) / 2), grey, unit: dpi / 100 };
}

/** The median grey of the full-size pixels on seal candidates inside the boxes (`hi` when there are none). */
function strokeGrey(img: GrayImage, boxes: PixelBox[], candidate: Uint8Array, f: number, w: number, hi: number): number {
  const hist = new Float64Array(256);
  let n = 0;
  for (const b of boxes) {
    for (let y = b.y0; y < b.y1; y++) {
      for (let x = b.x0; x < b.x1; x++) {
        const v = img.data[y * img.width + x]!;
        if (v < hi && candidate[((y / f) | 0) * w + ((x / f) | 0)]) { hist[v] = hist[v]! + 1; n++; }
      }
    }
  }
  for (let v = 0, acc = 0; v < 256; v++) { acc += hist[v]!; if (acc > n / 2) return v; }
  return hi;
}

/**
 * `img` (the page the seals were found on, or a copy with its rules painted out) with the
 * seals lifted off; pixels lifted to paper are cleared from `ink` too, when given.
 */
export function liftGreySeals(img: GrayImage, seals: GreySeals, ink?: Uint8Array): GrayImage {
  const { width: W, data } = img;
  const out = data.slice();
  const { f, w, strokes, lo, core, grey, paper } = seals;
  const minCore = MIN_CORE * seals.unit * seals.unit, reach = Math.max(1, Math.round(GLYPH_REACH * seals.unit));
  for (const box of seals.boxes) {
    const bw = box.x1 - box.x0, bh = box.y1 - box.y0;
    const dark = new Uint8Array(bw * bh);
    for (let y = 0; y < bh; y++) for (let x = 0; x < bw; x++) if (data[(box.y0 + y) * W + box.x0 + x]! < core) dark[y * bw + x] = 1;
    const cores = new Uint8Array(bw * bh);
    for (const g of groups(dark, bw, bh, true)) if (g.pixels >= minCore) for (const i of g.members!) cores[i] = 1;
    const glyph = maxFilter(cores, bw, bh, reach);
    for (let y = 0; y < bh; y++) {
      for (let x = 0; x < bw; x++) {
        const i = (box.y0 + y) * W + box.x0 + x;
        const onSeal = strokes[(((box.y0 + y) / f) | 0) * w + (((box.x0 + x) / f) | 0)]! === 1;
        if (glyph[y * bw + x] && !onSeal) continue;
        // away from text everything is seal; text under a seal stroke is the two multiplied
        out[i] = glyph[y * bw + x] ? Math.min(paper, Math.round((data[i]! * paper) / grey)) : Math.max(data[i]!, paper);
        if (ink && out[i]! >= lo) ink[i] = 0;
      }
    }
  }
  return { width: W, height: img.height, data: out };
}

/** Paper (the median grey) and ink (the 20th percentile of pixels clearly darker); undefined for a page without contrast. */
function pageLevels(data: Uint8Array): { paper: number; inkLevel: number } | undefined {
  const hist = new Float64Array(256);
  for (let i = 0; i < data.length; i++) hist[data[i]!] = hist[data[i]!]! + 1;
  let acc = 0, paper = 255;
  for (let v = 0; v < 256; v++) { acc += hist[v]!; if (acc >= data.length / 2) { paper = v; break; } }
  let dark = 0;
  for (let v = 0; v < paper - INK_CONTRAST; v++) dark += hist[v]!;
  if (dark === 0) return undefined;
  acc = 0;
  for (let v = 0; v < paper - INK_CONTRAST; v++) { acc += hist[v]!; if (acc >= dark * 0.2) return { paper, inkLevel: v }; }
  return undefined;
}

/** The image reduced by `f`, each pixel the mean of its f×f block (thin strokes fade, thick ones keep their grey). */
function meanOfBlocks(img: GrayImage, f: number): GrayImage {
  if (f === 1) return img;
  const { width: W, height: H } = img;
  const w = Math.ceil(W / f), h = Math.ceil(H / f);
  const sum = new Uint32Array(w * h), count = new Uint32Array(w * h);
  const column = new Int32Array(W);
  for (let x = 0; x < W; x++) column[x] = (x / f) | 0;
  for (let y = 0; y < H; y++) {
    const row = ((y / f) | 0) * w, src = y * W;
    for (let x = 0; x < W; x++) { const j = row + column[x]!; sum[j] = sum[j]! + img.data[src + x]!; count[j] = count[j]! + 1; }
  }
  const data = new Uint8Array(w * h);
  for (let j = 0; j < w * h; j++) data[j] = Math.round(sum[j]! / count[j]!);
  return { width: w, height: h, data };
}

/** Clears runs of set pixels at least `len` long, across rows and down columns: ruled lines, not a seal's curves. */
function dropStraightRuns(mask: Uint8Array, w: number, h: number, len: number): void {
  const runs = (count: number, step: number, lines: number, stride: number) => {
    const clear: [number, number][] = [];
    for (let l = 0; l < lines; l++) {
      let start = -1;
      for (let k = 0; k <= count; k++) {
        const on = k < count && mask[l * stride + k * step] === 1;
        if (on && start < 0) start = k;
        if (!on && start >= 0) { if (k - start >= len) clear.push([l * stride + start * step, k - start]); start = -1; }
      }
    }
    return clear;
  };
  // both found before either is cleared, so a ring crossed by a rule keeps its crossing
  const found = [...runs(w, 1, h, w).map(([i, n]) => [i, n, 1]), ...runs(h, w, w, 1).map(([i, n]) => [i, n, w])];
  for (const [i, n, step] of found) for (let k = 0; k < n!; k++) mask[i! + k * step!] = 0;
}

const area = (b: PixelBox): number => (b.x1 - b.x0) * (b.y1 - b.y0);

/** Boxes less than `gap` apart, merged into their union until none are. */
function mergeNear(boxes: PixelBox[], gap: number): PixelBox[] {
  const out = boxes.map((b) => ({ ...b }));
  for (let merged = true; merged;) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!, b = out[j]!;
        if (a.x0 > b.x1 + gap || b.x0 > a.x1 + gap || a.y0 > b.y1 + gap || b.y0 > a.y1 + gap) continue;
        out[i] = { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
        out.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return out;
}

interface Group { box: PixelBox; pixels: number; members?: number[] }

/** 4-connected groups of set pixels: box (exclusive ends), pixel count and, when asked, the pixels. */
function groups(mask: Uint8Array, W: number, H: number, members = false): Group[] {
  const seen = new Uint8Array(W * H), stack: number[] = [], out: Group[] = [];
  for (let start = 0; start < W * H; start++) {
    if (!mask[start] || seen[start]) continue;
    const group: Group = { box: { x0: W, y0: H, x1: 0, y1: 0 }, pixels: 0, ...(members ? { members: [] } : {}) };
    const { box } = group;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const i = stack.pop()!, x = i % W, y = (i - x) / W;
      group.pixels++;
      group.members?.push(i);
      box.x0 = Math.min(box.x0, x); box.x1 = Math.max(box.x1, x + 1);
      box.y0 = Math.min(box.y0, y); box.y1 = Math.max(box.y1, y + 1);
      const visit = (q: number) => { if (mask[q] && !seen[q]) { seen[q] = 1; stack.push(q); } };
      if (x > 0) visit(i - 1);
      if (x < W - 1) visit(i + 1);
      if (y > 0) visit(i - W);
      if (y < H - 1) visit(i + W);
    }
    out.push(group);
  }
  return out;
}
