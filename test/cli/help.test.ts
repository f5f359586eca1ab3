import { COMMANDS } from "../../src/cli/usage";
import { runCli } from "../helpers/cli";

/** No Latin word of three letters or more outside option names, file names and rule-pack ids. */
function englishWords(text: string): string[] {
  const withoutTokens = text
    .replace(/junheng( [a-z-]+)?|yunnan-2016-basic|national-2017-quality/g, "")
    .replace(/--?[a-z][a-z-]*|\.(xlsx|json|docx|html)\b|JSON|Word/g, "");
  return withoutTokens.match(/[A-Za-z]{3,}/g) ?? [];
}

describe("every command has help", () => {
  it.each(COMMANDS.map((c) => [c]))("junheng %s --help prints its Chinese usage and exits 0", async (command) => {
    const run = await runCli([command, "--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.startsWith(`用法：junheng ${command}`)).toBe(true);
    expect(englishWords(run.stdout)).toEqual([]);
  });

  it("-h works like --help, even with other arguments", async () => {
    const run = await runCli(["merge", "a.xlsx", "-h"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("用法：junheng merge")).toBe(true);
  });

  it("junheng --help lists every command", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`用法：junheng ${command}`);
  });
});

describe("an argument error is one Chinese line", () => {
  it.each([
    [["check"], "错误：请给出一个要审核的 .xlsx 文件。（用法见 junheng check --help）"],
    [["check", "a.xlsx", "b.xlsx"], "错误：请给出一个要审核的 .xlsx 文件。（用法见 junheng check --help）"],
    [["sample", "--seed", "3"], "错误：--seed、--errors、--level、--solution 和 --count 只能与 --practice 一起使用。（用法见 junheng sample --help）"],
    [["sample", "--practice", "--errors", "many"], "错误：--errors 应为非负整数，而不是「many」。（用法见 junheng sample --help）"],
    [["sample", "extra"], "错误：多余的参数「extra」。（用法见 junheng sample --help）"],
    [["practice-score", "p.xlsx"], "错误：请给出学员的练习表（.xlsx 文件或文件夹）和 --key 答案文件或名单。（用法见 junheng practice-score --help）"],
    [["handbook", "--bogus"], "错误：不认识的选项「--bogus」。（用法见 junheng handbook --help）"],
    [["merge"], "错误：请给出要合并的登记表 .xlsx 文件或所在的文件夹。（用法见 junheng merge --help）"],
    [["archive", "a.xlsx", "--year", "2015"], "错误：--year 应写成「年度=文件」，例如 --year 2015=2015年登记表.xlsx，而不是「2015」。（用法见 junheng archive --help）"],
    [["frobnicate"], "错误：不认识的命令「frobnicate」。（用法见 junheng --help）"],
  ])("junheng %j", async (args, line) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(line + "\n");
  });
});
