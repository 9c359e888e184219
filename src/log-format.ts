/**
 * Log lines for a person: pino writes one JSON object per line; on a terminal each is shown as
 * `14:03:22 WARN  input skipped  reason="not a file"` — local time, level, message, then the
 * other fields as key=value. Hand-written (pino-pretty is not a dependency, and this is all of it
 * we need); when stderr is not a terminal the JSON lines are left exactly as pino wrote them.
 */

export type LogFormat = 'json' | 'pretty';

/** pino's numeric levels (pino/lib/constants.js) */
const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** the same on every line of one run, so not worth a column */
const HIDDEN = new Set(['time', 'level', 'msg', 'pid', 'hostname', 'name', 'v']);

/** EVALTAB_LOG_FORMAT=json|pretty forces a format; otherwise pretty exactly when stderr is a terminal. */
export function logFormat(setting: string | undefined, tty: boolean): LogFormat {
  const forced = setting?.trim().toLowerCase();
  if (forced === 'json' || forced === 'pretty') return forced;
  return tty ? 'pretty' : 'json';
}

/** One pino JSON line (trailing newline optional) as one line for a person, without a newline. */
export function formatLogLine(line: string): string {
  const text = line.replace(/\r?\n$/, '');
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return text; // not pino's: shown as it came
  }
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return text;
  const record = entry as Record<string, unknown>;
  const head = [
    typeof record.time === 'number' ? clock(record.time) : '--:--:--',
    levelName(record.level).padEnd(5),
    typeof record.msg === 'string' ? record.msg : '',
  ].join(' ');
  const fields = Object.entries(record)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${fieldValue(value)}`);
  return fields.length > 0 ? `${head}  ${fields.join(' ')}` : head;
}

function levelName(level: unknown): string {
  if (typeof level === 'number') return LEVELS[level] ?? `L${level}`;
  return typeof level === 'string' ? level.toUpperCase() : '?';
}

const clock = (ms: number): string => {
  const t = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`;
};

/**
 * Strings bare unless they hold whitespace, quotes or nothing (then JSON-quoted, so a newline
 * stays on the line); an error as serialized by pino ({type, message, stack}) by its message;
 * other objects and arrays as compact JSON.
 */
function fieldValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"]+$/.test(value) ? value : JSON.stringify(value);
  if (isSerializedError(value)) return fieldValue(value.message);
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const isSerializedError = (value: unknown): value is { message: string } =>
  value !== null && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string' &&
  ('stack' in value || 'type' in value);
