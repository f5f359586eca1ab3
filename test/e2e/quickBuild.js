/**
 * The browser tests' quick build of the pages, run as a Node process of its own:
 *   node test/e2e/quickBuild.js web=<folder> wps=<folder> fake=<file.js>   (any of them, one webpack run)
 * web and wps are `npm run build:web` and `npm run build:wps` made quick (quickConfig), each into its folder; fake is
 * the recording fake ET that the WPS test injects into Chromium (wpsFakeEt.ts), as one script.
 *
 * Why a process: webpack's loaders run where webpack runs, and Fluent's icon loader (webpack.icons.js) parses with
 * oxc-parser, an ES module that Node's require loads but Jest's module registry cannot. Outside Jest, webpack's
 * own modules also load once, by Node, instead of through the test's registry.
 */
"use strict";
const path = require("node:path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");

/** swc-loader's options for TypeScript (`tsx` only for .tsx: `<T>value` casts in a .ts file would not parse as TSX). */
const swcFor = (tsx) => ({
  loader: "swc-loader",
  // development: false: swc-loader would emit jsxDEV in development mode, which production React has not.
  options: { jsc: { target: "es2022", parser: { syntax: "typescript", tsx }, transform: { react: { runtime: "automatic", development: false } } } },
});

/** ts-loader replaced by swc-loader in a build config's rules. */
function transpiledBySwc(config) {
  for (const rule of config.module?.rules ?? []) {
    if (!rule || typeof rule !== "object") continue;
    const use = rule.use;
    if (use && typeof use === "object" && !Array.isArray(use) && use.loader === "ts-loader") {
      delete rule.use;
      rule.oneOf = [{ test: /\.tsx$/, use: swcFor(true) }, { use: swcFor(false) }];
    }
  }
}

/**
 * A page's build config made quick for the tests: the same entries, pages, CSP, loaders, chunks and sources, with
 * three changes that cost a browser test nothing it checks. TypeScript is transpiled by swc, as Jest's is, instead
 * of ts-loader (`npm run typecheck` checks the types once for the project; TypeScript's transpiling took a third of
 * the build's CPU time). Development mode skips minifying and whole-bundle optimisation. `process.env.NODE_ENV`
 * stays "production", so React and Fluent run their production code, as users get it. CI builds dist/ for real
 * first, and the browser tests test that (webHarness.ts, freshBuild).
 */
function quickConfig(configFile, outDir) {
  const config = require(path.join(ROOT, configFile))({}, { mode: "development" });
  transpiledBySwc(config);
  config.optimization = { ...config.optimization, nodeEnv: "production" };
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  return config;
}

/** The fake ET as one script, bundled with the WPS add-in's resolution and loaders (taken from its quick config). */
function fakeEtConfig(file) {
  const addin = quickConfig("webpack.wps.config.js", path.dirname(file));
  return {
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: "./test/e2e/wpsFakeEt.ts",
    output: { path: path.dirname(file), filename: path.basename(file) },
    resolve: addin.resolve,
    module: addin.module,
    performance: { hints: false },
  };
}

const JOBS = {
  web: (outDir) => quickConfig("webpack.web.config.js", outDir),
  wps: (outDir) => quickConfig("webpack.wps.config.js", outDir),
  fake: fakeEtConfig,
};

const USAGE = "usage: node test/e2e/quickBuild.js [web=<folder>] [wps=<folder>] [fake=<file.js>]";

function main(args) {
  const jobs = args.map((arg) => {
    const [job, place] = arg.split(/=(.*)/s);
    return { arg, job, place };
  });
  const wrong = jobs.find(({ job, place }) => !Object.hasOwn(JOBS, job) || !place);
  if (jobs.length === 0 || wrong) {
    process.stderr.write(`${wrong ? `quickBuild: not a job: ${wrong.arg}\n` : ""}${USAGE}\n`);
    process.exitCode = 1;
    return;
  }
  const configs = jobs.map(({ job, place }) => JOBS[job](path.resolve(place)));
  webpack(configs, (error, stats) => {
    if (error || !stats || stats.hasErrors()) {
      process.stderr.write(`${error?.stack ?? stats?.toString("errors-only") ?? "webpack failed"}\n`);
      process.exitCode = 1;
    }
  });
}

main(process.argv.slice(2));
