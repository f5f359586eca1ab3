/** `junheng` command line: check a register, or write the embedded sample. */
import { parseArgs } from "node:util";
import { InputError } from "../domain/errors";
import type { Language } from "../domain/findings";
import { DEFAULT_PRACTICE_ERRORS } from "../domain/practice/practiceRegister";
import { PRACTICE_LEVELS, practiceLevel } from "../domain/practice/levels";
import { checkCommand, type CommandIO } from "./checkCommand";
import { practiceSampleCommand, practiceScoreCommand } from "./practiceCommand";
import { sampleCommand } from "./sampleCommand";
import { writeFileAtomic } from "./files";
import { handbookHtml } from "../domain/handbook/handbook";
import { mergeMain } from "./mergeCommand";
import { archiveMain } from "./archiveCommand";
import { ArgumentError, commandUsage, fullUsage, helpHint, isCommandName, parseArgsMessage } from "./usage";

/** A training class is about 30; a few hundred files are still quick, thousands would be a typo. */
const MAX_PRACTICE_COUNT = 500;

const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
};

/**
 * The language of `check`'s output: `--lang` when given (zh-CN or en-US), else English when the locale variables
 * say English (LC_ALL, LC_MESSAGES, LANG, in POSIX order), else Chinese.
 */
export function languageOf(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (flag !== undefined) {
    if (/^en\b/i.test(flag)) return "en-US";
    if (/^zh\b/i.test(flag)) return "zh-CN";
    throw new ArgumentError(`--lang 只能是 zh-CN 或 en-US，不是「${flag}」。`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en[_-]/i.test(locale) ? "en-US" : "zh-CN";
}

export async function main(argv: readonly string[], io: CommandIO = processIO, env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (isCommandName(command) && rest.some((arg) => arg === "--help" || arg === "-h")) {
      io.stdout(commandUsage(command));
      return 0;
    }
    if (command === "check") {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: {
          out: { type: "string" },
          json: { type: "string" },
          docx: { type: "string" },
          town: { type: "string" },
          year: { type: "string" },
          pack: { type: "string" },
          standards: { type: "boolean", default: false },
          quiet: { type: "boolean", default: false },
          previous: { type: "string" },
          "carry-over": { type: "boolean", default: false },
          lang: { type: "string" },
        },
      });
      if (positionals.length !== 1) throw new ArgumentError("请给出一个要审核的 .xlsx 文件。");
      const lang = languageOf(values.lang, env);
      if (values["carry-over"] && !values.previous) throw new ArgumentError("--carry-over 需要与 --previous <上年登记表.xlsx> 一起使用。");
      const meta: Record<string, string> = {};
      if (values.town) meta["乡镇"] = values.town;
      if (values.year) meta["统计年度"] = values.year;
      return await checkCommand(
        {
          input: positionals[0],
          out: values.out,
          json: values.json,
          docx: values.docx,
          quiet: values.quiet ?? false,
          meta,
          pack: values.pack,
          writeStandards: values.standards ?? false,
          previous: values.previous,
          carryOver: values["carry-over"] ?? false,
          lang,
        },
        io,
      );
    }
    if (command === "sample") {
      const { values } = parseArgs({
        args: [...rest],
        options: {
          out: { type: "string" },
          practice: { type: "boolean", default: false },
          seed: { type: "string" },
          errors: { type: "string" },
          level: { type: "string" },
          solution: { type: "string" },
          count: { type: "string" },
        },
      });
      if (!values.practice) {
        const practiceOnly = ["seed", "errors", "level", "solution", "count"] as const;
        if (practiceOnly.some((o) => values[o] !== undefined)) throw new ArgumentError("--seed、--errors、--level、--solution 和 --count 只能与 --practice 一起使用。");
        return await sampleCommand({ out: values.out ?? "示例登记表.xlsx" }, io);
      }
      // Without --seed a seed is drawn from the clock and printed, so the same file can be made again.
      const seed = values.seed === undefined ? Date.now() % 1_000_000 : integerOption("--seed", values.seed);
      const errors = values.errors === undefined ? DEFAULT_PRACTICE_ERRORS : integerOption("--errors", values.errors);
      const level = values.level === undefined ? undefined : practiceLevel(values.level);
      if (values.level !== undefined && !level) throw new ArgumentError(`--level 应为 ${PRACTICE_LEVELS.map((l) => l.label).join("、")} 之一，而不是「${values.level}」。`);
      const count = values.count === undefined ? undefined : integerOption("--count", values.count);
      if (count !== undefined && (count < 1 || count > MAX_PRACTICE_COUNT)) throw new ArgumentError(`--count 应在 1 到 ${MAX_PRACTICE_COUNT} 之间。`);
      return await practiceSampleCommand({ out: values.out ?? "练习登记表.xlsx", seed, errors, level: level?.id, solution: values.solution, count }, io);
    }
    if (command === "practice-score") {
      const { values, positionals } = parseArgs({
        args: [...rest],
        allowPositionals: true,
        options: { key: { type: "string" }, out: { type: "string" }, json: { type: "string" } },
      });
      if (positionals.length === 0 || !values.key) throw new ArgumentError("请给出学员的练习表（.xlsx 文件或文件夹）和 --key 答案文件或名单。");
      return await practiceScoreCommand({ inputs: positionals, key: values.key, out: values.out, json: values.json }, io);
    }
    if (command === "merge") return await mergeMain(rest, io);
    if (command === "archive") return await archiveMain(rest, io);
    if (command === "handbook") {
      const { values } = parseArgs({ args: [...rest], options: { out: { type: "string" } } });
      const out = values.out ?? "规则说明.html";
      await writeFileAtomic(out, handbookHtml());
      io.stdout(`已写出审核规则说明：${out}`);
      return 0;
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout(fullUsage());
      return command === undefined ? 2 : 0;
    }
    throw new ArgumentError(`不认识的命令「${command}」。`);
  } catch (error) {
    io.stderr(`错误：${messageOf(error, command)}`);
    if (process.env.JUNHENG_DEBUG && error instanceof Error) io.stderr(error.stack ?? "");
    return 2;
  }
}

function integerOption(name: string, text: string): number {
  if (!/^\d{1,9}$/.test(text.trim())) throw new ArgumentError(`${name} 应为非负整数，而不是「${text}」。`);
  return Number(text.trim());
}

/** File-system failures while writing, by error code, in words; the path is the one the system names. */
const FILE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: "磁盘空间不足",
  EDQUOT: "磁盘配额已满",
  EACCES: "没有权限写入",
  EPERM: "没有权限写入",
  EROFS: "磁盘是只读的",
  ENAMETOOLONG: "文件名太长",
  EISDIR: "那是一个文件夹",
  ENOTDIR: "路径中的某一级不是文件夹",
  ENOENT: "文件或文件夹不存在",
  EMFILE: "同时打开的文件太多",
  EIO: "磁盘读写出错",
  EBUSY: "文件正被其他程序使用",
};

const UNEXPECTED = "处理时出现意外问题，原文件未被修改，也没有写出结果文件。设置环境变量 JUNHENG_DEBUG=1 可查看详细信息。";

/**
 * One Chinese line for every failure: the user's mistakes and the file system in their own words, anything else as
 * an unexpected problem — never a library's English message or a dump of a schema's complaints.
 */
export function messageOf(error: unknown, command?: string): string {
  if (error instanceof ArgumentError) return error.message + helpHint(command);
  if (error instanceof InputError) return error.message;
  const argumentMessage = parseArgsMessage(error);
  if (argumentMessage) return argumentMessage + helpHint(command);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && Object.hasOwn(FILE_PROBLEMS, code)) {
    const where = (error as NodeJS.ErrnoException).path;
    return `${FILE_PROBLEMS[code]}${where ? `（${where}）` : ""}，未写出结果文件，原文件未被修改。`;
  }
  return UNEXPECTED;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
