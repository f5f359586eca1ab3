/**
 * What trainers read about the year-on-year rules (docs/method.md §7, family H). The checks run only when last year's
 * workbook is given (historyFindings), so they are described here apart from the rules every run applies.
 */
import type { RuleInfo } from "./types";
import { template, type Params } from "./texts";
import { plural, percent, changeZh, changeEn } from "./wording";
import { fmt } from "./context";

const TABLE = "上年数据比对";

/** The figures H-02 compares with last year's, as its messages name them (rules/history.ts RESOURCES). */
const HISTORY_RESOURCES: Readonly<Record<string, { zh: string; en: string; unit: string; unitEn: string }>> = {
  totalArea: { zh: "校舍建筑面积", en: "Building area", unit: "㎡", unitEn: "m²" },
  siteArea: { zh: "占地面积", en: "Site area", unit: "㎡", unitEn: "m²" },
  books: { zh: "图书", en: "Books", unit: "册", unitEn: "volumes" },
  equipmentValue: { zh: "教学仪器设备值", en: "Teaching equipment value", unit: "万元", unitEn: "× 10 000 yuan" },
};

export const H01 = {
  id: "H-01",
  severity: "warning",
  table: TABLE,
  title: "在校生比上年增减过多",
  explanation:
    "同一所学校的在校生一年之内一般不会大起大落。与上年登记表相比，在校生增加或减少超过规则包规定的幅度（默认 30%）时提示核查：" +
    "可能是把某个学段、某个年级漏填或重填，也可能确有撤并、划片调整。国家数据核查会比对年度变化。",
  example: "某小学上年在校生 180 人，今年填 260 人（增加 44%），原因是把附设幼儿班的人数也算进了小学合计。",
  fix: "按学籍系统核对各年级人数和合计；确因撤并学校、调整学区等造成变化的，填写审核说明。",
  en: {
    title: "Students up or down too much on last year",
    explanation:
      "A school's students do not usually rise or fall sharply within a year. Compared with last year's register, a rise or fall above the limit of the rule pack (30% by default) is flagged for checking: a stage or grade may have been left out or entered twice, or schools may really have been merged or catchment areas changed. The national data verification compares year-on-year changes.",
    example: "A primary school had 180 students last year and 260 this year (up 44%), because the children of its attached kindergarten class were counted in the primary total.",
    fix: "Check each grade and the total against the student registration system; if the change comes from merged schools, changed catchment areas or the like, fill in 「审核说明」.",
  },
  texts: {
    "H-01": template<{ now: number; before: number; limit: number }>(
      (p) => `在校生 ${fmt(p.now)} 人，上年 ${fmt(p.before)} 人，${changeZh(p.now, p.before)}，超过 ±${percent(p.limit)} 的比对范围`,
      (p) => `${plural(p.now, "student")}, last year ${fmt(p.before)}, ${changeEn(p.now, p.before)}, beyond the ±${percent(p.limit)} range`,
    ),
  },
} satisfies RuleInfo;

export const H02 = {
  id: "H-02",
  severity: "warning",
  table: TABLE,
  title: "校舍、占地、图书或设备值比上年减少或增加过多",
  explanation:
    "校舍建筑面积、占地面积、图书册数、教学仪器设备值是学校的家底，一般只增不减，增加也是逐年的。与上年相比减少了（默认只要减少就提示），" +
    "或一年增加超过规则包规定的幅度（默认 50%），多半是单位填错（元和万元、平方米和亩）或漏填了某栋楼、某批图书；确有拆除危房、报废设备、新建校舍的除外。",
  example: "上年教学仪器设备值 15 万元，今年填 150000（按元填进了万元栏，读作 15 亿元）；或上年图书 5400 册，今年填 540 册。",
  fix: "按固定资产账、图书登记簿和校舍台账核对；确有拆除、报废、新建或捐赠的，填写审核说明写明原因。",
  en: {
    title: "Buildings, site, books or equipment value down, or up too much, on last year",
    explanation:
      "Building area, site area, books and teaching equipment value are a school's assets: they usually only grow, and grow year by year. A fall on last year (by default any fall is flagged), or a rise in one year above the limit of the rule pack (50% by default), usually means a wrong unit (yuan and 10,000 yuan, square metres and mu) or a building or a batch of books left out; except where dilapidated buildings were demolished, equipment scrapped or new buildings built.",
    example: "Last year's teaching equipment value was 15 (10,000 yuan), this year 150000 is entered (yuan in the 「万元」 column, read as 1.5 billion yuan); or last year 5400 books, this year 540.",
    fix: "Check against the fixed-asset accounts, the book register and the buildings ledger; where something was really demolished, scrapped, built or donated, give the reason in 「审核说明」.",
  },
  texts: {
    "H-02": template<{ field: string; now: number; before: number; shownPer: number; fell: "yes" | "no"; limit: number }>(
      (p) => {
        const r = HISTORY_RESOURCES[p.field];
        const shown = (v: number) => `${fmt(v / p.shownPer)} ${r.unit}`;
        const limit = p.fell === "yes" ? (p.limit === 0 ? "比上年减少" : `减少超过 ${percent(p.limit)}`) : `增加超过 ${percent(p.limit)}`;
        return `${r.zh} ${shown(p.now)}，上年 ${shown(p.before)}，${changeZh(p.now, p.before)}（${limit}）`;
      },
      (p) => {
        const r = HISTORY_RESOURCES[p.field];
        const shown = (v: number) => `${fmt(v / p.shownPer)} ${r.unitEn}`;
        const limit = p.fell === "yes" ? (p.limit === 0 ? "less than last year" : `a fall of more than ${percent(p.limit)}`) : `a rise of more than ${percent(p.limit)}`;
        return `${r.en} ${shown(p.now)}, last year ${shown(p.before)}, ${changeEn(p.now, p.before)} (${limit})`;
      },
    ),
  },
} satisfies RuleInfo;

export const H03 = {
  id: "H-03",
  severity: "info",
  table: TABLE,
  title: "学校比上年新增或减少",
  explanation:
    "今年登记表里的学校与上年对照：今年新出现的学校和上年有、今年没有的学校都会列出来，方便核对撤并、新建和漏报。先按学校标识码对应，标识码对不上的再按学校名称对应。",
  example: "上年有「南果河老寨教学点」，今年的登记表里没有这所学校（已撤并，或漏填了）。",
  fix: "撤并、停办、新建的学校不需要修改；漏填的学校补进各表。",
  en: {
    title: "Schools new or gone since last year",
    explanation:
      "This year's schools are compared with last year's: schools that appear this year, and schools there last year but not this year, are listed, to check merged, newly built and unreported schools. Schools are matched by school code first, and those whose codes do not match by school name.",
    example: "Last year's register had 「南果河老寨教学点」, this year's does not (merged, or left out).",
    fix: "Merged, closed or new schools need no change; add a school left out to every sheet.",
  },
  texts: {
    "H-03": template<Params>(
      () => "上年数据中有这所学校，今年的登记表中没有：撤并、停办的请核实；漏填的请补进各表",
      () => "This school is in last year's data but not in this year's register: confirm a merger or closure, or add it to every sheet",
    ),
    "H-03.new": template<{ code: string }>(
      (p) => `今年新增的学校：上年数据中没有标识码「${p.code}」，也没有同名学校`,
      (p) => `A new school this year: last year's data has neither code “${p.code}” nor a school of that name`,
    ),
  },
} satisfies RuleInfo;

export const H04 = {
  id: "H-04",
  severity: "warning",
  table: TABLE,
  title: "学校标识码与上年不同，只按名称对上",
  explanation:
    "学校标识码是全国统一、长期不变的编码。今年的某所学校在上年数据里找不到相同的标识码，但有一所同名学校时，按名称把两年对应起来再比较，" +
    "同时提示核查：多半是今年或上年的标识码填错了一位，也可能是学校撤并重建后换了码。",
  example: "「勐往中心小学」上年标识码 5328220001，今年填成 5328220010。",
  fix: "按全国中小学校标识码核对今年填写的标识码；确实换了码的，填写审核说明。",
  en: {
    title: "School code differs from last year; matched by name only",
    explanation:
      "The school code is a nationwide code that does not change. When a school of this year has no school with the same code in last year's data but one with the same name, the two years are matched by name and compared, and the school is flagged for checking: most likely one digit of this year's or last year's code is wrong, or the school got a new code after a merger or rebuilding.",
    example: "「勐往中心小学」 had code 5328220001 last year and 5328220010 this year.",
    fix: "Check this year's code against the national code of primary and secondary schools; if the code really changed, fill in 「审核说明」.",
  },
  texts: {
    "H-04": template<{ code: string; name: string; previousCode: string }>(
      (p) => `学校标识码「${p.code}」在上年数据中没有；已按学校名称与上年的「${p.name}」（${p.previousCode}）对应后比较`,
      (p) => `School code “${p.code}” is not in last year's data; compared with last year's “${p.name}” (${p.previousCode}) by name`,
    ),
  },
} satisfies RuleInfo;

export const H05 = {
  id: "H-05",
  severity: "info",
  table: TABLE,
  title: "沿用了上年的整改状态和考核自查填写内容",
  explanation:
    "要求沿用上年数据时，上年工作簿「整改清单」中仍未解决的问题的状态（整改中）和责任单位，以及「考核自查」中手填项目的状态、依据和得分，" +
    "带到今年的清单里，不必重新填写。上年已完成、今年又出现的问题重新记为未整改；完成时限不沿用，按今年的规则包重新给出。沿用的内容需要逐项核对。",
  example: "上年「勐往中心小学 生均图书」一项状态为“整改中”，责任单位改为“学校、县图书馆”；今年这一项仍未达标，沿用后状态和责任单位与上年相同。",
  fix: "不需要修改；逐项核对沿用的状态、责任单位和考核自查内容，与今年实际不符的直接改。",
  en: {
    title: "Rectification statuses and checklist entries carried over from last year",
    explanation:
      "When asked to carry over last year's data, the status (「整改中」, in progress) and responsible unit of the problems still open in last year's 「整改清单」 (rectification list), and the status, basis and score of the manual items of 「考核自查」 (checklist), are carried into this year's lists so they need not be entered again. A problem completed last year that appears again is set back to 「未整改」 (not rectified); deadlines are not carried over but given again by this year's rule pack. What was carried over needs checking item by item.",
    example: "Last year, the item 「勐往中心小学 生均图书」 (books per student) was 「整改中」 with the responsible unit changed to 「学校、县图书馆」; it is still below standard this year, and after carry-over its status and responsible unit are the same as last year.",
    fix: "Nothing to change; check the carried-over statuses, responsible units and checklist entries one by one, and change any that do not match this year.",
  },
  texts: {
    "H-05.none": template<Params>(
      () => "上年工作簿中没有均衡写出的「整改清单」或「考核自查」，没有可沿用的内容",
      () => "Last year's workbook has no 整改清单 or 考核自查 written by Junheng; nothing was carried over",
    ),
    "H-05.carried": template<{ rectification: number; checklist: number }>(
      (p) => `从上年工作簿沿用了 ${p.rectification} 项整改事项的状态或责任单位、${p.checklist} 项考核自查的手填内容，请逐项核对`,
      (p) => `Carried over from last year's workbook: the status or responsible unit of ${plural(p.rectification, "rectification item")} and the entries of ${plural(p.checklist, "checklist item")}; check each`,
    ),
  },
} satisfies RuleInfo;

export const HISTORY_RULES_INFO: readonly RuleInfo[] = [H01, H02, H03, H04, H05];
