/**
 * A batch: every input through a DocumentProcessor, `concurrency` at a time, in input order;
 * each Document stamped with the evaltab version and handed to `emit` as soon as it is ready.
 * Inputs whose output is up to date are skipped (resume) unless `force`. stop() takes no new
 * input and lets the ones in flight finish; abandon() drops those too (nothing is written for
 * them, so nothing is left half done). A bad input never stops the batch.
 */
import type { Document } from '../contract/schema.js';
import type { ProgressState } from './progress.js';
import { isUpToDate, stampVersion } from './resume.js';
import { count, done, emptySummary, type BatchSummary } from './summary.js';
import { STDIN, type InputFile } from './walk.js';

export class AbandonedError extends Error {
  constructor() {
    super('abandoned');
  }
}

export interface DocumentProcessor {
  process(file: InputFile): Promise<Document>;
  /** drops the documents in flight: their process() promises reject with AbandonedError */
  abandon(): Promise<void>;
  close(): Promise<void>;
}

export interface BatchOptions {
  files: readonly InputFile[];
  concurrency: number;
  version: string;
  /** where an input's output is, for resume; null when outputs are not files (stdout, --db only) */
  outputOf: ((file: InputFile) => string) | null;
  force: boolean;
  processor: DocumentProcessor;
  emit: (document: Document, file: InputFile) => Promise<void>;
  onProgress?: (state: ProgressState, force?: boolean) => void;
  /** after each input: its Document, or null when it was up to date and skipped */
  onDocument?: (file: InputFile, document: Document | null, ms: number) => void;
}

export class Batch {
  private stopping = false;
  private next = 0;
  private inFlight = 0;
  private readonly summary: BatchSummary;
  private readonly started = Date.now();

  constructor(private readonly options: BatchOptions) {
    this.summary = emptySummary(options.files.length, options.version);
  }

  /** Takes no new input; the documents in flight finish and are written. */
  stop(): void {
    this.stopping = true;
  }

  /** Stops, and drops the documents in flight. */
  async abandon(): Promise<void> {
    this.stopping = true;
    await this.options.processor.abandon();
  }

  get stopped(): boolean {
    return this.stopping;
  }

  async run(): Promise<BatchSummary> {
    const lanes = Math.max(1, Math.min(this.options.concurrency, this.options.files.length));
    await Promise.all(Array.from({ length: lanes }, () => this.lane()));
    const s = this.summary;
    s.notStarted = this.options.files.length - this.next;
    s.interrupted = this.stopping && done(s) + s.skipped < s.inputs;
    s.seconds = (Date.now() - this.started) / 1000;
    s.peakRssMb = process.resourceUsage().maxRSS / 1024;
    this.progress(true);
    return s;
  }

  private async lane(): Promise<void> {
    while (!this.stopping && this.next < this.options.files.length) {
      const file = this.options.files[this.next++]!;
      this.inFlight++;
      try {
        await this.one(file);
      } finally {
        this.inFlight--;
      }
      this.progress();
    }
  }

  private async one(file: InputFile): Promise<void> {
    const { outputOf, force, version, processor, emit } = this.options;
    const started = Date.now();
    if (outputOf && !force && file.path !== STDIN && await isUpToDate(outputOf(file), file.path, version)) {
      this.summary.skipped++;
      this.options.onDocument?.(file, null, Date.now() - started);
      return;
    }
    let document: Document;
    try {
      document = stampVersion(await processor.process(file), version);
    } catch (error) {
      if (error instanceof AbandonedError) { this.summary.abandoned++; return; }
      throw error;
    }
    try {
      await emit(document, file);
    } catch (error) {
      this.summary.failures.push({ input: file.rel, error: `emit:failed: ${(error as Error).message}` });
      this.summary.documents.failed++;
      return;
    }
    count(this.summary, document, file.rel);
    this.options.onDocument?.(file, document, Date.now() - started);
  }

  private progress(force = false): void {
    const s = this.summary;
    // pages: counted with the rest of each Document read (summary.ts count)
    this.options.onProgress?.({ done: done(s), pages: s.pages, skipped: s.skipped, failed: s.documents.failed, total: s.inputs, inFlight: this.inFlight }, force);
  }
}
