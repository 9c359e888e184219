/**
 * HTML probes, round 7 (samples/probe/probe-r7-html-*.html): four web pages the way government sites
 * publish performance tables, written here from hand-written content, with their goldens
 * (golden/<file>.golden.json) written from the same content, never from evaltab's output:
 *    - word-export (苏州): a 政府信息公开 article (header, nav, breadcrumb, 发布时间/来源/浏览次数, intro
 *      paragraph, footer with 主办单位 and ICP备案) holding a 自评表 pasted from Word: MsoNormalTable,
 *      <p class=MsoNormal> in every cell, text split into <span> runs (CJK / Latin), &nbsp; padding,
 *      mso- styles, <o:p> in empty cells, a 10-column grid with blocks misaligned to each other and the
 *      trailing supportMisalignedColumns row of empty cells;
 *    - th-colspan-hidden (成都): <th> header cells, 指标值 over 年度目标值 | 实际完成值 (colspan/rowspan),
 *      <br> inside wrapped 三级 names and labels, a hidden 指标编码 column (display:none <th>/<td>) and
 *      display:none helper text inside visible cells;
 *    - targets-attachments (拉萨): a 项目支出绩效目标表 and below it a 附件下载 list table (not a
 *      performance table: kind other, its rows transcribed);
 *    - gb2312 (绍兴): a page declared <meta charset="gb2312">, bytes in GB18030 (iconv), upper-case tags,
 *      a 自评表 in 元 with thousands separators, 一级 cells carrying weights, the grade in the 总分 row, and
 *      填报人 / 联系电话 / 填报日期 under the table.
 *
 *   npx tsx scripts/samples/make-probe-html-r7.ts   # needs iconv
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printNumber, printValue } from './golden-model.js';
import { OUT, dt, goldenTable, tx, v, writeGolden, type Group, type Item, type Project } from './probe-content.js';

const GENERATOR = 'scripts/samples/make-probe-html-r7.ts';

// ───────────────────────── helpers ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** 万元 with two decimals (4365000 元 → "436.50"). */
const wan = (yuan: number | null | undefined) => (yuan == null ? '—' : (yuan / 10_000).toFixed(2));
/** 元 with thousands separators and two decimals. */
const yuanText = (yuan: number | null | undefined) =>
  yuan == null ? '/' : yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));

/** An item whose name is printed with line breaks ('\n') and hidden helper text in some cells. */
type Item7 = Item & { hidden?: Partial<Record<'name' | 'target' | 'actual' | 'score', string>>; code?: string };
interface Group7 extends Group { items: Item7[] }
interface Project7 extends Project { groups: Group7[] }

/** The golden of a project: names without their printed line breaks. */
function golden7(p: Project7) {
  const t = goldenTable(p);
  return { ...t, indicators: t.indicators.map((i) => ({ ...i, level3: i.level3.replace(/\n/g, '') })) };
}

/** Walk the indicator block: cb(group, item, first of 一级 block → its row count, first of 二级 → its count). */
function eachRow(groups: Group7[], cb: (g: Group7, it: Item7, l1span: number, l2span: number) => void) {
  const byLevel1 = new Map<string, Group7[]>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  for (const gs of byLevel1.values()) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, i) => cb(g, it, gi === 0 && i === 0 ? n : 0, i === 0 ? g.items.length : 0)));
  }
}
const l1Label = (g: Group7) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);
const itemCount = (p: Project7) => p.groups.reduce((a, g) => a + g.items.length, 0);

// ───────────────────────── 1. 苏州: Word export in a 政府信息公开 article ─────────────────────────

const SUZHOU: Project7 = {
  kind: 'project-self-evaluation',
  title: '项目支出绩效自评表',
  year: 2023,
  project: {
    name: '姑苏区2023年家庭医生签约服务项目',
    department: '苏州市姑苏区卫生健康委员会',
    implementingUnit: '苏州市姑苏区社区卫生服务管理中心',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 4_200_000, annualBudget: 4_365_000, executed: 4_189_300, weight: 10, executionRate: 95.97, score: 9.6 },
      { label: '其中：当年财政拨款', initialBudget: 4_200_000, annualBudget: 4_365_000, executed: 4_189_300 },
      { label: '上年结转资金', initialBudget: 0, annualBudget: 0, executed: 0 },
      { label: '其他资金', initialBudget: null, annualBudget: null, executed: null },
    ],
  },
  goal: '为辖区常住居民提供家庭医生签约服务，重点人群签约覆盖率达到75%以上，提升基层首诊和慢病规范管理水平。',
  achieved: '全年签约33.6万人，重点人群签约覆盖率78.2%，高血压患者规范管理率66.1%，签约居民满意度93.5%。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '常住人口家庭医生签约人数', target: v('>=', 32, '万人'), actual: v(null, 33.6, '万人'), weight: 10, score: 10 },
      { name: '重点人群签约覆盖率', target: v('>=', 75, '%'), actual: v(null, 78.2, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '签约居民续约率', target: v('>=', 80, '%'), actual: v(null, 76.5, '%'), weight: 8, score: 7, why: '部分签约居民迁出辖区，下一步加强履约服务，提升续约意愿' },
      { name: '高血压患者规范管理率', target: v('>=', 65, '%'), actual: v(null, 66.1, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '签约服务费拨付时间', target: dt('2023-12-31'), actual: dt('2023-12-20'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '每人每年签约服务费标准', target: v('<=', 120, '元'), actual: v(null, 120, '元'), weight: 8, score: 8 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居民健康素养水平', target: v('>=', 28, '%'), actual: v(null, 30.4, '%'), weight: 10, score: 10 },
      { name: '签约居民基层首诊率', target: tx('稳步提升'), actual: tx('稳步提升'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '家庭医生团队服务能力', target: tx('持续提升'), actual: tx('持续提升'), weight: 10, score: 9, why: '团队人员流动较大，将完善激励机制稳定队伍' },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '签约居民满意度', target: v('>=', 90, '%'), actual: v(null, 93.5, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 97.6, grade: null },
};

/** Word's runs: CJK text in 宋体 spans, Latin/digits in lang=EN-US spans. */
function wordRuns(text: string): string {
  if (!text) return `<span lang=EN-US style='font-size:10.0pt;font-family:"Times New Roman",serif'><o:p>&nbsp;</o:p></span>`;
  return (text.match(/[\x00-\x7F]+|[^\x00-\x7F]+/g) ?? []).map((run) => /^[\x00-\x7F]/.test(run)
    ? `<span lang=EN-US style='font-size:10.0pt;font-family:"Times New Roman",serif;mso-fareast-font-family:宋体;color:black;mso-font-kerning:0pt'>${esc(run)}</span>`
    : `<span style='font-size:10.0pt;font-family:宋体;mso-ascii-font-family:"Times New Roman";mso-hansi-font-family:"Times New Roman";color:black;mso-font-kerning:0pt'>${esc(run)}</span>`).join('');
}
const PT = [62, 64, 70, 48, 56, 56, 40, 40, 44, 46]; // the 10 grid columns' widths (pt)
function wordCell(text: string, o: { col: number; cs?: number; rs?: number; left?: boolean; pad?: boolean; first?: boolean; h?: number } ): string {
  const cs = o.cs ?? 1;
  const w = PT.slice(o.col, o.col + cs).reduce((a, b) => a + b, 0);
  const attrs = `width=${Math.round(w * 1.333)}${cs > 1 ? ` colspan=${cs}` : ''}${o.rs ? ` rowspan=${o.rs}` : ''}`;
  const border = o.first
    ? `border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt`
    : `border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;mso-border-top-alt:solid windowtext .5pt;mso-border-left-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt`;
  const align = o.left ? `style='text-align:left;mso-pagination:widow-orphan'` : `align=center style='text-align:center;mso-pagination:widow-orphan'`;
  const inner = o.pad ? `<span lang=EN-US style='font-size:10.0pt'>&nbsp;&nbsp;</span>${wordRuns(text)}<span style='mso-spacerun:yes'>&nbsp; </span>` : wordRuns(text);
  return `<td ${attrs} valign=middle style='width:${w}.0pt;${border};padding:0cm 5.4pt 0cm 5.4pt;height:${o.h ?? 20}.0pt'>\n  <p class=MsoNormal ${align}>${inner}<span lang=EN-US style='font-size:10.0pt;font-family:"Times New Roman",serif'><o:p></o:p></span></p>\n  </td>`;
}

function suzhouPage(p: Project7): string {
  const rows: string[][] = [];
  const f = p.funds!;
  rows.push([wordCell('项目名称', { col: 0, first: true, pad: true }), wordCell(p.project.name!, { col: 1, cs: 9, first: true })]);
  rows.push([wordCell('主管部门', { col: 0, pad: true, first: true }), wordCell(p.project.department!, { col: 1, cs: 4 }),
    wordCell('实施单位', { col: 5, cs: 2 }), wordCell(p.project.implementingUnit!, { col: 7, cs: 3 })]);
  rows.push([wordCell('项目资金（万元）', { col: 0, rs: f.rows.length + 1, first: true }), wordCell('', { col: 1, cs: 3 }),
    ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t, k) => wordCell(t, { col: 4 + k }))]);
  for (const r of f.rows) {
    const rate = r.executionRate == null ? '—' : `${(r.executionRate as number).toFixed(2)}%`;
    rows.push([wordCell(String(r.label), { col: 1, cs: 3, left: true, first: false }),
      wordCell(wan(r.initialBudget as number | null), { col: 4 }), wordCell(wan(r.annualBudget as number | null), { col: 5 }),
      wordCell(wan(r.executed as number | null), { col: 6 }), wordCell(num(r.weight as number | null, '—'), { col: 7 }),
      wordCell(rate, { col: 8 }), wordCell(r.score == null ? '—' : (r.score as number).toFixed(2), { col: 9 })]);
  }
  rows.push([wordCell('年度总体目标', { col: 0, rs: 2, first: true }), wordCell('预期目标', { col: 1, cs: 5 }), wordCell('实际完成情况', { col: 6, cs: 4 })]);
  rows.push([wordCell(p.goal!, { col: 1, cs: 5, left: true, h: 48 }), wordCell(p.achieved!, { col: 6, cs: 4, left: true, h: 48 })]);
  const n = itemCount(p);
  rows.push([wordCell('绩效指标', { col: 0, rs: n + 1, first: true }), ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'].map((t, k) => wordCell(t, { col: 1 + k })),
    wordCell('偏差原因分析及改进措施', { col: 8, cs: 2 })]);
  eachRow(p.groups, (g, it, l1, l2) => {
    const row: string[] = [];
    if (l1) row.push(wordCell(l1Label(g), { col: 1, rs: l1 }));
    if (l2) row.push(wordCell(g.level2, { col: 2, rs: l2 }));
    row.push(wordCell(it.name, { col: 3, left: true }), wordCell(printValue(it.target), { col: 4 }), wordCell(printValue(it.actual ?? null), { col: 5 }),
      wordCell(num(it.weight), { col: 6 }), wordCell(num(it.score), { col: 7 }), wordCell(it.why ?? '', { col: 8, cs: 2, left: true }));
    rows.push(row);
  });
  rows.push([wordCell('总分', { col: 0, cs: 6, first: true }), wordCell(num(p.total!.weight), { col: 6 }), wordCell(num(p.total!.score), { col: 7 }), wordCell('', { col: 8, cs: 2 })]);
  const trs = rows.map((cells, i) =>
    ` <tr style='mso-yfti-irow:${i};${i === 0 ? 'mso-yfti-firstrow:yes;' : ''}${i === rows.length - 1 ? 'mso-yfti-lastrow:yes;' : ''}page-break-inside:avoid;height:20.0pt'>\n  ${cells.join('\n  ')}\n </tr>`).join('\n');
  const misaligned = ` <![if !supportMisalignedColumns]>\n <tr height=0>\n${PT.map((w) => `  <td width=${Math.round(w * 1.333)} style='border:none'></td>`).join('\n')}\n </tr>\n <![endif]>`;
  const word = `<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt;mso-line-height-rule:exactly'><b><span style='font-size:18.0pt;font-family:方正小标宋简体;mso-hansi-font-family:"Times New Roman"'>项目支出绩效自评表</span></b><b><span lang=EN-US style='font-size:18.0pt'><o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt;font-family:楷体_GB2312'>（</span><span lang=EN-US style='font-size:12.0pt;font-family:"Times New Roman",serif'>2023</span><span style='font-size:12.0pt;font-family:楷体_GB2312'>年度）</span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=702
 style='width:526.0pt;margin-left:-5.4pt;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt;mso-border-insideh:.5pt solid windowtext;mso-border-insidev:.5pt solid windowtext'>
${trs}
${misaligned}
</table>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>苏州市姑苏区卫生健康委员会2023年度家庭医生签约服务项目绩效自评结果公开_苏州市姑苏区人民政府</title>
<meta name="SiteName" content="苏州市姑苏区人民政府">
<meta name="ColumnName" content="财政预决算">
<meta name="PubDate" content="2024-05-16 10:32">
<link rel="stylesheet" href="/css/xxgk_detail.css">
<style>
body{margin:0;font-family:"Microsoft YaHei",sans-serif;font-size:14px;color:#333}
.top{background:#b5161c;color:#fff;height:90px}.top .logo{font-size:30px;line-height:90px;padding-left:40px}
.nav{background:#8e0f14}.nav ul{margin:0;padding:0 40px;list-style:none;display:flex}.nav li{color:#fff;padding:10px 22px}
.crumb{width:1100px;margin:12px auto;color:#666}.article{width:1100px;margin:0 auto;background:#fff}
.article h1{text-align:center;font-size:24px;color:#1a1a1a}.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:10px}
.content{padding:20px 30px;line-height:2}.footer{background:#eee;text-align:center;color:#666;padding:20px;margin-top:40px;line-height:1.8}
</style>
</head>
<body>
<div class="top"><div class="logo">苏州市姑苏区人民政府</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/gsqxw/">姑苏要闻</a></li><li><a href="/zfxxgk/">政府信息公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/zjgs/">走进姑苏</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href="/zfxxgk/czyjs/">财政预决算</a> &gt; <a href="/zfxxgk/czyjs/jxpj/">绩效评价</a></div>
<div class="article">
<h1>苏州市姑苏区卫生健康委员会2023年度家庭医生签约服务项目绩效自评结果公开</h1>
<div class="info">发布时间：2024-05-16 10:32&nbsp;&nbsp;&nbsp;&nbsp;来源：区卫生健康委&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">386</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】&nbsp;&nbsp;<a href="javascript:window.print()">打印</a></div>
<div class="content" id="zoom">
<p style="text-indent:2em">根据《苏州市姑苏区财政局关于开展2023年度区级预算项目支出绩效自评工作的通知》（姑财绩〔2024〕6号）要求，我委对2023年度家庭医生签约服务项目开展了绩效自评。项目全年预算436.50万元，当年执行418.93万元，现将自评情况公开如下：</p>
${word}
</div>
</div>
<div class="footer">
<p>主办单位：苏州市姑苏区人民政府办公室&nbsp;&nbsp;承办：苏州市姑苏区大数据管理中心</p>
<p>地址：苏州市姑苏区三香路1298号&nbsp;&nbsp;邮编：215004&nbsp;&nbsp;联系电话：0512-68610000</p>
<p>网站标识码：3205080001&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">苏ICP备12345678号-2</a>&nbsp;&nbsp;苏公网安备 32050802010888号</p>
</div>
<script src="/js/jquery.min.js"></script>
<script>$(function(){ $.get('/hits.do?id=3852761', function(n){ $('#hits').text(n); }); });</script>
</body>
</html>
`;
}

// ───────────────────────── 2. 成都: <th>, colspan groups, <br>, display:none ─────────────────────────

const CHENGDU: Project7 = {
  kind: 'project-self-evaluation',
  title: '2024年度项目支出绩效自评表',
  year: 2024,
  project: {
    name: '武侯区2024年生活垃圾分类推进项目',
    department: '成都市武侯区城市管理局',
    implementingUnit: '成都市武侯区环境卫生管理所',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', initialBudget: 26_800_000, annualBudget: 27_543_000, executed: 26_981_200, weight: 10, executionRate: 97.96, score: 9.8 },
      { label: '其中：财政拨款', initialBudget: 26_800_000, annualBudget: 27_543_000, executed: 26_981_200 },
      { label: '其他资金', initialBudget: 0, annualBudget: 0, executed: 0 },
    ],
  },
  goal: '推进全区生活垃圾分类全覆盖，新建（改造）分类投放点150处，生活垃圾回收利用率达到38%以上。',
  achieved: '覆盖小区436个，新建（改造）投放点152处，生活垃圾回收利用率39.5%，原生生活垃圾实现零填埋。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '生活垃圾分类\n覆盖小区数', code: 'CC0101', target: v('>=', 420, '个'), actual: v(null, 436, '个'), weight: 8, score: 8, hidden: { target: '（2023年实际：398个）' } },
      { name: '新建（改造）垃圾\n分类投放点', code: 'CC0102', target: v('>=', 150, '处'), actual: v(null, 152, '处'), weight: 8, score: 8 },
      { name: '分类收运车辆\n购置数量', code: 'CC0103', target: v('=', 12, '辆'), actual: v(null, 12, '辆'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '居民分类投放\n准确率', code: 'CC0201', target: v('>=', 85, '%'), actual: v(null, 82.4, '%'), weight: 8, score: 7, why: '老旧小区居民参与度不高，将加强入户宣传和桶边督导', hidden: { score: '满分8' } },
      { name: '可回收物回收利用率', code: 'CC0202', target: v('>=', 35, '%'), actual: v(null, 36.8, '%'), weight: 6, score: 6, hidden: { name: '指标解释：可回收物回收量/生活垃圾清运量×100%' } },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '投放点改造\n完成时间', code: 'CC0301', target: dt('2024-11-30'), actual: dt('2024-11-28'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '单个投放点改造成本', code: 'CC0401', target: v('<=', 1.8, '万元'), actual: v(null, 1.75, '万元'), weight: 8, score: 8, hidden: { actual: '（决算审定数）' } },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '居民垃圾分类\n知晓率', code: 'CC0501', target: v('>=', 95, '%'), actual: v(null, 96.3, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '生态效益指标', items: [
      { name: '生活垃圾回收\n利用率', code: 'CC0601', target: v('>=', 38, '%'), actual: v(null, 39.5, '%'), weight: 10, score: 10 },
      { name: '原生生活垃圾\n零填埋', code: 'CC0602', target: tx('实现'), actual: tx('实现'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '辖区居民满意度', code: 'CC0701', target: v('>=', 90, '%'), actual: v(null, 91.2, '%'), weight: 10, score: 10 },
    ] },
  ],
  total: { weight: 100, score: 98.8, grade: null },
};

const br = (s: string) => esc(s).replace(/\n/g, '<br>');
const hid = (s: string | undefined, style = 'display:none') => (s ? `<span style="${style}">${esc(s)}</span>` : '');

function chengduPage(p: Project7): string {
  const f = p.funds!;
  const out: string[] = [];
  out.push(`<tr><th colspan="2">项目名称</th><td colspan="6" class="tl">${esc(p.project.name!)}<span style="display: none;">ZX2024-0317</span></td></tr>`);
  out.push(`<tr><th colspan="2">主管部门</th><td colspan="2">${esc(p.project.department!)}</td><th>实施单位</th><td colspan="3">${esc(p.project.implementingUnit!)}</td></tr>`);
  out.push(`<tr><th colspan="2">项目负责人</th><td colspan="2">刘建华</td><th>联系电话</th><td colspan="3">028-85561234</td></tr>`);
  out.push(`<tr><th rowspan="${f.rows.length + 1}">项目资金<br>（万元）</th><th></th><th>年初预算数</th><th>全年预算数</th><th>全年执行数</th><th>分值</th><th>执行率</th><th>得分</th></tr>`);
  for (const r of f.rows) {
    const rate = r.executionRate == null ? '—' : `${(r.executionRate as number).toFixed(2)}%`;
    out.push(`<tr><td class="tl">${esc(String(r.label))}</td><td>${wan(r.initialBudget as number)}</td><td>${wan(r.annualBudget as number)}</td><td>${wan(r.executed as number)}</td><td>${num(r.weight as number | null, '—')}</td><td>${rate}</td><td>${r.score == null ? '—' : (r.score as number).toFixed(2)}</td></tr>`);
  }
  out.push(`<tr><th rowspan="2">年度<br>总体<br>目标</th><th colspan="4">预期目标</th><th colspan="3">实际完成情况</th></tr>`);
  out.push(`<tr><td colspan="4" class="tl">${esc(p.goal!)}</td><td colspan="3" class="tl">${esc(p.achieved!)}</td></tr>`);
  out.push(`<tr><th rowspan="2">一级指标</th><th rowspan="2">二级指标</th><th rowspan="2">三级指标</th><th rowspan="2" style="display:none">指标编码</th><th colspan="2">指标值</th><th rowspan="2">分值</th><th rowspan="2">得分</th><th rowspan="2">偏差原因分析<br>及改进措施</th></tr>`);
  out.push(`<tr><th>年度目标值</th><th>实际完成值</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const h = it.hidden ?? {};
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    cells.push(`<td class="tl">${br(it.name)}${hid(h.name, 'display: none')}</td>`, `<td style="display:none">${it.code}</td>`,
      `<td>${esc(printValue(it.target))}${hid(h.target)}</td>`, `<td>${esc(printValue(it.actual ?? null))}${hid(h.actual)}</td>`,
      `<td>${num(it.weight)}</td>`, `<td>${num(it.score)}${hid(h.score, 'DISPLAY: NONE')}</td>`, `<td class="tl">${esc(it.why ?? '')}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  out.push(`<tr><td colspan="5"><strong>总分</strong></td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td></td></tr>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>成都市武侯区城市管理局2024年度项目支出绩效自评结果 - 成都市武侯区人民政府门户网站</title>
<style>
body{margin:0;font:14px/1.8 "PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f4f6f9}
header{background:linear-gradient(#1d5fae,#1a4f90);color:#fff;padding:18px 60px;font-size:28px}
nav{background:#123e73}nav a{color:#fff;display:inline-block;padding:9px 24px;text-decoration:none}
.breadcrumb{max-width:1160px;margin:14px auto;color:#777}.breadcrumb a{color:#777}
main{max-width:1160px;margin:0 auto;background:#fff;padding:30px 50px}
h1.title{text-align:center;font-size:22px}.meta{text-align:center;color:#999;font-size:13px;margin-bottom:20px}
.meta span{margin:0 12px}.tbl-title{text-align:center;font-size:18px;font-weight:bold;margin:18px 0 8px}
table.jx{width:100%;border-collapse:collapse;font-size:13px}table.jx th,table.jx td{border:1px solid #555;padding:4px 6px;text-align:center;vertical-align:middle}
table.jx th{background:#eef3fa;font-weight:bold}table.jx td.tl{text-align:left}
footer{text-align:center;color:#888;font-size:12px;padding:24px;line-height:2}
</style>
</head>
<body>
<header>成都市武侯区人民政府</header>
<nav><a href="/">首页</a><a href="/wzyw/">武侯要闻</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></nav>
<div class="breadcrumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/xxgk/fdzdgknr/yjsxx/">预决算信息</a></div>
<main>
<h1 class="title">成都市武侯区城市管理局2024年度生活垃圾分类推进项目绩效自评结果</h1>
<div class="meta"><span>信息来源：武侯区城市管理局</span><span>发布日期：2025-06-20</span><span>点击量：1,024</span><span style="display:none">索引号：11510107MB1234567X/2025-00215</span></div>
<article>
<p>　　按照区财政局绩效自评工作安排，我局对2024年度生活垃圾分类推进项目开展了绩效自评，自评表如下。</p>
<div class="tbl-title">2024年度项目支出绩效自评表</div>
<table class="jx">
<tbody>
${out.join('\n')}
</tbody>
</table>
<p>　　注：本表金额单位为万元；指标编码为系统内部使用，不对外公开。</p>
</article>
</main>
<footer>主办：成都市武侯区人民政府办公室　承办：成都市武侯区政务服务管理和网络理政办公室<br>网站标识码：5101070002　<a href="https://beian.miit.gov.cn">蜀ICP备05003412号</a>　川公网安备 51010702000345号</footer>
</body>
</html>
`;
}

// ───────────────────────── 3. 拉萨: 目标表 + 附件下载 list ─────────────────────────

const LHASA: Project7 = {
  kind: 'project-targets',
  title: '2025年项目支出绩效目标表',
  year: 2025,
  project: {
    name: '城关区2025年农村公路养护项目',
    department: '拉萨市城关区交通运输局',
    departmentCode: '218',
    implementingUnit: '拉萨市城关区农村公路养护站',
    attribute: '经常性项目',
    period: '1年',
  },
  funds: {
    publishedUnit: '万元',
    rows: [
      { label: '年度资金总额', annualBudget: 12_456_000 },
      { label: '其中：中央补助资金', annualBudget: 8_600_000 },
      { label: '自治区补助资金', annualBudget: 2_656_000 },
      { label: '区级财政资金', annualBudget: 1_200_000 },
    ],
  },
  goal: '完成辖区386公里农村公路日常养护，改造危桥3座，实施安全生命防护工程42.5公里，农村公路优良中等路率达到85%以上。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '农村公路日常养护里程', target: v('>=', 386, '公里'), weight: null },
      { name: '危桥改造数量', target: v('=', 3, '座'), weight: null },
      { name: '安全生命防护工程实施里程', target: v('>=', 42.5, '公里'), weight: null },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '农村公路优良中等路率', target: v('>=', 85, '%'), weight: null },
      { name: '养护工程验收合格率', target: v(null, 100, '%'), weight: null },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '养护资金拨付及时率', target: v(null, 100, '%'), weight: null },
      { name: '危桥改造完工时间', target: dt('2025-10-31'), weight: null },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '日常养护每公里补助标准', target: v('<=', 0.7, '万元/公里'), weight: null },
    ] },
    { level1: '效益指标', level2: '经济效益指标', items: [
      { name: '农牧民群众出行运输成本', target: tx('有所降低'), weight: null },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '农村公路通畅水平', target: tx('稳步提升'), weight: null },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '农村公路长效养护机制', target: tx('逐步健全'), weight: null },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '沿线群众满意度', target: v('>=', 90, '%'), weight: null },
    ] },
  ],
  total: null,
};

const LHASA_ATTACHMENTS: [string, string, string, string][] = [
  ['1', '城关区交通运输局2025年部门预算公开说明.pdf', '856KB', '下载'],
  ['2', '城关区交通运输局2025年部门预算公开表.xls', '128KB', '下载'],
  ['3', '城关区交通运输局2025年项目支出绩效目标表.pdf', '214KB', '下载'],
  ['4', '城关区交通运输局2025年政府采购预算表.xlsx', '36.5KB', '下载'],
];

function lhasaPage(p: Project7): string {
  const f = p.funds!;
  const out: string[] = [];
  out.push(`<tr><td>项目名称</td><td colspan="5">${esc(p.project.name!)}</td></tr>`);
  out.push(`<tr><td>主管部门及代码</td><td colspan="2">[${p.project.departmentCode}]${esc(p.project.department!)}</td><td>实施单位</td><td colspan="2">${esc(p.project.implementingUnit!)}</td></tr>`);
  out.push(`<tr><td>项目属性</td><td colspan="2">${esc(p.project.attribute!)}</td><td>项目期</td><td colspan="2">${esc(p.project.period!)}</td></tr>`);
  f.rows.forEach((r, i) => out.push(`<tr>${i === 0 ? `<td rowspan="${f.rows.length}">项目资金<br>（万元）</td>` : ''}<td colspan="2">${esc(String(r.label))}</td><td colspan="3">${wan(r.annualBudget as number)}</td></tr>`));
  out.push(`<tr><td>年度绩效目标</td><td colspan="5" style="text-align:left">${esc(p.goal!)}</td></tr>`);
  const n = itemCount(p);
  out.push(`<tr><td rowspan="${n + 1}">绩效指标</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td colspan="2">指标值</td></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<td rowspan="${l1}">${esc(l1Label(g))}</td>`);
    if (l2) cells.push(`<td rowspan="${l2}">${esc(g.level2)}</td>`);
    cells.push(`<td>${esc(it.name)}</td>`, `<td colspan="2">${esc(printValue(it.target))}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  const attach = LHASA_ATTACHMENTS.map(([no, name, size, op]) =>
    `<tr><td>${no}</td><td class="name"><a href="/attach/2025/02/P02025021856188${no}.${name.split('.').pop()}" target="_blank">${esc(name)}</a></td><td>${size}</td><td><a href="/download.do?fid=8850${no}">${op}</a></td></tr>`).join('\n');
  return `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>拉萨市城关区交通运输局2025年项目支出绩效目标公开</title>
<style>
body{font-family:"SimSun","Noto Serif CJK SC",serif;font-size:14px;margin:0;background:#fafafa}
#head{background:#0b5a9c;color:#fff;padding:16px 48px;font-size:26px}#head small{font-size:14px;margin-left:18px}
#menu{background:#084475;padding:0 48px}#menu a{color:#fff;display:inline-block;padding:8px 18px}
.wz{width:1000px;margin:10px auto;color:#666}.box{width:1000px;margin:0 auto;background:#fff;padding:24px 40px;border:1px solid #e2e2e2}
.box h2{text-align:center;color:#0b5a9c}.attr{text-align:center;color:#999;font-size:12px;margin-bottom:16px}
table.mb{border-collapse:collapse;width:100%;margin:8px 0}table.mb td{border:1px solid #000;padding:4px;text-align:center;font-size:13px}
.fj{margin-top:30px;border-top:2px solid #0b5a9c;padding-top:8px}table.att{width:100%;border-collapse:collapse}
table.att th{background:#e9f1f8;padding:6px;border-bottom:1px solid #ccc}table.att td{padding:6px;border-bottom:1px dotted #ccc;text-align:center}table.att td.name{text-align:left}
#foot{text-align:center;color:#777;font-size:12px;margin-top:30px;line-height:2}
</style>
</head>
<body>
<div id="head">拉萨市城关区人民政府<small>LHASA CHENGGUAN DISTRICT</small></div>
<div id="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwgk/czxx/">财政信息</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众互动</a></div>
<div class="wz">当前位置：<a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="/zwgk/czxx/">财政信息</a> » 部门预算</div>
<div class="box">
<h2>拉萨市城关区交通运输局2025年项目支出绩效目标公开</h2>
<div class="attr">发布日期：2025年02月18日　　信息来源：城关区交通运输局　　阅读次数：97</div>
<p>　　根据《中华人民共和国预算法》和预算公开有关要求，现将我局2025年农村公路养护项目支出绩效目标公开如下（其他项目绩效目标见附件）。</p>
<p style="text-align:center;font-size:18px;font-weight:bold">2025年项目支出绩效目标表</p>
<p>编制单位：拉萨市城关区交通运输局<span style="float:right">单位：万元</span></p>
<table class="mb">
${out.join('\n')}
</table>
<div class="fj">
<p><b>附件下载：</b></p>
<table class="att">
<tr><th width="8%">序号</th><th>附件名称</th><th width="12%">大小</th><th width="10%">操作</th></tr>
${attach}
</table>
</div>
</div>
<div id="foot">版权所有：拉萨市城关区人民政府　主办单位：拉萨市城关区人民政府办公室<br>藏ICP备11000215号-1　藏公网安备 54010202000108号　网站标识码：5401020001</div>
</body>
</html>
`;
}

// ───────────────────────── 4. 绍兴: GB2312 page, weights in 一级, grade in 总分 ─────────────────────────

const SHAOXING: Project7 = {
  kind: 'project-self-evaluation',
  title: '2023年度项目支出绩效自评表',
  year: 2023,
  project: {
    name: '越城区2023年公共文化服务惠民工程',
    department: '绍兴市越城区文化广电旅游局',
    implementingUnit: '绍兴市越城区文化馆',
  },
  funds: {
    publishedUnit: '元',
    rows: [
      { label: '年度资金总额', initialBudget: 3_860_000, annualBudget: 3_652_400, executed: 3_588_215.6, weight: 10, executionRate: 98.24, score: 9.82 },
      { label: '其中：财政拨款', initialBudget: 3_860_000, annualBudget: 3_652_400, executed: 3_588_215.6 },
      { label: '其他资金', initialBudget: 0, annualBudget: 0, executed: 0 },
    ],
  },
  goal: '开展送戏下乡、公益电影放映和文化馆公益培训，新增农家书屋图书2万册，基本公共文化服务覆盖率达到98%。',
  achieved: '完成送戏下乡126场、公益电影放映1836场、公益培训6420人次，新增图书2.1万册，覆盖率98.6%。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '送戏下乡演出场次', target: v('>=', 120, '场'), actual: v(null, 126, '场'), weight: 6, score: 6 },
      { name: '公益电影放映场次', target: v('>=', 1800, '场'), actual: v(null, 1836, '场'), weight: 6, score: 6 },
      { name: '文化馆公益培训人次', target: v('>=', 6000, '人次'), actual: v(null, 6420, '人次'), weight: 6, score: 6 },
      { name: '农家书屋新增图书册数', target: v('>=', 2, '万册'), actual: v(null, 2.1, '万册'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [
      { name: '演出活动群众到场率', target: v('>=', 80, '%'), actual: v(null, 83.5, '%'), weight: 6, score: 6 },
      { name: '公益培训课程完成率', target: v('>=', 95, '%'), actual: v(null, 92, '%'), weight: 6, score: 5, why: '部分课程因场地改造延期，已调整至次年一季度完成' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [
      { name: '惠民活动按计划完成率', target: v(null, 100, '%'), actual: v(null, 100, '%'), weight: 7, score: 7 },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [
      { name: '单场送戏下乡演出补助', target: v('<=', 8000, '元'), actual: v(null, 7800, '元'), weight: 7, score: 7 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [
      { name: '群众文化获得感', target: tx('明显提升'), actual: tx('明显提升'), weight: 10, score: 10 },
      { name: '基本公共文化服务覆盖率', target: v('>=', 98, '%'), actual: v(null, 98.6, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [
      { name: '基层文化阵地长效运行', target: tx('持续运行'), actual: tx('基本实现'), weight: 10, score: 8, why: '个别村文化礼堂日常管理人员不足，将落实专职管理员' },
    ] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [
      { name: '参与群众满意度', target: v('>=', 90, '%'), actual: v(null, 94.2, '%'), weight: 5, score: 5 },
      { name: '基层文化单位满意度', target: v('>=', 90, '%'), actual: v(null, 92, '%'), weight: 5, score: 5 },
    ] },
  ],
  total: { weight: 100, score: 96.82, grade: '优' },
};

function shaoxingPage(p: Project7): string {
  const f = p.funds!;
  const out: string[] = [];
  out.push(`<TR><TD height=30>项目名称</TD><TD colSpan=7>${esc(p.project.name!)}</TD></TR>`);
  out.push(`<TR><TD height=30>主管部门</TD><TD colSpan=3>${esc(p.project.department!)}</TD><TD>实施单位</TD><TD colSpan=3>${esc(p.project.implementingUnit!)}</TD></TR>`);
  out.push(`<TR><TD rowSpan=${f.rows.length + 1}>项目资金<BR>（元）</TD><TD>&nbsp;</TD><TD>年初预算数</TD><TD>全年预算数</TD><TD>全年执行数</TD><TD>分值</TD><TD>执行率</TD><TD>得分</TD></TR>`);
  for (const r of f.rows) {
    const rate = r.executionRate == null ? '/' : `${(r.executionRate as number).toFixed(2)}%`;
    out.push(`<TR><TD align=left>${esc(String(r.label))}</TD><TD align=right>${yuanText(r.initialBudget as number)}</TD><TD align=right>${yuanText(r.annualBudget as number)}</TD><TD align=right>${yuanText(r.executed as number)}</TD><TD>${num(r.weight as number | null, '/')}</TD><TD>${rate}</TD><TD>${r.score == null ? '/' : printNumber(r.score as number)}</TD></TR>`);
  }
  out.push(`<TR><TD rowSpan=2>年度总体目标</TD><TD colSpan=3>预期目标</TD><TD colSpan=4>实际完成情况</TD></TR>`);
  out.push(`<TR><TD colSpan=3 align=left>${esc(p.goal!)}</TD><TD colSpan=4 align=left>${esc(p.achieved!)}</TD></TR>`);
  out.push(`<TR><TD>一级指标</TD><TD>二级指标</TD><TD>三级指标</TD><TD>年度指标值</TD><TD>实际完成值</TD><TD>分值</TD><TD>得分</TD><TD>偏差原因分析及改进措施</TD></TR>`);
  eachRow(p.groups, (g, it, l1, l2) => {
    const cells: string[] = [];
    if (l1) cells.push(`<TD rowSpan=${l1}>${esc(l1Label(g))}</TD>`);
    if (l2) cells.push(`<TD rowSpan=${l2}>${esc(g.level2)}</TD>`);
    cells.push(`<TD align=left>${esc(it.name)}</TD>`, `<TD>${esc(printValue(it.target))}</TD>`, `<TD>${esc(printValue(it.actual ?? null))}</TD>`,
      `<TD>${num(it.weight)}</TD>`, `<TD>${num(it.score)}</TD>`, `<TD align=left>${it.why ? esc(it.why) : '&nbsp;'}</TD>`);
    out.push(`<TR>${cells.join('')}</TR>`);
  });
  out.push(`<TR><TD colSpan=5><B>总　　分</B></TD><TD>${num(p.total!.weight)}</TD><TD>${num(p.total!.score)}</TD><TD>${p.total!.grade}</TD></TR>`);
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<meta charset="gb2312">
<TITLE>绍兴市越城区文化广电旅游局2023年度项目支出绩效自评表</TITLE>
<META name=keywords content="越城区,绩效自评,公共文化服务">
<STYLE type=text/css>
BODY{MARGIN:0;FONT-SIZE:12px;FONT-FAMILY:宋体}
.bt{FONT-WEIGHT:bold;FONT-SIZE:20px;COLOR:#c00;TEXT-ALIGN:center}
.xx{COLOR:#666;TEXT-ALIGN:center;LINE-HEIGHT:30px}
.zw{FONT-SIZE:14px;LINE-HEIGHT:26px}
TABLE.zp{BORDER-COLLAPSE:collapse}TABLE.zp TD{BORDER:#000 1px solid;TEXT-ALIGN:center;FONT-SIZE:12px;PADDING:2px}
</STYLE>
</HEAD>
<BODY>
<DIV id=top style="BACKGROUND:#2b6cb0;HEIGHT:80px;COLOR:#fff;FONT-SIZE:28px;LINE-HEIGHT:80px;PADDING-LEFT:30px">绍兴市越城区人民政府门户网站</DIV>
<DIV id=nav style="BACKGROUND:#1e4e86;PADDING:6px 30px"><A href="/" style="COLOR:#fff">首页</A>　|　<A href="/col/col1/" style="COLOR:#fff">政务公开</A>　|　<A href="/col/col1229/" style="COLOR:#fff">财政资金</A>　|　<A href="/col/col1230/" style="COLOR:#fff">绩效评价</A></DIV>
<DIV style="WIDTH:960px;MARGIN:8px auto;COLOR:#555">您现在的位置：首页 &gt; 政务公开 &gt; 财政资金 &gt; 绩效评价</DIV>
<DIV style="WIDTH:960px;MARGIN:0 auto;BACKGROUND:#fff">
<DIV class=bt>绍兴市越城区文化广电旅游局2023年度公共文化服务惠民工程绩效自评情况</DIV>
<DIV class=xx>发布日期：2024-04-12　　信息来源：区文广旅游局　　访问次数：215</DIV>
<DIV class=zw>
<P>　　现将我局2023年度公共文化服务惠民工程项目支出绩效自评表公布如下。</P>
<P align=center><B><FONT size=4>${esc(p.title)}</FONT></B></P>
<TABLE class=zp cellSpacing=0 cellPadding=0 width="100%" border=1>
<TBODY>
${out.join('\n')}
</TBODY>
</TABLE>
<P>填报人：王丽娟　　　联系电话：0575-85138826　　　填报日期：2024年3月15日</P>
</DIV>
</DIV>
<DIV style="TEXT-ALIGN:center;COLOR:#666;LINE-HEIGHT:24px;MARGIN-TOP:20px;BORDER-TOP:#2b6cb0 3px solid">主办单位：绍兴市越城区人民政府办公室　　技术支持：越城区大数据发展管理局<BR>浙ICP备05012672号　　浙公网安备 33060202000188号</DIV>
</BODY>
</HTML>
`;
}

// ───────────────────────── write ─────────────────────────

interface Probe { file: string; html: string; encode?: 'GB18030'; tables: object[]; notes: string[] }

const probes: Probe[] = [
  {
    file: 'probe-r7-html-suzhou-family-doctor-2023-word-export.html', html: suzhouPage(SUZHOU), tables: [golden7(SUZHOU)],
    notes: [
      'A 政府信息公开 article (site header, nav, breadcrumb, 发布时间/来源/浏览次数, an intro paragraph with two amounts in 万元, footer with 主办单位 and ICP备案) holding a 项目支出绩效自评表 pasted from Word: MsoNormalTable, <p class=MsoNormal> in every cell, CJK and Latin text in separate <span> runs ("≥" "32" "万人"), &nbsp; padding around 项目名称/主管部门, <o:p> in empty cells, a 10-column grid (the funds and indicator blocks misaligned) and Word\'s trailing supportMisalignedColumns row of empty cells.',
      'Title "项目支出绩效自评表" with "（2023年度）" on the line below: year 2023. A 绩效指标 label column merged down the indicator block on the left of 一级.',
      'Funds: 年度资金总额 rate 95.97% (418.93/436.50) and score 9.60; 其中：当年财政拨款 has — for weight/rate/score (null); 上年结转资金 printed 0.00 (0); 其他资金 — in every column (label only, amounts null). Total row 总分 100 / 97.6, no grade printed.',
    ],
  },
  {
    file: 'probe-r7-html-chengdu-waste-sorting-2024-th-colspan-hidden.html', html: chengduPage(CHENGDU), tables: [golden7(CHENGDU)],
    notes: [
      'A CMS article page whose 自评表 uses <th> for every label and header cell, a two-row indicator header (指标值 colspan=2 over 年度目标值 | 实际完成值, the others rowspan=2), <br> inside wrapped 三级 names (one name each: "生活垃圾分类<br>覆盖小区数" → 生活垃圾分类覆盖小区数) and in 项目资金<br>（万元） / 年度<br>总体<br>目标.',
      'Hidden content that a reader never sees and the golden ignores: a 指标编码 column (<th>/<td> style="display:none" in every indicator row, colspans counting only visible columns), display:none spans inside the project name (ZX2024-0317), a target ("（2023年实际：398个）"), an actual ("（决算审定数）"), a score ("满分8", style "DISPLAY: NONE") and a 三级 name (指标解释…), and a hidden 索引号 in the page meta line.',
      '项目负责人 / 联系电话 row is not a project field. Funds: 其中：财政拨款 — for weight/rate/score (null); 其他资金 0.00 (0). 总分 100 / 98.8, no grade.',
    ],
  },
  {
    file: 'probe-r7-html-lhasa-rural-roads-2025-targets-attachments.html', html: lhasaPage(LHASA),
    tables: [golden7(LHASA), { kind: 'other', title: null, year: 2025, project: null, funds: null, indicators: [], total: null, rows: LHASA_ATTACHMENTS }],
    notes: [
      'A 部门预算 article page: a 2025年项目支出绩效目标表 (编制单位 caption not a project field; 主管部门及代码 "[218]拉萨市城关区交通运输局"; 项目属性 经常性项目; 项目期 1年 as period; funds 年度资金总额 and three source lines in 万元 as annualBudget; no weights) then a 附件下载 list table (序号 | 附件名称 | 大小 | 操作), whose file names mention 绩效目标表 and 预算公开表.',
      'Judgement call: the 附件下载 list is a table of the page but no performance table: golden kind other, its four data rows transcribed (header row excluded, link texts as printed), year the document\'s (2025).',
    ],
  },
  {
    file: 'probe-r7-html-shaoxing-culture-services-2023-gb2312.html', html: shaoxingPage(SHAOXING), encode: 'GB18030', tables: [golden7(SHAOXING)],
    notes: [
      'An old-style page declared <meta charset="gb2312">, its bytes written in GB18030 by iconv (all characters inside GBK); upper-case tags and unquoted attributes (colSpan=7, rowSpan=8).',
      'The 自评表: funds in 元 with thousands separators (3,588,215.60), 一级 cells carrying weights (产出指标（50分）…), 总分 row "总　　分 | 100 | 96.82 | 优" (grade in the 偏差原因 column), and "填报人 / 联系电话 / 填报日期：2024年3月15日" under the table (year stays 2023 from the title).',
      'Funds: 其中：财政拨款 / for weight/rate/score (null); 其他资金 0.00 (0).',
    ],
  },
];

for (const p of probes) {
  const path = join(OUT, p.file);
  if (p.encode) {
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', p.encode], { input: p.html });
    const back = new TextDecoder('gbk').decode(bytes);
    if (back !== p.html) throw new Error(`${p.file}: does not round-trip through GBK`);
    writeFileSync(path, bytes);
  } else writeFileSync(path, p.html);
  writeGolden(p.file, { source: p.file, notes: [`Generated by ${GENERATOR} from content written there by hand.`, ...p.notes], tables: p.tables });
  console.log('wrote', p.file);
}
