import { enUS } from "../../src/taskpane/i18n/enUS";
import { catalogFor } from "../../src/taskpane/i18n/strings";
import { zhCN } from "../../src/taskpane/i18n/zhCN";
import { CJK } from "../helpers/cjk";

type Leaf = { path: string; text: string };

/** Every text of a catalog; functions are called with a number for each parameter (ASCII, so they add no CJK). */
function leaves(node: unknown, path = ""): Leaf[] {
  if (typeof node === "string") return [{ path, text: node }];
  if (typeof node === "function") return [{ path, text: String((node as (...a: unknown[]) => unknown)(...Array(node.length).fill(7))) }];
  if (typeof node === "object" && node !== null) return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  throw new Error(`unexpected ${typeof node} at ${path}`);
}

function shape(node: unknown): unknown {
  if (typeof node === "object" && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return typeof node === "function" ? `function/${node.length}` : typeof node;
}

describe("string catalogs", () => {
  it("have exactly the same keys, and functions with the same number of parameters", () => {
    expect(shape(enUS)).toEqual(shape(zhCN));
  });

  it("leave no zh-CN text without Chinese", () => {
    // The product name and a few symbols are the same in every language; errors.fromExcel, fromInput and
    // fromHost pass on the adapter's or the engine's Chinese message, given to them.
    const universal = new Set(["indicators.ceiling", "indicators.floor", "rectification.noGap", "errors.fromExcel", "errors.fromInput", "errors.fromHost"]);
    const bad = leaves(zhCN).filter((l) => !universal.has(l.path) && !CJK.test(l.text));
    expect(bad).toEqual([]);
  });

  it("leave no en-US text in Chinese", () => {
    expect(leaves(enUS).filter((l) => CJK.test(l.text))).toEqual([]);
  });

  it("choose English only for an English display language", () => {
    expect(catalogFor(undefined)).toBe(zhCN);
    expect(catalogFor("zh-CN")).toBe(zhCN);
    expect(catalogFor("zh-TW")).toBe(zhCN);
    expect(catalogFor("en-US")).toBe(enUS);
    expect(catalogFor("en-GB")).toBe(enUS);
    expect(catalogFor("fr-FR")).toBe(zhCN);
  });
});
