/**
 * Legacy spreadsheets (src/ingest/xlsx/legacy-spreadsheet.ts): OLE files told apart by their
 * root streams (files built here with ole-builder.ts, and a LibreOffice-written sample), the
 * diagnostics without LibreOffice or with a failing one, encrypted workbooks, and, when
 * soffice is installed, a .xls and an .ods read end to end.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type Document } from '../../../src/contract/schema.js';
import { DEFAULT_INGEST_OPTIONS } from '../../../src/ingest/index.js';
import { readOleDirectory } from '../../../src/ingest/office/ole-directory.js';
import { findSoffice } from '../../../src/ingest/office/soffice.js';
import { sniffFormat } from '../../../src/ingest/sniff.js';
import { hasBiffFilePass, makeLegacySpreadsheetIngester } from '../../../src/ingest/xlsx/legacy-spreadsheet.js';
import type { Layout } from '../../../src/ir/types.js';
import { processBytes } from '../../../src/pipeline.js';
import { buildZip } from '../../../scripts/samples/zip-writer.js';
import { biffBof, biffRecord, buildOle } from './ole-builder.js';

const work = mkdtempSync(join(tmpdir(), 'evaltab-legacy-xls-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const codes = (diagnostics: { level: string; code: string }[]) => diagnostics.map((d) => `${d.level} ${d.code}`);
const stream = (name: string, size = 100) => ({ name, data: new Uint8Array(size).fill(7) });
const FILEPASS = biffRecord(0x002f, Buffer.from([1, 0, 1, 0, 1, 0, ...new Array(48).fill(0x5a)])); // RC4, [MS-XLS] §2.4.117

/** A fake soffice: a script that prints this and exits 1 without writing anything. */
function failingSoffice(name: string): string {
  const path = join(work, name);
  writeFileSync(path, '#!/bin/sh\necho "Error: source file could not be loaded" >&2\nexit 1\n');
  chmodSync(path, 0o755);
  return path;
}

describe('telling an OLE spreadsheet from a Word file', () => {
  it('goes by the root streams, whatever the file is called', () => {
    expect(sniffFormat(buildOle([stream('Workbook'), stream('\x05SummaryInformation')]), 'report.doc')).toBe('xls');
    expect(sniffFormat(buildOle([stream('Book')]), 'old-biff5.dat')).toBe('xls');
    expect(sniffFormat(buildOle([stream('WordDocument'), stream('1Table')]), 'report.xls')).toBe('ole');
  });

  it('does not take a workbook embedded in a Word document for the document', () => {
    const word = buildOle([
      stream('WordDocument'), stream('1Table'),
      { name: 'ObjectPool', children: [{ name: '_1234567890', children: [stream('Workbook', 5000), stream('\x01CompObj')] }] },
    ]);
    expect(readOleDirectory(word)!.rootEntries.map((e) => e.name).sort()).toEqual(['1Table', 'ObjectPool', 'WordDocument']);
    expect(sniffFormat(word, 'embedded-chart.xls')).toBe('ole');
  });

  it('uses the name only when the streams say nothing: encrypted packages, unreadable directories', () => {
    const encrypted = buildOle([stream('EncryptionInfo'), stream('EncryptedPackage', 5000)]);
    expect(sniffFormat(encrypted, 'locked.xlsx')).toBe('xls');
    expect(sniffFormat(encrypted, 'locked.docx')).toBe('ole');
    const headerOnly = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(readOleDirectory(headerOnly)).toBeNull();
    expect(sniffFormat(headerOnly, '汇总表.et')).toBe('xls');
    expect(sniffFormat(headerOnly, '汇总表.wps')).toBe('ole');
  });

  it('reads the directory of a workbook LibreOffice wrote', () => {
    const dir = new URL('../../../samples/xls/', import.meta.url);
    const sample = readdirSync(dir).find((f) => f.endsWith('.xls'))!;
    const bytes = readFileSync(new URL(sample, dir));
    expect(readOleDirectory(bytes)!.rootEntries.filter((e) => e.type === 2).map((e) => e.name)).toContain('Workbook');
    expect(sniffFormat(bytes, sample)).toBe('xls');
    expect(hasBiffFilePass(bytes)).toBe(false);
  });

  it('finds an encrypted workbook stream in the mini stream and in regular sectors', () => {
    const small = Buffer.concat([biffBof(), FILEPASS]);
    const large = Buffer.concat([biffBof(), FILEPASS, Buffer.alloc(6000)]);
    expect(hasBiffFilePass(buildOle([stream('\x01CompObj'), { name: 'Workbook', data: small }]))).toBe(true);
    expect(hasBiffFilePass(buildOle([{ name: 'Workbook', data: large }, stream('\x05SummaryInformation')]))).toBe(true);
    const plain = Buffer.concat([biffBof(), biffRecord(0x00e1, Buffer.from([0xb0, 0x04])), Buffer.alloc(6000)]);
    expect(hasBiffFilePass(buildOle([{ name: 'Workbook', data: plain }]))).toBe(false);
  });

  it('recognises an OpenDocument spreadsheet by its mimetype entry', () => {
    const ods = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 }, { name: 'content.xml', data: '<x/>' }]);
    expect(sniffFormat(ods, 'export.zip')).toBe('ods');
    const odt = buildZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 0 }]);
    expect(sniffFormat(odt, 'export.zip')).toBe('zip');
  });
});

describe('legacy spreadsheets without a working LibreOffice', () => {
  const xls = buildOle([{ name: 'Workbook', data: Buffer.concat([biffBof(), Buffer.alloc(5000)]) }]);

  it('asks for libreoffice-calc-nogui when soffice is not on PATH, in a failed Document', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '';
    let doc: Document;
    try {
      expect(await findSoffice()).toBeNull();
      doc = DocumentSchema.parse(await processBytes('old.xls', xls));
    } finally {
      process.env.PATH = saved;
    }
    expect(doc.status).toBe('failed');
    expect(doc.source.format).toBe('xlsx');
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:legacy-needs-libreoffice']);
    expect(doc.diagnostics[0]!.message).toBe('old.xls is a legacy Excel/WPS spreadsheet (.xls/.et); reading it needs LibreOffice to convert it to XLSX: install it (Debian: apt-get install libreoffice-calc-nogui) so that soffice is on PATH');
  });

  it('reports an encrypted (password-protected) workbook without needing LibreOffice', async () => {
    const locked = buildOle([stream('EncryptionInfo', 300), stream('EncryptedPackage', 5000)]);
    const doc = DocumentSchema.parse(await processBytes('locked.xlsx', locked));
    expect(doc.status).toBe('failed');
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:encrypted']);
    expect(doc.diagnostics[0]!.message).toBe('locked.xlsx is an encrypted (password-protected) workbook; remove the password in Excel or WPS and save it again');
  });

  it('names the password as the cause when LibreOffice cannot open an encrypted .xls', async () => {
    const ingest = makeLegacySpreadsheetIngester({ findSoffice: async () => failingSoffice('soffice-a') });
    const locked = buildOle([{ name: 'Workbook', data: Buffer.concat([biffBof(), FILEPASS, Buffer.alloc(5000)]) }]);
    const layout: Layout = await ingest({ path: 'locked.xls', bytes: locked, options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout.diagnostics)).toEqual(['error xlsx:encrypted']);
    expect(layout.diagnostics[0]!.message).toBe('locked.xls is a password-protected (encrypted) .xls that LibreOffice could not open (Error: source file could not be loaded); remove the password in Excel or WPS and save it again');
  });

  it('reports a conversion that produces nothing, with what soffice said', async () => {
    const ingest = makeLegacySpreadsheetIngester({ findSoffice: async () => failingSoffice('soffice-b') });
    const layout = await ingest({ path: 'damaged.et', bytes: xls, options: DEFAULT_INGEST_OPTIONS });
    expect(codes(layout.diagnostics)).toEqual(['error xlsx:legacy-conversion-failed']);
    expect(layout.diagnostics[0]!.message).toBe('damaged.et: converting a legacy Excel/WPS spreadsheet (.xls/.et) with LibreOffice failed: LibreOffice produced no XLSX (exit 1: Error: source file could not be loaded); is it a damaged file?');
  });
});

/** A target table on one sheet, a hidden helper sheet: what a 绩效目标表 workbook looks like. */
async function targetsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('禁毒宣传');
  [
    ['项目绩效目标表', '', '', ''],
    ['项目名称', '禁毒宣传教育经费', '', ''],
    ['主管部门', '某区公安分局', '实施单位', '某区禁毒委员会办公室'],
    ['资金总额（元）', 1234567.8, '', ''],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '宣传活动场次', '≥12场'],
    ['', '质量指标', '宣传覆盖率', 0.9],
    ['', '时效指标', '完成时间', new Date(Date.UTC(2024, 11, 31))],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ].forEach((r) => ws.addRow(r));
  ws.mergeCells('A1:D1');
  ws.mergeCells('B2:D2');
  ws.mergeCells('B4:D4');
  ws.mergeCells('A6:A8');
  ws.getCell('B4').numFmt = '#,##0.00';
  ws.getCell('D7').numFmt = '0%';
  ws.getCell('D8').numFmt = 'yyyy"年"m"月"d"日"';
  const helper = wb.addWorksheet('下拉选项');
  helper.addRow(['产出指标', '效益指标', '满意度指标']);
  helper.state = 'hidden';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const soffice = await findSoffice();

describe.skipIf(!soffice)(`with LibreOffice installed${soffice ? '' : ' — skipped: soffice is not on PATH (Debian: apt-get install libreoffice-calc-nogui)'}`, () => {
  /** The workbook saved by LibreOffice in another format, as a user's older tool would have. */
  const saveAs = async (format: string): Promise<Buffer> => {
    const dir = mkdtempSync(join(work, `${format}-`));
    writeFileSync(join(dir, 'targets.xlsx'), await targetsWorkbook());
    execFileSync(soffice!, ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', format, '--outdir', dir, join(dir, 'targets.xlsx')], { stdio: 'ignore', timeout: 120_000 });
    return readFileSync(join(dir, `targets.${format}`));
  };

  const expectTargets = (doc: Document) => {
    expect(doc.source.format).toBe('xlsx');
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.title).toBe('项目绩效目标表');
    expect(table!.project).toMatchObject({ name: '禁毒宣传教育经费', department: '某区公安分局', implementingUnit: '某区禁毒委员会办公室' });
    expect(table!.funds?.rows[0]?.annualBudget).toBe(1234567.8);
    expect(table!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw])).toEqual([
      ['产出指标', '数量指标', '宣传活动场次', '≥12场'],
      ['产出指标', '质量指标', '宣传覆盖率', '90%'],
      ['产出指标', '时效指标', '完成时间', '2024年12月31日'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    expect(table!.indicators[2]!.target).toMatchObject({ kind: 'date', date: '2024-12-31' });
  };

  it('reads a .xls through a LibreOffice conversion to XLSX: merges, number formats, hidden sheet', async () => {
    const bytes = await saveAs('xls');
    expect(sniffFormat(bytes, 'targets.xls')).toBe('xls');
    const doc = DocumentSchema.parse(await processBytes('targets.xls', bytes));
    expectTargets(doc);
    expect(codes(doc.diagnostics)).toEqual(['info xlsx:converted', 'info xlsx:hidden-sheet']);
    expect(doc.diagnostics[0]!.message).toBe('targets.xls is a legacy Excel/WPS spreadsheet (.xls/.et); read through a LibreOffice conversion to XLSX');
  });

  it('reads an .ods the same way', async () => {
    const bytes = await saveAs('ods');
    expect(sniffFormat(bytes, 'targets.ods')).toBe('ods');
    const doc = DocumentSchema.parse(await processBytes('targets.ods', bytes));
    expectTargets(doc);
    expect(codes(doc.diagnostics)).toEqual(['info xlsx:converted', 'info xlsx:hidden-sheet']);
  });

  it('reports a .xls whose password LibreOffice does not know', async () => {
    const bytes = Buffer.from(await saveAs('xls'));
    // the FilePass record goes right after the BOF, wherever the stream starts (a small one is in the mini stream)
    const directory = readOleDirectory(bytes)!;
    const start = bytes.indexOf(Buffer.from(directory.head(directory.rootEntries.find((e) => e.name === 'Workbook')!, 64)));
    expect(bytes.readUInt16LE(start)).toBe(0x0809);
    FILEPASS.copy(bytes, start + 4 + bytes.readUInt16LE(start + 2));
    expect(hasBiffFilePass(bytes)).toBe(true);
    const doc = DocumentSchema.parse(await processBytes('locked.xls', bytes));
    expect(codes(doc.diagnostics)).toEqual(['error xlsx:encrypted']);
    expect(doc.diagnostics[0]!.message).toContain('password-protected (encrypted) .xls that LibreOffice could not open');
  });
});
