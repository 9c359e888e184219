/**
 * Indicator lists printed as TEXT inside one table cell. Some templates (广州 among them)
 * do not give each indicator a row; they print the project's whole list in one cell:
 *
 *   1、1-产出指标；11-数量指标；会议活动保障次数；实施周期指标值:每年≥20场；年度指标值:每年≥20场。
 *   2、1-产出指标；11-数量指标；汇聚数据量；实施周期指标值:≥10亿条；年度指标值:≥10亿条。…
 *
 * An item is "N、" followed by parts separated by "；": the 一级 and 二级 labels (with
 * numeric codes), the 三级 name, then "label:value" parts. The cell text wraps anywhere, so
 * line breaks and padding spaces land inside codes ("12 -质量指标"), item numbers
 * ("3\n、1-产出指标") and values; they are removed before anything is split.
 *
 * This module is pure: text in, items out, and null when the cell is not such a list so
 * that ordinary cells are never misread. The vocabulary lives in pipelines/indicator-text.ts.
 */
import { level1Of, level2Of } from '../../../pipelines/hierarchy.js';
import {
  CYCLE_TARGET_LABELS,
  ITEM_BOUNDARIES,
  ITEM_NUMBER_MARKS,
  LABEL_SEPARATORS,
  LEVEL1_LABELS,
  LEVEL2_LABELS,
  LEVEL3_LABELS,
  LEVEL_CODE,
  PART_END_PUNCTUATION,
  PART_SEPARATORS,
  TARGET_LABELS,
} from '../../../pipelines/indicator-text.js';
import { compactKey } from '../../normalize/text.js';

export interface IndicatorTextItem {
  /** 一级 label without its code ("1-产出指标" → "产出指标"), null when not printed. */
  level1: string | null;
  /** 二级 label without its code ("22-社会效益" → "社会效益"), null when not printed. */
  level2: string | null;
  /** 三级 name as printed (whitespace removed); "" if the item prints none. */
  level3: string;
  /** The 年度指标值 / 年度目标值 part; null when absent or printed empty. */
  target: string | null;
  /** The 实施周期指标值 / 中长期指标值 part; null when absent or printed empty. */
  cycleTarget: string | null;
  /**
   * Every further part, in printed order: "label:value" parts with their label, unlabelled
   * ones with label "" and a repeated target label (second 年度指标值) as printed.
   */
  other: { label: string; text: string }[];
}

/**
 * Reads a cell holding a numbered indicator list. Returns null unless the (compacted) text
 * starts with an item number and at least one item has a name plus a level label known to
 * the hierarchy or a known 指标值 label.
 *
 * All returned text is compactKey'd: whitespace removed (the cell's wrapping), full-width
 * ASCII folded ("（" → "(", "：" → ":"); a genuine space inside ASCII words is lost too,
 * which indicator names in these templates practically never have.
 */
export function parseIndicatorText(text: string): IndicatorTextItem[] | null {
  const chunks = splitItems(compactKey(text));
  if (chunks === null) return null;
  const read = chunks.map(parseItem);
  if (!read.some((r) => r.evidence && r.item.level3 !== '')) return null;
  return read.map((r) => r.item);
}

// ---------------------------------------------------------------------------------------
// Splitting the cell into items

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const anyOf = (list: readonly string[]) => list.map(escape).join('|');

/** "N、": the number in group 1. */
const ITEM_NUMBER = new RegExp(`(\\d+)(?:${anyOf(ITEM_NUMBER_MARKS)})`, 'g');
const LEADING_ITEM_NUMBER = new RegExp(`^(\\d+)(?:${anyOf(ITEM_NUMBER_MARKS)})`);
const PART_SPLIT = new RegExp(anyOf(PART_SEPARATORS));
const TRAILING_PUNCTUATION = new RegExp(`(?:${anyOf(PART_END_PUNCTUATION)})+$`);
const DIGIT = /\d/;

/**
 * The item bodies (text after each "N、"), or null when the text does not open with an
 * item number. The first number may be any N (a list continued from a previous page);
 * after it only N+1, N+2, … start items, and only at a plausible place (see startsItem),
 * so "≥10亿条", "2026年" or "第2、3季度" inside an item never split it.
 */
function splitItems(s: string): string[] | null {
  const first = LEADING_ITEM_NUMBER.exec(s);
  if (!first) return null;
  let expected = Number(first[1]) + 1;
  let bodyStart = first[0].length;
  const bodies: string[] = [];
  for (const m of s.matchAll(ITEM_NUMBER)) {
    const at = m.index ?? 0;
    if (at < bodyStart || Number(m[1]) !== expected) continue;
    const nextBody = at + m[0].length;
    if (!startsItem(s, at, nextBody)) continue;
    bodies.push(s.slice(bodyStart, at));
    bodyStart = nextBody;
    expected += 1;
  }
  bodies.push(s.slice(bodyStart));
  return bodies;
}

/**
 * Whether the expected "N、" at `at` really opens the next item: the number is not the tail
 * of a longer one, and either the previous item visibly ended there ("。", "；", a "." that
 * is no decimal point) or the new item opens with a level label ("1-产出指标"). This keeps
 * "完成第1、2、3期" whole while still splitting a list whose typist dropped the "。".
 */
function startsItem(s: string, at: number, body: number): boolean {
  const before = s[at - 1];
  if (before === undefined) return true;
  if (DIGIT.test(before)) return false;
  if (ITEM_BOUNDARIES.includes(before) && !(before === '.' && DIGIT.test(s[at - 2] ?? ''))) return true;
  const head = s.slice(body).split(PART_SPLIT)[0] ?? '';
  return levelPart(head, { level1: null, level2: null })?.known === true;
}

// ---------------------------------------------------------------------------------------
// Reading one item

interface ItemRead {
  item: IndicatorTextItem;
  /** The item carries a level label known to the hierarchy or a known 指标值 label. */
  evidence: boolean;
}

/** Parts in printed order: levels first, then the name, then labelled values. */
function parseItem(body: string): ItemRead {
  const item: IndicatorTextItem = { level1: null, level2: null, level3: '', target: null, cycleTarget: null, other: [] };
  let evidence = false;
  let named = false;
  const parts = body.split(PART_SPLIT).map(trimPart).filter((p) => p !== '');
  for (const part of parts) {
    const labelled = splitLabel(part);
    if (labelled) {
      const { label, text } = labelled;
      if (TARGET_LABELS.includes(label) && item.target === null) {
        item.target = trimValue(text) || null;
        evidence = true;
        continue;
      }
      if (CYCLE_TARGET_LABELS.includes(label) && item.cycleTarget === null) {
        item.cycleTarget = trimValue(text) || null;
        evidence = true;
        continue;
      }
      // explicitly labelled hierarchy parts ("一级指标:产出指标"), wherever they stand
      if (LEVEL1_LABELS.includes(label) && item.level1 === null) {
        item.level1 = stripCode(text);
        evidence ||= level1Of(item.level1) !== null;
        continue;
      }
      if (LEVEL2_LABELS.includes(label) && item.level2 === null) {
        item.level2 = stripCode(text);
        evidence ||= level2Of(item.level2) !== null;
        continue;
      }
      if (LEVEL3_LABELS.includes(label) && !named) {
        item.level3 = text;
        named = true;
        continue;
      }
    }
    if (!named) {
      // before the name: level labels, then the first other part is the name (even with a ":")
      const level = levelPart(part, item);
      if (level) {
        item[level.slot] = level.text;
        evidence ||= level.known;
        continue;
      }
      item.level3 = part;
      named = true;
      continue;
    }
    item.other.push(labelled ?? { label: '', text: part });
  }
  return { item, evidence };
}

/** "年度指标值:≥1套" → label and text, split at the first separator; null without a label. */
function splitLabel(part: string): { label: string; text: string } | null {
  let cut = -1;
  for (const sep of LABEL_SEPARATORS) {
    const i = part.indexOf(sep);
    if (i > 0 && (cut < 0 || i < cut)) cut = i;
  }
  if (cut < 0) return null;
  return { label: part.slice(0, cut), text: part.slice(cut + 1) };
}

/** Drops the item's closing "。" and trailing separators; a printed "." stays on a name ("解答率."). */
function trimPart(part: string): string {
  return part.replace(TRAILING_PUNCTUATION, '');
}

/** A value cannot end in ".": "≥99.5." is the number and the item's full stop. */
const trimValue = (text: string) => text.replace(/\.+$/, '');

function stripCode(s: string): string {
  const code = LEVEL_CODE.exec(s);
  return code ? s.slice(code[0].length) : s;
}

/**
 * A level label before the name and the slot it fills. Known labels are those of the
 * hierarchy (level1Of / level2Of); a coded label ending in 指标 ("5-其他指标") is taken as
 * a level too, but is not evidence that the cell is a list. The slot follows the order
 * (一级 then 二级); a first label goes to 二级 when its code has two digits ("11-") or the
 * hierarchy knows it only as 二级 ("数量指标"). "4-成本指标；41-经济成本指标" → 一级, 二级.
 */
function levelPart(
  part: string,
  filled: Pick<IndicatorTextItem, 'level1' | 'level2'>,
): { slot: 'level1' | 'level2'; text: string; known: boolean } | null {
  if (filled.level2 !== null) return null;
  const code = LEVEL_CODE.exec(part);
  const text = code ? part.slice(code[0].length) : part;
  if (text === '') return null;
  const isL1 = level1Of(text) !== null;
  const isL2 = level2Of(text) !== null;
  const known = isL1 || isL2;
  if (!known && !(code && text.endsWith('指标') && !DIGIT.test(text[0] ?? ''))) return null;
  let slot: 'level1' | 'level2';
  if (filled.level1 !== null) slot = 'level2';
  else if (code && (code[1] ?? '').length >= 2) slot = 'level2';
  else if (isL1 || !isL2) slot = 'level1';
  else slot = 'level2';
  return { slot, text, known };
}
