/**
 * The formulas of a table, computed where the workbook holds no result for them. Excel saves
 * each formula's last result with it; workbooks written by other programs (report exporters,
 * scripts) often do not, and a 合计 row, an 执行率 or a score would read as empty. What these
 * tables compute is arithmetic over cells of the same sheet: + − × ÷ ^ %, comparisons, SUM,
 * AVERAGE, MIN, MAX, ROUND (UP/DOWN), ABS, IF, IFERROR. Anything else (another sheet, a
 * lookup, text functions) is not computed: `evaluate` gives null and the cell stays empty,
 * with the warning the caller already gives.
 */
import type { CellValue, Worksheet } from 'exceljs';

export type Scalar = number | string | boolean | null;
/** A cell's value by its A1 address on the same sheet (its own formula computed as needed); undefined when it cannot be had. */
export type Lookup = (col: number, row: number) => Scalar | undefined;

class Unsupported extends Error {}

type Tok = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'ref'; col: number; row: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

export function evaluate(formula: string, lookup: Lookup): Scalar {
  try {
    const p = new Parser(tokenize(formula.replace(/^=/, '')), lookup);
    const value = p.expr();
    if (!p.done()) return null;
    const v = scalar(value);
    return typeof v === 'number' && !Number.isFinite(v) ? null : v;
  } catch {
    return null;
  }
}

/**
 * The value of a formula cell of `sheet` that holds no result, computed; null when it cannot
 * be. Cells it refers to are taken at their saved values, or computed the same way (a cycle
 * or a chain deeper than MAX_DEPTH gives null).
 */
export function computeCell(sheet: Worksheet, row: number, col: number): Scalar {
  const active = new Set<string>();
  const valueAt = (c: number, r: number): Scalar | undefined => {
    const key = `${r},${c}`;
    if (active.has(key) || active.size > MAX_DEPTH) return undefined;
    const v: CellValue = sheet.getCell(r, c).value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (v instanceof Date) return undefined;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const saved = (v as { result?: CellValue }).result;
      if (typeof saved === 'number' || typeof saved === 'string' || typeof saved === 'boolean') return saved;
      const formula = (v as { formula?: string }).formula;
      if (!formula) return undefined; // a shared formula's copy: its text is in the master cell, shifted
      active.add(key);
      const computed = evaluate(formula, valueAt);
      active.delete(key);
      return computed ?? undefined;
    }
    return undefined;
  };
  return valueAt(col, row) ?? null;
}

const MAX_DEPTH = 200;

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|"((?:[^"]|"")*)"|\$?([A-Za-z]{1,3})\$?(\d+)(?![\w(])|([A-Za-z_][\w.]*)|(<>|<=|>=|[-+*/^%=<>(),:&]))/y;
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(src);
    if (!m) throw new Unsupported(`cannot read "${src.slice(at)}"`);
    at = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: 'ref', col: colNumber(m[3]), row: Number(m[4]) });
    else if (m[5] !== undefined) out.push({ t: 'name', v: m[5].toUpperCase() });
    else out.push({ t: 'op', v: m[6]! });
  }
  return out;
}

type Value = Scalar | Scalar[];

class Parser {
  private at = 0;
  constructor(private readonly toks: Tok[], private readonly lookup: Lookup) {}

  done(): boolean { return this.at === this.toks.length; }
  private peek(v: string): boolean { const t = this.toks[this.at]; return t?.t === 'op' && t.v === v; }
  private take(v: string): void { if (!this.peek(v)) throw new Unsupported(`expected ${v}`); this.at++; }

  expr(): Value {
    const left = this.additive();
    for (const op of ['<>', '<=', '>=', '=', '<', '>']) {
      if (!this.peek(op)) continue;
      this.at++;
      const a = scalar(left), b = scalar(this.additive());
      const [x, y] = typeof a === 'number' && typeof b === 'number' ? [a, b] : [String(a ?? ''), String(b ?? '')];
      return { '<>': x !== y, '<=': x <= y, '>=': x >= y, '=': x === y, '<': x < y, '>': x > y }[op]!;
    }
    return left;
  }

  private additive(): Value {
    let v = this.term();
    while (this.peek('+') || this.peek('-') || this.peek('&')) {
      const op = (this.toks[this.at++] as { v: string }).v;
      const r = this.term();
      v = op === '&' ? String(scalar(v) ?? '') + String(scalar(r) ?? '') : op === '+' ? num(v) + num(r) : num(v) - num(r);
    }
    return v;
  }

  private term(): Value {
    let v = this.unary();
    while (this.peek('*') || this.peek('/')) {
      const op = (this.toks[this.at++] as { v: string }).v;
      const r = num(this.unary());
      if (op === '/' && r === 0) throw new Unsupported('#DIV/0!');
      v = op === '*' ? num(v) * r : num(v) / r;
    }
    return v;
  }

  private unary(): Value {
    if (this.peek('-')) { this.at++; return -num(this.unary()); }
    if (this.peek('+')) { this.at++; return num(this.unary()); }
    let v = this.primary();
    while (this.peek('^')) { this.at++; v = num(v) ** num(this.primary()); }
    while (this.peek('%')) { this.at++; v = num(v) / 100; }
    return v;
  }

  private primary(): Value {
    const t = this.toks[this.at++];
    if (!t) throw new Unsupported('unexpected end');
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') {
      if (!this.peek(':')) return this.cell(t.col, t.row);
      this.at++;
      const end = this.toks[this.at++];
      if (end?.t !== 'ref') throw new Unsupported('bad range');
      const out: Scalar[] = [];
      for (let r = Math.min(t.row, end.row); r <= Math.max(t.row, end.row); r++) {
        for (let c = Math.min(t.col, end.col); c <= Math.max(t.col, end.col); c++) out.push(this.cell(c, r));
      }
      return out;
    }
    if (t.t === 'op' && t.v === '(') { const v = this.expr(); this.take(')'); return v; }
    if (t.t === 'name' && this.peek('(')) return this.call(t.v);
    if (t.t === 'name' && (t.v === 'TRUE' || t.v === 'FALSE')) return t.v === 'TRUE';
    throw new Unsupported(`unsupported ${JSON.stringify(t)}`);
  }

  private cell(col: number, row: number): Scalar {
    const v = this.lookup(col, row);
    if (v === undefined) throw new Unsupported('cell not available');
    return v;
  }

  private call(name: string): Value {
    this.take('(');
    if (name === 'IF' || name === 'IFERROR') return this.lazy(name);
    const args: Value[] = [];
    if (!this.peek(')')) { do args.push(this.expr()); while (this.peek(',') && ++this.at); }
    this.take(')');
    const numbers = args.flatMap((a) => (Array.isArray(a) ? a : [a])).filter((x): x is number => typeof x === 'number');
    const digits = (i: number) => Math.trunc(num(args[i] ?? 0));
    const round = (x: number, d: number, how: (n: number) => number) => how(Number((x * 10 ** d).toPrecision(15))) / 10 ** d;
    switch (name) {
      case 'SUM': return numbers.reduce((s, x) => s + x, 0);
      case 'AVERAGE': if (numbers.length === 0) throw new Unsupported('#DIV/0!'); return numbers.reduce((s, x) => s + x, 0) / numbers.length;
      case 'MIN': return numbers.length ? Math.min(...numbers) : 0;
      case 'MAX': return numbers.length ? Math.max(...numbers) : 0;
      case 'ABS': return Math.abs(num(args[0] ?? 0));
      case 'ROUND': return round(num(args[0] ?? 0), digits(1), (n) => Math.sign(n) * Math.round(Math.abs(n)));
      case 'ROUNDUP': return round(num(args[0] ?? 0), digits(1), (n) => Math.sign(n) * Math.ceil(Math.abs(n)));
      case 'ROUNDDOWN': return round(num(args[0] ?? 0), digits(1), (n) => Math.trunc(n));
      default: throw new Unsupported(`function ${name}`);
    }
  }

  /** IF and IFERROR compute only the branch they take (the other may divide by zero). */
  private lazy(name: string): Value {
    const start = this.at;
    let first: Value;
    let failed = false;
    try { first = this.expr(); } catch { failed = true; first = null; this.at = this.skipArg(start); }
    const branches: number[] = [];
    while (this.peek(',')) { this.at++; branches.push(this.at); this.at = this.skipArg(this.at); }
    this.take(')');
    const end = this.at;
    const pick = (i: number): Value => {
      if (branches[i] === undefined) return name === 'IF' ? false : '';
      this.at = branches[i]!;
      const v = this.expr();
      this.at = end;
      return v;
    };
    if (name === 'IFERROR') return failed ? pick(0) : first;
    if (failed) throw new Unsupported('condition');
    return scalar(first) ? pick(0) : pick(1);
  }

  /** The token after one argument starting at `from`: at the next comma or closing parenthesis of this call. */
  private skipArg(from: number): number {
    let depth = 0, i = from;
    for (; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (t.t !== 'op') continue;
      if (t.v === '(') depth++;
      else if (t.v === ')') { if (depth === 0) break; depth--; } else if (t.v === ',' && depth === 0) break;
    }
    return i;
  }
}

function scalar(v: Value): Scalar {
  if (Array.isArray(v)) throw new Unsupported('a range where one value is wanted');
  return v;
}

function num(v: Value): number {
  const s = scalar(v);
  if (s === null || s === '') return 0;
  if (typeof s === 'boolean') return s ? 1 : 0;
  const n = typeof s === 'number' ? s : Number(s);
  if (!Number.isFinite(n)) throw new Unsupported('#VALUE!');
  return n;
}
