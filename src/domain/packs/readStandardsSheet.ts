/**
 * Reading the workbook's 标准参数 sheet back into the pack (docs/workbook-format.md §1.2). Rows are matched by 指标代码 + 学段 +
 * 城乡分类, never by position, so the user may sort, delete or add rows. A row that cannot be used is one P-01
 * finding at its cell and leaves that number as the pack has it; every other row still applies.
 */
import type { Finding, Said } from "../findings";
import { cellAddress, cellAt, type CellValue, type SheetGrid } from "../grid";
import type { ColumnDef } from "../fields/types";
import { readNumber, readText } from "../recognise/values";
import { plainFinding } from "../rules/context";
import { findColumns } from "../sheetSchema";
import { removeSpaces, toHalfWidth } from "../text";
import type { RulePack } from "./schema";
import { P01, type ValueProblem } from "../rules/standardsSheetRules";
import { say } from "../rules/texts";
import {
  STANDARDS_SCHEMA,
  newThresholdParameter,
  packIdInMark,
  packParameters,
  paramKeyText,
  withParameter,
  type PackParameter,
  type ParamArea,
  type ParamKey,
  type ParamStage,
} from "./standardsTable";

/** One number the workbook changed. `cell` is the A1 address of its 标准值 cell on the 标准参数 sheet. */
export interface Override {
  readonly code: string;
  readonly stage: ParamStage | null;
  readonly area: ParamArea | null;
  readonly from: number | null;
  readonly to: number | null;
  readonly cell: string;
}

export interface StandardsSheetReading {
  readonly pack: RulePack;
  readonly overrides: readonly Override[];
  readonly findings: readonly Finding[];
}

/** Blank means "every 城乡分类"; the pre-2014 staffing terms 县镇/农村 map onto today's classification. */
const AREA_ALIASES = new Map<string, ParamArea | null>([
  ["", null], ["全部", null], ["不分", null], ["城区", "城区"], ["城市", "城区"], ["镇区", "镇区"], ["县镇", "镇区"], ["乡村", "乡村"], ["农村", "乡村"],
]);

const STAGE_ALIASES = new Map<string, ParamStage | null>([
  ["", null], ["小学", "primary"], ["小学部", "primary"], ["初中", "junior"], ["初中部", "junior"], ["初级中学", "junior"], ["高中", "senior"], ["高中部", "senior"],
]);

/** Cell text as users see it, compared without spaces and full-width forms. */
function keyText(raw: CellValue): string {
  const text = readText(raw).value;
  return typeof text === "string" ? removeSpaces(toHalfWidth(text)) : "";
}

function shownText(raw: CellValue): string {
  const text = readText(raw);
  return typeof text.value === "string" ? text.value : (text.note?.text ?? "");
}

interface HeaderPlace {
  readonly row: number;
  readonly code: number;
  readonly value: number;
  /** Optional columns: without them every row is 不分学段 / 全部城乡分类. */
  readonly stage?: number;
  readonly area?: number;
}

const optional = (at: number) => (at < 0 ? undefined : at);

function findHeader(sheet: SheetGrid): HeaderPlace | null {
  for (let r = 0; r < sheet.rows.length; r++) {
    const cols = findColumns(STANDARDS_SCHEMA, sheet.rows[r], ["code", "value"]);
    if (cols) return { row: r, code: cols.code, value: cols.value, stage: optional(cols.stage), area: optional(cols.area) };
  }
  return null;
}

/** The pack named above the header (the title row), with its cell; null when the user removed the title. */
function markedPack(sheet: SheetGrid, headerRow: number): { id: string; cell: string } | null {
  for (let r = 0; r < headerRow; r++) {
    for (const [c, raw] of sheet.rows[r].entries()) {
      const id = typeof raw === "string" ? packIdInMark(raw) : null;
      if (id) return { id, cell: cellAddress(r, c) };
    }
  }
  return null;
}

/** The field the tolerant number reader needs: it decides which unit words may follow the number. */
function fieldFor(param: PackParameter): ColumnDef {
  const base = { id: "standard", label: "标准值", path: ["标准值"], aliases: [], required: false } as const;
  if (param.rule.fraction) return { ...base, type: "count" };
  if (param.unit === "㎡") return { ...base, type: "area", unit: "㎡" };
  if (param.unit === "元") return { ...base, type: "money", moneyUnit: "元" };
  // "人(学生/教职工)" explains the ratio; only the word before the brackets can follow a number.
  const unit = param.unit.replace(/\(.*\)$/, "");
  return unit ? { ...base, type: "count", unit } : { ...base, type: "count" };
}

/** Why a 标准值 cannot be used: the P-01 sentence's problem, the cell as shown, and the number read (for over1). */
interface ValueRefusal {
  readonly problem: ValueProblem;
  readonly shown: string;
  readonly value: number | "";
}

type ValueReading = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly reason: ValueRefusal };

/** The 标准值 of one row, or why it cannot be used. */
function readValue(raw: CellValue, param: PackParameter): ValueReading {
  const shown = shownText(raw);
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) {
    return param.rule.nullable ? { ok: true, value: null } : { ok: false, reason: { problem: "empty", shown, value: "" } };
  }
  let input: CellValue = raw;
  let percent = false;
  if (param.rule.fraction && typeof raw === "string" && removeSpaces(toHalfWidth(raw)).endsWith("%")) {
    input = removeSpaces(toHalfWidth(raw)).slice(0, -1);
    percent = true;
  }
  const read = readNumber(input, fieldFor(param));
  if (read.note?.kind === "zeroWord") {
    return { ok: false, reason: { problem: "zeroWord", shown, value: "" } };
  }
  if (typeof read.value !== "number" || !Number.isFinite(read.value)) return { ok: false, reason: { problem: "notNumber", shown, value: "" } };
  // Rounded to 12 digits so "1.8%" is 0.018, not 0.018000000000000002.
  const value = percent ? Number((read.value / 100).toPrecision(12)) : read.value;
  if (value < 0) return { ok: false, reason: { problem: "negative", shown, value: "" } };
  if (value === 0 && !param.rule.zero) {
    return { ok: false, reason: { problem: "notPositive", shown, value: "" } };
  }
  if (param.rule.fraction && value > 1) {
    return { ok: false, reason: { problem: "over1", shown, value } };
  }
  if (param.rule.integer && !Number.isInteger(value)) return { ok: false, reason: { problem: "notInteger", shown, value: "" } };
  return { ok: true, value };
}

/** Equal up to float noise, so "99.5%" read back as 0.995 is not a change. */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Which keys a code has in this pack (`primary/,junior/乡村`), for the message when a row names one it does not have. */
function keysOfCode(params: readonly PackParameter[], code: string): string {
  return params.filter((p) => p.code === code).map((p) => `${p.stage ?? ""}/${p.area ?? ""}`).join(",");
}

/** A parameter's key as P-01 params. */
const keyParams = (key: ParamKey) => ({ code: key.code, stage: key.stage ?? "", area: key.area ?? "" });

export function readStandardsSheet(sheet: SheetGrid, base: RulePack): StandardsSheetReading {
  const findings: Finding[] = [];
  const problem = (message: Said<"P-01">) => findings.push(plainFinding(P01, message, sheet.name, [message.params.cell as string]));
  const where = (cell: string) => ({ sheetName: sheet.name, cell });

  const header = findHeader(sheet);
  if (!header) {
    problem(say(P01, "P-01.noHeader", { ...where("A1"), pack: base.id }));
    return { pack: base, overrides: [], findings };
  }

  const marked = markedPack(sheet, header.row);
  if (marked && marked.id !== base.id) {
    problem(say(P01, "P-01.otherPack", { ...where(marked.cell), marked: marked.id, pack: base.id }));
    return { pack: base, overrides: [], findings };
  }

  const params = packParameters(base);
  const byKey = new Map(params.map((p) => [paramKeyText(p), p]));
  const knownCodes = new Set([...params.map((p) => p.code), ...base.standardIndicators]);
  const seen = new Map<string, number>();
  const overrides: Override[] = [];
  let pack = base;
  const { code: codeCol, stage: stageCol, area: areaCol, value: valueCol } = header;

  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const at = (col: number | undefined): CellValue => (col === undefined ? null : cellAt(sheet, r, col));
    const codeCell = cellAddress(r, codeCol);
    const valueCell = cellAddress(r, valueCol);
    const code = keyText(at(codeCol)).toUpperCase();
    const valueRaw = at(valueCol);
    if (code === "") {
      if (keyText(valueRaw) !== "") problem(say(P01, "P-01.noCode", { ...where(codeCell), value: shownText(valueRaw) }));
      continue;
    }

    const stageText = keyText(at(stageCol));
    const stage = STAGE_ALIASES.get(stageText);
    if (stage === undefined) {
      problem(say(P01, "P-01.stage", { ...where(cellAddress(r, stageCol ?? codeCol)), text: shownText(at(stageCol)) }));
      continue;
    }
    const areaText = keyText(at(areaCol));
    const area = AREA_ALIASES.get(areaText);
    if (area === undefined) {
      problem(say(P01, "P-01.area", { ...where(cellAddress(r, areaCol ?? codeCol)), text: shownText(at(areaCol)) }));
      continue;
    }

    const key: ParamKey = { code, stage, area };
    const param = byKey.get(paramKeyText(key)) ?? newThresholdParameter(base, key);
    if (!param) {
      problem(
        knownCodes.has(code)
          ? say(P01, "P-01.notSettable", { ...where(codeCell), ...keyParams(key), has: keysOfCode(params, code) })
          : say(P01, "P-01.unknownCode", { ...where(codeCell), text: shownText(at(codeCol)), pack: base.id }),
      );
      continue;
    }
    const earlier = seen.get(paramKeyText(key));
    if (earlier !== undefined) {
      problem(say(P01, "P-01.repeated", { ...where(codeCell), ...keyParams(key), row: earlier + 1 }));
      continue;
    }
    seen.set(paramKeyText(key), r);

    const reading = readValue(valueRaw, param);
    if (!reading.ok) {
      const nullable = param.rule.nullable ? "yes" : "no";
      problem(say(P01, "P-01.value", { ...where(valueCell), ...keyParams(key), ...reading.reason, nullable, current: param.value ?? "" }));
      continue;
    }
    if (same(param.value, reading.value)) continue;
    pack = withParameter(pack, key, reading.value, { kind: "workbook", source: `${sheet.name}!${valueCell}` });
    overrides.push({ code, stage, area, from: param.value, to: reading.value, cell: valueCell });
  }
  return { pack, overrides, findings };
}
