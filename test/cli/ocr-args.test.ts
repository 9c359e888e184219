/** The OCR options of `evaltab extract`. */
import { describe, expect, it } from 'vitest';
import { CliError, parseCli } from '../../src/cli/args.js';

const args = (...argv: string[]) => {
  const parsed = parseCli(['extract', 'a.png', ...argv], 2);
  if (parsed.command !== 'extract') throw new Error(parsed.command);
  return parsed.args;
};

describe('OCR options', () => {
  it('default to paddle, 300 DPI and a pool sized to the machine', () => {
    expect(args()).toMatchObject({ ocrEngine: 'paddle', ocrDpi: 300, ocrWorkers: null });
  });

  it('take an engine, a DPI and a worker count', () => {
    expect(args('--ocr-engine', 'tesseract', '--ocr-dpi', '200', '--ocr-workers', '3')).toMatchObject({ ocrEngine: 'tesseract', ocrDpi: 200, ocrWorkers: 3 });
    expect(args('--ocr-engine', 'none').ocrEngine).toBe('none');
  });

  it('refuse an unknown engine and a bad count as usage errors', () => {
    expect(() => args('--ocr-engine', 'abbyy')).toThrow(CliError);
    expect(() => args('--ocr-engine', 'abbyy')).toThrow(/paddle, tesseract, none/);
    expect(() => args('--ocr-workers', '0')).toThrow(/--ocr-workers must be a whole number ≥ 1/);
  });
});
