import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/args.js';
import { statusText, type QueueStatus } from '../../src/queue/status.js';

describe('queue and worker command lines', () => {
  it('reads queue add with its destination and retry policy', () => {
    const parsed = parseCli(['queue', 'add', 'in', '--out', 'out', '--redis', 'redis://h:7000', '--attempts', '5', '--retry-delay', '0.5'], 2);
    expect(parsed).toMatchObject({ command: 'queue add', args: { inputs: ['in'], out: 'out', db: null, redis: 'redis://h:7000', queue: 'evaltab', attempts: 5, retryDelayMs: 500 } });
  });

  it('refuses a queue add that says nowhere to write, standard input, or no inputs', () => {
    expect(() => parseCli(['queue', 'add', 'in'], 2)).toThrow(/needs --out DIR or --db FILE/);
    expect(() => parseCli(['queue', 'add', '-', '--out', 'o'], 2)).toThrow(/standard input/);
    expect(() => parseCli(['queue', 'add', '--out', 'o'], 2)).toThrow(/at least one file/);
    expect(() => parseCli(['queue', 'purge'], 2)).toThrow(/unknown queue command "purge"/);
    expect(() => parseCli(['queue', 'add', 'in', '--out', 'o', '--attempts', '0'], 2)).toThrow(/--attempts must be a whole number ≥ 1/);
  });

  it('reads worker options, defaulting concurrency to the cores', () => {
    const parsed = parseCli(['worker', '--until-empty', '--lock-seconds', '5', '--ocr-engine', 'none'], 6);
    expect(parsed).toMatchObject({ command: 'worker', args: { concurrency: 6, untilEmpty: true, lockMs: 5000, ocrEngine: 'none' } });
    expect(() => parseCli(['worker', 'in/'], 2)).toThrow(/takes no files/);
    expect(() => parseCli(['worker', '--ocr-engine', 'magic'], 2)).toThrow(/--ocr-engine must be one of/);
  });

  it('has help for both', () => {
    expect(parseCli(['queue', '--help'], 2)).toMatchObject({ command: 'help', text: expect.stringContaining('evaltab queue add') });
    expect(parseCli(['worker', '-h'], 2)).toMatchObject({ command: 'help', text: expect.stringContaining('--until-empty') });
  });
});

describe('queue status text', () => {
  it('counts and lists the failed documents with their errors', () => {
    const status: QueueStatus = {
      queue: 'evaltab',
      counts: { waiting: 3, active: 2, delayed: 1, completed: 90, failed: 4 },
      failed: [{ input: 'a/x.pdf', path: '/in/a/x.pdf', attempts: 3, error: 'pdf:unreadable: no pages', failedAt: null }],
      workers: ['m1:12', 'm2:40'],
    };
    expect(statusText(status)).toBe([
      'queue evaltab: 3 waiting · 2 running · 1 to retry · 90 done · 4 failed',
      'workers: m1:12, m2:40',
      'failed (latest 1 of 4):',
      '  a/x.pdf (3 attempts): pdf:unreadable: no pages',
    ].join('\n'));
  });
});
