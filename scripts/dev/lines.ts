/** Developer view of the line stream of any input (first N lines). */
import { readFileSync } from 'node:fs';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { filled, toStream } from '../../src/recognize/stream.js';

const path = process.argv[2]!;
const layout = await ingest({ path, bytes: readFileSync(path), options: DEFAULT_INGEST_OPTIONS });
const [from, to] = [Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 40)];
for (const line of toStream(layout).slice(from, to)) {
  const cells = line.paragraph ? [`¶ ${line.texts[0]}`] : filled(line).map((c) => `${c.col}:${c.text.slice(0, 18)}`);
  console.log(line.index, line.grid?.spans ?? '', cells.join(' | '));
}
