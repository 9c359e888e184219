/**
 * Confidence model (spec/output-contract.md "Confidence and flags"): start from how
 * trustworthy the source is, then every repair and every doubt lowers it. A record
 * below 0.8 is meant for human review, so a repair that guesses must push it there.
 */
/** Records (and tables) below this are meant for human review (output-contract.md). */
export const REVIEW_LINE = 0.8;

export const SOURCE_BASE = {
  spans: 0.99, // DOCX or ruled PDF: geometry is known
  text: 0.96, // extracted text: merged cells flattened
  ocr: 0.88, // characters may be misread
} as const;

export const PENALTY: Record<string, number> = {
  'level1-filled': 0.01,
  'level2-filled': 0.01,
  'level1-inferred': 0.04,
  'level2-inferred': 0.12,
  // a 二级 name no vocabulary entry knows: garbled (vertical text read across) or regional
  'level2-unknown': 0.15,
  'level1-corrected': 0.05,
  'level1-missing': 0.2,
  // a text row re-aligned by content: a guess, sent to review
  'cells-shifted': 0.17,
  'cell-unplaced': 0.15,
  'row-merged': 0.1,
  'name-rejoined': 0.08,
  // a 评分标准 / 指标说明 row under the indicator read as its explanation (a lead word says what it is)
  'explanation-row': 0.03,
  'label-rejoined': 0.03,
  'label-moved': 0.1,
  // a name fragment joined to one of two named neighbours by guess: either name may be cut
  'name-fragment-guessed': 0.15,
  // the rest of a prose cell (偏差原因) on a line of its own, joined back: no value depends on it
  'text-rejoined': 0.01,
  'noise-dropped': 0.12,
  'missing-number': 0.03,
  'unit-normalized': 0,
  // full-width forms (９５％, ＞＝) read as their ASCII twins: routine, no doubt (normalize/value.ts)
  'width-folded': 0,
  'ocr-comparator-glyph': 0.05,
  'ocr-low-confidence': 0.05,
  // read through a grey seal taken off the image: its text may have lost strokes with it
  'ocr-under-seal': 0.1,
  // a strict > or < read by OCR: most often a misread ≥ / ≤
  'ocr-strict-comparator': 0.08,
  // a comparator cell that reads as no comparator beside a unit: the value lacks its comparator
  'comparator-unread': 0.2,
  // OCR doubted characters of the table's header / funds block: its project or funds may be misread
  'ocr-low-confidence-header': 0.15,
  'ocr-low-confidence-funds': 0.1,
  // a money line of the funds block left out: the funds are incomplete
  'funds-line-unread': 0.2,
  // values no record took: a total or an indicator of the table may be missing
  'values-orphaned': 0.15,
  // the record's fields were split out of one prose cell by its labels: reliable when they parse
  'indicators-from-text': 0.02,
  // a column nobody understood printed a value on this row (the field it belongs to may be empty)
  'unmapped-value': 0.2,
  'unmapped-column': 0.02,
  'column-role-inferred': 0.03,
  'project-name-from-title': 0.02,
  // a table of a family the contract does not know, read as rows: a person should look at it
  'family-unknown': 0.2,
  // a 部门整体支出绩效自评表 read as a project self-evaluation (no kind for it): right values, wrong family
  'department-whole': 0.1,
  // table-level fit checks (fit.ts): the table did not read the way the template should
  'level3-several-names': 0.3,
  'values-unparsed-in-column': 0.2,
  'weights-do-not-add-up': 0.08,
  'weights-missing': 0.1,
  'values-missing': 0.15,
  // a block read column by column: the reading is plain, the layout rare
  'indicators-transposed': 0.05,
  // a self-evaluation with no actual on any row: its actual column was not found
  'actuals-missing': 0.2,
  'cell-doubled': 0.3,
  // a row next to the boundary between two merged labels printed mid-block: placed by meaning
  'label-boundary-guessed': 0.15,
};

/** Adds a flag to a record after the fact (table-level checks) and lowers its confidence by its penalty. */
export function lowerConfidence(record: { flags: string[]; confidence: number }, flag: string): void {
  if (record.flags.includes(flag)) return;
  record.flags.push(flag);
  record.confidence = Math.round(Math.max(0.05, record.confidence - (PENALTY[flag] ?? 0.05)) * 1000) / 1000;
}


/** Confidence after the given flags and extra doubts (each 0..1), clamped to [0.05, 1]. */
export function confidenceOf(base: number, flags: string[], doubts: number[] = [], ocrConfidence: number | null = null): number {
  let c = base * (ocrConfidence === null ? 1 : 0.5 + 0.5 * ocrConfidence);
  for (const flag of new Set(flags)) c -= PENALTY[flag] ?? 0.05;
  for (const d of doubts) c -= d * 0.5;
  return Math.round(Math.min(1, Math.max(0.05, c)) * 1000) / 1000;
}
