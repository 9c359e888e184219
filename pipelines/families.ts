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

/**
 * Tables of families the contract does not know, recognised so that they are never read as one
 * it does: a 绩效运行监控表 (1-N月执行情况, 全年预计完成, 完成可能性) or the 评分表 of a key
 * evaluation (决策 / 过程 / 产出 / 效益 with 评分标准) prints 一级/二级/三级 and values like a
 * self-evaluation. They are read as rows (kind "other") with flag family-unknown.
 */
export interface OtherFamily {
  /** what the table is, for the diagnostic */
  name: string;
  title: RegExp;
}

export const OTHER_FAMILIES: OtherFamily[] = [
  { name: '绩效运行监控表', title: /绩效(目标)?(运行|执行)?(情况)?监控(情况)?(表|汇总表)$|运行监控(情况)?表$|执行监控(情况)?表$/ },
  { name: '绩效评价评分表', title: /评价指标体系(及|和|与)?(评分|打分)表$|绩效评价(评分|打分)表$|评价(指标)?评分表$|综合评分表$/ },
];

export function otherFamilyOfTitle(compact: string): OtherFamily | null {
  return OTHER_FAMILIES.find((f) => f.title.test(compact)) ?? null;
}

/** Order matters: the more specific title first. */
export const FAMILY_TITLES: FamilyTitle[] = [
  ...OTHER_FAMILIES.map((f) => ({ kind: 'other' as const, title: f.title })),
  { kind: 'self-evaluation-summary', title: /绩效自评(情况)?汇总表|自评结果汇总表/ },
  { kind: 'department-targets', title: /部门(\(单位\))?整体(支出)?绩效目标(申报)?表|整体支出绩效目标表/ },
  { kind: 'project-self-evaluation', title: /绩效(目标)?自评表|绩效自评报告|绩效自评$|项目支出绩效自评/ },
  { kind: 'project-targets', title: /项目(支出)?绩效目标(申报)?表|绩效目标申报表|区域绩效目标表|转移支付.*绩效目标表|政策和项目.*绩效目标表|[^整体]绩效目标表$/ },
  { kind: 'final-accounts', title: /决算(总)?表|决算明细表|公开\d+表/ },
];

/**
 * A 部门整体支出绩效自评表: the self-evaluation of a department's whole spending, not of one
 * project. The contract has no kind for it: it is read as a project-self-evaluation (targets,
 * actuals, scores: the same columns) and flagged department-whole (src/recognize/index.ts).
 */
export const DEPARTMENT_WHOLE_SELF_EVALUATION = /部门(\(单位\))?整体(支出)?绩效(目标)?自评|整体支出绩效(目标)?自评|单位整体(支出)?绩效(目标)?自评/;

/**
 * A 预算 (budget) table: it prints 科目代码/科目名称 like a 决算 table, but it is not one (the
 * contract's final-accounts are 部门决算公开 tables); without a family title it is "other".
 */
export const BUDGET_TITLE = /预算/;
export const FINAL_ACCOUNTS_WORD = /决算/;

export function kindOfTitle(compact: string): TableKind | null {
  for (const f of FAMILY_TITLES) if (f.title.test(compact)) return f.kind;
  return null;
}

/** "(2023年度)", "2024年度", "（ 2025年度）" → the fiscal year. */
export function yearOf(compact: string): number | null {
  const m = /(20\d\d|19\d\d)年度/.exec(compact);
  return m ? Number(m[1]) : null;
}

/**
 * The year a report names without 年度: "长沙市岳麓区教育局2024年部门预算公开", "2023年部门决算",
 * "2024年单位预算" (the fiscal year of a 预算 or 决算 report).
 */
export function reportYearOf(compact: string): number | null {
  const m = /(20\d\d|19\d\d)年(?:部门|单位)?(?:整体)?(?:预算|决算)/.exec(compact);
  return m ? Number(m[1]) : null;
}

/** A title that names its year without 年度: "六盘水市公安局2025年部门整体支出绩效目标表". */
export function titleYearOf(compact: string): number | null {
  const m = /(20\d\d|19\d\d)年(?!\d{1,2}月).*表/.exec(compact);
  return m ? Number(m[1]) : yearOf(compact);
}

/**
 * The project a title names, for tables that print no 项目名称 field:
 * "301007_泉州市公安局晋江国际机场分局_机场公安综合修缮改造项目绩效目标表" → 机场公安综合修缮改造项目.
 * A title naming no project (项目支出绩效目标表, 2025年…表) gives null.
 */
const TITLE_SUFFIX = /(支出)?(绩效)?(目标|自评|目标自评)(申报)?表$/;
const TITLE_PREFIX = /^(\d+[_\-－—][^_]*_|\d+[_\-－—]|[(（]?20\d\d年度?[)）]?)/;
const GENERIC_NAME = /^(项目|部门|单位|部门整体|部门\(单位\)整体|单位整体|整体|政策和项目|政策|项目预算|)(支出)?(预算)?(绩效)?$/;
export function projectNameOfTitle(title: string | null): string | null {
  if (!title) return null;
  const compact = title.replace(/\s+/g, '');
  if (!TITLE_SUFFIX.test(compact)) return null;
  const name = compact.replace(TITLE_SUFFIX, '').replace(TITLE_PREFIX, '').replace(/^[_\-－—]+/, '');
  return GENERIC_NAME.test(name) || name.length < 2 ? null : name;
}
