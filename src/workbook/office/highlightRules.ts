/**
 * How Junheng recognises its own conditional formats: the rule's formula is always TRUE and carries a marker
 * string naming the highlight kind. No cell is referenced, so the rule survives sorting, copying and the user's
 * own edits unchanged, and "is this ours?" is a question about the formula alone, never about ids or positions.
 */
import { HIGHLIGHT_COLOURS, type HighlightKind } from "../../domain/outputs/writePlan";

const MARKER = "junheng:";
const KINDS: readonly HighlightKind[] = ["error", "warning", "below"];

export function markerFormula(kind: HighlightKind): string {
  return `=AND(TRUE,"${MARKER}${kind}"<>"")`;
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
