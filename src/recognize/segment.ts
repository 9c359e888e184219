/**
 * Stage "segment": cuts the line stream into table regions, each with the caption lines
 * printed above it (title, "(2023年度)", "公开01表", "金额单位：万元"). A table begins at a
 * title or at a 项目名称 row, and ends at the next table or at the first paragraph after
 * its rows (notes such as "注：" or "备注：" are not part of the grid).
 */
import type { Diagnostic, TableKind } from '../contract/schema.js';
import { diag } from '../ir/diagnostics.js';
import { kindOfTitle, titleYearOf, yearOf } from '../../pipelines/families.js';
import { HEADER_FIELDS, roleOf } from '../../pipelines/columns.js';
import {
  ATTACHMENT_LIST_HEAD, CAPTION_ROW, LIST_ITEM, MAX_CAPTION_LENGTH, NOT_A_TITLE, NOT_TITLE_HEAD, OTHER_TABLE_TITLE, PREAMBLE_CELL, PROSE_PUNCTUATION,
  SEAL_TEXT, SECTION_NUMBER, SIGN_OFF_CELL, SUMMARY_HEADER_CELL, TABLE_CODE,
} from '../../pipelines/captions.js';
import { filled, soleText, type Line } from './stream.js';

export interface Region {
  titleKind: TableKind | null;
  title: string | null;
  year: number | null;
  /** caption lines above the table (and preamble rows such as "编制单位") */
  context: Line[];
  lines: Line[];
  /** paragraphs printed right under the table, before anything else (notes, "自评等级：优") */
  after: Line[];
}

const MAX_CONTEXT = 8;
/** Paragraphs kept under a table: a notes line or two, then the grade. */
const MAX_AFTER = 3;
const isCaption = (key: string) => key.length <= MAX_CAPTION_LENGTH && !PROSE_PUNCTUATION.test(key);

function titleKindOf(line: Line, listed?: Set<Line>): TableKind | null {
  if (listed?.has(line)) return null;
  const text = line.paragraph ? line.keys[0]! : soleText(line) === null ? null : filled(line)[0]!.key;
  if (text === null || !isCaption(text) || TABLE_CODE.test(text)) return null;
  return kindOfTitle(text);
}

/**
 * The entries of an attachment list in a covering notice ("附件：1.…分配表" / "2.…绩效目标表"):
 * they name the tables attached, they are not the titles of what follows them.
 */
function attachmentListEntries(stream: Line[]): Set<Line> {
  const entries = new Set<Line>();
  let inList = false;
  for (const line of stream) {
    const key = line.paragraph ? line.keys[0]! : '';
    if (line.paragraph && ATTACHMENT_LIST_HEAD.test(key)) inList = true;
    else if (inList && line.paragraph && LIST_ITEM.test(key)) entries.add(line);
    else inList = false;
  }
  return entries;
}

/** The row that opens a project table: a 项目名称 label cell (OCR may glue the next label on). */
export function isProjectAnchor(line: Line): boolean {
  if (line.paragraph) return false;
  const keys = filled(line).map((c) => c.key);
  // OCR may glue the next label on ("项目名称项目负责人")
  const names = (k: string) => roleOf(k.replace(/[:：]$/, ''), HEADER_FIELDS) === 'name' || (k.startsWith('项目名称') && k.length <= 12);
  if (!keys.some(names)) return false;
  return !isSummaryHeader(line);
}

/** The header of a summary table lists projects: 序号 | 项目名称 | … | 自评得分. */
export function isSummaryHeader(line: Line): boolean {
  const keys = filled(line).map((c) => c.key);
  return keys.includes('项目名称') && keys.some((k) => SUMMARY_HEADER_CELL.test(k));
}

/** A one-cell row such as "(2021年度)" or "单位：万元" between tables reads as a caption (DOCX dumps keep them in the grid). */
function isCaptionRow(line: Line, current: Region | null): boolean {
  const text = soleText(line);
  if (text === null || !CAPTION_ROW.test(line.keys.find((k) => k !== '') ?? '')) return false;
  return current === null || !current.lines.some(isProjectAnchor);
}

/** Rows printed above a project table's first field: "编制单位 (盖章): …", "(2025年度)". */
const isPreamble = (line: Line) => filled(line).every((c) => PREAMBLE_CELL.test(c.key) || c.key.length <= 2);

export function segment(stream: Line[]): { regions: Region[]; diagnostics: Diagnostic[] } {
  const regions: Region[] = [];
  const diagnostics: Diagnostic[] = [];
  let current: Region | null = null;
  let pending: Line[] = [];
  const listed = attachmentListEntries(stream);

  /** the region just closed, while only paragraphs have followed it */
  let under: Region | null = null;
  const close = () => {
    if (current && current.lines.length > 0) {
      regions.push(current);
      under = current;
    }
    current = null;
  };
  const open = (startLines: Line[]) => {
    const context = pending.slice(-MAX_CONTEXT);
    current = { ...describe(context, listed), context, lines: startLines, after: [] };
    pending = [];
  };

  for (const line of stream) {
    // a seal's text OCR read as a line of its own ("财务专用章") inside a table is no paragraph: it neither ends the table nor titles one
    if (current && line.paragraph && SEAL_TEXT.test(line.keys[0] ?? '')) continue;
    const titleKind = titleKindOf(line, listed);
    if (titleKind !== null) {
      close();
      under = null;
      pending.push(line);
      continue;
    }
    if (line.paragraph || isCaptionRow(line, current)) {
      close();
      const below = under as Region | null;
      if (line.paragraph && below && below.after.length < MAX_AFTER) below.after.push(line);
      pending.push(line);
      continue;
    }
    under = null;
    const cur = current as Region | null;
    if (isProjectAnchor(line)) {
      if (cur && cur.lines.some(isProjectAnchor)) {
        // a second project: its preamble rows were read as the end of the previous table
        const moved: Line[] = [];
        while (cur.lines.length > 0 && isPreamble(cur.lines[cur.lines.length - 1]!)) moved.unshift(cur.lines.pop()!);
        close();
        pending.push(...moved);
        open([line]);
      } else if (cur) {
        cur.lines.push(line);
      } else {
        open([line]);
      }
      continue;
    }
    if (cur) cur.lines.push(line);
    else open([line]);
  }
  close();
  return { regions: regions.filter((r) => keepRegion(r, diagnostics)), diagnostics };
}

/**
 * A caption line that a long title wrapped from: not a heading of its own (no section number, no
 * title family, no colon or closing punctuation), printed right above the rest of the title.
 */
const isTitleHead = (line: Line | undefined, title: Line) =>
  !!line && line.paragraph && line.page === title.page && titleKindOf(line) === null && isCaption(line.keys[0]!) &&
  !SECTION_NUMBER.test(line.keys[0]!) && !NOT_TITLE_HEAD.test(line.keys[0]!);

/** Title, year and family from the caption lines; the last title-like line wins. */
function describe(context: Line[], listed: Set<Line>): Pick<Region, 'title' | 'titleKind' | 'year'> {
  let title: string | null = null;
  let titleKind: TableKind | null = null;
  let year: number | null = null;
  let fallback: string | null = null;
  let named: string | null = null;
  context.forEach((line, k) => {
    if (listed.has(line)) return; // an attachment list entry names a table elsewhere
    const text = line.paragraph ? line.texts[0]! : (soleText(line) ?? filled(line).map((c) => c.text).join(' '));
    year = yearOf(line.keys.join('')) ?? year;
    const head = context[k - 1];
    const joined = line.paragraph && isTitleHead(head, line) && isCaption(head!.keys[0]! + line.keys[0]!) ? head!.keys[0]! + line.keys[0]! : null;
    const kind = titleKindOf(line) ?? (joined !== null && !TABLE_CODE.test(joined) ? kindOfTitle(joined) : null);
    if (kind !== null) {
      title = joined !== null && kindOfTitle(joined) !== null ? `${head!.texts[0]}${text}` : text;
      titleKind = kind;
      year ??= titleYearOf(line.keys.join(''));
    } else if (line.paragraph && OTHER_TABLE_TITLE.test(line.keys[0]!) && isCaption(line.keys[0]!) && !TABLE_CODE.test(line.keys[0]!)) {
      named = text; // a table of another family: "2024年部门财务收支预算总表"
      year ??= titleYearOf(line.keys[0]!);
    } else if (line.paragraph && !NOT_A_TITLE.test(line.keys[0]!) && isCaption(line.keys[0]!)) {
      fallback = text;
    }
  });
  // Titles cut short by the page ("…视频存储扩容项目项") still name the table.
  return { title: title ?? named ?? fallback, titleKind, year };
}

/** A sign-off box under a table is a few rows at most. */
const SIGN_OFF_MAX_ROWS = 4;

/** A table of contents (rows ending in page numbers) is not a table. */
function keepRegion(region: Region, diagnostics: Diagnostic[]): boolean {
  const rows = region.lines.filter((l) => filled(l).length > 0);
  if (rows.length === 0) return false;
  const toc = rows.every((l) => {
    const cells = filled(l);
    return cells.length === 2 && /^\d{1,3}$/.test(cells[1]!.key);
  });
  if (toc && region.titleKind === null) {
    diagnostics.push(diag('info', 'segment:toc-skipped', `table of contents with ${rows.length} entries skipped (line ${rows[0]!.sourceLine ?? '?'})`));
    return false;
  }
  if (region.titleKind === null && rows.length <= SIGN_OFF_MAX_ROWS && rows.every((l) => filled(l).every((c) => SIGN_OFF_CELL.test(c.key)))) {
    diagnostics.push(diag('info', 'segment:sign-off-skipped', `a sign-off box (${filled(rows[0]!).map((c) => c.text).join(' | ').slice(0, 60)}) is no table: skipped (line ${rows[0]!.sourceLine ?? '?'})`));
    return false;
  }
  if (rows.length < 2 && region.titleKind === null && !rows.some(isProjectAnchor)) {
    diagnostics.push(diag('info', 'segment:fragment-skipped', `single row outside any table skipped: "${filled(rows[0]!).map((c) => c.text).join(' | ').slice(0, 80)}"`));
    return false;
  }
  return true;
}
