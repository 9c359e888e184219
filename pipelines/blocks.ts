/**
 * The labels of a project table's blocks other than its columns (spec/domain.md "Table
 * families"): the indicator block's own label, annual goals, 总分, the conclusion, total rows,
 * grades, and the labels that end a block. Patterns match compact text.
 */

/** The label of the whole indicator block printed in its first column ("绩效指标", "四、年度绩效指标完成情况"). */
export const BLOCK_LABEL = /^(.{1,3}、)?(年度)?(绩效)?(指标|目标)(完成)?(情况)?$|^年度绩效指标$/;

/** The annual goals block (年度总体目标 / 绩效目标). */
export const GOALS_LABEL = /^(.{1,3}、)?(项目)?(年度)?(总体)?(绩效)?目标(完成情况)?$|^年度总体目标$|^项目实施期目标$/;

/**
 * The goal of a longer period printed beside or under the year's (中长期目标 | 年度目标, a 中期绩效目标 row):
 * not the table's goal, whose year the table is for.
 */
export const PERIOD_GOAL_LABEL = /^(中期|中长期|长期)(绩效)?(总体)?目标$/;

/** Sub-labels inside the goals block, not goal text. */
export const GOALS_SUBLABEL = /^(预期目标|实际完成情况|年度预期目标|具体完成情况|总体完成率|完成率|年度目标)$/;

/** The 总分 row. */
export const TOTAL_LABEL = /^(总分|自评总分|自评得分|合计|总计|综合得分|得分合计|总得分)$/;

/** The conclusion block. */
export const CONCLUSION_LABEL = /^(自评结论|评价结论|结论|项目绩效分析|绩效分析|(.{1,3}、)?存在(的)?问题.*)$/;

/** Where a grade is named inside a conclusion: "评价等次：优". */
export const GRADE_IN_TEXT = /(等次|等级|评价结果|评定)\s*[:：为是]?\s*[“"]?(优|良|中|差)/;

/**
 * A line printed under a table that states its grade: "自评等级：优", "评价等次为良", "综合评价等级：
 * 优秀", alone or at the end of the signature line ("填报人：王丽联系电话：…自评等级：优"). Anchored at the
 * end: a grade named inside prose ("自评等级为优的，按规定…") is not one. The grade is group 1.
 */
export const GRADE_LINE = /(?:等级|等次|评价结果|评定等级|自评结果|自评结论|评价结论)[:：]?(?:为|是)?[“"]?(优|良|中|差)(?:秀|好|等)?[”"]?[。.]?$/;

/** Labels that end the block above them (implementation plans, safeguards, a department's 年度主要任务, a bare 指标 heading). */
export const BLOCK_END = /实施计划|保障.*措施|^指标$|主要任务$/;

/** A row inside an indicator block that adds up the block above it: "小计", "产出指标小计". */
export const SUBTOTAL_LABEL = /^(.{1,8})?小计[:：]?$/;

/** A row that totals the rows above it, in a many-project table or a 决算 table. */
export const TOTAL_NAME = /^(合计|总计|小计)$/;

/** A 决算 table's header names its 科目. */
export const FINAL_ACCOUNTS_HEADER = /^科目(代码|编码|名称)$/;
