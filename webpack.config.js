/*
 * Builds the Excel add-in into dist/: taskpane.html + commands.html, hashed bundles, assets/.
 *   npm run build:addin                          office.js from Microsoft's CDN (default)
 *   npm run build:addin -- --env localOfficeJs   office.js copied into dist/office-js/ (intranets without the CDN)
 *   npm run dev-server                           https://localhost:3000 with the office-addin-dev-certs certificates
 * The build itself needs no network and no certificates (CI).
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { minimizer } = require("./webpack.minify.js");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { OFFICE_JS_ORIGIN, addinContentSecurityPolicy } = require("./webpack.csp.js");
const { fluentIconsAtomic } = require("./webpack.icons.js");

const CDN_OFFICE_JS = `${OFFICE_JS_ORIGIN}/lib/1/hosted/office.js`;
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

// Run before the host check, so they must parse in IE11: compiled to ES5, and kept free of npm imports.
const ES5_FILES = ["bootstrap.ts", "hostCheck.ts", "commands.ts"].map((f) => path.resolve(__dirname, "src/taskpane", f));

function tsLoader(instance, compilerOptions, transpileOnly) {
  return {
    loader: "ts-loader",
    options: {
      instance,
      configFile: "tsconfig.json",
      onlyCompileBundledFiles: true,
      // The ES5 files are type-checked by `npm run typecheck`; checking them here with target ES5 would also
      // check everything they import (the whole pane) against ES5 rules.
      transpileOnly,
      compilerOptions: { noEmit: false, module: "esnext", sourceMap: true, ...compilerOptions },
    },
  };
}

/** Certificates that `npx --yes office-addin-dev-certs@3 install` puts in ~/.office-addin-dev-certs. */
function devCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
    console.error(
      `未找到 Office 加载项开发证书（${dir}）。\n` +
        "请先运行 npx office-addin-dev-certs install（或 npm run dev-certs）安装并信任 localhost 证书，然后重新运行 npm run dev-server。",
    );
    process.exit(1);
  }
  return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
}

module.exports = (env = {}, argv = {}) => {
  const localOfficeJs = Boolean(env.localOfficeJs);
  const officeJs = localOfficeJs ? "office-js/office.js" : CDN_OFFICE_JS;
  const csp = addinContentSecurityPolicy({ cdnOfficeJs: !localOfficeJs });
  const page = (name, chunk) =>
    new HtmlWebpackPlugin({ template: `./src/taskpane/${name}`, filename: name, chunks: [chunk], templateParameters: { officeJs, csp } });

  return {
    mode: argv.mode ?? "production",
    // Never an eval-based devtool, not even for the dev server: the pages' CSP forbids eval, and dev should run
    // under the same policy as production.
    devtool: "source-map",
    // webpack's own runtime must parse in IE11 too; module code keeps whatever ts-loader emitted.
    target: ["web", "es5"],
    entry: {
      // bootstrap checks the host, then import()s ./index (the React pane) as a separate chunk.
      taskpane: "./src/taskpane/bootstrap.ts",
      commands: "./src/taskpane/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks load relative to the page (all files sit beside taskpane.html), on any host or sub-path;
      // this also avoids webpack's document.currentScript detection, which IE11 lacks.
      publicPath: "",
      // Keep dist/web/ (npm run build:web) when the add-in is rebuilt.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        fluentIconsAtomic,
        { test: /\.ts$/, include: ES5_FILES, use: tsLoader("es5", { target: "ES5" }, true) },
        { test: /\.tsx?$/, exclude: [/node_modules/, ...ES5_FILES], use: tsLoader("modern", {}, false) },
      ],
    },
    optimization: {
      minimizer: [minimizer()],
      // The initial task-pane script is only bootstrap + hostCheck; React, Fluent UI and the rest of
      // node_modules go to one long-cached "vendor" chunk loaded after the check passes.
      // "async" keeps the entry chunks (and the dev server's client code) out of the vendor chunk.
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", priority: 10, reuseExistingChunk: true },
          // The Word writer is loaded only when a report is downloaded; keep it out of the vendor chunk.
          docx: { test: /[\\/]node_modules[\\/](docx|fflate|nanoid)[\\/]/, name: "docx", priority: 20, reuseExistingChunk: true },
          // exceljs reads workbooks chosen as 上年数据 (or for the archive) only; keep it out of the vendor chunk too.
          // Not named "exceljs": that name is the adapter's import() chunk, and a clash sends the library to vendor.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs-lib", priority: 20, reuseExistingChunk: true },
        },
      },
    },
    plugins: [
      page("taskpane.html", "taskpane"),
      page("commands.html", "commands"),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // SupportUrl and LearnMoreUrl in manifest.xml: a static page, no script.
          { from: "src/taskpane/help.html", to: "help.html" },
          ...(localOfficeJs
            ? [
                {
                  from: OFFICE_JS_DIST,
                  to: "office-js",
                  info: { minimized: true }, // already minified by Microsoft: Terser must leave them byte-for-byte
                  // Only what an Excel add-in can load: no debug builds, typings, or other hosts' scripts.
                  globOptions: {
                    ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts", "**/outlook_strings.js"].concat(
                      ["access", "onenote", "outlook", "powerpoint", "project", "word"].map((h) => `**/${h}*.js`),
                    ),
                  },
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      port: 3000,
      static: false, // everything, assets included, is served from the in-memory build
      headers: { "Access-Control-Allow-Origin": "*" },
      // Read only for `webpack serve`, so builds never look for certificates.
      server: env.WEBPACK_SERVE ? { type: "https", options: devCerts() } : "https",
    },
    performance: { hints: false },
  };
};
