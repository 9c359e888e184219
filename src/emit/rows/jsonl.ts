/** JSON Lines: one object per row, numbers as numbers, booleans, and JSON arrays (flags) as arrays. */
import { textSink, typed, type DataRow, type OutputColumn, type OutputTarget, type RowWriter } from './row-writer.js';

export function jsonlLine(columns: OutputColumn[], row: DataRow): string {
  return `${JSON.stringify(Object.fromEntries(columns.map((c) => [c.name, typed(c, row[c.name])])))}\n`;
}

export function createJsonlWriter(columns: OutputColumn[], target: OutputTarget): RowWriter {
  const sink = textSink(target);
  return {
    write: (row) => sink.write(jsonlLine(columns, row)),
    close: () => sink.close(),
  };
}
