/*
 * Builds the WPS 表格 add-in into dist/wps/: ribbon.xml (a 均衡 tab whose button opens the task pane), index.html (the
 * page WPS loads first; its script defines the ribbon callbacks), taskpane.html (the React pane over the WPS
 * adapter), scripts, icons, and deploy/ with the publish.xml (offline, per user) and jsplugins.xml (local server)
 * templates an administrator fills in. All paths are relative: the folder works from jsaddons or any HTTP(S) server.
 *   npm run build:wps
 */
const path = require("node:path");
const { minimizer } = require("./webpack.minify.js");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { webPageContentSecurityPolicy } = require("./webpack.csp.js");
const makeWebPageConfig = require("./webpack.web.config.js");
const { version } = require("./package.json");

const STATIC = "src/taskpane/wps/static";
/** The folder name WPS expects for an offline add-in: <name>_<version>. */
const OFFLINE_FOLDER = `junheng_${version}`;

function page(filename, chunk, scriptLoading) {
  const templateParameters = { csp: webPageContentSecurityPolicy() };
  return new HtmlWebpackPlugin({ template: `./src/taskpane/wps/${filename}`, filename, chunks: [chunk], scriptLoading, templateParameters });
}

function fillIn(content) {
  return content.toString().replace(/\{\{version\}\}/g, version).replace(/\{\{folder\}\}/g, OFFLINE_FOLDER);
}

module.exports = (env, argv = {}) => {
  const webPage = makeWebPageConfig(env, argv);
  return {
    mode: argv.mode ?? "production",
    devtool: false,
    // WPS 12.1 embeds Chromium 103 or so (community reports): nothing newer than ES2022 reaches it.
    target: ["web", "es2022"],
    entry: { ribbon: "./src/taskpane/wps/ribbon.ts", pane: "./src/taskpane/wps/main.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/wps"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "",
      clean: true,
    },
    // The web page's TypeScript rule and exceljs alias (its browser bundle, for 上年数据), same sources.
    resolve: webPage.resolve,
    module: webPage.module,
    plugins: [
      // The entry page's script blocks, as in WPS's own templates: the ribbon callbacks exist before WPS reads ribbon.xml.
      page("index.html", "ribbon", "blocking"),
      page("taskpane.html", "pane", "defer"),
      new CopyWebpackPlugin({
        patterns: [
          { from: `${STATIC}/ribbon.xml`, to: "ribbon.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: `${STATIC}/publish.xml`, to: "deploy/publish.xml", transform: fillIn },
          { from: `${STATIC}/jsplugins.xml`, to: "deploy/jsplugins.xml", transform: fillIn },
        ],
      }),
    ],
    optimization: { minimizer: [minimizer()] },
    performance: { hints: false },
  };
};
