import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../src/pipeline.js';
import { confidenceOf, SOURCE_BASE } from '../../src/recognize/confidence.js';

const REPAIRS = ['cells-shifted', 'row-merged', 'name-rejoined', 'level1-corrected'] as const;
const FILLS = ['level1-filled', 'level2-filled'];

describe('confidenceOf', () => {
  it('starts from the source base and rounds to three decimals', () => {
    expect(confidenceOf(SOURCE_BASE.text, [])).toBe(0.96);
    expect(confidenceOf(SOURCE_BASE.spans, [])).toBe(0.99);
    expect(confidenceOf(0.9, [], [0.1])).toBe(0.85); // a doubt of 0.1 costs 0.05
  });

  it('charges each distinct flag once', () => {
    expect(confidenceOf(0.96, ['cells-shifted', 'cells-shifted'])).toBe(confidenceOf(0.96, ['cells-shifted']));
  });

  it('charges nothing for routine normalisations (full-width folded, unit spelling)', () => {
    expect(confidenceOf(0.96, ['width-folded', 'unit-normalized'])).toBe(0.96);
  });

  it('charges an unknown flag something', () => {
    expect(confidenceOf(0.96, ['some-new-repair'])).toBeLessThan(0.96);
  });

  it('scales by the OCR word confidence: half of the base at confidence 0', () => {
    expect(confidenceOf(0.88, [], [], 1)).toBe(0.88);
    expect(confidenceOf(0.88, [], [], 0)).toBe(0.44);
    expect(confidenceOf(0.88, [], [], 0.8)).toBe(0.792);
  });

  it('stays within [0.05, 1]', () => {
    expect(confidenceOf(0.2, ['level1-missing', 'cell-unplaced', 'noise-dropped'], [1])).toBe(0.05);
    expect(confidenceOf(1.5, [])).toBe(1);
  });

  it.each(REPAIRS)('a row repaired by %s ranks below a row whose labels were only filled down', (flag) => {
    expect(confidenceOf(SOURCE_BASE.text, [flag])).toBeLessThan(confidenceOf(SOURCE_BASE.text, FILLS));
    expect(confidenceOf(SOURCE_BASE.ocr, [flag])).toBeLessThan(confidenceOf(SOURCE_BASE.ocr, FILLS));
  });

  it('sends an OCR row whose 二级 label was guessed from glued labels to human review (< 0.8)', () => {
    expect(confidenceOf(SOURCE_BASE.ocr, ['level2-inferred'])).toBeLessThan(0.8);
  });
});

describe('confidence on liupanshui-police-2023-self-evaluation.txt', () => {
  const sample = fileURLToPath(new URL('../../samples/liupanshui-police-2023-self-evaluation.txt', import.meta.url));

  it('ranks every repaired indicator below every unrepaired indicator of the same table', async () => {
    const doc = await processFile(sample);
    expect(doc.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(doc.tables).toHaveLength(3);
    for (const table of doc.tables) {
      const repaired = table.indicators.filter((i) => i.flags.some((f) => (REPAIRS as readonly string[]).includes(f)));
      const clean = table.indicators.filter((i) => !repaired.includes(i));
      // every table of the document prints some indicator rows one column left of its header
      expect(repaired.length, table.id).toBeGreaterThan(0);
      expect(clean.length, table.id).toBeGreaterThan(0);
      const worstClean = Math.min(...clean.map((i) => i.confidence));
      for (const i of repaired) expect(i.confidence, `${table.id} ${i.level3} [${i.flags}]`).toBeLessThan(worstClean);
    }
  });

  it('flags the rows the document prints shifted and leaves the rows printed in place unrepaired', async () => {
    const doc = await processFile(sample);
    const byName = new Map(doc.tables.flatMap((t) => t.indicators.map((i) => [`${t.id} ${i.level3}`, i] as const)));
    // line 22: in place under its header; line 30: one column left (the 一级 cell is missing)
    expect(byName.get('t1 依法收押率')!.flags).toEqual([]);
    expect(byName.get('t1 资金使用控制')!.flags).toContain('cells-shifted');
    // line 99: the name is printed in column 0, three columns left of 三级指标
    expect(byName.get('t3 跟踪落实就近就快“点对点”核酸检测')!.flags).toContain('cells-shifted');
    expect(byName.get('t3 系统在线率')!.confidence).toBe(SOURCE_BASE.text);
  });
});
