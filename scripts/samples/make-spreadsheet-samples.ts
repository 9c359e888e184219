/**
 * Builds spreadsheet renderings of the corpus tables from the golden files (issue #13), laid out
 * as make-samples.ts lays them out for Word, so that the XLSX and XLS paths are measured on the
 * same content as the text samples. Reproducible: the inputs are the goldens of the corpus text
 * files (samples/*.txt) only; the XLSX bytes are too (fixed document dates, ZIP entries
 * re-packed without timestamps); LibreOffice stamps its own save time into each .xls.
 *
 *   npx tsx scripts/samples/make-spreadsheet-samples.ts          # samples/xlsx and samples/xls
 *   npx tsx scripts/samples/make-spreadsheet-samples.ts --no-lo  # samples/xlsx only (no LibreOffice needed)
 *
 * Outputs (committed, so evaluation needs LibreOffice only to read the .xls back):
 *   samples/xlsx/<corpus>.xlsx     written with exceljs, as real 绩效 workbooks are made: one table
 *                                  (one project) per sheet, the title row merged across the table,
 *                                  一级/二级 and header cells really merged, amounts stored as
 *                                  numbers formatted #,##0.00, percentages as fractions formatted
 *                                  0% / 0.0%, dates as dates formatted yyyy"年"m"月"d"日", column
 *                                  widths from the content, a hidden helper column beside each
 *                                  table and a hidden sheet of drop-down lists
 *   samples/xls/<corpus>.xls       that workbook saved by LibreOffice Calc as Excel 97–2003
 *   golden/<sample file>.golden.json  {"sameAs": "<corpus golden>", "tables": [indices]?}
 * Final-accounts tables (决算公开表) are left out, as in make-samples.ts.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readZipDirectory, readZipEntry } from '../../src/ingest/docx/zip-reader.js';
import { corpora, soffice, writeSameAs, type Corpus } from './corpus-samples.js';
import type { GoldenTable } from './golden-model.js';
import { layoutTable } from './printed-table.js';
import type { PrintedCell, PrintedTable } from './table-builder.js';
import { buildZip } from './zip-writer.js';

const ROOT = process.cwd();
const GENERATOR = 'scripts/samples/make-spreadsheet-samples.ts';
/** document properties fixed so that the same goldens give the same bytes */
const SAVED = new Date(Date.UTC(2024, 0, 1));

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFD9E1F2' } };
const FONT = { name: '宋体', size: 10 };

/** A cell as a person types it into Excel, which stores "95%" as 0.95 and "2025年12月31日" as a date. */
interface Typed { value: ExcelJS.CellValue; numFmt?: string }

const DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const PERCENT = /^(0|[1-9]\d{0,5})(?:\.(\d{1,4}))?%$/;
/** no leading zeros (codes keep them as text) and at most 10 integer digits (Excel shows more in E-notation) */
const NUMBER = /^(0|[1-9]\d{0,9})(?:\.(\d{1,6}))?$/;

function typed(text: string, money: boolean): Typed {
  const date = DATE.exec(text);
  if (date) {
    const [, y, m, d] = date;
    return { value: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d ?? 1))), numFmt: d ? 'yyyy"年"m"月"d"日"' : 'yyyy"年"m"月"' };
  }
  const percent = PERCENT.exec(text);
  if (percent) {
    const decimals = percent[2]?.length ?? 0;
    return { value: Number(text.slice(0, -1)) / 100, numFmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%` };
  }
  const number = NUMBER.exec(text);
  if (number) {
    // amounts as 金额 columns are formatted: thousands separators and at least two decimals
    if (money) return { value: Number(text), numFmt: `#,##0.${'0'.repeat(Math.max(2, number[2]?.length ?? 0))}` };
    return { value: Number(text) };
  }
  return { value: text };
}

/** Funds rows of the printed table: those with a cell that starts with a golden funds row label. */
function isFundsRow(cells: PrintedCell[], table: GoldenTable): boolean {
  const labels = table.funds?.rows.map((r) => r.label) ?? [];
  return cells.some((c) => labels.some((label) => c.text.startsWith(label)));
}

/** Excel column width (in widths of "0") for a text: a CJK character is about two. */
const widthOf = (text: string): number =>
  Math.max(0, ...text.split('\n').map((line) => [...line].reduce((n, ch) => n + (ch.codePointAt(0)! < 0x2000 ? 1.1 : 2.1), 0)));

/** Widths from the one-column cells: headers may wrap after 8, text after 24; at least 8. */
function columnWidths(printed: PrintedTable): number[] {
  const widths = new Array<number>(printed.width).fill(8);
  for (const cell of printed.rows.flat()) {
    if (cell.colSpan !== 1) continue;
    widths[cell.col] = Math.max(widths[cell.col]!, Math.min(widthOf(cell.text) + 2, cell.header ? 10 : 26));
  }
  return widths;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(table: GoldenTable, k: number, taken: Set<string>): string {
  const base = (table.project?.name ?? table.title ?? `表${k + 1}`).replace(/[:\\/?*[\]]/g, '').slice(0, 28) || `表${k + 1}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base.slice(0, 26)}(${n})`;
  taken.add(name);
  return name;
}

function addSheet(wb: ExcelJS.Workbook, table: GoldenTable, printed: PrintedTable, name: string): void {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: printed.width > 6 ? 'landscape' : 'portrait' } });
  const width = printed.width;
  // the title and the lines under it, each merged across the table
  printed.paragraphs.forEach((text, i) => {
    const r = i + 1;
    ws.mergeCells(r, 1, r, width);
    const cell = ws.getCell(r, 1);
    cell.value = text;
    cell.font = i === 0 ? { ...FONT, size: 16, bold: true } : FONT;
    cell.alignment = { horizontal: text.startsWith('单位') ? 'right' : 'center', vertical: 'middle' };
  });
  const top = printed.paragraphs.length + 1;
  printed.rows.forEach((cells, i) => {
    const r = top + i;
    const money = isFundsRow(cells, table);
    for (const c of cells) {
      const col = c.col + 1;
      if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(r, col, r + c.rowSpan - 1, col + c.colSpan - 1);
      const { value, numFmt } = c.header ? { value: c.text } : typed(c.text, money);
      const cell = ws.getCell(r, col);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
      for (let rr = r; rr < r + c.rowSpan; rr++) {
        for (let cc = col; cc < col + c.colSpan; cc++) {
          const covered = ws.getCell(rr, cc);
          covered.border = BORDER;
          covered.font = { ...FONT, bold: c.header };
          covered.alignment = { vertical: 'middle', horizontal: typeof value === 'string' && !c.header ? 'left' : 'center', wrapText: true };
          if (c.header) covered.fill = HEADER_FILL;
        }
      }
    }
  });
  columnWidths(printed).forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  // a helper column as templates keep for their formulas (行次), hidden: never read
  const helper = ws.getColumn(width + 1);
  printed.rows.forEach((_, i) => { ws.getCell(top + i, width + 1).value = `行${i + 1}`; });
  helper.hidden = true;
  ws.views = [{ state: 'frozen', ySplit: printed.paragraphs.length, showGridLines: false }];
}

/** The drop-down lists of the 一级/二级 columns, on a sheet the template hides. */
function addListsSheet(wb: ExcelJS.Workbook, tables: GoldenTable[]): void {
  const ws = wb.addWorksheet('下拉选项');
  const level1 = [...new Set(tables.flatMap((t) => t.indicators.map((i) => i.level1)))];
  const level2 = [...new Set(tables.flatMap((t) => t.indicators.flatMap((i) => (i.level2 ? [i.level2] : []))))];
  ws.addRow(['一级指标', '二级指标']);
  for (let k = 0; k < Math.max(level1.length, level2.length); k++) ws.addRow([level1[k] ?? null, level2[k] ?? null]);
  ws.state = 'hidden';
}

async function renderXlsx(c: Corpus): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'evaltab sample generator';
  wb.created = SAVED;
  wb.modified = SAVED;
  const taken = new Set<string>();
  c.tables.forEach((t, k) => addSheet(wb, t, layoutTable(t), sheetName(t, k, taken)));
  addListsSheet(wb, c.tables);
  return repack(Buffer.from(await wb.xlsx.writeBuffer()));
}

/** exceljs (through JSZip) stamps every ZIP entry with the time of writing; the same entries without it. */
async function repack(xlsx: Buffer): Promise<Buffer> {
  const limits = { maxEntries: 1000, maxTotalBytes: 100 * 1024 * 1024 };
  const entries = readZipDirectory(xlsx, limits);
  return buildZip(await Promise.all(entries.map(async (e) => ({ name: e.name, data: await readZipEntry(xlsx, e, limits.maxTotalBytes) }))));
}

function saveAsXls(list: Corpus[]): void {
  const work = mkdtempSync(join(tmpdir(), 'evaltab-spreadsheets-'));
  try {
    soffice(['--convert-to', 'xls', '--outdir', join(work, 'xls'), ...list.map((c) => join(ROOT, 'samples/xlsx', `${c.stem}.xlsx`))], work);
    mkdirSync(join(ROOT, 'samples/xls'), { recursive: true });
    for (const c of list) {
      copyFileSync(join(work, 'xls', `${c.stem}.xls`), join(ROOT, 'samples/xls', `${c.stem}.xls`));
      writeSameAs(ROOT, `${c.stem}.xls`, c, GENERATOR);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const withLibreOffice = !process.argv.includes('--no-lo');
  const list = corpora(ROOT);
  mkdirSync(join(ROOT, 'samples/xlsx'), { recursive: true });
  for (const c of list) {
    writeFileSync(join(ROOT, 'samples/xlsx', `${c.stem}.xlsx`), await renderXlsx(c));
    writeSameAs(ROOT, `${c.stem}.xlsx`, c, GENERATOR);
    process.stdout.write(`${c.stem}: ${c.tables.length} sheets\n`);
  }
  if (withLibreOffice) saveAsXls(list);
}

await main();
