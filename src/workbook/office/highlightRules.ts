/**
 * How Junheng recognises its own conditional formats: the rule's formula carries a marker string naming the
 * highlight kind, so "is this ours?" is a question about the formula alone, never about ids or positions. The
 * condition beside the marker is TRUE (no cell referenced: the rule survives sorting, copying and edits
 * unchanged), or for a live highlight the rule's own test (liveHighlights.ts), so the colour goes when the value
 * is fixed.
 */
import { type HighlightKind } from "../../domain/outputs/writePlan";
import { HIGHLIGHT_COLOURS } from "../../domain/outputs/palette";

const MARKER = "junheng:";
const KINDS: readonly HighlightKind[] = ["error", "warning", "below"];

export function markerFormula(kind: HighlightKind, condition = "TRUE"): string {
  return `=AND(${condition},"${MARKER}${kind}"<>"")`;
}

/** The kind a conditional-format formula marks, or null when the format is not Junheng's. */
export function markedKind(formula: string | null | undefined): HighlightKind | null {
  if (!formula) return null;
  const match = /"junheng:([a-z]+)"/.exec(formula);
  const kind = match?.[1] as HighlightKind | undefined;
  return kind && KINDS.includes(kind) ? kind : null;
}

/** Office.js colours are "#RRGGBB". */
export function highlightColour(kind: HighlightKind): string {
  return `#${HIGHLIGHT_COLOURS[kind]}`;
}
