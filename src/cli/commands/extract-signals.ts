/**
 * Ctrl-C (SIGINT) and SIGTERM during a batch: the first stops taking new inputs and lets the
 * documents in flight finish and be written; the second abandons them (nothing is written
 * for them: outputs are atomic). Either way the batch ends normally, with its summary and
 * the word on how to resume. Returns the function that removes the handlers.
 */
import type { Batch } from '../../batch/run-batch.js';
import type { Io } from '../io.js';

export function onSignals(batch: Batch, io: Io, quiet: boolean): () => void {
  let count = 0;
  const handler = (signal: NodeJS.Signals) => {
    count++;
    if (count === 1) {
      if (!quiet) io.stderr.write(`\nevaltab: ${signal}: finishing the documents in flight, then stopping (again to abandon them)\n`);
      batch.stop();
    } else if (count === 2) {
      if (!quiet) io.stderr.write(`\nevaltab: ${signal}: abandoning the documents in flight\n`);
      void batch.abandon();
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
