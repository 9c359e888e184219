/** Where a command writes: main passes the process streams, tests pass their own. */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  /** stdout is a terminal: print for a person (tables), not for a program (JSON lines) */
  tty: boolean;
  /** width of that terminal */
  columns: number;
  /** stderr is a terminal: progress is one line redrawn in place, not periodic lines */
  stderrTty?: boolean;
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  tty: process.stdout.isTTY === true,
  columns: process.stdout.columns ?? 120,
  stderrTty: process.stderr.isTTY === true,
});
