/**
 * Hostile workbooks, each run as a user runs `junheng check` (one process for all, each command timed and bounded
 * on its own): it ends within 30 s, with peak memory under 1.5 GB, either checked (exit 0 or 1) or refused with exit 2 and one Chinese line naming the limit —
 * never an out-of-memory crash or minutes of work. Every file is generated here.
 */
import { createWriteStream, writeFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync } from "fflate";
import { sampleRegister } from "../../src/domain/sample/sample";
import { registerWorkbook } from "../../src/workbook/exceljs/registerWorkbook";
import { newEntry, useZipCodec, writeZip } from "../../src/workbook/package/zip";
import { nativeZipCodec } from "../../src/cli/nativeZip";
import { FileHost } from "../../src/web/fileHost";
import { runCliBatch, type ProcessRun } from "../helpers/cliProcess";
import { tempDir } from "../helpers/cli";

const SECONDS = 30;
const MAX_RSS = 1.5 * 1024 ** 3;

type Parts = Record<string, Uint8Array>;

let sample: Promise<Parts> | undefined;

/** The sample register's parts, written once; each case edits a copy. */
async function sampleParts(): Promise<Parts> {
  sample ??= registerWorkbook(sampleRegister())
    .toBuffer()
    .then((bytes) => unzipSync(bytes));
  return { ...(await sample) };
}

/**
 * The parts zipped by the package writer with the command line's codec (Node's zlib): fflate's deflate in JavaScript
 * took 9 s on the 200 MB part below. Whatever codec was in use is put back afterwards.
 */
function zipped(parts: Parts): Uint8Array {
  const previous = useZipCodec(nativeZipCodec);
  try {
    return writeZip(Object.entries(parts).map(([name, content]) => newEntry(name, content)));
  } finally {
    useZipCodec(previous);
  }
}

function editSheet(parts: Parts, name: string, edit: (xml: string) => string): Uint8Array {
  parts[name] = strToU8(edit(strFromU8(parts[name])));
  return zipped(parts);
}

const columns = Array.from({ length: 24 }, (_, i) => String.fromCharCode(65 + i));

/** The sample with a sheet of 1 048 576 dense rows added, streamed so the test never holds its XML. */
async function millionRows(file: string): Promise<void> {
  const parts = await sampleParts();
  parts["xl/workbook.xml"] = strToU8(strFromU8(parts["xl/workbook.xml"]).replace("</sheets>", '<sheet name="明细" sheetId="99" r:id="rIdBig"/></sheets>'));
  parts["xl/_rels/workbook.xml.rels"] = strToU8(strFromU8(parts["xl/_rels/workbook.xml.rels"]).replace("</Relationships>", '<Relationship Id="rIdBig" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/big.xml"/></Relationships>'));
  const out = createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => out.on("finish", resolve).on("error", reject));
  const zip = new Zip((error, chunk, final) => {
    if (error) throw error;
    out.write(chunk);
    if (final) out.end();
  });
  for (const [name, data] of Object.entries(parts)) {
    const entry = new ZipDeflate(name, { level: 1 });
    zip.add(entry);
    entry.push(data, true);
  }
  // Stored, not deflated: fflate takes half a minute to deflate these 115 MB, and the reading is the same.
  const big = new ZipPassThrough("xl/worksheets/big.xml");
  zip.add(big);
  big.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  for (let start = 1; start <= 1_048_576; start += 16_384) {
    let chunk = "";
    for (let r = start; r < start + 16_384; r++) chunk += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c><c r="C${r}"><v>2</v></c><c r="D${r}"><v>3</v></c></row>`;
    big.push(strToU8(chunk));
  }
  big.push(strToU8("</sheetData></worksheet>"), true);
  zip.end();
  await done;
}

interface HostileCase {
  readonly id: string;
  readonly write: (file: string) => Promise<void>;
  /** Refused with this in its one line; otherwise checked. */
  readonly refused?: string;
}

const CASES: readonly HostileCase[] = [
  {
    id: "a merge over A1:T1048576",
    write: async (file) => writeFileSync(file, editSheet(await sampleParts(), "xl/worksheets/sheet3.xml", (xml) => xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="A1:T1048576"/>`))),
  },
  {
    id: "whole-column validation lists on 24 columns",
    write: async (file) =>
      writeFileSync(
        file,
        editSheet(await sampleParts(), "xl/worksheets/sheet3.xml", (xml) =>
          xml.replace("<pageMargins", `<dataValidations count="24">${columns.map((c) => `<dataValidation type="list" allowBlank="1" sqref="${c}:${c}"><formula1>"是,否"</formula1></dataValidation>`).join("")}</dataValidations><pageMargins`),
        ),
      ),
  },
  { id: "a sheet of 1 048 576 dense rows", write: millionRows, refused: "超过 1,000,000 行（到工作表「明细」为止），超过了审核的上限" },
  {
    id: "a part that declares 4 GB",
    write: async (file) => {
      const bytes = zipSync(await sampleParts(), { level: 0 });
      const data = new DataView(bytes.buffer);
      // Every central-directory entry's uncompressed size set to 0xFFFFFFF0.
      for (let at = 0; at + 4 <= bytes.length; at++) if (data.getUint32(at, true) === 0x02014b50) data.setUint32(at + 24, 0xfffffff0, true);
      writeFileSync(file, bytes);
    },
    refused: "超过 768 MB 的上限",
  },
  {
    id: "a part that inflates past its declared size",
    write: async (file) => {
      const parts = await sampleParts();
      parts["xl/worksheets/sheet3.xml"] = new Uint8Array(200_000_000);
      const bytes = zipped(parts);
      const data = new DataView(bytes.buffer);
      const name = strToU8("xl/worksheets/sheet3.xml");
      for (let at = 0; at + 46 <= bytes.length; at++) {
        if (data.getUint32(at, true) !== 0x02014b50 || data.getUint16(at + 28, true) !== name.length) continue;
        if (bytes.subarray(at + 46, at + 46 + name.length).every((b, i) => b === name[i])) data.setUint32(at + 24, 10_000, true);
      }
      writeFileSync(file, bytes);
    },
    refused: "压缩包结构已损坏",
  },
];

describe("hostile workbooks end in seconds, within memory, with a Chinese line or a check", () => {
  const dir = tempDir();
  let runs: ProcessRun[] = [];

  // All the commands in one process (runCliBatch), each with its own time limit: a process per case spent most of
  // its time starting. The time limit is the command's (run.ms); generating a file of a million rows takes longer.
  beforeAll(async () => {
    const files = CASES.map((_c, i) => path.join(dir, `${i}.xlsx`));
    for (const [i, c] of CASES.entries()) await c.write(files[i]);
    runs = await runCliBatch(
      files.map((file) => ["check", file, "--quiet"]),
      SECONDS * 1000,
    );
  }, 600_000);

  it.each(CASES.map((c, i) => [c.id, c, i] as const))("%s", (_id, c, i) => {
    const run = runs[i];
    expect(run.ms).toBeLessThan(SECONDS * 1000);
    expect(run.maxRssBytes).toBeLessThan(MAX_RSS);
    if (c.refused) {
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^错误：[^A-Za-z]*[「\u4e00-\u9fff]/);
      expect(lines[0]).toContain(c.refused);
    } else {
      expect(run.stderr).toBe("");
      expect([0, 1]).toContain(run.code);
    }
  });

  it("the web page opens the merge over A1:T1048576 in seconds and shows its sheets", async () => {
    const file = path.join(dir, "merge.xlsx");
    await CASES[0].write(file);
    const started = Date.now();
    const { readFileSync } = await import("node:fs");
    const host = await FileHost.fromBytes(new Uint8Array(readFileSync(file)), "登记表.xlsx");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(host.view().grid.sheets.find((s) => s.name === "学生与班级")!.merges).toContainEqual({ top: 0, left: 0, bottom: 1_048_575, right: 19 });
  }, 60_000);
});
