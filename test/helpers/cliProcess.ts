/**
 * Runs `junheng` in a process of its own, as a user does, and reports its exit status, output, wall time and peak
 * memory (maxRSS): what the hostile-input tests bound. The sources are transpiled on load (transpile.js).
 */
import { spawn } from "node:child_process";
import * as path from "node:path";

export interface ProcessRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly maxRssBytes: number;
}

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = `
require(${JSON.stringify(path.join(ROOT, "test/helpers/transpile.js"))});
const { main } = require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))});
main(process.argv.slice(1)).then((code) => {
  process.stderr.write("\\n@@maxrss " + process.resourceUsage().maxRSS * 1024 + "\\n");
  process.exitCode = code;
});`;

/** `timeoutMs` kills the process (the run then reports code null). */
export function runCliProcess(args: readonly string[], timeoutMs: number): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ["-e", SCRIPT, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      // Chinese output whatever the machine's locale: an English LANG would switch `check` to English.
      env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const rss = /\n@@maxrss (\d+)\n/.exec(stderr);
      resolve({ code, stdout, stderr: stderr.replace(/\n@@maxrss \d+\n/, ""), ms: Date.now() - started, maxRssBytes: rss ? Number(rss[1]) : Number.NaN });
    });
  });
}

/**
 * Runs several `junheng` commands one after another in one process (starting a process transpiles the sources,
 * several seconds each), each as `main` with its own output and its own time. Each command is still bounded on its
 * own: the process is killed when one runs past `timeoutMs`, and the commands after it run in a new process; a
 * command that crashes the process (out of memory) is reported with the process's status, and the rest go on in
 * a new one too. `maxRssBytes` is the process's peak up to the end of that command — at least the command's own.
 */
const BATCH_SCRIPT = `
require(${JSON.stringify(path.join(ROOT, "test/helpers/transpile.js"))});
const { main } = require(${JSON.stringify(path.join(ROOT, "src/cli/main.ts"))});
const report = (line) => process.stderr.write("\\n@@" + JSON.stringify(line) + "\\n");
(async () => {
  for (const args of JSON.parse(process.argv[1])) {
    if (global.gc) global.gc();
    let stdout = "";
    let stderr = "";
    const io = { stdout: (t) => (stdout += t + "\\n"), stderr: (t) => (stderr += t + "\\n") };
    report({ start: true });
    const started = Date.now();
    const code = await main(args, io);
    report({ code, stdout, stderr, ms: Date.now() - started, maxRssBytes: process.resourceUsage().maxRSS * 1024 });
  }
})();`;

export async function runCliBatch(commands: readonly (readonly string[])[], timeoutMs: number): Promise<ProcessRun[]> {
  const runs: ProcessRun[] = [];
  while (runs.length < commands.length) {
    const rest = commands.slice(runs.length);
    const done = await new Promise<ProcessRun[]>((resolve, reject) => {
      const child = spawn(process.execPath, ["--expose-gc", "-e", BATCH_SCRIPT, JSON.stringify(rest)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
      const finished: ProcessRun[] = [];
      let buffer = "";
      let loose = "";
      let started = 0;
      let timer: NodeJS.Timeout | undefined;
      child.stdout.resume();
      child.stderr.on("data", (d) => {
        buffer += d;
        let at: number;
        while ((at = buffer.indexOf("\n@@")) >= 0) {
          const end = buffer.indexOf("\n", at + 3);
          if (end < 0) break;
          loose += buffer.slice(0, at);
          const line = JSON.parse(buffer.slice(at + 3, end)) as ProcessRun & { start?: boolean };
          buffer = buffer.slice(end + 1);
          clearTimeout(timer);
          if (line.start) {
            started = Date.now();
            timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
          } else {
            finished.push({ code: line.code, stdout: line.stdout, stderr: line.stderr + loose, ms: line.ms, maxRssBytes: line.maxRssBytes });
            loose = "";
          }
        }
      });
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        // The command running when the process ended (killed, or crashed) is reported with the process's status.
        if (finished.length < rest.length) finished.push({ code, stdout: "", stderr: loose + buffer, ms: Date.now() - started, maxRssBytes: Number.NaN });
        resolve(finished);
      });
    });
    runs.push(...done);
  }
  return runs;
}
