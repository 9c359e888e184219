/** The dataset commands as a user runs them: child processes on a temp dir. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/cli/evaltab.ts', import.meta.url));
const samples = fileURLToPath(new URL('../../samples/', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });

const dir = mkdtempSync(join(tmpdir(), 'evaltab-cli-db-'));
const db = join(dir, 'data.sqlite');
const json = join(dir, 'json');
const countIn = (path: string, table: string) => {
  const handle = new SQLite(path, { readonly: true });
  try {
    return (handle.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    handle.close();
  }
};

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  return records;
}

beforeAll(() => {
  // 六盘水 (3 project tables, 14 + 10 + 12 indicators) and a file that cannot be read
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  copyFileSync(join(samples, 'liupanshui-police-2023-self-evaluation.txt'), join(inputs, 'liupanshui.txt'));
  writeFileSync(join(inputs, 'bad.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const r = run('extract', inputs, '--db', db, '--out', json, '--quiet');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  expect(readdirSync(json).sort()).toEqual(['_summary.json', 'bad.txt.json', 'liupanshui.txt.json']);
});

describe('evaltab extract --db and db add', () => {
  it('loads every Document of extract into the dataset, the unreadable one as failed', () => {
    expect([countIn(db, 'documents'), countIn(db, 'tables'), countIn(db, 'indicators')]).toEqual([2, 3, 36]);
    const handle = new SQLite(db, { readonly: true });
    expect(handle.prepare("SELECT d.status, g.level FROM documents d JOIN diagnostics g ON g.document_id = d.id WHERE d.path LIKE '%bad.txt'").all())
      .toEqual([{ status: 'failed', level: 'error' }]);
    handle.close();
  });

  it('writes no JSON for a single input with --db alone', () => {
    const only = join(dir, 'only.sqlite');
    const r = run('extract', join(samples, 'liupanshui-police-2023-self-evaluation.txt'), '--db', only);
    expect([r.status, r.stdout]).toEqual([0, '']);
    expect(countIn(only, 'indicators')).toBe(36);
  });

  it('adds JSON outputs, reports and skips an invalid file, and replaces on re-adding', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify({ schemaVersion: '1', tables: 'none' }));
    const second = join(dir, 'second.sqlite');
    const r = run('db', 'add', join(json, 'liupanshui.txt.json'), broken, '--db', second);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/skipped .*broken\.json: not an evaltab Document/);
    expect(r.stderr).toMatch(/added 1 document \(3 tables, 36 indicators\)/);
    expect(countIn(second, 'indicators')).toBe(36);
    const again = run('db', 'add', json, '--db', second);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/added 2 documents \(3 tables, 36 indicators; 1 replaced an earlier load\)/);
    expect([countIn(second, 'documents'), countIn(second, 'indicators')]).toEqual([2, 36]);
  });
});

describe('evaltab search', () => {
  it('prints JSON lines to a pipe, CSV with --csv', () => {
    const r = run('search', '满意度', '--db', db);
    expect(r.status).toBe(0);
    const hits = r.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(hits.map((h) => [h.project, h.level3, h.target_raw, h.actual_raw])).toEqual([
      ['项目支出绩效目标自评表', '社会公众或服务对象满意度', '≥95%', '≥95%'],
      ['警务技能训练中心装修项目经费', '民警使用满意度', '≥100%', '≥100%'],
      ['环六国省县乡公路查验点视频监控建设', '疫情防控工作满意度', '稳步提升', '达成年度指标'],
    ]);
    expect(hits[1]).toMatchObject({ weight: 10, score: 10, failed_checks: ['actual-copies-target'], lines_first: expect.any(Number) });
    const csv = run('search', '核酸', '--db', db, '--csv', '--flag', 'actual-copies-target');
    expect(csv.stdout.startsWith('\uFEFFdocument_id,document_path,')).toBe(true);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(1); // the two 核酸 indicators have qualitative targets: nothing copied
  });
});

describe('evaltab export', () => {
  const indicatorsInJson = () => readdirSync(json).filter((f) => f !== '_summary.json')
    .map((f) => JSON.parse(readFileSync(join(json, f), 'utf8')) as { tables: { indicators: unknown[] }[] })
    .reduce((n, d) => n + d.tables.reduce((m, t) => m + t.indicators.length, 0), 0);

  it('writes as many rows as the JSON outputs hold indicators, in CSV, JSONL and Parquet', async () => {
    const expected = indicatorsInJson();
    expect(expected).toBe(36);
    for (const ext of ['csv', 'jsonl', 'parquet']) {
      const r = run('export', '--db', db, '--to', join(dir, `ind.${ext}`));
      expect(r.status).toBe(0);
      expect(r.stderr).toBe(`wrote 36 indicators to ${join(dir, `ind.${ext}`)}\n`);
    }
    const csv = parseCsv(readFileSync(join(dir, 'ind.csv'), 'utf8').slice(1));
    const header = csv[0]!;
    expect(csv).toHaveLength(1 + expected);
    for (const record of csv) expect(record).toHaveLength(header.length);
    const at = (name: string) => header.indexOf(name);
    const row = csv.find((r) => r[at('level3')] === '警务技能训练中心装修')!;
    // ≤3500平方米 target, ≤3692.46平方米 actual, weight 5 scored 0
    expect([row[at('target_number')], row[at('target_unit')], row[at('actual_number')], row[at('weight')], row[at('score')]]).toEqual(['3500', '平方米', '3692.46', '5', '0']);
    expect(row[at('target_raw')]).toBe('≤3500平方米');

    const lines = readFileSync(join(dir, 'ind.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(expected);
    const same = lines.find((l) => l.level3 === '警务技能训练中心装修')!;
    expect([same.target_number, same.actual_number, same.needs_review === true || same.needs_review === false, same.year]).toEqual([3500, 3692.46, true, 2023]);

    const bytes = readFileSync(join(dir, 'ind.parquet'));
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const meta = parquetMetadata(file);
    expect(Number(meta.num_rows)).toBe(expected);
    const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.type]));
    expect([types.year, types.target_number, types.level3, types.needs_review]).toEqual(['INT32', 'DOUBLE', 'BYTE_ARRAY', 'BOOLEAN']);
    const objects = await parquetReadObjects({ file, columns: ['level3', 'target_number', 'score'] });
    expect(objects.find((o) => o.level3 === '警务技能训练中心装修')).toEqual({ level3: '警务技能训练中心装修', target_number: 3500, score: 0 });
  });

  it('exports funds lines with the filters', () => {
    const r = run('export', '--db', db, '--to', '-', '--format', 'jsonl', '--what', 'funds', '--department', '六盘水');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(15); // 5 funds lines in each of the 3 projects
    expect(lines.filter((l) => l.label === '年度资金总额').map((l) => [l.annual_budget, l.executed, l.execution_rate]))
      .toEqual([[7340000, 7340000, 100], [4990000, 4844460.02, 97.08], [1110000, 1110000, 100]]);
  });
});

describe('evaltab report', () => {
  it('prints the audit figures and writes a self-contained HTML page', () => {
    const page = join(dir, 'report.html');
    const r = run('report', '--db', db, '--html', page, '--year', '2023');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${page}\n`);
    // 六盘水: 3 projects, 36 indicators; 执行率 100, 97.08, 100; 11 + 3 + 7 actuals repeat their targets
    expect(r.stdout).toContain('1 document, 3 tables, 3 projects, 36 indicators.');
    expect(r.stdout).toContain('Budget execution rate, % (3 tables with a funds block; mean 99.03, median 100; 0 below 90 %)');
    expect(r.stdout).toContain('Actual value copies the target [actual-copies-target]: 21 in 3 of 3 tables checked');
    const html = readFileSync(page, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/\ssrc=|<link\b/i);
    expect(html).toContain('环六国省县乡公路查验点视频监控建设');
  });

  it('says which command builds a dataset when the file is missing', () => {
    const r = run('report', '--db', join(dir, 'nothing.sqlite'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no dataset at .*nothing\.sqlite: build one with evaltab extract/);
  });
});


describe('output files', () => {
  it('refuses an output it cannot write before doing any work', () => {
    const missing = join(dir, 'no-such-dir', 'x.csv');
    const r = run('export', '--db', db, '--to', missing);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`evaltab: cannot write ${missing}: ENOENT: no such file or directory, open '${missing}'\n`);
  });
});
