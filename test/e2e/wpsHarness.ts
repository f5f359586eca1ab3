/**
 * Builds what the WPS tests need in one webpack run: the WPS add-in (webpack.wps.config.js, development mode for
 * speed — no eval devtool, so the pages' CSP holds) and the fake ET bundle the Chromium test injects.
 */
import * as path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

export const FAKE_ET_SCRIPT = "fake-et.js";

export async function buildWpsAddin(outDir: string, fakeDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.wps.config.js")) as (env: unknown, argv: { mode: string }) => Configuration;
  const addin = { ...makeConfig({}, { mode: "development" }), context: ROOT };
  addin.output = { ...addin.output, path: outDir };
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
    webpack([addin, fake], (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve();
    }),
  );
}
