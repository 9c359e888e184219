/**
 * Vocabulary of indicator lists printed as TEXT inside one table cell (some 广州-style
 * budget templates), read by src/recognize/project/indicator-text.ts:
 *
 *   1、1-产出指标；11-数量指标；会议活动保障次数；实施周期指标值:每年≥20场；年度指标值:每年≥20场。2、…
 *
 * Every entry is written as it reads AFTER compactKey (src/normalize/text.ts): whitespace
 * removed and full-width ASCII folded, so the printed "；" is ";" here and "：" is ":".
 * Characters outside U+FF01–FF5E ("、", "。") are not folded and appear as printed.
 */

/** Follows an item number: the "、" of "3、". */
export const ITEM_NUMBER_MARKS: readonly string[] = ['、'];

/**
 * May end an item right before the next item number ("≥99.5%。4、"). A "." only counts
 * when it is not a decimal point (the parser checks the character before it).
 */
export const ITEM_BOUNDARIES: readonly string[] = ['。', '.', ';'];

/** Separates the parts of one item (level labels, name, labelled values): "；" folded. */
export const PART_SEPARATORS: readonly string[] = [';'];

/** Separates a part's label from its text ("年度指标值:≥1套"): ":" and the folded "：". */
export const LABEL_SEPARATORS: readonly string[] = [':'];

/** Trailing punctuation trimmed off every part: the item's closing full stop and strays. */
export const PART_END_PUNCTUATION: readonly string[] = ['。', ';', ','];

/** The numeric code before a printed level label: "1-产出指标", "22-社会效益", "12-质量指标". */
export const LEVEL_CODE = /^(\d{1,3})[-–—_.]/;

/** Labels whose text is the year's target (年度指标值 column of the tabular templates). */
export const TARGET_LABELS: readonly string[] = [
  '年度指标值', '年度目标值', '全年指标值', '当年指标值', '预期指标值', '指标值', '目标值',
];

/** Labels whose text is the whole implementation period's target. */
export const CYCLE_TARGET_LABELS: readonly string[] = [
  '实施周期指标值', '实施周期目标值', '实施期指标值', '实施期目标值', '中长期指标值', '中长期目标值',
];

/** Labels naming a part of the hierarchy explicitly, in case a template prints them. */
export const LEVEL1_LABELS: readonly string[] = ['一级指标'];
export const LEVEL2_LABELS: readonly string[] = ['二级指标'];
export const LEVEL3_LABELS: readonly string[] = ['三级指标', '指标名称', '指标内容'];
