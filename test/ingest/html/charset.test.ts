/**
 * Encoding of a web page (src/ingest/html/charset.ts): BOM, then the declared charset, then
 * UTF-8 if valid, then the byte heuristic. GBK bytes are written by hand here (Node has no
 * GBK encoder): the two bytes of each character below, from the GBK code table.
 */
import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '../../../src/ingest/html/charset.js';
import { codes, grids, readPage, utf8 } from './helpers.js';

/** GBK code points of the characters these tests use; 镕 (E9 46) is in GBK but not in GB2312. */
const GBK: Record<string, [number, number]> = {
  项: [0xcf, 0xee], 目: [0xc4, 0xbf], 支: [0xd6, 0xa7], 出: [0xb3, 0xf6], 绩: [0xbc, 0xa8], 效: [0xd0, 0xa7],
  自: [0xd7, 0xd4], 评: [0xc6, 0xc0], 表: [0xb1, 0xed], 指: [0xd6, 0xb8], 标: [0xb1, 0xea], 值: [0xd6, 0xb5],
  '≥': [0xa1, 0xdd], 人: [0xc8, 0xcb], 镕: [0xe9, 0x46],
};

function gbk(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else if (GBK[ch]) out.push(...GBK[ch]!);
    else throw new Error(`no GBK bytes written for ${ch}`);
  }
  return new Uint8Array(out);
}

const PAGE = (head: string) => `<html><head>${head}<title>x</title></head><body><h1>项目支出绩效自评表</h1><table><tr><td>指标值</td><td>≥5人</td><td>镕</td></tr></table></body></html>`;
const infoOf = (layout: { diagnostics: { code: string; message: string }[] }) => layout.diagnostics.find((d) => d.code === 'html:encoding')?.message;

describe('HTML encoding', () => {
  it('reads a GBK page declared <meta charset="gb2312"> as GB18030 (so GBK-only characters survive)', async () => {
    const layout = await readPage(gbk(PAGE('<meta charset="gb2312">')));
    expect(grids(layout)[0]!.cells.map((c) => c.text)).toEqual(['指标值', '≥5人', '镕']);
    expect(layout.blocks[0]).toMatchObject({ type: 'paragraph', paragraph: { text: '项目支出绩效自评表' } });
    expect(infoOf(layout)).toBe('decoded as gb18030 (declared gb2312)');
    expect(codes(layout)).toEqual(['info html:encoding']);
  });

  it('finds the charset in <meta http-equiv="Content-Type" content="…; charset=GBK"> after a comment', async () => {
    const head = '<!-- saved from url=(0030)http://www.example.gov.cn/ --><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=GBK">';
    const layout = await readPage(gbk(PAGE(head)));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(infoOf(layout)).toBe('decoded as gb18030 (declared GBK)');
  });

  it('reads UTF-8 with no declaration as UTF-8', async () => {
    const layout = await readPage(utf8(PAGE('')));
    expect(grids(layout)[0]!.cells.map((c) => c.text)).toEqual(['指标值', '≥5人', '镕']);
    expect(infoOf(layout)).toBe('decoded as utf-8 (no charset declared; the bytes are valid UTF-8)');
  });

  it('reads undeclared GBK bytes through the text heuristic', async () => {
    const layout = await readPage(gbk(PAGE('')));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(infoOf(layout)).toBe('decoded as gb18030 (no charset declared and the bytes are not UTF-8)');
  });

  it('warns when the page declares gb2312 but was saved again as UTF-8, and reads UTF-8', async () => {
    const layout = await readPage(utf8(PAGE('<meta charset="gb2312">')));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(codes(layout)).toEqual(['info html:encoding', 'warning html:charset-mismatch']);
  });

  it('warns when the page declares UTF-8 but its bytes are GBK, and reads GB18030', async () => {
    const layout = await readPage(gbk(PAGE('<meta charset="utf-8">')));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(codes(layout)).toEqual(['info html:encoding', 'warning html:charset-mismatch']);
    expect(infoOf(layout)).toMatch(/^decoded as gb18030/);
  });

  it('a byte-order mark wins over the declaration', async () => {
    const body = utf8(PAGE('<meta charset="gb2312">'));
    const layout = await readPage(new Uint8Array([0xef, 0xbb, 0xbf, ...body]));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(infoOf(layout)).toBe('decoded as utf-8 (byte-order mark)');
    const le = Buffer.from(`\ufeff${PAGE('')}`, 'utf16le');
    expect(decodeHtml(new Uint8Array(le)).text.startsWith('<html>')).toBe(true);
  });

  it('an unknown charset label is reported and ignored', async () => {
    const layout = await readPage(utf8(PAGE('<meta charset="no-such-charset">')));
    expect(grids(layout)[0]!.cells[0]!.text).toBe('指标值');
    expect(codes(layout)).toEqual(['warning html:unknown-charset', 'info html:encoding']);
  });

  it('declaredCharset: meta charset, http-equiv content, XML declaration; none outside the first 4 KB', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(declaredCharset(bytes("<meta charset='GB18030'>"))).toBe('GB18030');
    expect(declaredCharset(bytes('<meta content="text/html;charset=gb2312" http-equiv="content-type">'))).toBe('gb2312');
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="gbk"?><html>'))).toBe('gbk');
    expect(declaredCharset(bytes('<!-- <meta charset="big5"> --><p>charset=gbk</p>'))).toBeNull();
    expect(declaredCharset(bytes(`${' '.repeat(5000)}<meta charset="gbk">`))).toBeNull();
  });
});
