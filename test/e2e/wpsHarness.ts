/**
 * What the WPS tests need: the WPS add-in (dist/wps when `npm run build` made it of this tree, else a test build of
 * its config, testBuild, in a temporary folder) and the fake ET bundle the Chromium test injects, built here in one webpack run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import webpack, { type Configuration } from "webpack";
import { freshBuild, testBuild } from "./webHarness";

const ROOT = path.resolve(__dirname, "../..");

export const FAKE_ET_SCRIPT = "fake-et.js";

/** What `npm run build:wps` is made from (it reuses the web page's config, so those inputs count too). */
const WPS_BUILD_INPUTS = ["src", "webpack.wps.config.js", "webpack.web.config.js", "webpack.csp.js", "webpack.minify.js", "tsconfig.json", "package.json", "package-lock.json"];

export interface WpsSite {
  /** The add-in's pages (index.html, ribbon.xml, …). */
  readonly site: string;
  /** The folder holding FAKE_ET_SCRIPT. */
  readonly fakeDir: string;
  dispose(): void;
}

export async function wpsSite(): Promise<WpsSite> {
  const temporary: string[] = [];
  const folder = (prefix: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    temporary.push(dir);
    return dir;
  };
  const fakeDir = folder("junheng-wps-fake-");
  const built = freshBuild("dist/wps/index.html", WPS_BUILD_INPUTS);
  const site = built ?? folder("junheng-wps-");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.wps.config.js")) as (env: unknown, argv: { mode: string }) => Configuration;
  const addin = testBuild(makeConfig({}, { mode: "development" }));
  addin.output = { ...addin.output, path: site };
  const fake: Configuration = {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: "./test/e2e/wpsFakeEt.ts",
    output: { path: fakeDir, filename: FAKE_ET_SCRIPT },
    resolve: addin.resolve,
    module: addin.module,
    performance: { hints: false },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(built ? [fake] : [addin, fake], (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve();
    }),
  );
  return { site, fakeDir, dispose: () => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })) };
}
