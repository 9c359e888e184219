import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/ingest/text/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));
/** "项目名称" in GB18030 — from python3 `'项目名称'.encode('gb18030')`. */
const GB_XIANGMU_MINGCHENG = [0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6];
/** "（万元）" in GB18030. */
const GB_WANYUAN = [0xa3, 0xa8, 0xcd, 0xf2, 0xd4, 0xaa, 0xa3, 0xa9];

describe('decodeText', () => {
  it('decodes valid UTF-8 without diagnostics', () => {
    expect(decodeText(utf8('项目名称\t≥90%\n'))).toEqual({ text: '项目名称\t≥90%\n', encoding: 'utf-8', diagnostics: [] });
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], utf8('总分')))).toEqual({ text: '总分', encoding: 'utf-8', diagnostics: [] });
  });

  it('decodes UTF-16 LE and BE by their byte order marks', () => {
    expect(decodeText(bytes([0xff, 0xfe, 0x3b, 0x60, 0x06, 0x52]))).toEqual({ text: '总分', encoding: 'utf-16le', diagnostics: [] });
    expect(decodeText(bytes([0xfe, 0xff, 0x60, 0x3b, 0x52, 0x06]))).toEqual({ text: '总分', encoding: 'utf-16be', diagnostics: [] });
  });

  it('recognises GB18030 bytes ("项目名称\\t（万元）") with an info diagnostic', () => {
    const decoded = decodeText(bytes(GB_XIANGMU_MINGCHENG, [0x09], GB_WANYUAN));
    expect(decoded.text).toBe('项目名称\t（万元）');
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['info text:encoding-gb18030']);
  });

  it('warns about bytes invalid even in GB18030 (a stray 0xFF) and still decodes the rest', () => {
    const decoded = decodeText(bytes(GB_XIANGMU_MINGCHENG, [0xff]));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toBe('项目名称\uFFFD');
    expect(decoded.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['info text:encoding-gb18030', 'warning text:invalid-bytes']);
    expect(decoded.diagnostics[1]!.message).toMatch(/^1 byte sequences/);
  });

  it('keeps UTF-8 with one invalid byte as UTF-8 and warns instead of switching to GB18030', () => {
    const decoded = decodeText(bytes(utf8('项目支出绩效自评表'), [0xff], utf8('年度资金总额')));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('项目支出绩效自评表\uFFFD年度资金总额');
    expect(decoded.diagnostics.map((d) => `${d.level} ${d.code}`)).toEqual(['warning text:invalid-utf8']);
    expect(decoded.diagnostics[0]!.message).toMatch(/^1 invalid UTF-8 byte sequences/);
  });

  it('keeps UTF-8 Chinese text cut in the middle of a character as UTF-8 (a truncated file)', () => {
    // "项目名称" is 12 UTF-8 bytes; the last character loses its final byte
    const decoded = decodeText(utf8('项目名称').slice(0, 11));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('项目名\uFFFD');
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(['text:invalid-utf8']);
  });
});
