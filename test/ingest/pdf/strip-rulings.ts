/**
 * Makes the rulings-stripped copies of the LibreOffice PDF samples in
 * test/fixtures/pdf-unruled (unruled.test.ts): the same pages, text and positions, with no
 * table lines, as an unruled table (or one whose borders were set to "none") comes out of
 * a word processor. Every stroked segment ("x y m x y l S", LibreOffice's way of drawing
 * cell borders) is left unpainted ("l n"). Needs qpdf (Debian package qpdf):
 *
 *   npx tsx test/ingest/pdf/strip-rulings.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const from = join(root, 'samples/pdf-lo');
const to = join(root, 'test/fixtures/pdf-unruled');
mkdirSync(to, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'evaltab-strip-'));
try {
  for (const name of readdirSync(from).filter((f) => f.endsWith('-lo.pdf'))) {
    const qdf = join(work, 'in.qdf.pdf'), edited = join(work, 'edited.qdf.pdf'), fixed = join(work, 'fixed.qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(from, name), qdf]);
    // latin1 keeps binary stream bytes as they are
    const text = readFileSync(qdf, 'latin1');
    const stripped = text.replace(/ l S$/gm, ' l n');
    writeFileSync(edited, stripped, 'latin1');
    writeFileSync(fixed, execFileSync('fix-qdf', [edited], { maxBuffer: 1 << 28 }));
    const out = join(to, name.replace(/-lo\.pdf$/, '-lo-unruled.pdf'));
    execFileSync('qpdf', ['--compress-streams=y', '--object-streams=generate', '--deterministic-id', fixed, out]);
    console.log(`${out}: ${(text.match(/ l S$/gm) ?? []).length} stroked segments left unpainted`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
