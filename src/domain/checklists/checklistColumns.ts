/** The 考核自查 sheet's name and columns, shared by the writer and the read-back. */
import { headers, sheetSchema } from "../sheetSchema";

export const CHECKLIST_SHEET = "考核自查";

export const STATUS_HEADER = "状态";
/** Header of the hidden column holding each item's id; the read-back finds header rows by it and 状态. */
export const KEY_HEADER = "项目标识";
export const COMPUTED_LABEL = "自动";
/** Rows whose 类型 starts with this are read back (a computed item without data is written 手填 as well). */
export const MANUAL_LABEL = "手填";

/** Users fill 状态, 依据 and 得分 of the 手填 items; 得分 is read as the cell holds it (a number, or text like “8分”). */
export const CHECKLIST_SCHEMA = sheetSchema(CHECKLIST_SHEET, [
  { key: "index", header: "序号", width: 6 },
  { key: "title", header: "项目", width: 34 },
  { key: "type", header: "类型", width: 8 },
  { key: "status", header: STATUS_HEADER, width: 8, edited: true },
  { key: "evidence", header: "依据", width: 70, edited: true },
  { key: "score", header: "得分", width: 8, edited: true, kind: "value" },
  { key: "maxScore", header: "满分", width: 8 },
  { key: "key", header: KEY_HEADER, width: 10, hidden: true },
]);

export const CHECKLIST_HEADER = headers(CHECKLIST_SCHEMA);
