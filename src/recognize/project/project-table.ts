/**
 * Recognizer for project tables (self-evaluations and targets): locates the blocks of the
 * table top to bottom and runs each block's stage on its rows.
 */
import { lowerConfidence } from '../confidence.js';
import type { CellRef, Diagnostic, Funds, Indicator, Project } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { parseAmountCell } from '../../normalize/number.js';
import { filled, matchKey, type Line } from '../stream.js';
import { isConclusionRow, isGoalsRow, isTotalRow, readConclusion, readGoals, readTotal, type Grade } from './blocks.js';
import { isFundsHeader, isSubHeader, readFunds, readFundsLines, unitIn } from './funds.js';
import { DEPARTMENT_WHOLE_SELF_EVALUATION, projectNameOfTitle } from '../../../pipelines/families.js';
import { BLOCK_END, GRADE_LINE } from '../../../pipelines/blocks.js';
import type { Region } from '../segment.js';
import { projectCells, projectOf, readHeaderFieldsWithCells } from './header-fields.js';
import { addPrefixed, refsOfLines, type FieldCells } from '../cell-ref.js';
import { findIndicatorHeader, type IndicatorHeader } from './indicator-header.js';
import { readIndicators, type IndicatorContext } from './indicators.js';
import { untranspose } from './transposed.js';
import { LOW_OCR_CONFIDENCE, ocrConfidenceOf, ocrFlags } from '../ocr-evidence.js';

export interface ProjectTable {
  project: Project | null;
  funds: Funds | null;
  goals: { planned: string | null; achieved: string | null } | null;
  indicators: Indicator[];
  total: { weight: number | null; score: number | null; grade: Grade | null } | null;
  conclusion: string | null;
  header: IndicatorHeader | null;
  flags: string[];
  /** table paths ("project.name", "funds.rows.0.executed", "header" …) → source cells */
  cells?: FieldCells;
}

const firstIndex = (lines: Line[], test: (l: Line) => boolean, from = 0, to = lines.length) => {
  for (let i = from; i < to; i++) if (test(lines[i]!)) return i;
  return -1;
};

/** The money unit a region's captions or first rows name ("单位：万元", "金额单位：元"). */
export function unitOfRegion(region: Pick<Region, 'context' | 'lines'>): '元' | '万元' | null {
  return [...region.context, ...region.lines.slice(0, 3)].map((l) => unitIn(l.keys.join(''))).find((u) => u !== null) ?? null;
}

export function recognizeProject(region: Region, ctx: IndicatorContext): ProjectTable {
  const flags: string[] = [];
  // an indicator block printed transposed (roles down the side, one column per indicator) is turned round
  const printed = findIndicatorHeader(region.lines);
  const turned = printed ? null : untranspose(region.lines);
  if (turned) {
    flags.push('indicators-transposed');
    ctx.diagnostics.push(diag('info', 'layout:indicators-transposed', `an indicator block printed transposed (one column per indicator) was read column by column: ${turned.count} indicators`, region.lines[turned.at]?.page ?? null));
  }
  const lines = turned?.lines ?? region.lines;
  const header = turned ? findIndicatorHeader(lines) : printed;
  const bodyEnd = header ? header.at : lines.length;
  const fundsAt = firstIndex(lines, isFundsHeader, 0, bodyEnd);
  const goalsAt = firstIndex(lines, isGoalsRow, 0, bodyEnd);

  // the captions above the table may print the fields as label：value lines (a three-line table)
  const { fields, cells: fieldCells } = readHeaderFieldsWithCells(lines.slice(0, bodyEnd), region.context);
  if (!fields.name) {
    // no 项目名称 field: the title names the project ("…_机场公安综合修缮改造项目绩效目标表")
    // a department's whole self-evaluation names no project, whatever is printed before its title (附表2)
    const fromTitle = region.title !== null && DEPARTMENT_WHOLE_SELF_EVALUATION.test(matchKey(region.title)) ? null : projectNameOfTitle(region.title);
    if (fromTitle) {
      fields.name = fromTitle;
      flags.push('project-name-from-title');
    }
  }
  const project = projectOf(fields);
  const cells: FieldCells = projectCells(fieldCells, project);
  const fundsCells: FieldCells[] = [];
  const funds = readFundsBlock(lines, unitOfRegion(region), fundsAt, goalsAt, bodyEnd, flags, fundsCells);
  fundsCells.forEach((row, i) => addPrefixed(cells, `funds.rows.${i}.`, row));
  if (ctx.ocr) flags.push(...doubtfulOcr(lines, fundsAt, goalsAt, bodyEnd));
  const goals = goalsAt >= 0 ? readGoals(lines.slice(goalsAt, nextBlock(lines, goalsAt, bodyEnd)), cells) : null;

  let indicators: Indicator[] = [];
  let total: ProjectTable['total'] = null;
  let conclusion: string | null = null;
  if (header) {
    cells.header = refsOfLines(lines.slice(header.at, header.at + header.rows));
    const start = header.at + header.rows;
    const totalAt = firstIndex(lines, isTotalRow, start);
    const conclusionAt = firstIndex(lines, isConclusionRow, start);
    const end = Math.min(...[totalAt, conclusionAt, lines.length].filter((i) => i >= 0));
    indicators = readIndicators(lines.slice(start, end), header, ctx);
    if (turned) for (const i of indicators) lowerConfidence(i, 'indicators-transposed');
    if (totalAt >= 0) total = readTotal(lines[totalAt]!, cells, flags);
    if (conclusionAt >= 0) {
      const read = readConclusion(lines.slice(conclusionAt));
      conclusion = read.text;
      if (total && total.grade === null && read.grade) total.grade = read.grade;
      if (!total && read.grade) total = { weight: null, score: null, grade: read.grade };
    }
    if (total && total.grade === null) {
      const rowsAfterTotal = totalAt >= 0 ? lines.slice(totalAt + 1, conclusionAt > totalAt ? conclusionAt : lines.length) : [];
      const stated = gradeUnder([...rowsAfterTotal, ...region.after]);
      if (stated) {
        total.grade = stated.grade;
        cells['total.grade'] = [stated.ref];
      }
    }
    reportStrayRows(lines, totalAt, conclusionAt, ctx.diagnostics);
  } else {
    ctx.diagnostics.push(diag('warning', 'layout:no-indicator-header', 'no indicator header (一级指标 / 二级指标 / 三级指标 …) found in a project table'));
  }
  return { project, funds, goals, indicators, total, conclusion, header, flags, cells };
}

/**
 * A header or funds block whose characters OCR doubted (a seal over the 项目名称, a smudged
 * amount), or read through a seal taken off the image, is read anyway, but the table says
 * so: its project or funds may be misread.
 */
function doubtfulOcr(lines: Line[], fundsAt: number, goalsAt: number, bodyEnd: number): string[] {
  const starts = [fundsAt, goalsAt, bodyEnd].filter((i) => i >= 0);
  const headerEnd = Math.min(...starts);
  const fundsEnd = fundsAt >= 0 ? fundsEndOf(lines, fundsAt, goalsAt, bodyEnd) : -1;
  const doubtful = (from: number, to: number) =>
    (ocrConfidenceOf(lines.slice(from, to)) ?? 1) < LOW_OCR_CONFIDENCE || ocrFlags(lines.slice(from, to)).includes('ocr-under-seal');
  return [
    ...(doubtful(0, headerEnd) ? ['ocr-low-confidence-header'] : []),
    ...(fundsAt >= 0 && doubtful(fundsAt, fundsEnd) ? ['ocr-low-confidence-funds'] : []),
  ];
}

/** Where the funds block starting at fundsAt ends: at the goals block, or the next block. */
const fundsEndOf = (lines: Line[], fundsAt: number, goalsAt: number, bodyEnd: number) =>
  goalsAt > fundsAt ? goalsAt : nextBlock(lines, fundsAt, bodyEnd);

function nextBlock(lines: Line[], from: number, to: number): number {
  // a funds sub-header (目标申报数 | 预算编制数) continues the block it is under
  const start = isFundsHeader(lines[from]!) && isSubHeader(lines[from + 1]) ? from + 2 : from + 1;
  const next = firstIndex(lines, (l) => isFundsHeader(l) || isGoalsRow(l) || BLOCK_END.test(filled(l)[0]?.key ?? ''), start, to);
  return next < 0 ? to : next;
}

function readFundsBlock(lines: Line[], contextUnit: '元' | '万元' | null, fundsAt: number, goalsAt: number, bodyEnd: number, flags: string[], cellsOut: FieldCells[]): Funds | null {
  if (fundsAt >= 0) {
    const end = fundsEndOf(lines, fundsAt, goalsAt, bodyEnd);
    const headerUnit = filled(lines[fundsAt]!).map((c) => unitIn(c.key)).find((u) => u !== null) ?? null;
    // the merged 项目资金（万元） label may stand beside a row below the header (unruled PDF tables)
    const labelUnit = lines.slice(fundsAt + 1, end).flatMap((l) => filled(l)).filter((c) => parseAmountCell(c.key).value === null)
      .map((c) => unitIn(c.key)).find((u) => u !== null) ?? null;
    const unit = headerUnit ?? labelUnit ?? contextUnit;
    if (!unit) flags.push('funds-unit-assumed');
    const result = readFunds(lines[fundsAt]!, lines.slice(fundsAt + 1, end), unit ?? '元');
    flags.push(...result.flags);
    cellsOut.push(...result.cells);
    return result.funds;
  }
  return readFundsLines(lines.slice(0, bodyEnd), contextUnit, flags, cellsOut);
}

/** Rows between 总分 and the conclusion that carry values belong to no indicator: say so. */
function reportStrayRows(lines: Line[], totalAt: number, conclusionAt: number, diagnostics: Diagnostic[]): void {
  if (totalAt < 0) return;
  const end = conclusionAt > totalAt ? conclusionAt : lines.length;
  for (const line of lines.slice(totalAt + 1, end)) {
    if (line.paragraph) break;
    const cells = filled(line);
    if (cells.some((c) => parseAmountCell(c.key).value !== null)) {
      diagnostics.push(diag('warning', 'layout:row-after-total', `a row after 总分 belongs to no indicator (line ${line.sourceLine ?? '?'}): ${cells.map((c) => c.text).join(' | ')}`, line.page));
    }
  }
}

/**
 * The grade printed under the 总分 row: in a row of the table (自评等级 | 优) or under the table
 * ("自评等级：优", 湖北 and 河北 templates), on a line of its own or at the end of the signature
 * line (GRADE_LINE).
 */
function gradeUnder(after: Line[]): { grade: Grade; ref: CellRef } | null {
  for (const line of after) {
    const m = GRADE_LINE.exec(line.keys.join(''));
    if (!m) continue;
    const text = line.texts.join(' ').trim();
    return { grade: m[1] as Grade, ref: { page: line.page, box: null, pageSize: null, unit: null, line: line.sourceLine, grid: null, row: null, col: null, text } };
  }
  return null;
}

