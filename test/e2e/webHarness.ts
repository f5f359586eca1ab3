/**
 * What the browser tests need: the web page as `npm run build:web` builds it (dist/web when that build is fresh,
 * else a quick build of the same config, quickBuild.js), the same static server `npm run web` uses, and Debian's
 * Chromium driven by playwright-core. Where Chromium is missing the tests are skipped, unless
 * JUNHENG_REQUIRE_BROWSER is set (CI sets it, so a missing browser fails there instead of passing quietly).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.JUNHENG_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  return false;
}

/** What `npm run build:web` is made from: a build newer than all of these is the build of this tree. */
const WEB_BUILD_INPUTS = ["src", "webpack.web.config.js", "webpack.csp.js", "webpack.minify.js", "webpack.icons.js", "tsconfig.json", "package-lock.json"];

function newestChange(file: string): number {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((newest, name) => Math.max(newest, newestChange(path.join(file, name))), stat.mtimeMs);
}

export interface WebPageSite {
  readonly dir: string;
  dispose(): void;
}

/**
 * A build in dist/ that `npm run build` made of this very tree (newer than every input it is made from), or null.
 * CI runs `npm run build` before `npm test`, so the browser tests usually test that build instead of making their
 * own; JUNHENG_FRESH_WEB_BUILD set forces a fresh build.
 */
export function freshBuild(builtFile: string, inputs: readonly string[]): string | null {
  const built = path.join(ROOT, builtFile);
  if (process.env.JUNHENG_FRESH_WEB_BUILD || !existsSync(built)) return null;
  const time = statSync(built).mtimeMs;
  return inputs.every((input) => newestChange(path.join(ROOT, input)) < time) ? path.dirname(built) : null;
}

/** The web page to test: dist/web when fresh (freshBuild), else a quick build (quickBuild.js) in a temporary folder. */
export async function webPageSite(): Promise<WebPageSite> {
  const built = freshBuild("dist/web/index.html", WEB_BUILD_INPUTS);
  if (built) return { dir: built, dispose: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), "junheng-web-"));
  await quickBuild({ web: dir });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What quickBuild.js builds in one webpack run: the web page and the WPS add-in into folders, the fake ET into a file. */
export type QuickBuildJobs = Partial<Record<"web" | "wps" | "fake", string>>;

/**
 * Runs test/e2e/quickBuild.js in a Node process of its own (the file says why); rejects with webpack's errors, and
 * stops the build if it has not finished within `timeoutMs` (it would otherwise outlive a test that gave up on it).
 */
export async function quickBuild(jobs: QuickBuildJobs, timeoutMs = 300_000): Promise<void> {
  const args = Object.entries(jobs).map(([job, place]) => `${job}=${place}`);
  const child = spawn(process.execPath, [path.join(__dirname, "quickBuild.js"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], timeout: timeoutMs });
  let errors = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once("error", (error) => reject(new Error(`quick build (${args.join(" ")}) did not start: ${error.message}`)));
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
  if (ended.code !== 0) throw new Error(`quick build (${args.join(" ")}) failed (${ended.signal ?? `exit ${ended.code}`}): ${errors}`);
}

export interface RunningServer {
  readonly url: string;
  close(): void;
}

/** `node scripts/serve-web.mjs` on a free port, serving `root`. */
export async function serveWebPage(root: string): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts/serve-web.mjs")], {
    env: { ...process.env, PORT: "0", JUNHENG_WEB_ROOT: root },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /http:\/\/\S+?\//.exec(out);
      if (match) resolve(match[0]);
    });
    child.once("exit", (code) => reject(new Error(`serve-web.mjs exited (${code}): ${out}`)));
  });
  return { url, close: () => child.kill() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // As root in a container Chromium needs --no-sandbox; the rest keeps it from calling Google's services.
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"],
  });
}
