/** The 考核自查 sheet's name and columns, shared by the writer and the read-back. */
export const CHECKLIST_SHEET = "考核自查";

export const STATUS_HEADER = "状态";
export const EVIDENCE_HEADER = "依据";
export const SCORE_HEADER = "得分";
export const TYPE_HEADER = "类型";
/** Header of the hidden column holding each item's id; the read-back finds header rows by it and 状态. */
export const KEY_HEADER = "项目标识";
export const COMPUTED_LABEL = "自动";
/** Rows whose 类型 starts with this are read back (a computed item without data is written 手填 as well). */
export const MANUAL_LABEL = "手填";

export const CHECKLIST_HEADER = ["序号", "项目", TYPE_HEADER, STATUS_HEADER, EVIDENCE_HEADER, SCORE_HEADER, "满分", KEY_HEADER];
