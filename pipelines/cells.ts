/**
 * What a cell of an indicator column can hold by itself, used to give a column its role from
 * its cells when its header says nothing (src/recognize/project/column-inference.ts) and to
 * put a split target (comparator | number | unit) back together (indicators.ts).
 */

/** A comparator printed alone in its own column (指标值类型, 符号, 性质). */
export const COMPARATOR_CELL = /^(≥|≤|>=|<=|=|>|<|≧|≦|⩾|⩽|≠|≪|＝|大于等于|小于等于|等于|大于|小于|不低于|不高于|不少于|不超过)$/;

/** Marks that a target is qualitative or quantitative, printed where a comparator would be. */
export const QUALITATIVE_MARK = /^(定性|定量)(指标)?$/;

/** Words that mean a comparator when printed alone, and the symbol they stand for. */
export const COMPARATOR_WORDS: Record<string, string> = {
  大于等于: '≥', 不低于: '≥', 不少于: '≥', 小于等于: '≤', 不高于: '≤', 不超过: '≤', 等于: '=', 大于: '>', 小于: '<',
};

/** A unit printed alone in its own column (度量单位, 计量单位). */
export const UNIT_CELL = /^(%|‰|元|万元|亿元|个|套|台|次|人|人次|万人次|天|日|小时|分钟|秒|年|月|周|平方米|㎡|m²|米|公里|千米|篇|起|间|处|类|条|辆|只|项|件|份|万份|户|家|所|批|场|期|名|座|张|册|本|吨|分|元\/人|元\/次|个\/年|次\/年|工作日|个月|台\/套|台套|万册|万条|亿条|节点|栋|楼|部|款|宗|例|所|门|套\/台)$/;

/**
 * Wording after a number that makes it a phrase, not a quantity with a unit: "90%以上", "3个小时内",
 * "15天以内", "2023年12月前". Such a value is kept as text, as printed.
 */
export const QUANTITY_QUALIFIER_TAIL = /(以上|以下|以内|之内|内|左右|以前|之前|前|以后|之后|后)$/;

/**
 * A deadline written as a phrase: a date (or 每月 + a day) with 底 / 中旬 …, then 前 / 以内, maybe a verb:
 * "2022年11月底前", "每月15日前", "2024年11月底前完成". Kept as text, as printed: a phrase, not a value
 * that failed to parse.
 */
export const DEADLINE_PHRASE =
  /^(每(年|季度?|月|周)|(19|20)\d\d年度?)?((0?[1-9]|1[0-2])月份?)?((0?[1-9]|[12]\d|3[01])(日|号))?(底|末|中旬|上旬|下旬|初)?(前|以前|之前|内|以内)(全部|全面)?(完成|完工|建成|到位|发放|拨付|支付|办结|验收|结束)?$/;

/**
 * Marks that refer to a note under the table, printed after a value or a name ("≥95%*", "≤734万元②",
 * "游客满意度①"): circled numbers, *, ※, †, ‡ and superscript digits (not ² and ³: m², m³), at the end of the text.
 */
export const FOOTNOTE_MARK = /[\u2460-\u2473*※†‡¹\u2070-\u2079]+$/u;
