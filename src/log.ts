/**
 * Operator logs (pino) go to stderr; EVALTAB_LOG_LEVEL=silent in tests (style.md §1, §9).
 * On a terminal they are lines for a person (log-format.ts), piped they are pino's JSON lines;
 * EVALTAB_LOG_FORMAT=json|pretty forces either.
 */
import { isatty } from 'node:tty';
import { pino, type DestinationStream } from 'pino';
import { formatLogLine, logFormat } from './log-format.js';

// isatty(2), not process.stderr.isTTY: document workers (worker threads) import this module too,
// and there process.stderr is a pipe to the main thread (isTTY undefined) while pino writes to
// fd 2 itself, the terminal, so they would print JSON among the readable lines.
const tty = isatty(2);

export const log = pino(
  { name: 'evaltab', level: process.env.EVALTAB_LOG_LEVEL ?? 'info' },
  logFormat(process.env.EVALTAB_LOG_FORMAT, tty) === 'pretty' ? prettyDestination(tty) : pino.destination(2),
);

/**
 * Each JSON line pino writes, reformatted and written to fd 2 synchronously (so it lands in
 * order with the progress line). On a terminal it first clears the line, where the progress
 * line may be drawn (progress.ts redraws it at its next update).
 */
function prettyDestination(tty: boolean): DestinationStream {
  const out = pino.destination({ dest: 2, sync: true });
  const clear = tty ? '\r\x1b[K' : '';
  return { write: (line: string) => { out.write(`${clear}${formatLogLine(line)}\n`); } };
}
