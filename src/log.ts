/** Operator logs (pino) go to stderr; EVALTAB_LOG_LEVEL=silent in tests (style.md §1, §9). */
import { pino } from 'pino';

export const log = pino(
  { name: 'evaltab', level: process.env.EVALTAB_LOG_LEVEL ?? 'info' },
  pino.destination(2),
);
