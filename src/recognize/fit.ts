/**
 * Stage "audit:fit": table-level checks of how well a project table fit what the recognizer
 * understands. Each failed check names its reason in a flag on the table and on the records it
 * affects, and lowers their confidence, so that a table read wrong goes to review instead of
 * looking right: indicator rows left unread, a 三级 name that holds several names or values,
 * weights that do not add up, cells of the wrong kind for their column, records with no value.
 */
import type { Indicator, Table } from '../contract/schema.js';
import { level2Of } from '../../pipelines/hierarchy.js';
import { compactKey } from '../normalize/text.js';
import { lowerConfidence } from './confidence.js';
import type { IndicatorHeader } from './project/indicator-header.js';

/** How many 二级 labels end inside the text: at each 指标, the shortest run before it that is one. */
function labelsIn(key: string): number {
  let count = 0;
  for (let end = key.indexOf('指标'); end >= 0; end = key.indexOf('指标', end + 1)) {
    for (let len = 4; len <= 10 && end + 2 - len >= 0; len++) {
      if (level2Of(key.slice(end + 2 - len, end + 2))) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** A name that reads as two or more 二级 labels or carries a value: rows glued together. */
function looksLikeSeveralNames(level3: string): boolean {
  const key = compactKey(level3);
  if (labelsIn(key) >= 2) return true;
  const values = key.match(/[≥≤><=][\d.]+|\d+(\.\d+)?%/g) ?? [];
  return values.length >= 2 || key.length > 60;
}

const valueUnparsed = (i: Indicator) => i.flags.includes('value-unparsed');

/** "有效提升有效提升", "≥95%≥95%": one cell holding a value twice, two rows merged into one. */
const doubled = (raw: string | undefined) => {
  const k = compactKey(raw ?? '');
  return k.length >= 4 && k.length % 2 === 0 && k.slice(0, k.length / 2) === k.slice(k.length / 2);
};

export function fitFlags(table: Table, header: IndicatorHeader | null): string[] {
  const flags: string[] = [];
  const indicators = table.indicators;
  const flag = (reason: string, affected: Indicator[]) => {
    if (!flags.includes(reason)) flags.push(reason);
    for (const i of affected) lowerConfidence(i, reason);
  };
  for (const i of indicators) if (looksLikeSeveralNames(i.level3)) flag('level3-several-names', [i]);
  for (const i of indicators) if ([i.target, i.actual, i.initialTarget].some((v) => doubled(v?.raw))) flag('cell-doubled', [i]);
  // most targets unparsed: the value column holds something else (glued cells, prose)
  const targets = indicators.filter((i) => i.target !== null);
  if (targets.length >= 3 && targets.filter(valueUnparsed).length / targets.length > 0.5) flag('values-unparsed-in-column', targets);
  const weighted = indicators.filter((i) => i.weight !== null);
  if (weighted.length >= 2) {
    const sum = weighted.reduce((a, i) => a + i.weight!, 0) + (table.funds?.rows[0]?.weight ?? 0);
    const printed = table.total?.weight ?? null;
    const fits = printed !== null ? Math.abs(sum - printed) < 0.5 || Math.abs(sum + 10 - printed) < 0.5 : [90, 100].some((t) => Math.abs(sum - t) < 0.5);
    if (!fits) flag('weights-do-not-add-up', weighted);
    if (weighted.length < indicators.length / 2) flag('weights-missing', indicators.filter((i) => i.weight === null));
  }
  // a named indicator with no value at all: its value cells were not where the header said (a
  // header cell OCR glued to its neighbour, a shifted row), or the row is no indicator
  const valueless = indicators.filter((i) => i.target === null && i.actual === null && i.initialTarget === null);
  if (valueless.length > 0) flag('values-missing', valueless);
  // a self-evaluation reports what was achieved: with no actual on any row, the actual column was
  // not found (its header misread, a streak over 实际完成值) and each record lacks its actual
  if (table.kind === 'project-self-evaluation' && indicators.length >= 3 && indicators.every((i) => i.actual === null)) flag('actuals-missing', indicators);
  if (header && header.slots.some((s) => s.unknown) && indicators.some((i) => i.flags.includes('unmapped-value'))) {
    flags.push('column-unknown');
  }
  return flags;
}
