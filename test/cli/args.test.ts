/** The command line grammar: one parser per command, shared filters, usage errors as CliError. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError, parseCli } from '../../src/cli/args.js';
import { evaltabVersion } from '../../src/cli/version.js';

const parse = (...argv: string[]) => parseCli(argv, 4);

describe('parseCli', () => {
  it('reads --version anywhere and help per command', () => {
    expect(parse('--version')).toEqual({ command: 'version' });
    expect(parse('search', '--help')).toMatchObject({ command: 'help', text: expect.stringMatching(/evaltab search \[text\] --db FILE/) });
    expect(parse('--help')).toMatchObject({ command: 'help', text: expect.stringMatching(/Exit status:/) });
  });

  it('parses extract with --db', () => {
    expect(parse('extract', 'samples', '--db', 'd.sqlite')).toMatchObject({ command: 'extract', args: { inputs: ['samples'], db: 'd.sqlite', out: null, concurrency: 4 } });
  });

  it('parses db add, search, export and report with their filters', () => {
    expect(parse('db', 'add', 'out', 'x.json', '--db', 'd.sqlite')).toEqual({ command: 'db add', args: { inputs: ['out', 'x.json'], db: 'd.sqlite', quiet: false } });
    const search = parse('search', '满意度', '--db', 'd', '--year', '2024', '--department', '公安', '--family', 'project-self-evaluation', '--flag', 'actual-copies-target', '--below', '0.8', '--csv');
    expect(search).toEqual({ command: 'search', args: {
      query: '满意度', db: 'd', what: 'indicators', output: 'csv', limit: null, quiet: false,
      filters: { year: 2024, department: '公安', family: 'project-self-evaluation', flag: 'actual-copies-target', below: 0.8, category: null, level1: null },
    } });
    expect(parse('export', '--db', 'd', '--to', 'x.PARQUET', '--what', 'funds')).toMatchObject({ command: 'export', args: { to: 'x.PARQUET', format: 'parquet', what: 'funds' } });
    expect(parse('export', '--db', 'd', '--to', '-', '--format', 'jsonl')).toMatchObject({ args: { to: '-', format: 'jsonl', what: 'indicators' } });
    expect(parse('report', '--db', 'd', '--html', 'r.html', '--category', 'satisfaction')).toMatchObject({ command: 'report', args: { html: 'r.html', top: 10, filters: { category: 'satisfaction' } } });
  });

  it('refuses what it cannot use, naming the problem', () => {
    const fails = (pattern: RegExp, ...argv: string[]) => {
      expect(() => parse(...argv)).toThrow(CliError);
      expect(() => parse(...argv)).toThrow(pattern);
    };
    fails(/unknown command "extrakt"/, 'extrakt', 'a.txt');
    fails(/the command is "db add"/, 'db', 'drop', '--db', 'd');
    fails(/search needs --db/, 'search', '满意度');
    fails(/--family must be one of project-self-evaluation/, 'search', 'x', '--db', 'd', '--family', 'budget');
    fails(/--below is a confidence between 0 and 1/, 'search', 'x', '--db', 'd', '--below', '80');
    fails(/--year must be a whole number/, 'report', '--db', 'd', '--year', '二〇二四');
    fails(/cannot tell the format of "x.xlsx"/, 'export', '--db', 'd', '--to', 'x.xlsx');
    fails(/Unknown option '--colour'/, 'report', '--db', 'd', '--colour');
  });
});

describe('evaltabVersion', () => {
  it('is the version in package.json', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(evaltabVersion()).toBe(manifest.version);
    expect(evaltabVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
