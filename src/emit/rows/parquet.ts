/**
 * Parquet through hyparquet-writer (pure JS, imported only for .parquet). Columns are typed
 * from the view: DOUBLE for amounts, scores and confidences, INT32 for years, ids and
 * pages, BOOLEAN, and UTF8 strings (JSON arrays as their text); every column nullable.
 * The rows are gathered column by column and written when the export closes.
 */
import { writeFile } from 'node:fs/promises';
import type { BasicType } from 'hyparquet-writer';
import { importOptional } from '../optional.js';
import { write } from '../json.js';
import { typed, type DataRow, type OutputColumn, type OutputTarget, type RowWriter } from './row-writer.js';

const PARQUET_TYPE: Record<OutputColumn['type'], BasicType> = { text: 'STRING', json: 'STRING', real: 'DOUBLE', integer: 'INT32', boolean: 'BOOLEAN' };

export async function createParquetWriter(columns: OutputColumn[], target: OutputTarget): Promise<RowWriter> {
  const { parquetWriteBuffer } = await importOptional('hyparquet-writer', 'Parquet export', () => import('hyparquet-writer'));
  const data: unknown[][] = columns.map(() => []);
  return {
    write: async (row: DataRow) => {
      columns.forEach((c, i) => {
        const v = typed(c, row[c.name]);
        data[i]!.push(c.type === 'json' && v !== null ? JSON.stringify(v) : v);
      });
    },
    close: async () => {
      const buffer = parquetWriteBuffer({
        columnData: columns.map((c, i) => ({ name: c.name, data: data[i]!, type: PARQUET_TYPE[c.type], nullable: true })),
        createdBy: 'evaltab',
      });
      const bytes = new Uint8Array(buffer);
      if ('path' in target) await writeFile(target.path, bytes);
      else await write(target.stream, bytes);
    },
  };
}
