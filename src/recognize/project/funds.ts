/**
 * Stage "layout:funds": the 项目资金 block. Columns come from the printed header (and a
 * sub-header such as 目标申报数 | 预算编制数 under 年初预算数); each row's amounts are
 * aligned onto those columns in order, since text extraction shifts them. A transposed
 * layout (预算数 17 | 到位数 17 | 执行数 16.94 | 99.6%) pairs each label with its amount.
 */
import { FUNDS_BLOCK_LABEL, FUNDS_COLUMNS, YEAR_FUNDS_COLUMN, FUNDS_LINE_LABEL, FUNDS_WEIGHT_CELL, HEADER_FIELDS, MONEY_SOURCE_WORD, NAMES_WAN_YUAN, NAMES_YUAN, roleOf, type FundsRole } from '../../../pipelines/columns.js';
import type { Funds, FundsRow } from '../../contract/schema.js';
import { parseAmountRepaired, toYuan } from '../../normalize/number.js';
import { isPlaceholder } from '../../normalize/text.js';
import { align } from '../align.js';
import { filled, type Line } from '../stream.js';
import { addCells, refsAt, type FieldCells } from '../cell-ref.js';

type AmountRole = Exclude<FundsRole, 'label' | 'deviation'>;
const MONEY: Exclude<AmountRole, 'periodBudget'>[] = ['initialBudget', 'declaredBudget', 'annualBudget', 'received', 'executed', 'balance'];

export interface FundsResult {
  funds: Funds;
  flags: string[];
  /** per funds row, the source cells of each field (cell-level provenance) */
  cells: FieldCells[];
}

export const unitIn = (key: string): '元' | '万元' | null => (NAMES_WAN_YUAN.test(key) ? '万元' : NAMES_YUAN.test(key) ? '元' : null);

/** A cell's funds role; 年度资金总额 is the year's column only on a row that also names 实施期资金总额. */
function fundsRolesOf(line: Line): (FundsRole | null)[] {
  const roles = filled(line).map((c) => roleOf(c.key, FUNDS_COLUMNS));
  if (!roles.includes('periodBudget')) return roles;
  return filled(line).map((c, k) => roles[k] ?? (YEAR_FUNDS_COLUMN.test(c.key) ? 'annualBudget' : null));
}

/** The funds header: a row naming at least two amount columns. */
export function isFundsHeader(line: Line): boolean {
  if (line.paragraph) return false;
  const roles = fundsRolesOf(line).filter((r) => r && r !== 'label' && r !== 'deviation');
  return new Set(roles).size >= 2;
}

interface Column {
  col: number;
  role: AmountRole | 'deviation';
}

function columnsOf(header: Line, sub: Line | undefined): Column[] {
  const headerRoles = fundsRolesOf(header);
  const cells = filled(header)
    .map((c, k) => ({ col: c.col, role: headerRoles[k]! }))
    .filter((c): c is { col: number; role: AmountRole | 'deviation' } => c.role !== null && c.role !== 'label');
  const subCells = sub ? filled(sub).map((c) => ({ col: c.col, role: roleOf(c.key, FUNDS_COLUMNS) })).filter((c) => c.role && c.role !== 'label') : [];
  // The sub-header splits one header column (年初预算数 → 目标申报数 | 预算编制数). Text may
  // print it a column or two off, so it belongs to the header cell nearest to it.
  const mean = subCells.reduce((a, c) => a + c.col, 0) / Math.max(1, subCells.length);
  const parent = subCells.length > 1 ? cells.reduce((best, c) => (Math.abs(c.col - mean) < Math.abs(best.col - mean) ? c : best), cells[0]!) : null;
  return cells.flatMap((cell) =>
    cell === parent ? subCells.map((s) => ({ col: s.col, role: s.role as AmountRole })) : [cell],
  );
}

export const isSubHeader = (line: Line | undefined) =>
  !!line && !line.paragraph && filled(line).length > 0 && filled(line).every((c) => roleOf(c.key, FUNDS_COLUMNS) !== null);

export function readFunds(header: Line, rows: Line[], unit: '元' | '万元'): FundsResult {
  const sub = isSubHeader(rows[0]) ? rows[0] : undefined;
  const columns = columnsOf(header, sub);
  const flags: string[] = [];
  const out: FundsRow[] = [];
  const cells: FieldCells[] = [];
  for (const line of sub ? rows.slice(1) : rows) {
    if (line.paragraph) continue;
    const row = isTransposed(line) ? readTransposed(line, columns, flags) : readAligned(line, columns, flags);
    if (row) {
      out.push(convert(row, unit));
      cells.push(row.cells);
    }
  }
  return { funds: { publishedUnit: unit, rows: out }, flags, cells };
}

/** A funds row as read, amounts in the published unit, with the cells each field came from. */
type AmountRow = { label: string; cells: FieldCells } & { [K in AmountRole]?: number | null };

/** Records the cell at `col` of `line` as the source of `field`. */
const note = (row: AmountRow, field: string, line: Line, col: number) => addCells(row.cells, field, refsAt(line, [col]));

const isAmount = (key: string) => isPlaceholder(key) || parseAmountRepaired(key).value !== null;
/** The amount of a cell; OCR's letters for digits (4,7l8.24) are read as digits and the table is flagged. */
function amountOf(key: string, flags: string[]): number | null {
  const { value, repaired } = parseAmountRepaired(key);
  if (repaired && !flags.includes('digit-letter-repaired')) flags.push('digit-letter-repaired');
  return value;
}
/** A label's closing colon, or what OCR reads it as (a middle dot, a full stop). */
const LABEL_COLON = /[:：·.．]\s*$/;
const cleanLabel = (text: string) => text.replace(/^[-—–\s]+/, '').replace(LABEL_COLON, '').replace(/\s*[(（](万?元)[)）]$/, '').trim();

/**
 * The block's own merged label, 项目资金（万元）: in an unruled PDF table it stands beside
 * one of the rows, or alone on a row of its own, instead of in the header row.
 */
const isBlockLabel = (key: string) => FUNDS_BLOCK_LABEL.test(key);

function readAligned(line: Line, columns: Column[], flags: string[]): AmountRow | null {
  const all = filled(line);
  const labels = all.filter((c) => !isAmount(c.key));
  if (labels.length > 0 && labels.every((c) => isBlockLabel(c.key)) && labels.length === all.length) return null;
  const cells = labels.length > 1 ? all.filter((c) => !isBlockLabel(c.key)) : all;
  const labelAt = cells.findIndex((c) => !isAmount(c.key));
  if (labelAt < 0 || labelAt > 1) return null;
  const label = cleanLabel(cells[labelAt]!.text);
  const amounts = cells.slice(labelAt + 1).filter((c) => isAmount(c.key));
  const slots = columns.filter((c) => c.role !== 'deviation');
  const result = align(amounts, slots, {
    fit: () => 0,
    skip: () => 10,
    perColumn: 0.1,
  });
  const row: AmountRow = { label, cells: {} };
  note(row, 'label', line, cells[labelAt]!.col);
  amounts.forEach((cell, k) => {
    const slot = slots[result.slotOf[k]!];
    if (!slot) return;
    const amount = amountOf(cell.key, flags);
    row[slot.role as AmountRole] = amount;
    if (amount !== null) note(row, slot.role, line, cell.col);
    if (slot.col !== cell.col && !flags.includes('funds-realigned')) flags.push('funds-realigned');
  });
  return row;
}

/** "预算数 | 17 | 到位数 | 17 | 执行数 | 16.94 | 99.6%": label/amount pairs under grouped headers. */
function isTransposed(line: Line): boolean {
  const keys = line.keys;
  // an empty cell after a label is no amount: a deviation text ends ordinary rows too
  const pairs = keys.filter((key, i) => key !== '' && !isAmount(key) && keys[i + 1] !== undefined && keys[i + 1] !== '' && isAmount(keys[i + 1]!)).length;
  return pairs >= 2;
}

function readTransposed(line: Line, columns: Column[], flags: string[]): AmountRow | null {
  const cells = line.keys.map((key, col) => ({ key, text: line.texts[col]! }));
  const isLabel = (c: { key: string } | undefined) => !!c && c.key !== '' && !isAmount(c.key);
  const amount = (c: { key: string } | undefined) => (!c || c.key === '' ? null : amountOf(c.key, flags));
  let i = cells.findIndex(isLabel);
  if (i < 0) return null;
  const row: AmountRow = { label: cleanLabel(cells[i]!.text), cells: {} };
  note(row, 'label', line, i);
  const values: { value: number | null; col: number }[] = [];
  while (i < cells.length) {
    if (isLabel(cells[i])) {
      const next = cells[i + 1];
      values.push({ value: isLabel(next) ? null : amount(next), col: i + 1 });
      i += isLabel(next) ? 1 : 2;
    } else {
      values.push({ value: amount(cells[i]), col: i }); // an amount with no label of its own (执行进度)
      i++;
    }
  }
  values.forEach(({ value, col }, g) => {
    const role = columns[g]?.role;
    if (role && role !== 'deviation') {
      row[role] = value;
      if (value !== null) note(row, role, line, col);
    }
  });
  return row;
}

const isMoneyLabel = (key: string) => FUNDS_LINE_LABEL.test(key.replace(LABEL_COLON, ''));

/**
 * Target tables print their money as label | amount lines under a merged block label
 * ("专项资金情况（万元）| 资金总额 | 21.50", "项目资金（万元）| 其中：财政拨款 | 87.45"), or one budget
 * line ("预算资金 (元) | 7, 340, 000. 00"). Every such line is a funds row with its amount in
 * annualBudget; the unit comes from the block label, the line's own label, or the captions.
 */
export function readFundsLines(lines: Line[], contextUnit: '元' | '万元' | null, flags: string[], cellsOut: FieldCells[] = []): Funds | null {
  const rows: AmountRow[] = [], pending: { col: number; row: AmountRow }[] = [];
  let unit: '元' | '万元' | null = null;
  for (const [at, line] of lines.entries()) {
    if (line.paragraph) continue;
    const cells = filled(line).flatMap(splitColonAmount);
    const under = labelsOverAmounts(cells, lines[at + 1]);
    if (under) {
      for (const block of cells.filter((c) => FUNDS_BLOCK_LABEL.test(c.key) && !under.some((p) => p.label === c))) unit ??= unitIn(block.key);
      for (const { label, amount } of under) {
        unit ??= unitIn(label.key);
        const value = amountOf(amount.key, flags);
        rows.push(moneyLine(label.text, value, [line, label.col], value !== null ? [lines[at + 1]!, amount.col] : null));
      }
      continue;
    }
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k]!;
      const next = cells[k + 1];
      // 项目资金（万元）is a money label too; followed by another label it heads the block
      const headsBlock = !isMoneyLabel(cell.key) || (next !== undefined && isMoneyLabel(next.key));
      if (FUNDS_BLOCK_LABEL.test(cell.key)) {
        unit ??= unitIn(cell.key); // 项目资金（万元） names the unit whatever stands beside it (资金来源 | 年度资金总额 …)
        if (headsBlock) continue;
      }
      // "执行率分值(10)" beside the total line: the weight of budget execution
      const weight = FUNDS_WEIGHT_CELL.exec(cell.key);
      if (weight && rows.length > 0) {
        rows[rows.length - 1]!.weight = Number(weight[1]);
        note(rows[rows.length - 1]!, 'weight', line, cell.col);
        continue;
      }
      const label = cell.key.replace(LABEL_COLON, ''), inBlock = rows.length > 0;
      if (!isMoneyLabel(cell.key) && !(inBlock && MONEY_SOURCE_WORD.test(label))) {
        // an amount beside a label no vocabulary knows, among the money lines: a line left out, said
        if (inBlock && next && isAmount(next.key) && roleOf(label, HEADER_FIELDS) === null && !flags.includes('funds-line-unread')) flags.push('funds-line-unread');
        continue;
      }
      const amount = next && isAmount(next.key) ? amountOf(next.key, flags) : null;
      // a label with no amount beside it ("其他资金 | -", "年度金额： | ") counts only inside a
      // block of money lines: after one, or before one in the column of its labels (held until
      // an amount follows; over the amounts' column it is their header: 资金来源 | 年度资金总额)
      const blank = amount === null && (next === undefined || isPlaceholder(next.key));
      if (amount === null && !blank) continue;
      unit ??= unitIn(cell.key);
      if (blank && rows.length === 0) { pending.push({ col: cell.col, row: moneyLine(cell.text, null, [line, cell.col], null) }); continue; }
      rows.push(...pending.splice(0).filter((p) => p.col === cell.col).map((p) => p.row));
      rows.push(moneyLine(cell.text, amount, [line, cell.col], next && amount !== null ? [line, next.col] : null));
      if (next && isAmount(next.key)) k++;
      // more amounts on the line, each under a money label of the header above (合计 | 财政拨款 | 其他资金)
      while (cells[k + 1] && isAmount(cells[k + 1]!.key)) {
        const more = cells[++k]!;
        const header = headerAbove(lines, at, more.col);
        if (header) rows.push(moneyLine(header.text, amountOf(more.key, flags), null, [line, more.col]));
      }
    }
  }
  if (rows.length === 0) return null;
  const published = unit ?? contextUnit;
  if (!published) flags.push('funds-unit-assumed');
  cellsOut.push(...rows.map((r) => r.cells));
  return { publishedUnit: published ?? '元', rows: rows.map((r) => convert(r, published ?? '元')) };
}

type Cell = ReturnType<typeof filled>[number];

/** "年度资金总额：425.00" in one cell: the label and the amount, as if printed in two cells. */
function splitColonAmount(cell: Cell): Cell[] {
  const m = /^(.+)[:：]([^:：]+)$/.exec(cell.key);
  if (!m || !isMoneyLabel(m[1]!) || parseAmountRepaired(m[2]!).value === null) return [cell];
  const cut = Math.max(cell.text.lastIndexOf(':'), cell.text.lastIndexOf('：'));
  return [{ ...cell, key: m[1]!, text: cell.text.slice(0, cut).trim() }, { ...cell, key: m[2]!, text: cell.text.slice(cut + 1).trim() }];
}

/** A money line of a target table: its label and its amount (annualBudget), with the cells each was read from. */
function moneyLine(label: string, amount: number | null, labelAt: [Line, number] | null, amountAt: [Line, number] | null): AmountRow {
  const row: AmountRow = { label: cleanLabel(label), annualBudget: amount, cells: {} };
  if (labelAt) note(row, 'label', ...labelAt);
  if (amountAt) note(row, 'annualBudget', ...amountAt);
  return row;
}

/** The money label printed over a column in the few rows above a line (a source column's header: 财政拨款, 其他资金). */
function headerAbove(lines: Line[], at: number, col: number): Cell | null {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const cell = lines[i]!.paragraph ? undefined : filled(lines[i]!).find((c) => c.col === col);
    if (cell) return isMoneyLabel(cell.key) && !isAmount(cell.key) ? cell : null;
  }
  return null;
}

/**
 * A row of money labels over a row of their amounts (资金总额 | 自治区补助资金 | 其他资金 over
 * 850.00 | 500.00 | 0.00): each label with the amount in its column, when every label has one.
 * A merged block label (项目资金) beside the labels is left out.
 */
function labelsOverAmounts(cells: Cell[], next: Line | undefined): { label: Cell; amount: Cell }[] | null {
  if (!next || next.paragraph) return null;
  const labels = cells.filter((c) => isMoneyLabel(c.key) && !(FUNDS_BLOCK_LABEL.test(c.key) && c === cells[0] && cells.length > 2));
  if (labels.length < 2 || cells.some((c) => isAmount(c.key))) return null;
  const amounts = filled(next);
  if (amounts.length < labels.length || !amounts.every((c) => isAmount(c.key))) return null;
  const pairs = labels.map((label) => ({ label, amount: amounts.find((a) => a.col === label.col) }));
  if (pairs.every((p) => p.amount)) return pairs as { label: Cell; amount: Cell }[];
  // text lost the columns: pair in order when the counts agree
  return amounts.length === labels.length ? labels.map((label, k) => ({ label, amount: amounts[k]! })) : null;
}

function convert(row: AmountRow, unit: '元' | '万元'): FundsRow {
  const money = (v: number | null | undefined) => (v === null || v === undefined ? null : toYuan(v, unit));
  const out: FundsRow = {
    label: row.label,
    initialBudget: null, declaredBudget: null, annualBudget: null, received: null,
    executed: null, balance: null, executionRate: row.executionRate ?? null,
    weight: row.weight ?? null, score: row.score ?? null,
  };
  for (const role of MONEY) out[role] = money(row[role]);
  return out;
}
