/**
 * Layout-variation suite: re-prints every project table of the corpus goldens in the layouts
 * other regional templates use, so the recognizer is measured on layouts it was not tuned on.
 * Reproducible: the inputs are the goldens of the corpus text files (samples/*.txt) only, their
 * project tables (every kind but final-accounts and self-evaluation-summary: 26 tables), and
 * every choice a variant makes per table comes from a generator seeded with SEED, the variant
 * and the table (test/support/seeded-random.ts).
 *
 *   npx tsx scripts/samples/make-variants.ts          # DOCX, text and PDF (LibreOffice)
 *   npx tsx scripts/samples/make-variants.ts --no-lo  # DOCX and text only (keeps the PDFs there are)
 *
 * Variants (scripts/samples/variants/variants.ts; layout options in scripts/samples/printed-table.ts):
 *   synonyms         header wordings and bracketed qualifiers: 年度指标值（A）, 实际完成值(B), 分值权重（90分）…
 *   permuted         value / weight / score / deviation columns in another order after 三级指标
 *   extra-columns    unknown columns (备注, 数据来源, 指标方向, 评分标准) at seeded positions
 *   repeated-labels  一级/二级 printed on every row instead of merged
 *   split-target     targets in three columns 性质 / 值 / 单位: "≥" | "95" | "%"
 *   labels-above     header fields as a row of labels over a row of values
 *   unit-switch      funds in the other unit (元 ↔ 万元), the unit in the block label, column headers or row labels
 *   no-hierarchy     no 一级/二级 columns at all
 *
 * Outputs (committed, so the evaluation needs no LibreOffice), one sample per variant and format,
 * each holding all 26 tables in corpus order:
 *   samples/variants/variant-<variant>.docx      written with the `docx` package (render-docx.ts: A4 landscape,
 *                                        columns sized to their content)
 *   samples/variants/variant-<variant>.txt       tab-separated rows like a PDF text layer (variants/render-text.ts)
 *   samples/variants/variant-<variant>.pdf       the DOCX printed to PDF by LibreOffice
 *   golden/variant-<variant>.<ext>.golden.json   the full tables: each corpus golden table transformed as the
 *                                        variant transformed its printed content (no-hierarchy: level1,
 *                                        level1Weight, level2 null and category "other"; unit-switch:
 *                                        publishedUnit switched; every other variant: unchanged)
 * Only timestamps inside the DOCX and PDF files change between runs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../test/support/seeded-random.js';
import { corpusGoldenFiles, loadGolden, type GoldenTable } from './golden-model.js';
import { layoutTable } from './printed-table.js';
import { renderDocx } from './render-docx.js';
import { renderText } from './variants/render-text.js';
import { VARIANTS, type StoredTable, type Variant } from './variants/variants.js';

const ROOT = process.cwd();
const GOLDEN = join(ROOT, 'golden');
const OUT = join(ROOT, 'samples/variants');
/** Sample file stem: one prefix, so that `npm run eval variant-` selects the whole suite. */
const stem = (name: string) => `variant-${name}`;
const SEED = 20_240_601;
const SOFFICE_TIMEOUT_MS = 600_000;

/** A project table of a corpus golden, and where it comes from. */
interface SourceTable {
  goldenFile: string;
  index: number;
  table: GoldenTable;
}

const isProjectTable = (t: GoldenTable) => t.kind !== 'final-accounts' && t.kind !== 'self-evaluation-summary';

function sourceTables(): SourceTable[] {
  return corpusGoldenFiles(ROOT).flatMap((goldenFile) =>
    loadGolden(join(GOLDEN, goldenFile)).tables.flatMap((table, index) => (isProjectTable(table) ? [{ goldenFile, index, table }] : [])));
}

/** FNV-1a: a stable 32-bit seed per variant and table, so one table's choices do not depend on the others. */
function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('/')) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

/** "a.txt.golden.json tables 0–3; b.txt.golden.json tables 1–6" */
function provenance(sources: SourceTable[]): string {
  const byFile = new Map<string, number[]>();
  for (const s of sources) byFile.set(s.goldenFile, [...(byFile.get(s.goldenFile) ?? []), s.index]);
  return [...byFile].map(([file, indices]) => {
    const contiguous = indices.every((n, i) => i === 0 || n === indices[i - 1]! + 1);
    const list = contiguous && indices.length > 1 ? `${indices[0]}–${indices.at(-1)}` : indices.join(', ');
    return `${file} table${indices.length > 1 ? 's' : ''} ${list}`;
  }).join('; ');
}

function writeGolden(sampleFile: string, variant: Variant, sources: SourceTable[], tables: StoredTable[]): void {
  const golden = {
    source: sampleFile,
    notes: [
      `Generated by scripts/samples/make-variants.ts (layout-variation suite), variant "${variant.name}": ${variant.description}.`,
      `Tables in order: ${provenance(sources)}; each is that corpus golden table transformed as the variant prints it (never evaltab output).`,
    ],
    tables,
  };
  writeFileSync(join(GOLDEN, `${sampleFile}.golden.json`), `${JSON.stringify(golden, null, 2)}\n`);
}

/** One soffice run converts every file; a private profile lets it run beside another soffice (as make-samples.ts). */
function printWithLibreOffice(docxFiles: string[]): void {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-variants-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', work, ...docxFiles], {
      cwd: work, stdio: ['ignore', 'ignore', 'inherit'], timeout: SOFFICE_TIMEOUT_MS,
    });
    for (const docx of docxFiles) {
      const pdf = docx.replace(/^.*\//, '').replace(/\.docx$/, '.pdf');
      copyFileSync(join(work, pdf), join(OUT, pdf));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const withLibreOffice = !process.argv.includes('--no-lo');
  const sources = sourceTables();
  mkdirSync(OUT, { recursive: true });
  const docxFiles: string[] = [];
  for (const variant of VARIANTS) {
    const printed = sources.map((s) =>
      layoutTable(s.table, variant.options(s.table, seededRandom(seedOf(SEED, variant.name, s.goldenFile, s.index)))));
    const goldenTables = sources.map((s) => variant.golden(structuredClone(s.table)));
    const docx = join(OUT, `${stem(variant.name)}.docx`);
    writeFileSync(docx, await renderDocx(printed, { columnWidths: 'content', landscape: true }));
    writeFileSync(join(OUT, `${stem(variant.name)}.txt`), renderText(printed));
    docxFiles.push(docx);
    const formats = withLibreOffice ? ['docx', 'txt', 'pdf'] : ['docx', 'txt'];
    for (const ext of formats) writeGolden(`${stem(variant.name)}.${ext}`, variant, sources, goldenTables);
    process.stdout.write(`${variant.name}: ${printed.length} tables\n`);
  }
  if (withLibreOffice) printWithLibreOffice(docxFiles);
}

await main();
