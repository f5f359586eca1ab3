/**
 * Every page build takes Fluent's icons one by one (webpack.icons.js says why): without the loader a build still
 * works and its bundles are as small, only parsing sixty files of icons for nothing, so nothing else would notice.
 */
import * as path from "node:path";
import type { Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { fluentIconsAtomic } = require(path.join(ROOT, "webpack.icons.js")) as { fluentIconsAtomic: object };

describe.each(["webpack.config.js", "webpack.web.config.js", "webpack.wps.config.js", "webpack.preview.config.js"])("%s", (file) => {
  it.each(["production", "development"])("runs Fluent's icon loader on every script first (%s)", (mode) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = (require(path.join(ROOT, file)) as (env: object, argv: { mode: string }) => Configuration)({}, { mode });
    expect(config.module?.rules).toContain(fluentIconsAtomic);
    expect(fluentIconsAtomic).toMatchObject({ enforce: "pre", test: expect.any(RegExp) });
    for (const script of ["src/taskpane/App.tsx", "node_modules/@fluentui/react-button/lib/index.js", "x.mjs", "y.cjs"]) {
      expect([script, (fluentIconsAtomic as { test: RegExp }).test.test(script)]).toEqual([script, true]);
    }
  });
});
