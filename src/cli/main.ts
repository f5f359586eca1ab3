/** `junheng` command line: check a register, or write the embedded sample. */
import { parseArgs } from "node:util";
import { InputError } from "../domain/errors";
import { DEFAULT_PRACTICE_ERRORS } from "../domain/practice/practiceRegister";
import { checkCommand, type CommandIO } from "./checkCommand";
import { practiceSampleCommand, practiceScoreCommand } from "./practiceCommand";
import { sampleCommand } from "./sampleCommand";
import { writeFileAtomic } from "./files";
import { handbookHtml } from "../domain/handbook/handbook";
import { mergeMain } from "./mergeCommand";
import { archiveMain } from "./archiveCommand";

const USAGE = `用法：
  junheng check <登记表.xlsx> [--out <输出.xlsx>] [--json <结果.json>] [--pack <规则包|规则包.json>]
                [--docx <自评报告.docx>] [--standards] [--town <乡镇>] [--year <统计年度>] [--quiet]
                [--previous <上年登记表.xlsx> [--carry-over]]
  junheng sample [--out <示例.xlsx>]
  junheng sample --practice [--seed <种子>] [--errors <错误数>] [--out <练习.xlsx>]
  junheng practice-score <练习.xlsx> --key <练习.答案.json>
  junheng handbook [--out <规则说明.html>]
  junheng merge <登记表.xlsx|文件夹 …> [--out <合并登记表.xlsx>] [--town <乡镇>] [--year <统计年度>]
  junheng archive <各年度登记表.xlsx …> [--out <档案汇总.xlsx>] [--year <年度>=<文件.xlsx> …] [--pack <规则包>]

check   审核统计登记表并计算评估指标：问题单元格标色，低于标准的标浅橙；新增“审核结果”“指标计算”
        “差异系数”“整改清单”“考核自查”工作表，写到 <登记表>.审核.xlsx（原文件不变）。
        --pack 选择规则包：yunnan-2016-basic（默认，基本均衡）、national-2017-quality（优质均衡）或 .json 文件。
        --standards 同时写出“标准参数”表，修改其中的标准值后再次审核即生效。
        --docx 同时写出 Word 版自评报告（与“自评报告”工作表内容相同）。
        --previous 与上年的登记表（或上年审核后的工作簿）比较：在校生、校舍、占地、图书、设备值的年度变化，学校增减。
        --carry-over 同时沿用上年工作簿“整改清单”中整改中的状态和责任单位、“考核自查”中手填的内容。
        退出码 0 没有错误，1 有错误，2 文件无法处理。
sample  写出内置的示例登记表（示例数据，虚构）。
        --practice 写出培训用的练习登记表（默认 练习登记表.xlsx）并在旁边写出答案 <练习>.答案.json；
        同一 --seed 总是得到同一份练习表（不给时随机选一个并显示），--errors 为埋入的错误数（默认 ${DEFAULT_PRACTICE_ERRORS}）。
practice-score  按答案文件给学员改过的练习表评分：已改正、未改正、新引入的问题。
handbook  写出《审核规则说明》网页（每条规则的解释、错误示例和改法，可打印），供培训使用。
merge   把几所学校（或几个乡镇）的登记表合并为一份；同一学校出现在两个文件、统计年度不同、
        认不出的文件等冲突逐条列出，有冲突时不写出结果（退出码 2）。原文件不变。
archive 按各年度登记表生成档案汇总：历年差异系数及趋势、历年学校指标、历年审核与整改；
        年度取填报说明的统计年度，没有时用 --year 2015=文件.xlsx 指定。`;

/** Appended to a usage mistake: the message stays one line, and the usage is one command away. */
const SEE_HELP = "运行 junheng help 查看用法。";

const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
};

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
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
        },
      });
      if (positionals.length !== 1) throw new InputError(`请给出一个要审核的 .xlsx 文件。${SEE_HELP}`);
      if (values["carry-over"] && !values.previous) throw new InputError(`--carry-over 需要与 --previous <上年登记表.xlsx> 一起使用。${SEE_HELP}`);
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
        },
        io,
      );
    }
    if (command === "sample") {
      const { values } = parseArgs({
        args: [...rest],
        options: { out: { type: "string" }, practice: { type: "boolean", default: false }, seed: { type: "string" }, errors: { type: "string" } },
      });
      if (!values.practice) {
        if (values.seed !== undefined || values.errors !== undefined) throw new InputError(`--seed 和 --errors 只能与 --practice 一起使用。${SEE_HELP}`);
        return await sampleCommand({ out: values.out ?? "示例登记表.xlsx" }, io);
      }
      // Without --seed a seed is drawn from the clock and printed, so the same file can be made again.
      const seed = values.seed === undefined ? Date.now() % 1_000_000 : integerOption("--seed", values.seed);
      const errors = values.errors === undefined ? DEFAULT_PRACTICE_ERRORS : integerOption("--errors", values.errors);
      return await practiceSampleCommand({ out: values.out ?? "练习登记表.xlsx", seed, errors }, io);
    }
    if (command === "practice-score") {
      const { values, positionals } = parseArgs({ args: [...rest], allowPositionals: true, options: { key: { type: "string" } } });
      if (positionals.length !== 1 || !values.key) throw new InputError(`请给出一个练习表 .xlsx 文件和 --key 答案文件。${SEE_HELP}`);
      return await practiceScoreCommand({ input: positionals[0], key: values.key }, io);
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
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new InputError(`不认识的命令「${command}」。${SEE_HELP}`);
  } catch (error) {
    io.stderr(`错误：${messageOf(error)}`);
    if (process.env.JUNHENG_DEBUG && error instanceof Error) io.stderr(error.stack ?? "");
    return 2;
  }
}

function integerOption(name: string, text: string): number {
  if (!/^\d{1,9}$/.test(text.trim())) throw new InputError(`${name} 应为非负整数，而不是「${text}」。`);
  return Number(text.trim());
}

/** The option or argument Node's parseArgs names in its (English) message, e.g. `--ouput`. */
function quotedArgument(error: unknown): string {
  return /'([^']+)'/.exec((error as Error).message)?.[1] ?? "";
}

const ARGUMENT_PROBLEMS: Readonly<Record<string, (argument: string) => string>> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: (a) => `不认识的选项「${a}」。`,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: (a) => `多余的参数「${a}」。`,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: (a) => `选项「${a.split(" ")[0]}」后面缺少取值，或不该有取值。`,
};

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
export function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && Object.hasOwn(ARGUMENT_PROBLEMS, code)) return `命令参数有误：${ARGUMENT_PROBLEMS[code](quotedArgument(error))}${SEE_HELP}`;
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
