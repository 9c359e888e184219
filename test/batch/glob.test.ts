/** --include / --exclude: our glob → RegExp (Node 20's path.matchesGlob warns on stderr). */
import { describe, expect, it } from 'vitest';
import { compileFilter, globToRegExp } from '../../src/batch/glob.js';

describe('globToRegExp', () => {
  it('reads *, ?, **, {a,b} and [..] the way shells do', () => {
    const m = (pattern: string, path: string) => globToRegExp(pattern).test(path);
    expect(m('*.pdf', 'a.pdf')).toBe(true);
    expect(m('*.pdf', 'dir/a.pdf')).toBe(false);
    expect(m('**/*.pdf', 'a.pdf')).toBe(true);
    expect(m('**/*.pdf', 'x/y/a.pdf')).toBe(true);
    expect(m('2023/**', '2023/a/b.txt')).toBe(true);
    expect(m('2023/**', '2024/a.txt')).toBe(false);
    expect(m('a?.txt', 'ab.txt')).toBe(true);
    expect(m('a?.txt', 'a/.txt')).toBe(false);
    expect(m('*.{pdf,docx}', 'r.DOCX')).toBe(true);
    expect(m('[ab]*.txt', 'b1.txt')).toBe(true);
    expect(m('[!ab]*.txt', 'b1.txt')).toBe(false);
    expect(m('a+b(1).txt', 'a+b(1).txt')).toBe(true);
  });

  it('matches a pattern without / against the file name, one with / against the path', () => {
    const keep = compileFilter({ include: ['*.pdf', 'scans/**'], exclude: ['*-draft.*'] });
    expect(['a.pdf', 'x/b.pdf', 'scans/c.png', 'd.txt', 'x/e-draft.pdf'].filter(keep)).toEqual(['a.pdf', 'x/b.pdf', 'scans/c.png']);
    expect(compileFilter({ include: [], exclude: [] })('anything.txt')).toBe(true);
  });
});
