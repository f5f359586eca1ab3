/**
 * Fake Range.dataValidation (ExcelApi 1.8), list rules only, with the documented rule: a DataValidationRule holds
 * no more than one kind of criteria ("excel-add-ins-data-validation"). A protected sheet refuses it like any
 * other format; `clear()` removes the rule from the cells it covers, overlapping or not.
 */
import type { ApiShape } from "./apiShape";
import { contains } from "./a1";
import { firstCell, formatCells, type CellsLocator, type CellsTarget } from "./cells";
import { FakeClientObject, type ContextCore, type Json, type ObjectPath, type Transaction } from "./core";
import { fakeError } from "./errors";
import { keyCol, keyRow } from "./state";

export class FakeDataValidation extends FakeClientObject<CellsTarget> implements ApiShape<Excel.DataValidation, "clear"> {
  constructor(
    context: ContextCore,
    path: ObjectPath,
    private readonly locator: CellsLocator,
  ) {
    super(context, path);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  protected scalarGetters() {
    return {
      rule: (t: CellsTarget) => {
        const v = firstCell(t)?.validation;
        return (v ? { list: { source: v.list.join(","), inCellDropDown: v.inCellDropDown } } : {}) as Json;
      },
    };
  }
  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    const copy = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule;
    this.setProperty(
      "rule",
      copy as Json,
      (t, tx) => {
        const kinds = Object.keys(copy);
        if (kinds.length !== 1) throw fakeError("InvalidArgument", "A data validation rule takes exactly one kind of criteria.");
        const source = copy.list?.source;
        if (typeof source !== "string") throw fakeError("InvalidArgument", `The fake models list rules with a text source only (${kinds[0]}).`);
        const list = source.split(",").map((v) => v.trim());
        formatCells(t, tx, "DataValidation.rule", (cell) => (cell.validation = { list, inCellDropDown: copy.list?.inCellDropDown ?? true }));
      },
      "1.8",
    );
  }
  clear(): void {
    // Over the cells that exist, so clearing a whole sheet's rules (getRange() of the sheet) stays cheap.
    this.callMethod(
      "Clear",
      [],
      (t, tx) => {
        tx.guardSheet(t.sheet, "DataValidation.clear");
        for (const [key, cell] of t.sheet.cells) if (t.areas.some((a) => contains(a, keyRow(key), keyCol(key)))) delete cell.validation;
      },
      "1.8",
    );
  }
}
