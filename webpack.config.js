/* Builds the task pane into dist/. office.js is loaded from Microsoft's CDN by taskpane.html, never bundled. */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (_env, argv) => ({
  mode: argv.mode ?? "production",
  devtool: argv.mode === "development" ? "eval-source-map" : "source-map",
  entry: { taskpane: "./src/taskpane/index.tsx" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { configFile: "tsconfig.json", onlyCompileBundledFiles: true, compilerOptions: { noEmit: false, module: "esnext", sourceMap: true } } },
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ template: "./src/taskpane/taskpane.html", filename: "taskpane.html", chunks: ["taskpane"] })],
  performance: { hints: false },
});
