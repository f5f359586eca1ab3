/** `junheng` command line: check a register, or write the embedded sample. */
import { parseArgs } from "node:util";
import { InputError } from "../domain/errors";
import { checkCommand, type CommandIO } from "./checkCommand";
import { sampleCommand } from "./sampleCommand";

const USAGE = `用法：
  junheng check <登记表.xlsx> [--out <输出.xlsx>] [--json <结果.json>] [--pack <规则包|规则包.json>]
                [--docx <自评报告.docx>] [--standards] [--town <乡镇>] [--year <统计年度>] [--quiet]
  junheng sample [--out <示例.xlsx>]

check   审核统计登记表并计算评估指标：问题单元格标色，低于标准的标浅橙；新增“审核结果”“指标计算”
        “差异系数”“整改清单”“考核自查”工作表，写到 <登记表>.审核.xlsx（原文件不变）。
        --pack 选择规则包：yunnan-2016-basic（默认，基本均衡）、national-2017-quality（优质均衡）或 .json 文件。
        --standards 同时写出“标准参数”表，修改其中的标准值后再次审核即生效。
        --docx 同时写出 Word 版自评报告（与“自评报告”工作表内容相同）。
        退出码 0 没有错误，1 有错误，2 文件无法处理。
sample  写出内置的示例登记表（示例数据，虚构）。`;

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
        },
      });
      if (positionals.length !== 1) throw new InputError(`请给出一个要审核的 .xlsx 文件。\n${USAGE}`);
      const meta: Record<string, string> = {};
      if (values.town) meta["乡镇"] = values.town;
      if (values.year) meta["统计年度"] = values.year;
      return await checkCommand(
        { input: positionals[0], out: values.out, json: values.json, docx: values.docx, quiet: values.quiet ?? false, meta, pack: values.pack, writeStandards: values.standards ?? false },
        io,
      );
    }
    if (command === "sample") {
      const { values } = parseArgs({ args: [...rest], options: { out: { type: "string" } } });
      return await sampleCommand({ out: values.out ?? "示例登记表.xlsx" }, io);
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new InputError(`不认识的命令「${command}」。\n${USAGE}`);
  } catch (error) {
    io.stderr(`错误：${messageOf(error)}`);
    if (process.env.JUNHENG_DEBUG && error instanceof Error) io.stderr(error.stack ?? "");
    return 2;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" || code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return `命令参数有误：${(error as Error).message}\n${USAGE}`;
  }
  if (code === "ENOSPC") return "磁盘空间不足，未写出结果文件。";
  if (code === "EACCES" || code === "EPERM") return `没有权限写入：${(error as Error).message}`;
  return `处理时出现意外问题，原文件未被修改。（${error instanceof Error ? error.message : String(error)}；设置环境变量 JUNHENG_DEBUG=1 可查看详细信息）`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
