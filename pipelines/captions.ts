/**
 * The lines printed around a table rather than in it (spec/domain.md "Table families"): table
 * codes, year and unit captions, preambles, section headings, and the lines that can or cannot
 * be the first half of a wrapped title. Patterns match compact text (whitespace removed,
 * full-width folded). Used by the segmenter (src/recognize/segment.ts).
 */

/** A 决算 table's code printed as a caption: "公开01表". */
export const TABLE_CODE = /^公开\d+表$/;

/** Sentence punctuation: a line holding it is prose, not a caption. */
export const PROSE_PUNCTUATION = /[。；;]/;

/** The longest caption (title) line. */
export const MAX_CAPTION_LENGTH = 60;

/** A one-cell row that is a caption kept inside a grid: "(2021年度)", "单位：万元", "填报日期", "单位(盖章)". */
export const CAPTION_ROW = /^[(（]?\s*(19|20)\d\d\s*年度?\s*[)）]?$|^(金额)?单位[:：]|^填报(单位|日期)|^单位\(盖章\)/;

/** Rows printed above a project table's first field: "编制单位 (盖章): …", "(2025年度)". */
export const PREAMBLE_CELL = /编制单位|填报单位|盖章|年度\)?$|^\(?20\d\d年度/;

/** The header of a summary table lists projects with these beside 项目名称. */
export const SUMMARY_HEADER_CELL = /^(序号|自评得分|自评等级|自评等次)$/;

/** A numbered section heading: "（二）…", "三、…", "1.…", "(3)…". */
export const SECTION_NUMBER = /^[(（]?[一二三四五六七八九十]+[)）、.．]|^\d{1,2}[、.．)）]|^[(（]\d{1,2}[)）]/;

/** What a caption line holds when it is not the head of a wrapped title: a label, a unit, a year, a seal, a date, an attachment note. */
export const NOT_TITLE_HEAD = /[:：。；;)）]$|[:：]|单位|年度|盖章|日期|^附件/;

/** A caption naming a table of some other family: "2024年部门财务收支预算总表", "…表(续)". */
export const OTHER_TABLE_TITLE = /表(\(续\))?$/;

/** Caption lines that are not titles even when nothing better is printed (a seal's text OCR read: 财务专用章). */
export const NOT_A_TITLE = /年度\)?$|单位|盖章|日期|^附件|^公开\d+表$|[:：]|(专用|公|印)章$/;

/** The text of a seal stamped over a table, as OCR reads it: "财务专用章", "XX局(公章)". */
export const SEAL_TEXT = /^.{0,20}(专用章|公章|印章)\)?$/;

/**
 * A caption naming the department of every project table below it ("部门名称：…", "主管部门：…").
 * Other captions ("单位名称：…", "编制单位：…") name who filled the form, not a project field.
 */
export const CAPTION_DEPARTMENT = /^(部门名称|主管部门(名称)?|预算部门(名称)?)$/;

/** The head of an attachment list in a covering notice: "附件：1.2024年…分配表". */
export const ATTACHMENT_LIST_HEAD = /^附件[:：]\s*\d{1,2}[.．、]/;

/** A numbered entry of such a list on a line of its own: "2.中央对地方…绩效目标表". */
export const LIST_ITEM = /^\d{1,2}[.．、]/;

/**
 * The cells of a sign-off box printed under a table: 主管部门审核意见 | 财政部门审核意见 over
 * "（盖章） 年 月 日", 负责人 / 经办人 / 填报人 and their signatures. A box of nothing else is no table.
 */
export const SIGN_OFF_CELL = /审核意见|审批意见|审查意见|意见[:：]?$|盖章|签字|签名|^(单位)?(负责人|经办人|审核人|填报人|填表人|联系人|联系电话)|年\s*月\s*日$/;

/** A page number as printed in a header or footer: "3", "- 3 -", "第3页", "第 3 页 共 20 页", "第1页，共2页", "共2页 第1页", "3/20" (compact text). */
export const PAGE_NUMBER = /^(?:[-—–]?\d{1,3}[-—–]?|第\d{1,3}页(?:[,，、;；]?共\d{1,3}页)?|共\d{1,3}页[,，、;；]?第\d{1,3}页|\d{1,3}\/\d{1,3})$/;
