/**
 * Log lines for a person (log-format.ts), from lines written by pino itself, and the choice
 * between them and JSON (log.ts, run in a child process as the CLI runs it).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { formatLogLine, logFormat } from '../src/log-format.js';

// 14:03:22 local time, whatever the machine's time zone
const AT = new Date(2025, 0, 2, 14, 3, 22).getTime();

/** The lines a pino logger configured like log.ts writes, at a fixed time. */
function pinoLines(write: (logger: pino.Logger) => void): string[] {
  const lines: string[] = [];
  const logger = pino({ name: 'evaltab', level: 'trace', timestamp: () => `,"time":${AT}` }, { write: (line: string) => { lines.push(line); } });
  write(logger);
  return lines;
}

describe('formatLogLine', () => {
  it('shows time, level, message, then the other fields; strings quoted only when they hold spaces', () => {
    const lines = pinoLines((log) => {
      log.warn({ reason: 'samples/x.fifo: not a regular file' }, 'input skipped');
      log.debug({ file: 'in/a.pdf', status: 'ok', tables: 2, errors: ['input:unreadable'], ocr: false, pages: null }, 'extracted');
      log.info('listening');
    });
    expect(lines.map(formatLogLine)).toEqual([
      '14:03:22 WARN  input skipped  reason="samples/x.fifo: not a regular file"',
      '14:03:22 DEBUG extracted  file=in/a.pdf status=ok tables=2 errors=["input:unreadable"] ocr=false pages=null',
      '14:03:22 INFO  listening',
    ]);
  });

  it('shows an error by its message, and keeps a multi-line string on one line', () => {
    const lines = pinoLines((log) => {
      log.error({ path: 'a b.pdf', err: new RangeError('page 3 out of range') }, 'recognition failed');
      log.warn({ file: 'x.json', err: 'Unexpected token } in JSON' }, 'review file not applied');
      log.fatal({ text: 'line 1\nline 2', empty: '' }, 'odd');
    });
    expect(lines.map(formatLogLine)).toEqual([
      '14:03:22 ERROR recognition failed  path="a b.pdf" err="page 3 out of range"',
      '14:03:22 WARN  review file not applied  file=x.json err="Unexpected token } in JSON"',
      '14:03:22 FATAL odd  text="line 1\\nline 2" empty=""',
    ]);
  });

  it('leaves a line that is not a pino JSON object as it came', () => {
    expect(formatLogLine('not json\n')).toBe('not json');
    expect(formatLogLine('[1,2]')).toBe('[1,2]');
  });
});

describe('logFormat', () => {
  it('is pretty on a terminal, JSON when piped, and EVALTAB_LOG_FORMAT forces either', () => {
    expect(logFormat(undefined, true)).toBe('pretty');
    expect(logFormat(undefined, false)).toBe('json');
    expect(logFormat('json', true)).toBe('json');
    expect(logFormat('pretty', false)).toBe('pretty');
    expect(logFormat('PRETTY', false)).toBe('pretty');
    expect(logFormat('', true)).toBe('pretty');
  });
});

describe('log (src/log.ts) in a process', () => {
  const logModule = fileURLToPath(new URL('../src/log.ts', import.meta.url));
  const warn = (format: string | undefined) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e',
    `const { log } = await import(${JSON.stringify(logModule)}); log.warn({ reason: 'a b', n: 1 }, 'input skipped');`,
  ], { encoding: 'utf8', env: { ...withoutFormat(), EVALTAB_LOG_LEVEL: 'info', ...(format ? { EVALTAB_LOG_FORMAT: format } : {}) } });
  const withoutFormat = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'EVALTAB_LOG_FORMAT'));

  it('writes JSON lines to a piped stderr, as before', () => {
    const { stderr, status } = warn(undefined);
    expect(status).toBe(0);
    expect(JSON.parse(stderr)).toMatchObject({ level: 40, name: 'evaltab', reason: 'a b', n: 1, msg: 'input skipped' });
  });

  it('writes readable lines when EVALTAB_LOG_FORMAT=pretty, with no terminal codes on a pipe', () => {
    const { stderr, status } = warn('pretty');
    expect(status).toBe(0);
    expect(stderr).toMatch(/^\d\d:\d\d:\d\d WARN {2}input skipped {2}reason="a b" n=1\n$/);
  });
});
