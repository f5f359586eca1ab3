/**
 * What a write or a clear must know before it queues anything: every sheet with its protection, whether the
 * workbook structure is protected, the sheets Junheng owns (owner.ts) and Junheng's own conditional formats.
 * Two syncs whatever the size of the workbook: the sheet list, then per sheet its conditional formats
 * (Worksheet has no conditional-format collection of its own; `getRange()` of the whole sheet does, so the names
 * must be known first).
 */
import type { HighlightKind } from "../../domain/outputs/writePlan";
import { MARKER_SHEET } from "../port";
import { markedKind } from "./highlightRules";
import { loadOwnedSetting, ownedIn } from "./owner";
import type { ApiSupport } from "./support";

export interface SheetFacts {
  readonly name: string;
  readonly protected: boolean;
}

export interface JunhengFormat {
  readonly sheet: string;
  readonly kind: HighlightKind;
  /** Tells the formats that were there before a write from the ones it added, should the write be undone. */
  readonly id: string;
  readonly format: Excel.ConditionalFormat;
}

export interface WorkbookFacts {
  /** Every sheet but the legacy marker, in tab order. */
  readonly sheets: readonly SheetFacts[];
  /** Whether an earlier version's `_junheng` sheet is there (owner.ts). */
  readonly markerExists: boolean;
  readonly structureProtected: boolean;
  /** Sheets listed in the marker as made by Junheng. */
  readonly owned: readonly string[];
  readonly formats: readonly JunhengFormat[];
  /**
   * On each sheet Junheng owns, what a copy of cells does not replace: data bars (conditional formats of type
   * DataBar) and charts. An in-place write deletes them before copying the new content in (stagedWrite.ts).
   */
  readonly ownedParts: ReadonlyMap<string, { readonly dataBars: readonly Excel.ConditionalFormat[]; readonly charts: readonly Excel.Chart[] }>;
}

export async function inspectWorkbook(context: Excel.RequestContext, support: ApiSupport): Promise<WorkbookFacts> {
  const worksheets = context.workbook.worksheets;
  worksheets.load({ name: true, protection: { protected: true } });
  const structure = support.workbookProtection ? context.workbook.protection.load({ protected: true }) : null;
  const setting = loadOwnedSetting(context);
  await context.sync();

  const sheets = worksheets.items.filter((ws) => ws.name !== MARKER_SHEET);
  const marker = worksheets.items.find((ws) => ws.name === MARKER_SHEET);
  const markerValues = marker?.getUsedRangeOrNullObject(true).load({ values: true });
  const collections = support.conditionalFormats
    ? sheets.map((ws) => ({ sheet: ws.name, formats: ws.getRange().conditionalFormats.load({ id: true, type: true, customOrNullObject: { rule: { formula: true } } }) }))
    : [];
  // The legacy marker's list is read in this sync: with one, every sheet may be Junheng's.
  const owned = ownedIn(setting, []);
  const charts = sheets.filter((ws) => marker !== undefined || owned.includes(ws.name)).map((ws) => ({ sheet: ws.name, charts: ws.charts.load({ name: true }) }));
  await context.sync();

  const formats: JunhengFormat[] = [];
  const ownedParts = new Map<string, { dataBars: Excel.ConditionalFormat[]; charts: Excel.Chart[] }>(charts.map((c) => [c.sheet, { dataBars: [], charts: c.charts.items }]));
  for (const { sheet, formats: collection } of collections) {
    for (const format of collection.items) {
      if (String(format.type) === "DataBar") ownedParts.get(sheet)?.dataBars.push(format);
      if (String(format.type) !== "Custom" || format.customOrNullObject.isNullObject) continue;
      const kind = markedKind(format.customOrNullObject.rule.formula);
      if (kind) formats.push({ sheet, kind, id: format.id, format });
    }
  }
  return {
    sheets: sheets.map((ws) => ({ name: ws.name, protected: ws.protection.protected })),
    markerExists: marker !== undefined,
    structureProtected: structure?.protected ?? false,
    owned: ownedIn(setting, markerValues && !markerValues.isNullObject ? markerValues.values : []),
    formats,
    ownedParts,
  };
}
