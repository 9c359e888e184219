/** The emit stage: Documents to JSON or a SQLite dataset; dataset rows to CSV, JSONL, Parquet or a terminal table. */
export { closeAll, emitAll, type DocumentEmitter } from './emitter.js';
export { createJsonEmitter, documentJson, jsonPathOf, type JsonTarget } from './json.js';
export { createSqliteEmitter } from './sqlite.js';
export { importOptional, MissingPackageError } from './optional.js';
