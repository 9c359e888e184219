/**
 * PDF path: text-layer pages per second and peak memory, next to `pdftotext -layout`
 * (poppler-utils) on the same files as the baseline, printed as a ratio (target: evaltab
 * no worse than 5× pdftotext's time). pdftotext runs as a process per file, as a user
 * would run it; evaltab is timed in-process once warm (a batch) and as a fresh process per
 * file (the CLI on one file: Node start, module loading and pdf.js JIT warm-up included).
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
import { fmt, peakRssMb, timed } from './measure.js';

const samples = fileURLToPath(new URL('../../samples', import.meta.url));
const ROUNDS = Number(process.env.PDF_BENCH_ROUNDS ?? 5);
const LONG_PAGES = Number(process.env.PDF_BENCH_PAGES ?? 500);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function pdftotextMs(path: string): number | null {
  try {
    return median(Array.from({ length: ROUNDS }, () => {
      const start = performance.now();
      execFileSync('pdftotext', ['-layout', path, '/dev/null'], { stdio: 'ignore' });
      return performance.now() - start;
    }));
  } catch {
    return null; // poppler-utils not installed
  }
}

/** One evaltab ingest in a fresh Node process, wall time as the user sees it. */
function coldProcessMs(path: string): number {
  const script = `import { readFileSync } from 'node:fs'; const { ingestPdf } = await import(${JSON.stringify(join(samples, '../src/ingest/pdf/index.ts'))});`
    + ` await ingestPdf({ path: 'x.pdf', bytes: readFileSync(${JSON.stringify(path)}), options: { maxTextBytes: 1 } });`;
  const start = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: 'ignore' });
  return performance.now() - start;
}

async function ingestMs(path: string, bytes: Uint8Array): Promise<{ ms: number; pages: number; textPages: number }> {
  const runs: number[] = [];
  let pages = 0, textPages = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const { result, ms } = await timed(() => ingestPdf({ path, bytes, options: DEFAULT_INGEST_OPTIONS }));
    runs.push(ms);
    pages = result.pages ?? 0;
    textPages = pages - result.diagnostics.filter((d) => d.code === NO_TEXT_LAYER).length;
  }
  return { ms: median(runs), pages, textPages };
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

const dir = mkdtempSync(join(tmpdir(), 'evaltab-pdf-bench-'));
try {
  const longPath = join(dir, `long-${LONG_PAGES}.pdf`);
  const longBytes = longDocument(LONG_PAGES);
  writeFileSync(longPath, longBytes);
  await ingestPdf({ path: longPath, bytes: buildPdf([{ content: text(50, 50, 'warm-up') }]), options: DEFAULT_INGEST_OPTIONS });
  const startRss = process.memoryUsage().rss / 2 ** 20;
  const long = await timed(() => ingestPdf({ path: longPath, bytes: longBytes, options: DEFAULT_INGEST_OPTIONS }));
  const longBase = pdftotextMs(longPath);
  const ratio = (ms: number, base: number | null) => (base === null ? 'no pdftotext' : `${fmt(ms / base, 1)}× pdftotext (${fmt(base, 0)} ms)`);
  console.log(`pdf   generated ${LONG_PAGES} pages (${fmt(longBytes.length / 2 ** 20, 1)} MB): ${fmt(LONG_PAGES / (long.ms / 1000), 0)} pages/s, ${fmt(long.ms, 0)} ms, ${ratio(long.ms, longBase)}; peak RSS ${fmt(peakRssMb(), 0)} MB (${fmt(startRss, 0)} MB before it: Node, tsx, pdf.js loaded)`);

  const files = ['pdf', 'pdf-lo'].flatMap((sub) => readdirSync(join(samples, sub)).filter((f) => f.endsWith('.pdf')).map((f) => join(samples, sub, f)));
  let allMs = 0, allBase = 0, allPages = 0, allText = 0, allCold = 0;
  for (const path of files) {
    const bytes = new Uint8Array(readFileSync(path));
    const { ms, pages, textPages } = await ingestMs(path, bytes);
    const base = pdftotextMs(path);
    const cold = coldProcessMs(path);
    allMs += ms; allBase += base ?? NaN; allPages += pages; allText += textPages; allCold += cold;
    console.log(`pdf   ${basename(path)}: ${pages} pages (${textPages} with text), warm ${fmt(ms, 0)} ms = ${fmt(textPages / (ms / 1000), 0)} pages/s, ${ratio(ms, base)}; fresh process ${fmt(cold, 0)} ms = ${ratio(cold, base)}`);
  }
  console.log(`pdf   samples: ${allText}/${allPages} text-layer pages, warm ${fmt(allText / (allMs / 1000), 0)} pages/s = ${fmt(allMs / allBase, 1)}× pdftotext; fresh process per file ${fmt(allCold / allBase, 1)}× pdftotext`);
  console.log(`pdf   peak RSS ${fmt(peakRssMb(), 0)} MB after the samples`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
