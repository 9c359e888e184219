/**
 * Bytes → string for HTML, after the HTML encoding-sniffing steps a browser takes (WHATWG
 * HTML §13.2.3): a byte-order mark wins; else a charset declared in the first few KB
 * (<meta charset>, <meta http-equiv="Content-Type" content="…; charset=gb2312">, or an
 * XHTML page's <?xml encoding?>); else UTF-8 when the bytes are valid UTF-8; else the text
 * ingester's byte heuristic (src/ingest/text/decode.ts), which recognises GB18030.
 *
 * Chinese government pages declare gb2312 or gbk and often use characters outside GB2312
 * (生僻字 in names): every GB label is decoded as GB18030, its superset, as browsers do
 * (WHATWG Encoding maps gb2312 and gbk to the GBK decoder, which is GB18030's). A page saved
 * again as UTF-8 by an editor usually keeps its old <meta charset=gb2312>: bytes that are
 * valid UTF-8 with non-ASCII text are read as UTF-8 whatever the declaration, with a warning.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';
import { decodeText } from '../text/decode.js';

export interface DecodedHtml {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

/** How far into the file a charset declaration is looked for (browsers stop at 1024 bytes; saved pages put comments first). */
const PRESCAN_BYTES = 4096;

const GB_ENCODINGS = new Set(['gbk', 'gb18030']);

/** The charset label declared in the first bytes, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const m = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (m) return m[1]!;
  }
  return null;
}

/** The WHATWG encoding name a label stands for (GB labels → gb18030; utf-16 in a meta means utf-8), or null if unknown. */
export function encodingOfLabel(label: string): string | null {
  let name: string;
  try {
    name = new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
  if (GB_ENCODINGS.has(name)) return 'gb18030';
  // WHATWG HTML: a declaration of UTF-16 in an ASCII-compatible page is a mistake for UTF-8
  if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
  return name;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const replacements = (s: string) => s.match(/\uFFFD/g)?.length ?? 0;
// eslint-disable-next-line no-control-regex
const hasNonAscii = (s: string) => /[^\x00-\x7f]/.test(s);

const used = (encoding: string, why: string) => diag('info', 'html:encoding', `decoded as ${encoding} (${why})`);

/** Decode with a declared encoding; a warning when the bytes say otherwise or do not decode. */
function decodeDeclared(bytes: Uint8Array, label: string, encoding: string): DecodedHtml {
  const utf8 = encoding === 'utf-8' ? null : strictUtf8(bytes);
  if (utf8 !== null && hasNonAscii(utf8)) {
    return {
      text: utf8, encoding: 'utf-8',
      diagnostics: [
        used('utf-8', `the page declares ${label}, but its bytes are valid UTF-8`),
        diag('warning', 'html:charset-mismatch', `the page declares charset ${label} but its bytes are UTF-8 (saved again by an editor?); read as UTF-8`),
      ],
    };
  }
  const text = new TextDecoder(encoding).decode(bytes);
  const bad = replacements(text);
  if (bad === 0) return { text, encoding, diagnostics: [used(encoding, `declared ${label}`)] };
  if (encoding === 'utf-8') {
    // declared UTF-8 but it is not: the byte heuristic decides (a GBK page with a template's meta, typically)
    const guessed = decodeText(bytes);
    return {
      text: guessed.text, encoding: guessed.encoding,
      diagnostics: [
        used(guessed.encoding, `the page declares ${label}, but ${bad} byte sequence(s) are not UTF-8`),
        diag('warning', 'html:charset-mismatch', `the page declares charset ${label} but ${bad} byte sequence(s) are not valid UTF-8; read as ${guessed.encoding}`),
        ...relabel(guessed.diagnostics),
      ],
    };
  }
  return {
    text, encoding,
    diagnostics: [
      used(encoding, `declared ${label}`),
      diag('warning', 'html:charset-mismatch', `${bad} byte sequence(s) are not valid ${encoding} as the page declares (${label}); replaced by U+FFFD, values next to them may be incomplete`),
    ],
  };
}

/** The text heuristic's warnings under this ingester's prefix (its info says what html:encoding says). */
const relabel = (diagnostics: Diagnostic[]): Diagnostic[] =>
  diagnostics.filter((d) => d.level !== 'info').map((d) => ({ ...d, code: d.code.replace(/^text:/, 'html:') }));

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) {
    // TextDecoder drops a BOM that matches its encoding
    return { text: new TextDecoder(bom).decode(bytes), encoding: bom, diagnostics: [used(bom, 'byte-order mark')] };
  }
  const label = declaredCharset(bytes);
  const diagnostics: Diagnostic[] = [];
  if (label !== null) {
    const encoding = encodingOfLabel(label);
    if (encoding !== null) return decodeDeclared(bytes, label, encoding);
    diagnostics.push(diag('warning', 'html:unknown-charset', `the page declares charset "${label}", which is not an encoding name; ignored`));
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', diagnostics: [...diagnostics, used('utf-8', 'no charset declared; the bytes are valid UTF-8')] };
  const guessed = decodeText(bytes);
  return {
    text: guessed.text, encoding: guessed.encoding,
    diagnostics: [...diagnostics, used(guessed.encoding, 'no charset declared and the bytes are not UTF-8'), ...relabel(guessed.diagnostics)],
  };
}
