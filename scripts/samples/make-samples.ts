/**
 * Builds DOCX (and LibreOffice-written DOCX and PDF) renderings of the corpus tables from
 * the golden files, so that format ingesters are measured on the same content as the text
 * samples. Reproducible: the inputs are the goldens of the corpus text files (samples/*.txt) only.
 *
 *   npx tsx scripts/samples/make-samples.ts          # samples/docx, samples/docx-lo, samples/pdf-lo
 *   npx tsx scripts/samples/make-samples.ts --no-lo  # samples/docx only (no LibreOffice needed)
 *
 * Outputs (committed, so tests need no LibreOffice):
 *   samples/docx/<corpus>.docx          written with the `docx` package (vMerge/gridSpan merges)
 *   samples/docx-lo/<corpus>-lo.docx    HTML (rowspan/colspan) converted by LibreOffice Writer
 *   samples/pdf-lo/<corpus>-lo.pdf      that DOCX printed to PDF by LibreOffice
 *   golden/<sample file>.golden.json    {"sameAs": "<corpus golden>", "tables": [indices]?}
 * Final-accounts tables (决算公开表) are left out: their multi-row headers are not in the golden.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpora, soffice, writeSameAs, type Corpus } from './corpus-samples.js';
import { layoutTable } from './printed-table.js';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';

const ROOT = process.cwd();
const GENERATOR = 'scripts/samples/make-samples.ts';

function convertWithLibreOffice(list: Corpus[], htmlByStem: Map<string, string>): void {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-samples-'));
  try {
    const htmlFiles = list.map((c) => {
      const file = join(work, `${c.stem}-lo.html`);
      writeFileSync(file, htmlByStem.get(c.stem)!);
      return file;
    });
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'docx'), ...htmlFiles], work);
    const docxFiles = list.map((c) => join(work, 'docx', `${c.stem}-lo.docx`));
    soffice(['--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...docxFiles], work);
    mkdirSync(join(ROOT, 'samples/docx-lo'), { recursive: true });
    mkdirSync(join(ROOT, 'samples/pdf-lo'), { recursive: true });
    for (const c of list) {
      copyFileSync(join(work, 'docx', `${c.stem}-lo.docx`), join(ROOT, 'samples/docx-lo', `${c.stem}-lo.docx`));
      copyFileSync(join(work, 'pdf', `${c.stem}-lo.pdf`), join(ROOT, 'samples/pdf-lo', `${c.stem}-lo.pdf`));
      writeSameAs(ROOT, `${c.stem}-lo.docx`, c, GENERATOR);
      writeSameAs(ROOT, `${c.stem}-lo.pdf`, c, GENERATOR);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const withLibreOffice = !process.argv.includes('--no-lo');
  const list = corpora(ROOT);
  const htmlByStem = new Map<string, string>();
  mkdirSync(join(ROOT, 'samples/docx'), { recursive: true });
  for (const c of list) {
    const printed = c.tables.map((t) => layoutTable(t));
    writeFileSync(join(ROOT, 'samples/docx', `${c.stem}.docx`), await renderDocx(printed));
    writeSameAs(ROOT, `${c.stem}.docx`, c, GENERATOR);
    htmlByStem.set(c.stem, renderHtml(printed, c.stem));
    process.stdout.write(`${c.stem}: ${c.tables.length} tables\n`);
  }
  if (withLibreOffice) convertWithLibreOffice(list, htmlByStem);
}

await main();
