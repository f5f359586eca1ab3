/**
 * What trainers read about the year-on-year rules (docs/method.md §7, family H). The checks run only when last year's
 * workbook is given (historyFindings), so they are described here apart from the rules every run applies.
 */
import type { RuleInfo } from "./types";

const TABLE = "上年数据比对";

export const H01: RuleInfo = {
  id: "H-01",
  severity: "warning",
  table: TABLE,
  title: "在校生比上年增减过多",
  explanation:
    "同一所学校的在校生一年之内一般不会大起大落。与上年登记表相比，在校生增加或减少超过规则包规定的幅度（默认 30%）时提示核查：" +
    "可能是把某个学段、某个年级漏填或重填，也可能确有撤并、划片调整。国家数据核查会比对年度变化。",
  example: "某小学上年在校生 180 人，今年填 260 人（增加 44%），原因是把附设幼儿班的人数也算进了小学合计。",
  fix: "按学籍系统核对各年级人数和合计；确因撤并学校、调整学区等造成变化的，填写审核说明。",
};

export const H02: RuleInfo = {
  id: "H-02",
  severity: "warning",
  table: TABLE,
  title: "校舍、占地、图书或设备值比上年减少或增加过多",
  explanation:
    "校舍建筑面积、占地面积、图书册数、教学仪器设备值是学校的家底，一般只增不减，增加也是逐年的。与上年相比减少了（默认只要减少就提示），" +
    "或一年增加超过规则包规定的幅度（默认 50%），多半是单位填错（元和万元、平方米和亩）或漏填了某栋楼、某批图书；确有拆除危房、报废设备、新建校舍的除外。",
  example: "上年教学仪器设备值 15 万元，今年填 150000（按元填进了万元栏，读作 15 亿元）；或上年图书 5400 册，今年填 540 册。",
  fix: "按固定资产账、图书登记簿和校舍台账核对；确有拆除、报废、新建或捐赠的，填写审核说明写明原因。",
};

export const H03: RuleInfo = {
  id: "H-03",
  severity: "info",
  table: TABLE,
  title: "学校比上年新增或减少",
  explanation:
    "今年登记表里的学校与上年对照：今年新出现的学校和上年有、今年没有的学校都会列出来，方便核对撤并、新建和漏报。先按学校标识码对应，标识码对不上的再按学校名称对应。",
  example: "上年有「南果河老寨教学点」，今年的登记表里没有这所学校（已撤并，或漏填了）。",
  fix: "撤并、停办、新建的学校不需要修改；漏填的学校补进各表。",
};

export const H04: RuleInfo = {
  id: "H-04",
  severity: "warning",
  table: TABLE,
  title: "学校标识码与上年不同，只按名称对上",
  explanation:
    "学校标识码是全国统一、长期不变的编码。今年的某所学校在上年数据里找不到相同的标识码，但有一所同名学校时，按名称把两年对应起来再比较，" +
    "同时提示核查：多半是今年或上年的标识码填错了一位，也可能是学校撤并重建后换了码。",
  example: "「勐往中心小学」上年标识码 5328220001，今年填成 5328220010。",
  fix: "按全国中小学校标识码核对今年填写的标识码；确实换了码的，填写审核说明。",
};

export const H05: RuleInfo = {
  id: "H-05",
  severity: "info",
  table: TABLE,
  title: "沿用了上年的整改状态和考核自查填写内容",
  explanation:
    "要求沿用上年数据时，上年工作簿「整改清单」中仍未解决的问题的状态（整改中）和责任单位，以及「考核自查」中手填项目的状态、依据和得分，" +
    "带到今年的清单里，不必重新填写。上年已完成、今年又出现的问题重新记为未整改；完成时限不沿用，按今年的规则包重新给出。沿用的内容需要逐项核对。",
  example: "上年「勐往中心小学 生均图书」一项状态为“整改中”，责任单位改为“学校、县图书馆”；今年这一项仍未达标，沿用后状态和责任单位与上年相同。",
  fix: "不需要修改；逐项核对沿用的状态、责任单位和考核自查内容，与今年实际不符的直接改。",
};

export const HISTORY_RULES_INFO: readonly RuleInfo[] = [H01, H02, H03, H04, H05];
