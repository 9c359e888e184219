/**
 * Stage "recognize": region → contract Tables. Chooses the family from the printed title
 * and, failing that, from what the table contains. A table that lists many projects yields a
 * table per project; its pages, each printed under the title again, are read as one.
 */
import type { Diagnostic, Table, TableKind } from '../contract/schema.js';
import { auditTable } from '../audit/checks.js';
import { confidenceOf, SOURCE_BASE } from './confidence.js';
import { fitFlags } from './fit.js';
import { recognizeProject, unitOfRegion, type ProjectTable } from './project/project-table.js';
import { departmentOfCaptions, namesProject } from './project/header-fields.js';
import { findIndicatorHeader, headerSignature, type IndicatorHeader } from './project/indicator-header.js';
import { listsProjects, readProjectBlocks } from './project/many-projects.js';
import { isFundsHeader } from './project/funds.js';
import { parseAmountCell } from '../normalize/number.js';
import { ocrConfidenceOf, ocrFlags } from './ocr-evidence.js';
import { provenanceOf } from './provenance.js';
import { readKeyedRows } from './rows-table.js';
import { isProjectAnchor, isSummaryHeader, type Region } from './segment.js';
import { filled, matchKey } from './stream.js';
import { refsOfLines, type FieldCells } from './cell-ref.js';
import { FINAL_ACCOUNTS_HEADER } from '../../pipelines/blocks.js';
import { MONITORING_HEADER } from '../../pipelines/columns.js';
import { BUDGET_TITLE, DEPARTMENT_WHOLE_SELF_EVALUATION, FINAL_ACCOUNTS_WORD, otherFamilyOfTitle } from '../../pipelines/families.js';
import { diag } from '../ir/diagnostics.js';
import type { DebugSink } from '../debug/sink.js';

export interface RecognizeContext {
  ocr: boolean;
  diagnostics: Diagnostic[];
  /** told each indicator column's role (extract --debug) */
  debug?: DebugSink;
}

const PROJECT_KINDS: TableKind[] = ['project-self-evaluation', 'project-targets', 'department-targets'];

/**
 * Why a table is of a family the contract does not know, or null: its title names one
 * (绩效运行监控表, 评价评分表: pipelines/families.ts), its indicator header prints the columns of a
 * monitoring table (1-6月完成值, 全年预计完成, 完成可能性), or, under no title of a known family,
 * its indicator block has weights and scores but no target or actual column (a scoring table).
 * Such a table is read as rows, never as a self-evaluation or a target table.
 */
export function unknownFamilyOf(region: Region, header: IndicatorHeader | null): string | null {
  const titled = region.title === null ? null : otherFamilyOfTitle(matchKey(region.title));
  if (titled) return `its title names a ${titled.name}`;
  if (!header) return null;
  const monitoring = header.slots.filter((s) => MONITORING_HEADER.test(matchKey(s.header)));
  if (monitoring.length > 0) {
    return `its indicator header prints the columns of a 绩效运行监控表 (${monitoring.map((s) => s.header).join(', ')})`;
  }
  if (region.titleKind !== null && region.titleKind !== 'other') return null;
  const roles = new Set(header.slots.map((s) => s.role));
  const values = roles.has('target') || roles.has('initialTarget') || roles.has('actual');
  if (!values && roles.has('level3') && (roles.has('weight') || roles.has('score')) && !header.slots.some((s) => s.unknown)) {
    return 'its indicator block has weights and scores but no target or actual column (a 评分表)';
  }
  return null;
}

/**
 * The table's family: its title's (an indicator header with actual or score columns makes a
 * project table a self-evaluation), else what its rows and captions say: a 项目名称 row or a
 * "项目名称：…" caption above it makes it a project's, an indicator block alone a department's.
 */
export function kindOf(region: Region, header = findIndicatorHeader(region.lines)): TableKind {
  if (unknownFamilyOf(region, header) !== null) return 'other';
  const scored = header?.slots.some((s) => s.role === 'actual' || s.role === 'score') ?? false;
  if (region.titleKind === 'project-self-evaluation' || region.titleKind === 'project-targets') {
    if (header) return scored ? 'project-self-evaluation' : 'project-targets';
    return region.titleKind;
  }
  if (region.titleKind === 'department-targets' && listsProjects(header)) return 'project-targets';
  if (region.titleKind) return region.titleKind;
  if (region.lines.some(isSummaryHeader)) return 'self-evaluation-summary';
  if ((region.lines.some(isProjectAnchor) || region.context.some(namesProject) || listsProjects(header)) && header) return scored ? 'project-self-evaluation' : 'project-targets';
  if (header) return scored ? 'project-self-evaluation' : 'department-targets';
  if (region.lines.some((l) => filled(l).some((c) => FINAL_ACCOUNTS_HEADER.test(c.key)))) return isBudgetTitle(region.title) ? 'other' : 'final-accounts';
  return 'other';
}

/**
 * A web page's headline ("…2022年度项目支出绩效自评结果公开") names a family like a table title, but
 * what follows it before the real table's title is a line or two (发布时间 | 来源), with no
 * indicator header, no project field and no money: not a table.
 */
function isHeadlineOnly(region: Region, header: IndicatorHeader | null): boolean {
  if (header !== null || region.lines.length > 2) return false;
  const isAmount = (key: string) => parseAmountCell(key).value !== null && !/\d{4}-\d/.test(key); // a date (2023-06-12) is no amount
  return !region.lines.some((l) => isProjectAnchor(l) || isFundsHeader(l) || filled(l).some((c) => isAmount(c.key)));
}

/** A title naming a 预算 table and no 决算: its 科目 rows are a budget, not final accounts. */
function isBudgetTitle(title: string | null): boolean {
  const compact = title === null ? '' : matchKey(title);
  return BUDGET_TITLE.test(compact) && !FINAL_ACCOUNTS_WORD.test(compact);
}

/**
 * The pages of a table listing many projects each print the title and header again: such a
 * region continues the one before when both list projects under the same header.
 */
export function joinContinuedRegions(regions: Region[]): Region[] {
  const out: Region[] = [];
  let previous: { region: Region; signature: string } | null = null;
  for (const region of regions) {
    const header = findIndicatorHeader(region.lines);
    const signature = header && listsProjects(header) ? headerSignature(region.lines[header.at]!) : null;
    if (previous && signature !== null && signature === previous.signature && (region.title === null || region.title === previous.region.title)) {
      previous.region.lines.push(...region.lines);
      continue;
    }
    out.push(region);
    previous = signature === null ? null : { region, signature };
  }
  return out;
}

export function recognizeRegion(region: Region, ctx: RecognizeContext): Table[] {
  const header = findIndicatorHeader(region.lines);
  const kind = kindOf(region, header);
  const base = ctx.ocr ? SOURCE_BASE.ocr : region.lines.some((l) => l.grid?.spans === 'real') ? SOURCE_BASE.spans : SOURCE_BASE.text;
  const table = (): Table => ({
    id: '', kind, title: region.title, year: region.year, project: null, funds: null, goals: null,
    indicators: [], total: null, conclusion: null, rows: null, checks: [], confidence: base, flags: [],
    provenance: provenanceOf(region.lines),
  });
  if (!PROJECT_KINDS.includes(kind)) {
    const t = table();
    const unknownFamily = kind === 'other' ? unknownFamilyOf(region, header) : null;
    if (unknownFamily !== null) {
      ctx.diagnostics.push(diag('warning', 'recognize:unknown-family',
        `table "${region.title ?? '(untitled)'}" is not a family the contract knows: ${unknownFamily}; read as rows`, region.lines[0]?.page ?? null));
      t.flags.push('family-unknown');
    }
    const { rows, cells } = readKeyedRows(region.lines);
    t.rows = rows;
    t.provenance.cells = cells;
    if (rows.length === 0) t.flags.push('no-data-rows');
    t.flags.push(...ocrFlags(region.lines));
    t.confidence = confidenceOf(base, t.flags, [], ocrConfidenceOf(region.lines));
    t.checks = auditTable(t);
    return [t];
  }
  if (isHeadlineOnly(region, header)) {
    ctx.diagnostics.push(diag('info', 'recognize:not-a-table',
      `"${region.title}" names a table family but heads no table (${region.lines.length} line(s) under it, no header, project field or funds): a headline, left out`, region.lines[0]?.page ?? null));
    return [];
  }
  const diagnostics: Diagnostic[] = [];
  const reads: (ProjectTable & { lines: Region['lines'] })[] = listsProjects(header)
    ? readProjectBlocks(region.lines, header as IndicatorHeader, unitOfRegion(region), { base, ocr: ctx.ocr, diagnostics, debug: ctx.debug })
      .map((b) => ({ ...b, total: null, conclusion: null, header }))
    : [{ ...recognizeProject(region, { base, ocr: ctx.ocr, diagnostics, debug: ctx.debug }), lines: region.lines }];
  ctx.diagnostics.push(...diagnostics);
  // values on a row of their own no indicator took (a 总分 row whose label OCR garbled): something of the table is lost
  const orphaned = diagnostics.some((d) => d.code === 'layout:orphan-values') ? ['values-orphaned'] : [];
  if (reads.length === 0) {
    // a list of projects none of which could be read is still a table, and says so
    reads.push({ project: null, funds: null, goals: null, indicators: [], total: null, conclusion: null, header, flags: ['no-projects-read'], lines: region.lines });
  }
  const captionDepartment = departmentOfCaptions(region.context);
  return reads.map((read) => {
    const t = table();
    if (read.project && read.project.department === null && captionDepartment.name !== null) {
      read.project.department = captionDepartment.name;
      read.project.departmentCode = captionDepartment.code;
    }
    Object.assign(t, {
      project: kind === 'department-targets' ? null : read.project,
      funds: kind === 'department-targets' ? null : read.funds,
      goals: read.goals, indicators: read.indicators, total: read.total, conclusion: read.conclusion,
    });
    t.provenance = { ...provenanceOf(read.lines), cells: read.cells ?? headerCells(region, read.header) };
    t.flags.push(...read.flags, ...fitFlags(t, read.header), ...orphaned);
    if (kind === 'project-self-evaluation' && region.title !== null && DEPARTMENT_WHOLE_SELF_EVALUATION.test(matchKey(region.title))) {
      // the contract has no kind for a department's whole self-evaluation: say so (flags.ts)
      t.flags.push('department-whole');
      ctx.diagnostics.push(diag('warning', 'recognize:department-whole',
        `table "${region.title}" evaluates a department's whole spending, not a project: the contract has no kind for it; read as a project-self-evaluation`, region.lines[0]?.page ?? null));
    }
    if (read.indicators.length === 0) t.flags.push('no-indicators');
    const mean = read.indicators.length === 0 ? 0.5 : read.indicators.reduce((a, i) => a + i.confidence, 0) / read.indicators.length;
    t.confidence = confidenceOf(Math.min(base, mean + 0.02), t.flags);
    t.checks = auditTable(t);
    return t;
  });
}

/** A table listing many projects: the cells of its indicator header, for each project read from it. */
function headerCells(region: Region, header: IndicatorHeader | null): FieldCells {
  return header ? { header: refsOfLines(region.lines.slice(header.at, header.at + header.rows)) } : {};
}
