/** Each command's usage in Chinese: `junheng <命令> --help` prints one, `junheng help` all of them. */
import { InputError } from "../domain/errors";
import { DEFAULT_PRACTICE_ERRORS } from "../domain/practice/practiceRegister";

export const COMMANDS = ["check", "sample", "practice-score", "handbook", "merge", "archive"] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommandName(name: string | undefined): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name ?? "");
}

const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  check: `用法：junheng check <登记表.xlsx> [选项]
审核统计登记表并计算评估指标：问题单元格标色，低于标准的标浅橙；新增“审核结果”“指标计算”“差异系数”
“整改清单”“考核自查”“自评报告”工作表，写到 <登记表>.审核.xlsx（原文件不变）。
  --out <输出.xlsx>        审核后的工作簿（默认 <登记表>.审核.xlsx）
  --json <结果.json>       同时写出 JSON 结果
  --docx <自评报告.docx>   同时写出 Word 版自评报告（与“自评报告”工作表内容相同）
  --pack <规则包>          yunnan-2016-basic（默认，基本均衡）、national-2017-quality（优质均衡）或 .json 文件
  --standards              同时写出“标准参数”表，修改其中的标准值后再次审核即生效
  --town <乡镇>            乡镇名称（填报说明中没有时）
  --year <统计年度>        统计年度（填报说明中没有时）
  --previous <上年.xlsx>   与上年的登记表（或上年审核后的工作簿）比较在校生、校舍、图书等的年度变化
  --carry-over             与 --previous 一起：沿用上年“整改清单”的整改状态和“考核自查”的手填内容
  --lang <语言>            zh-CN（默认）或 en-US：屏幕摘要和 JSON 中问题说明的语言（系统语言为英文时默认 en-US）
  --quiet                  不显示进度
退出码：0 没有错误，1 有错误，2 文件无法处理。`,
  sample: `用法：junheng sample [--out <示例.xlsx>]
       junheng sample --practice [--seed <种子>] [--errors <错误数>] [--level 入门|提高|综合] [--out <练习.xlsx>]
                      [--solution <改好的.xlsx>] [--count <份数>]
写出内置的示例登记表（示例数据，虚构），默认 示例登记表.xlsx。
  --practice          写出培训用的练习登记表（默认 练习登记表.xlsx），并在旁边写出答案 <练习>.答案.json
                      和讲评 <练习>.讲评.html（每处错误的位置、错误的值、正确的值和规则解释，可打印）
  --seed <种子>       同一种子总是得到同一份练习表（不给时随机选一个并显示）
  --errors <错误数>   埋入的错误数（默认 ${DEFAULT_PRACTICE_ERRORS}）
  --level <难度>      入门（单个单元格写错）、提高（合计、班额、教职工、跨表）、综合（提高加村级入学、一贯制学校、村小上级学校、
                      与上年比对；旁边另写上年登记表 <练习>.上年.xlsx，审核时用 --previous 给出）
  --solution <文件>   同时写出改好的登记表
  --count <份数>      写出多份不同的练习表 <练习>-01.xlsx …、各自的答案和名单 <练习>.名单.json`,
  "practice-score": `用法：junheng practice-score <练习.xlsx|文件夹 …> --key <练习.答案.json|练习.名单.json> [--out <成绩.xlsx>] [--json <成绩.json>]
按答案给学员改过的练习表评分（可给多个文件或文件夹）：埋错的单元格改回原值才算已改正，问题不再报出但单元格
没有改回的算改错位置，另列未改正和新引入的问题。
  --key <文件>    答案文件（所有学员同一份练习）或名单（每人一份，按文件名中的编号找答案）
  --out <文件>    写出班级成绩表（.xlsx）
  --json <文件>   写出 JSON 成绩`,
  handbook: `用法：junheng handbook [--out <规则说明.html>]
写出《审核规则说明》网页（每条规则的解释、错误示例和改法，可打印），供培训使用。`,
  merge: `用法：junheng merge <登记表.xlsx|文件夹 …> [--out <合并登记表.xlsx>] [--town <乡镇>] [--year <统计年度>] [--quiet]
把几所学校（或几个乡镇）的登记表合并为一份（默认 合并登记表.xlsx）。同一学校出现在两个文件、统计年度不同、
认不出的文件等冲突逐条列出，有冲突时不写出结果（退出码 2）。原文件不变。`,
  archive: `用法：junheng archive <各年度登记表.xlsx …> [--out <档案汇总.xlsx>] [--year <年度>=<文件.xlsx> …] [--pack <规则包>] [--quiet]
按各年度登记表生成档案汇总（默认 档案汇总.xlsx）：历年差异系数及趋势、历年学校指标、历年审核与整改。
年度取填报说明的统计年度，没有时用 --year 2015=文件.xlsx 指定。`,
};

export function commandUsage(command: CommandName): string {
  return COMMAND_USAGE[command];
}

export function fullUsage(): string {
  return ["junheng — 义务教育均衡发展统计审核（每条命令的详细用法：junheng <命令> --help）", ...COMMANDS.map((c) => COMMAND_USAGE[c])].join("\n\n");
}

/** Appended to an argument error, which stays one line. */
export function helpHint(command: string | undefined): string {
  return isCommandName(command) ? `（用法见 junheng ${command} --help）` : "（用法见 junheng --help）";
}

/** A mistake in the command's words (not in a file): its message is followed by where to find the usage. */
export class ArgumentError extends InputError {}

/** Node's parseArgs errors in one Chinese line; the option or argument it names is quoted as given. */
export function parseArgsMessage(error: unknown): string | undefined {
  const code = (error as { code?: string } | null)?.code;
  // Duck-typed: Node's own errors may come from another realm (a test runner's sandbox), so no instanceof.
  const quoted = /'([^']*)'/.exec(String((error as { message?: unknown } | null)?.message ?? ""))?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `不认识的选项「${quoted}」。`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `多余的参数「${quoted}」。`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") return `选项「${quoted.split(" ")[0]}」后面缺少取值，或不该有取值。`;
  return undefined;
}
