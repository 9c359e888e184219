/** What a person at a terminal sees from `evaltab search`: a table sized to the terminal. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseSearch } from '../../src/cli/dataset-args.js';
import { runSearch } from '../../src/cli/commands/search.js';
import type { Io } from '../../src/cli/io.js';
import { openDataset } from '../../src/dataset/database.js';
import { loadDocument } from '../../src/dataset/loader.js';
import { displayWidth } from '../../src/emit/rows/terminal.js';
import { documentA, documentB } from '../dataset/handmade.js';

function terminal(columns: number): Io & { text(): string } {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  return { stdout, stderr: new PassThrough(), tty: true, columns, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('search at a terminal', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'evaltab-search-')), 'd.sqlite');
  const db = await openDataset(path);
  for (const doc of [documentA(), documentB()]) loadDocument(db, doc, { evaltabVersion: 'test' });
  db.close();

  it('prints a table of indicators with score, confidence (* below 0.8) and source', async () => {
    const io = terminal(140);
    expect(await runSearch(parseSearch(['满意度', '--db', path]), io)).toBe(0);
    const lines = io.text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^year +project +indicator +target +actual +score +conf +source$/);
    expect(lines.slice(2).map((l) => l.split(/ {2,}/))).toEqual([
      ['2023', '交通监控运维', '群众满意度', '≥90%', '85%', '10/10', '0.70*', 'a.txt:p1'],
      ['2023', '办案装备购置', '使用满意度', '≥90%', '92%', '45/50', '0.95', 'a.txt:p1'],
      ['2024', '惠民补贴发放', '满意度调查', '≥90%', '≥90%', '48/50', '0.60*', 'b.txt:p1'],
    ]);
  });

  it('fits a narrow terminal, cutting long cells, and says how many more there are', async () => {
    const io = terminal(64);
    await runSearch(parseSearch(['满意', '--db', path, '--limit', '2']), io);
    const lines = io.text().trimEnd().split('\n');
    for (const line of lines.slice(0, 4)) expect(displayWidth(line)).toBeLessThanOrEqual(64);
    expect(lines[2]).toContain('…');
    expect(lines[4]).toBe('… 1 more of 3 (--limit 0 shows all, --json or --csv for a file)');
  });

  it('says so when nothing matches', async () => {
    const io = terminal(100);
    await runSearch(parseSearch(['无此指标', '--db', path]), io);
    expect(io.text()).toBe('no indicators match "无此指标"\n');
  });
});
