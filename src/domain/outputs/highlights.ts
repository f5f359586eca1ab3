import type { Finding } from "../findings";
import type { UnitEvaluation } from "../evaluation/evaluate";
import { formulaOf } from "../evaluation/formulas";
import type { HighlightGroup, HighlightKind } from "./writePlan";

const PRECEDENCE: Record<HighlightKind, number> = { error: 3, warning: 2, below: 1 };

/** Collects cells per sheet, keeping the most severe colour when a cell is marked twice. */
class HighlightCollector {
  private readonly bySheet = new Map<string, Map<string, HighlightKind>>();

  mark(sheet: string, cell: string, kind: HighlightKind): void {
    let cells = this.bySheet.get(sheet);
    if (!cells) this.bySheet.set(sheet, (cells = new Map()));
    const current = cells.get(cell);
    if (!current || PRECEDENCE[kind] > PRECEDENCE[current]) cells.set(cell, kind);
  }

  groups(): HighlightGroup[] {
    const groups: HighlightGroup[] = [];
    for (const [sheet, cells] of this.bySheet) {
      for (const kind of ["error", "warning", "below"] as const) {
        const list = [...cells].filter(([, k]) => k === kind).map(([cell]) => cell);
        if (list.length > 0) groups.push({ sheet, kind, cells: list });
      }
    }
    return groups;
  }
}

/**
 * Highlight groups: finding cells in red (error) or yellow (warning), and in orange the input cells that feed
 * an indicator a counted unit falls short of (the resource, not the shared student count). Info findings and
 * explained warnings are not highlighted; a cell marked twice keeps the most severe colour.
 */
export function highlightGroups(findings: readonly Finding[], units: readonly UnitEvaluation[] = []): HighlightGroup[] {
  const collector = new HighlightCollector();
  for (const f of findings) {
    if (f.severity === "info" || f.explained || f.sheet === null) continue;
    for (const cell of f.cells) collector.mark(f.sheet, cell, f.severity);
  }
  for (const u of units) {
    for (const id of u.below) {
      for (const key of formulaOf(id).feeds) for (const ref of u.unit.resources[key].cells) collector.mark(ref.sheet, ref.cell, "below");
    }
  }
  return collector.groups();
}
