// Document worker bootstrap: worker threads do not inherit the tsx loader the main thread
// registered, so register it here before loading the TypeScript worker (as src/ocr/worker.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./doc-worker-main.ts');
