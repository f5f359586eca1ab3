/**
 * What the browser tests need: the web page as `npm run build:web` builds it (dist/web when that build is fresh,
 * else a quick build of the same config, testBuild), the same static server `npm run web` uses, and Debian's
 * Chromium driven by playwright-core. Where Chromium is missing the tests are skipped, unless
 * JUNHENG_REQUIRE_BROWSER is set (CI sets it, so a missing browser fails there instead of passing quietly).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import webpack, { type Configuration } from "webpack";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.JUNHENG_REQUIRE_BROWSER) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
  return false;
}

/** What `npm run build:web` is made from: a build newer than all of these is the build of this tree. */
const WEB_BUILD_INPUTS = ["src", "webpack.web.config.js", "webpack.csp.js", "webpack.minify.js", "tsconfig.json", "package-lock.json"];

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

/** The web page to test: dist/web when fresh (freshBuild), else a test build (testBuild) in a temporary folder. */
export async function webPageSite(): Promise<WebPageSite> {
  const built = freshBuild("dist/web/index.html", WEB_BUILD_INPUTS);
  if (built) return { dir: built, dispose: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), "junheng-web-"));
  await buildWebPage(dir);
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function buildWebPage(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.web.config.js")) as (env: unknown, argv: { mode: string }) => Configuration;
  const config = testBuild(makeConfig({}, { mode: "development" }));
  config.output = { ...config.output, path: outDir };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve();
    }),
  );
}

/** swc-loader's options for TypeScript (`tsx` only for .tsx: `<T>value` casts in a .ts file would not parse as TSX). */
const swcFor = (tsx: boolean) => ({
  loader: "swc-loader",
  // development: false: swc-loader would emit jsxDEV in development mode, which production React has not.
  options: { jsc: { target: "es2022", parser: { syntax: "typescript", tsx }, transform: { react: { runtime: "automatic", development: false } } } },
});

/**
 * A build config (made in development mode) turned into the tests' quick build of it: the same entries, pages,
 * CSP, chunks and sources, with three changes that cost a browser test nothing it checks. TypeScript is transpiled
 * by swc, as Jest's is, instead of ts-loader (`npm run typecheck` checks the types once for the project; TypeScript's
 * transpiling took a third of the build's CPU time). Development mode skips minifying and whole-bundle optimisation
 * (13 instead of 18 CPU-seconds for the web page). `process.env.NODE_ENV` stays "production", so React and Fluent
 * run their production code, as users get it. CI builds dist/ for real first, and the browser tests test that.
 */
export function testBuild(config: Configuration): Configuration {
  transpiledBySwc(config);
  config.optimization = { ...config.optimization, nodeEnv: "production" };
  config.context = ROOT;
  return config;
}

/** ts-loader replaced by swc-loader in a build config's rules. */
function transpiledBySwc(config: Configuration): void {
  for (const rule of config.module?.rules ?? []) {
    if (!rule || typeof rule !== "object") continue;
    const use = rule.use;
    if (use && typeof use === "object" && !Array.isArray(use) && use.loader === "ts-loader") {
      delete rule.use;
      rule.oneOf = [{ test: /\.tsx$/, use: swcFor(true) }, { use: swcFor(false) }];
    }
  }
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
