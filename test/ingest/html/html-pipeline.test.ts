/**
 * End to end (src/pipeline.ts processBytes): a 项目支出绩效自评表 as a government site prints
 * it inline — nav bar, title heading, year line, a table whose 一级 and 二级 cells are merged
 * down with rowspan, a footer — read into indicators under the right parents. Also: a page
 * saved without an .html name is still read as HTML, and OCR text with <td> lines is not.
 */
import { describe, expect, it } from 'vitest';
import { DocumentSchema } from '../../../src/contract/schema.js';
import { sniffFormat } from '../../../src/ingest/sniff.js';
import { processBytes } from '../../../src/pipeline.js';
import { utf8 } from './helpers.js';

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>某县公安局2023年度项目支出绩效自评表_某县人民政府</title>
<script src="/js/jquery.js"></script>
<script>var _hmt = _hmt || []; document.write('<table><tr><td>统计</td></tr></table>');</script>
<style>.tb td { border: 1px solid #000; }</style>
</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 财政预决算</div>
<h2 style="text-align:center">项目支出绩效自评表</h2>
<p style="text-align:center">（2023年度）</p>
<table class="tb" border="1" cellspacing="0" width="100%">
<tbody>
<tr><td>项目名称</td><td colspan="6">警务技能训练</td></tr>
<tr><td>主管部门</td><td colspan="2">某县公安局</td><td>实施单位</td><td colspan="3">某县公安局</td></tr>
<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th></tr>
<tr><td rowspan="3">产出<br>指标</td><td rowspan="2">数量指标</td><td>培训人数</td><td>≥10人</td><td>12人</td><td>20</td><td>20</td></tr>
<tr><td>培训场次</td><td>≥4次</td><td>4次</td><td>20</td><td>20</td></tr>
<tr><td>质量指标</td><td>考核合格率</td><td>≥90%</td><td>95%</td><td>10</td><td>10</td></tr>
<tr><td rowspan="2">效益指标</td><td rowspan="2">社会效益<br>指标</td><td>执法规范化水平</td><td>稳步提升</td><td>有所提升</td><td>20</td><td>18</td></tr>
<tr><td>群众安全感</td><td>≥95%</td><td>96%</td><td>10</td><td>10</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>参训民警满意度</td><td>≥90%</td><td>95%</td><td>10</td><td>10</td></tr>
<tr><td colspan="5">总分</td><td>90</td><td>88</td></tr>
</tbody>
</table>
<div class="footer">主办：某县人民政府办公室 &nbsp; 备案号：X ICP备00000000号</div>
</body>
</html>`;

describe('HTML through the pipeline', () => {
  it('a self-evaluation table with merged 一级/二级 cells gives each indicator its parents', async () => {
    const doc = DocumentSchema.parse(await processBytes('zgk/2023-self-evaluation.html', utf8(PAGE)));
    expect(doc.source.format).toBe('html');
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    expect(table!.title).toBe('项目支出绩效自评表');
    expect(table!.year).toBe(2023);
    expect(table!.project?.name).toBe('警务技能训练');
    expect(table!.indicators.map((i) => [i.level1, i.level2, i.level3, i.target?.raw, i.actual?.raw, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '培训人数', '≥10人', '12人', 20, 20],
      ['产出指标', '数量指标', '培训场次', '≥4次', '4次', 20, 20],
      ['产出指标', '质量指标', '考核合格率', '≥90%', '95%', 10, 10],
      ['效益指标', '社会效益指标', '执法规范化水平', '稳步提升', '有所提升', 20, 18],
      ['效益指标', '社会效益指标', '群众安全感', '≥95%', '96%', 10, 10],
      ['满意度指标', '服务对象满意度指标', '参训民警满意度', '≥90%', '95%', 10, 10],
    ]);
    expect(table!.total).toMatchObject({ weight: 90, score: 88 });
    // the script's document.write table and the nav bar are not tables
    expect(JSON.stringify(doc)).not.toContain('统计');
    expect(doc.diagnostics.filter((d) => d.level !== 'info')).toEqual([]);
    expect(doc.status).toBe('ok');
  });

  it('sniffs a page by its content when the name does not say HTML; .xhtml and .shtml by name', () => {
    expect(sniffFormat(utf8(PAGE), 'download.aspx')).toBe('html');
    expect(sniffFormat(utf8('\ufeff  <!-- saved from url=(0022)http://x.gov.cn/ -->\n<HTML><body>'), 'page')).toBe('html');
    expect(sniffFormat(utf8('<?xml version="1.0" encoding="utf-8"?>\n<!doctype html><html>'), 'page.xml')).toBe('html');
    expect(sniffFormat(utf8('<p>a</p>'), 'page.xhtml')).toBe('html');
    expect(sniffFormat(utf8('<p>a</p>'), 'index.SHTML')).toBe('html');
  });

  it('OCR text holding <table>/<td> lines stays text (the text ingester reads that shape)', () => {
    expect(sniffFormat(utf8('# 项目绩效目标表\n<table><tr><td>项目名称</td><td>经费</td></tr></table>\n'), 'ocr.txt')).toBe('text');
    expect(sniffFormat(utf8('<td>项目名称</td>\n<html>'), 'ocr')).toBe('text');
    expect(sniffFormat(utf8('<htmlx>'), 'ocr')).toBe('text');
  });
});
