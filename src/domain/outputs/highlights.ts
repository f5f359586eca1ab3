import type { Finding } from "../findings";
import type { UnitEvaluation } from "../evaluation/evaluate";
import { formulaOf } from "../evaluation/formulas";
import type { Register } from "../register";
import { liveTemplate } from "./liveHighlights";
import type { HighlightGroup, HighlightKind } from "./writePlan";

const PRECEDENCE: Record<HighlightKind, number> = { error: 3, warning: 2, below: 1 };

interface Mark {
  kind: HighlightKind;
  /** The conditions of every mark on the cell, or null once any mark has none (then the cell is always painted). */
  live: Set<string> | null;
}

/** Collects cells per sheet, keeping the most severe colour when a cell is marked twice. */
class HighlightCollector {
  private readonly bySheet = new Map<string, Map<string, Mark>>();

  mark(sheet: string, cell: string, kind: HighlightKind, live: string | null = null): void {
    let cells = this.bySheet.get(sheet);
    if (!cells) this.bySheet.set(sheet, (cells = new Map()));
    const current = cells.get(cell);
    if (!current) {
      cells.set(cell, { kind, live: live === null ? null : new Set([live]) });
      return;
    }
    // A live colour is only right while every reason for painting the cell can be tested by formula, and with one colour.
    if (live === null || current.live === null || current.kind !== kind) current.live = null;
    else current.live.add(live);
    if (PRECEDENCE[kind] > PRECEDENCE[current.kind]) current.kind = kind;
  }

  groups(): HighlightGroup[] {
    const groups: HighlightGroup[] = [];
    for (const [sheet, cells] of this.bySheet) {
      for (const kind of ["error", "warning", "below"] as const) {
        const marks = [...cells].filter(([, m]) => m.kind === kind);
        const fixed = marks.filter(([, m]) => m.live === null).map(([cell]) => cell);
        if (fixed.length > 0) groups.push({ sheet, kind, cells: fixed });
        const byCondition = new Map<string, string[]>();
        for (const [cell, m] of marks) for (const live of m.live ?? []) byCondition.set(live, [...(byCondition.get(live) ?? []), cell]);
        for (const [live, list] of byCondition) groups.push({ sheet, kind, cells: list, live });
      }
    }
    return groups;
  }
}

/**
 * Highlight groups: finding cells in red (error) or yellow (warning), and in orange the input cells that feed
 * an indicator a counted unit falls short of (the resource, not the shared student count). Info findings and
 * explained warnings are not highlighted; a cell marked twice keeps the most severe colour. With the register,
 * a cell painted only by rules that can be written as a formula gets a live group (liveHighlights.ts).
 */
export function highlightGroups(findings: readonly Finding[], units: readonly UnitEvaluation[] = [], register?: Register): HighlightGroup[] {
  const collector = new HighlightCollector();
  for (const f of findings) {
    if (f.severity === "info" || f.explained || f.sheet === null) continue;
    const live = register ? liveTemplate(f, register) : null;
    for (const cell of f.cells) collector.mark(f.sheet, cell, f.severity, live);
  }
  for (const u of units) {
    for (const id of u.below) {
      for (const key of formulaOf(id).feeds) for (const ref of u.unit.resources[key].cells) collector.mark(ref.sheet, ref.cell, "below");
    }
  }
  return collector.groups();
}
