/**
 * Every page build takes Fluent's icons one by one (webpack.icons.js says why): without the loader a build still
 * works and its bundles are as small, only parsing sixty files of icons for nothing, so nothing else would notice.
 */
import * as path from "node:path";
import type { Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fluentIconsAtomic } = require(path.join(ROOT, "webpack.icons.js")) as { fluentIconsAtomic: { enforce: string; test: RegExp } };

it("Fluent's icon loader runs first, on every script: TypeScript, JavaScript and ES or CommonJS modules", () => {
  expect(fluentIconsAtomic.enforce).toBe("pre");
  for (const script of ["src/taskpane/App.tsx", "src/domain/check.ts", "node_modules/@fluentui/react-button/lib/index.js", "x.mjs", "y.cjs"]) {
    expect([script, fluentIconsAtomic.test.test(script)]).toEqual([script, true]);
  }
});

describe.each(["webpack.config.js", "webpack.web.config.js", "webpack.wps.config.js", "webpack.preview.config.js"])("%s", (file) => {
  it.each(["production", "development"])("has Fluent's icon loader among its rules (%s)", (mode) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = (require(path.join(ROOT, file)) as (env: object, argv: { mode: string }) => Configuration)({}, { mode });
    expect(config.module?.rules).toContain(fluentIconsAtomic);
  });
});
