/**
 * Stage "layout:blocks": goals, 总分 and conclusion rows of a project table.
 */
import { parseAmountRepaired } from '../../normalize/number.js';
import { filled, type Line } from '../stream.js';
import { addCells, refsAt, type FieldCells } from '../cell-ref.js';
import { BLOCK_LABEL, CONCLUSION_LABEL, GOALS_LABEL, GOALS_SUBLABEL, GRADE_IN_TEXT, GRADE_LINE, PERIOD_GOAL_LABEL, TOTAL_LABEL } from '../../../pipelines/blocks.js';

const GRADES = ['优', '良', '中', '差'] as const;
export type Grade = (typeof GRADES)[number];

/** The first filled key of a line, skipping a block label column ("绩效指标"). */
function leadKey(line: Line): string | null {
  const cells = filled(line);
  const first = cells[0];
  if (!first) return null;
  if (BLOCK_LABEL.test(first.key) && cells[1]) return cells[1].key;
  return first.key;
}

/** The goals block: its label, or (the label wrapped over lines) a row of its sub-labels alone (预期目标 | 实际完成情况). */
export const isGoalsRow = (line: Line) => !line.paragraph && (filled(line).slice(0, 2).some((c) => GOALS_LABEL.test(c.key)) ||
  (filled(line).length > 0 && filled(line).every((c) => GOALS_SUBLABEL.test(c.key))));
export const isTotalRow = (line: Line) => !line.paragraph && TOTAL_LABEL.test(leadKey(line) ?? '');
export const isConclusionRow = (line: Line) => !line.paragraph && filled(line).slice(0, 2).some((c) => CONCLUSION_LABEL.test(c.key));

/** `cellsOut` receives the source cells of goals.planned / goals.achieved (cell-level provenance). */
export function readGoals(lines: Line[], cellsOut: FieldCells = {}): { planned: string | null; achieved: string | null } | null {
  const texts: string[] = [];
  const periodCols = new Set<number>();
  for (const line of lines) {
    const cells = filled(line);
    const period = cells.filter((c) => PERIOD_GOAL_LABEL.test(c.key));
    if (period.length > 0) {
      const labelsOnly = cells.every((c) => GOALS_LABEL.test(c.key) || GOALS_SUBLABEL.test(c.key) || PERIOD_GOAL_LABEL.test(c.key));
      if (!labelsOnly) continue; // a row of the period's goal (中期绩效目标 | …)
      for (const c of period) periodCols.add(c.col); // a column of it under a sub-header (中长期目标 | 年度目标)
    }
    for (const cell of cells) {
      if (GOALS_LABEL.test(cell.key) || GOALS_SUBLABEL.test(cell.key) || periodCols.has(cell.col)) continue;
      if (cell.key.length > 4) {
        if (texts.length < 2) addCells(cellsOut, texts.length === 0 ? 'goals.planned' : 'goals.achieved', refsAt(line, [cell.col]));
        texts.push(cell.text);
      }
    }
  }
  if (texts.length === 0) return null;
  return { planned: texts[0] ?? null, achieved: texts[1] ?? null };
}

/** `cellsOut` receives the source cells of total.weight / total.score / total.grade (cell-level provenance). */
export function readTotal(line: Line, cellsOut: FieldCells = {}, flags: string[] = []): { weight: number | null; score: number | null; grade: Grade | null } {
  const numbers: number[] = [];
  const cols: number[] = [];
  let grade: Grade | null = null;
  for (const cell of filled(line)) {
    // the grade alone (优, 优秀), or labelled in a cell of the row ("自评等级：优")
    const g = gradeAlone(cell.key) ?? (GRADE_LINE.exec(cell.key)?.[1] as Grade | undefined);
    if (g) {
      grade = g;
      cellsOut['total.grade'] = refsAt(line, [cell.col]);
    }
    const { value, repaired } = parseAmountRepaired(cell.key);
    if (value !== null && !TOTAL_LABEL.test(cell.key)) {
      if (repaired && !flags.includes('digit-letter-repaired')) flags.push('digit-letter-repaired');
      numbers.push(value);
      cols.push(cell.col);
    }
  }
  if (numbers.length >= 2) {
    addCells(cellsOut, 'total.weight', refsAt(line, [cols[0]!]));
    addCells(cellsOut, 'total.score', refsAt(line, [cols[1]!]));
    return { weight: numbers[0]!, score: numbers[1]!, grade };
  }
  if (numbers.length === 1) addCells(cellsOut, 'total.score', refsAt(line, [cols[0]!]));
  return { weight: null, score: numbers[0] ?? null, grade };
}

export function readConclusion(lines: Line[]): { text: string | null; grade: Grade | null } {
  const parts: string[] = [];
  for (const line of lines) {
    if (line.paragraph) break;
    const cells = filled(line).filter((c) => !CONCLUSION_LABEL.test(c.key));
    if (cells.length > 0) parts.push(cells.map((c) => c.text).join(' '));
  }
  const text = parts.join('\n') || null;
  const m = text ? GRADE_IN_TEXT.exec(text) : null;
  // or a conclusion that is nothing but the grade (自评结论 | 优)
  return { text, grade: (m?.[2] as Grade | undefined) ?? (text ? gradeAlone(text.replace(/\s+/g, '')) : null) };
}

/** A cell that holds only a grade: 优, 优秀, 良好, 中等, 差. */
function gradeAlone(key: string): Grade | null {
  return GRADES.find((x) => key === x || key === `${x}秀` || key === `${x}好` || key === `${x}等`) ?? null;
}
