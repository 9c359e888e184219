/**
 * A truncated PDF loses its end: the cross-reference table, the trailer naming the
 * document catalog and often the page tree (ONLYOFFICE and WPS write it last). pdf.js
 * rebuilds the cross-references by scanning for "n g obj", but without a trailer it finds
 * no /Root and gives up ("Invalid PDF structure"). Two repairs, tried in order:
 * 1. a trailer pointing at the catalog, when the catalog and its page tree survived;
 * 2. a new catalog and page tree listing the page objects that survived, in file order.
 * The pages whose content is lost then fail one by one, each with a diagnostic.
 */

/** Objects longer than this are not searched for their /Type (catalogs and pages are small). */
const MAX_DICT_CHARS = 4096;

interface ScannedObject {
  num: number;
  gen: number;
  dict: string;
}

/** Candidate repaired files, best first (empty when the file has no page objects). */
export function repairCandidates(bytes: Uint8Array): Uint8Array[] {
  const objects = scanObjects(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  const out: Uint8Array[] = [];
  const catalog = objects.find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  const pagesRef = catalog?.dict.match(/\/Pages\s+(\d+)\s+(\d+)\s+R/);
  if (catalog && pagesRef && objects.some((o) => o.num === Number(pagesRef[1]))) {
    out.push(append(bytes, `trailer\n<< /Root ${catalog.num} ${catalog.gen} R >>`));
  }
  const pages = objects.filter((o) => /\/Type\s*\/Page\b(?!s)/.test(o.dict));
  if (pages.length > 0) {
    const next = Math.max(...objects.map((o) => o.num)) + 1;
    const kids = pages.map((p) => `${p.num} ${p.gen} R`).join(' ');
    out.push(append(bytes, `${next} 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>\nendobj\n`
      + `${next + 1} 0 obj\n<< /Type /Catalog /Pages ${next} 0 R >>\nendobj\ntrailer\n<< /Root ${next + 1} 0 R >>`));
  }
  return out;
}

function scanObjects(text: string): ScannedObject[] {
  const objects: ScannedObject[] = [];
  const header = /(\d+)\s+(\d+)\s+obj\b/g;
  for (let m = header.exec(text); m !== null; m = header.exec(text)) {
    const body = text.slice(header.lastIndex, header.lastIndex + MAX_DICT_CHARS);
    const end = body.search(/endobj|stream/);
    objects.push({ num: Number(m[1]), gen: Number(m[2]), dict: end >= 0 ? body.slice(0, end) : body });
  }
  return objects;
}

/**
 * The bytes with `tail` appended. An object (and stream) the cut left open is closed
 * first: pdf.js's object scan does not stop at "trailer <<", so a trailer inside an
 * unterminated object would never be seen.
 */
function append(bytes: Uint8Array, tail: string): Uint8Array {
  const extra = Buffer.from(`\nendstream\nendobj\n${tail}\n%%EOF\n`, 'latin1');
  const out = new Uint8Array(bytes.length + extra.length);
  out.set(bytes, 0);
  out.set(extra, bytes.length);
  return out;
}
