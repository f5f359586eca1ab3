/**
 * The checked copy written by the command line (and the web page) colours a part sum that does not match its total
 * with a conditional format testing that sum, as the task pane does in Excel: the colour goes when the value is
 * fixed, and a re-check replaces the rule.
 */
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { partsOf, sheetParts, textOfPart } from "../helpers/checkedCopy";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { primarySchool, records, withCells } from "../helpers/register";

const decoded = (xml: string) => xml.replace(/&quot;/g, '"').replace(/&gt;/g, ">").replace(/&lt;/g, "<").replace(/&amp;/g, "&");

function junhengFormulas(bytes: Uint8Array, sheet: string): { sqref: string; formula: string }[] {
  const parts = partsOf(bytes);
  const xml = textOfPart(parts, sheetParts(parts).get(sheet)!);
  return [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)"><cfRule [^>]*><formula>([^<]*junheng:[^<]*)<\/formula>/g)].map((m) => ({ sqref: m[1], formula: decoded(m[2]) }));
}

describe("live highlights in the checked copy", () => {
  const dir = tempDir();

  it("tests the grade sum against 合计 in the rule, so fixing the value clears the colour; a re-check replaces the rule", async () => {
    const input = await writeRecords(path.join(dir, "sum.xlsx"), records(withCells(primarySchool(), { students: { "primary.grade2": 36 } })));
    const out = path.join(dir, "sum.审核.xlsx");
    const json = path.join(dir, "sum.json");
    expect((await runCli(["check", input, "--out", out, "--json", json, "--quiet"])).code).toBe(1);
    const finding = (JSON.parse(readFileSync(json, "utf8")) as { findings: { rule: string; sheet: string; cells: string[] }[] }).findings.find((f) => f.rule === "312-01")!;
    const rules = junhengFormulas(readFileSync(out), finding.sheet);
    const live = rules.filter((r) => r.formula.startsWith("AND(ABS(SUM("));
    expect(live.length).toBeGreaterThan(0);
    const row = /\d+$/.exec(finding.cells[0])![0];
    // The parts and the total of the finding's own row, with the count tolerance, next to Junheng's marker.
    expect(live[0].formula).toMatch(new RegExp(`^AND\\(ABS\\(SUM\\((\\$[A-Z]+${row},?)+\\)-\\$[A-Z]+${row}\\)>0,ISTEXT\\("junheng:error"\\)\\)$`));
    const painted = live.flatMap((r) => r.sqref.split(" "));
    expect(painted.some((ref) => ref.includes(row))).toBe(true);

    // A re-check of the copy replaces its own rules: the same rules again, not twice as many.
    const again = path.join(dir, "sum.审核.审核.xlsx");
    writeFileSync(path.join(dir, "copy.xlsx"), readFileSync(out));
    expect((await runCli(["check", path.join(dir, "copy.xlsx"), "--out", again, "--quiet"])).code).toBe(1);
    const second = junhengFormulas(readFileSync(again), finding.sheet);
    expect(second).toEqual(rules);
  });
});
