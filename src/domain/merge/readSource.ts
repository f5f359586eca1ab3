/**
 * One input of a merge, recognised the way `check` reads a register, and what about its structure the merge must
 * report: anything that would make the merged register a choice between two readings (a second sheet or column for
 * the same data, a register sheet whose header cannot be found, a file that is no register) is a conflict; what is
 * only left out (unknown columns, total rows, sheets that are not register sheets) is a note.
 */
import { InputError } from "../errors";
import type { WorkbookGrid } from "../grid";
import type { Register, StructureIssue } from "../register";
import { mergedRange } from "../recognise/mergedRows";
import { isEmptyRow, recogniseRegister } from "../recognise/register";
import { isFillInfoSheet, isOutputSheet } from "../recognise/sheetNames";
import { placeOf, problem, type MergeProblem, type MergeSource } from "./types";

export interface SourceRegister {
  readonly file: string;
  readonly grid: WorkbookGrid;
  readonly register: Register;
}

export interface ReadResult {
  readonly source: SourceRegister | null;
  readonly conflicts: readonly MergeProblem[];
  readonly notes: readonly MergeProblem[];
}

/** Sheets users fill in that belong to one workbook's cells or standards; a merged register starts without them. */
const USER_SHEETS_NOT_MERGED = ["标准参数", "审核说明", "自评报告模板"];

function issueProblem(file: string, issue: StructureIssue): { conflict: boolean; problem: MergeProblem } {
  const cell = issue.cells[0] ?? null;
  const at = placeOf(file, issue.sheet, cell);
  switch (issue.kind) {
    case "unrecognisedSheet":
      return { conflict: true, problem: problem("layout", file, issue.sheet, null, `${at}：看起来是「${issue.detail}」，但找不到表头（「学校标识码」或「学校名称」等列），无法合并这张表`) };
    case "duplicateSheet":
      return { conflict: true, problem: problem("layout", file, issue.sheet, null, `${at}：与另一张工作表重复——${issue.detail}；请删去多余的一张再合并`) };
    case "duplicateColumn":
      return { conflict: true, problem: problem("layout", file, issue.sheet, cell, `${at}：${issue.detail}；同一项有两列，合并时无法确定用哪一列`) };
    case "missingColumn":
      return { conflict: false, problem: problem("columns", file, issue.sheet, null, `${at}：缺少必填列「${issue.detail}」，这些学校的该项在合并结果中为空`) };
    case "unknownColumns":
      return { conflict: false, problem: problem("columns", file, issue.sheet, cell, `${at}：未识别的列没有合并：${issue.detail}`) };
    case "totalRow":
      return { conflict: false, problem: problem("totalRow", file, issue.sheet, cell, `${at}：合计行「${issue.detail}」没有合并`) };
    case "mergedData": {
      const { range } = mergedRange(issue);
      return { conflict: false, problem: problem("columns", file, issue.sheet, cell, `${placeOf(file, issue.sheet, range)}：合并单元格按「${issue.detail}」写入其中每一行`) };
    }
    case "noData":
      return { conflict: false, problem: problem("columns", file, issue.sheet, cell, `${placeOf(file, issue.sheet, null)}：只有表头，没有数据行`) };
  }
}

/** Sheets that are neither read as register sheets nor Junheng's regenerated outputs: their content is not merged. */
function skippedSheets(file: string, grid: WorkbookGrid, register: Register): MergeProblem[] {
  const used = new Set(Object.values(register.sheets).map((s) => s.name));
  return grid.sheets
    .filter((s) => !used.has(s.name) && !isFillInfoSheet(s.name) && !s.rows.every((row) => isEmptyRow(row)))
    .filter((s) => !isOutputSheet(s.name) || USER_SHEETS_NOT_MERGED.some((n) => s.name.includes(n)))
    // Sheets the recogniser already reported (duplicates, headers not found) are not repeated here.
    .filter((s) => !register.issues.some((i) => i.sheet === s.name && (i.kind === "duplicateSheet" || i.kind === "unrecognisedSheet")))
    .map((s) => problem("sheetSkipped", file, s.name, null, `${placeOf(file, s.name, null)}：不是登记表，没有合并`));
}

export function readSource(input: MergeSource): ReadResult {
  const { file } = input;
  if ("failure" in input) return { source: null, conflicts: [problem("unreadable", file, null, null, `无法合并「${file}」：${input.failure}`)], notes: [] };
  let register: Register;
  try {
    register = recogniseRegister(input.grid);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { source: null, conflicts: [problem("unreadable", file, null, null, `无法合并「${file}」：${error.message}`)], notes: [] };
  }
  const conflicts: MergeProblem[] = [];
  const notes: MergeProblem[] = [];
  for (const issue of register.issues) {
    const { conflict, problem: p } = issueProblem(file, issue);
    (conflict ? conflicts : notes).push(p);
  }
  notes.push(...skippedSheets(file, input.grid, register));
  return { source: { file, grid: input.grid, register }, conflicts, notes };
}
