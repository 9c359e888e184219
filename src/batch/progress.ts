/**
 * Progress on stderr: on a terminal one line redrawn in place (documents done/total, pages
 * read, documents and pages per second, ETA, failures so far); when stderr is not a terminal,
 * a plain line every `everyMs` so logs and CI show the batch is alive. Hand-written: one line
 * is not worth a dependency.
 */
import type { Writable } from 'node:stream';

export interface ProgressState {
  done: number;
  /** pages of the Documents read so far (source.pages; a source without pages counts none) */
  pages: number;
  skipped: number;
  failed: number;
  total: number;
  inFlight: number;
}

export interface ProgressOptions {
  stream: Writable;
  tty: boolean;
  /** plain lines when not a terminal, at most this often (ms) */
  everyMs?: number;
}

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {}

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    const every = this.options.tty ? 100 : (this.options.everyMs ?? 10_000);
    if (!force && now - this.last < every) return;
    this.last = now;
    const line = progressLine(state, (now - this.started) / 1000);
    if (this.options.tty) {
      this.options.stream.write(`\r\x1b[K${line}`);
      this.drawn = true;
    } else {
      this.options.stream.write(`${line}\n`);
    }
  }

  /** Clears the terminal line so the summary starts on a clean one. */
  finish(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}

export function progressLine(s: ProgressState, seconds: number): string {
  const finished = s.done + s.skipped;
  const rate = seconds > 0 ? s.done / seconds : 0;
  const pageRate = seconds > 0 ? s.pages / seconds : 0;
  const left = s.total - finished;
  // the pages still to read are unknown until their documents are opened: the ETA goes by documents
  const eta = rate > 0 ? clock(left / rate) : '–';
  const parts = [`${finished}/${s.total} documents`, `${s.pages} ${s.pages === 1 ? 'page' : 'pages'}`];
  if (s.skipped > 0) parts.push(`${s.skipped} up to date`);
  parts.push(`${s.failed} failed`, `${perSecond(rate)} docs/s`, `${perSecond(pageRate)} pages/s`, `ETA ${eta}`);
  return `evaltab: ${parts.join(' · ')}`;
}

const perSecond = (rate: number): string => rate.toFixed(rate < 10 ? 1 : 0);

const clock = (seconds: number): string => {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
};
