/**
 * PDF path: text-layer pages per second and peak memory, next to `pdftotext -layout`
 * (poppler-utils) on the same files as the baseline, printed as a ratio (target: evaltab
 * no worse than 5× pdftotext's time).
 *
 * Ratio = evaltab's median wall time on a file / pdftotext's median wall time on the same
 * file, both measured in this run; for a group of files, the sums of those medians. The
 * runs are interleaved (evaltab, pdftotext, evaltab, …) so that load from other processes
 * on a shared machine falls on both sides alike; the ratio of the two minimums is printed
 * too, as the least disturbed estimate. pdftotext runs as a process per file, as a user
 * would run it. evaltab is measured
 * - warm: in this process, pdf.js loaded and every file ingested once before timing (a
 *   batch: `evaltab extract DIR`);
 * - cold: a fresh Node process per file (the CLI on one file): Node start, tsx, module
 *   loading and pdf.js's JIT warm-up included; the child also reports how much of that
 *   was loading (start-up) and how much the ingest itself.
 * A generated 500-page document (temp file, deleted after) shows throughput on long input.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INGEST_OPTIONS } from '../../src/ingest/index.js';
import { ingestPdf } from '../../src/ingest/pdf/index.js';
import { NO_TEXT_LAYER } from '../../src/ingest/pdf/text-quality.js';
import { buildPdf, cjk, ruledTable, text } from '../../test/ingest/pdf/pdf-writer.js';
import { fmt, peakRssMb } from './measure.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
const ROUNDS = Number(process.env.PDF_BENCH_ROUNDS ?? 7);
const COLD_ROUNDS = Number(process.env.PDF_BENCH_COLD_ROUNDS ?? 3);
const LONG_PAGES = Number(process.env.PDF_BENCH_PAGES ?? 500);
const LONG_ROUNDS = Number(process.env.PDF_BENCH_LONG_ROUNDS ?? 3);

/** Text-layer structure extraction only: pages without a text layer are counted, not OCR'd. */
const OPTIONS = { ...DEFAULT_INGEST_OPTIONS, ocrEngine: 'none' as const };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]): number => Math.min(...xs);

let hasPdftotext = true;
function pdftotextMs(path: string): number {
  if (!hasPdftotext) return NaN;
  const start = performance.now();
  try {
    execFileSync('pdftotext', ['-layout', path, '/dev/null'], { stdio: 'ignore' });
  } catch {
    hasPdftotext = false; // poppler-utils not installed
    return NaN;
  }
  return performance.now() - start;
}

async function ingestMs(path: string, bytes: Uint8Array): Promise<{ ms: number; pages: number; textPages: number }> {
  const start = performance.now();
  const result = await ingestPdf({ path, bytes, options: OPTIONS });
  const ms = performance.now() - start;
  const pages = result.pages ?? 0;
  return { ms, pages, textPages: pages - result.diagnostics.filter((d) => d.code === NO_TEXT_LAYER).length };
}

/** One evaltab ingest in a fresh Node process: wall time as the user sees it, and the child's own split. */
function coldProcess(path: string): { ms: number; loadMs: number; ingestMs: number } {
  const script = `const t0 = performance.now(); import { readFileSync } from 'node:fs';`
    + ` const { ingestPdf } = await import(${JSON.stringify(join(samples, '../src/ingest/pdf/index.ts'))});`
    + ` const t1 = performance.now();`
    + ` await ingestPdf({ path: 'x.pdf', bytes: readFileSync(${JSON.stringify(path)}), options: { maxTextBytes: 1, ocrEngine: 'none', ocrDpi: 300, ocrWorkers: 1 } });`
    + ` process.stdout.write(JSON.stringify({ boot: t0, load: t1 - t0, ingest: performance.now() - t1 }));`;
  const start = performance.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const ms = performance.now() - start;
  const child = JSON.parse(out) as { boot: number; load: number; ingest: number };
  // boot: Node and tsx start-up before the script ran (the child's clock starts with the process)
  return { ms, loadMs: child.boot + child.load, ingestMs: child.ingest };
}

/** A long ruled document: every page a table of 30 rows continuing the one before. */
function longDocument(pages: number): Uint8Array {
  return buildPdf(Array.from({ length: pages }, (_, p) => ({
    content: (p === 0 ? cjk(200, 800, '一般公共预算财政拨款支出决算表', 14) : '') + ruledTable({
      x: 40, top: 780, colWidths: [50, 200, 90, 90, 90], rowHeight: 24,
      rows: [['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ...Array.from({ length: 30 }, (_, r) => [`${201 + r}`, `行政事业单位支出第${r + 1}项`, `${p},${r}00.00`, `${r}.50`, `${p}.25`])],
    }) + text(290, 20, String(p + 1)),
  })));
}

interface Measured {
  name: string;
  group: string;
  pages: number;
  textPages: number;
  warm: number[];
  base: number[];
  cold: { ms: number; loadMs: number; ingestMs: number }[];
}

const ratio = (ms: number, base: number) => (Number.isNaN(base) ? 'n/a (no pdftotext: apt-get install poppler-utils)' : `${fmt(ms / base, 1)}×`);
const range = (xs: number[]) => `${fmt(median(xs), 0)} ms [${fmt(min(xs), 0)}–${fmt(Math.max(...xs), 0)}]`;

function report(m: Measured): void {
  const w = median(m.warm), b = median(m.base);
  const cold = m.cold.length > 0
    ? `; cold ${fmt(median(m.cold.map((c) => c.ms)), 0)} ms = ${ratio(median(m.cold.map((c) => c.ms)), b)} (start-up ${fmt(median(m.cold.map((c) => c.loadMs)), 0)} ms, ingest ${fmt(median(m.cold.map((c) => c.ingestMs)), 0)} ms)`
    : '';
  const vs = Number.isNaN(b) ? '' : `; pdftotext ${range(m.base)}; warm ${ratio(w, b)} pdftotext (of minimums ${ratio(min(m.warm), min(m.base))})`;
  console.log(`pdf   ${m.name}: ${m.pages} pages (${m.textPages} with text), warm ${range(m.warm)} = ${fmt(m.textPages / (w / 1000), 0)} pages/s${vs}${cold}`);
}

function groupLine(group: string, ms: Measured[]): void {
  const sum = (f: (m: Measured) => number) => ms.reduce((s, m) => s + f(m), 0);
  const warm = sum((m) => median(m.warm)), base = sum((m) => median(m.base));
  const warmMin = sum((m) => min(m.warm)), baseMin = sum((m) => min(m.base));
  const cold = ms.every((m) => m.cold.length > 0) ? `; cold ${ratio(sum((m) => median(m.cold.map((c) => c.ms))), base)}` : '';
  if (Number.isNaN(base)) return; // the groups only compare with pdftotext
  console.log(`pdf   group ${group} (${ms.length} file${ms.length > 1 ? 's' : ''}, ${sum((m) => m.pages)} pages): warm ${ratio(warm, base)} pdftotext (of minimums ${ratio(warmMin, baseMin)})${cold}`);
}

const dir = mkdtempSync(join(tmpdir(), 'evaltab-pdf-bench-'));
try {
  console.log(`pdf   ratio = evaltab median wall time / pdftotext -layout median wall time, same files, runs interleaved in this run; ${ROUNDS} warm rounds, ${COLD_ROUNDS} fresh processes per file`);
  const startRss = process.memoryUsage().rss / 2 ** 20;
  const longPath = join(dir, `long-${LONG_PAGES}.pdf`);
  const longBytes = longDocument(LONG_PAGES);
  writeFileSync(longPath, longBytes);
  await ingestPdf({ path: longPath, bytes: buildPdf([{ content: text(50, 50, 'warm-up') }]), options: OPTIONS });
  const long: Measured = { name: `generated ${LONG_PAGES} pages (${fmt(longBytes.length / 2 ** 20, 1)} MB)`, group: 'generated', pages: LONG_PAGES, textPages: LONG_PAGES, warm: [], base: [], cold: [] };
  for (let r = 0; r < LONG_ROUNDS; r++) {
    long.warm.push((await ingestMs(longPath, longBytes)).ms);
    long.base.push(pdftotextMs(longPath));
  }
  const longRss = peakRssMb();

  const groupOf = (path: string): string =>
    path.includes('/pdf-lo/') ? 'LibreOffice' : /final-accounts/.test(path) ? 'real 决算' : 'real budget';
  const files = ['pdf', 'pdf-lo'].flatMap((sub) => readdirSync(join(samples, sub)).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, sub, f)));
  const measured: Measured[] = [];
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const first = await ingestMs(path, bytes); // warm-up
    measured.push({ name: basename(path), group: groupOf(path), pages: first.pages, textPages: first.textPages, warm: [], base: [], cold: [] });
  }
  const bytesOf = new Map(files.map((p) => [p, new Uint8Array(readFileSync(p))]));
  for (let r = 0; r < ROUNDS; r++) {
    files.forEach((path, i) => { measured[i]!.base.push(pdftotextMs(path)); });
    for (const [i, path] of files.entries()) measured[i]!.warm.push((await ingestMs(path, bytesOf.get(path)!)).ms);
  }
  for (let r = 0; r < COLD_ROUNDS; r++) {
    files.forEach((path, i) => {
      measured[i]!.cold.push(coldProcess(path));
      measured[i]!.base.push(pdftotextMs(path));
    });
  }

  report(long);
  console.log(`pdf   peak RSS ${fmt(longRss, 0)} MB after the generated document (${fmt(startRss, 0)} MB before it: Node, tsx, pdf.js loaded)`);
  for (const m of measured) report(m);
  for (const group of ['real 决算', 'real budget', 'LibreOffice']) groupLine(group, measured.filter((m) => m.group === group));
  groupLine('generated', [long]);
  const textPages = measured.reduce((s, m) => s + m.textPages, 0), pages = measured.reduce((s, m) => s + m.pages, 0);
  const warm = measured.reduce((s, m) => s + median(m.warm), 0);
  console.log(`pdf   samples: ${textPages}/${pages} text-layer pages, warm ${fmt(textPages / (warm / 1000), 0)} pages/s`);
  groupLine('all samples', measured);
  console.log(`pdf   peak RSS ${fmt(peakRssMb(), 0)} MB after the samples`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
