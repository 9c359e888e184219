/**
 * Builds the HTML and DOCX documents of the template probe (samples/probe/): regional templates
 * the corpus and the variation suite do not print, written by hand from how provinces publish
 * them, to measure the recognizer on layouts it was never tuned on. Each table is laid out here
 * cell by cell (merges as rowSpan / span), so the documents are reproducible; the text probes
 * beside them (samples/probe/*.txt) are hand-written dumps. Their goldens (golden/probe-*) are
 * written from these tables by hand, never from evaltab's output.
 *
 *   npx tsx scripts/samples/make-probe.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from './render-docx.js';
import { renderHtml } from './render-html.js';
import { builtRows, bodyCell, headerCell, type PrintedTable } from './table-builder.js';

const OUT = join(process.cwd(), 'samples/probe');

const h = headerCell;
const c = bodyCell;
const rows = builtRows;

/**
 * 山东 style self-evaluation: 预算执行率 printed as an indicator row of its own (一级 预算执行率,
 * weight 10) instead of a funds-block score; 资金 block with 年初预算数 / 全年预算数 / 全年执行数 only;
 * 全年实际值 for the actual; 一级 cells merged over their rows; the total as 合计.
 */
const shandong: PrintedTable = {
  paragraphs: ['2023年度项目支出绩效自评表'],
  width: 8,
  rows: rows(8, [
    [c('项目名称'), c('济南市历下区社区卫生服务中心基本公共卫生服务项目', { span: 'rest' })],
    [c('主管部门'), c('济南市历下区卫生健康局', { span: 3 }), c('实施单位'), c('济南市历下区卫生健康局', { span: 'rest' })],
    [c('项目资金（万元）', { rowSpan: 3 }), h('资金来源', { span: 2 }), h('年初预算数'), h('全年预算数', { span: 2 }), h('全年执行数', { span: 'rest' })],
    [c('年度资金总额', { span: 2 }), c('356.00'), c('356.00', { span: 2 }), c('341.76', { span: 'rest' })],
    [c('其中：财政拨款', { span: 2 }), c('356.00'), c('356.00', { span: 2 }), c('341.76', { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('年度指标值'), h('全年实际值'), h('分值'), h('得分'), h('偏差原因分析及改进措施')],
    [c('产出指标', { rowSpan: 5 }), c('数量指标', { rowSpan: 2 }), c('居民电子健康档案建档率'), c('≥90%'), c('92.3%'), c('10'), c('10'), c('')],
    [c('65岁及以上老年人健康管理人数'), c('≥8000人'), c('8216人'), c('10'), c('10'), c('')],
    [c('质量指标'), c('高血压患者规范管理率'), c('≥65%'), c('61.2%'), c('10'), c('9'), c('部分患者随访依从性差，将加强家庭医生随访')],
    [c('时效指标'), c('服务经费拨付及时率'), c('100%'), c('100%'), c('10'), c('10'), c('')],
    [c('成本指标'), c('人均基本公共卫生服务经费标准'), c('≥89元'), c('89元'), c('10'), c('10'), c('')],
    [c('效益指标', { rowSpan: 2 }), c('社会效益指标'), c('居民健康素养水平'), c('≥30%'), c('31.5%'), c('20'), c('20'), c('')],
    [c('可持续影响指标'), c('基层卫生服务能力'), c('持续提升'), c('持续提升'), c('10'), c('10'), c('')],
    [c('满意度指标'), c('服务对象满意度指标'), c('辖区居民满意度'), c('≥85%'), c('90.6%'), c('10'), c('10'), c('')],
    [c('预算执行率'), c('预算执行率'), c('预算执行率'), c('100%'), c('96%'), c('10'), c('9.6'), c('')],
    [c('合计', { span: 5 }), c('100'), c('98.6'), c('')],
  ]),
};

/**
 * 上海 style project targets: the target printed over 指标性质 (定量/定性) | 指标值 | 度量单位, a 权重
 * column, header fields laid out two pairs a row, the funds as one line of label | amount pairs.
 */
const shanghai: PrintedTable = {
  paragraphs: ['2024年项目绩效目标表', '单位：万元'],
  width: 8,
  rows: rows(8, [
    [c('项目名称', { span: 2 }), c('黄浦区老旧小区综合治理', { span: 2 }), c('主管部门', { span: 2 }), c('上海市黄浦区住房保障和房屋管理局', { span: 'rest' })],
    [c('项目实施单位', { span: 2 }), c('上海市黄浦区房屋管理事务中心', { span: 2 }), c('项目类别', { span: 2 }), c('一般性项目', { span: 'rest' })],
    [c('项目资金', { span: 2 }), c('资金总额', { span: 2 }), c('2,180.00', { span: 2 }), c('其中：财政拨款'), c('2,180.00')],
    [c('年度绩效目标', { span: 2 }), c('完成12个老旧小区综合治理，改善居住环境，居民满意度达到85%以上。', { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('指标性质'), h('指标值'), h('度量单位'), h('权重'), h('指标值设定依据及数据来源')],
    [c('产出指标', { rowSpan: 4 }), c('数量指标', { rowSpan: 2 }), c('综合治理小区数量'), c('≥'), c('12'), c('个'), c('20'), c('年度计划')],
    [c('外墙修缮面积'), c('≥'), c('6.5'), c('万平方米'), c('15'), c('年度计划')],
    [c('质量指标'), c('工程竣工验收合格率'), c('='), c('100'), c('%'), c('15'), c('行业标准')],
    [c('时效指标'), c('项目完工时间'), c('定性'), c('2024年11月底前完成'), c(''), c('10'), c('年度计划')],
    [c('效益指标', { rowSpan: 2 }), c('社会效益指标'), c('小区居住环境'), c('定性'), c('明显改善'), c(''), c('15'), c('历史标准')],
    [c('可持续影响指标'), c('长效管理机制覆盖率'), c('≥'), c('90'), c('%'), c('10'), c('计划标准')],
    [c('满意度指标'), c('服务对象满意度指标'), c('居民满意度'), c('≥'), c('85'), c('%'), c('15'), c('问卷调查')],
  ]),
};

/**
 * 云南 style, a scoring table of a key evaluation (决策 / 过程 / 产出 / 效益 framework): not a
 * self-evaluation (no targets, no actuals), though it prints 一级/二级/三级, 分值 and 得分.
 */
const yunnanScoring: PrintedTable = {
  paragraphs: ['2023年度项目支出绩效评价指标体系及评分表'],
  width: 6,
  rows: rows(6, [
    [c('项目名称'), c('昆明市五华区义务教育阶段学生营养改善计划', { span: 'rest' })],
    [h('一级指标'), h('二级指标'), h('三级指标'), h('分值'), h('评分标准'), h('得分')],
    [c('决策', { rowSpan: 3 }), c('项目立项', { rowSpan: 2 }), c('立项依据充分性'), c('3'), c('立项依据充分得3分，否则酌情扣分'), c('3')],
    [c('立项程序规范性'), c('2'), c('程序规范得2分'), c('2')],
    [c('绩效目标'), c('绩效目标合理性'), c('5'), c('目标明确、合理得5分'), c('4')],
    [c('过程', { rowSpan: 2 }), c('资金管理'), c('资金到位率'), c('5'), c('到位率100%得满分'), c('5')],
    [c('组织实施'), c('管理制度健全性'), c('5'), c('制度健全得5分'), c('4')],
    [c('产出', { rowSpan: 2 }), c('产出数量'), c('受益学生覆盖率'), c('20'), c('覆盖率100%得满分'), c('20')],
    [c('产出质量'), c('食品安全事故发生率'), c('20'), c('未发生事故得满分'), c('20')],
    [c('效益', { rowSpan: 2 }), c('项目效益'), c('学生营养健康状况改善'), c('30'), c('根据体检数据对比评分'), c('26')],
    [c('满意度'), c('学生及家长满意度'), c('10'), c('满意度90%以上得满分'), c('9')],
    [c('合计', { span: 3 }), c('100'), c(''), c('93')],
  ]),
};

mkdirSync(OUT, { recursive: true });
const docs: [string, PrintedTable][] = [
  ['probe-shandong-public-health-2023-self-evaluation', shandong],
  ['probe-shanghai-old-housing-2024-targets', shanghai],
  ['probe-yunnan-key-evaluation-2023-scoring', yunnanScoring],
];
for (const [stem, table] of docs) {
  writeFileSync(join(OUT, `${stem}.html`), `${renderHtml([table], table.paragraphs[0]!)}\n`);
  writeFileSync(join(OUT, `${stem}.docx`), await renderDocx([table], { columnWidths: 'content', landscape: true }));
}
console.log(`wrote ${docs.length * 2} files to samples/probe`);
