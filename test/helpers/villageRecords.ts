/** Village (普及与控辍) records for tests. */
import type { CellValue } from "../../src/domain/grid";
import type { SheetId } from "../../src/domain/fields/types";
import type { RecordCells } from "../../src/domain/layout/registerLayout";

/** A consistent village: nobody enrolled beyond the children there are, so no village rule fires on it. */
export function village(name = "勐往村", changes: Record<string, CellValue> = {}): Partial<Record<SheetId, RecordCells>> {
  return {
    villages: {
      village: name,
      primaryAge: 100, primaryEnrolled: 100, juniorAge: 50, juniorEnrolled: 49,
      "disabled.visual": 1, "disabled.hearing": 1, "disabled.intellectual": 1,
      "disabledEnrolled.regular": 1, "disabledEnrolled.special": 1, "disabledEnrolled.home": 0,
      ...changes,
    },
  };
}
