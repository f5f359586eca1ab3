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
