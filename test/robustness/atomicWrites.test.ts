/**
 * Outputs are written atomically: a failure in the middle of a run (a full disk, a serialiser that throws, a file
 * Excel holds open) leaves no half-written file, no temporary file, and every earlier output as it was.
 */
import { promises as fsp, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import * as path from "node:path";
import { InputError } from "../../src/domain/errors";
import { writeFilesAtomic } from "../../src/cli/files";
import { PackageWorkbook } from "../../src/workbook/package/PackageWorkbook";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { primarySchool, records } from "../helpers/register";

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Every file opened from now on takes the first half of what is written to it, then the disk is full. */
function diskFullMidway(): jest.SpyInstance {
  const open = fsp.open.bind(fsp);
  return jest.spyOn(fsp, "open").mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
    const handle = await open(...args);
    const writeFile = async (data: Uint8Array | string) => {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw errno("ENOSPC");
    };
    return new Proxy(handle, {
      get: (target, key) => (key === "writeFile" ? writeFile : Reflect.get(target, key, target)?.bind?.(target) ?? Reflect.get(target, key, target)),
    }) as FileHandle;
  });
}

afterEach(() => jest.restoreAllMocks());

describe("writeFilesAtomic", () => {
  it("leaves no file and no temporary file when the disk fills up halfway through", async () => {
    const dir = tempDir();
    diskFullMidway();
    await expect(writeFilesAtomic([{ path: path.join(dir, "结果.xlsx"), data: new Uint8Array(10_000).fill(7) }])).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("replaces none of the targets when a later one cannot be written", async () => {
    const dir = tempDir();
    const first = path.join(dir, "结果.xlsx");
    writeFileSync(first, "上一次的结果");
    const blocker = path.join(dir, "不是文件夹");
    writeFileSync(blocker, "");
    const failure = writeFilesAtomic([
      { path: first, data: "这一次的结果" },
      { path: path.join(blocker, "结果.json"), data: "{}" },
    ]);
    await expect(failure).rejects.toThrow(InputError);
    await expect(failure).rejects.toThrow(`无法写出「${path.join(blocker, "结果.json")}」：「${blocker}」不是可以写入的文件夹。`);
    expect(readFileSync(first, "utf8")).toBe("上一次的结果");
    expect(readdirSync(dir).sort()).toEqual(["不是文件夹", "结果.xlsx"].sort());
  });

  it("says the file may be open in Excel when it cannot be replaced, and keeps the old one", async () => {
    const dir = tempDir();
    const target = path.join(dir, "结果.xlsx");
    writeFileSync(target, "上一次的结果");
    jest.spyOn(fsp, "rename").mockRejectedValue(errno("EBUSY"));
    await expect(writeFilesAtomic([{ path: target, data: "这一次的结果" }])).rejects.toThrow(`无法写出「${target}」：文件可能正在 Excel 或 WPS 中打开，请关闭后重试。`);
    expect(readFileSync(target, "utf8")).toBe("上一次的结果");
    expect(readdirSync(dir)).toEqual(["结果.xlsx"]);
  });

  it("writes every file when nothing fails", async () => {
    const dir = tempDir();
    await writeFilesAtomic([
      { path: path.join(dir, "a", "结果.xlsx"), data: new Uint8Array([1, 2, 3]) },
      { path: path.join(dir, "结果.json"), data: "{}\n" },
    ]);
    expect([...readFileSync(path.join(dir, "a", "结果.xlsx"))]).toEqual([1, 2, 3]);
    expect(readFileSync(path.join(dir, "结果.json"), "utf8")).toBe("{}\n");
    expect(readdirSync(dir).sort()).toEqual(["a", "结果.json"]);
  });
});

describe("check when writing fails midway", () => {
  async function setUp() {
    const dir = tempDir();
    const input = await writeRecords(path.join(dir, "登记表.xlsx"), records(primarySchool()));
    const out = path.join(dir, "登记表.审核.xlsx");
    const json = path.join(dir, "结果.json");
    writeFileSync(out, "上一次的审核结果");
    writeFileSync(json, "上一次的 JSON");
    const before = readFileSync(input);
    const unchanged = () => {
      expect(readFileSync(input).equals(before)).toBe(true);
      expect(readFileSync(out, "utf8")).toBe("上一次的审核结果");
      expect(readFileSync(json, "utf8")).toBe("上一次的 JSON");
      expect(readdirSync(dir).sort()).toEqual(["登记表.xlsx", "登记表.审核.xlsx", "结果.json"].sort());
    };
    return { dir, input, out, json, unchanged };
  }

  it("a workbook serialiser that throws: exit 2, every earlier output as it was", async () => {
    const { input, json, unchanged } = await setUp();
    jest.spyOn(PackageWorkbook.prototype, "toBuffer").mockRejectedValue(new Error("serialiser exploded"));
    const run = await runCli(["check", input, "--json", json, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("处理时出现意外问题，原文件未被修改");
    unchanged();
  });

  it("a disk that fills up while the workbook is written: exit 2, every earlier output as it was", async () => {
    const { input, json, unchanged } = await setUp();
    diskFullMidway();
    const run = await runCli(["check", input, "--json", json, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^错误：磁盘空间不足(（[^\n]*）)?，未写出结果文件，原文件未被修改。\n$/);
    unchanged();
  });

  it("a JSON path that cannot be written: the checked workbook is not written either", async () => {
    const { dir, input } = await setUp();
    const blocker = path.join(dir, "结果.json");
    const run = await runCli(["check", input, "--out", path.join(dir, "新结果.xlsx"), "--json", path.join(blocker, "x.json"), "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`「${blocker}」不是可以写入的文件夹`);
    expect(existsSync(path.join(dir, "新结果.xlsx"))).toBe(false);
  });
});
