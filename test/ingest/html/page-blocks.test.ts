/**
 * A page as blocks (src/ingest/html/page-blocks.ts): text outside tables as paragraphs in
 * document order (headings, captions, <p>, <div> text), what a reader never sees left out,
 * nested tables flattened into their cell, and layout tables read through to the table inside.
 */
import { describe, expect, it } from 'vitest';
import { codes, grids, outline, readPage, spans } from './helpers.js';

describe('HTML page blocks', () => {
  it('headings, paragraphs, <div> text and caption lines become paragraphs in document order around the grid', async () => {
    const layout = await readPage(`<!DOCTYPE html><html><head><title>网页标题不是段落</title></head><body>
      <div class="crumb">首页 &gt; 信息公开 &gt; <a href="#">财政预决算</a></div>
      <h1>2024年度项目支出绩效自评表</h1>
      <p>单位（盖章）：某某局&nbsp;&nbsp;&nbsp;&nbsp;填报日期：2025年3月<br>单位：万元</p>
      <table><caption>表1 <b>项目</b>情况<br>（2023年度）</caption><tr><td>项目名称</td><td>社区服务</td></tr></table>
      <div>附件：<span>说明</span></div>
    </body></html>`);
    expect(outline(layout)).toEqual([
      'p: 首页 > 信息公开 > 财政预决算',
      'p: 2024年度项目支出绩效自评表',
      'p: 单位（盖章）：某某局    填报日期：2025年3月',
      'p: 单位：万元',
      'p: 表1 项目情况',
      'p: （2023年度）',
      'grid 1x2',
      'p: 附件：说明',
    ]);
    expect(layout.format).toBe('html');
    expect(codes(layout)).toEqual(['info html:encoding']);
  });

  it('paragraphs carry the source line where their text starts', async () => {
    const layout = await readPage('<body>\n<h2>\n标题</h2>\n<p>第一段</p>\n<table><tr><td>x</td></tr></table></body>');
    const lines = layout.blocks.flatMap((b) => (b.type === 'paragraph' ? [[b.paragraph.text, b.paragraph.line, b.paragraph.page]] : []));
    expect(lines).toEqual([['标题', 2, null], ['第一段', 4, null]]);
  });

  it('scripts, styles, noscript, templates, comments, head content and hidden elements are not read', async () => {
    const layout = await readPage(`<html><head><style>td { color: red }</style><script>document.write("<table><tr><td>脚本表</td></tr></table>")</script>
      <meta name="description" content="描述"></head><body>
      <script type="text/javascript">var title = "脚本标题";</script>
      <noscript>请启用脚本</noscript><template><p>模板</p></template><!-- <p>注释</p> -->
      <p hidden>隐藏段落</p><div style="color:red; DISPLAY : none;">隐藏层</div><p style="display:none!important">也隐藏</p>
      <p style="display:block">可见段落</p>
      <table><tr><td>可见</td><td><span style="display:none">隐藏</span>单元格</td></tr></table></body></html>`);
    expect(outline(layout)).toEqual(['p: 可见段落', 'grid 1x2']);
    expect(grids(layout)[0]!.cells.map((c) => c.text)).toEqual(['可见', '单元格']);
  });

  it('a table nested in a cell is flattened into that cell, one line per nested row', async () => {
    const layout = await readPage(`<table>
      <tr><td>年度目标</td><td>目标如下：<table><tr><td>目标1</td><td>完成<br>培训</td></tr><tr><td>目标2</td><td colspan="2">验收</td></tr></table></td></tr>
      <tr><td>总分</td><td>100</td></tr></table>`);
    const [grid] = grids(layout);
    expect(grids(layout)).toHaveLength(1);
    expect(spans(grid!)).toEqual([['年度目标@0', '目标如下：\n目标1 完成 培训\n目标2 验收@1'], ['总分@0', '100@1']]);
    expect(codes(layout)).toContain('info html:nested-table');
  });

  it('a layout table holding a larger table is read through: its cells as paragraphs, the inner table as a grid', async () => {
    const layout = await readPage(`<table width="1000"><tr><td>网站首页</td><td>政务公开</td></tr>
      <tr><td colspan="2"><h3>项目绩效目标表</h3>
        <table border="1"><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td></tr>
        <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训人数</td></tr><tr><td>质量指标</td><td>合格率</td></tr></table>
      </td></tr><tr><td colspan="2">版权所有</td></tr></table>`);
    expect(outline(layout)).toEqual(['p: 网站首页', 'p: 政务公开', 'p: 项目绩效目标表', 'grid 3x3', 'p: 版权所有']);
    expect(spans(grids(layout)[0]!)[1]).toEqual(['产出指标@0×2', '数量指标@1', '培训人数@2']);
    expect(codes(layout)).toContain('info html:layout-table');
  });

  it('a page with no tables says so', async () => {
    const layout = await readPage('<html><body><p>只有文字</p></body></html>');
    expect(outline(layout)).toEqual(['p: 只有文字']);
    expect(codes(layout)).toEqual(['info html:encoding', 'warning html:no-tables']);
  });
});
