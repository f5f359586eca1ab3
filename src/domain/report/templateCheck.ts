/**
 * placeholders of the template that name nothing. Checked with the pack's names alone, so a run reports them
 * with the other findings (and highlights the cell) before any report is written; filling gives the same findings.
 */
import type { Finding } from "../findings";
import { cellAddress, type SheetGrid, type WorkbookGrid } from "../grid";
import type { RulePack } from "../packs/schema";
import { plainFinding } from "../rules/context";
import { placeholderNames } from "./placeholders";
import { normaliseName, templateText, unknownPlaceholders } from "./placeholderText";
import { R01 } from "../rules/reportRules";
import { isTemplateSheet, TEMPLATE_HINTS } from "./templateNames";
import { say } from "../rules/texts";

/** A known name that contains the typed one or is contained in it (年 → 年度, 小学.综合 → 小学.综合差异系数). */
function suggestion(typed: string, known: ReadonlySet<string>): string | null {
  const name = normaliseName(typed.replace(/^[{｛]{2}|[}｝]{2}$/g, ""));
  // One character (县, 年) is contained in too much to suggest anything.
  for (const k of known) if ((name.length >= 2 && k.includes(name)) || (k.length >= 2 && name.includes(k))) return k;
  return null;
}

export function unknownPlaceholderFindings(text: string, known: ReadonlySet<string>, sheet: string, address: string): Finding[] {
  return unknownPlaceholders(text, known).map((typed) => {
    const hint = suggestion(typed, known);
    const message = say(R01, "R-01", { sheetName: sheet, address, typed, hint: hint ?? "" });
    return plainFinding(R01, message, sheet, [address]);
  });
}

export function templateFindings(template: SheetGrid, pack: RulePack): Finding[] {
  const known = new Set(placeholderNames(pack));
  const findings: Finding[] = [];
  template.rows.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const typed = typeof value === "number" ? null : templateText(value);
      if (typed === null || TEMPLATE_HINTS.has(typed.trim())) return;
      findings.push(...unknownPlaceholderFindings(typed, known, template.name, cellAddress(r, c)));
    }),
  );
  return findings;
}

/** The workbook's 自评报告模板; the input stage (inputs/readInputs.ts) looks it up, once per read of the workbook. */
export function findTemplate(workbook: WorkbookGrid): SheetGrid | undefined {
  return workbook.sheets.find((s) => isTemplateSheet(s.name));
}
