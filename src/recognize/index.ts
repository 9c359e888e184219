/**
 * Stage "recognize": region → contract Table. Chooses the family from the printed title
 * and, failing that, from what the table contains.
 */
import type { Diagnostic, Table, TableKind } from '../contract/schema.js';
import { auditTable } from '../audit/checks.js';
import { confidenceOf, SOURCE_BASE } from './confidence.js';
import { recognizeProject } from './project/project-table.js';
import { findIndicatorHeader } from './project/indicator-header.js';
import { ocrConfidenceOf, ocrFlags } from './ocr-evidence.js';
import { provenanceOf } from './provenance.js';
import { readKeyedRows } from './rows-table.js';
import { isProjectAnchor, isSummaryHeader, type Region } from './segment.js';
import { filled } from './stream.js';

export interface RecognizeContext {
  ocr: boolean;
  diagnostics: Diagnostic[];
}

const PROJECT_KINDS: TableKind[] = ['project-self-evaluation', 'project-targets', 'department-targets'];

export function kindOf(region: Region): TableKind {
  const header = findIndicatorHeader(region.lines);
  const scored = header?.slots.some((s) => s.role === 'actual' || s.role === 'score') ?? false;
  if (region.titleKind === 'project-self-evaluation' || region.titleKind === 'project-targets') {
    if (header) return scored ? 'project-self-evaluation' : 'project-targets';
    return region.titleKind;
  }
  if (region.titleKind) return region.titleKind;
  if (region.lines.some(isSummaryHeader)) return 'self-evaluation-summary';
  if (region.lines.some(isProjectAnchor) && header) return scored ? 'project-self-evaluation' : 'project-targets';
  if (header) return scored ? 'project-self-evaluation' : 'department-targets';
  if (region.lines.some((l) => filled(l).some((c) => /^科目(代码|编码|名称)$/.test(c.key)))) return 'final-accounts';
  return 'other';
}

export function recognizeRegion(region: Region, id: string, ctx: RecognizeContext): Table {
  const kind = kindOf(region);
  const base = ctx.ocr ? SOURCE_BASE.ocr : region.lines.some((l) => l.grid?.spans === 'real') ? SOURCE_BASE.spans : SOURCE_BASE.text;
  const table: Table = {
    id, kind, title: region.title, year: region.year, project: null, funds: null, goals: null,
    indicators: [], total: null, conclusion: null, rows: null, checks: [], confidence: base, flags: [],
    provenance: provenanceOf(region.lines),
  };
  if (PROJECT_KINDS.includes(kind)) {
    const diagnostics: Diagnostic[] = [];
    const read = recognizeProject(region.lines, region.context, { base, ocr: ctx.ocr, diagnostics });
    Object.assign(table, {
      project: kind === 'department-targets' ? null : read.project,
      funds: kind === 'department-targets' ? null : read.funds,
      goals: read.goals, indicators: read.indicators, total: read.total, conclusion: read.conclusion,
    });
    table.flags.push(...read.flags);
    ctx.diagnostics.push(...diagnostics.map((d) => ({ ...d, message: `${id}: ${d.message}` })));
    if (read.indicators.length === 0) table.flags.push('no-indicators');
    const weakest = read.indicators.length === 0 ? 0.5 : read.indicators.reduce((a, i) => a + i.confidence, 0) / read.indicators.length;
    table.confidence = confidenceOf(Math.min(base, weakest + 0.02), table.flags);
  } else {
    const { rows } = readKeyedRows(region.lines);
    table.rows = rows;
    if (rows.length === 0) table.flags.push('no-data-rows');
    table.flags.push(...ocrFlags(region.lines));
    table.confidence = confidenceOf(base, table.flags, [], ocrConfidenceOf(region.lines));
  }
  table.checks = auditTable(table);
  return table;
}
