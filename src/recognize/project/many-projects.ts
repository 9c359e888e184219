/**
 * Stage "layout:project-blocks": a table that lists many projects (长沙, 广州) prints one block of
 * rows per project, the project name, code, amount and goal merged down the block beside its
 * indicators, or one row per project with the indicators written as text in one cell. Blocks
 * are found from the merged name cell (real spans) or from where a new name is printed (text);
 * a row with a name and amounts but no indicators names the unit the projects below belong to,
 * and a 合计 row is a total. Every block becomes a project table of its own.
 */
import type { Funds, Indicator, Project } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { parseAmountCell, toYuan } from '../../normalize/number.js';
import { cleanText, compactKey, isPlaceholder } from '../../normalize/text.js';
import { filled, type Line } from '../stream.js';
import { TOTAL_NAME } from '../../../pipelines/blocks.js';
import { splitCode } from './header-fields.js';
import { isHeaderLine, type IndicatorHeader, type ProjectSlot } from './indicator-header.js';
import { parseIndicatorText } from './indicator-text.js';
import { indicatorsFromText } from './indicator-text-rows.js';
import { readIndicators, type IndicatorContext } from './indicators.js';
import { refsAt } from '../cell-ref.js';

export interface ProjectBlock {
  project: Project;
  funds: Funds | null;
  goals: { planned: string | null; achieved: string | null } | null;
  indicators: Indicator[];
  flags: string[];
  /** the rows of this project's block */
  lines: Line[];
}


export const listsProjects = (header: IndicatorHeader | null): boolean =>
  !!header && header.projectSlots.some((s) => s.role === 'projectName');

/** The text of a column on a line, including a merged cell covering it from a row above. */
function cellText(line: Line, col: number): { text: string; cell: unknown } {
  const slot = line.slots?.[col];
  if (slot) return { text: cleanText(slot.cell.text), cell: slot.cell };
  return { text: line.texts[col] ?? '', cell: null };
}

interface Block {
  name: string;
  code: string | null;
  lines: Line[];
  cell: unknown;
}

/** Splits the data lines into blocks by the project-name column. */
function blocksOf(lines: Line[], nameCol: number): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const { text, cell } = cellText(line, nameCol);
    const current = blocks.at(-1);
    const sameCell = current && cell !== null && current.cell === cell;
    // a name printed again on a later page (the merged cell cut by the page break) is the same project
    const continues = current && (sameCell || text === '' || compactKey(text) === compactKey(current.name));
    if (continues) {
      current.lines.push(line);
      current.cell = cell ?? current.cell;
      continue;
    }
    blocks.push({ name: text, code: null, lines: [line], cell });
  }
  return blocks;
}

/** The line as the indicator reader should see it: the project's own columns left empty. */
function withoutColumns(line: Line, cols: Set<number>): Line {
  const blank = <T>(values: T[], empty: T) => values.map((v, col) => (cols.has(col) ? empty : v));
  return { ...line, texts: blank(line.texts, ''), keys: blank(line.keys, '') };
}

const columnOf = (header: IndicatorHeader, role: ProjectSlot['role']) => header.projectSlots.filter((s) => s.role === role);

export function readProjectBlocks(lines: Line[], header: IndicatorHeader, unit: '元' | '万元' | null, ctx: IndicatorContext): ProjectBlock[] {
  const nameCol = columnOf(header, 'projectName')[0]!.col;
  const codeCol = columnOf(header, 'unitCode')[0]?.col;
  const amountSlots = columnOf(header, 'amount');
  const goalCol = columnOf(header, 'goal')[0]?.col;
  const textCol = columnOf(header, 'indicatorText')[0]?.col;
  const nameHeader = compactKey(columnOf(header, 'projectName')[0]!.header);
  // header rows printed again on later pages are not data
  const isRepeatedHeader = (l: Line) => isHeaderLine(l) || compactKey(l.texts[nameCol] ?? '') === nameHeader;
  const data = lines.slice(header.at + header.rows).filter((l) => !l.paragraph && !isRepeatedHeader(l) && filled(l).length > 0);
  const projectCols = new Set(header.projectSlots.map((s) => s.col));
  const out: ProjectBlock[] = [];
  let budgetUnit: { name: string | null; code: string | null } = { name: null, code: null };
  for (const block of blocksOf(data, nameCol)) {
    const first = block.lines[0]!;
    const code = codeCol === undefined ? null : cellText(first, codeCol).text || null;
    const name = block.name;
    const first2 = filled(first).map((c) => c.key);
    if (TOTAL_NAME.test(compactKey(name)) || first2.some((k) => TOTAL_NAME.test(k)) && name === '') continue;
    const textCell = textCol === undefined ? null : block.lines.map((l) => cellText(l, textCol).text).find((t) => t !== '') ?? null;
    const items = textCell ? parseIndicatorText(textCell) : null;
    const indicatorLines = block.lines.map((l) => withoutColumns(l, projectCols));
    const textLine = textCol === undefined ? undefined : block.lines.find((l) => cellText(l, textCol).text !== '');
    const textSource = textLine && textCol !== undefined ? refsAt(textLine, [textCol]) : [];
    const indicators = items ? indicatorsFromText(items, block.lines, ctx, textSource) : textCol === undefined ? readIndicators(indicatorLines, header, ctx) : [];
    const goal = goalCol === undefined ? '' : cellText(first, goalCol).text;
    if (indicators.length === 0 && goal === '') {
      // a unit row: its name (and code) belong to the projects listed under it
      if (name !== '') budgetUnit = code ? { name, code } : splitCode(name);
      continue;
    }
    const flags: string[] = [];
    if (name === '') {
      flags.push('project-name-missing');
      ctx.diagnostics.push(diag('warning', 'layout:project-name-missing', 'a block of indicator rows with no project name in a table listing many projects', first.page));
    }
    const funds = fundsOf(first, amountSlots, unit, flags);
    out.push({
      project: {
        name, department: null, departmentCode: null, implementingUnit: null,
        budgetUnit: budgetUnit.name, budgetUnitCode: code ?? budgetUnit.code,
        category: null, attribute: null, period: null,
      },
      funds, goals: goal ? { planned: goal, achieved: null } : null, indicators, flags, lines: block.lines,
    });
  }
  return out;
}

/** The block's amounts, one funds row per amount column that prints one (label = its header). */
function fundsOf(line: Line, slots: ProjectSlot[], unit: '元' | '万元' | null, flags: string[]): Funds | null {
  const rows = slots.flatMap((slot) => {
    const text = cellText(line, slot.col).text;
    const amount = isPlaceholder(text) ? null : parseAmountCell(compactKey(text)).value;
    if (amount === null) return [];
    const label = cleanText(slot.header).replace(/[(（][^)）]*[)）]$/, '');
    const money = toYuan(amount, unit ?? '元');
    return [{ label, initialBudget: null, declaredBudget: null, annualBudget: money, received: null, executed: null, balance: null, executionRate: null, weight: null, score: null }];
  });
  if (rows.length === 0) return null;
  if (!unit) flags.push('funds-unit-assumed');
  return { publishedUnit: unit ?? '元', rows };
}
