/**
 * Text lines inside a region of the ink mask (a table cell's inside after `eraseRules`, or
 * a page area outside tables), and the pieces of a line separated by wide gaps. These are
 * the boxes handed to the line recogniser, so they must be tight, one per printed line,
 * and not cut through characters. Row projection is the method, made robust for scans:
 *  - connected components are labelled first; specks (a few pixels), small marks away
 *    from any stroke (dirt; a decimal point beside digits stays) and leftovers of erased
 *    rules (thin slivers touching the region's edge) do not count;
 *  - bands made only of flat strokes (the bars of 一 二 三) are joined with their
 *    neighbours when together they are no taller than a character is wide;
 *  - a band much taller than the line height (two lines touching through a descender or
 *    noise) is split at the projection minimum, but only where that minimum is a real
 *    valley.
 * Gaps inside a line are cut only when wider than `gapFactor` line heights: characters
 * such as 川 or 儿 have inner gaps well under one character width.
 */
import type { PixelBox } from './raster.js';

interface Run { y: number; x0: number; x1: number; c: number }
interface Comp { x0: number; y0: number; x1: number; y1: number; area: number; noise: boolean }

/** Marks up to this size (px) are dirt unless next to a larger stroke. */
const SMALL = 4;

/** Tallest bar along a region's edge taken for a rule's leftover, as a share of the text height. */
const EDGE_BAR = 0.3;

/** Default gap (in line heights) at which `splitSegments` cuts. */
export const DEFAULT_GAP_FACTOR = 1.2;

/** Lines of text inside `region`, top to bottom, as tight boxes. */
export function findTextLines(ink: Uint8Array, width: number, height: number, region: PixelBox): PixelBox[] {
  const box = clampBox(region, width, height);
  if (box.x1 <= box.x0 || box.y1 <= box.y0) return [];
  const { runs, comps } = components(ink, width, box);
  const glyphs = comps.filter((c) => !c.noise);
  if (glyphs.length === 0) return [];
  const prof = new Float64Array(box.y1 - box.y0);
  for (const r of runs) if (!comps[r.c]!.noise) prof[r.y - box.y0] = prof[r.y - box.y0]! + r.x1 - r.x0;

  let bands: { y0: number; y1: number }[] = [];
  for (let y = 0; y < prof.length; y++) {
    if (prof[y]! === 0) continue;
    let e = y;
    while (e < prof.length && prof[e]! > 0) e++;
    bands.push({ y0: box.y0 + y, y1: box.y0 + e });
    y = e;
  }
  bands = joinStrokeBands(bands, glyphs);

  const glyphLike = glyphs.filter((c) => c.y1 - c.y0 >= 0.3 * (c.x1 - c.x0));
  const compH = median(glyphLike.map((c) => c.y1 - c.y0));
  const bandH = median(bands.map((b) => b.y1 - b.y0));
  const ref = compH > 0 ? Math.min(bandH, 1.25 * compH) : bandH;

  const lines: PixelBox[] = [];
  for (const band of bands) {
    for (const part of splitTall(band, prof, box.y0, ref)) {
      const line = tightBox(runs, comps, part.y0, part.y1, ref);
      if (line) lines.push(line);
    }
  }
  return lines;
}

/** `line` cut at horizontal gaps wider than `gapFactor` × its height, left to right, tight boxes. */
export function splitSegments(ink: Uint8Array, width: number, line: PixelBox, gapFactor = DEFAULT_GAP_FACTOR): PixelBox[] {
  const height = Math.floor(ink.length / width);
  const box = clampBox(line, width, height);
  if (box.x1 <= box.x0 || box.y1 <= box.y0) return [];
  const { runs, comps } = components(ink, width, box);
  const cols = new Uint8Array(box.x1 - box.x0);
  for (const r of runs) if (!comps[r.c]!.noise) cols.fill(1, r.x0 - box.x0, r.x1 - box.x0);
  const minGap = gapFactor * (box.y1 - box.y0);
  const pieces: [number, number][] = [];
  let start = -1, last = -1;
  for (let x = 0; x < cols.length; x++) {
    if (!cols[x]) continue;
    if (start >= 0 && x - last - 1 > minGap) { pieces.push([start, last + 1]); start = -1; }
    if (start < 0) start = x;
    last = x;
  }
  if (start >= 0) pieces.push([start, last + 1]);
  const out: PixelBox[] = [];
  for (const [a, b] of pieces) {
    const seg = { x0: box.x0 + a, y0: Infinity, x1: box.x0 + b, y1: -Infinity };
    for (const r of runs) {
      if (comps[r.c]!.noise || r.x1 <= seg.x0 || r.x0 >= seg.x1) continue;
      seg.y0 = Math.min(seg.y0, r.y); seg.y1 = Math.max(seg.y1, r.y + 1);
    }
    if (seg.y1 > seg.y0) out.push(seg);
  }
  return out;
}

/** 8-connected components of the ink inside `box`, by runs; specks and edge slivers flagged as noise. */
function components(ink: Uint8Array, width: number, box: PixelBox): { runs: Run[]; comps: Comp[] } {
  const runs: Run[] = [];
  const rowStart: number[] = [];
  for (let y = box.y0; y < box.y1; y++) {
    rowStart.push(runs.length);
    const row = y * width;
    for (let x = box.x0; x < box.x1; x++) {
      if (!ink[row + x]) continue;
      let e = x + 1;
      while (e < box.x1 && ink[row + e]) e++;
      runs.push({ y, x0: x, x1: e, c: runs.length });
      x = e;
    }
  }
  rowStart.push(runs.length);
  const parent = runs.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  for (let k = 0; k + 1 < rowStart.length - 1; k++) {
    let i = rowStart[k]!, j = rowStart[k + 1]!;
    const iEnd = rowStart[k + 1]!, jEnd = rowStart[k + 2]!;
    while (i < iEnd && j < jEnd) {
      const a = runs[i]!, b = runs[j]!;
      if (b.x0 <= a.x1 && a.x0 <= b.x1) { const ra = find(i), rb = find(j); if (ra !== rb) parent[ra] = rb; }
      if (a.x1 < b.x1) i++; else j++;
    }
  }
  const index = new Map<number, number>();
  const comps: Comp[] = [];
  for (let i = 0; i < runs.length; i++) {
    const root = find(i);
    let c = index.get(root);
    if (c === undefined) { c = comps.length; index.set(root, c); comps.push({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, area: 0, noise: false }); }
    const r = runs[i]!, comp = comps[c]!;
    r.c = c;
    comp.x0 = Math.min(comp.x0, r.x0); comp.x1 = Math.max(comp.x1, r.x1);
    comp.y0 = Math.min(comp.y0, r.y); comp.y1 = Math.max(comp.y1, r.y + 1);
    comp.area += r.x1 - r.x0;
  }
  const small: Comp[] = [], large: Comp[] = [], edgeBars: Comp[] = [];
  for (const c of comps) {
    const w = c.x1 - c.x0, h = c.y1 - c.y0;
    const speck = c.area <= 2 || (Math.max(w, h) <= 2 && c.area <= 4);
    const touches = c.x0 === box.x0 || c.y0 === box.y0 || c.x1 === box.x1 || c.y1 === box.y1;
    const sliver = touches && Math.min(w, h) <= 2 && Math.max(w, h) >= 3 * Math.min(w, h);
    c.noise = speck || sliver;
    if (c.noise) continue;
    if ((c.y0 === box.y0 || c.y1 === box.y1) && w >= 4 * h) edgeBars.push(c);
    else (Math.max(w, h) <= SMALL && c.area <= SMALL * SMALL ? small : large).push(c);
  }
  // a flat bar along the top or bottom edge, thin beside the text, is what erasing a rule
  // left of ink that touched it (a seal's rim, blur): no character lies flat on a cell's edge
  const textH = median(large.map((c) => c.y1 - c.y0));
  for (const c of edgeBars) {
    if (c.y1 - c.y0 <= EDGE_BAR * textH || large.length === 0) c.noise = true;
    else large.push(c);
  }
  // small marks count only beside real strokes (a decimal point, a comma), not on their own (dirt)
  const reach = Math.max(8, 2 * median(large.map((c) => c.y1 - c.y0)));
  for (const c of small) {
    c.noise = !large.some((g) => g.x0 - reach <= c.x1 && c.x0 <= g.x1 + reach && g.y0 - reach <= c.y1 && c.y0 <= g.y1 + reach);
  }
  return { runs, comps };
}

/** Joins bands made only of flat strokes with a neighbour, while the pair stays about one character tall. */
function joinStrokeBands(bands: { y0: number; y1: number }[], glyphs: Comp[]): { y0: number; y1: number }[] {
  const info = (b: { y0: number; y1: number }) => {
    const inside = glyphs.filter((c) => c.y0 >= b.y0 && c.y1 <= b.y1);
    return { flat: inside.length > 0 && inside.every((c) => c.y1 - c.y0 < 0.3 * (c.x1 - c.x0)), size: Math.max(0, ...inside.map((c) => c.x1 - c.x0)) };
  };
  const out = bands.map((b) => ({ ...b }));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!, b = out[i + 1]!, ia = info(a), ib = info(b);
      if (!ia.flat && !ib.flat) continue;
      const size = Math.max(ia.flat ? ia.size : 0, ib.flat ? ib.size : 0);
      if (b.y0 - a.y1 <= 0.6 * size && b.y1 - a.y0 <= 1.3 * size) {
        out.splice(i, 2, { y0: a.y0, y1: b.y1 });
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Splits a band taller than 1.7 line heights at projection valleys near the expected line breaks. */
function splitTall(band: { y0: number; y1: number }, prof: Float64Array, top: number, ref: number): { y0: number; y1: number }[] {
  const h = band.y1 - band.y0;
  if (!(ref > 0) || h <= 1.7 * ref) return [band];
  const k = Math.round(h / ref);
  const rows = Array.from(prof.subarray(band.y0 - top, band.y1 - top));
  const valley = 0.35 * median(rows);
  // each cut is the run of valley rows around the deepest row near an expected line break
  const cuts: [number, number][] = [];
  for (let i = 1; i < k; i++) {
    const expect = (i * h) / k, lo = Math.max(1, Math.round(expect - 0.35 * ref)), hi = Math.min(h - 1, Math.round(expect + 0.35 * ref));
    let best = -1;
    for (let y = lo; y < hi; y++) if (best < 0 || rows[y]! < rows[best]!) best = y;
    if (best <= 0 || rows[best]! > valley) continue;
    let a = best, b = best + 1;
    while (a > 1 && rows[a - 1]! <= valley) a--;
    while (b < h - 1 && rows[b]! <= valley) b++;
    if (cuts.length === 0 || a >= cuts[cuts.length - 1]![1]) cuts.push([a, b]);
  }
  const parts: { y0: number; y1: number }[] = [];
  let from = 0;
  for (const [a, b] of [...cuts, [h, h] as [number, number]]) { parts.push({ y0: band.y0 + from, y1: band.y0 + a }); from = b; }
  return parts;
}

/** Tight box of the glyph ink in rows [y0, y1), plus small marks (dots, commas) right beside it. */
function tightBox(runs: Run[], comps: Comp[], y0: number, y1: number, ref: number): PixelBox | null {
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const r of runs) {
    if (r.y < y0 || r.y >= y1 || comps[r.c]!.noise) continue;
    box.x0 = Math.min(box.x0, r.x0); box.x1 = Math.max(box.x1, r.x1);
    box.y0 = Math.min(box.y0, r.y); box.y1 = Math.max(box.y1, r.y + 1);
  }
  if (box.x1 <= box.x0) return null;
  const near = Math.max(2, 0.5 * ref);
  for (const c of comps) {
    const cy = (c.y0 + c.y1) / 2;
    if (!c.noise || c.area <= 2 || cy < box.y0 || cy > box.y1) continue;
    if (c.x1 < box.x0 - near || c.x0 > box.x1 + near) continue;
    box.x0 = Math.min(box.x0, c.x0); box.x1 = Math.max(box.x1, c.x1);
  }
  return box;
}

function clampBox(b: PixelBox, width: number, height: number): PixelBox {
  const x0 = Math.max(0, Math.floor(b.x0)), y0 = Math.max(0, Math.floor(b.y0));
  return { x0, y0, x1: Math.max(x0, Math.min(width, Math.ceil(b.x1))), y1: Math.max(y0, Math.min(height, Math.ceil(b.y1))) };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
