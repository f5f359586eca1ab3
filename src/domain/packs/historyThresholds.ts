/**
 * The shipped thresholds of the year-on-year checks (docs/method.md §7, H-01 and H-02), shared by both packs: how a
 * school's figures move from one year to the next does not depend on which balance measure is judged.
 */
import type { HistoryThresholds } from "./partSchemas";

export const DEFAULT_HISTORY: HistoryThresholds = {
  students: 0.3,
  resourceFall: 0,
  resourceRise: 0.5,
  provenance: {
    kind: "reference",
    source:
      "年度数据比对的经验阈值：在校生增减超过 30%，校舍建筑面积、占地面积、图书、教学仪器设备值减少或增加超过 50% 时核查；" +
      "公开资料未给出统一的官方数值，可在规则包中修改",
  },
};
