import { readFileSync } from 'node:fs';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { closeSharedPools } from '../../src/ocr/pool.js';
const path = process.argv[2]!;
const layout = await ingest({ path, bytes: readFileSync(path), options: { ...DEFAULT_INGEST_OPTIONS, ocrEngine: (process.argv[3] ?? 'paddle') as 'paddle' } });
for (const b of layout.blocks) {
  if (b.type === 'paragraph') console.log('P', b.paragraph.page, b.paragraph.text);
  else { console.log('G', b.grid.page, b.grid.rowCount, 'x', b.grid.colCount, b.grid.spans);
    for (const c of b.grid.cells.slice(0, Number(process.argv[4] ?? 400))) console.log('  ', c.row, c.col, c.rowSpan, c.colSpan, JSON.stringify(c.text), c.source.ocrConfidence?.toFixed(3), c.source.ocrFixes.join(','), JSON.stringify(c.source.bbox)); }
}
console.log(layout.diagnostics);
await closeSharedPools();
