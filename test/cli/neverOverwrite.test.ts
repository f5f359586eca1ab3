/**
 * `junheng check` never overwrites its input, whatever path leads to it (a link, a hard link, another spelling),
 * never writes two outputs into one file, and reads and writes only regular files.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import * as path from "node:path";
import { runCli, tempDir, writeRecords } from "../helpers/cli";
import { primarySchool, records } from "../helpers/register";

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("junheng check never overwrites what it reads", () => {
  const dir = tempDir();
  const input = path.join(dir, "in.xlsx");
  let before = "";

  beforeAll(async () => {
    await writeRecords(input, records(primarySchool()));
    before = sha256(input);
  });

  afterEach(() => {
    expect(sha256(input)).toBe(before);
  });

  it("refuses --out equal to the input reached through a symbolic link", async () => {
    const link = path.join(dir, "link.xlsx");
    symlinkSync(input, link);
    const run = await runCli(["check", link, "--out", input, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件不能与输入文件相同");
  });

  it("refuses --out that is a hard link to the input", async () => {
    const hard = path.join(dir, "hard.xlsx");
    linkSync(input, hard);
    const run = await runCli(["check", input, "--out", hard, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件不能与输入文件相同");
  });

  it("refuses --out through a linked folder", async () => {
    const linkedDir = path.join(dir, "linked");
    symlinkSync(dir, linkedDir);
    const run = await runCli(["check", input, "--out", path.join(linkedDir, "in.xlsx"), "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("输出文件不能与输入文件相同");
  });

  it.each([
    ["--json", ["--out", "same.xlsx", "--json", "same.xlsx"]],
    ["--docx", ["--out", "same.xlsx", "--docx", "same.xlsx"]],
    ["--json spelt in other case", ["--out", "x.json", "--json", "X.JSON"]],
  ])("refuses --out equal to %s, writing nothing", async (_label, args) => {
    const sub = path.join(dir, `clash-${readdirSync(dir).length}`);
    mkdirSync(sub);
    const run = await runCli(["check", input, ...args.map((a) => (a.startsWith("--") ? a : path.join(sub, a))), "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("两个输出是同一个文件");
    expect(readdirSync(sub)).toEqual([]);
  });

  it("refuses a folder in the output's place", async () => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder);
    const run = await runCli(["check", input, "--out", folder, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("是文件夹");
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("junheng check reads only regular files", () => {
  const dir = tempDir();

  it("refuses a link to /dev/zero at once, without reading it", async () => {
    const link = path.join(dir, "zero.xlsx");
    symlinkSync("/dev/zero", link);
    const started = Date.now();
    const run = await runCli(["check", link, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([`错误：「${link}」不是普通文件（是设备、管道或套接字），不能作为工作簿读写。`]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses a named pipe without waiting for a writer", async () => {
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const run = await runCli(["check", fifo, "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是普通文件");
    expect(existsSync(path.join(dir, "pipe.审核.xlsx"))).toBe(false);
  });

  it("refuses a device as the output", async () => {
    const input = path.join(dir, "in.xlsx");
    await writeRecords(input, records(primarySchool()));
    const run = await runCli(["check", input, "--out", "/dev/null", "--quiet"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("不是普通文件");
  });
});
