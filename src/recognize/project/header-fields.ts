/**
 * Stage "layout:header-fields": 项目名称, 主管部门(及代码), 实施单位, 预算单位 … — a label
 * cell followed by its value cell, anywhere in the rows above the funds block.
 */
import { HEADER_FIELDS, RANGE_WORD, roleOf, type HeaderField } from '../../../pipelines/columns.js';
import { CAPTION_DEPARTMENT } from '../../../pipelines/captions.js';
import type { CellRef, Project } from '../../contract/schema.js';
import { refsAt, type FieldCells } from '../cell-ref.js';
import { filled, type Line } from '../stream.js';

const stripColon = (key: string) => key.replace(/[:：]$/, '');
const labelOf = (key: string): HeaderField | null => roleOf(stripColon(key), HEADER_FIELDS);

/** A label glued to the next by OCR ("项目名称项目负责人") is read as the first label. */
function leadingLabel(key: string): HeaderField | null {
  for (let cut = key.length - 1; cut >= 2; cut--) {
    const head = labelOf(key.slice(0, cut));
    if (head && labelOf(key.slice(cut))) return head;
  }
  return null;
}

/**
 * The label：value pairs of a text ("主管部门：宁波市民政局  实施单位：宁波市养老服务指导中心"): at
 * each colon, the longest stretch before it that is a header label, and its value up to the
 * next such label. A colon with no label before it (时间：) belongs to the value it is in.
 */
export function colonPairs(text: string): { field: HeaderField; value: string }[] {
  const labels: { field: HeaderField; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[:：]/g)) {
    const at = m.index!, from = labels.length ? labels[labels.length - 1]!.end : 0;
    for (let start = Math.max(from, at - MAX_LABEL); start <= at - 2; start++) {
      const field = labelOf(text.slice(start, at).trim());
      if (field && field !== 'other') { labels.push({ field, start, end: at + 1 }); break; }
    }
  }
  return labels.flatMap((l, k) => {
    // the value ends at the next label, a wide gap, or another label of a colon (金额单位：)
    const rest = text.slice(l.end, labels[k + 1]?.start ?? text.length);
    const value = rest.split(/\s{2,}|\t|[\p{Script=Han}]{2,6}[:：]/u)[0]!.trim();
    return value ? [{ field: l.field, value }] : [];
  });
}

/** A caption line above a table naming its project ("项目名称：学生资助补助经费"): the table is that project's. */
export const namesProject = (line: Line): boolean => line.paragraph && colonPairs(line.texts[0] ?? '').some((p) => p.field === 'name');

/** Longest header label read before a colon, characters. */
const MAX_LABEL = 10;

export function readHeaderFields(lines: Line[]): Partial<Record<HeaderField, string>> {
  return readHeaderFieldsWithCells(lines).fields;
}

/** Header fields a label：value line does not give: 单位名称：/ 预算单位： above a table names who publishes (golden convention). */
const NOT_FROM_COLON: ReadonlySet<HeaderField> = new Set<HeaderField>(['budgetUnit', 'budgetUnitCode']);

/**
 * The header fields and, for each, the value cell it was read from (cell-level provenance);
 * `captions`, the lines above the table, give only label：value pairs.
 */
export function readHeaderFieldsWithCells(lines: Line[], captions: Line[] = []): { fields: Partial<Record<HeaderField, string>>; cells: Partial<Record<HeaderField, CellRef[]>> } {
  const found: Partial<Record<HeaderField, string>> = {};
  const cells: Partial<Record<HeaderField, CellRef[]>> = {};
  const put = (field: HeaderField | null, value: string | undefined, line: Line, col: number | undefined) => {
    if (field && field !== 'other' && found[field] === undefined && value) {
      found[field] = value;
      if (col !== undefined) cells[field] = refsAt(line, [col]);
    }
  };
  const isLabel = (key: string) => labelOf(key) !== null || leadingLabel(key) !== null;
  const readColonPairs = (line: Line) => {
    for (const cell of filled(line)) for (const pair of colonPairs(cell.text)) if (!NOT_FROM_COLON.has(pair.field)) put(pair.field, pair.value, line, cell.col);
  };
  lines.forEach((line, i) => {
    // "项目名称：居家社区养老服务补助" — label and value in one cell or line of text
    readColonPairs(line);
    if (line.paragraph) return;
    const cells = filled(line);
    if (cells.length >= 2 && cells.every((c) => isLabel(c.key))) {
      // a row of labels with their values on the row below, under each label
      const below = lines[i + 1];
      if (!below || below.paragraph) return;
      const values = filled(below);
      cells.forEach((cell, k) => {
        const end = cells[k + 1]?.col ?? Infinity;
        const value = values.find((v) => v.col >= cell.col && v.col < end && !isLabel(v.key));
        put(labelOf(cell.key) ?? leadingLabel(cell.key), value?.text, below, value?.col);
      });
      return;
    }
    cells.forEach((cell, k) => {
      const field = labelOf(cell.key) ?? leadingLabel(cell.key);
      if (!field || field === 'other' || found[field] !== undefined) return;
      // the value sits between this label and the next one; an empty value is no value
      const next = cells[k + 1];
      if (!next || isLabel(next.key)) return;
      // a span of time printed over cells: 2024年1月1日 | 至 | 2024年12月31日
      const [joiner, end] = [cells[k + 2], cells[k + 3]];
      if (joiner && end && RANGE_WORD.test(joiner.key) && !isLabel(end.key)) put(field, `${next.text}${joiner.text}${end.text}`, line, next.col);
      else put(field, next.text, line, next.col);
    });
  });
  captions.forEach(readColonPairs);
  return { fields: found, cells };
}

/** Header-field cells as Project field paths ("project.department" also covers its code). */
export function projectCells(cells: Partial<Record<HeaderField, CellRef[]>>, project: Project | null): FieldCells {
  const out: FieldCells = {};
  if (!project) return out;
  const paths: Partial<Record<HeaderField, (keyof Project)[]>> = {
    name: ['name'], department: ['department', 'departmentCode'], departmentCode: ['departmentCode'], implementingUnit: ['implementingUnit'],
    budgetUnit: ['budgetUnit', 'budgetUnitCode'], budgetUnitCode: ['budgetUnitCode'], category: ['category'], attribute: ['attribute'], period: ['period'],
  };
  for (const [field, keys] of Object.entries(paths) as [HeaderField, (keyof Project)[]][]) {
    for (const key of keys) if (cells[field] && project[key] !== null) out[`project.${key}`] = cells[field]!;
  }
  return out;
}

/** "[155]六盘水市公安局", "053-岚县公安局", "053001-岚县公安局" → name and code. */
export function splitCode(text: string | undefined): { name: string | null; code: string | null } {
  if (!text) return { name: null, code: null };
  const m = /^[[【(（]?\s*(\d{2,})\s*[\]】)）]?\s*[-－—_]?\s*(.+)$/.exec(text.trim());
  if (m && /[^\d\s]/.test(m[2]!)) return { name: m[2]!.trim(), code: m[1]! };
  return { name: text.trim(), code: null };
}

export function projectOf(fields: Partial<Record<HeaderField, string>>): Project | null {
  if (!fields.name) return null;
  const department = splitCode(fields.department);
  const budgetUnit = splitCode(fields.budgetUnit);
  const code = (text: string | undefined) => (text !== undefined && /^[\dA-Za-z-]{2,}$/.test(text.trim()) ? text.trim() : null);
  return {
    name: fields.name,
    department: department.name,
    departmentCode: department.code ?? code(fields.departmentCode),
    implementingUnit: fields.implementingUnit ?? null,
    budgetUnit: budgetUnit.name,
    budgetUnitCode: budgetUnit.code ?? code(fields.budgetUnitCode),
    category: fields.category ?? null,
    attribute: fields.attribute ?? null,
    period: fields.period ?? null,
  };
}

/**
 * The department named by a caption above the table ("部门名称：广州市政务服务和数据管理局"),
 * for project tables that print no department field of their own.
 */
export function departmentOfCaptions(context: Line[]): { name: string | null; code: string | null } {
  for (const line of context) {
    const text = line.paragraph ? line.texts[0]! : filled(line).map((c) => c.text).join('');
    const m = /^\s*([^:：]{2,8})\s*[:：]\s*(.+)$/.exec(text);
    if (m && CAPTION_DEPARTMENT.test(m[1]!.replace(/\s+/g, ''))) return splitCode(m[2]!.trim());
  }
  return { name: null, code: null };
}
