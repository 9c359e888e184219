/**
 * Bad input gets a clear diagnostic, never a throw, and a Document all the same
 * (issue #2 "Done when"; spec/output-contract.md Diagnostic).
 */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../src/contract/schema.js';
import { processBytes, processFile } from '../../src/pipeline.js';

const codes = (doc: { diagnostics: { code: string }[] }) => doc.diagnostics.map((d) => d.code);
const TABLE = '项目支出绩效自评表\n(2023年度)\n项目名称\t\t测试项目\n一级指标\t二级指标\t三级指标\t年度指标值(A)\t实际完成值(B)\t分值\t得分\n产出指标\t数量指标\t培训人数\t≥10人\t12人\t50\t50\n总分\t\t\t\t\t100\t90\n';

describe('bad input', () => {
  it('an empty file yields an error diagnostic and no tables', async () => {
    const doc = await processBytes('empty.txt', new Uint8Array());
    expect(DocumentSchema.parse(doc).tables).toEqual([]);
    expect(codes(doc)).toEqual(['ingest:empty']);
    expect(doc.diagnostics[0]!.level).toBe('error');
  });

  it('a binary file named .txt is refused as binary', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00]);
    const doc = await processBytes('program.txt', bytes);
    expect(codes(doc)).toEqual(['ingest:binary']);
    expect(doc.diagnostics[0]!.message).toMatch(/binary/);
  });

  it('a text with no tables says so in a warning', async () => {
    const doc = await processBytes('prose.txt', new TextEncoder().encode('一、部门职责\n负责全县公安工作。\n'));
    expect(doc.tables).toEqual([]);
    expect(codes(doc)).toContain('segment:no-tables');
  });

  it('a text over the size limit is refused with the limit in the message', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const doc = await processBytes('huge.txt', big);
    expect(codes(doc)).toEqual(['text:too-large']);
    expect(doc.diagnostics[0]!.message).toMatch(/50\.0 MB exceeds the 32\.0 MB limit/);
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning; the table still comes out', async () => {
    const good = new TextEncoder().encode(TABLE);
    const bytes = new Uint8Array([...good.slice(0, 10), 0xff, 0xfe, 0xc3, ...good.slice(10)]);
    const doc = await processBytes('broken.txt', bytes);
    expect(codes(doc)).toContain('text:invalid-utf8');
    expect(doc.tables.length).toBe(1);
  });

  it('GB18030 text is recognised and read', async () => {
    // "项目名称\t\t测试" etc. encoded as GB18030 by the test itself via a known mapping
    const gb = Buffer.from('cfeec4bfc3fbb3c6', 'hex'); // 项目名称
    const doc = await processBytes('gbk.txt', new Uint8Array([...gb, 0x09, 0x09, 0x41, 0x0a]));
    expect(codes(doc)).toContain('text:encoding-gb18030');
  });

  it('a missing file yields a Document with an error, not a throw', async () => {
    const doc = await processFile('/nonexistent/dir/a.txt');
    expect(doc.tables).toEqual([]);
    expect(codes(doc)).toEqual(['input:unreadable']);
  });

  it('a well-formed table passes contract validation with no warnings', async () => {
    const doc = await processBytes('ok.txt', new TextEncoder().encode(TABLE));
    expect(doc.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(doc.tables[0]!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.number, i.actual?.number])).toEqual([
      ['产出指标', '数量指标', '培训人数', 10, 12],
    ]);
  });
});
