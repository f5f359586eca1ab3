import type { Finding } from "../findings";
import type { HighlightGroup, HighlightKind } from "./writePlan";

/** Groups finding cells by sheet and colour; a cell with an error and a warning is shown as an error. */
export function highlightGroups(findings: readonly Finding[]): HighlightGroup[] {
  const kindOf = new Map<string, Map<string, HighlightKind>>();
  for (const f of findings) {
    if (f.severity === "info" || f.explained || f.sheet === null) continue;
    const kind: HighlightKind = f.severity === "error" ? "error" : "warning";
    let cells = kindOf.get(f.sheet);
    if (!cells) kindOf.set(f.sheet, (cells = new Map()));
    for (const cell of f.cells) if (cells.get(cell) !== "error") cells.set(cell, kind);
  }
  const groups: HighlightGroup[] = [];
  for (const [sheet, cells] of kindOf) {
    for (const kind of ["error", "warning"] as const) {
      const list = [...cells].filter(([, k]) => k === kind).map(([cell]) => cell);
      if (list.length > 0) groups.push({ sheet, kind, cells: list });
    }
  }
  return groups;
}
