/**
 * DOCX path: tables per second and peak memory over the generated DOCX samples (docx
 * package and LibreOffice writers), ingest only and full pipeline; then one large
 * synthetic document (the lanxian sample's body repeated) to show how time and memory
 * grow with document.xml size.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ingest, DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { readZipDirectory, readZipEntry } from '../../src/ingest/docx/zip-reader.js';
import { buildZip } from '../samples/zip-writer.js';
import { fmt, peakRssMb, pipelineRounds, timed } from './measure.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
const files = ['docx', 'docx-lo'].flatMap((dir) => readdirSync(join(samples, dir)).filter((f) => f.endsWith('.docx'))
  .map((f) => ({ path: join(samples, dir, f), bytes: readFileSync(join(samples, dir, f)) })));
const ROUNDS = 20;
const REPEAT = Number(process.env.DOCX_BENCH_REPEAT ?? 100);

const countGrids = (blocks: { type: string }[]) => blocks.filter((b) => b.type === 'grid').length;

let grids = 0;
const ingestOnly = await timed(async () => {
  for (let r = 0; r < ROUNDS; r++) {
    for (const f of files) grids += countGrids((await ingest({ path: f.path, bytes: f.bytes, options: DEFAULT_INGEST_OPTIONS })).blocks);
  }
});
const full = await pipelineRounds(files, ROUNDS);
const { tables, indicators } = full;
const docs = files.length * ROUNDS;
console.log(`docx  ${files.length} files × ${ROUNDS} rounds: ingest ${fmt(grids / (ingestOnly.ms / 1000), 0)} tables/s (${fmt(ingestOnly.ms / docs, 2)} ms/document)`);
console.log(`docx  full pipeline ${fmt(tables / (full.ms / 1000), 0)} tables/s, ${fmt(indicators / (full.ms / 1000), 0)} indicators/s, ${fmt(full.ms / docs, 2)} ms/document`);
console.log(`docx  peak RSS ${fmt(peakRssMb(), 0)} MB after the samples`);

/** The lanxian sample with its body repeated: a document.xml of ~0.4 MB × REPEAT. */
async function largeDocx(): Promise<{ bytes: Uint8Array; xmlMb: number }> {
  const sample = readFileSync(join(samples, 'docx', 'lanxian-police-2024-final-accounts.docx'));
  const entry = readZipDirectory(sample, { maxEntries: 100, maxTotalBytes: 1e9 }).find((e) => e.name === 'word/document.xml')!;
  const xml = Buffer.from(await readZipEntry(sample, entry, 1e9)).toString('utf8');
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const close = xml.lastIndexOf('<w:sectPr');
  const big = xml.slice(0, open) + xml.slice(open, close).repeat(REPEAT) + xml.slice(close);
  return { bytes: buildZip([{ name: 'word/document.xml', data: big }]), xmlMb: Buffer.byteLength(big) / 1024 / 1024 };
}

const { bytes, xmlMb } = await largeDocx();
const large = await timed(() => ingest({ path: 'large.docx', bytes, options: DEFAULT_INGEST_OPTIONS }));
const largeGrids = countGrids(large.result.blocks);
console.log(`docx  large: ${fmt(xmlMb)} MB document.xml (${fmt(bytes.length / 1024 / 1024, 1)} MB zip), ${largeGrids} tables ingested in ${fmt(large.ms / 1000, 2)} s: ${fmt(largeGrids / (large.ms / 1000), 0)} tables/s, ${fmt(xmlMb / (large.ms / 1000), 1)} MB/s`);
console.log(`docx  peak RSS ${fmt(peakRssMb(), 0)} MB after the large document (includes the benchmark's own copies of it)`);
