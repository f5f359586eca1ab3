/**
 * Queues Junheng's highlights as conditional formats: per sheet and kind, the cells grouped into rectangles,
 * the rectangles joined into `getRanges` addresses under Excel's length limit, one custom format per address.
 * Without RangeAreas (before ExcelApi 1.9) each rectangle gets its own format.
 */
import type { HighlightGroup } from "../../domain/outputs/writePlan";
import { liveRanges } from "../liveRanges";
import { chunkAddresses, compressCells } from "./addresses";
import { highlightColour, markerFormula } from "./highlightRules";
import type { JunhengFormat } from "./inspect";
import { ACTION_OVERHEAD_BYTES, utf8Bytes, type RequestBudget } from "./payload";
import type { ApiSupport } from "./support";

/** Actions per added format beyond the first: the add itself, formula, colour, priority. */
const ACTIONS_PER_FORMAT = 4;

export async function removeFormats(formats: readonly JunhengFormat[], budget: RequestBudget): Promise<void> {
  for (const { format } of formats) {
    await budget.spend(0);
    format.delete();
  }
}

/** Where each format of a group goes, and its formula: one per address, or per rectangle for a live group. */
function formatsOf(group: HighlightGroup, support: ApiSupport): { address: string; formula: string }[] {
  if (group.live !== undefined) return liveRanges(group.cells, group.live).map(({ range, condition }) => ({ address: range, formula: markerFormula(group.kind, condition) }));
  const rectangles = compressCells(group.cells);
  const formula = markerFormula(group.kind);
  return (support.rangeAreas ? chunkAddresses(rectangles) : rectangles).map((address) => ({ address, formula }));
}

export async function addHighlights(
  context: Excel.RequestContext,
  groups: readonly HighlightGroup[],
  support: ApiSupport,
  budget: RequestBudget,
): Promise<void> {
  for (const group of groups) {
    const sheet = context.workbook.worksheets.getItem(group.sheet);
    for (const { address, formula } of formatsOf(group, support)) {
      await budget.spend(utf8Bytes(address) + utf8Bytes(formula) + ACTIONS_PER_FORMAT * ACTION_OVERHEAD_BYTES);
      const area = support.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
      const format = area.conditionalFormats.add("Custom");
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = highlightColour(group.kind);
      // Above the user's own rules, so the highlight shows even where a user rule also fills the cell.
      format.priority = 0;
    }
  }
}
