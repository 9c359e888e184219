/** Where a command writes: main passes the process streams, tests pass their own. */
import type { Writable } from 'node:stream';

export interface Io {
  stdout: Writable;
  stderr: Writable;
  /** stdout is a terminal: print for a person (tables), not for a program (JSON lines) */
  tty: boolean;
  /** width of that terminal */
  columns: number;
}

export const processIo = (): Io => ({
  stdout: process.stdout,
  stderr: process.stderr,
  tty: process.stdout.isTTY === true,
  columns: process.stdout.columns ?? 120,
});
