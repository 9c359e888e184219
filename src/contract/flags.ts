/**
 * Every flag a record or a table can carry, and what it means. Flags name a repair the program
 * made or a doubt it has; each lowers the confidence (src/recognize/confidence.ts,
 * src/normalize/value.ts). Tests check that every flag the program emits is listed here.
 */
export interface FlagDoc {
  /** where the flag appears: on an indicator record, on the table, or on both (table fit checks; OCR doubts, which a table read as rows carries itself) */
  on: 'record' | 'table' | 'both';
  meaning: string;
}

export const FLAGS: Readonly<Record<string, FlagDoc>> = {
  // hierarchy: 一级/二级 labels
  'level1-filled': { on: 'record', meaning: 'the 一级 label was taken from the merged or repeated cell above' },
  'level2-filled': { on: 'record', meaning: 'the 二级 label was taken from the merged or repeated cell above' },
  'level1-inferred': { on: 'record', meaning: 'the 一级 label was not printed for this row; it was inferred from the 二级 label' },
  'level2-inferred': { on: 'record', meaning: 'the 二级 label was not printed for this row; it was inferred from the neighbouring rows' },
  'level1-corrected': { on: 'record', meaning: 'the printed 一级 label contradicted the 二级 label; the 二级 label won' },
  'level1-missing': { on: 'record', meaning: 'no 一级 label could be found for this row' },
  'level2-unknown': { on: 'record', meaning: 'the 二级 name holds no word of any 二级 name the vocabulary knows (pipelines/hierarchy.ts LEVEL2_STEM): more likely a label read garbled than a regional name; the category is taken from the 一级' },
  'label-boundary-guessed': { on: 'record', meaning: 'the row lies at the boundary of two merged labels printed mid-block; placed by meaning' },
  // rows and cells
  'level3-missing': { on: 'record', meaning: 'the row has values but no 三级 name' },
  'cells-shifted': { on: 'record', meaning: 'extraction shifted the cells of this row; they were re-aligned under their headers by content' },
  'cell-unplaced': { on: 'record', meaning: 'a cell of this row fitted no column and was left out' },
  'row-merged': { on: 'record', meaning: 'a row torn in two by extraction was joined back' },
  'name-rejoined': { on: 'record', meaning: 'a 三级 name wrapped over lines was rejoined' },
  'explanation-row': { on: 'record', meaning: 'a row printed under the indicator holding its 评分标准 / 指标说明 was read as its explanation, not as part of its name' },
  'indicators-transposed': { on: 'both', meaning: 'the indicator block was printed transposed (一级 / 二级 / 三级 / 指标值 as rows, one column per indicator) and was read column by column; cell-level provenance is not kept for its records' },
  'actuals-missing': { on: 'both', meaning: 'a self-evaluation table with no actual value on any row: its actual column was not found (a header misread or missing)' },
  'values-missing': { on: 'both', meaning: 'an indicator with a name but no target, initial target or actual: its value cells were not found where the header put them' },
  'comparator-unread': { on: 'record', meaning: 'the comparator column of a split value (指标性质 | 指标值 | 单位) holds text that is no comparator while the unit column holds the unit (OCR\'s N for ≥): the comparator is missing from the value' },
  'number-unparsed': { on: 'record', meaning: 'a 分值 or 得分 cell holds text no number was read from (OCR\'s "l0" for 10): the weight or score is null' },
  'label-moved': { on: 'record', meaning: 'a 二级 name printed at the end of the row above, in a column of prose, was read as this row\'s label (a skewed scan); on the row that printed it when no row could take it' },
  'label-rejoined': { on: 'record', meaning: 'a 一级 or 二级 label wrapped over two lines of its merged cell (社会效益 / 指标, 产出指标 / （50分）) was rejoined' },
  'name-fragment-guessed': { on: 'record', meaning: 'a 三级 name fragment on a line of its own could continue the row above or the row below; it was joined to one of them by guess (both carry this flag)' },
  'text-rejoined': { on: 'record', meaning: 'a 偏差原因 / 指标解释 text wrapped onto a line of its own was joined back to its row' },
  'noise-dropped': { on: 'record', meaning: 'stray text (a page number, an OCR speck) was dropped from the row' },
  'indicators-from-text': { on: 'record', meaning: "the record was split out of one cell holding the project's indicators as structured text" },
  'column-role-inferred': { on: 'record', meaning: "a value of this row sits in a column whose header was not understood; the column's role was inferred from its cells" },
  'unmapped-value': { on: 'record', meaning: 'a column nobody understood holds a value on this row (kept in otherColumns); the field it belongs to may be empty' },
  'unmapped-column': { on: 'record', meaning: 'a column nobody understood holds text on this row (kept in otherColumns)' },
  // values
  'missing-number': { on: 'record', meaning: 'a value prints a comparator or unit with no number ("≥%"): a placeholder, or a number lost by extraction' },
  'value-unparsed': { on: 'record', meaning: 'a value holds digits but does not parse as a number, a date or a known phrase' },
  'unit-normalized': { on: 'record', meaning: 'a unit was written in another form (㎡ → 平方米)' },
  'digit-letter-repaired': { on: 'both', meaning: 'OCR\'s letters for digits inside a number (l00% → 100%, 4,7l8.24 → 4718.24: l and I for 1, O and o for 0) were read as digits; on a table when a funds or total amount was' },
  'footnote-mark-dropped': { on: 'record', meaning: 'a note mark after a value or the 三级 name ("≥95%*", "≤734万元②", "游客满意度①") was left out of it (it refers to a note under the table)' },
  'digits-rejoined': { on: 'record', meaning: 'digits printed apart by letter spacing (">9 0 %") were read as one number' },
  'width-folded': { on: 'record', meaning: 'full-width characters (９５％, ＞＝) were read as their ASCII twins' },
  // OCR
  'ocr-low-confidence': { on: 'both', meaning: 'the OCR engine doubted a cell behind the record, or behind a table read as rows (confidence below 0.85)' },
  'ocr-comparator-glyph': { on: 'both', meaning: 'a ≥ / ≤ the OCR engine cannot read was restored from the glyph image' },
  'ocr-comparator-fixed': { on: 'record', meaning: 'an OCR misreading of a comparator ("≪", "2=") was corrected' },
  'ocr-unit-fixed': { on: 'record', meaning: 'an OCR misreading of a unit was corrected' },
  'ocr-noise-removed': { on: 'record', meaning: 'OCR noise around a value was removed' },
  'ocr-strict-comparator': { on: 'record', meaning: 'OCR read a strict > or <, most often a misread ≥ / ≤' },
  'ocr-under-seal': { on: 'both', meaning: 'a cell behind the record was read through a grey seal taken off the page image (its strokes may have taken strokes of the text with them)' },
  'ocr-low-confidence-header': { on: 'table', meaning: 'OCR doubted a cell of the header block (project name, department…), or read one through a seal: they may be misread' },
  'ocr-low-confidence-funds': { on: 'table', meaning: 'OCR doubted a cell of the funds block, or read one through a seal: its labels or amounts may be misread' },
  // table fit: the table did not read the way its template should (src/recognize/fit.ts)
  'level3-several-names': { on: 'both', meaning: 'the 三级 name reads as several names or carries values: rows glued together' },
  'values-unparsed-in-column': { on: 'both', meaning: "most of the table's targets do not parse: the target column may hold something else" },
  'weights-do-not-add-up': { on: 'both', meaning: "the weights do not add up to the printed 总分 weight (or, with none printed, to 90 / 100)" },
  'weights-missing': { on: 'both', meaning: 'the table prints weights, but fewer than half of its records have one (set on those without)' },
  'cell-doubled': { on: 'both', meaning: 'a value holds the same text twice ("有效提升有效提升"): two rows merged into one' },
  'column-unknown': { on: 'table', meaning: 'a column of the indicator block has a header nobody understood (named in a diagnostic)' },
  'no-indicators': { on: 'table', meaning: 'a project table with no indicator read' },
  'no-projects-read': { on: 'table', meaning: 'a table holding many projects where no project block could be read' },
  'department-whole': { on: 'table', meaning: 'a 部门(单位)整体支出绩效自评表: the self-evaluation of a department\'s whole spending, which the contract has no kind for; read as a project-self-evaluation (same columns; 部门名称 is no project name), named in a recognize:department-whole warning' },
  'family-unknown': { on: 'table', meaning: 'the table is of a family the contract does not know (绩效运行监控表, an evaluation 评分表): read as rows only, named in a diagnostic' },
  'no-data-rows': { on: 'table', meaning: 'a table with a header but no data rows' },
  // project and funds
  'project-name-from-title': { on: 'table', meaning: 'no 项目名称 field: the project name was taken from the title' },
  'project-name-missing': { on: 'table', meaning: 'no project name could be found' },
  'funds-unit-assumed': { on: 'table', meaning: 'the funds block names no unit (元 / 万元); 元 was assumed' },
  'values-orphaned': { on: 'table', meaning: 'values on a row with no indicator name were attached to no record (layout:orphan-values): a total or an indicator of the table may be missing' },
  'funds-line-unread': { on: 'table', meaning: 'a line of the funds block holds an amount beside a label no vocabulary knows: it was left out of the funds' },
  'funds-realigned': { on: 'table', meaning: 'cells of the funds block were re-aligned under their headers' },
  'year-from-document': { on: 'table', meaning: "the table prints no year; the document's year was used" },
};
