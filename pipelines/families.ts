/**
 * The table families and how each is recognised from its printed title. Each family's
 * own vocabulary lives in its module; this registry is what the segmenter consults.
 */
import type { TableKind } from '../src/contract/schema.js';

export interface FamilyTitle {
  kind: TableKind;
  /** matches a compact title line */
  title: RegExp;
}

/** Order matters: the more specific title first. */
export const FAMILY_TITLES: FamilyTitle[] = [
  { kind: 'self-evaluation-summary', title: /绩效自评(情况)?汇总表|自评结果汇总表/ },
  { kind: 'department-targets', title: /部门(\(单位\))?整体(支出)?绩效目标(申报)?表|整体支出绩效目标表/ },
  { kind: 'project-self-evaluation', title: /绩效(目标)?自评表|绩效自评报告|绩效自评$|项目支出绩效自评/ },
  { kind: 'project-targets', title: /项目(支出)?绩效目标(申报)?表|绩效目标申报表/ },
  { kind: 'final-accounts', title: /决算(总)?表|决算明细表|公开\d+表/ },
];

export function kindOfTitle(compact: string): TableKind | null {
  for (const f of FAMILY_TITLES) if (f.title.test(compact)) return f.kind;
  return null;
}

/** "(2023年度)", "2024年度", "（ 2025年度）" → the fiscal year. */
export function yearOf(compact: string): number | null {
  const m = /(20\d\d|19\d\d)年度/.exec(compact);
  return m ? Number(m[1]) : null;
}

/** A title that names its year without 年度: "六盘水市公安局2025年部门整体支出绩效目标表". */
export function titleYearOf(compact: string): number | null {
  const m = /(20\d\d|19\d\d)年(?!\d{1,2}月).*表/.exec(compact);
  return m ? Number(m[1]) : yearOf(compact);
}
