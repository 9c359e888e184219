/**
 * Printed header variants of the indicator and funds blocks shared by the project table
 * families (spec/domain.md "Indicator columns and their printed variants"). A header is
 * matched on its compact text (whitespace removed, full-width folded) and, failing that, on
 * its core: bracketed qualifiers, letters and totals dropped ("年度(/项目)指标值" → 年度指标值,
 * "分值权重（90分）" → 分值权重, "实际完成值(B)" → 实际完成值). Patterns are anchored at both ends,
 * so a header that only begins like a known one ("指标值内容") is not taken for it.
 * To add a regional variant, add it to the pattern of its role (pipelines/README.md).
 */
export type IndicatorRole =
  | 'level1' | 'level2' | 'level3'
  | 'target' | 'initialTarget' | 'actual'
  | 'targetComparator' | 'targetNumber' | 'targetUnit'
  | 'weight' | 'score' | 'completion' | 'deviation' | 'explanation'
  /** a column the template prints beside the indicator that the contract has no field for (评分标准, 备注) */
  | 'note';

export type ColumnVocabulary<Role extends string> = [RegExp, Role][];

export const INDICATOR_COLUMNS: ColumnVocabulary<IndicatorRole> = [
  [/^一[级級](绩效)?(指标)?(名称)?$/, 'level1'],
  [/^二[级級](绩效)?(指标)?(名称)?$/, 'level2'],
  [/^三[级級](绩效)?(指标)?(名称|内容)?$|^(绩效)?指标(名称|内容)$|^具体指标$/, 'level3'],
  [/^年初(年度)?(指标值|目标值)$/, 'initialTarget'],
  [/^(调整后|年度|全年|项目|预期|年度目标|计划|本年|当年|实施期|中期|中长期|绩效)*(指标值|目标值)$|^(年度)?(绩效)?目标值$|^指标目标值$|^(年度|全年)?计划(值|数)$|^(年度|全年)预期目标值?$/, 'target'],
  [/^(全年)?(实际)?(完成值|实际值)$|^实际完成(情况)?值?$|^(年度)?实际完成指标值$|^实际(达成|完成)值$/, 'actual'],
  [/^(符号|计算符号|比较符号|指标值类型|指标性质|性质|值类型|指标类型|运算符号)$/, 'targetComparator'],
  [/^(值|数值|指标数值)$/, 'targetNumber'],
  [/^(单位|计量单位|度量单位|指标单位|指标值单位|单位\(文字描述\)|计量单位\(文字描述\))$/, 'targetUnit'],
  [/^(指标)?(分值|权重|权重分|分值权重|权重分值|权重值)$|^分数$|^满分(值)?$/, 'weight'],
  [/^(自评|指标|评价)?得分$|^自评分$|^评分$/, 'score'],
  [/^(单项指标)?完成情况$|^(指标)?完成(程度|率|比例)$/, 'completion'],
  [/^(偏差原因|未完成原因|原因分析|偏差分析)|^(扣分|失分)(原因|说明|理由)/, 'deviation'],
  [/^(指标解释|定性指标情况说明|定性值情况说明|指标说明|指标值内容|指标值说明|计算公式|指标解释及计算公式)/, 'explanation'],
  [/^(备注|评(扣)?分标准|评分规则|评分办法|数据来源|佐证材料|证明材料|指标来源|考核方式|说明|指标方向|指标属性|改进措施|整改措施|改进建议)$|^(指标值)?(设定|确定|测算)依据$/, 'note'],
];

/** The target of a transfer payment's whole 实施期 (or of a 中期 plan) printed beside the year's target (实施期指标值 | 年度指标值). */
export const PERIOD_TARGET = /^(实施期|中期|中长期)(绩效)?(指标值|目标值)$/;

/**
 * Columns only a 绩效运行监控表 prints (a family the contract does not know, pipelines/families.ts):
 * the months run so far (1-6月执行数, 1至9月完成值, 截至6月底; 1-12月 is the whole year, printed by
 * self-evaluations too), the forecast for the year (全年预计完成),
 * the likelihood of reaching the target (完成目标可能性). Matched on the compact header.
 */
export const MONITORING_HEADER = /^\d{1,2}(-|—|–|~|至|到)(\d|1[01])月|^截(至|止)(\d|1[01])月|^(全年)?预计(全年)?(完成|执行)|^完成(目标|指标)?(的)?可能性$|^(目标)?完成可能性$/;

/** Dropped from a header before its core is matched: bracketed qualifiers, ASCII letters, "/". */
const QUALIFIERS = /\([^()]*\)|\[[^\]]*\]|【[^】]*】|<[^>]*>|[A-Za-z]+|[/*]/g;

/** The core of a compact header: "年度(/项目)指标值" → 年度指标值, "分值权重(90分)" → 分值权重. */
export const headerCore = (compact: string): string => compact.replace(QUALIFIERS, '').replace(/[:：]$/, '');

/** The role of a compact header text: the text as printed first, then its core. */
export function roleOf<Role extends string>(compact: string, vocabulary: ColumnVocabulary<Role>): Role | null {
  for (const key of [compact, headerCore(compact)]) {
    for (const [pattern, role] of vocabulary) if (pattern.test(key)) return role;
  }
  return null;
}

/**
 * Columns of a table that lists many projects, a block of rows each (长沙, 广州): the project
 * (unit) name, unit code, the amounts and goal merged down the block, and an indicator column
 * that may hold the whole indicator list as text.
 */
export type ProjectColumnRole = 'projectName' | 'unitCode' | 'amount' | 'goal' | 'indicatorText';

export const PROJECT_COLUMNS: ColumnVocabulary<ProjectColumnRole> = [
  [/^(单位\(项目\)|项目\(单位\))名称$|^项目名称(\(资金使用单位\))?$|^(二级|专项)?项目名称$|^专项名称$/, 'projectName'],
  [/^(单位|预算单位|项目)(编码|代码)$/, 'unitCode'],
  [/^(资金总额|总计|合计|财政拨款|财政专户拨款|其他资金|年度资金总额|预算金额|金额|预算数|项目金额|本年预算)$/, 'amount'],
  [/^(年度)?(绩效|总体|项目)?目标$|^绩效目标$/, 'goal'],
  [/^绩效指标$/, 'indicatorText'],
];

export type FundsRole =
  | 'label' | 'initialBudget' | 'declaredBudget' | 'annualBudget' | 'received'
  | 'executed' | 'balance' | 'executionRate' | 'weight' | 'score' | 'deviation'
  /** 实施期资金总额 as a column beside the year's (区域绩效目标表): the contract has no field for it, it is never the year's budget */
  | 'periodBudget';

/**
 * The year's amount column beside a 实施期资金总额 column (区域绩效目标表). Alone, 年度资金总额 is the
 * label of a funds line, never a column header: it is the annual budget only beside the period's.
 */
export const YEAR_FUNDS_COLUMN = /^(年度|本年度?|当年)(预算)?资金总额$/;

export const FUNDS_COLUMNS: ColumnVocabulary<FundsRole> = [
  [/^资金(来源|性质|类别|构成|类型)$|^项目$/, 'label'],
  [/^目标申报数/, 'declaredBudget'],
  [/^预算编制数|^年初预算数?|^年初预算/, 'initialBudget'],
  [/^(\d{4}年度?)?(全年)?预算数|^调整后预算|^预算安排|^预算资金|^资金总额$/, 'annualBudget'],
  [/^实施期(预算)?资金总额$|^实施期(资金)?(总额|总金额)$|^(中期|中长期)(预算数|资金总额|资金)/, 'periodBudget'],
  [/^(资金)?到位(数|情况)/, 'received'],
  [/^全年执行数|^执行数|^(资金)?执行情况|^实际支出|^实际执行数/, 'executed'],
  [/^资金结[(（]?转[)）]?余|^结[转余]/, 'balance'],
  [/^执行率|^预算执行(率|进度)/, 'executionRate'],
  [/^分值$|^权重$/, 'weight'],
  [/^(自评)?得分$/, 'score'],
  [/^偏差原因/, 'deviation'],
];

/**
 * Money lines of a funds block printed as label | amount (target tables): totals (资金总额, 年度预算资金总额,
 * 实施期资金总额, 中期资金总额, 项目总金额, 本年度项目金额, 合计) and sources (其中：财政拨款 or 财政资金, 上年结转, 其他资金,
 * 中央补助, 自治区补助资金, 市本级财政资金, 一般公共预算拨款, 政府性基金预算拨款, 地方资金(省级) …),
 * matched on the compact label with its colon dropped.
 */
const MONEY_TOTAL = '(年度|全年|实施期|本年度?|中期|中长期|当年)?(项目)?(预算)?(资金)?(总金额|总额|总计|金额|合计)';
const MONEY_LEVEL = '(中央|上级|自治区|省|省级|市|市级|县|县级|区|区级|(市|县|区)?本级|地方)';
const MONEY_SOURCE = [
  '(当年|本级)?财政(拨款|资金)', '财政专户(拨款|管理资金)?', '上年结转(资金)?', '其他资金', '预算资金', '项目资金', '本级安排',
  `${MONEY_LEVEL}?(财政)?(补助|配套|专项)(资金)?`, `${MONEY_LEVEL}(财政)?资金`, '(自筹|单位|社会|自有)资金',
  '(一般公共预算|政府性基金(预算)?|国有资本经营(预算)?)(财政)?(拨款|资金)',
].join('|');
export const FUNDS_LINE_LABEL = new RegExp(`^(其中[:：]?)?(${MONEY_TOTAL}|${MONEY_SOURCE})(\\(.*\\))?$`);

/**
 * After a money line, a label of any wording that names money by its last word is a source too
 * (其中：乡村振兴衔接资金, 中央预算内投资补助): a region's own fund names are more than a list can hold.
 */
export const MONEY_SOURCE_WORD = /^(其中[:：]?)?\p{Script=Han}{1,14}(资金|拨款|补助|经费)(\(.*\))?$/u;

/** Where a label, header or caption names the money unit: "（万元）", "单位：元", "(元)". */
export const NAMES_WAN_YUAN = /万元/;
export const NAMES_YUAN = /[(（]元[)）]|单位[:：]?元/;

/** The weight of budget execution printed as a label beside the total line: 执行率分值(10), 分值（10分）, 权重(10). */
export const FUNDS_WEIGHT_CELL = /^(?:执行率)?(?:分值|权重|分值权重)[(（](\d+(?:\.\d+)?)分?[)）]$/;

/** The merged label of a funds block printed beside its money lines: 项目资金（万元）, 专项资金情况（万元）, 资金情况; its unit alone on a line of its own when it wraps (（万元）). */
export const FUNDS_BLOCK_LABEL = /^(项目|专项)?资金(情况|来源|安排)?(\(.*\))?$|^(项目|专项)?资金投入(情况)?(\(.*\))?$|^\(万?元\)$/;

/** A cell between the two ends of a span of time printed over three cells (项目期限 | 2024年1月1日 | 至 | 2024年12月31日). */
export const RANGE_WORD = /^(至|到|—|–|-|－|~|～)$/;

/** Header-field labels of project tables, as printed (compact, colon dropped), and the field they fill. */
export type HeaderField =
  | 'name' | 'department' | 'departmentCode' | 'implementingUnit' | 'budgetUnit' | 'budgetUnitCode' | 'category' | 'attribute' | 'period' | 'other';

export const HEADER_FIELDS: ColumnVocabulary<HeaderField> = [
  [/^(二级)?项目(名称|全称)$|^专项(资金)?名称$|^政策(和|或)?项目名称$/, 'name'],
  [/^主管部门(及代码|名称)?$|^主管单位$|^(中央|省级|市级)?主管部门$|^部门(名称|及代码)$|^一级预算单位$/, 'department'],
  [/^(项目|具体)?实施(\(主管\))?单位$|^地方(财政|主管)部门$|^省级(财政|主管)部门$/, 'implementingUnit'],
  [/^预算单位(及代码|名称)?$|^申请单位$|^单位名称$/, 'budgetUnit'],
  // a code printed in a field of its own beside the name (主管部门编码 | 411001)
  [/^主管部门(编码|代码|编号)$|^部门(编码|代码)$/, 'departmentCode'],
  [/^(预算)?单位(编码|代码|编号)$/, 'budgetUnitCode'],
  [/^项目(类别|类型)$/, 'category'],
  [/^项目属性$/, 'attribute'],
  [/^(项目)?(计划)?实施(时间|期限|周期)$|^项目计划实施时间$|^项目(期限|周期)$|^(项目)?起止(年限|时间|日期|年度)$|^项目(实施)?期$/, 'period'],
  [/^项目负责人$|^联系电话$|^项目级次$|^资金性质$|^负责人$|^联系人$|^是否新增项目$/, 'other'],
];

/**
 * The lead of a row printed under an indicator to explain it ("评分标准：完成300场得满分", "指标说明：…"):
 * the names of the explanation and note columns, followed by a colon.
 */
export const EXPLANATION_LEAD = /^(评(扣)?分标准|评分规则|评分办法|指标解释|指标说明|指标值说明|计算公式|指标解释及计算公式|考核方式|数据来源|备注|说明)[:：]/;
