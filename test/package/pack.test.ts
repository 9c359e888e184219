/**
 * evaltab as another project gets it: `npm pack`, the tarball installed into a fresh project
 * offline (npm ci from the cache, test/package/consumer-lock.ts), then used from plain Node —
 * no tsx, no TypeScript sources, none of the optional OCR/SQLite packages. Slow (a build and an
 * install, ~30 s): run by `npm run test:package` and by CI, not by `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerLock } from './consumer-lock.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const sample = join(repo, 'samples/liupanshui-police-2023-self-evaluation.txt');
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
const node = (args: string[], cwd: string) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, EVALTAB_LOG_LEVEL: 'silent' } });

let work: string;
let consumer: string;
let tarball: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'evaltab-pack-'));
  consumer = join(work, 'consumer');
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], repo)) as { filename: string }[];
  tarball = join(work, packed[0]!.filename);
  execFileSync('mkdir', [consumer]);
  copyFileSync(tarball, join(consumer, 'evaltab.tgz'));
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { evaltab: 'file:evaltab.tgz' } }));
  const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify(consumerLock(lock, manifest, 'evaltab.tgz', integrity)));
  npm(['ci'], consumer);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('is under 2 MB and holds compiled code, the schema and the README, not sources, samples or tests', () => {
    expect(statSync(tarball).size).toBeLessThan(2 * 1024 * 1024);
    const installed = join(consumer, 'node_modules/evaltab');
    expect(existsSync(join(installed, 'README.md'))).toBe(true);
    expect(existsSync(join(installed, 'dist/document.schema.json'))).toBe(true);
    expect(existsSync(join(installed, 'dist/src/index.d.ts'))).toBe(true);
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json']);
  });

  it('installs none of the optional packages (OCR engines, SQLite) and no tsx', () => {
    const modules = readdirSync(join(consumer, 'node_modules'));
    for (const name of ['tsx', 'onnxruntime-node', 'tesseract.js', 'better-sqlite3', 'typescript']) expect(modules).not.toContain(name);
  });

  it('extracts a sample from plain Node, the result validates against the exported zod schema, the JSON Schema is importable', () => {
    writeFileSync(join(consumer, 'use.mjs'), `
      import { extract, DocumentSchema } from 'evaltab';
      import schema from 'evaltab/document.schema.json' with { type: 'json' };
      const doc = DocumentSchema.parse(await extract(process.argv[2]));
      const table = doc.tables[1];
      console.log(JSON.stringify({ status: doc.status, project: table.project.name, indicators: table.indicators.length, schemaTitle: schema.title }));
    `);
    const out = JSON.parse(node(['use.mjs', sample], consumer));
    // samples/liupanshui-police-2023-self-evaluation.txt, its second table (golden/…txt.golden.json)
    expect(out).toEqual({ status: 'ok', project: '警务技能训练中心装修项目经费', indicators: 10, schemaTitle: 'evaltab Document' });
  });

  it('iterates many inputs with extractMany, in input order, an unreadable one as a failed Document', () => {
    writeFileSync(join(consumer, 'many.mjs'), `
      import { extractMany } from 'evaltab';
      const names = [];
      for await (const doc of extractMany([process.argv[2], 'missing.txt', process.argv[2]], { concurrency: 2 })) names.push(doc.source.path + ':' + doc.status);
      console.log(JSON.stringify(names));
    `);
    expect(JSON.parse(node(['many.mjs', sample], consumer))).toEqual([`${sample}:ok`, 'missing.txt:failed', `${sample}:ok`]);
  });

  it('runs the installed CLI binary', () => {
    const bin = join(consumer, 'node_modules/.bin/evaltab');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(manifest.version);
    const doc = JSON.parse(execFileSync(bin, ['extract', sample, '--quiet'], { encoding: 'utf8' }));
    expect(doc.tables.length).toBe(3);
  });

  it('type-checks a TypeScript consumer against the shipped declarations', () => {
    writeFileSync(join(consumer, 'typed.ts'), `
      import { extract, type Document, type Indicator } from 'evaltab';
      const doc: Document = await extract('a.txt', { ocrEngine: 'none' });
      const first: Indicator | undefined = doc.tables[0]?.indicators[0];
      export const level3: string | null | undefined = first?.level3;
    `);
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    expect(() => node([tsc, '--noEmit', '--strict', '--module', 'nodenext', '--target', 'es2022', '--skipLibCheck', 'typed.ts'], consumer)).not.toThrow();
  });
});
