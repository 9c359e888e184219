/**
 * Department-document PDF probes, round 11a (samples/probe/probe-r11-dept-*.pdf): three multi-table
 * department publications written here by hand as HTML and printed to PDF by Chromium (text layer), the way
 * real 部门预算 / 部门决算 / 绩效自评结果公开 documents look:
 *    - danling-transport-2026-budget (四川 眉山 丹棱县交通运输局): cover, 目录, 部门职责 prose, 收支总表,
 *      一般公共预算支出表 (功能科目编码), 三公经费表, then five 项目支出绩效目标表 flowing one after another
 *      (two to a page, one split by a page break inside its indicator block), then a 部门整体支出绩效目标表;
 *    - weihui-water-2024-final-accounts (河南 新乡 卫辉市水利局): cover, 目录, 部门概况, three 决算公开表, then three
 *      项目支出绩效自评表 each followed by a 自评报告 block; the second table is cut by a page break inside its
 *      效益指标 block and its 一级 label 效益指标 printed again at the top of page 2 beside an empty 二级 cell;
 *    - shaxian-education-2024-self-evaluation (福建 三明 沙县区教育局): a 绩效自评结果公开: intro, a 自评结果汇总表
 *      (项目名称 | 预算数 | 执行数 | 执行率 | 自评得分 | 等级), then three 自评表 in three column variants (年初 / 全年
 *      指标值; 偏差原因 | 改进措施 apart; 一级 weights "产出指标（50分）").
 * Goldens (golden/<file>.golden.json) are written from the same hand-written content, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe-dept-r11.ts   # needs chromium + a CJK font (WenQuanYi Micro Hei)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { printNumber, printValue, type GoldenValue } from './golden-model.js';
import { OUT, categoryOf, dt, tx, v, writeGolden } from './probe-content.js';

const GENERATOR = 'scripts/samples/make-probe-dept-r11.ts';
const FONT = `"WenQuanYi Micro Hei","SimSun",sans-serif`;

// ───────────────────────── content model ─────────────────────────

interface It {
  name: string;
  target: GoldenValue | null;
  /** 年初指标值 (initialTarget) */
  initial?: GoldenValue | null;
  actual?: GoldenValue | null;
  weight?: number | null;
  score?: number | null;
  /** cells printed otherwise than printValue(...) */
  shown?: string; shownInitial?: string; shownActual?: string;
  why?: string; fix?: string;
}
interface Grp { level1: string; level1Weight?: number; level2: string; items: It[] }
type Money = number | null | undefined;
interface FundsRow { label: string; initial?: Money; annual?: Money; executed?: Money; weight?: number | null; rate?: number | null; score?: number | null }
interface Proj {
  kind: 'project-targets' | 'project-self-evaluation';
  title: string;
  year: number;
  project: { name: string; department?: string; departmentCode?: string; implementingUnit?: string; category?: string; attribute?: string; period?: string };
  /** amounts in 万元 as printed */
  funds: FundsRow[];
  goal: string;
  achieved?: string;
  groups: Grp[];
  total: { weight: number | null; score: number | null; grade: string | null } | null;
}

/** 万元 → 元, exact to the fen. */
const yuan = (w: Money): number | null => (w === null || w === undefined ? null : Math.round(w * 100) * 100);

function goldenOf(p: Proj) {
  const self = p.kind === 'project-self-evaluation';
  const project = { department: null, departmentCode: null, implementingUnit: null, budgetUnit: null, budgetUnitCode: null, category: null, attribute: null, period: null, ...p.project };
  const rows = p.funds.map((r) => {
    const row: Record<string, string | number | null> = { label: r.label };
    if (self) { row.initialBudget = yuan(r.initial); row.annualBudget = yuan(r.annual); row.executed = yuan(r.executed); row.weight = r.weight ?? null; row.executionRate = r.rate ?? null; row.score = r.score ?? null; }
    else row.annualBudget = yuan(r.annual);
    return row;
  });
  const indicators = p.groups.flatMap((g) => g.items.map((it) => ({
    level1: g.level1, level1Weight: g.level1Weight ?? null, level2: g.level2, category: categoryOf(g.level2), level3: it.name,
    target: it.target, initialTarget: it.initial ?? null, actual: self ? (it.actual ?? null) : null,
    weight: it.weight ?? null, score: self ? (it.score ?? null) : null,
  })));
  return { kind: p.kind, title: p.title, year: p.year, project, funds: { publishedUnit: '万元', rows }, indicators, total: p.total, rows: null };
}

// ───────────────────────── printing helpers ─────────────────────────

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const num = (x: number | null | undefined, none = '') => (x == null ? none : printNumber(x));
const money = (w: Money, none = '') => (w === null || w === undefined ? none : w.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
const plain = (w: Money, none = '') => (w === null || w === undefined ? none : w.toFixed(2));
const rate = (r: number | null | undefined, none = '') => (r == null ? none : `${r.toFixed(2)}%`);
const tgt = (it: It) => it.shown ?? printValue(it.target);
const ini = (it: It) => it.shownInitial ?? printValue(it.initial ?? null);
const act = (it: It) => it.shownActual ?? printValue(it.actual ?? null);
const l1Label = (g: Grp) => (g.level1Weight === undefined ? g.level1 : `${g.level1}（${g.level1Weight}分）`);

/** Walk the indicator block: cb(group, item, 一级 rowspan on the block's first row, 二级 rowspan on the group's first row). */
function eachRow(groups: Grp[], cb: (g: Grp, it: It, l1: number, l2: number) => void) {
  const byLevel1 = new Map<string, Grp[]>();
  for (const g of groups) byLevel1.set(g.level1, [...(byLevel1.get(g.level1) ?? []), g]);
  for (const gs of byLevel1.values()) {
    const n = gs.reduce((a, g) => a + g.items.length, 0);
    gs.forEach((g, gi) => g.items.forEach((it, i) => cb(g, it, gi === 0 && i === 0 ? n : 0, i === 0 ? g.items.length : 0)));
  }
}

function page(title: string, css: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
body{font-family:${FONT};font-size:10.5pt;color:#000;margin:0}
p{margin:0 0 5pt;line-height:1.65;text-indent:2em;text-align:justify}
h2{font-size:14pt;text-align:center;margin:10pt 0 8pt}
h3{font-size:12pt;margin:8pt 0 5pt}
.tt{font-size:13.5pt;font-weight:bold;text-align:center;margin:10pt 0 2pt}
.sub{text-align:center;font-size:10.5pt;margin:0 0 3pt}
.cap{display:flex;justify-content:space-between;font-size:9.5pt;margin:2pt 0 2pt}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border:0.75pt solid #000;text-align:center;vertical-align:middle;padding:2px 3px;line-height:1.3;font-size:9pt;word-break:break-all;font-weight:normal}
th{font-weight:bold}
td.l{text-align:left}td.r{text-align:right}td.s{font-size:8pt}
tr{break-inside:avoid}
.brk{break-before:page}
.cover{height:255mm;display:flex;flex-direction:column;justify-content:space-between;align-items:center;text-align:center}
.cover .t1{font-size:26pt;font-weight:bold;margin-top:60mm;letter-spacing:3pt}
.cover .t2{font-size:30pt;font-weight:bold;margin-top:14mm;letter-spacing:6pt}
.cover .t3{font-size:15pt;margin-bottom:30mm;line-height:2}
.toc div{display:flex;font-size:11pt;line-height:2.1}
.toc .dots{flex:1;border-bottom:1px dotted #000;margin:0 4pt 7pt}
.note{font-size:8.5pt;margin-top:2pt;text-indent:0}
${css}
</style></head><body>
${body}
</body></html>
`;
}

const tocPage = (items: [string, number | string, number?][]) =>
  `<div class="brk"></div><h2>目　　录</h2><div class="toc">${items.map(([t, p, indent]) => `<div style="padding-left:${(indent ?? 0) * 2}em"><span>${esc(t)}</span><span class="dots"></span><span>${p}</span></div>`).join('')}</div>`;

/** A plain table from a header row spec and rows of cell texts (null → empty). */
function gridTable(cols: number[], header: string, rows: (string | null)[][], rightFrom = 99): string {
  return `<table><colgroup>${cols.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>${header}${rows.map((r) =>
    `<tr>${r.map((c, k) => `<td class="${k >= rightFrom ? 'r' : 'l'}">${esc(c ?? '')}</td>`).join('')}</tr>`).join('')}</table>`;
}

// ───────────────────────── 1. 丹棱县交通运输局 2026年部门预算 ─────────────────────────

const DL_DEPT = '丹棱县交通运输局';
const dlProject = (name: string, unit: string, f: [number, number, number], goal: string, groups: Grp[]): Proj => ({
  kind: 'project-targets', title: '项目支出绩效目标表', year: 2026,
  project: { name, department: DL_DEPT, departmentCode: '302', implementingUnit: unit },
  funds: [{ label: '年度资金总额', annual: f[0] }, { label: '其中：财政拨款', annual: f[1] }, { label: '其他资金', annual: f[2] }],
  goal, groups, total: null,
});

const DL: Proj[] = [
  dlProject('农村公路养护项目', '丹棱县农村公路养护中心', [486.5, 486.5, 0],
    '完成全县412公里农村公路日常养护和3座危桥改造，公路技术状况指数（MQI）优良路率不低于80%，保障农村公路安全畅通。', [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '农村公路日常养护里程', target: v('>=', 412, '公里') },
        { name: '危桥改造数量', target: v('=', 3, '座') },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [
        { name: '公路技术状况指数（MQI）优良路率', target: v('>=', 80, '%') },
        { name: '养护工程交工验收合格率', target: v('=', 100, '%') },
      ] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '危桥改造完工时间', target: tx('2026年11月30日前') }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '每公里日常养护成本', target: v('<=', 7000, '元/公里') }] },
      { level1: '效益指标', level2: '社会效益指标', items: [{ name: '农村群众出行条件', target: tx('持续改善') }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '沿线群众满意度', target: v('>=', 90, '%') }] },
    ]),
  dlProject('城乡客运油价补贴', DL_DEPT, [128.36, 128.36, 0],
    '按时足额兑付城乡客运、出租汽车油价补贴，稳定农村客运市场，保障群众基本出行。', [
      { level1: '产出指标', level2: '数量指标', items: [{ name: '补贴城乡客运车辆数', target: v('>=', 56, '辆') }] },
      { level1: '产出指标', level2: '质量指标', items: [{ name: '补贴资金发放准确率', target: v('=', 100, '%') }] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '补贴资金兑付时间', target: dt('2026-06-30') }] },
      { level1: '效益指标', level2: '社会效益指标', items: [{ name: '建制村通客车率', target: v('=', 100, '%') }] },
      { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '农村客运服务', target: tx('长期稳定运行') }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '客运经营者满意度', target: v('>=', 90, '%') }] },
    ]),
  dlProject('公路安全生命防护工程', '丹棱县公路建设服务中心', [734, 600, 134],
    '对全县临水临崖、急弯陡坡等农村公路危险路段实施安全生命防护工程86.5公里，新增波形护栏32.6公里、警示标志标牌420块，消除一批重大安全隐患，道路交通安全水平明显提升。', [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '实施安防工程里程', target: v('>=', 86.5, '公里') },
        { name: '新增波形护栏长度', target: v('>=', 32.6, '公里') },
        { name: '新增警示标志标牌', target: v('>=', 420, '块') },
        { name: '整治急弯陡坡等危险路段', target: v('>=', 38, '处') },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [
        { name: '工程交工验收合格率', target: v('=', 100, '%') },
        { name: '波形护栏材料抽检合格率', target: v('>=', 98, '%') },
      ] },
      { level1: '产出指标', level2: '时效指标', items: [
        { name: '工程开工时间', target: dt('2026-04') },
        { name: '工程完工时间', target: tx('2026年10月31日前') },
      ] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '项目总投资', target: v('<=', 734, '万元') }] },
      { level1: '效益指标', level2: '社会效益指标', items: [
        { name: '临水临崖路段安防设施覆盖率', target: v('>=', 95, '%') },
        { name: '道路交通事故死亡人数', target: tx('较上年下降') },
      ] },
      { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '安防设施使用年限', target: v('>=', 10, '年') }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '沿线群众满意度', target: v('>=', 92, '%') }] },
    ]),
  dlProject('治超非现场执法点运维经费', '丹棱县交通运输综合行政执法大队', [62.8, 62.8, 0],
    '保障4个治超非现场执法点全年正常运行，货车违法超限超载率控制在2%以内。', [
      { level1: '产出指标', level2: '数量指标', items: [{ name: '运维治超非现场执法点', target: v('=', 4, '个') }] },
      { level1: '产出指标', level2: '质量指标', items: [{ name: '检测设备正常运行率', target: v('>=', 95, '%') }] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '设备故障响应时间', target: v('<=', 24, '小时') }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '单点年运维费用', target: v('<=', 15.7, '万元') }] },
      { level1: '效益指标', level2: '社会效益指标', items: [{ name: '货车违法超限超载率', target: v('<=', 2, '%') }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '社会公众满意度', target: v('>=', 85, '%') }] },
    ]),
  dlProject('交通运输综合执法装备购置', '丹棱县交通运输综合行政执法大队', [45, 45, 0],
    '购置执法记录仪30台、便携式称重设备2套，提升交通运输综合执法规范化、信息化水平。', [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '购置执法记录仪', target: v('=', 30, '台') },
        { name: '购置便携式称重设备', target: v('=', 2, '套') },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [{ name: '设备验收合格率', target: v('=', 100, '%') }] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '设备采购完成时间', target: dt('2026-09-30') }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '采购成本', target: v('<=', 45, '万元') }] },
      { level1: '效益指标', level2: '社会效益指标', items: [{ name: '执法规范化水平', target: tx('稳步提升') }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '执法人员满意度', target: v('>=', 90, '%') }] },
    ]),
];

function dlTargetTable(p: Proj, n: number, cutAfter?: string): string {
  const rows: string[] = [];
  const [total, fiscal, other] = p.funds;
  rows.push(`<tr><td colspan="2">项目名称</td><td colspan="4" class="l">${esc(p.project.name)}</td></tr>`);
  rows.push(`<tr><td colspan="2">主管部门及代码</td><td class="l" colspan="1">[${p.project.departmentCode}]${esc(p.project.department!)}</td><td>实施单位</td><td colspan="2" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  rows.push(`<tr><td colspan="2" rowspan="3">项目资金<br>（万元）</td><td colspan="2">${total!.label}</td><td colspan="2" class="r">${plain(total!.annual)}</td></tr>`);
  rows.push(`<tr><td colspan="2">${fiscal!.label}</td><td colspan="2" class="r">${plain(fiscal!.annual)}</td></tr>`);
  rows.push(`<tr><td colspan="2">${other!.label}</td><td colspan="2" class="r">${plain(other!.annual)}</td></tr>`);
  rows.push(`<tr><td colspan="2">年度目标</td><td colspan="4" class="l">${esc(p.goal)}</td></tr>`);
  type Line = { g: Grp; it: It; l1: number; l2: number };
  const lines: Line[] = [];
  eachRow(p.groups, (g, it, l1, l2) => lines.push({ g, it, l1, l2 }));
  const cut = cutAfter ? lines.findIndex((l) => l.it.name === cutAfter) : lines.length - 1;
  const first = lines.slice(0, cut + 1), second = lines.slice(cut + 1);
  const spanIn = (part: Line[], k: number, key: 'l1' | 'l2') => {
    const l = part[k]!;
    let m = 0;
    for (let j = k; j < part.length && (j === k || (key === 'l1' ? part[j]!.g.level1 === l.g.level1 : part[j]!.g === l.g)); j++) m++;
    return m;
  };
  rows.push(`<tr><td rowspan="${first.length + 1}" style="width:7%">绩<br>效<br>指<br>标</td><th>一级指标</th><th>二级指标</th><th colspan="2">三级指标</th><th>指标值</th></tr>`);
  const line = (l: Line, l1: number, l2: number, l1text = true, l2text = true) =>
    `<tr>${l1 ? `<td rowspan="${l1}">${l1text ? esc(l1Label(l.g)) : ''}</td>` : ''}${l2 ? `<td rowspan="${l2}">${l2text ? esc(l.g.level2) : ''}</td>` : ''}<td colspan="2" class="l">${esc(l.it.name)}</td><td>${esc(tgt(l.it))}</td></tr>`;
  first.forEach((l, k) => rows.push(line(l, l.l1 ? spanIn(first, k, 'l1') : 0, l.l2 ? spanIn(first, k, 'l2') : 0)));
  const head = `<div class="blk"><div class="tt">${esc(p.title)}</div><div class="sub">（2026年度）</div>
<div class="cap"><span>表8-${n}</span><span>单位：万元</span></div>`;
  const cols = '<colgroup><col style="width:8%"><col style="width:13%"><col style="width:27%"><col style="width:16%"><col style="width:16%"><col style="width:20%"></colgroup>';
  if (!second.length) return `${head}<table>${cols}\n${rows.join('\n')}\n</table></div>`;
  // continued on the next page the way a split merged cell prints: the 绩效指标 / 一级 / 二级 cells go on, empty
  const rows2: string[] = [];
  second.forEach((l, k) => {
    const goesOn1 = k === 0 && !l.l1, goesOn2 = k === 0 && !l.l2;
    const l1 = l.l1 || goesOn1 ? spanIn(second, k, 'l1') : 0;
    const l2 = l.l2 || goesOn2 ? spanIn(second, k, 'l2') : 0;
    const r = line(l, l1, l2, !goesOn1, !goesOn2);
    rows2.push(k === 0 ? r.replace('<tr>', `<tr><td rowspan="${second.length}"></td>`) : r);
  });
  return `${head}<table>${cols}\n${rows.join('\n')}\n</table></div><div class="brk"></div><table>${cols}\n${rows2.join('\n')}\n</table>`;
}

function danlingHtml(): string {
  const body: string[] = [];
  body.push(`<div class="cover"><div><div class="t1">丹棱县交通运输局</div><div class="t2">2026年部门预算</div></div><div class="t3">丹棱县交通运输局<br>二〇二六年二月</div></div>`);
  body.push(tocPage([
    ['第一部分　丹棱县交通运输局概况', 3], ['一、部门职责', 3, 1], ['二、机构设置', 3, 1],
    ['第二部分　2026年部门预算情况说明', 3], ['第三部分　名词解释', 3],
    ['第四部分　2026年部门预算表', 4], ['表1　部门收支总表', 4, 1], ['表2　一般公共预算支出预算表', 5, 1], ['表3　一般公共预算“三公”经费支出预算表', 5, 1],
    ['第五部分　2026年预算绩效目标', 5], ['表8　项目支出绩效目标表', 5, 1], ['表9　部门整体支出绩效目标表', 8, 1],
  ]));
  body.push(`<div class="brk"></div><h2>第一部分　丹棱县交通运输局概况</h2><h3>一、部门职责</h3>
<p>丹棱县交通运输局是县政府工作部门，为正科级。主要职责是：（一）贯彻执行国家、省、市关于交通运输工作的方针政策和法律法规，拟订全县公路、水路交通运输行业发展规划并组织实施。（二）承担全县农村公路建设、养护和管理的监督责任，组织实施县道、乡道、村道及其桥梁的建设和养护工程。（三）负责道路运输、城乡客运、出租汽车、机动车维修和驾驶员培训等行业管理，组织实施城乡客运一体化。（四）负责交通运输行业安全生产监督管理，组织开展公路安全生命防护工程建设。（五）负责公路路政和治理车辆超限超载工作，指导交通运输综合行政执法。（六）完成县委、县政府交办的其他任务。</p>
<h3>二、机构设置</h3>
<p>本部门内设办公室、规划建设股、运输管理股、安全监督股4个股室，下属丹棱县农村公路养护中心、丹棱县公路建设服务中心、丹棱县交通运输综合行政执法大队3个单位。纳入2026年部门预算编制范围的单位共4个，年末编制内实有人员68人，其中行政人员14人、事业人员54人。</p>
<h2>第二部分　2026年部门预算情况说明</h2>
<p>一、收支预算总体情况。按照综合预算的原则，丹棱县交通运输局所有收入和支出均纳入部门预算管理。2026年收入预算2,280.38万元，其中：一般公共预算拨款收入2,146.38万元，其他收入134.00万元；支出预算2,280.38万元，其中：基本支出823.72万元，项目支出1,456.66万元。收支总预算比2025年减少186.52万元，主要原因是农村公路建设项目投资减少。</p>
<p>二、一般公共预算拨款支出情况。2026年一般公共预算拨款支出2,146.38万元，主要用于：社会保障和就业支出62.40万元，卫生健康支出28.16万元，交通运输支出1,975.46万元，住房保障支出80.36万元。</p>
<p>三、“三公”经费预算情况。2026年“三公”经费预算12.60万元，比上年减少0.60万元，其中：因公出国（境）费0万元，公务用车购置及运行费10.80万元（全部为运行费），公务接待费1.80万元。减少的主要原因是厉行节约、压减公务接待支出。</p>
<p>四、预算绩效管理情况。根据预算绩效管理要求，本部门2026年实行绩效目标管理的项目5个，涉及一般公共预算拨款1,322.66万元，其他资金134.00万元；同时编制了部门整体支出绩效目标。</p>
<h2>第三部分　名词解释</h2>
<p>1. 一般公共预算拨款收入：指县级财政当年拨付的资金。2. 基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。3. 项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。4. “三公”经费：指用一般公共预算拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。</p>`);
  // 表1 收支总表
  const t1: (string | null)[][] = [
    ['一、一般公共预算拨款收入', '2,146.38', '一、社会保障和就业支出', '62.40'],
    ['二、政府性基金预算拨款收入', null, '二、卫生健康支出', '28.16'],
    ['三、国有资本经营预算拨款收入', null, '三、交通运输支出', '2,109.46'],
    ['四、事业收入', null, '四、住房保障支出', '80.36'],
    ['五、其他收入', '134.00', null, null],
    ['本年收入合计', '2,280.38', '本年支出合计', '2,280.38'],
    ['上年结转', null, '结转下年', null],
    ['收入总计', '2,280.38', '支出总计', '2,280.38'],
  ];
  body.push(`<div class="brk"></div><h2>第四部分　2026年部门预算表</h2><div class="tt">表1　部门收支总表</div><div class="cap"><span>部门：丹棱县交通运输局</span><span>单位：万元</span></div>
${gridTable([32, 18, 32, 18], '<tr><th colspan="2">收　　入</th><th colspan="2">支　　出</th></tr><tr><th>项　　目</th><th>预算数</th><th>项　　目</th><th>预算数</th></tr>', t1.map((r) => r), 99).replace(/<td class="l">([\d,.]+)<\/td>/g, '<td class="r">$1</td>')}`);
  // 表2 一般公共预算支出预算表
  const t2: (string | null)[][] = [
    [null, '合　　计', '2,146.38', '823.72', '1,322.66'],
    ['208', '社会保障和就业支出', '62.40', '62.40', null],
    ['20805', '　行政事业单位养老支出', '62.40', '62.40', null],
    ['2080505', '　　机关事业单位基本养老保险缴费支出', '62.40', '62.40', null],
    ['210', '卫生健康支出', '28.16', '28.16', null],
    ['21011', '　行政事业单位医疗', '28.16', '28.16', null],
    ['2101101', '　　行政单位医疗', '28.16', '28.16', null],
    ['214', '交通运输支出', '1,975.46', '652.80', '1,322.66'],
    ['21401', '　公路水路运输', '1,975.46', '652.80', '1,322.66'],
    ['2140101', '　　行政运行', '652.80', '652.80', null],
    ['2140104', '　　公路建设', '600.00', null, '600.00'],
    ['2140106', '　　公路养护', '486.50', null, '486.50'],
    ['2140112', '　　公路运输管理', '107.80', null, '107.80'],
    ['2140199', '　　其他公路水路运输支出', '128.36', null, '128.36'],
    ['221', '住房保障支出', '80.36', '80.36', null],
    ['22102', '　住房改革支出', '80.36', '80.36', null],
    ['2210201', '　　住房公积金', '80.36', '80.36', null],
  ];
  body.push(`<div class="brk"></div><div class="tt">表2　一般公共预算支出预算表</div><div class="cap"><span>部门：丹棱县交通运输局</span><span>单位：万元</span></div>
${gridTable([14, 38, 16, 16, 16], '<tr><th colspan="2">功能分类科目</th><th rowspan="2">合计</th><th rowspan="2">基本支出</th><th rowspan="2">项目支出</th></tr><tr><th>科目编码</th><th>科目名称</th></tr>', t2, 2)}
<p class="note">注：本表按《2026年政府收支分类科目》功能分类填列，列示到项级科目。</p>`);
  // 表3 三公
  body.push(`<div class="tt" style="margin-top:18pt">表3　一般公共预算“三公”经费支出预算表</div><div class="cap"><span>部门：丹棱县交通运输局</span><span>单位：万元</span></div>
<table><colgroup><col style="width:16%"><col style="width:14%"><col style="width:14%"><col style="width:14%"><col style="width:14%"><col style="width:14%"><col style="width:14%"></colgroup>
<tr><th rowspan="2">年度</th><th rowspan="2">合计</th><th rowspan="2">因公出国（境）费</th><th colspan="3">公务用车购置及运行费</th><th rowspan="2">公务接待费</th></tr>
<tr><th>小计</th><th>公务用车购置费</th><th>公务用车运行费</th></tr>
<tr><td>2025年预算</td><td class="r">13.20</td><td class="r">0.00</td><td class="r">10.80</td><td class="r">0.00</td><td class="r">10.80</td><td class="r">2.40</td></tr>
<tr><td>2026年预算</td><td class="r">12.60</td><td class="r">0.00</td><td class="r">10.80</td><td class="r">0.00</td><td class="r">10.80</td><td class="r">1.80</td></tr>
</table>`);
  body.push(`<h2 style="margin-top:18pt">第五部分　2026年预算绩效目标</h2><p>本部门2026年纳入绩效目标管理的项目5个，项目支出绩效目标表如下（表8-1至表8-5）；部门整体支出绩效目标表见表9。</p>`);
  DL.forEach((p, i) => body.push(dlTargetTable(p, i + 1, i === 2 ? '新增波形护栏长度' : undefined)));
  // 部门整体支出绩效目标表 (out of golden scope)
  const whole: Grp[] = [
    { level1: '产出指标', level2: '数量指标', items: [{ name: '农村公路日常养护里程', target: v('>=', 412, '公里') }, { name: '实施安防工程里程', target: v('>=', 86.5, '公里') }] },
    { level1: '产出指标', level2: '质量指标', items: [{ name: '公路技术状况指数（MQI）优良路率', target: v('>=', 80, '%') }] },
    { level1: '产出指标', level2: '时效指标', items: [{ name: '重点工作按期完成率', target: v('>=', 95, '%') }] },
    { level1: '产出指标', level2: '成本指标', items: [{ name: '“三公”经费控制率', target: v('<=', 100, '%') }] },
    { level1: '效益指标', level2: '社会效益指标', items: [{ name: '建制村通客车率', target: v('=', 100, '%') }, { name: '道路运输安全生产形势', target: tx('总体平稳') }] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '社会公众满意度', target: v('>=', 90, '%') }] },
  ];
  const wr: string[] = [];
  wr.push(`<tr><td colspan="2">部门名称</td><td colspan="4" class="l">${DL_DEPT}</td></tr>`);
  wr.push(`<tr><td colspan="2" rowspan="4">年度预算<br>（万元）</td><td colspan="2">资金总额</td><td colspan="2" class="r">2,280.38</td></tr><tr><td colspan="2">其中：基本支出</td><td colspan="2" class="r">823.72</td></tr><tr><td colspan="2">项目支出</td><td colspan="2" class="r">1,456.66</td></tr><tr><td colspan="2">其中：财政拨款</td><td colspan="2" class="r">2,146.38</td></tr>`);
  wr.push(`<tr><td colspan="2" rowspan="4">年度主要任务</td><th colspan="2">任务名称</th><th colspan="2">主要内容</th></tr>
<tr><td colspan="2" class="l">农村公路建设养护</td><td colspan="2" class="l">完成412公里农村公路日常养护、3座危桥改造和86.5公里安防工程</td></tr>
<tr><td colspan="2" class="l">城乡客运保障</td><td colspan="2" class="l">兑付城乡客运油价补贴，巩固建制村通客车成果</td></tr>
<tr><td colspan="2" class="l">交通运输综合执法</td><td colspan="2" class="l">保障治超非现场执法点运行，购置执法装备</td></tr>`);
  wr.push(`<tr><td colspan="2">年度总体目标</td><td colspan="4" class="l">围绕“四好农村路”建设，全面完成农村公路养护和安全生命防护工程任务，保障城乡客运稳定运行，强化交通运输综合执法，全县交通运输安全生产形势总体平稳。</td></tr>`);
  const wn = whole.reduce((a, g) => a + g.items.length, 0);
  wr.push(`<tr><td rowspan="${wn + 1}">年<br>度<br>绩<br>效<br>指<br>标</td><th>一级指标</th><th>二级指标</th><th colspan="2">三级指标</th><th>指标值</th></tr>`);
  eachRow(whole, (g, it, l1, l2) => {
    wr.push(`<tr>${l1 ? `<td rowspan="${l1}">${g.level1}</td>` : ''}${l2 ? `<td rowspan="${l2}">${g.level2}</td>` : ''}<td colspan="2" class="l">${esc(it.name)}</td><td>${esc(tgt(it))}</td></tr>`);
  });
  body.push(`<div class="brk"></div><div class="tt">表9　部门整体支出绩效目标表</div><div class="sub">（2026年度）</div><div class="cap"><span></span><span>单位：万元</span></div>
<table><colgroup><col style="width:8%"><col style="width:13%"><col style="width:27%"><col style="width:16%"><col style="width:16%"><col style="width:20%"></colgroup>${wr.join('\n')}</table>`);
  return page('丹棱县交通运输局2026年部门预算', `@page{size:A4;margin:20mm 18mm 18mm 18mm;@bottom-center{content:"— " counter(page) " —";font-family:${FONT};font-size:9pt}}
@page:first{@bottom-center{content:none}}
.blk{margin-top:6pt}`, body.join('\n'));
}

// ───────────────────────── 2. 卫辉市水利局 2024年度部门决算 ─────────────────────────

const WH_DEPT = '卫辉市水利局';
const whFunds = (f: [Money, Money, Money][], head: { weight: number; rate: number; score: number }): FundsRow[] => {
  const labels = ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
  return f.map((r, i) => ({ label: labels[i]!, initial: r[0], annual: r[1], executed: r[2], ...(i === 0 ? { weight: head.weight, rate: head.rate, score: head.score } : {}) }));
};

const WH: Proj[] = [
  {
    kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
    project: { name: '小型农田水利设施维修养护', department: WH_DEPT, implementingUnit: '卫辉市农村水利服务中心' },
    funds: whFunds([[320, 356.4, 348.72], [320, 356.4, 348.72], [0, 0, 0], [null, null, null]], { weight: 10, rate: 97.85, score: 9.78 }),
    goal: '维修养护农田灌溉机井420眼，清淤疏浚斗渠、农渠38公里，恢复和改善灌溉面积1.2万亩，保障农业生产用水。',
    achieved: '完成维修养护机井436眼，清淤疏浚沟渠36.5公里，恢复灌溉面积1.26万亩，工程全部通过验收。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '维修养护农田灌溉机井', target: v('>=', 420, '眼'), actual: v(null, 436, '眼'), weight: 10, score: 10 },
        { name: '清淤疏浚沟渠长度', target: v('>=', 38, '公里'), actual: v(null, 36.5, '公里'), weight: 10, score: 9, why: '部分沟渠汛期积水无法施工，剩余1.5公里顺延至2025年春灌前完成' },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [{ name: '维修工程验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 }] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '项目完成时间', target: tx('2024年11月30日前'), actual: dt('2024-11-26'), weight: 5, score: 5 }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '机井维修养护单价', target: v('<=', 4500, '元/眼'), actual: v(null, 4380, '元/眼'), weight: 5, score: 5 }] },
      { level1: '效益指标', level2: '经济效益指标', items: [{ name: '恢复改善灌溉面积', target: v('>=', 1.2, '万亩'), actual: v(null, 1.26, '万亩'), weight: 10, score: 10 }] },
      { level1: '效益指标', level2: '社会效益指标', items: [{ name: '受益群众人数', target: v('>=', 2.3, '万人'), actual: v(null, 2.41, '万人'), weight: 10, score: 10 }] },
      { level1: '效益指标', level2: '生态效益指标', items: [{ name: '灌溉水有效利用系数', target: v('>=', 0.61, null), actual: v(null, 0.62, null), weight: 10, score: 10 }] },
      { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '工程设施正常运行年限', target: v('>=', 5, '年'), actual: v(null, 5, '年'), weight: 10, score: 10 }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '受益群众满意度', target: v('>=', 90, '%'), actual: v(null, 94.6, '%'), weight: 10, score: 10 }] },
    ],
    total: { weight: 100, score: 98.78, grade: null },
  },
  {
    kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
    project: { name: '河长制工作经费', department: WH_DEPT, implementingUnit: '卫辉市河湖长制服务中心' },
    funds: whFunds([[85, 85, 79.36], [85, 85, 79.36], [0, 0, 0], [null, null, null]], { weight: 10, rate: 93.36, score: 9.34 }),
    goal: '落实四级河长巡河制度，全年巡河不少于1200次，完成河湖“清四乱”问题整改45处以上，更新河长公示牌60块，河湖面貌明显改善。',
    achieved: '全年各级河长巡河1386次，整改“清四乱”问题52处，更新公示牌60块，县控以上断面水质达标率88.9%。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '各级河长巡河次数', target: v('>=', 1200, '次'), actual: v(null, 1386, '次'), weight: 8, score: 8 },
        { name: '河湖“清四乱”问题整改数', target: v('>=', 45, '处'), actual: v(null, 52, '处'), weight: 8, score: 8 },
        { name: '更新河长公示牌', target: v('=', 60, '块'), actual: v(null, 60, '块'), weight: 6, score: 6 },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [
        { name: '问题整改销号率', target: v('>=', 95, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
        { name: '河道保洁达标率', target: v('>=', 90, '%'), actual: v(null, 91.7, '%'), weight: 8, score: 8 },
      ] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '交办问题整改时限', target: v('<=', 30, '天'), actual: v(null, 22, '天'), weight: 6, score: 6 }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '河道巡查保洁成本', target: v('<=', 50, '万元'), actual: v(null, 47.2, '万元'), weight: 6, score: 6 }] },
      { level1: '效益指标', level2: '社会效益指标', items: [
        { name: '河湖面貌', target: tx('明显改善'), actual: tx('明显改善'), weight: 10, score: 10 },
        { name: '群众爱河护河意识', target: tx('逐步增强'), actual: tx('逐步增强'), weight: 10, score: 9, why: '部分偏远村庄宣传覆盖不足，下一步将河湖保护宣传纳入村规民约' },
        { name: '涉河违法案件发生率', target: tx('较上年下降'), actual: tx('下降12%'), weight: 5, score: 5 },
      ] },
      { level1: '效益指标', level2: '生态效益指标', items: [{ name: '县控以上断面水质达标率', target: v('>=', 85, '%'), actual: v(null, 88.9, '%'), weight: 5, score: 5 }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '沿河群众满意度', target: v('>=', 90, '%'), actual: v(null, 93.2, '%'), weight: 10, score: 10 }] },
    ],
    total: { weight: 100, score: 98.34, grade: null },
  },
  {
    kind: 'project-self-evaluation', title: '项目支出绩效自评表', year: 2024,
    project: { name: '防汛抗旱物资储备', department: WH_DEPT, implementingUnit: WH_DEPT },
    funds: whFunds([[150, 168.5, 168.5], [150, 150, 150], [0, 18.5, 18.5], [null, null, null]], { weight: 10, rate: 100, score: 10 }),
    goal: '按照防汛物资储备定额，补充储备编织袋8万条、救生衣600件、抽水泵12台，汛前完成采购入库，确保安全度汛。',
    achieved: '储备编织袋8.2万条、救生衣580件、抽水泵12台，5月28日前入库，全年无因灾死亡。',
    groups: [
      { level1: '产出指标', level2: '数量指标', items: [
        { name: '储备编织袋', target: v('>=', 8, '万条'), actual: v(null, 8.2, '万条'), weight: 10, score: 10 },
        { name: '储备救生衣', target: v('>=', 600, '件'), actual: v(null, 580, '件'), weight: 8, score: 7.5, why: '受供货周期影响20件救生衣延期至汛后交付，已督促供应商按合同补齐' },
        { name: '储备抽水泵', target: v('>=', 12, '台'), actual: v(null, 12, '台'), weight: 7, score: 7 },
      ] },
      { level1: '产出指标', level2: '质量指标', items: [{ name: '物资入库验收合格率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 }] },
      { level1: '产出指标', level2: '时效指标', items: [{ name: '物资采购入库时间', target: tx('2024年5月31日前'), actual: dt('2024-05-28'), weight: 5, score: 5 }] },
      { level1: '产出指标', level2: '成本指标', items: [{ name: '物资采购成本', target: v('<=', 168.5, '万元'), actual: v(null, 168.5, '万元'), weight: 5, score: 5 }] },
      { level1: '效益指标', level2: '社会效益指标', items: [
        { name: '汛期因灾死亡人数', target: v('=', 0, '人'), actual: v(null, 0, '人'), weight: 15, score: 15 },
        { name: '抢险物资调运响应时间', target: v('<=', 2, '小时'), actual: v(null, 1.5, '小时'), weight: 10, score: 10 },
      ] },
      { level1: '效益指标', level2: '可持续影响指标', items: [{ name: '防汛应急保障能力', target: tx('持续提升'), actual: tx('持续提升'), weight: 10, score: 10 }] },
      { level1: '满意度指标', level2: '服务对象满意度指标', items: [{ name: '基层防汛单位满意度', target: v('>=', 90, '%'), actual: v(null, 95, '%'), weight: 10, score: 10 }] },
    ],
    total: { weight: 100, score: 99.5, grade: null },
  },
];

const WH_COLS = '<colgroup><col style="width:9%"><col style="width:11%"><col style="width:20%"><col style="width:11%"><col style="width:11%"><col style="width:7%"><col style="width:7%"><col style="width:24%"></colgroup>';

function whHead(p: Proj): string[] {
  const r: string[] = [];
  r.push(`<tr><td colspan="2">项目名称</td><td colspan="6" class="l">${esc(p.project.name)}</td></tr>`);
  r.push(`<tr><td colspan="2">主管部门</td><td colspan="2" class="l">${esc(p.project.department!)}</td><td colspan="2">实施单位</td><td colspan="2" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  r.push(`<tr><td rowspan="${p.funds.length + 1}">项目资金<br>（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>`);
  for (const f of p.funds) {
    const tail = f.weight == null ? '<td>—</td><td>—</td><td>—</td>' : `<td>${num(f.weight)}</td><td>${rate(f.rate)}</td><td>${f.score!.toFixed(2)}</td>`;
    r.push(`<tr><td class="l">${f.label}</td><td class="r">${plain(f.initial, '—')}</td><td class="r">${plain(f.annual, '—')}</td><td class="r">${plain(f.executed, '—')}</td>${tail}</tr>`);
  }
  r.push(`<tr><td colspan="2" rowspan="2">年度总体目标</td><td colspan="3">预期目标</td><td colspan="3">实际完成情况</td></tr>`);
  r.push(`<tr><td colspan="3" class="l">${esc(p.goal)}</td><td colspan="3" class="l">${esc(p.achieved!)}</td></tr>`);
  r.push(`<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度<br>指标值</th><th>实际<br>完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>`);
  return r;
}
const whRow = (g: Grp, it: It, l1: number, l2: number) =>
  `<tr>${l1 ? `<td rowspan="${l1}">${esc(l1Label(g))}</td>` : ''}${l2 ? `<td rowspan="${l2}">${esc(g.level2)}</td>` : ''}<td class="l">${esc(it.name)}</td><td>${esc(tgt(it))}</td><td>${esc(act(it))}</td><td>${num(it.weight)}</td><td>${num(it.score)}</td><td class="l s">${esc(it.why ?? '')}</td></tr>`;

/** The self-evaluation table; with `cutAfter` (a 三级 name) the table is closed after that row and reopened on the next page. */
function whTable(p: Proj, n: number, cutAfter?: string): string {
  const top = `<div class="tt">附件${n}　${esc(p.title)}</div><div class="sub">（2024年度）</div><div class="cap"><span>填报单位：${esc(p.project.implementingUnit!)}</span><span>单位：万元</span></div>`;
  const rows = whHead(p);
  // rows per (一级) block, to reopen a split block with its label printed again
  type Line = { g: Grp; it: It; l1: number; l2: number };
  const lines: Line[] = [];
  eachRow(p.groups, (g, it, l1, l2) => lines.push({ g, it, l1, l2 }));
  const cut = cutAfter ? lines.findIndex((l) => l.it.name === cutAfter) : -1;
  const close = `<tr><td colspan="5">总　　分</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td></td></tr>`;
  if (cut < 0) {
    for (const l of lines) rows.push(whRow(l.g, l.it, l.l1, l.l2));
    rows.push(close);
    return `${top}<table>${WH_COLS}${rows.join('\n')}</table>`;
  }
  // part 1: rows up to the cut, spans shortened to the rows printed
  const first = lines.slice(0, cut + 1), second = lines.slice(cut + 1);
  const spanIn = (part: Line[], k: number, key: 'l1' | 'l2') => {
    const l = part[k]!;
    let n = 0;
    for (let j = k; j < part.length; j++) {
      const m = part[j]!;
      if (j > k && (key === 'l1' ? m.g.level1 !== l.g.level1 : m.g !== l.g)) break;
      n++;
    }
    return n;
  };
  first.forEach((l, k) => rows.push(whRow(l.g, l.it, l.l1 ? spanIn(first, k, 'l1') : 0, l.l2 ? spanIn(first, k, 'l2') : 0)));
  const rows2: string[] = [];
  second.forEach((l, k) => {
    const l1 = k === 0 || l.l1 ? spanIn(second, k, 'l1') : 0;
    const contL2 = k === 0 && !l.l2;
    const l2 = l.l2 ? spanIn(second, k, 'l2') : 0;
    if (contL2) {
      const n2 = spanIn(second, 0, 'l2');
      rows2.push(`<tr>${l1 ? `<td rowspan="${l1}">${esc(l1Label(l.g))}</td>` : ''}<td rowspan="${n2}"></td><td class="l">${esc(l.it.name)}</td><td>${esc(tgt(l.it))}</td><td>${esc(act(l.it))}</td><td>${num(l.it.weight)}</td><td>${num(l.it.score)}</td><td class="l s">${esc(l.it.why ?? '')}</td></tr>`);
    } else rows2.push(whRow(l.g, l.it, l1, l2));
  });
  rows2.push(close);
  return `${top}<table>${WH_COLS}${rows.join('\n')}</table><div class="brk"></div><table>${WH_COLS}${rows2.join('\n')}</table>`;
}

const WH_REPORTS = [
  `<h3>小型农田水利设施维修养护项目绩效自评报告</h3>
<p>一、项目概况。该项目为经常性项目，由卫辉市农村水利服务中心组织实施，主要用于全市农田灌溉机井、斗渠农渠等小型农田水利设施的日常维修养护。年初预算320.00万元，年中追加36.40万元，全年预算356.40万元。</p>
<p>二、资金使用情况。截至2024年12月31日，项目实际支出348.72万元，预算执行率97.85%，结余7.68万元已按规定收回财政。资金主要用于机井维修养护183.97万元、沟渠清淤疏浚129.40万元、工程监理及验收35.35万元。</p>
<p>三、绩效目标完成情况。全年维修养护机井436眼，清淤疏浚沟渠36.5公里，恢复改善灌溉面积1.26万亩，受益群众2.41万人，受益群众满意度94.6%。</p>
<p>四、偏差原因及改进措施。清淤疏浚沟渠长度未达年度目标，主要原因是8月汛期部分沟渠积水无法施工。下一步将提前谋划施工时序，避开汛期。</p>
<p>五、自评结论。经综合评定，该项目自评得分98.78分，自评等级为“优”。</p>`,
  `<h3>河长制工作经费项目绩效自评报告</h3>
<p>一、项目概况。项目由卫辉市河湖长制服务中心实施，用于市、乡、村三级河长巡河履职、河湖“清四乱”专项整治、河长公示牌更新和河道保洁。全年预算85.00万元。</p>
<p>二、资金使用情况。全年实际支出79.36万元，预算执行率93.36%。未执行的5.64万元为河道保洁合同尾款，因第四季度保洁考核尚未完成，按合同约定于2025年1月支付。</p>
<p>三、绩效目标完成情况。各级河长巡河1386次，整改“清四乱”问题52处，问题整改销号率100%，更新公示牌60块，县控以上断面水质达标率88.9%，沿河群众满意度93.2%。</p>
<p>四、自评结论。该项目自评得分98.34分，自评等级为“优”。</p>`,
  `<h3>防汛抗旱物资储备项目绩效自评报告</h3>
<p>一、项目概况。项目由卫辉市水利局实施，用于补充市级防汛抗旱物资储备。年初预算150.00万元，另安排上年结转资金18.50万元，全年预算168.50万元。</p>
<p>二、资金使用情况。全年支出168.50万元，预算执行率100.00%。</p>
<p>三、绩效目标完成情况。储备编织袋8.2万条、救生衣580件、抽水泵12台，全部于2024年5月28日前入库，汛期抢险物资调运平均响应时间1.5小时，全年未发生因灾死亡事件。</p>
<p>四、自评结论。该项目自评得分99.5分，自评等级为“优”。</p>`,
];

function weihuiHtml(): string {
  const body: string[] = [];
  body.push(`<div class="cover"><div><div class="t1">卫辉市水利局</div><div class="t2">2024年度部门决算</div></div><div class="t3">卫辉市水利局<br>二〇二五年八月</div></div>`);
  body.push(tocPage([
    ['第一部分　部门概况', 3], ['一、主要职能', 3, 1], ['二、部门决算单位构成', 3, 1],
    ['第二部分　2024年度部门决算表', 3], ['一、收入支出决算总表', 3, 1], ['二、一般公共预算财政拨款支出决算表', 3, 1], ['三、财政拨款“三公”经费支出决算表', 4, 1],
    ['第三部分　2024年度部门决算情况说明', 4], ['第四部分　绩效评价情况', 4], ['附件1-3　项目支出绩效自评表及自评报告', 5, 1],
  ]));
  body.push(`<div class="brk"></div><h2>第一部分　部门概况</h2><h3>一、主要职能</h3>
<p>卫辉市水利局是市政府工作部门，主要职责：负责保障全市水资源的合理开发利用，拟订水利发展规划；负责生活、生产经营和生态环境用水的统筹和保障；组织实施最严格水资源管理制度；负责水利设施、水域及其岸线的管理、保护与综合利用；指导农村水利工作，组织实施农田水利基本建设；承担河湖长制日常工作；承担水情旱情监测预警和防御洪水应急抢险的技术支撑工作；完成市委、市政府交办的其他任务。</p>
<h3>二、部门决算单位构成</h3>
<p>纳入本部门2024年度部门决算编制范围的单位包括：卫辉市水利局本级、卫辉市农村水利服务中心、卫辉市河湖长制服务中心、卫辉市水利工程管理站，共4个单位。</p>
<h2>第二部分　2024年度部门决算表</h2>`);
  const t1: (string | null)[][] = [
    ['一、一般公共预算财政拨款收入', '1', '1,386.27', '一、一般公共服务支出', '32', null],
    ['二、政府性基金预算财政拨款收入', '2', '80.00', '二、社会保障和就业支出', '33', '96.48'],
    ['三、上级补助收入', '3', null, '三、卫生健康支出', '34', '41.35'],
    ['四、事业收入', '4', null, '四、农林水支出', '35', '1,237.92'],
    ['五、其他收入', '5', '20.00', '五、住房保障支出', '36', '110.52'],
    ['本年收入合计', '6', '1,486.27', '本年支出合计', '37', '1,486.27'],
    ['年初结转和结余', '7', '18.50', '年末结转和结余', '38', '18.50'],
    ['总计', '8', '1,504.77', '总计', '39', '1,504.77'],
  ];
  body.push(`<div class="tt">收入支出决算总表</div><div class="cap"><span>公开01表　部门：卫辉市水利局</span><span>金额单位：万元</span></div>
${gridTable([27, 6, 13, 35, 6, 13], '<tr><th colspan="3">收　　入</th><th colspan="3">支　　出</th></tr><tr><th>项　　目</th><th>行次</th><th>金额</th><th>项　　目</th><th>行次</th><th>金额</th></tr>', t1, 99).replace(/<td class="l">([\d,.]+)<\/td>/g, '<td class="r">$1</td>')}`);
  const t2: (string | null)[][] = [
    [null, '合　　计', '1,386.27', '788.43', '597.84'],
    ['208', '社会保障和就业支出', '96.48', '96.48', null],
    ['20805', '　行政事业单位养老支出', '96.48', '96.48', null],
    ['210', '卫生健康支出', '41.35', '41.35', null],
    ['21011', '　行政事业单位医疗', '41.35', '41.35', null],
    ['213', '农林水支出', '1,137.92', '540.08', '597.84'],
    ['21303', '　水利', '1,137.92', '540.08', '597.84'],
    ['2130301', '　　行政运行', '540.08', '540.08', null],
    ['2130306', '　　水利工程运行与维护', '348.72', null, '348.72'],
    ['2130335', '　　农村供水', '1.26', null, '1.26'],
    ['2130316', '　　农村水利', '79.36', null, '79.36'],
    ['2130314', '　　防汛', '168.50', null, '168.50'],
    ['221', '住房保障支出', '110.52', '110.52', null],
  ];
  body.push(`<div class="tt" style="margin-top:14pt">一般公共预算财政拨款支出决算表</div><div class="cap"><span>公开03表　部门：卫辉市水利局</span><span>金额单位：万元</span></div>
${gridTable([14, 41, 15, 15, 15], '<tr><th colspan="2">项　　目</th><th colspan="3">本年支出</th></tr><tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>基本支出</th><th>项目支出</th></tr>', t2, 2)}`);
  body.push(`<div class="brk"></div><div class="tt">财政拨款“三公”经费支出决算表</div><div class="cap"><span>公开07表　部门：卫辉市水利局</span><span>金额单位：万元</span></div>
<table><tr><th colspan="6">预算数</th><th colspan="6">决算数</th></tr>
<tr><th rowspan="2">合计</th><th rowspan="2">因公出国（境）费</th><th colspan="3">公务用车购置及运行费</th><th rowspan="2">公务接待费</th><th rowspan="2">合计</th><th rowspan="2">因公出国（境）费</th><th colspan="3">公务用车购置及运行费</th><th rowspan="2">公务接待费</th></tr>
<tr><th>小计</th><th>购置费</th><th>运行费</th><th>小计</th><th>购置费</th><th>运行费</th></tr>
<tr>${['9.60', '0.00', '8.00', '0.00', '8.00', '1.60', '8.74', '0.00', '7.52', '0.00', '7.52', '1.22'].map((x) => `<td class="r">${x}</td>`).join('')}</tr></table>
<h2>第三部分　2024年度部门决算情况说明</h2>
<p>一、收入支出决算总体情况说明。2024年度收入总计1,504.77万元、支出总计1,504.77万元，与2023年度相比，收、支总计各减少212.36万元，下降12.4%，主要原因是水利工程建设项目完工，项目支出减少。</p>
<p>二、财政拨款“三公”经费支出决算情况说明。2024年度“三公”经费支出8.74万元，完成预算的91.0%，其中公务用车运行费7.52万元，公务接待费1.22万元（国内接待26批次、187人次）。</p>
<p>三、预算绩效管理工作开展情况。根据预算绩效管理要求，本部门组织对2024年度一般公共预算项目支出开展绩效自评，共涉及项目3个，资金609.90万元，占一般公共预算项目支出总额的100%。从评价情况看，3个项目自评等级均为“优”。项目自评表及自评报告见附件。</p>
<h2>第四部分　绩效评价情况</h2>`);
  body.push(`<div class="brk"></div>${whTable(WH[0]!, 1)}${WH_REPORTS[0]}`);
  body.push(`<div class="brk"></div>${whTable(WH[1]!, 2, '群众爱河护河意识')}${WH_REPORTS[1]}`);
  body.push(`<div class="brk"></div>${whTable(WH[2]!, 3)}${WH_REPORTS[2]}`);
  return page('卫辉市水利局2024年度部门决算', `@page{size:A4;margin:20mm 16mm 18mm 16mm;@bottom-center{content:counter(page);font-family:${FONT};font-size:9pt}}
@page:first{@bottom-center{content:none}}`, body.join('\n'));
}

// ───────────────────────── 3. 沙县区教育局 2024年度绩效自评结果公开 ─────────────────────────

const SX_DEPT = '三明市沙县区教育局';
const sxFunds = (rows: [string, Money, Money, Money][], head: { rate: number; score: number }): FundsRow[] =>
  rows.map(([label, a, b, c], i) => ({ label, initial: a, annual: b, executed: c, ...(i === 0 ? { weight: 10, rate: head.rate, score: head.score } : {}) }));

const SX_A: Proj = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '义务教育薄弱环节改善与能力提升', department: SX_DEPT, implementingUnit: '沙县区各义务教育学校' },
  funds: sxFunds([['年度资金总额', 1200, 1280, 1236.54], ['其中：中央补助资金', 800, 800, 800], ['省级补助资金', 300, 300, 300], ['区级财政资金', 100, 180, 136.54]], { rate: 96.6, score: 9.66 }),
  goal: '新建改扩建校舍12600平方米，购置教学设备1500台（套），改造学校食堂5所，新增义务教育学位1000个，办学条件持续改善。',
  achieved: '完成校舍建设12680平方米，购置设备1526台（套），改造食堂5所，新增学位1035个；新建教学楼延期20天竣工。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '新建改扩建校舍面积', initial: v('>=', 12000, '平方米'), target: v('>=', 12600, '平方米'), actual: v(null, 12680, '平方米'), shownInitial: '≥12000㎡', shown: '≥12600㎡', shownActual: '12680㎡', weight: 10, score: 10 },
      { name: '购置教学仪器设备', initial: v('>=', 1500, '台套'), target: v('>=', 1500, '台套'), actual: v(null, 1526, '台套'), weight: 10, score: 10 },
      { name: '改造学校食堂', initial: v('=', 4, '所'), target: v('=', 5, '所'), actual: v(null, 5, '所'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '工程竣工验收合格率', initial: v('=', 100, '%'), target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
      { name: '设备采购验收合格率', initial: v('=', 100, '%'), target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 6, score: 6 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '项目完工时间', initial: dt('2024-08-31'), target: dt('2024-08-31'), actual: dt('2024-09-20'), weight: 6, score: 3, why: '受6月连续降雨影响，新建教学楼外立面工程延期20天完工，未影响秋季开学使用' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '校舍建设单位造价', initial: v('<=', 3200, '元/平方米'), target: v('<=', 3200, '元/平方米'), actual: v(null, 3150, '元/平方米'), shownInitial: '≤3200元/㎡', shown: '≤3200元/㎡', shownActual: '3150元/㎡', weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '新增义务教育学位数', initial: v('>=', 900, '个'), target: v('>=', 1000, '个'), actual: v(null, 1035, '个'), weight: 10, score: 10 },
      { name: '义务教育巩固率', initial: v('>=', 99, '%'), target: v('>=', 99, '%'), actual: v(null, 99.6, '%'), weight: 10, score: 10 },
    ] },
    { level1: '效益指标', level2: '可持续影响指标', items: [
      { name: '学校办学条件', initial: tx('持续改善'), target: tx('持续改善'), actual: tx('持续改善'), weight: 8, score: 8 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '师生及家长满意度', initial: v('>=', 90, '%'), target: v('>=', 90, '%'), actual: v(null, 88.2, '%'), weight: 8, score: 7, why: '部分家长对施工期间临时教学安排意见较大' },
    ] },
  ],
  total: { weight: 100, score: 95.66, grade: '优' },
};

const SX_B: Proj = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '学生资助补助经费', department: SX_DEPT, implementingUnit: '三明市沙县区学生资助管理中心' },
  funds: sxFunds([['年度资金总额', 600, 642.35, 642.35], ['其中：中央补助资金', 420, 452.6, 452.6], ['省级补助资金', 120, 126.15, 126.15], ['区级财政资金', 60, 63.6, 63.6]], { rate: 100, score: 10 }),
  goal: '落实从学前教育到高中阶段学生资助政策和农村义务教育学生营养改善计划，做到应助尽助，不让一个学生因家庭经济困难而失学。',
  achieved: '全年资助家庭经济困难学生6124人次，营养改善计划惠及学生9356人，无因贫失学辍学学生。',
  groups: [
    { level1: '产出指标', level2: '数量指标', items: [
      { name: '资助家庭经济困难学生人次', target: v('>=', 5800, '人次'), actual: v(null, 6124, '人次'), weight: 10, score: 10 },
      { name: '营养改善计划受益学生数', target: v('>=', 9200, '人'), actual: v(null, 9356, '人'), weight: 10, score: 10 },
    ] },
    { level1: '产出指标', level2: '质量指标', items: [
      { name: '资助对象认定准确率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 10, score: 10 },
      { name: '资助资金足额发放率', target: v('=', 100, '%'), actual: v(null, 100, '%'), weight: 8, score: 8 },
    ] },
    { level1: '产出指标', level2: '时效指标', items: [
      { name: '资助资金发放及时率', target: v('>=', 95, '%'), actual: v(null, 92, '%'), weight: 6, score: 3.5,
        why: '秋季学期部分学校学生资助系统信息更新滞后，导致部分资助资金发放时间推迟', fix: '加强资助系统操作培训，建立资助资金发放进度周报制度' },
    ] },
    { level1: '产出指标', level2: '成本指标', items: [
      { name: '营养膳食补助标准', target: v('=', 5, '元/生·天'), actual: v(null, 5, '元/生·天'), weight: 6, score: 6 },
    ] },
    { level1: '效益指标', level2: '社会效益指标', items: [
      { name: '因贫失学辍学学生数', target: v('=', 0, '人'), actual: v(null, 0, '人'), weight: 15, score: 15 },
      { name: '农村学生营养健康状况', target: tx('逐步改善'), actual: tx('逐步改善'), weight: 10, score: 10 },
    ] },
    { level1: '满意度指标', level2: '服务对象满意度指标', items: [
      { name: '受助学生及家长满意度', target: v('>=', 95, '%'), actual: v(null, 96.8, '%'), weight: 15, score: 15 },
    ] },
  ],
  total: { weight: 100, score: 97.5, grade: '优' },
};

const SX_C: Proj = {
  kind: 'project-self-evaluation', title: '2024年度项目支出绩效自评表', year: 2024,
  project: { name: '中小学教师培训经费', department: SX_DEPT, implementingUnit: '三明市沙县区教师进修学校' },
  funds: sxFunds([['年度资金总额', 96, 96, 81.6], ['其中：财政拨款', 96, 96, 81.6], ['其他资金', null, null, null]], { rate: 85, score: 8.5 }),
  goal: '开展中小学教师全员培训2400人次，建设名师工作室6个，提升教师教育教学能力。',
  achieved: '完成教师培训2156人次，建成名师工作室5个，培训考核合格率97.2%。',
  groups: [
    { level1: '产出指标', level1Weight: 50, level2: '数量指标', items: [
      { name: '教师培训人次', target: v('>=', 2400, '人次'), actual: v(null, 2156, '人次'), weight: 10, score: 8, why: '部分线下集中培训与教学安排冲突取消，2025年改为线上线下混合方式' },
      { name: '名师工作室建设数量', target: v('=', 6, '个'), actual: v(null, 5, '个'), weight: 10, score: 8, why: '1个学科工作室主持人调离，工作室暂缓挂牌' },
    ] },
    { level1: '产出指标', level1Weight: 50, level2: '质量指标', items: [{ name: '培训考核合格率', target: v('>=', 95, '%'), actual: v(null, 97.2, '%'), weight: 10, score: 10 }] },
    { level1: '产出指标', level1Weight: 50, level2: '时效指标', items: [{ name: '年度培训计划完成时间', target: tx('2024年12月31日前'), actual: dt('2024-12-20'), weight: 10, score: 10 }] },
    { level1: '产出指标', level1Weight: 50, level2: '成本指标', items: [{ name: '人均培训成本', target: v('<=', 400, '元/人次'), actual: v(null, 378, '元/人次'), weight: 10, score: 10 }] },
    { level1: '效益指标', level1Weight: 30, level2: '社会效益指标', items: [{ name: '教师教育教学能力', target: tx('稳步提升'), actual: tx('有所提升'), weight: 15, score: 13, why: '培训成效转化需要一定周期' }] },
    { level1: '效益指标', level1Weight: 30, level2: '可持续影响指标', items: [{ name: '教师专业发展支持体系', target: tx('逐步完善'), actual: tx('初步建立'), weight: 15, score: 12, why: '名师工作室未全部建成，辐射带动作用尚未充分发挥' }] },
    { level1: '满意度指标', level1Weight: 10, level2: '服务对象满意度指标', items: [{ name: '参训教师满意度', target: v('>=', 90, '%'), actual: v(null, 88.6, '%'), weight: 10, score: 7, why: '部分教师反映培训内容针对性不强' }] },
  ],
  total: { weight: 100, score: 86.5, grade: '良' },
};

const SX_SUMMARY: (string | null)[][] = [
  ['1', '义务教育薄弱环节改善与能力提升', '1,280.00', '1,236.54', '96.60%', '95.66', '优'],
  ['2', '学生资助补助经费', '642.35', '642.35', '100.00%', '97.50', '优'],
  ['3', '中小学教师培训经费', '96.00', '81.60', '85.00%', '86.50', '良'],
  ['合计', null, '2,018.35', '1,960.49', '97.13%', null, null],
];

function sxHead(p: Proj, width: number, label0: number): string[] {
  const r: string[] = [];
  const rest = width - label0;
  r.push(`<tr><td colspan="${label0}">项目名称</td><td colspan="${rest}" class="l">${esc(p.project.name)}</td></tr>`);
  const half = Math.floor(rest / 2);
  r.push(`<tr><td colspan="${label0}">主管部门</td><td colspan="${half - 1}" class="l">${esc(p.project.department!)}</td><td colspan="2">实施单位</td><td colspan="${rest - half - 1}" class="l">${esc(p.project.implementingUnit!)}</td></tr>`);
  // funds: label | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 over the remaining columns
  const extra = rest - 7;
  r.push(`<tr><td colspan="${label0}" rowspan="${p.funds.length + 1}">项目资金<br>（万元）</td><td colspan="${1 + extra}"></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td><td>得分</td></tr>`);
  for (const f of p.funds) {
    r.push(`<tr><td colspan="${1 + extra}" class="l">${f.label}</td><td class="r">${money(f.initial, '—')}</td><td class="r">${money(f.annual, '—')}</td><td class="r">${money(f.executed, '—')}</td><td>${num(f.weight, '—')}</td><td>${rate(f.rate, '—')}</td><td>${f.score == null ? '—' : f.score.toFixed(2)}</td></tr>`);
  }
  r.push(`<tr><td colspan="${label0}" rowspan="2">年度总体目标</td><td colspan="${half}">预期目标</td><td colspan="${rest - half}">实际完成情况</td></tr>`);
  r.push(`<tr><td colspan="${half}" class="l">${esc(p.goal)}</td><td colspan="${rest - half}" class="l">${esc(p.achieved!)}</td></tr>`);
  return r;
}

/** Variant A: 年初指标值 | 全年指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 (9 columns). */
function sxTableA(p: Proj): string {
  const r = sxHead(p, 9, 2);
  r.push(`<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年初<br>指标值</th><th>全年<br>指标值</th><th>实际<br>完成值</th><th>分值</th><th>得分</th><th>偏差原因分析</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => r.push(`<tr>${l1 ? `<td rowspan="${l1}">${esc(l1Label(g))}</td>` : ''}${l2 ? `<td rowspan="${l2}">${esc(g.level2)}</td>` : ''}<td class="l">${esc(it.name)}</td><td>${esc(ini(it))}</td><td>${esc(tgt(it))}</td><td>${esc(act(it))}</td><td>${num(it.weight)}</td><td>${num(it.score)}</td><td class="l s">${esc(it.why ?? '')}</td></tr>`));
  r.push(`<tr><td colspan="6">总分</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td></td></tr>`);
  r.push(`<tr><td colspan="6">自评等级</td><td colspan="3">${p.total!.grade}</td></tr>`);
  return `<table><colgroup><col style="width:8%"><col style="width:10%"><col style="width:19%"><col style="width:10.5%"><col style="width:10.5%"><col style="width:10%"><col style="width:7.5%"><col style="width:7.5%"><col style="width:17%"></colgroup>${r.join('\n')}</table>`;
}

/** Variant B: 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 | 改进措施 (9 columns). */
function sxTableB(p: Proj): string {
  const r = sxHead(p, 9, 2);
  r.push(`<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因</th><th>改进措施</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => r.push(`<tr>${l1 ? `<td rowspan="${l1}">${esc(l1Label(g))}</td>` : ''}${l2 ? `<td rowspan="${l2}">${esc(g.level2)}</td>` : ''}<td class="l">${esc(it.name)}</td><td>${esc(tgt(it))}</td><td>${esc(act(it))}</td><td>${num(it.weight)}</td><td>${num(it.score)}</td><td class="l s">${esc(it.why ?? '无')}</td><td class="l s">${esc(it.fix ?? '无')}</td></tr>`));
  r.push(`<tr><td colspan="5">总分</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td colspan="2">自评等级：${p.total!.grade}</td></tr>`);
  return `<table><colgroup><col style="width:8%"><col style="width:10%"><col style="width:20%"><col style="width:11%"><col style="width:11%"><col style="width:7.5%"><col style="width:7.5%"><col style="width:13%"><col style="width:12%"></colgroup>${r.join('\n')}</table>`;
}

/** Variant C: 一级 with weights, 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 (8 columns). */
function sxTableC(p: Proj): string {
  const r = sxHead(p, 8, 1);
  r.push(`<tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>得分</th><th>偏差原因分析及改进措施</th></tr>`);
  eachRow(p.groups, (g, it, l1, l2) => r.push(`<tr>${l1 ? `<td rowspan="${l1}">${esc(l1Label(g))}</td>` : ''}${l2 ? `<td rowspan="${l2}">${esc(g.level2)}</td>` : ''}<td class="l">${esc(it.name)}</td><td>${esc(tgt(it))}</td><td>${esc(act(it))}</td><td>${num(it.weight)}</td><td>${num(it.score)}</td><td class="l s">${esc(it.why ?? '')}</td></tr>`));
  r.push(`<tr><td colspan="5">总分</td><td>${num(p.total!.weight)}</td><td>${num(p.total!.score)}</td><td>${p.total!.grade}</td></tr>`);
  return `<table><colgroup><col style="width:11%"><col style="width:11%"><col style="width:20%"><col style="width:12%"><col style="width:11%"><col style="width:7.5%"><col style="width:7.5%"><col style="width:20%"></colgroup>${r.join('\n')}</table>`;
}

const SX_NOTES = [
  `<p style="text-indent:0;font-weight:bold;margin-top:8pt">项目自评情况说明：</p>
<p>1. 项目决策。项目依据《福建省义务教育薄弱环节改善与能力提升工作方案》设立，年初预算1,200.00万元，年中根据学位缺口追加区级资金80.00万元，全年预算1,280.00万元，年初、全年绩效指标值相应调整。</p>
<p>2. 项目管理。项目实行区级统筹、学校实施，严格执行政府采购和工程招投标制度，竣工项目均按规定组织验收和审计。全年执行1,236.54万元，执行率96.60%，未执行的43.46万元为工程质保金，按合同约定于质保期满后支付。</p>
<p>3. 项目绩效。新建改扩建校舍12680平方米，购置教学仪器设备1526台（套），新增学位1035个，义务教育巩固率99.6%。新建教学楼延期20天竣工，扣3分；满意度调查结果88.2%，扣1分。</p>`,
  `<p style="text-indent:0;font-weight:bold;margin-top:8pt">项目自评情况说明：</p>
<p>1. 资金使用。全年预算642.35万元（含中央补助452.60万元、省级补助126.15万元、区级资金63.60万元），全部通过“一卡通”直接发放至受助学生或监护人账户，执行率100.00%。</p>
<p>2. 绩效完成。资助家庭经济困难学生6124人次，营养改善计划惠及9356名农村义务教育学生，全年无因贫失学辍学学生。秋季学期资助资金发放及时率92%，未达95%的目标值，扣2.5分。</p>`,
  `<p style="text-indent:0;font-weight:bold;margin-top:8pt">项目自评情况说明：</p>
<p>1. 资金使用。全年预算96.00万元，执行81.60万元，执行率85.00%，扣1.5分。未执行14.40万元主要为取消的线下集中培训经费，已按规定收回。</p>
<p>2. 绩效完成。完成教师培训2156人次，建成名师工作室5个，培训考核合格率97.2%，参训教师满意度88.6%。综合自评得分86.5分，等级为“良”。</p>`,
];

const SX_SUMMARY_TITLE = '三明市沙县区教育局2024年度项目支出绩效自评结果汇总表';

function shaxianHtml(): string {
  const body: string[] = [];
  const cap = (p: Proj) => `<div class="cap"><span>填报单位（盖章）：三明市沙县区教育局</span><span>金额单位：万元</span></div>`;
  body.push(`<div style="text-align:center;font-size:18pt;font-weight:bold;margin:6pt 0 4pt">三明市沙县区教育局<br>2024年度项目支出绩效自评结果公开</div>
<div style="text-align:center;font-size:9.5pt;color:#333;margin-bottom:10pt">发布日期：2025年5月16日　　　来源：沙县区教育局</div>
<p>根据《三明市沙县区财政局关于开展2024年度区级预算绩效自评工作的通知》（沙财绩〔2025〕3号）要求，我局组织对2024年度3个区级项目支出开展了绩效自评。3个项目全年预算数合计2,018.35万元，实际执行1,960.49万元，总体预算执行率97.13%。自评结果为“优”的项目2个、“良”的项目1个。现将自评结果公开如下：</p>
<h3>一、项目支出绩效自评结果汇总</h3>
<div class="tt">${SX_SUMMARY_TITLE}</div><div class="cap"><span></span><span>单位：万元</span></div>
<table><colgroup><col style="width:7%"><col style="width:33%"><col style="width:13%"><col style="width:13%"><col style="width:11%"><col style="width:11%"><col style="width:12%"></colgroup>
<tr><th>序号</th><th>项目名称</th><th>预算数</th><th>执行数</th><th>执行率</th><th>自评得分</th><th>等级</th></tr>
${SX_SUMMARY.map((r) => (r[0] === '合计'
    ? `<tr><td colspan="2">合计</td>${r.slice(2).map((c) => `<td class="r">${c ?? ''}</td>`).join('')}</tr>`
    : `<tr><td>${r[0]}</td><td class="l">${r[1]}</td>${r.slice(2).map((c) => `<td class="r">${c ?? ''}</td>`).join('')}</tr>`)).join('\n')}
</table>
<p class="note">注：自评得分90分（含）以上为“优”，80（含）—90分为“良”，60（含）—80分为“中”，60分以下为“差”。</p>
<h3>二、绩效自评工作开展情况</h3>
<p>（一）加强组织领导。成立由局主要领导任组长、分管领导任副组长、计财股及各业务股室负责人为成员的绩效自评工作领导小组，明确自评范围、内容、方法和时间安排，落实项目实施单位的自评主体责任。</p>
<p>（二）规范自评程序。各项目实施单位对照年初批复的绩效目标，全面收集项目资金拨付、政府采购、工程验收、受益对象统计等佐证材料，逐项填报项目支出绩效自评表；局绩效自评工作组对自评表逐项复核，对指标完成值与佐证材料不一致的进行退回修改。</p>
<p>（三）开展满意度调查。委托第三方通过问卷调查、电话回访等方式，对师生、家长和受助学生开展满意度调查，共发放问卷1,860份，回收有效问卷1,742份，有效回收率93.66%。</p>
<h3>三、总体绩效分析</h3>
<p>从自评结果看，3个项目总体完成了年度绩效目标。预算执行方面，学生资助补助经费执行率100.00%，义务教育薄弱环节改善与能力提升项目执行率96.60%，中小学教师培训经费执行率85.00%，低于90%的序时要求。产出方面，新增义务教育学位1035个，资助家庭经济困难学生6124人次，培训教师2156人次。效益方面，全区义务教育巩固率达99.6%，全年无因贫失学辍学学生。</p>
<div class="brk"></div><h3>四、项目支出绩效自评表</h3>
<p style="text-indent:0;font-weight:bold">（一）义务教育薄弱环节改善与能力提升</p>
<div class="tt">${SX_A.title}</div>${cap(SX_A)}${sxTableA(SX_A)}
${SX_NOTES[0]}
<div class="brk"></div><p style="text-indent:0;font-weight:bold">（二）学生资助补助经费</p>
<div class="tt">${SX_B.title}</div>${cap(SX_B)}${sxTableB(SX_B)}
${SX_NOTES[1]}
<div class="brk"></div><p style="text-indent:0;font-weight:bold">（三）中小学教师培训经费</p>
<div class="tt">${SX_C.title}</div>${cap(SX_C)}${sxTableC(SX_C)}
${SX_NOTES[2]}
<div class="brk"></div><h3>五、存在的问题及下一步工作</h3>
<p>一是部分项目预算执行进度偏慢，中小学教师培训经费执行率仅85.00%；二是个别绩效指标设置不够细化，可衡量性不强。下一步，我局将加强项目前期论证和预算执行监控，科学合理设置绩效指标，强化自评结果应用，将自评结果作为2026年预算安排的重要依据。</p>
<h3>六、自评结果应用</h3>
<p>（一）与预算安排挂钩。对自评等级为“优”的项目，在2026年预算编制中予以优先保障；对自评等级为“良”的中小学教师培训经费，2026年预算按上年执行数核定，压减14.40万元。</p>
<p>（二）督促问题整改。对自评发现的工程延期、资助资金发放不及时、培训计划未完成等问题，建立整改台账，明确责任股室和整改时限，整改情况纳入年度绩效考核。</p>
<p>（三）做好信息公开。自评结果随部门决算一并向社会公开，接受社会监督。</p>
<p style="text-align:right;margin-top:14pt">三明市沙县区教育局<br>2025年5月16日</p>`);
  return page('三明市沙县区教育局2024年度项目支出绩效自评结果公开', `@page{size:A4;margin:16mm 15mm 16mm 15mm;@bottom-center{content:"第 " counter(page) " 页 共 " counter(pages) " 页";font-family:${FONT};font-size:9pt}}
h3{font-size:11.5pt}
td,th{padding:5px 3px;font-size:9.5pt}td.s{font-size:8.5pt}`, body.join('\n'));
}

// ───────────────────────── print and write ─────────────────────────

function chromiumPrint(html: string, pdf: string): void {
  const work = mkdtempSync(join(tmpdir(), 'probe-r11-'));
  try {
    const file = join(work, 'page.html');
    writeFileSync(file, html);
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw', `--print-to-pdf=${pdf}`, `file://${file}`], { stdio: 'pipe', timeout: 120_000 });
    if (!existsSync(pdf)) throw new Error(`chromium wrote no ${pdf}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

interface Probe { stem: string; html: () => string; tables: () => object[]; kinds: string[]; notes: string[] }

const probes: Probe[] = [
  {
    stem: 'probe-r11-dept-danling-transport-2026-budget', html: danlingHtml, kinds: ['project-targets', 'project-self-evaluation'],
    tables: () => DL.map(goldenOf),
    notes: [
      '四川 眉山 丹棱县交通运输局 2026年部门预算 (A4 portrait, Chromium): p1 cover, p2 目录, p3–4 部门概况 / 预算情况说明 / 名词解释 prose with many amounts, 表1 部门收支总表 (收入 | 预算数 | 支出 | 预算数), 表2 一般公共预算支出预算表 (科目编码 208 / 20805 / 2080505 … | 科目名称 | 合计 | 基本支出 | 项目支出), 表3 “三公”经费表 (two-row header), then (p5–7) 表8-1 … 表8-5 项目支出绩效目标表 flowing one after another, two to a page: 表8-1 head (名称 … 年度目标) ends page 5 and its whole indicator block (with the vertical 绩效指标 cell and the 一级指标 column header) is on page 6, the way Chromium keeps the tall merged block together; 表8-3 (公路安全生命防护工程) begins at the foot of page 6 and is cut after its second 三级 row (新增波形护栏长度): page 7 continues the 数量指标 block in a new ruled table with no column header, its 绩效指标 / 一级 / 二级 cells empty (as a split merged cell prints), then 表8-4 and 表8-5; then 表9 部门整体支出绩效目标表 on page 8.',
      'Scope: the project tables (kinds project-targets / project-self-evaluation) on every page, as for the hunan budget-report probe: the budget tables and the 部门整体支出绩效目标表 are not transcribed; any of them read as a project table counts as extra (the 部门整体 table is kind department-targets, outside the scope kinds).',
      'Each 目标表: title "项目支出绩效目标表" with "（2026年度）" under it (year 2026), caption "表8-n | 单位：万元"; 项目名称; 主管部门及代码 "[302]丹棱县交通运输局" → department + code 302; 实施单位 → implementingUnit; 项目资金（万元） block with 年度资金总额 / 其中：财政拨款 / 其他资金, one amount each → annualBudget in 元 (其他资金 0.00 → 0); 年度目标 prose (not scored); a vertical 绩效指标 label cell left of 一级 | 二级 | 三级 | 指标值. No weights, no total: weight null, total null.',
      'Targets: "2026年11月30日前" / "2026年10月31日前" are deadline phrases → text; "2026年6月30日" / "2026年9月30日" → dates; "2026年4月" → date 2026-04; "较上年下降", "持续改善", "长期稳定运行", "稳步提升" → text; "≤734万元", "≤15.7万元" keep 万元 as printed; "≤7000元/公里" compound unit.',
    ],
  },
  {
    stem: 'probe-r11-dept-weihui-water-2024-final-accounts', html: weihuiHtml, kinds: ['project-targets', 'project-self-evaluation'],
    tables: () => WH.map(goldenOf),
    notes: [
      '河南 新乡 卫辉市水利局 2024年度部门决算 (A4 portrait, Chromium): cover, 目录, 部门概况 prose, 公开01表 收入支出决算总表 (收入 | 行次 | 金额 | 支出 | 行次 | 金额), 公开03表 一般公共预算财政拨款支出决算表 (科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出), 公开07表 三公经费 (three header rows), 决算情况说明 prose, then 附件1–3 项目支出绩效自评表, each on a new page and each followed by its 自评报告 (numbered paragraphs with amounts, rates and the 自评等级 in words).',
      'Scope: project tables on every page (kinds project-targets / project-self-evaluation); the 决算公开表 are not transcribed, any read as a project table counts as extra.',
      'Each 自评表: title "附件n　项目支出绩效自评表" with "（2024年度）" below (title kept as "项目支出绩效自评表", year 2024); caption "填报单位：<实施单位> | 单位：万元" (not a project field); 主管部门 卫辉市水利局 (no code) and 实施单位. Funds 项目资金（万元）: 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 (block label in the 一级 column, row labels in the 二级 column) with 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (the 年初预算数 column under 三级); "—" for weight / rate / score of the source rows → null; 其他资金 all "—" (amounts null); 上年结转资金 0.00 → 0.',
      '总分 row "总　　分 | 100 | score | (empty)"; no grade inside the tables (the 自评报告 text says 自评等级为“优”, not a table field) → grade null.',
      'Table 2 (河长制工作经费) is split by a forced page break inside its 效益指标 block: page 1 ends with 社会效益指标 rows 河湖面貌 and 群众爱河护河意识; page 2 opens a new ruled table (no column header) whose first 一级 cell prints 效益指标 again beside an EMPTY 二级 cell (the 社会效益指标 block continuing: 涉河违法案件发生率), then 生态效益指标, 满意度指标 and 总分. Golden: one table; 涉河违法案件发生率 is level2 社会效益指标.',
      '灌溉水有效利用系数 "≥0.61" / "0.62" have no unit. Deadline targets "2024年11月30日前" / "2024年5月31日前" → text, actuals "2024年11月26日" → dates. "下降12%" as an actual → text (judgement call: a change, not a level).',
    ],
  },
  {
    stem: 'probe-r11-dept-shaxian-education-2024-self-evaluation', html: shaxianHtml, kinds: ['project-targets', 'project-self-evaluation', 'self-evaluation-summary'],
    tables: () => [
      { kind: 'self-evaluation-summary', title: SX_SUMMARY_TITLE, year: 2024, project: null, indicators: [], total: null, rows: SX_SUMMARY },
      goldenOf(SX_A), goldenOf(SX_B), goldenOf(SX_C),
    ],
    notes: [
      '福建 三明 沙县区教育局 2024年度项目支出绩效自评结果公开 (A4 portrait, Chromium, footer 第 X 页 共 Y 页): title, 发布日期 line, intro paragraph with amounts, heading, the 自评结果汇总表 (序号 | 项目名称 | 预算数 | 执行数 | 执行率 | 自评得分 | 等级, 单位：万元, a 合计 row printed over 序号 + 项目名称), a grading note, then the three projects\' 自评表 under headings "（一）…" each on a new page, then a closing prose section and signature.',
      'Scope: kinds project-targets / project-self-evaluation / self-evaluation-summary on every page (a small disclosure like the r8 guangdong family probe: the summary is transcribed as rows, header excluded; 合计 row second cell null, 自评得分 / 等级 empty → null).',
      'Table A (义务教育薄弱环节…): 年初指标值 | 全年指标值 | 实际完成值 → initialTarget | target | actual; "≥12600㎡" → 平方米, "≤3200元/㎡" → 元/平方米; 台套 unit; dates (2024年8月31日) as dates; 总分 row then 自评等级 row (grade 优). Funds by source: 年度资金总额 / 其中：中央补助资金 / 省级补助资金 / 区级财政资金 with "—" for weight/rate/score (null), amounts with thousands separators (1,236.54).',
      'Table B (学生资助补助经费): 偏差原因 and 改进措施 in two columns ("无" where nothing: no golden field). Total row "总分 | 100 | 97.5 | 自评等级：优" → grade 优. "=5元/生·天" compound unit.',
      'Table C (中小学教师培训经费): 一级 printed with weights "产出指标（50分）", "效益指标（30分）", "满意度指标（10分）" → level1Weight; 其他资金 "—" everywhere (null); total row "总分 | 100 | 86.5 | 良" (grade in the last column) → grade 良. Target "2024年12月31日前" → text, actual 2024年12月20日 → date; actuals 有所提升 / 初步建立 text.',
      'Projects are department 三明市沙县区教育局 (no code) with 实施单位 as printed; caption 填报单位（盖章） is not a project field.',
    ],
  },
];

const only = process.argv[2];
for (const p of probes) {
  if (only && !p.stem.includes(only)) continue;
  const pdf = join(OUT, `${p.stem}.pdf`);
  if (process.env.PROBE_KEEP_HTML) writeFileSync(join(process.env.PROBE_KEEP_HTML, `${p.stem}.html`), p.html());
  chromiumPrint(p.html(), pdf);
  const pages = pageCount(pdf);
  writeGolden(`${p.stem}.pdf`, {
    source: `${p.stem}.pdf`,
    notes: [`Generated by ${GENERATOR} from content written there by hand (HTML printed by Chromium --print-to-pdf).`, ...p.notes],
    scope: { pages: [1, pages], kinds: p.kinds },
    tables: p.tables(),
  });
  console.log('wrote', p.stem, pages, 'pages');
}
