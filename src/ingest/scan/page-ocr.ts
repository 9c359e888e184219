/**
 * One scanned page → OCR'd text runs and ruling lines in page space (points, top-left
 * origin), the same two inputs the PDF text-layer path lays out (page-layout.ts), so a
 * scan goes through the very lattice, whitespace-table and paragraph stages a text PDF
 * does. Stages: binarize → estimate and correct skew → find rules → lattices → the text
 * lines inside every cell (rules erased) and outside the tables → one batch of line images
 * to the engine → runs carrying the engine's confidence and fixes. Runs inside an OCR
 * pool worker (src/ocr/pool.ts); everything here is plain data in, plain data out.
 */
import type { OcrEngine } from '../../ocr/engine.js';
import { findLattices } from '../pdf/lattice.js';
import type { Ruling } from '../pdf/page-graphics.js';
import type { Run } from '../pdf/page-text.js';
import { binarize, lineMasks } from '../image/binarize.js';
import { estimateSkew, rotateImage } from '../image/deskew.js';
import { findGreySeals, liftGreySeals } from '../image/grey-seal.js';
import { clearSurround } from '../image/page-frame.js';
import { crop, quarterTurn, type GrayImage, type PixelBox } from '../image/raster.js';
import { eraseRules, findRules, type PixelRuling } from '../image/rules.js';
import { findTextLines, splitSegments } from '../image/text-lines.js';

/** A run read by OCR: the engine's confidence and the repairs its adapter made. */
export interface OcrRun extends Run {
  confidence: number;
  fixes: string[];
}

export interface PageRead {
  runs: OcrRun[];
  rulings: Ruling[];
  /** page size in points at the DPI used */
  widthPt: number;
  heightPt: number;
  /** skew found and corrected, degrees */
  skew: number;
  /** quarter turns clockwise the page was given before it was read (a page scanned sideways); 0 upright */
  turned: 0 | 1 | 3;
  /** grey seals taken off the page before it was read (grey-seal.ts) */
  seals: number;
}

/** Skew below this is left alone (degrees): rotating resamples and blurs. */
const MIN_SKEW = 0.1;
/**
 * A read of one or two marks that are no placeholder (+ . , ` ' : ·), at low confidence: a
 * speck of dirt the engine tried to read, not text (a dash or slash alone is a placeholder
 * and stays).
 */
const SPECK_READ = /^[^\p{L}\p{N}\-—–/／\\%≥≤<>=＝]{1,2}$/u;
const SPECK_CONFIDENCE = 0.5;

/** Pixels kept around a text line when it is cut out for the engine. */
const LINE_MARGIN = 3;
/**
 * Text outside ruled tables is cut into pieces at gaps wider than this many line heights:
 * word-sized pieces, as a PDF text layer gives, which the whitespace-table fallback needs to
 * see column edges in a table printed without rules (1.5 glued header cells together).
 */
const SEGMENT_GAP = 0.8;

/**
 * A page scanned sideways (a landscape table fed portrait) has its lines of text running
 * down the image. Text lines are found by row projection, so upright text gives lines of
 * several characters (wider than tall), sideways text one square box per character: when
 * few lines are wide, the page turned a quarter is laid out too, and if its lines are
 * clearly wider it is read turned, the way (clockwise or anticlockwise) whose sample of
 * lines the engine reads with more confidence.
 */
const WIDE_SHARE_UPRIGHT = 0.5;
/** Lines in the sample read both ways to tell a clockwise from an anticlockwise turn. */
const TURN_SAMPLE = 24;

export async function readScannedPage(source: GrayImage, dpi: number, engine: OcrEngine): Promise<PageRead> {
  if (source.data.length !== source.width * source.height || !(dpi > 0)) {
    throw new Error(`not a page raster: ${source.width}×${source.height} px with ${source.data.length} bytes at ${dpi} DPI`);
  }
  const upright = pageStructure(source, dpi);
  if (wideShare(upright.lines) >= WIDE_SHARE_UPRIGHT) return readPage(upright, engine, 0);
  const clockwise = pageStructure(quarterTurn(source, 1), dpi);
  if (wideShare(clockwise.lines) < wideShare(upright.lines) + WIDE_SHARE_UPRIGHT / 2) return readPage(upright, engine, 0);
  const anticlockwise = pageStructure(quarterTurn(source, 3), dpi);
  const [a, b] = await Promise.all([sampleConfidence(clockwise, engine), sampleConfidence(anticlockwise, engine)]);
  return a >= b ? readPage(clockwise, engine, 1) : readPage(anticlockwise, engine, 3);
}

/** Share of text lines at least twice as wide as tall. */
function wideShare(lines: PixelBox[]): number {
  if (lines.length === 0) return 1;
  return lines.filter((b) => b.x1 - b.x0 >= 2 * (b.y1 - b.y0)).length / lines.length;
}

/** Mean confidence of the engine over the widest lines of a laid-out page. */
async function sampleConfidence(page: PageStructure, engine: OcrEngine): Promise<number> {
  const sample = [...page.lines].sort((p, q) => q.x1 - q.x0 - (p.x1 - p.x0)).slice(0, TURN_SAMPLE);
  const reads = await engine.readLines(sample.map((box) => crop(page.image, grow(box, LINE_MARGIN))));
  return reads.reduce((s, r) => s + r.confidence, 0) / Math.max(1, reads.length);
}

interface PageStructure {
  /** the deskewed page with its rules painted out */
  image: GrayImage;
  rulings: Ruling[];
  /** text line boxes, pixels */
  lines: PixelBox[];
  skew: number;
  /** points per pixel */
  pt: number;
  /** grey seals taken off, pixels */
  seals: PixelBox[];
}

/** Binarize → deskew → rules → lattices → grey seals off → text lines: everything but the reading. */
function pageStructure(source: GrayImage, dpi: number): PageStructure {
  let image = source;
  // the desk or lid around a photographed page is no ink of the page
  const inkOf = (img: GrayImage) => { const ink = binarize(img); clearSurround(ink, img.width, img.height); return ink; };
  let ink = inkOf(image);
  const skew = estimateSkew(ink, image.width, image.height);
  if (Math.abs(skew) >= MIN_SKEW) {
    image = rotateImage(image, -skew);
    ink = inkOf(image);
  }
  const pt = 72 / dpi;
  const rules = findRules(ink, image.width, image.height, { lines: lineMasks(image, ink) });
  const rulings = inPoints(rules, pt);
  const { lattices } = findLattices(rulings);
  // seals are found whole, with the rules they cross, and lifted once the rules are found
  // (lifted first, a seal's ring would take the rules it crosses with it)
  const seals = findGreySeals(image, dpi);
  const withRules = ink.slice();
  eraseRules(ink, image.width, image.height, rules);
  image = whitenErased(image, withRules, ink);
  if (seals) image = liftGreySeals(image, seals, ink);

  const lines: PixelBox[] = [];
  const cellBoxes = lattices.flatMap((l) => l.cells.map((c) => toPixels(c.box, pt)));
  for (const cell of cellBoxes) lines.push(...findTextLines(ink, image.width, image.height, inset(cell, ruleMargin(rules))));
  for (const box of cellBoxes.concat(lattices.map((l) => toPixels(l.box, pt)))) clearBox(ink, image.width, image.height, box);
  const whole = { x0: 0, y0: 0, x1: image.width, y1: image.height };
  for (const band of findTextLines(ink, image.width, image.height, whole)) {
    // a band of the whole page can hold cells of different heights (a wrapped header next to
    // a one-line one): each piece is searched for its own lines again
    for (const piece of splitSegments(ink, image.width, band, SEGMENT_GAP)) {
      lines.push(...findTextLines(ink, image.width, image.height, piece));
    }
  }

  return { image, rulings, lines, skew, pt, seals: seals?.boxes ?? [] };
}

async function readPage({ image, rulings, lines, skew, pt, seals }: PageStructure, engine: OcrEngine, turned: 0 | 1 | 3): Promise<PageRead> {
  const crops = lines.map((box) => crop(image, grow(box, LINE_MARGIN)));
  const reads = await engine.readLines(crops);
  const runs: OcrRun[] = [];
  reads.forEach((read, i) => {
    const text = read.text.trim();
    if (text === '' || (SPECK_READ.test(text) && read.confidence < SPECK_CONFIDENCE)) return;
    const box = lines[i]!;
    runs.push({
      text, rotated: false, size: (box.y1 - box.y0) * pt,
      x0: box.x0 * pt, y0: box.y0 * pt, x1: box.x1 * pt, y1: box.y1 * pt,
      // read through a seal taken off the page: the seal's strokes may have taken strokes of the text with them
      confidence: read.confidence, fixes: seals.some((s) => overlaps(s, box)) ? [...read.fixes, 'ocr:under-seal'] : read.fixes,
    });
  });
  return { runs, rulings, widthPt: image.width * pt, heightPt: image.height * pt, skew, turned, seals: seals.length };
}

/**
 * The page with the erased rule pixels (and their blurred fringe) painted paper-white, so
 * a line crop that reaches a rule — digits set flush against a cell border — holds no bar
 * an engine would read as "|" or "1".
 */
function whitenErased(image: GrayImage, before: Uint8Array, after: Uint8Array): GrayImage {
  const { width, height } = image;
  const data = image.data.slice();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (!before[i] || after[i]) continue;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx, yy = y + dy;
          if (xx >= 0 && yy >= 0 && xx < width && yy < height && !after[yy * width + xx]) data[yy * width + xx] = 255;
        }
      }
    }
  }
  return { width, height, data };
}

/** Rules found in an image, in page points (`pt` points per pixel). */
export const inPoints = (rules: PixelRuling[], pt: number): Ruling[] =>
  rules.map((r) => ({ axis: r.axis, pos: r.pos * pt, from: r.from * pt, to: r.to * pt }));

const toPixels = (b: { x0: number; y0: number; x1: number; y1: number }, pt: number): PixelBox =>
  ({ x0: b.x0 / pt, y0: b.y0 / pt, x1: b.x1 / pt, y1: b.y1 / pt });

/** How far inside a cell's edges text starts: half the thickest rule plus two pixels. */
function ruleMargin(rules: PixelRuling[]): number {
  const thickest = rules.reduce((m, r) => Math.max(m, r.thickness), 1);
  return Math.ceil(thickest / 2) + 2;
}

const overlaps = (a: PixelBox, b: PixelBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const inset = (b: PixelBox, d: number): PixelBox => ({ x0: b.x0 + d, y0: b.y0 + d, x1: Math.max(b.x0 + d, b.x1 - d), y1: Math.max(b.y0 + d, b.y1 - d) });
const grow = (b: PixelBox, d: number): PixelBox => ({ x0: b.x0 - d, y0: b.y0 - d, x1: b.x1 + d, y1: b.y1 + d });

function clearBox(ink: Uint8Array, width: number, height: number, b: PixelBox): void {
  const x0 = Math.max(0, Math.floor(b.x0) - 2), x1 = Math.min(width, Math.ceil(b.x1) + 2);
  for (let y = Math.max(0, Math.floor(b.y0) - 2); y < Math.min(height, Math.ceil(b.y1) + 2); y++) ink.fill(0, y * width + x0, y * width + x1);
}
