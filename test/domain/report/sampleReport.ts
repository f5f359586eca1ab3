/** Test helper: the sample township run with a report template, hand-made checklist results, and reading the filled sheet. */
import { runCheck, type CheckRun } from "../../../src/domain/check";
import type { ChecklistResult } from "../../../src/domain/checklists/types";
import type { SheetGrid, WorkbookGrid } from "../../../src/domain/grid";
import { layoutRegister } from "../../../src/domain/layout/registerLayout";
import type { OutputCell, OutputSheet } from "../../../src/domain/outputs/writePlan";
import type { RulePack } from "../../../src/domain/packs/schema";
import { defaultTemplateSheet } from "../../../src/domain/report/template";
import { sampleRegister } from "../../../src/domain/sample/sample";
import { outputToGrid } from "../../helpers/outputToGrid";

export const defaultTemplate = (): SheetGrid => outputToGrid(defaultTemplateSheet());

/** The sample register with a template sheet, as a workbook after the user has edited the template. */
export function sampleWorkbook(template: SheetGrid | null = defaultTemplate()): WorkbookGrid {
  const { grid } = layoutRegister(sampleRegister());
  return { ...grid, sheets: template ? [...grid.sheets, template] : grid.sheets };
}

export function sampleRun(template: SheetGrid | null = defaultTemplate(), pack?: RulePack): CheckRun {
  return runCheck(sampleWorkbook(template), pack ? { pack } : {});
}

const item = (fields: Pick<ChecklistResult, "id" | "kind" | "title" | "computed" | "status"> & Partial<ChecklistResult>): ChecklistResult => ({
  evidence: "",
  score: null,
  maxScore: null,
  where: [],
  ...fields,
});

/** Checklist results as the checklist engine would give them: computed and manual, one veto fired. */
export const HAND_CHECKLIST: readonly ChecklistResult[] = [
  item({ id: "A-T1", kind: "assessment", title: "小学适龄儿童入学率", computed: true, status: "达标", evidence: "乡 99.85%，目标 ≥ 99.5%", score: 10, maxScore: 10 }),
  item({ id: "A-03", kind: "assessment", title: "薄弱学校改造", computed: false, status: "未达标", evidence: "两所村小改造未完成", score: 4, maxScore: 10 }),
  item({ id: "A-01", kind: "assessment", title: "随迁子女平等接受义务教育", computed: false, status: "待填", maxScore: 10 }),
  item({ id: "V-02", kind: "veto", title: "存在超大班额", computed: true, status: "否决", evidence: "66人及以上班级 1 个", where: ["勐往乡中学"] }),
  item({ id: "V-04", kind: "veto", title: "群众满意度低于 85%", computed: false, status: "未否决", evidence: "满意度调查 91%" }),
];

/** Text of a cell, "" for an empty one. */
export const textOf = (c: OutputCell | undefined): string => (c?.value === null || c?.value === undefined ? "" : String(c.value));

/** 0-based index of the first row whose first cell is `first`, at or after `from`. */
export function rowIndex(sheet: OutputSheet, first: string, from = 0): number {
  const i = sheet.rows.findIndex((r, n) => n >= from && textOf(r[0]) === first);
  if (i < 0) throw new Error(`no row ${first}`);
  return i;
}

/** Body rows of the table titled `title`: after its title and `headerRows` header rows, up to its notes. */
export function tableBody(sheet: OutputSheet, title: string, headerRows: number): { start: number; rows: (readonly OutputCell[])[] } {
  const start = rowIndex(sheet, title) + 1 + headerRows;
  const end = sheet.rows.findIndex((r, n) => n >= start && r[0]?.style === "subtitle");
  return { start, rows: sheet.rows.slice(start, end < 0 ? undefined : end) };
}

/** Every text of the sheet, row by row, for checks that a sentence appears somewhere. */
export const allText = (sheet: OutputSheet): string => sheet.rows.map((r) => r.map(textOf).join(" ")).join("\n");
