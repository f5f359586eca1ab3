/*
 * Builds the preview page into dist-preview/: the task pane over the embedded sample register, with an in-memory
 * workbook instead of Excel (no office.js), checked on open. Used for the README screenshot
 * (scripts/screenshot-taskpane.mjs) and for showing the pane without Excel:
 *   npx webpack --config webpack.preview.config.js && open dist-preview/index.html
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { fluentIconsAtomic } = require("./webpack.icons.js");

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>均衡 — 任务窗格预览（示例数据）</title>
    <style>html, body { margin: 0; }</style>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

module.exports = (env, argv = {}) => ({
  mode: argv.mode ?? "production",
  devtool: false,
  entry: { preview: "./src/taskpane/preview/main.tsx" },
  output: { path: path.resolve(__dirname, "dist-preview"), filename: "[name].[contenthash:8].js", publicPath: "", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      fluentIconsAtomic,
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, compilerOptions: { noEmit: false, module: "esnext", sourceMap: false } },
        },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ templateContent: PAGE, filename: "index.html", inject: "body" })],
  performance: { hints: false },
});
