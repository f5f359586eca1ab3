/**
 * Queues Junheng's highlights as conditional formats: per sheet and kind, the cells grouped into rectangles,
 * the rectangles joined into `getRanges` addresses under Excel's length limit, one custom format per address.
 * Without RangeAreas (before ExcelApi 1.9) each rectangle gets its own format.
 */
import type { HighlightGroup } from "../../domain/outputs/writePlan";
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

export async function addHighlights(
  context: Excel.RequestContext,
  groups: readonly HighlightGroup[],
  support: ApiSupport,
  budget: RequestBudget,
): Promise<void> {
  for (const group of groups) {
    const sheet = context.workbook.worksheets.getItem(group.sheet);
    const rectangles = compressCells(group.cells);
    const targets = support.rangeAreas ? chunkAddresses(rectangles) : rectangles;
    for (const address of targets) {
      await budget.spend(utf8Bytes(address) + ACTIONS_PER_FORMAT * ACTION_OVERHEAD_BYTES);
      const area = support.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
      const format = area.conditionalFormats.add("Custom");
      format.custom.rule.formula = markerFormula(group.kind);
      format.custom.format.fill.color = highlightColour(group.kind);
      // Above the user's own rules, so the highlight shows even where a user rule also fills the cell.
      format.priority = 0;
    }
  }
}
