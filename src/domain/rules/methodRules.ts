/** Method notes M-01..M-04 (docs/method.md §7): info findings the evaluation gives so nobody is counted silently. */
import type { RuleInfo } from "./types";
import { template } from "./texts";
import { stageZh, stageEn, plural } from "./wording";

export const M01 = {
  id: "M-01",
  severity: "info",
  table: "评估方法",
  title: "一贯制或完全中学的共用资源已按学段拆分",
  explanation:
    "九年一贯制、完全中学、十二年一贯制学校的校舍、运动场馆、仪器设备、计算机、图书是各学段共用的。计算各学段生均指标时，按学生数和规定权重（小学:初中:高中 = 1:1.1:1.32）把这些资源分给各学段，拆分比例不四舍五入。教师按统计表分学段填报，不拆分。",
  example: "九年一贯制学校小学 166 人、初中 210 人，图书 23226 册：小学部分得 23226 × 166 ÷ (166 + 1.1×210) = 9711.627 册。",
  fix: "不需要修改；核对两个学段的在校生数填写正确即可。",
  en: {
    title: "Shared resources of a through school or complete secondary school split by stage",
    explanation:
      "The buildings, sports grounds, equipment, computers and books of nine-year through schools, complete secondary schools and twelve-year through schools are shared by their stages. For the per-student indicators of each stage, these resources are split between the stages by students and the prescribed weights (primary : junior secondary : senior secondary = 1 : 1.1 : 1.32), without rounding the shares. Teachers are reported by stage in the statistics tables and are not split.",
    example: "A nine-year through school has 166 primary and 210 junior secondary students and 23226 books: the primary part gets 23226 × 166 ÷ (166 + 1.1 × 210) = 9711.627 books.",
    fix: "Nothing to change; just check that the students of both stages are entered correctly.",
  },
  texts: {
    "M-01": template<{ type: string; weights: string; shares: string }>(
      (p) => {
        const parts = p.shares.split(",").map((s) => s.split(":")).map(([stage, share]) => `${stageZh(stage)}部 ${(Number(share) * 100).toFixed(1)}%`);
        return `${p.type}的共用资源（校舍、运动场馆、仪器设备、计算机、图书）按 ${p.weights} 的生均权重拆分：${parts.join("，")}`;
      },
      (p) => {
        const parts = p.shares.split(",").map((s) => s.split(":")).map(([stage, share]) => `${stageEn(stage).toLowerCase()} ${(Number(share) * 100).toFixed(1)}%`);
        return `The shared resources of this ${p.type} (buildings, sports grounds, equipment, computers, books) are split by per-student weights ${p.weights}: ${parts.join(", ")}`;
      },
    ),
  },
} satisfies RuleInfo;

export const M02 = {
  id: "M-02",
  severity: "info",
  table: "评估方法",
  title: "教学点已并入上级学校或未单独计算",
  explanation:
    "小学教学点和不计校数的记录，按规则包的设置处理：不单独参加计算（2012 年办法），或把学生和办学条件并入上级学校，或学生达到规定人数的才单独计算（2017 年办法，50 人）。",
  example: "「南果河老寨教学点」不单独参加差异系数计算。",
  fix: "不需要修改；需要换一种处理方式时，在“标准参数”中调整或选择其他规则包。",
  en: {
    title: "Teaching points merged into the parent school or not counted on their own",
    explanation:
      "Primary teaching points and records not counted as schools are handled as the rule pack says: not counted on their own (2012 method), or their students and resources merged into the parent school, or counted on their own only from a set number of students (2017 method, 50).",
    example: "「南果河老寨教学点」 is not counted on its own in the difference coefficients.",
    fix: "Nothing to change; to handle them another way, adjust 「标准参数」 (standards sheet) or choose another rule pack.",
  },
  texts: {
    "M-02.point": template<{ name: string }>(
      (p) => `「${p.name}」是教学点，按 2012 年办法不单独参加计算`,
      (p) => `“${p.name}” is a teaching point and, by the 2012 method, is not counted on its own`,
    ),
    "M-02.small": template<{ name: string; students: number; min: number }>(
      (p) => `「${p.name}」是教学点，学生 ${p.students} 人不足 ${p.min} 人，不单独参加计算`,
      (p) => `“${p.name}” is a teaching point with ${plural(p.students, "student")}, fewer than ${p.min}; not counted on its own`,
    ),
    "M-02.noParent": template<{ name: string }>(
      (p) => `「${p.name}」是教学点，但上级学校标识码无效，无法并入，不单独参加计算`,
      (p) => `“${p.name}” is a teaching point, but its parent school code is not valid, so it cannot be merged; not counted on its own`,
    ),
    "M-02.merged": template<{ name: string; parent: string }>(
      (p) => `「${p.name}」是教学点，学生和办学条件已并入上级学校「${p.parent}」`,
      (p) => `“${p.name}” is a teaching point; its students and resources are counted with its parent school “${p.parent}”`,
    ),
  },
} satisfies RuleInfo;

export const M03 = {
  id: "M-03",
  severity: "info",
  table: "评估方法",
  title: "评估单元未参加差异系数计算",
  explanation:
    "没有在校生的学段不能计算生均指标，不参加差异系数计算；某一指标的数据读不出来时，这所学校只在该指标上不参加计算。差异系数仍按其余学校计算，并在这里说明。",
  example: "九年一贯制学校初中在校生为 0：初中部不参加初中差异系数计算。",
  fix: "学段确实没有学生的，不需要修改；是漏填的，补填在校生数和相关数据。",
  en: {
    title: "Evaluation units left out of the difference coefficients",
    explanation:
      "A stage without students has no per-student indicators and is left out of the difference coefficients; when the data of one indicator cannot be read, the school is left out of that indicator only. The difference coefficients are still computed from the other schools, and this is noted here.",
    example: "A nine-year through school has 0 junior secondary students: its junior secondary part is left out of the junior secondary difference coefficients.",
    fix: "If the stage really has no students, nothing to change; if they were left out, fill in the students and the related data.",
  },
  texts: {
    "M-03.noStudents": template<{ name: string; stage: string }>(
      (p) => `「${p.name}」${stageZh(p.stage)}部没有在校生，不参加${stageZh(p.stage)}差异系数计算`,
      (p) => `“${p.name}” has no ${stageEn(p.stage).toLowerCase()} students and is left out of the ${stageEn(p.stage).toLowerCase()} difference coefficients`,
    ),
    "M-03.notComputed": template<{ name: string; indicator: string; stage: string }>(
      (p) => `「${p.name}」的 ${p.indicator} 无法计算（数据缺失或读不出），不参加${stageZh(p.stage)} ${p.indicator} 差异系数计算`,
      (p) => `${p.indicator} of “${p.name}” cannot be computed (data missing or unreadable); it is left out of the ${stageEn(p.stage).toLowerCase()} ${p.indicator} difference coefficient`,
    ),
  },
} satisfies RuleInfo;

export const M04 = {
  id: "M-04",
  severity: "info",
  table: "评估方法",
  title: "标准值没有设定，该指标只计算不判定",
  explanation:
    "有些办学标准（如生均绿化用地面积）在公开资料里找不到省定数值，规则包里留空。留空的指标照常计算并显示，但不判断是否达标。请在“标准参数”表中填入本省的标准值。",
  example: "S3 生均绿化用地面积：小学标准值为空。",
  fix: "在“标准参数”工作表的“标准值”一栏填入省定标准，重新审核。",
  en: {
    title: "No standard set: the indicator is computed, not judged",
    explanation:
      "For some school standards (such as green area per student) no provincial value can be found in public sources, and the rule pack leaves them empty. Such indicators are computed and shown as usual, but not judged against a standard. Enter your province's value in the 「标准参数」 (standards sheet).",
    example: "S3 green area per student: the primary standard is empty.",
    fix: "Enter the provincial standard in the 「标准值」 (threshold) column of the 「标准参数」 sheet and check again.",
  },
  texts: {
    "M-04": template<{ indicator: string; stage: string; source: string }>(
      (p) => `${p.indicator} ${stageZh(p.stage)}标准值没有设定（${p.source}），只计算不判定；请在“标准参数”中填写省定标准`,
      (p) => `${p.indicator} (${stageEn(p.stage).toLowerCase()}) has no standard set (${p.source}); it is computed, not judged. Enter the provincial standard in 标准参数`,
    ),
  },
} satisfies RuleInfo;

export const M05 = {
  id: "M-05",
  severity: "error",
  table: "评估方法",
  title: "指标算出不可能的值，该项未能判定",
  explanation:
    "按填报数据算出的指标超出了可能的范围，例如专任教师学历合格率超过 100%（学历合格的教师比专任教师还多），或算出负数。这说明来源数据有误。这样的值不显示、不参加差异系数计算，也不判定是否达标，学校在该项上为“未能判定”。",
  example: "「曼允小学」小学的专任教师学历合格率算得 108.3%：学历合格教师 13 人，专任教师只有 12 人。",
  fix: "核对参与计算的单元格（如专任教师数和各学历人数），改正后重新审核。",
  en: {
    title: "An indicator comes to an impossible value and is not judged",
    explanation:
      "An indicator computed from the data is outside the possible range, for example a qualified-teacher rate above 100% (more qualified teachers than full-time teachers), or a negative value. The source data is wrong. Such a value is not shown, not counted in the difference coefficients and not judged against the standard; the school is \"not judged\" on that item.",
    example: "The primary qualified-teacher rate of 「曼允小学」 comes to 108.3%: 13 qualified teachers but only 12 full-time teachers.",
    fix: "Check the cells the indicator is computed from (such as the full-time teachers and the teachers by qualification), correct them and check again.",
  },
  texts: {
    "M-05": template<{ name: string; stage: string; indicator: string; indicatorName: string; shown: string }>(
      (p) => `「${p.name}」${stageZh(p.stage)}的${p.indicatorName}算得 ${p.shown}，这是不可能的值，说明填报数据有误；该项按未能判定处理，请核对来源数据`,
      (p) => `${p.indicator} of “${p.name}” (${stageEn(p.stage).toLowerCase()}) comes to ${p.shown}, an impossible value: the data is wrong. It is treated as not judged; check the source data`,
    ),
  },
} satisfies RuleInfo;

export const METHOD_RULES: readonly RuleInfo[] = [M01, M02, M03, M04, M05];
