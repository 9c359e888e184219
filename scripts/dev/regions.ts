import { readFile } from 'node:fs/promises';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { toStream } from '../../src/recognize/stream.js';
import { segment } from '../../src/recognize/segment.js';
import { joinContinuedRegions } from '../../src/recognize/index.js';
import { findIndicatorHeader } from '../../src/recognize/project/indicator-header.js';
const path = process.argv[2]!;
const layout = await ingest({ path, bytes: await readFile(path), options: DEFAULT_INGEST_OPTIONS });
const { regions } = segment(toStream(layout));
for (const r of joinContinuedRegions(regions)) {
  const h = findIndicatorHeader(r.lines);
  console.log(r.title, r.lines.length, r.lines[0]?.page, h ? JSON.stringify({ at: h.at, slots: h.slots.map((s) => `${s.col}:${s.role}`), p: h.projectSlots.map((s) => `${s.col}:${s.role}`) }) : '-');
  if (process.env.LINES && r.title?.includes(process.env.LINES)) for (const l of r.lines.slice(0, Number(process.env.N ?? 12))) console.log('   ', l.page, JSON.stringify(l.texts));
}
