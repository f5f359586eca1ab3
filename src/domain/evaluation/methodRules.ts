/** Method notes M-01..M-04 (docs/method.md §7): info findings the evaluation gives so nobody is counted silently. */
import type { RuleInfo } from "../rules/types";

export const M01: RuleInfo = {
  id: "M-01",
  severity: "info",
  table: "评估方法",
  title: "一贯制或完全中学的共用资源已按学段拆分",
  explanation:
    "九年一贯制、完全中学、十二年一贯制学校的校舍、运动场馆、仪器设备、计算机、图书是各学段共用的。计算各学段生均指标时，按学生数和规定权重（小学:初中:高中 = 1:1.1:1.32）把这些资源分给各学段，拆分比例不四舍五入。教师按统计表分学段填报，不拆分。",
  example: "九年一贯制学校小学 166 人、初中 210 人，图书 23226 册：小学部分得 23226 × 166 ÷ (166 + 1.1×210) = 9711.627 册。",
  fix: "不需要修改；核对两个学段的在校生数填写正确即可。",
};

export const M02: RuleInfo = {
  id: "M-02",
  severity: "info",
  table: "评估方法",
  title: "教学点已并入上级学校或未单独计算",
  explanation:
    "小学教学点和不计校数的记录，按规则包的设置处理：不单独参加计算（2012 年办法），或把学生和办学条件并入上级学校，或学生达到规定人数的才单独计算（2017 年办法，50 人）。",
  example: "「南果河老寨教学点」不单独参加差异系数计算。",
  fix: "不需要修改；需要换一种处理方式时，在“标准参数”中调整或选择其他规则包。",
};

export const M03: RuleInfo = {
  id: "M-03",
  severity: "info",
  table: "评估方法",
  title: "评估单元未参加差异系数计算",
  explanation:
    "没有在校生的学段不能计算生均指标，不参加差异系数计算；某一指标的数据读不出来时，这所学校只在该指标上不参加计算。差异系数仍按其余学校计算，并在这里说明。",
  example: "九年一贯制学校初中在校生为 0：初中部不参加初中差异系数计算。",
  fix: "学段确实没有学生的，不需要修改；是漏填的，补填在校生数和相关数据。",
};

export const M04: RuleInfo = {
  id: "M-04",
  severity: "info",
  table: "评估方法",
  title: "标准值没有设定，该指标只计算不判定",
  explanation:
    "有些办学标准（如生均绿化用地面积）在公开资料里找不到省定数值，规则包里留空。留空的指标照常计算并显示，但不判断是否达标。请在“标准参数”表中填入本省的标准值。",
  example: "S3 生均绿化用地面积：小学标准值为空。",
  fix: "在“标准参数”工作表的“标准值”一栏填入省定标准，重新审核。",
};

export const METHOD_RULES: readonly RuleInfo[] = [M01, M02, M03, M04];
