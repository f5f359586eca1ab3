/**
 * Highlights in a file are conditional formats, not cell fills: one rule per kind and sheet, always true, whose
 * differential format (dxf) is the highlight colour; a live highlight (liveHighlights.ts) gets one rule per
 * rectangle whose condition is the rule's own test, so the colour goes when the value is fixed. The user's cells keep their own style ids and every byte of
 * their values; a later check finds its own rules by their formula (ISTEXT("junheng:<kind>")) and replaces them,
 * so fixed cells lose their red and the user's own formats are never touched.
 */
import type { HighlightKind } from "../../domain/outputs/writePlan";
import { escapeXml } from "./xml";

const MARKER = /ISTEXT\((?:&quot;|")junheng:(?:error|warning|below)(?:&quot;|")\)/;

export function markerFormula(kind: HighlightKind, condition?: string): string {
  const marker = `ISTEXT("junheng:${kind}")`;
  return condition === undefined ? marker : `AND(${condition},${marker})`;
}

/** One conditional format to add: a kind over cells or ranges, always on or while `condition` holds. */
export interface HighlightRule {
  readonly kind: HighlightKind;
  readonly refs: readonly string[];
  readonly condition?: string;
}

/**
 * The elements after <conditionalFormatting> in a worksheet (ECMA-376 CT_Worksheet): new rules go before the first
 * of them that the sheet has, after the user's own conditional formats.
 */
const AFTER_CONDITIONAL = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** Removes the rules an earlier check added: blocks of one rule whose formula is Junheng's marker. */
export function removeOwnRules(xml: string, prefix: string): string {
  const block = new RegExp(`<${prefix}conditionalFormatting\\b[^>]*>[\\s\\S]*?</${prefix}conditionalFormatting>`, "g");
  return xml.replace(block, (whole) => (MARKER.test(whole) && (whole.match(/<[\w.:-]*cfRule\b/g) ?? []).length === 1 ? "" : whole));
}

/** Where a new <conditionalFormatting> goes: after the last of the user's, before the first later element. */
function insertionPoint(xml: string, prefix: string): number {
  const afterData = Math.max(xml.lastIndexOf(`</${prefix}sheetData>`), xml.search(new RegExp(`<${prefix}sheetData\\s*/>`)));
  const lastRule = xml.lastIndexOf(`</${prefix}conditionalFormatting>`);
  const from = Math.max(afterData, lastRule);
  const later = new RegExp(`<${prefix}(?:${AFTER_CONDITIONAL.join("|")})[\\s/>]`, "g");
  later.lastIndex = from < 0 ? 0 : from;
  const match = later.exec(xml);
  return match ? match.index : xml.lastIndexOf(`</${prefix}worksheet>`);
}

/**
 * The sheet with the rules added, at the lowest priority (the user's own rules keep theirs), through `write` in
 * pieces (the sheet's text before the rules, the rules, the rest) rather than as one more copy of a large sheet.
 */
export function addRules(xml: string, prefix: string, wanted: readonly HighlightRule[], dxfIdOf: (kind: HighlightKind) => number, write: (text: string) => void): void {
  if (wanted.length === 0) return write(xml);
  let priority = Math.max(0, ...[...xml.matchAll(/\spriority="(\d+)"/g)].map((m) => Number(m[1])));
  const rules = wanted
    .map(({ kind, refs, condition }) => {
      priority += 1;
      return `<${prefix}conditionalFormatting sqref="${refs.join(" ")}"><${prefix}cfRule type="expression" dxfId="${dxfIdOf(kind)}" priority="${priority}"><${prefix}formula>${escapeXml(markerFormula(kind, condition))}</${prefix}formula></${prefix}cfRule></${prefix}conditionalFormatting>`;
    })
    .join("");
  const at = insertionPoint(xml, prefix);
  write(xml.slice(0, at));
  write(rules);
  write(xml.slice(at));
}
