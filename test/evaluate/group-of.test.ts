/** The calibration groups eval reports: a format, the variation suite per format, scans per engine, and .xls apart. */
import { describe, expect, it } from 'vitest';
import { groupOf } from '../../src/evaluate/calibration.js';

describe('groupOf', () => {
  it('reports .xls samples as a format of their own although their Documents say xlsx', () => {
    expect(groupOf({ sample: 'samples/xls/liupanshui-police-2023-self-evaluation.xls', format: 'xlsx' }, 'paddle')).toBe('xls');
    expect(groupOf({ sample: 'samples/xlsx/liupanshui-police-2023-self-evaluation.xlsx', format: 'xlsx' }, 'paddle')).toBe('xlsx');
    expect(groupOf({ sample: 'samples/real/shenzhen-songgang-street-2023-project-targets.xlsx', format: 'xlsx' }, 'paddle')).toBe('xlsx');
  });

  it('keeps scans per engine and the variation suite per format', () => {
    expect(groupOf({ sample: 'samples/scan/lanxian-police-2024-final-accounts-scan.pdf', format: 'pdf' }, 'tesseract')).toBe('scan:tesseract');
    expect(groupOf({ sample: 'samples/variants/variant-permuted.docx', format: 'docx' }, 'paddle')).toBe('variants:docx');
    expect(groupOf({ sample: 'samples/docx-lo/changji-police-2021-self-evaluation-cells-lo.docx', format: 'docx' }, 'paddle')).toBe('docx');
  });
});
