/** The flat output formats of the dataset, chosen by name; Parquet's library is loaded only when asked for. */
import { createCsvWriter } from './csv.js';
import { createJsonlWriter } from './jsonl.js';
import type { OutputColumn, OutputTarget, RowWriter } from './row-writer.js';

export type RowFormat = 'csv' | 'jsonl' | 'parquet';

export async function createRowWriter(format: RowFormat, columns: OutputColumn[], target: OutputTarget): Promise<RowWriter> {
  if (format === 'csv') return createCsvWriter(columns, target);
  if (format === 'jsonl') return createJsonlWriter(columns, target);
  const { createParquetWriter } = await import('./parquet.js');
  return createParquetWriter(columns, target);
}

export { csvField, quote } from './csv.js';
export { jsonlLine } from './jsonl.js';
export { displayWidth, renderTable, truncate, type TerminalColumn } from './terminal.js';
export type { DataRow, OutputColumn, OutputTarget, RowWriter } from './row-writer.js';
