/**
 * Draws a page's debug data over the picture of the page (@napi-rs/canvas, as the PDF
 * renderer uses): each column's box tinted by its role and labelled with it, table regions,
 * cells, and the ruling lines on top in pure red, so a test (or a reader) finds a ruling by
 * its colour. Colours are fixed and listed in OVERLAY_COLOURS (README "Review").
 */
import { createCanvas, loadImage, type SKRSContext2D } from '@napi-rs/canvas';
import type { Box4, DebugColumn, DebugPage } from './sink.js';

export const OVERLAY_COLOURS = {
  ruling: '#ff0000',
  cell: '#0050ff',
  lattice: '#00a000',
  partial: '#ff8c00',
  whitespace: '#a000c8',
} as const;

/** Tint of each column role (the part after ":" shares its role's colour); others grey. */
const ROLE_COLOURS: Record<string, string> = {
  level1: '#8e44ad', level2: '#2980b9', level3: '#16a085', target: '#d35400', initialTarget: '#e67e22', actual: '#c0392b',
  weight: '#7f8c00', score: '#27ae60', completion: '#2c3e50', deviation: '#7f8c8d', explanation: '#5d6d7e',
  note: '#95a5a6', block: '#34495e', unmapped: '#ff00ff',
};

/** Named families: the canvas resolves no generic "sans-serif" here; Noto CJK (registered by render.ts) or WenQuanYi for 中文. */
const FONTS = '"DejaVu Sans", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

const roleColour = (role: string): string => ROLE_COLOURS[role.replace(/[:?].*$/, '').replace(/^project$/, 'block')] ?? '#606060';

export interface OverlayInput {
  /** the page as PNG */
  background: Buffer;
  /** picture pixels per page unit */
  scale: number;
  page: DebugPage;
  columns: DebugColumn[];
}

/** The page with its overlay, as PNG, (page size × scale) pixels. */
export async function drawOverlay({ background, scale, page, columns }: OverlayInput): Promise<Buffer> {
  const width = Math.round(page.size[0] * scale), height = Math.round(page.size[1] * scale);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(await loadImage(background), 0, 0, width, height);
  // one line width per 600 px of page width: 2 px on a PDF page at 2 px/pt, 4 px on a 300 dpi A4 scan
  const lw = Math.max(1, Math.round(width / 600));
  const rect = (b: Box4): [number, number, number, number] => [b[0] * scale, b[1] * scale, (b[2] - b[0]) * scale, (b[3] - b[1]) * scale];
  for (const column of columns) {
    ctx.fillStyle = roleColour(column.role);
    ctx.globalAlpha = 0.14;
    ctx.fillRect(...rect(column.box));
  }
  ctx.globalAlpha = 1;
  for (const region of page.regions) {
    ctx.strokeStyle = OVERLAY_COLOURS[region.kind];
    ctx.lineWidth = 3 * lw;
    ctx.setLineDash([8 * lw, 4 * lw]);
    ctx.strokeRect(...grow(rect(region.box), 3 * lw));
  }
  ctx.setLineDash([]);
  ctx.strokeStyle = OVERLAY_COLOURS.cell;
  ctx.lineWidth = lw;
  for (const cell of page.cells) ctx.strokeRect(...grow(rect(cell), -2 * lw));
  drawRulings(ctx, page, scale, 2 * lw);
  for (const column of columns) drawLabel(ctx, column, scale, lw);
  drawLegend(ctx, lw);
  return canvas.encode('png');
}

const grow = ([x, y, w, h]: [number, number, number, number], d: number): [number, number, number, number] => [x - d, y - d, w + 2 * d, h + 2 * d];

function drawRulings(ctx: SKRSContext2D, page: DebugPage, scale: number, width: number): void {
  ctx.strokeStyle = OVERLAY_COLOURS.ruling;
  ctx.lineWidth = width;
  ctx.beginPath();
  for (const r of page.rulings) {
    const pos = r.pos * scale, from = r.from * scale, to = r.to * scale;
    if (r.axis === 'h') { ctx.moveTo(from, pos); ctx.lineTo(to, pos); } else { ctx.moveTo(pos, from); ctx.lineTo(pos, to); }
  }
  ctx.stroke();
}

/** The role in a filled tag at the top of the column (inferred roles marked "*", unknown headers "?"). */
function drawLabel(ctx: SKRSContext2D, column: DebugColumn, scale: number, lw: number): void {
  const header = column.header.length > 8 ? `${column.header.slice(0, 8)}…` : column.header;
  const text = `${column.role}${column.inferred ? '*' : ''}${header ? ` ${header}` : ''}`;
  const size = 7 * lw;
  ctx.font = `${size}px ${FONTS}`;
  // above the column's first row: over the foot of its header, which is what the role was read from
  const x = column.box[0] * scale + 2 * lw, y = Math.max(0, column.box[1] * scale - size - 6 * lw);
  const w = Math.min(ctx.measureText(text).width + 4 * lw, Math.max(12 * lw, (column.box[2] - column.box[0]) * scale - 4 * lw));
  ctx.fillStyle = roleColour(column.role);
  ctx.fillRect(x, y, w, size + 4 * lw);
  ctx.fillStyle = '#ffffff';
  ctx.save();
  ctx.beginPath();
  ctx.rect(x, y, w, size + 4 * lw);
  ctx.clip();
  ctx.fillText(text, x + 2 * lw, y + size);
  ctx.restore();
}

function drawLegend(ctx: SKRSContext2D, lw: number): void {
  const items: [string, string][] = [['rulings', OVERLAY_COLOURS.ruling], ['cells', OVERLAY_COLOURS.cell], ['ruled table', OVERLAY_COLOURS.lattice],
    ['rules without columns', OVERLAY_COLOURS.partial], ['table by alignment', OVERLAY_COLOURS.whitespace], ['columns: role (* from cells)', '#606060']];
  const size = 8 * lw;
  ctx.font = `${size}px ${FONTS}`;
  let x = 4 * lw;
  for (const [label, colour] of items) {
    ctx.fillStyle = colour;
    ctx.fillRect(x, 3 * lw, size, size);
    ctx.fillStyle = '#000000';
    ctx.fillText(label, x + size + 2 * lw, 3 * lw + size - lw);
    x += size + 6 * lw + ctx.measureText(label).width;
  }
}
