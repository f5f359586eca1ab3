/**
 * The 标准参数 sheet written from a pack (docs/workbook-format.md §1.2, docs/method.md §5): the user edits 标准值 in the workbook and
 * the next run reads it back (readStandardsSheet). Reference values and placeholders say so in 来源, because
 * every judgement against them must be checked against the provincial standard.
 */
import type { OutputCell, OutputSheet } from "./writePlan";
import type { Provenance, RulePack } from "../packs/schema";
import { FRACTION_UNIT } from "../packs/indicatorNames";
import { STAGE_LABEL, STANDARDS_SCHEMA, STANDARDS_SHEET, packMark, packParameters, type PackParameter } from "../packs/standardsTable";
import { columnWidths, headerCells, rowCells } from "../sheetSchema";

export { readStandardsSheet, type Override, type StandardsSheetReading } from "../packs/readStandardsSheet";
export { STANDARDS_SHEET_RULES_INFO } from "../rules/standardsSheetRules";
export { STANDARDS_SHEET } from "../packs/standardsTable";

export const STANDARDS_NOTE = "修改“标准值”后重新审核即生效；留空表示不判定";
export const REFERENCE_MARK = "参考值，请按省定标准核对";
export const PLACEHOLDER_MARK = "待填：省定标准";

/** 1-based row of the header, below the title and the note. */
const HEADER_ROW = 3;

export function sourceText(provenance: Provenance): string {
  switch (provenance.kind) {
    case "reference":
      return `${REFERENCE_MARK}。${provenance.source}`;
    case "placeholder":
      return `${PLACEHOLDER_MARK}。${provenance.source}`;
    case "workbook":
      return `工作簿中修改：${provenance.source}`;
    default:
      return provenance.source;
  }
}

/** Fractions are entered as 0.995 or 99.5%; the unit column says which scale the number is on. */
function unitText(unit: string): string {
  return unit === FRACTION_UNIT ? "比例（1 = 100%，可填 99.5%）" : unit;
}

function parameterRow(p: PackParameter): OutputCell[] {
  return rowCells(STANDARDS_SCHEMA, {
    code: { value: p.code },
    name: { value: p.name },
    stage: { value: p.stage ? STAGE_LABEL[p.stage] : null },
    area: { value: p.area },
    // A placeholder is shaded like a warning: it is the one cell the user is expected to fill.
    value: p.provenance.kind === "placeholder" ? { value: p.value, style: "warning" } : { value: p.value },
    unit: { value: unitText(p.unit) },
    source: { value: sourceText(p.provenance) },
  });
}

export function standardsSheet(pack: RulePack, name: string = STANDARDS_SHEET): OutputSheet {
  const rows: OutputCell[][] = [
    [{ value: `标准参数 — ${pack.title}（${packMark(pack.id)}）`, style: "title" }],
    [{ value: STANDARDS_NOTE, style: "subtitle" }],
    headerCells(STANDARDS_SCHEMA),
    ...packParameters(pack).map(parameterRow),
  ];
  return {
    name,
    rows,
    columnWidths: columnWidths(STANDARDS_SCHEMA),
    headerRow: HEADER_ROW,
    printHeader: { left: pack.title, right: packMark(pack.id) },
  };
}
