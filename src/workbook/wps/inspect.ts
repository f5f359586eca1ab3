/**
 * What a write or a clear must know before it changes anything (as the Office adapter's inspect.ts): each sheet's
 * protection, the workbook's structure lock, the marker's content, and Junheng's own highlights — conditional
 * formats whose formula carries the marker, and fills recorded in the marker sheet.
 */
import type { HighlightKind } from "../../domain/outputs/writePlan";
import { markedKind } from "../office/highlightRules";
import type { SheetFacts } from "../office/inspect";
import { MARKER_SHEET } from "../port";
import type { EtApplication, EtFormatCondition, EtWorkbook, EtWorksheet } from "./etApi";
import { fillRecords, type FillRecord, type MarkerContent } from "./marker";
import { ownedSheets, readSheet } from "./readWorkbook";

export interface JunhengHighlight {
  readonly sheet: string;
  readonly kind: HighlightKind;
  /** The conditional format, or the filled cell recorded in the marker. */
  readonly condition?: EtFormatCondition;
  readonly fill?: FillRecord;
}

export interface EtFacts {
  readonly sheets: readonly SheetFacts[];
  readonly structureProtected: boolean;
  readonly markerExists: boolean;
  readonly marker: MarkerContent;
  readonly owned: readonly string[];
  readonly formats: readonly JunhengHighlight[];
}

/** Junheng's conditional formats on a sheet; a condition whose formula cannot be read (a data bar) is not Junheng's. */
export function markedConditions(ws: EtWorksheet): JunhengHighlight[] {
  const conditions = ws.Cells.FormatConditions;
  const found: JunhengHighlight[] = [];
  for (let i = conditions.Count; i >= 1; i--) {
    const condition = conditions.Item(i);
    let formula: unknown = null;
    try {
      formula = condition.Formula1;
    } catch {
      formula = null;
    }
    const kind = markedKind(typeof formula === "string" ? formula : null);
    if (kind) found.push({ sheet: ws.Name, kind, condition });
  }
  return found;
}

export function inspectWorkbook(app: EtApplication, wb: EtWorkbook): EtFacts {
  const worksheets = wb.Worksheets;
  const sheets: SheetFacts[] = [];
  const formats: JunhengHighlight[] = [];
  let marker: MarkerContent = { owned: [], fills: [] };
  let markerExists = false;
  for (let i = 1; i <= worksheets.Count; i++) {
    const ws = worksheets.Item(i);
    const name = ws.Name;
    if (name === MARKER_SHEET) {
      const grid = readSheet(app, ws);
      markerExists = true;
      marker = { owned: ownedSheets(grid), fills: fillRecords(grid.rows) };
      continue;
    }
    sheets.push({ name, protected: ws.ProtectContents });
    formats.push(...markedConditions(ws));
  }
  const names = new Set(sheets.map((s) => s.name));
  // Fills on a sheet since deleted or renamed cannot be restored; they are forgotten with the sheet.
  const fills = marker.fills.filter((f) => names.has(f.sheet));
  return {
    sheets,
    structureProtected: wb.ProtectStructure,
    markerExists,
    marker: { owned: marker.owned, fills },
    owned: marker.owned,
    formats: [...formats, ...fills.map((fill) => ({ sheet: fill.sheet, kind: fill.kind, fill }))],
  };
}
