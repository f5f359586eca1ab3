/**
 * Junheng's hidden `_junheng` sheet in WPS: column A lists the sheets Junheng made, as in Excel. Where WPS would
 * not take a conditional format and a highlight became a cell fill instead, columns C:F record each filled cell
 * (sheet, cell, kind, the fill it had before: a BGR number, or "none"), so clearing puts back exactly what was there.
 * The Office adapter rewrites only column A: such fills are cleared in WPS, not in Excel.
 */
import type { HighlightKind } from "../../domain/outputs/writePlan";
import { MARKER_SHEET } from "../port";
import { ET } from "./etApi";
import { addSheetAtEnd, deleteSheet, type EtBook } from "./sheets";

export interface FillRecord {
  readonly sheet: string;
  readonly cell: string;
  readonly kind: HighlightKind;
  /** The cell's Interior.Color before, or null when it had no fill. */
  readonly original: number | null;
}

export interface MarkerContent {
  readonly owned: readonly string[];
  readonly fills: readonly FillRecord[];
}

const KINDS: readonly HighlightKind[] = ["error", "warning", "below"];

export function fillRecords(rows: readonly (readonly unknown[])[]): FillRecord[] {
  return rows.flatMap((row) => {
    const [sheet, cell, kind, original] = row.slice(2, 6);
    if (typeof sheet !== "string" || typeof cell !== "string" || !KINDS.includes(kind as HighlightKind)) return [];
    const colour = original === "none" ? null : Number(original);
    return colour === null || Number.isInteger(colour) ? [{ sheet, cell, kind: kind as HighlightKind, original: colour }] : [];
  });
}

function rowsOf(content: MarkerContent): string[][] {
  const length = Math.max(content.owned.length, content.fills.length);
  return Array.from({ length }, (_, i) => {
    const fill = content.fills[i];
    return [content.owned[i] ?? "", "", fill?.sheet ?? "", fill?.cell ?? "", fill?.kind ?? "", fill ? (fill.original === null ? "none" : String(fill.original)) : ""];
  });
}

export function sameContent(a: MarkerContent, b: MarkerContent): boolean {
  return JSON.stringify(rowsOf(a)) === JSON.stringify(rowsOf(b));
}

/** Replaces the marker sheet with `content` (none when there is nothing to record). */
export function writeMarker(book: EtBook, content: MarkerContent, exists: boolean): void {
  if (exists) deleteSheet(book, MARKER_SHEET);
  const rows = rowsOf(content);
  if (rows.length === 0) return;
  const marker = addSheetAtEnd(book, MARKER_SHEET);
  const range = marker.Range(`A1:F${rows.length}`);
  // Text first, so a sheet named like a number or a formula is stored as its name.
  range.NumberFormat = "@";
  range.Value2 = rows;
  marker.Visible = ET.xlSheetVeryHidden;
}
