/** Which files a batch reads, and their names relative to the common root (outputs mirror them). */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonRoot, findInputs } from '../../src/batch/walk.js';

const EXT = /\.(txt|pdf)$/i;

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'evaltab-walk-'));
  for (const f of ['a/x.pdf', 'b/x.pdf', 'b/deep/y.txt', 'b/skip.doc', '.hidden/h.txt', 'node_modules/m.txt', 'a/.dot.txt']) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  return root;
}

describe('findInputs', () => {
  it('mirrors the tree under the common root, skipping hidden entries, node_modules and other extensions', async () => {
    const root = tree();
    const { files } = await findInputs([root], EXT);
    expect(files.map((f) => f.rel)).toEqual(['a/x.pdf', 'b/deep/y.txt', 'b/x.pdf']);
    expect(files[0]!.path).toBe(join(root, 'a/x.pdf'));
  });

  it('names two files of the same name by their folders; a single file by its name', async () => {
    const root = tree();
    expect((await findInputs([join(root, 'a/x.pdf'), join(root, 'b/x.pdf')], EXT)).files.map((f) => f.rel)).toEqual(['a/x.pdf', 'b/x.pdf']);
    expect((await findInputs([join(root, 'b/deep/y.txt')], EXT)).files.map((f) => f.rel)).toEqual(['y.txt']);
    expect((await findInputs([join(root, 'a'), join(root, 'b/deep')], EXT)).files.map((f) => f.rel)).toEqual(['a/x.pdf', 'b/deep/y.txt']);
  });

  it('follows symlinks to files and folders, and does not enter a loop', async () => {
    const root = tree();
    const links = join(root, 'links');
    mkdirSync(links);
    symlinkSync(join(root, 'a/x.pdf'), join(links, 'linked.pdf'));
    symlinkSync(join(root, 'b/deep'), join(links, 'deep'));
    symlinkSync(links, join(links, 'loop'));
    symlinkSync(join(root, 'nowhere.pdf'), join(links, 'broken.pdf'));
    const { files, skipped } = await findInputs([links], EXT);
    expect(files.map((f) => f.rel)).toEqual(['deep/y.txt', 'linked.pdf']);
    expect(skipped).toEqual([`${join(links, 'broken.pdf')}: broken symbolic link`, `${join(links, 'loop')}: symbolic link loop, not followed`]);
  });

  it('applies --include / --exclude to files found in folders, not to files named', async () => {
    const root = tree();
    const filter = { include: ['*.pdf'], exclude: ['b/**'] };
    expect((await findInputs([root], EXT, filter)).files.map((f) => f.rel)).toEqual(['a/x.pdf']);
    expect((await findInputs([join(root, 'b/deep/y.txt')], EXT, filter)).files.map((f) => f.rel)).toEqual(['y.txt']);
  });

  it('does not search the output folder when it sits among the inputs', async () => {
    const root = tree();
    mkdirSync(join(root, 'out/_debug'), { recursive: true });
    writeFileSync(join(root, 'out/_debug/x.pdf.page-1.txt'), 'x');
    expect((await findInputs([root], EXT, undefined, [join(root, 'out')])).files.map((f) => f.rel)).toEqual(['a/x.pdf', 'b/deep/y.txt', 'b/x.pdf']);
    expect((await findInputs([root], EXT)).files.map((f) => f.rel)).toContain('out/_debug/x.pdf.page-1.txt');
  });

  it('takes - as standard input, and a missing file as given', async () => {
    const { files } = await findInputs(['-', '/nonexistent/q.txt'], EXT);
    expect(files).toEqual([{ path: '-', rel: 'stdin' }, { path: '/nonexistent/q.txt', rel: 'q.txt' }]);
  });
});

describe('commonRoot', () => {
  it('is the deepest shared folder', () => {
    expect(commonRoot(['/d/a/b', '/d/a/c', '/d/a'])).toBe('/d/a');
    expect(commonRoot(['/x', '/y'])).toBe('/');
  });
});
