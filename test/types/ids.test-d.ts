/**
 * Type test (issue 13), checked by `npm run typecheck`, never run: a misspelt rule id or field id does not compile,
 * nor does a finding given another rule's sentence, a template key its rule lacks, or wrong params, nor a rule without
 * its English description.
 * Each `@ts-expect-error` fails the type check if the line below it compiles — so should RuleId or FieldId widen
 * back to string, this file breaks the build.
 */
import type { FieldId } from "../../src/domain/fields/types";
import type { Finding } from "../../src/domain/findings";
import { fieldDef } from "../../src/domain/fields/dictionary";
import { numberOf, type RegisterRow } from "../../src/domain/register";
import type { RuleId } from "../../src/domain/ruleIds";
import { plainFinding } from "../../src/domain/rules/context";
import { M04, M05 } from "../../src/domain/rules/methodRules";
import { stageField } from "../../src/domain/rules/stageHelpers";
import { P01 } from "../../src/domain/rules/standardsSheetRules";
import { say } from "../../src/domain/rules/texts";
import type { RuleInfo } from "../../src/domain/rules/types";

export const goodRule: RuleId = "212-05";
// @ts-expect-error "212-5" is not a rule id (the typo that would switch 212-05 off).
export const badRule: RuleId = "212-5";

export const goodField: FieldId = "primary.total";
// @ts-expect-error "primary.totl" is not a field id.
export const badField: FieldId = "primary.totl";
// @ts-expect-error 初中 has three grades.
export const badGrade: FieldId = "junior.grade6";

export function uses(row: RegisterRow, finding: Finding): unknown[] {
  return [
    numberOf(row, "teaching.total"),
    // @ts-expect-error a misspelt field read from a row.
    numberOf(row, "teaching.totl"),
    fieldDef("students", stageField("junior", "dropouts")),
    // @ts-expect-error a misspelt stage key.
    stageField("junior", "dropout"),
    finding.rule === "512-03",
    // @ts-expect-error comparing a finding's rule with a misspelt id.
    finding.rule === "512-3",
  ];
}

export function sentences(): unknown[] {
  const unset = { indicator: "S3", stage: "primary", source: "规则包" };
  return [
    plainFinding(M04, say(M04, "M-04", unset)),
    // @ts-expect-error a finding of M-05 cannot carry M-04's sentence.
    plainFinding(M05, say(M04, "M-04", unset)),
    // @ts-expect-error P-01 has no template "P-01.nohead".
    say(P01, "P-01.nohead", { sheetName: "标准参数", cell: "A1", pack: "national-2017" }),
    // @ts-expect-error "P-01.noHeader" needs the pack.
    say(P01, "P-01.noHeader", { sheetName: "标准参数", cell: "A1" }),
  ];
}

/** A rule's description must come in English too (RuleInfo.en): a rule without it, or with a part of it missing, does not compile. */
export function descriptions(): unknown[] {
  const zh = { id: "L-01", severity: "warning", table: "整改清单", title: "标题", explanation: "说明", example: "示例", fix: "改法", texts: {} } as const;
  const en = { title: "Title", explanation: "Explanation", example: "Example", fix: "Fix" };
  const described: RuleInfo = { ...zh, en };
  // @ts-expect-error a rule without its English description.
  const withoutEnglish: RuleInfo = zh;
  // @ts-expect-error an English description without its fix.
  const withoutFix: RuleInfo = { ...zh, en: { title: en.title, explanation: en.explanation, example: en.example } };
  return [described, withoutEnglish, withoutFix];
}
