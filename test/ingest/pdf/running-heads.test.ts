/**
 * Running heads (running-heads.ts): a line printed in the margin of page after page is page
 * furniture; a table title repeated atop each page and a caption are not.
 */
import { describe, expect, it } from 'vitest';
import { dropRunningHeads, type LaidOutPage } from '../../../src/ingest/pdf/running-heads.js';
import type { PageBlock } from '../../../src/ingest/pdf/page-layout.js';

const at = (text: string, y0: number): PageBlock => ({ kind: 'paragraph', text, box: { x0: 50, y0, x1: 200, y1: y0 + 10 } });
const page = (...blocks: PageBlock[]): LaidOutPage => ({ blocks, height: 842 });
const texts = (pages: LaidOutPage[]) => pages.map((p) => p.blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table')));

describe('dropRunningHeads', () => {
  it('drops a department name atop every page and a page count at the foot, keeps the body', () => {
    const pages = [
      page(at('沈阳市城乡建设局', 30), at('2025年项目支出绩效目标表', 120), at('第 1 页 共 2 页', 810)),
      page(at('沈阳市城乡建设局', 30), at('说明：以上指标均为年度指标。', 400), at('第 2 页 共 2 页', 810)),
    ];
    const said = dropRunningHeads(pages);
    expect(texts(pages)).toEqual([['2025年项目支出绩效目标表'], ['说明：以上指标均为年度指标。']]);
    expect(said.map((d) => d.code)).toEqual(['pdf:running-head']);
  });

  it('keeps a table title repeated atop each page and the captions each page prints', () => {
    const pages = [1, 2, 3].map(() => page(at('项目支出绩效目标表', 40), at('部门名称：广州市政务服务和数据管理局', 60), at('单位：万元', 70)));
    expect(dropRunningHeads(pages)).toEqual([]);
    expect(texts(pages)[2]).toEqual(['项目支出绩效目标表', '部门名称：广州市政务服务和数据管理局', '单位：万元']);
  });

  it('keeps a line in the margin of one page of three, and anything in a one-page document', () => {
    const pages = [page(at('附件2', 30)), page(at('附件3', 400)), page()];
    dropRunningHeads(pages);
    expect(texts(pages)[0]).toEqual(['附件2']);
    const single = [page(at('沈阳市城乡建设局', 30))];
    dropRunningHeads(single);
    expect(texts(single)).toEqual([['沈阳市城乡建设局']]);
  });

  it("drops the report's title printed atop every page when a page also titles its table", () => {
    const head = '澧县财政局2024年度项目支出绩效自评报告';
    const pages = [
      page(at(head, 30), at('2024年度项目支出绩效自评表', 120)),
      page(at(head, 30), at('说明：续上页。', 400)),
    ];
    expect(dropRunningHeads(pages).map((d) => d.code)).toEqual(['pdf:running-head']);
    expect(texts(pages)).toEqual([['2024年度项目支出绩效自评表'], ['说明：续上页。']]);
  });
});
