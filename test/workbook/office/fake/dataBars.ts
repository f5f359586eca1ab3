/**
 * Fake data-bar conditional formats (ExcelApi 1.6): bounds, direction and the positive bars' fill. Bounds are set
 * as whole objects, as Office.js requires, and checked as Excel checks them: a known type, a formula where the
 * type needs one, a lowest value only below and a highest value only above.
 */
import { fakeError } from "./errors";
import { FakeClientObject, type ContextCore, type Json, type ObjectPath, type Transaction } from "./core";
import type { FormatLocator, FormatTarget } from "./conditionalFormats";
import type { DataBarRuleState, DataBarState } from "./state";

const RULE_TYPES = ["Automatic", "LowestValue", "HighestValue", "Number", "Percent", "Formula", "Percentile"];
const NEEDS_FORMULA = ["Number", "Percent", "Formula", "Percentile"];
const DIRECTIONS = ["Context", "LeftToRight", "RightToLeft"];

/** What Excel gives a data bar added without settings. */
export function defaultDataBar(): DataBarState {
  return {
    lowerBoundRule: { type: "Automatic" },
    upperBoundRule: { type: "Automatic" },
    barDirection: "Context",
    fillColor: "#638EC6",
    gradientFill: true,
  };
}

function checkRule(rule: DataBarRuleState, bound: "lower" | "upper"): DataBarRuleState {
  const type = rule.type;
  if (!RULE_TYPES.includes(type)) throw fakeError("InvalidArgument", `Unknown data bar rule type ${type}.`);
  if ((type === "LowestValue" && bound === "upper") || (type === "HighestValue" && bound === "lower")) {
    throw fakeError("InvalidArgument", `A ${bound} bound cannot be ${type}.`);
  }
  if (NEEDS_FORMULA.includes(type)) {
    const formula = rule.formula ?? "";
    const numeric = formula.trim() !== "" && Number.isFinite(Number(formula));
    if (!numeric && !(formula.startsWith("=") && formula.length > 1)) throw fakeError("InvalidArgument", `A ${type} bound needs a number or formula, not "${formula}".`);
    return { type, formula };
  }
  return { type };
}

/** The rule as the request carries it (a copy: later changes to the caller's object are not sent). */
function ruleJson(rule: Excel.ConditionalDataBarRule): DataBarRuleState {
  const type = String(rule.type);
  return rule.formula === undefined ? { type } : { type, formula: rule.formula };
}

const asJson = (rule: DataBarRuleState): Json => (rule.formula === undefined ? { type: rule.type } : { type: rule.type, formula: rule.formula });

const dataBarOf = (t: FormatTarget): DataBarState => {
  // Only reachable through a DataBar format (the locator says so), which always has its state.
  if (!t.format.dataBar) throw fakeError("GeneralException", "fake Excel: data bar format without state");
  return t.format.dataBar;
};

abstract class DataBarPart extends FakeClientObject<FormatTarget> {
  constructor(context: ContextCore, path: ObjectPath, protected readonly locator: FormatLocator, orNullObject = false) {
    super(context, path, orNullObject);
  }
  protected locate(tx: Transaction) {
    return this.locator(tx);
  }
  /** Checked and applied at sync, as Excel reports a bad argument when the request runs. */
  protected change(name: string, value: Json, apply: (bar: DataBarState) => void): void {
    this.setProperty(
      name,
      value,
      (t, tx) => {
        tx.guardSheet(t.sheet, `DataBarConditionalFormat.${name}`);
        apply(dataBarOf(t));
      },
      "1.6",
    );
  }
}

export class FakeDataBarPositiveFormat extends DataBarPart implements Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor" | "gradientFill"> {
  protected scalarGetters() {
    return {
      fillColor: (t: FormatTarget) => dataBarOf(t).fillColor,
      gradientFill: (t: FormatTarget) => dataBarOf(t).gradientFill,
    };
  }
  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(value: string) {
    this.change("fillColor", value, (bar) => {
      if (!/^#[0-9A-Fa-f]{6}$/.test(value) && !/^[a-z]+$/i.test(value)) throw fakeError("InvalidArgument", `Not a colour: ${value}`);
      bar.fillColor = value;
    });
  }
  get gradientFill(): boolean {
    return this.read("gradientFill");
  }
  set gradientFill(value: boolean) {
    this.change("gradientFill", value, (bar) => (bar.gradientFill = value));
  }
}

export class FakeDataBarConditionalFormat
  extends DataBarPart
  implements Pick<Excel.DataBarConditionalFormat, "barDirection" | "lowerBoundRule" | "upperBoundRule">
{
  private positiveProxy?: FakeDataBarPositiveFormat;

  constructor(context: ContextCore, path: ObjectPath, locator: FormatLocator, orNullObject: boolean) {
    super(context, path, locator, orNullObject);
  }
  protected scalarGetters() {
    return {
      barDirection: (t: FormatTarget) => dataBarOf(t).barDirection,
      lowerBoundRule: (t: FormatTarget) => asJson(dataBarOf(t).lowerBoundRule),
      upperBoundRule: (t: FormatTarget) => asJson(dataBarOf(t).upperBoundRule),
    };
  }
  protected override navigations() {
    return { positiveFormat: this.positiveFormat };
  }
  get positiveFormat(): FakeDataBarPositiveFormat {
    return (this.positiveProxy ??= new FakeDataBarPositiveFormat(this.context, this.path("Property", "positiveFormat", [], "1.6"), this.locator));
  }
  get barDirection(): Excel.DataBarConditionalFormat["barDirection"] {
    return this.read("barDirection");
  }
  set barDirection(value: Excel.DataBarConditionalFormat["barDirection"]) {
    const direction = String(value);
    this.change("barDirection", direction, (bar) => {
      if (!DIRECTIONS.includes(direction)) throw fakeError("InvalidArgument", `Unknown bar direction ${direction}.`);
      bar.barDirection = direction;
    });
  }
  get lowerBoundRule(): Excel.ConditionalDataBarRule {
    return this.read("lowerBoundRule");
  }
  set lowerBoundRule(rule: Excel.ConditionalDataBarRule) {
    const sent = ruleJson(rule);
    this.change("lowerBoundRule", asJson(sent), (bar) => (bar.lowerBoundRule = checkRule(sent, "lower")));
  }
  get upperBoundRule(): Excel.ConditionalDataBarRule {
    return this.read("upperBoundRule");
  }
  set upperBoundRule(rule: Excel.ConditionalDataBarRule) {
    const sent = ruleJson(rule);
    this.change("upperBoundRule", asJson(sent), (bar) => (bar.upperBoundRule = checkRule(sent, "upper")));
  }
}
