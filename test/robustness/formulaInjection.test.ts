/**
 * Text copied from the register into Junheng's sheets can never become a formula: school names such as
 * =HYPERLINK("http://x") or @SUM(A1) reach 审核结果, 整改清单 and 自评报告 as text, through the command line
 * (exceljs) and through the add-in (Office.js, on the recording fake that turns "=…" into a formula unless the
 * cell is text-formatted).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { runCheck } from "../../src/domain/check";
import type { RegisterRecords } from "../../src/domain/layout/registerLayout";
import { layoutRegister } from "../../src/domain/layout/registerLayout";
import { checkWritePlan } from "../../src/domain/outputs/checkPlan";
import { sampleRegister } from "../../src/domain/sample/sample";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { open } from "../workbook/office/fixtures";

/** OWASP's formula-injection starters; tab and carriage return in front are squeezed away when names are read. */
const NAMES = ['=HYPERLINK("http://x","点我")', "+1", "-3", "@SUM(A1)", "\t=1+1", "\r=2+2", "=cmd|' /C calc'!A0"];
const READ_AS = NAMES.map((n) => n.trim());
const SHEETS = ["审核结果", "整改清单", "自评报告"];
const TOWN = "=1+1&B勐往乡";

/** The sample with every school renamed to one of NAMES (the same name on every sheet), and a hostile town name. */
function hostileRegister(): RegisterRecords {
  const sample = sampleRegister();
  const names = new Map<string, string>();
  const rename = (name: unknown) => {
    if (typeof name !== "string") return name;
    if (!names.has(name)) names.set(name, NAMES[names.size % NAMES.length]);
    return names.get(name)!;
  };
  const sheets = Object.fromEntries(
    Object.entries(sample.sheets).map(([id, rows]) => [id, id === "villages" ? rows : rows!.map((row) => ({ ...row, name: rename(row.name) }))]),
  );
  return { ...sample, sheets, meta: { ...sample.meta, 乡镇: TOWN } } as RegisterRecords;
}

function texts(rows: readonly (readonly unknown[])[]): string[] {
  return rows.flatMap((row) => row.filter((v): v is string => typeof v === "string"));
}

/** Which of the names appear, whole, in a cell or at the start of one. */
function namesIn(values: readonly string[]): string[] {
  return READ_AS.filter((name) => values.some((v) => v === name || v.startsWith(name)));
}

describe("text that looks like a formula stays text in the checked copy (exceljs)", () => {
  let workbook: ExcelJS.Workbook;
  let parts: Record<string, string>;

  beforeAll(async () => {
    const dir = tempDir();
    const input = await writeRecords(path.join(dir, "登记表.xlsx"), hostileRegister());
    expect((await runCli(["check", input, "--quiet"])).code).toBe(1);
    const bytes = readFileSync(path.join(dir, "登记表.审核.xlsx"));
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    parts = Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, strFromU8(data)]));
  });

  it.each(SHEETS)("%s carries every hostile name as a string, text-formatted, and holds no formula", (name) => {
    const ws = workbook.getWorksheet(name)!;
    const strings: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // The other cells of a merged note hold nothing in the file; exceljs reports the first cell's value there.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        expect([cell.address, cell.formula]).toEqual([cell.address, undefined]);
        const text = typeof cell.value === "string" ? cell.value : cell.text;
        if (typeof cell.value === "string" && /^[=+\-@]/.test(text)) expect([cell.address, cell.numFmt]).toEqual([cell.address, "@"]);
        strings.push(text);
      }),
    );
    expect(namesIn(strings)).toEqual(READ_AS);
    const xml = parts[`xl/worksheets/sheet${ws.id}.xml`];
    expect(xml).toBeDefined();
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it("doubles the & of a hostile town name in the printed page header", () => {
    expect(workbook.getWorksheet("审核结果")!.headerFooter.oddHeader).toContain("&L=1+1&&B勐往乡");
  });
});

describe("text that looks like a formula stays text in the add-in (Office.js)", () => {
  const grid = layoutRegister(hostileRegister()).grid;
  const plan = checkWritePlan(runCheck(grid), grid);

  it.each(SHEETS)("%s: every cell reads back exactly as planned, none is a formula", async (name) => {
    const { excel, host } = open(grid);
    await host.write(plan);
    const sheet = plan.sheets.find((s) => s.name === name)!;
    const written = (await host.read()).sheets.find((s) => s.name === name)!;
    for (const [key, cell] of excel.sheet(name).cells) expect([key, cell.formula]).toEqual([key, null]);
    const width = Math.max(...sheet.rows.map((r) => r.length));
    expect(written.rows).toEqual(sheet.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c]?.value === "" ? null : (r[c]?.value ?? null)))));
    expect(namesIn(texts(written.rows))).toEqual(READ_AS);
  });
});
