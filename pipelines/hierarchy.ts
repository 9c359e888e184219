/**
 * The indicator hierarchy of 财预〔2020〕10号 and its provincial variants (spec/domain.md):
 * canonical 一级 groups, 二级 names with their category and parent, and the words in a
 * 三级 name or unit that hint at a category when a merged label must be placed.
 */
import type { Category } from '../src/contract/schema.js';

export const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标', '预算执行率'] as const;
export type Level1 = (typeof LEVEL1)[number];

interface Level2Entry {
  /** matches the compact (whitespace-free) printed name */
  pattern: RegExp;
  category: Category;
  parent: Level1;
}

/** Order matters: the first match wins (经济成本 before 经济效益, 成本 before anything else). 县区 templates print 产出数量 … for 数量指标 …. */
export const LEVEL2: Level2Entry[] = [
  { pattern: /^(经济|社会|生态环境|生态|环境)成本(指标)?$/, category: 'cost', parent: '成本指标' },
  { pattern: /^(产出)?数量(指标)?$/, category: 'quantity', parent: '产出指标' },
  { pattern: /^(产出)?质量(指标)?$/, category: 'quality', parent: '产出指标' },
  { pattern: /^(产出)?时效(指标)?$/, category: 'timeliness', parent: '产出指标' },
  { pattern: /^(产出)?成本(指标)?$/, category: 'cost', parent: '产出指标' },
  { pattern: /^经济效益(指标)?$/, category: 'economic-benefit', parent: '效益指标' },
  { pattern: /^社会效益(指标)?$/, category: 'social-benefit', parent: '效益指标' },
  { pattern: /^(生态|环境|生态环境)效益(指标)?$/, category: 'ecological-benefit', parent: '效益指标' },
  { pattern: /^可持续(发展)?(性)?影响(指标)?$/, category: 'sustainability', parent: '效益指标' },
  { pattern: /^(社会公众或)?服务对象满意度(指标)?$|^满意度(指标)?$|^社会公众或服务对象满意度(指标)?$/, category: 'satisfaction', parent: '满意度指标' },
  { pattern: /^预算执行(率|进度)$/, category: 'budget-execution', parent: '预算执行率' },
];

/**
 * Words some 二级 name of every category holds: a name the table above does not know but
 * that holds one (其他满意度, 政策效益) is a regional name; a name holding none (指质标量:
 * vertical text read across its columns) is more likely a label read garbled.
 */
export const LEVEL2_STEM = /数量|质量|时效|成本|效益|影响|满意|预算|执行/;

const LEVEL1_PATTERNS: [RegExp, Level1][] = [
  [/^产出(指标)?$/, '产出指标'],
  [/^效益(指标)?$/, '效益指标'],
  [/^满意度(指标)?$/, '满意度指标'],
  [/^成本(指标)?$/, '成本指标'],
  [/^预算执行(率|情况)?$/, '预算执行率'],
];

/**
 * A list ordinal printed before a 一级/二级 label or a 三级 name: "一、", "1.", "2、", "（1）", "(一)", "①".
 * Not the digits a name starts with: "12389热线", "0-6岁", "1.5米", "2、3级医院" (a digit follows).
 */
export const LIST_MARKER = /^(?:[一二三四五六七八九十]{1,2}[、.．](?![一二三四五六七八九十\d])|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[(（][一二三四五六七八九十]{1,2}[)）]|[\u2460-\u2473])\s*/;
export const stripListMarker = (text: string): string => text.replace(LIST_MARKER, '');

/** The ordinal of the first level of a list (一、 二、); the second level is numbered (一) （二） 1. 2、 ①. */
export const FIRST_ORDINAL = /^[一二三四五六七八九十]{1,2}[、.．]/;

/**
 * The level of a label printed as a section row across the table: 一级 or 二级, or null when the
 * text is no label. A name both levels know (满意度指标) is a 一级 with a weight or a 一、 ordinal.
 */
export function sectionLevel(compact: string): 'level1' | 'level2' | null {
  const l1 = level1Of(compact) !== null, l2 = level2Of(compact) !== null;
  if (l1 && l2) return splitWeight(compact).weight !== null || FIRST_ORDINAL.test(compact) ? 'level1' : 'level2';
  return l1 ? 'level1' : l2 ? 'level2' : null;
}

/** Splits "产出指标 (50分)" / "效益指标（30）" into the name and its weight. */
export function splitWeight(compact: string): { name: string; weight: number | null } {
  compact = stripListMarker(compact);
  const m = /^(.*?)[(（]?(\d+(?:\.\d+)?)分?[)）]?$/.exec(compact);
  if (m && m[1] && /[^\d]$/.test(m[1]) && /[(（]|分/.test(compact.slice(m[1].length))) {
    return { name: m[1], weight: Number(m[2]) };
  }
  return { name: compact, weight: null };
}

export function level1Of(compact: string): Level1 | null {
  const { name } = splitWeight(compact);
  for (const [pattern, level1] of LEVEL1_PATTERNS) if (pattern.test(name)) return level1;
  return null;
}

export function level2Of(compact: string): Level2Entry | null {
  const { name } = splitWeight(compact);
  return LEVEL2.find((e) => e.pattern.test(name)) ?? null;
}

/** What may join a 一级 and its 二级 printed in one cell: "产出指标-数量指标", "效益指标/社会效益指标". */
const JOINER = /^[-—–－~/／·、:：|]?$/;

/**
 * A 一级 and its 二级 printed in one cell (a 指标类型 column): "产出指标-数量指标" → both names,
 * their weights kept on them; null when the cell is not exactly a 一级 followed by a 二级.
 */
export function splitJoinedLabels(compact: string): { level1: string; level2: string } | null {
  for (let at = 2; at < compact.length - 1; at++) {
    const level1 = compact.slice(0, at);
    if (level1Of(level1) === null) continue;
    for (let end = at; end <= Math.min(at + 1, compact.length - 2); end++) {
      const level2 = compact.slice(end);
      if (!JOINER.test(compact.slice(at, end))) continue;
      const entry = level2Of(level2);
      // 满意度指标 names both levels: after a 一级 it is the 二级 only under its own parent
      if (entry !== null && (level1Of(level2) === null || entry.parent === level1Of(level1))) return { level1, level2 };
    }
  }
  return null;
}

/** OCR sometimes merges several stacked labels into one cell: "数量指标质量指标时效指标". */
export function splitLabelRun(compact: string): string[] | null {
  const parts = compact.match(/[^指标]+?指标/g);
  if (!parts || parts.length < 2 || parts.join('') !== compact) return null;
  return parts.every((p) => level2Of(p)) ? parts : null;
}

export function categoryOfLevel1(level1: string): Category {
  if (level1 === '满意度指标') return 'satisfaction';
  if (level1 === '预算执行率') return 'budget-execution';
  if (level1 === '成本指标') return 'cost';
  return 'other';
}

/**
 * Hints from a 三级 name and its target's unit at the category a row belongs to, used to
 * place the boundary between two merged labels whose printed rows leave it open.
 */
const NAME_HINTS: [RegExp, Category][] = [
  [/满意/, 'satisfaction'],
  [/成本|资金|经费|费用|金额|投资|预算|价格|支出/, 'cost'],
  [/及时|时间|时限|周期|时效|期限|进度|按时|按期|天数|完工|完成时/, 'timeliness'],
  [/合格|质量|达标|准确|覆盖率|验收|完好|正确|规范|标准|[^数]率$/, 'quality'],
  [/数量|次数|人数|个数|件数|篇数|面积|长度|场次|户数|(数|量)$/, 'quantity'],
  [/可持续|长效|持续|长期/, 'sustainability'],
  [/经济|收入|产值|增收/, 'economic-benefit'],
  [/生态|环境|污染|节能|绿化/, 'ecological-benefit'],
];

const UNIT_HINTS: [RegExp, Category][] = [
  [/^(元|万元|亿元|万)$/, 'cost'],
  [/^(天|日|小时|分钟|秒|月|年|周|工作日|个月)$/, 'timeliness'],
  [/^%$/, 'quality'],
  [/^(个|套|台|次|人|人次|篇|起|间|处|类|条|辆|只|项|件|份|户|家|所|批|场|期|名|节点|座|张|册|本|吨|平方米|米|公里)$/, 'quantity'],
];

export function categoryHints(level3: string, unit: string | null, isDate: boolean): Map<Category, number> {
  const hints = new Map<Category, number>();
  const add = (c: Category, w: number) => hints.set(c, (hints.get(c) ?? 0) + w);
  for (const [pattern, category] of NAME_HINTS) if (pattern.test(level3)) { add(category, 1); break; }
  // satisfaction indicators name what is satisfied (…满意度); budget execution names 执行
  if (!/满意/.test(level3)) add('satisfaction', -0.5);
  if (!/执行|支出|进度/.test(level3)) add('budget-execution', -0.5);
  if (isDate) add('timeliness', 0.5);
  if (unit) for (const [pattern, category] of UNIT_HINTS) if (pattern.test(unit)) { add(category, 0.5); break; }
  return hints;
}
