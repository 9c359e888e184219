/**
 * Bytes → string for text inputs. UTF-8 first; Chinese government text is also
 * commonly GB18030/GBK, which we recognise by it decoding cleanly where UTF-8 does not.
 */
import type { Diagnostic } from '../../contract/schema.js';
import { diag } from '../../ir/diagnostics.js';

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: Diagnostic[];
}

const REPLACEMENT = /\uFFFD/g;
const countReplacements = (s: string) => s.match(REPLACEMENT)?.length ?? 0;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', diagnostics: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', diagnostics: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8', diagnostics: [] };
  } catch {
    // fall through: not valid UTF-8
  }
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const gb = new TextDecoder('gb18030').decode(bytes);
  const badUtf8 = countReplacements(utf8);
  const badGb = countReplacements(gb);
  if (badGb < badUtf8) {
    const diagnostics = [diag('info', 'text:encoding-gb18030', 'input is not UTF-8; decoded as GB18030')];
    if (badGb > 0) diagnostics.push(diag('warning', 'text:invalid-bytes', `${badGb} byte sequences invalid in GB18030 were replaced by U+FFFD`));
    return { text: gb, encoding: 'gb18030', diagnostics };
  }
  return {
    text: utf8,
    encoding: 'utf-8',
    diagnostics: [diag('warning', 'text:invalid-utf8', `${badUtf8} invalid UTF-8 byte sequences were replaced by U+FFFD; values next to them may be incomplete`)],
  };
}
