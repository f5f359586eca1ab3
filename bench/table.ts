/** The bench's figures as Markdown tables (docs/performance.md is pasted from this output). */
import type { BundleResult } from "./bundle";
import { COMMAND_PHASES, type CommandPhase, type Timed } from "./command";
import type { OfficeResult, SyncFigures } from "./office";
import type { StagesResult } from "./results";
import type { StageId } from "./stages";

export interface Growth {
  readonly from: number;
  readonly to: number;
  readonly exponents: Record<StageId, number>;
  readonly cpuExponents: Record<StageId, number>;
}

const MB = 1024 * 1024;

const ms = (value: number) => `${Math.round(value).toLocaleString("en-US")} ms`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0)} MB`;
const kb = (bytes: number) => (bytes >= MB ? mb(bytes) : `${(bytes / 1024).toFixed(1)} KB`);
const count = (n: number) => n.toLocaleString("en-US");

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

function head(cells: readonly string[]): string[] {
  return [row(cells), row(cells.map(() => "---"))];
}

export function stagesTable(results: readonly StagesResult[], growth: Growth | null): string[] {
  const stage = (r: StagesResult, id: keyof StagesResult["stages"]) => {
    const f = r.stages[id];
    return `${ms(f.ms)}（CPU ${ms(f.cpuMs)}）· ${mb(f.peakBytes)}`;
  };
  const lines = [
    ...head(["学校数", ".xlsx 大小", "(a) 读取", "(b) 识别 + 审核 + 评估", "(b) 同一进程再审一次", "(c) 写出结果工作簿", "(b)/(a)", "进程峰值 RSS"]),
    ...results.map((r) =>
      row([
        count(r.schools),
        kb(r.xlsxBytes),
        stage(r, "read"),
        stage(r, "check"),
        stage(r, "checkAgain"),
        stage(r, "write"),
        (r.stages.check.ms / r.stages.read.ms).toFixed(2),
        mb(r.maxRssBytes),
      ]),
    ),
  ];
  if (growth) {
    const exponent = (id: StageId) => `${growth.exponents[id].toFixed(2)}（CPU ${growth.cpuExponents[id].toFixed(2)}）`;
    lines.push(row([`增长指数 ${count(growth.from)}→${count(growth.to)}`, "", exponent("read"), exponent("check"), "", exponent("write"), "", ""]));
  }
  return lines;
}

function syncCell(f: SyncFigures, payload: "request" | "response"): string {
  if (f.failure) return `${count(f.syncs)} 次，失败（${f.failure}）`;
  const max = payload === "request" ? f.maxRequestBytes : f.maxResponseBytes;
  return `${count(f.syncs)} 次 · 单次最大${payload === "request" ? "请求" : "响应"} ${kb(max)}`;
}

function naiveCell(f: SyncFigures): string {
  const failed = f.failure ? `，失败（${f.failure}）` : "";
  return `${count(f.syncs)} 次 · 平均请求 ${kb(f.meanRequestBytes)} / 响应 ${kb(f.meanResponseBytes)}${failed}`;
}

export function officeTable(results: readonly OfficeResult[]): string[] {
  return [
    ...head(["学校数", "读取：同步", "写入：同步", "读取最大请求", "写入最大响应", "逐行同步的读取", "逐行同步的写入"]),
    ...results.map((r) =>
      row([
        count(r.schools),
        syncCell(r.read, "response"),
        syncCell(r.write, "request"),
        kb(r.read.maxRequestBytes),
        kb(r.write.maxResponseBytes),
        naiveCell(r.naiveRead),
        naiveCell(r.naiveWrite),
      ]),
    ),
  ];
}

export function bundleTable(bundle: BundleResult): string[] {
  return [
    ...head(["任务窗格脚本", "原始", "gzip"]),
    row([`首屏合计（${bundle.firstRender.files.join(" + ")}）`, kb(bundle.firstRender.rawBytes), kb(bundle.firstRender.gzipBytes)]),
    ...bundle.entry.map((s) => row([`其中入口 ${s.file}`, kb(s.rawBytes), kb(s.gzipBytes)])),
    ...bundle.lazy.map((s) => row([`按需加载 ${s.file}`, kb(s.rawBytes), kb(s.gzipBytes)])),
  ];
}

export interface CommandResult {
  readonly schools: number;
  readonly xlsxBytes: number;
  readonly outputBytes: number;
  readonly exceljsRead: Timed & { readonly maxRssBytes: number };
  /** The command (main) in a process of its own: its wall time and the process's peak RSS. */
  readonly whole: Timed & { readonly code: number; readonly maxRssBytes: number };
  /** null: not measured at this size (the Word report above DOCX_MAX_SCHOOLS). */
  readonly phases: Record<CommandPhase, Timed | null>;
}

const PHASE_LABEL: Record<CommandPhase, string> = { read: "读取", engine: "审核 + 评估", xlsx: "写出审核副本", json: "写出 JSON", docx: "写出 Word 报告", files: "落盘 + 摘要" };

/** The whole command against a plain exceljs read, and where its time goes, so every phase's growth shows. */
export function commandTable(results: readonly CommandResult[]): string[] {
  const timedCell = (t: Timed | null) => (t ? `${ms(t.ms)}（CPU ${ms(t.cpuMs)}）` : "未测");
  return [
    ...head(["学校数", ".xlsx 大小", "exceljs 只读取", "junheng check --json 全程", "全程 / 读取", "全程峰值 RSS", ...COMMAND_PHASES.map((p) => PHASE_LABEL[p]), "审核副本大小"]),
    ...results.map((r) =>
      row([
        count(r.schools),
        kb(r.xlsxBytes),
        timedCell(r.exceljsRead),
        timedCell(r.whole),
        `${(r.whole.ms / r.exceljsRead.ms).toFixed(2)}（CPU ${(r.whole.cpuMs / r.exceljsRead.cpuMs).toFixed(2)}）`,
        mb(r.whole.maxRssBytes),
        ...COMMAND_PHASES.map((p) => timedCell(r.phases[p])),
        kb(r.outputBytes),
      ]),
    ),
  ];
}
