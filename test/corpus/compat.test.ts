/**
 * Workbooks Excel opens that other programs write: absolute part targets (openpyxl, pandas), LibreOffice's own
 * package (a table, no theme part), and a main namespace with a prefix (the Open XML SDK's `x:`). Each is read as
 * the same register, checked, and its copy written.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { runCli, tempDir } from "../helpers/cli";

type Edit = (name: string, text: string) => string;

async function sampleWith(edit: Edit): Promise<Uint8Array> {
  const parts = unzipSync(await registerWorkbook(sampleRegister()).toBuffer());
  for (const name of Object.keys(parts)) if (/\.(xml|rels)$/.test(name)) parts[name] = strToU8(edit(name, strFromU8(parts[name])));
  return zipSync(parts);
}

const absoluteTargets: Edit = (name, text) => {
  if (name === "xl/_rels/workbook.xml.rels") return text.replace(/Target="(?!\/)/g, 'Target="/xl/');
  return text;
};

/** Every element of the spreadsheet parts in the `x:` prefix, as the Open XML SDK writes them. */
const prefixed: Edit = (name, text) => {
  if (!/^xl\/(worksheets\/sheet\d+|workbook|styles|sharedStrings)\.xml$/.test(name)) return text;
  return text
    .replace(/<(\/?)(?![?!])([A-Za-z]+)(?=[\s/>])/g, (_m, slash: string, local: string) => `<${slash}x:${local}`)
    .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
};

describe("workbooks other programs write", () => {
  const dir = tempDir();
  let expected: Awaited<ReturnType<PackageWorkbook["read"]>>;
  let expectedStdout: string;

  beforeAll(async () => {
    const file = path.join(dir, "原样.xlsx");
    writeFileSync(file, await registerWorkbook(sampleRegister()).toBuffer());
    expected = await (await PackageWorkbook.load(new Uint8Array(readFileSync(file)))).read();
    expectedStdout = (await runCli(["check", file, "--out", path.join(dir, "原样.审核.xlsx")])).stdout;
  });

  it.each([
    ["absolute part targets (openpyxl, pandas)", absoluteTargets],
    ["a main namespace with a prefix (Open XML SDK)", prefixed],
  ])("%s: read as the same register, checked, copy written", async (_label, edit) => {
    const file = path.join(dir, `${_label.length}.xlsx`);
    writeFileSync(file, await sampleWith(edit));
    expect((await (await PackageWorkbook.load(new Uint8Array(readFileSync(file)))).read()).sheets).toEqual(expected.sheets);
    const out = path.join(dir, `${_label.length}.审核.xlsx`);
    const run = await runCli(["check", file, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout.replace(/[^\n]*\.xlsx[^\n]*/g, "")).toBe(expectedStdout.replace(/[^\n]*\.xlsx[^\n]*/g, ""));
    const copy = await (await PackageWorkbook.load(new Uint8Array(readFileSync(out)))).read();
    expect(copy.sheets.slice(0, expected.sheets.length)).toEqual(expected.sheets);
  });

  it("a register LibreOffice saved with a table and no theme part", async () => {
    const source = path.join(dir, "lo-source.xlsx");
    const parts = unzipSync(await registerWorkbook(sampleRegister()).toBuffer());
    const sheet = strFromU8(parts["xl/worksheets/sheet2.xml"]).replace("</worksheet>", '<tableParts count="1"><tablePart r:id="rIdT1"/></tableParts></worksheet>');
    parts["xl/worksheets/sheet2.xml"] = strToU8(sheet.includes("xmlns:r=") ? sheet : sheet.replace("<worksheet ", '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '));
    parts["xl/worksheets/_rels/sheet2.xml.rels"] = strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>');
    parts["xl/tables/table1.xml"] = strToU8('<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="学校" displayName="学校" ref="A2:C5"><autoFilter ref="A2:C5"/><tableColumns count="3"><tableColumn id="1" name="学校标识码"/><tableColumn id="2" name="学校名称"/><tableColumn id="3" name="办学类型"/></tableColumns></table>');
    parts["[Content_Types].xml"] = strToU8(strFromU8(parts["[Content_Types].xml"]).replace("</Types>", '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/></Types>'));
    writeFileSync(source, zipSync(parts));
    const saved = path.join(dir, "libreoffice");
    mkdirSync(saved, { recursive: true });
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--convert-to", "xlsx", "--outdir", saved, source], { timeout: 120_000, stdio: "ignore" });
    const file = path.join(saved, "lo-source.xlsx");
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(file))));
    expect(names).toContain("xl/tables/table1.xml");
    expect(names.some((n) => n.startsWith("xl/theme/"))).toBe(false);

    const run = await runCli(["check", file, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const copy = partsOfFile(path.join(saved, "lo-source.审核.xlsx"));
    expect(copy["xl/tables/table1.xml"]).toEqual(unzipSync(new Uint8Array(readFileSync(file)))["xl/tables/table1.xml"]);
  }, 150_000);
});

function partsOfFile(file: string) {
  return unzipSync(new Uint8Array(readFileSync(file)));
}
