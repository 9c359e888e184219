import { describe, expect, it } from 'vitest';
import { isDocumentJson } from '../../src/emit/output-layout.js';

describe('isDocumentJson: what readers of an output take as a Document', () => {
  it('takes a document output, whatever folder it sits in', () => {
    expect(isDocumentJson('out/2024/lanxian-police.pdf.json')).toBe(true);
    expect(isDocumentJson('REPORT.JSON')).toBe(true);
  });

  it('leaves the review files, the batch summary and the debug indexes', () => {
    expect(isDocumentJson('out/lanxian-police.pdf.review.json')).toBe(false);
    expect(isDocumentJson('out/_summary.json')).toBe(false);
    expect(isDocumentJson('out/_debug/lanxian-police.pdf.1a2b3c4d.debug.json')).toBe(false);
    expect(isDocumentJson('out/lanxian-police.pdf.json.tmp')).toBe(false);
  });

  it('keeps a document whose own name merely mentions debug', () => {
    expect(isDocumentJson('out/debug-notes.json')).toBe(true);
  });
});
