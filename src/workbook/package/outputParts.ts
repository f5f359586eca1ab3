/**
 * Junheng's own sheets as package parts: exceljs writes them into a scratch workbook (values, styles, links, widths,
 * frozen header, print setup, data bars), and each sheet part is taken from there with its cells' shared strings
 * made inline and its style indexes mapped into the user's styles part (styles.ts).
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { OutputSheet } from "../../domain/outputs/writePlan";
import { writeOutputSheet } from "../exceljs/outputSheet";
import { MARKER_SHEET } from "../port";
import { scratchStyles, type ScratchStyles } from "./styles";
import { attribute, tags, textOf, unescapeXml } from "./xml";

export interface OutputPart {
  readonly name: string;
  readonly state: "visible" | "veryHidden";
  /** The sheet part, with shared strings inline and `s="N"` still the scratch's style indexes. */
  readonly xml: string;
  /** The sheet's relationships part (its hyperlinks, all external targets "#'sheet'!A1"), or null. */
  readonly rels: string | null;
  /** The print titles (`'审核结果'!$5:$5`), or null. */
  readonly printTitles: string | null;
}

export interface OutputParts {
  readonly sheets: readonly OutputPart[];
  readonly styles: ScratchStyles;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return (xml.match(/<si>[\s\S]*?<\/si>|<si\/>/g) ?? []).map((si) => si.replace(/^<si\/?>|<\/si>$/g, ""));
}

/** Cells with `t="s"` become inline strings: the user's shared-strings part is never rewritten. */
function inlineStrings(sheetXml: string, strings: readonly string[]): string {
  return sheetXml.replace(/<c ([^>]*?)t="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, before: string, after: string, index: string) => `<c ${before}t="inlineStr"${after}><is>${strings[Number(index)] ?? "<t></t>"}</is></c>`);
}

/** Writes the sheets (and the marker sheet listing `owned`) with exceljs and takes the parts apart. */
export async function outputParts(sheets: readonly OutputSheet[], owned: readonly string[]): Promise<OutputParts> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) writeOutputSheet(workbook.addWorksheet(sheet.name), sheet);
  const marker = workbook.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  owned.forEach((name, i) => {
    marker.getCell(i + 1, 1).value = name;
  });
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  const text = (name: string) => (files[name] ? textOf(files[name]) : undefined);
  const workbookXml = text("xl/workbook.xml")!;
  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const titles = new Map<number, string>();
  for (const match of workbookXml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    if (attribute(` ${match[1]}`, "name") === "_xlnm.Print_Titles") titles.set(Number(attribute(` ${match[1]}`, "localSheetId")), unescapeXml(match[2]));
  }
  const rels = new Map(tags(text("xl/_rels/workbook.xml.rels")!, "Relationship").map((tag) => [attribute(tag, "Id"), attribute(tag, "Target")]));
  const parts = tags(workbookXml, "sheet").map((tag, i): OutputPart => {
    const target = `xl/${rels.get(attribute(tag, ":id"))}`;
    const relsName = target.replace(/([^/]+)$/, "_rels/$1.rels");
    const sheetRels = text(relsName) ?? null;
    if (sheetRels && /<Relationship (?![^>]*TargetMode="External")/.test(sheetRels)) throw new Error(`an output sheet links to a part: ${relsName}`);
    return {
      name: attribute(tag, "name")!,
      state: attribute(tag, "state") === "veryHidden" ? "veryHidden" : "visible",
      xml: inlineStrings(text(target)!, strings),
      rels: sheetRels,
      printTitles: titles.get(i) ?? null,
    };
  });
  return { sheets: parts, styles: scratchStyles(text("xl/styles.xml")!) };
}
