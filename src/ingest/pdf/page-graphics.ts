/**
 * Operator list → ruling lines and paint statistics of one page.
 *
 * pdf.js 5.x folds path construction and painting into one op: `constructPath` with
 * args [paintOp, [Float32Array of DrawOPS-coded points] | [null], minMax]; paintOp is the
 * stroke/fill/endPath op that used to follow (4.x emitted it separately). Coordinates are
 * in the user space current at paint time, so the CTM is tracked through save/restore,
 * transform and form XObjects. Clipping paths end with endPath and are not painted.
 * Two drawing styles occur in the corpus: ONLYOFFICE strokes one segment per cell edge,
 * WPS fills thin rectangles (0.96 pt) under a flipped CTM; both become rulings here.
 */
import { OPS } from './pdfjs.js';
import { apply, boxOfPoints, compose, type Box, type Matrix } from './geometry.js';

export interface Ruling {
  axis: 'h' | 'v';
  /** y of a horizontal ruling, x of a vertical one (page space) */
  pos: number;
  /** extent along the ruling: x-range for 'h', y-range for 'v' */
  from: number;
  to: number;
}

export interface PageGraphics {
  rulings: Ruling[];
  /** page-space area covered by painted images (sum, overlaps counted twice) */
  imageArea: number;
  /** page-space boxes of the painted images */
  images: Box[];
  /** filled subpaths that are not rectangles (glyph outlines when text is drawn as vectors) */
  shapeFills: number;
  /** text objects (BT … ET) ending in a visible text rendering mode, and in an invisible one (3 Tr, 7 Tr: the OCR layer of a "searchable" scan) */
  visibleTexts: number;
  invisibleTexts: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** pdf.js DrawOPS codes inside a constructPath buffer (src/shared/util.js). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Thicker than this, a filled rectangle is a shape, not a ruling (points). */
const MAX_RULE_THICKNESS = 3;
/** Straight segments within this of horizontal/vertical count as axis-aligned (points). */
const AXIS_TOL = 0.5;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
const FILL_STROKES = new Set<number>([OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const IMAGES = new Set<number>([
  OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintSolidColorImageMask,
  OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup,
]);

interface GState {
  ctm: Matrix;
  strokeVisible: boolean;
  fillVisible: boolean;
  /** text rendering mode (Tr): 3 is neither fill nor stroke, 7 clip only */
  textMode: number;
}

const INVISIBLE_TEXT_MODES = new Set([3, 7]);

interface Subpath {
  points: [number, number][];
  curved: boolean;
  closed: boolean;
}

/** Reads rulings and paint statistics; `base` maps user space to page space (the viewport transform). */
export function readGraphics(ops: OperatorList, base: Matrix): PageGraphics {
  const out: PageGraphics = { rulings: [], imageArea: 0, images: [], shapeFills: 0, visibleTexts: 0, invisibleTexts: 0 };
  const stack: GState[] = [];
  let gs: GState = { ctm: base, strokeVisible: true, fillVisible: true, textMode: 0 };
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin || fn === OPS.beginGroup) {
      stack.push(gs);
      gs = { ...gs };
      const m = fn === OPS.paintFormXObjectBegin ? asMatrix(args?.[0]) : null;
      if (m) gs.ctm = compose(gs.ctm, m);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd || fn === OPS.endGroup) {
      gs = stack.pop() ?? gs;
    } else if (fn === OPS.transform) {
      const m = asMatrix(args);
      if (m) gs.ctm = compose(gs.ctm, m);
    } else if (fn === OPS.setStrokeRGBColor) {
      gs.strokeVisible = !isNearWhite(args?.[0]);
    } else if (fn === OPS.setFillRGBColor) {
      gs.fillVisible = !isNearWhite(args?.[0]);
    } else if (fn === OPS.setStrokeTransparent) {
      gs.strokeVisible = false;
    } else if (fn === OPS.setFillTransparent) {
      gs.fillVisible = false;
    } else if (fn === OPS.constructPath && args) {
      paintPath(args, gs, out);
    } else if (fn === OPS.setTextRenderingMode) {
      gs.textMode = typeof args?.[0] === 'number' ? args[0] : 0;
    } else if (fn === OPS.endText) {
      if (INVISIBLE_TEXT_MODES.has(gs.textMode)) out.invisibleTexts++;
      else out.visibleTexts++;
    } else if (IMAGES.has(fn)) {
      const b = boxOfPoints([apply(gs.ctm, 0, 0), apply(gs.ctm, 1, 0), apply(gs.ctm, 0, 1), apply(gs.ctm, 1, 1)]);
      out.imageArea += (b.x1 - b.x0) * (b.y1 - b.y0);
      out.images.push(b);
    }
  }
  return out;
}

function paintPath(args: unknown[], gs: GState, out: PageGraphics): void {
  const paintOp = args[0] as number;
  const buffer = (args[1] as unknown[] | undefined)?.[0];
  if (!(buffer instanceof Float32Array) && !Array.isArray(buffer)) return;
  const stroke = (STROKES.has(paintOp) || FILL_STROKES.has(paintOp)) && gs.strokeVisible;
  const fill = (FILLS.has(paintOp) || FILL_STROKES.has(paintOp)) && gs.fillVisible;
  if (!stroke && !fill) return;
  const subpaths = decodePath(buffer as ArrayLike<number>, gs.ctm);
  for (const sp of subpaths) {
    if (stroke) strokeRulings(sp, out.rulings);
    if (fill) fillRulings(sp, out);
  }
}

/** Decodes a DrawOPS buffer into page-space subpaths. */
function decodePath(buf: ArrayLike<number>, ctm: Matrix): Subpath[] {
  const paths: Subpath[] = [];
  let cur: Subpath | null = null;
  for (let i = 0; i < buf.length; ) {
    const op = buf[i++];
    if (op === DRAW.moveTo) {
      cur = { points: [apply(ctm, buf[i]!, buf[i + 1]!)], curved: false, closed: false };
      paths.push(cur);
      i += 2;
    } else if (op === DRAW.lineTo) {
      cur?.points.push(apply(ctm, buf[i]!, buf[i + 1]!));
      i += 2;
    } else if (op === DRAW.curveTo || op === DRAW.quadraticCurveTo) {
      const n = op === DRAW.curveTo ? 6 : 4;
      if (cur) { cur.curved = true; cur.points.push(apply(ctm, buf[i + n - 2]!, buf[i + n - 1]!)); }
      i += n;
    } else if (op === DRAW.closePath) {
      if (cur) { cur.closed = true; cur.points.push(cur.points[0]!); }
    } else {
      break; // unknown code: stop rather than misread the rest
    }
  }
  return paths;
}

/** Every straight, axis-aligned segment of a stroked subpath is a ruling. */
function strokeRulings(sp: Subpath, rulings: Ruling[]): void {
  if (sp.curved) return;
  const pts = sp.points;
  for (let k = 1; k < pts.length; k++) {
    const ruling = segmentRuling(pts[k - 1]!, pts[k]!);
    if (ruling) rulings.push(ruling);
  }
}

function segmentRuling([xa, ya]: [number, number], [xb, yb]: [number, number]): Ruling | null {
  const dx = Math.abs(xb - xa), dy = Math.abs(yb - ya);
  if (dy <= AXIS_TOL && dx > AXIS_TOL) return { axis: 'h', pos: (ya + yb) / 2, from: Math.min(xa, xb), to: Math.max(xa, xb) };
  if (dx <= AXIS_TOL && dy > AXIS_TOL) return { axis: 'v', pos: (xa + xb) / 2, from: Math.min(ya, yb), to: Math.max(ya, yb) };
  return null;
}

/** A thin filled axis-aligned rectangle is a ruling along its long side; other fills are shapes. */
function fillRulings(sp: Subpath, out: PageGraphics): void {
  const rect = sp.curved ? null : rectangleOf(sp.points);
  if (!rect) {
    if (sp.points.length > 2) out.shapeFills++;
    return;
  }
  const w = rect.x1 - rect.x0, h = rect.y1 - rect.y0;
  if (h <= MAX_RULE_THICKNESS && w > h) out.rulings.push({ axis: 'h', pos: (rect.y0 + rect.y1) / 2, from: rect.x0, to: rect.x1 });
  else if (w <= MAX_RULE_THICKNESS && h > w) out.rulings.push({ axis: 'v', pos: (rect.x0 + rect.x1) / 2, from: rect.y0, to: rect.y1 });
}

/** The box of a closed polygon whose edges are all axis-aligned and that has 4 corners; else null. */
function rectangleOf(points: [number, number][]): Box | null {
  const pts = dedupe(points);
  if (pts.length < 2 || pts.length > 5) return null;
  for (let k = 1; k < pts.length; k++) {
    const [xa, ya] = pts[k - 1]!, [xb, yb] = pts[k]!;
    if (Math.abs(xa - xb) > AXIS_TOL && Math.abs(ya - yb) > AXIS_TOL) return null;
  }
  return boxOfPoints(pts);
}

function dedupe(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || Math.abs(last[0] - p[0]) > 0.01 || Math.abs(last[1] - p[1]) > 0.01) out.push(p);
  }
  return out;
}

function asMatrix(v: unknown): Matrix | null {
  if (!v || typeof v !== 'object' || !('length' in v) || (v as ArrayLike<number>).length !== 6) return null;
  const m = Array.from(v as ArrayLike<number>);
  return m.every(Number.isFinite) ? (m as Matrix) : null;
}

/** pdf.js 5.x passes colours as "#rrggbb"; white (or nearly) strokes and fills are invisible on paper. */
function isNearWhite(color: unknown): boolean {
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return false;
  const n = parseInt(color.slice(1), 16);
  return (n >> 16) > 0xf0 && ((n >> 8) & 0xff) > 0xf0 && (n & 0xff) > 0xf0;
}
