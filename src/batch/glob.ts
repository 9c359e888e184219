/**
 * --include / --exclude patterns. Node 20's path.matchesGlob prints an ExperimentalWarning on
 * stderr and fs.glob is not stable there, so this is a small glob → RegExp of our own:
 * `*` and `?` within a path segment, `**` across segments, `{a,b}` alternatives, `[…]` classes.
 * A pattern without a `/` is matched against the file name alone (`*.pdf`), one with a `/`
 * against the path relative to the inputs' common root (`2023/**`).
 */

export interface GlobFilter {
  include: readonly string[];
  exclude: readonly string[];
}

export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      out += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = pattern.indexOf('}', i);
      if (end < 0) { out += '\\{'; continue; }
      out += `(?:${pattern.slice(i + 1, end).split(',').map(escape).join('|')})`;
      i = end;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) { out += '\\['; continue; }
      const body = pattern.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`, 'i');
}

const escape = (s: string): string => s.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');

/** Compiled once: does a file (its path relative to the root, with `/`) pass the filter? */
export function compileFilter(filter: GlobFilter): (relPath: string) => boolean {
  const compile = (patterns: readonly string[]) => patterns.map((p) => ({ re: globToRegExp(p), onName: !p.includes('/') }));
  const include = compile(filter.include);
  const exclude = compile(filter.exclude);
  const hits = (rules: typeof include, rel: string) => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    return rules.some((r) => r.re.test(r.onName ? name : rel));
  };
  return (rel) => (include.length === 0 || hits(include, rel)) && !hits(exclude, rel);
}
