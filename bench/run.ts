/**
 * `npm run bench`: the figures of issue 7 measured side by side in one run, printed as Markdown tables and saved
 * to bench/results.json. Options for quick local checks (results.json is then left as it is):
 *   --sizes=100,1000   register sizes (default 100, 1 000, 10 000)
 *   --repetitions=N    timed passes per size for the command line's data path (default 3), each in a fresh process; one
 *                      more pass measures memory
 *   --no-bundle        skip the production webpack build
 *   --command-sizes=3000,10000,30000   register sizes for the whole `junheng check` against a plain exceljs read
 *                      (default those three; 0 skips it)
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildAndMeasure, type BundleResult } from "./bundle";
import type { OfficeResult } from "./office";
import { gather, type Pass, type StagesResult } from "./results";
import type { StageId } from "./stages";
import { bundleTable, commandTable, officeTable, stagesTable, type CommandResult, type Growth } from "./table";
import { DOCX_MAX_SCHOOLS, type CommandPhase, type Timed } from "./command";

/** build/bench/bench/run.js → the repository root. */
const ROOT = path.resolve(__dirname, "..", "..", "..");
const DEFAULT_SIZES = [100, 1000, 10000];
const DEFAULT_REPETITIONS = 3;

interface Options {
  readonly sizes: number[];
  readonly repetitions: number;
  readonly bundle: boolean;
  readonly commandSizes: number[];
}

const DEFAULT_COMMAND_SIZES = [3000, 10000, 30000];

function options(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const sizes = value("sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
  const repetitions = Number(value("repetitions") ?? DEFAULT_REPETITIONS);
  const commandSizes = (value("command-sizes")?.split(",").map(Number) ?? DEFAULT_COMMAND_SIZES).filter((n) => n !== 0);
  if ([...sizes, ...commandSizes].some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(repetitions) || repetitions < 1) {
    throw new Error("用法：--sizes=100,1000 --repetitions=3 --no-bundle --command-sizes=3000,10000,30000");
  }
  return { sizes, repetitions, bundle: !argv.includes("--no-bundle"), commandSizes };
}

function child<T = object>(args: readonly string[]): Promise<T & { maxRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const proc = fork(path.join(__dirname, "child.js"), [...args], { execArgv: ["--expose-gc", "--max-old-space-size=6144"] });
    let result: (T & { maxRssBytes: number }) | undefined;
    proc.on("message", (message) => (result = message as T & { maxRssBytes: number }));
    proc.on("error", reject);
    proc.on("exit", (code) => (result && code === 0 ? resolve(result) : reject(new Error(`bench child ${args.join(" ")} exited with ${code}`))));
  });
}

/** log(t_to / t_from) / log(to / from): 1 is linear; n log n from 1 000 to 10 000 is about 1.1. */
function growthOf(results: readonly StagesResult[]): Growth | null {
  if (results.length < 2) return null;
  const from = results[results.length - 2];
  const to = results[results.length - 1];
  const exponent = (time: (r: StagesResult) => number) => Math.log(time(to) / time(from)) / Math.log(to.schools / from.schools);
  const of = (pick: "ms" | "cpuMs") => {
    const stage = (id: StageId) => exponent((r) => r.stages[id][pick]);
    return { read: stage("read"), check: stage("check"), write: stage("write") };
  };
  return { from: from.schools, to: to.schools, exponents: of("ms"), cpuExponents: of("cpuMs") };
}

function machine() {
  const cpus = os.cpus();
  return { cores: cpus.length, cpu: cpus[0]?.model.trim() ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const stages: StagesResult[] = [];
  const office: (OfficeResult & { maxRssBytes: number })[] = [];
  fs.mkdirSync(path.join(ROOT, "build", "bench", "registers"), { recursive: true });
  for (const schools of opts.sizes) {
    const file = path.join(ROOT, "build", "bench", "registers", `${schools}.xlsx`);
    log(`正在生成 ${schools} 所学校的登记表 …`);
    await child(["register", String(schools), file]);
    log(`正在测量 ${schools} 所学校：读取、审核、写出（${opts.repetitions} 次计时，1 次测内存）…`);
    const memory = await child<Pass>(["pass", file, "1"]);
    const timed: Pass[] = [];
    for (let i = 0; i < opts.repetitions; i++) timed.push(await child<Pass>(["pass", file, "0"]));
    stages.push(gather(schools, timed, memory));
    log(`正在测量 ${schools} 所学校：Office.js 适配器（模拟 Excel）…`);
    office.push(await child<OfficeResult>(["office", String(schools)]));
  }
  const command: CommandResult[] = [];
  for (const schools of opts.commandSizes) {
    const file = path.join(ROOT, "build", "bench", "registers", `${schools}.xlsx`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "junheng-bench-"));
    if (!fs.existsSync(file)) {
      log(`正在生成 ${schools} 所学校的登记表 …`);
      await child(["register", String(schools), file]);
    }
    log(`正在测量 ${schools} 所学校：exceljs 只读取、整个 junheng check、分步计时 …`);
    const read = await child<Timed>(["exceljs-read", file]);
    const whole = await child<Timed & { code: number }>(["command", file, dir]);
    const phases = await child<{ phases: Record<CommandPhase, Timed | null>; outputBytes: number }>(["command-phases", file, dir, ...(schools <= DOCX_MAX_SCHOOLS ? ["docx"] : [])]);
    command.push({ schools, xlsxBytes: fs.statSync(file).size, exceljsRead: read, whole, phases: phases.phases, outputBytes: phases.outputBytes });
    fs.rmSync(dir, { recursive: true, force: true });
  }
  let bundle: BundleResult | null = null;
  if (opts.bundle) {
    log("正在以生产模式构建任务窗格 …");
    bundle = buildAndMeasure(ROOT);
  }
  const growth = growthOf(stages);
  const m = machine();
  const lines = [
    `机器：${m.cores} 核 ${m.cpu}，内存 ${m.memoryGiB} GiB，Node ${m.node}，${m.platform}`,
    "",
    "每次运行都是新进程（与命令行一样从冷启动开始），时间取多次中最快的一次；括号内为同一次的 CPU 时间。内存为该阶段的峰值（JS 堆 + 外部内存，扣除阶段开始前已占用的部分）。",
    "",
    ...stagesTable(stages, growth),
    "",
    ...(command.length > 0 ? [...commandTable(command), ""] : []),
    ...officeTable(office),
    ...(bundle ? ["", ...bundleTable(bundle)] : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);

  const full = opts.sizes.join() === DEFAULT_SIZES.join() && opts.repetitions === DEFAULT_REPETITIONS && opts.bundle && opts.commandSizes.join() === DEFAULT_COMMAND_SIZES.join();
  if (!full) {
    log("（只测了部分内容，未改写 bench/results.json）");
    return;
  }
  const results = { measuredAt: new Date().toISOString(), machine: m, repetitions: opts.repetitions, stages, growth, command, office, bundle };
  fs.writeFileSync(path.join(ROOT, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  log("已写出 bench/results.json");
}

main().catch((error: unknown) => {
  process.stderr.write(`基准测试失败：${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
