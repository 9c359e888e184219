/**
 * What OCR says about the cells behind a record: the weakest OCR confidence among them,
 * and the repairs the engine adapter made to their text, as record flags
 * ('ocr:comparator-glyph' → 'ocr-comparator-glyph'; 'ocr-low-confidence' when the weakest
 * cell is doubtful). Cells not read from pixels have
 * neither, so these are no-ops for text, DOCX and text-layer PDF input.
 */
import type { Cell } from '../ir/types.js';
import type { Line } from './stream.js';

function cellsOf(lines: Line[]): Cell[] {
  const cells = new Set<Cell>();
  for (const line of lines) for (const slot of line.slots ?? []) if (slot) cells.add(slot.cell);
  return [...cells];
}

export function ocrConfidenceOf(lines: Line[]): number | null {
  const values = cellsOf(lines).map((c) => c.source.ocrConfidence).filter((c): c is number => typeof c === 'number');
  return values.length > 0 ? Math.min(...values) : null;
}

/** Below this OCR confidence a record is flagged 'ocr-low-confidence' (the contract's example flag). */
export const LOW_OCR_CONFIDENCE = 0.85;

export function ocrFlags(lines: Line[]): string[] {
  const flags = new Set(cellsOf(lines).flatMap((c) => c.source.ocrFixes.map((f) => f.replace(/:/g, '-'))));
  const confidence = ocrConfidenceOf(lines);
  if (confidence !== null && confidence < LOW_OCR_CONFIDENCE) flags.add('ocr-low-confidence');
  return [...flags];
}
