/**
 * What OCR doubted reaches the output (ocr-evidence.ts, project-table.ts, indicators.ts): a
 * header cell OCR read with low confidence (a seal over 项目名称) flags the table, and a strict
 * > / < read by OCR (most often a misread ≥ / ≤) flags its record, each below the review line.
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../src/ir/types.js';
import { REVIEW_LINE } from '../../src/recognize/confidence.js';
import { recognizeRegion } from '../../src/recognize/index.js';
import { segment } from '../../src/recognize/segment.js';
import { toStream } from '../../src/recognize/stream.js';
import { para } from './helpers.js';
import { spanned } from './spanned.js';

const TABLE = [
  '项目名称\t普惠金融专项资金\t<\t<',
  '实施单位\t湖南省财政厅\t<\t<',
  '一级指标\t二级指标\t三级指标\t指标值',
  '产出指标\t数量指标\t贷款发放额\t≥40亿元',
  '^\t质量指标\t贷款回收率\t≥90%',
  '满意度指标\t服务对象满意度指标\t个人满意度\t≥80%',
];

/** The table as OCR gave it, every cell at confidence 0.99 but those `doubt` names. */
function read(doubt: Record<string, number>, edit: (rows: string[]) => string[] = (r) => r) {
  const block = spanned(edit(TABLE));
  if (block.type !== 'grid') throw new Error('grid expected');
  for (const cell of block.grid.cells) cell.source.ocrConfidence = doubt[cell.text] ?? 0.99;
  const layout: Layout = { format: 'pdf', pages: 1, ocr: true, blocks: [para('项目绩效目标表'), block], diagnostics: [] };
  const { regions } = segment(toStream(layout));
  return regions.flatMap((r) => recognizeRegion(r, { ocr: true, diagnostics: [] }));
}

describe('OCR doubts', () => {
  it('a project name OCR doubted sends the table to review and names why', () => {
    const clean = read({})[0]!;
    expect(clean.flags).not.toContain('ocr-low-confidence-header');
    const sealed = read({ 普惠金融专项资金: 0.6 })[0]!;
    expect(sealed.project?.name).toBe('普惠金融专项资金');
    expect(sealed.flags).toContain('ocr-low-confidence-header');
    expect(sealed.confidence).toBeLessThan(REVIEW_LINE);
    expect(clean.confidence).toBeGreaterThan(sealed.confidence);
  });

  it('a strict comparator read by OCR is flagged as a likely misread ≥', () => {
    const tables = read({}, (rows) => rows.map((r) => r.replace('≥90%', '>90%')));
    const [first, second] = tables[0]!.indicators;
    expect(second!.target).toMatchObject({ comparator: '>', number: 90 });
    expect(second!.flags).toContain('ocr-strict-comparator');
    expect(second!.confidence).toBeLessThan(REVIEW_LINE);
    expect(first!.flags).not.toContain('ocr-strict-comparator');
  });
});
