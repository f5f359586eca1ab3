/** Cross-sheet rules: the data sheets and 学校基本情况 must describe the same schools. */
import type { Finding } from "../findings";
import { sheetDef } from "../fields/dictionary";
import type { SheetId } from "../fields/types";
import { textOf } from "../register";
import { comparableName } from "../text";
import { keysOf, plainFinding, rowFinding, rowsOf, sheetNameOf, type CheckContext } from "./context";
import type { RuleDef } from "./types";
import { say, template, type Params } from "./texts";
import { SHEET_EN } from "./wording";

const DATA_SHEETS: readonly SheetId[] = ["students", "staff", "buildings", "facilities"];

function missingSheetFindings(ctx: CheckContext): Finding[] {
  return DATA_SHEETS.filter((sheet) => !ctx.register.sheets[sheet]).map((sheet) =>
    plainFinding(X01, say(X01, "X-01.noSheet", { sheet, sheetName: sheetDef(sheet).name, table: sheetDef(sheet).table })),
  );
}

/** Codes on a data sheet that 学校基本情况 does not list. */
function unknownCodeFindings(ctx: CheckContext, sheet: SheetId, schoolCodes: ReadonlySet<string>): Finding[] {
  const findings: Finding[] = [];
  for (const row of rowsOf(ctx, sheet)) {
    if (row.key === null || schoolCodes.has(row.key)) continue;
    findings.push(rowFinding(ctx, X01, sheet, row, ["code"], say(X01, "X-01.notInSchools", { code: row.key ?? "" })));
  }
  return findings;
}

/** Schools of 学校基本情况 that a data sheet leaves out. */
function absentSchoolFindings(ctx: CheckContext, sheet: SheetId): Finding[] {
  const codes = keysOf(ctx, sheet);
  const sheetName = sheetNameOf(ctx, sheet);
  const findings: Finding[] = [];
  for (const row of rowsOf(ctx, "schools")) {
    if (row.key === null || codes.has(row.key)) continue;
    findings.push(rowFinding(ctx, X01, "schools", row, ["code"], say(X01, "X-01.noData", { code: row.key ?? "", sheetName: String(sheetName) })));
  }
  return findings;
}

const X01 = {
  id: "X-01",
  severity: "error",
  table: "跨表",
  title: "各表的学校对不上",
  explanation:
    "「学校基本情况」是全乡学校的名单，学生与班级、教职工、校舍、场地与装备各表都要按这份名单、用学校标识码逐校填写。数据表里有名单上没有的标识码，或者名单上的学校在某张表里找不到，指标就会漏算或算到别的学校头上。",
  example: "「教职工」表中有标识码「5328220099」，但「学校基本情况」里没有这所学校；或者「校舍」表漏了「勐往中心小学」。",
  fix: "核对标识码是否填错；名单上缺的学校补进「学校基本情况」，数据表里漏掉的学校补上一行。",
  en: {
    title: "Schools do not match across the sheets",
    explanation:
      "「学校基本情况」 is the township's list of schools; the sheets 「学生与班级」, 「教职工」, 「校舍」 and 「场地与装备」 are filled in school by school after this list, by school code. A code in a data sheet that is not on the list, or a school on the list missing from a sheet, means indicators are left out or counted for another school.",
    example: "「教职工」 has the code 5328220099, but 「学校基本情况」 has no such school; or 「校舍」 leaves out 「勐往中心小学」.",
    fix: "Check whether the code was mistyped; add schools missing from the list to 「学校基本情况」, and add a row for a school missing from a data sheet.",
  },
  texts: {
    "X-01.noSheet": template<{ sheet: string; sheetName: string; table: string }>(
      (p) => `工作簿中没有「${p.sheetName}」工作表，无法核对各学校的${p.table}数据`,
      (p) => `The workbook has no 「${p.sheetName}」 sheet, so the schools' ${SHEET_EN[p.sheet as SheetId] ?? p.table} data cannot be checked`,
    ),
    "X-01.notInSchools": template<{ code: string }>(
      (p) => `学校标识码「${p.code}」不在「学校基本情况」中`,
      (p) => `School code “${p.code}” is not on 学校基本情况`,
    ),
    "X-01.noData": template<{ code: string; sheetName: string }>(
      (p) => `学校标识码「${p.code}」的学校在「${p.sheetName}」中没有数据`,
      (p) => `The school with code “${p.code}” has no data on 「${p.sheetName}」`,
    ),
    "X-01.noSchools": template<Params>(
      () => "工作簿中没有「学校基本情况」工作表，无法核对各表的学校是否一致",
      () => "The workbook has no 「学校基本情况」 sheet, so the schools on the other sheets cannot be matched",
    ),
  },
  check(ctx): Finding[] {
    if (!ctx.register.sheets.schools) {
      return [plainFinding(X01, say(X01, "X-01.noSchools", {}))];
    }
    const schoolCodes = keysOf(ctx, "schools");
    const present = DATA_SHEETS.filter((sheet) => ctx.register.sheets[sheet]);
    return [
      ...missingSheetFindings(ctx),
      ...present.flatMap((sheet) => unknownCodeFindings(ctx, sheet, schoolCodes)),
      ...present.flatMap((sheet) => absentSchoolFindings(ctx, sheet)),
    ];
  },
} satisfies RuleDef;

const X02 = {
  id: "X-02",
  severity: "warning",
  table: "跨表",
  title: "同一个标识码在不同表里校名不同",
  explanation:
    "各表靠学校标识码对应同一所学校。同一个标识码在两张表里写着不同的校名，说明有一张表的标识码可能填到了别的学校，或者校名写法不统一。",
  example: "标识码「5328220001」在「学校基本情况」中是「勐往中心小学」，在「校舍」中却是「勐往中学」。",
  fix: "先确认标识码对不对；标识码没错的，把校名统一成「学校基本情况」中的写法。",
  en: {
    title: "One school code with different school names in different sheets",
    explanation:
      "The sheets match a school by its school code. The same code with different school names in two sheets means that in one sheet the code may belong to another school, or that the name is written in different ways.",
    example: "Code 5328220001 is 「勐往中心小学」 on 「学校基本情况」 but 「勐往中学」 on 「校舍」.",
    fix: "First make sure the code is right; if it is, write the name as on 「学校基本情况」.",
  },
  texts: {
    "X-02": template<{ code: string; name: string; official: string }>(
      (p) => `学校标识码「${p.code}」在本表的校名是「${p.name}」，在「学校基本情况」中是「${p.official}」`,
      (p) => `School code “${p.code}” is named “${p.name}” here but “${p.official}” on 学校基本情况`,
    ),
  },
  check(ctx): Finding[] {
    const findings: Finding[] = [];
    for (const sheet of DATA_SHEETS) {
      for (const row of rowsOf(ctx, sheet)) {
        const name = textOf(row, "name");
        const official = row.key === null ? null : textOf(ctx.schools.get(row.key)?.rows.schools, "name");
        // Most names are typed exactly alike; only those that are not need the clean-up to compare.
        if (name === null || official === null || name === official || comparableName(name) === comparableName(official)) continue;
        findings.push(rowFinding(ctx, X02, sheet, row, ["name"],
          say(X02, "X-02", { code: row.key ?? "", name, official })));
      }
    }
    return findings;
  },
} satisfies RuleDef;

export const CROSS_SHEET_RULES: readonly RuleDef[] = [X01, X02];
