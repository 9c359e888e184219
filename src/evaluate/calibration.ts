/**
 * Calibration of record confidence against the goldens (issue #9): a record at confidence ≥ 0.9
 * should be right (share right among them), and a wrong record should be sent to review
 * (share of wrong records below 0.8, the review line of the contract).
 */
import type { EvalResult } from './run.js';

export const HIGH = 0.9;
export const REVIEW = 0.8;

export interface Calibration {
  records: number;
  right: number;
  wrong: number;
  /** records at confidence ≥ HIGH, and how many of them are right */
  high: number;
  highRight: number;
  /** wrong records below REVIEW */
  wrongBelowReview: number;
  meanRight: number;
  meanWrong: number;
}

const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

export function calibrationOf(records: { confidence: number; correct: boolean }[]): Calibration {
  const right = records.filter((r) => r.correct).map((r) => r.confidence);
  const wrong = records.filter((r) => !r.correct).map((r) => r.confidence);
  const high = records.filter((r) => r.confidence >= HIGH);
  return {
    records: records.length, right: right.length, wrong: wrong.length,
    high: high.length, highRight: high.filter((r) => r.correct).length,
    wrongBelowReview: wrong.filter((c) => c < REVIEW).length,
    meanRight: mean(right), meanWrong: mean(wrong),
  };
}

/** Share right among records at ≥ 0.9 (1 when there are none). */
export const highPrecision = (c: Calibration) => (c.high === 0 ? 1 : c.highRight / c.high);
/** Share of wrong records below 0.8 (1 when there are none). */
export const wrongCaught = (c: Calibration) => (c.wrong === 0 ? 1 : c.wrongBelowReview / c.wrong);

/**
 * The group a sample is reported in: its format, the variation suite per format, scans per
 * engine. samples/xls are read as the XLSX LibreOffice converts them to (format 'xlsx') and are
 * reported apart, as a format of their own.
 */
export function groupOf(r: Pick<EvalResult, 'sample' | 'format'>, engine: string): string {
  if (r.sample.includes('-scan.')) return `scan:${engine}`;
  const dirs = r.sample.split('/');
  if (dirs.includes('variants')) return `variants:${r.format}`;
  if (dirs.includes('probe')) return `probe:${r.format}`;
  if (dirs.includes('xls')) return 'xls';
  return r.format;
}
