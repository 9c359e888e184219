/**
 * OCR'd pages → page blocks, through the PDF path's own layout (layoutPage): lattices from
 * the rules found in the image, text runs from the engine. Each table cell then takes the
 * OCR confidence of the runs it holds (the weakest) and their fixes, and its bbox is put in
 * the frame of the input: PDF points (bottom-left) for a scanned PDF page, image pixels
 * (top-left) for an image. Boxes are those of the deskewed page; the correction is below a
 * few degrees, so a box is off by at most a few pixels at the page edges.
 */
import type { Cell } from '../../ir/types.js';
import { centerX, centerY, containsPoint } from '../pdf/geometry.js';
import { layoutPage, type PageBlock } from '../pdf/page-layout.js';
import type { OcrRun, PageRead } from './page-ocr.js';

export type Frame = { kind: 'pdf' } | { kind: 'image'; dpi: number };

export function scannedPageBlocks(read: PageRead, page: number, frame: Frame): PageBlock[] {
  const blocks = layoutPage(read.runs, read.rulings, { page, width: read.widthPt, height: read.heightPt });
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    for (const cell of block.table.grid.cells) attachOcr(cell, read.runs, read.heightPt, frame);
  }
  return blocks;
}

function attachOcr(cell: Cell, runs: OcrRun[], heightPt: number, frame: Frame): void {
  const bbox = cell.source.bbox;
  if (!bbox) return;
  // bottom-left points → page space (top-left points), where the runs are
  const [x0, y0, x1, y1] = [bbox[0], heightPt - bbox[3], bbox[2], heightPt - bbox[1]];
  const box = { x0, y0, x1, y1 };
  const inside = runs.filter((r) => containsPoint(box, centerX(r), centerY(r)));
  if (inside.length > 0) {
    cell.source.ocrConfidence = Math.min(...inside.map((r) => r.confidence));
    cell.source.ocrFixes = [...new Set(inside.flatMap((r) => r.fixes))];
  }
  if (frame.kind === 'image') {
    const px = frame.dpi / 72;
    const round = (n: number) => Math.round(n * px);
    cell.source.bbox = [round(x0), round(y0), round(x1), round(y1)];
    cell.source.coordOrigin = 'image-top-left-px';
    const size = cell.source.pageSize;
    if (size) cell.source.pageSize = [round(size[0]), round(size[1])];
  }
}
