/*
 * Builds the web page into dist/web/: the task pane's React UI over a file the user picks, checked in the browser by
 * exceljs, with no network (no CDN, no office.js). All paths are relative, so the folder works from a share or a
 * plain directory as well as from `npm run web` (http://localhost:3000).
 *   npm run build:web && open dist/web/index.html
 */
const path = require("node:path");
const { minimizer } = require("./webpack.minify.js");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { webPageContentSecurityPolicy } = require("./webpack.csp.js");
const { fluentIconsAtomic } = require("./webpack.icons.js");

module.exports = (env, argv = {}) => ({
  mode: argv.mode ?? "production",
  devtool: false,
  entry: { web: "./src/web/index.tsx" },
  output: {
    path: path.resolve(__dirname, "dist/web"),
    filename: "[name].[contenthash:8].js",
    chunkFilename: "[name].[contenthash:8].js",
    publicPath: "",
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    // exceljs's Node entry needs Node built-ins (stream, fs, zlib …); its prebuilt browser bundle does not.
    // webpack picks it from the "browser" field already; the alias makes that explicit for this build only.
    alias: { exceljs$: require.resolve("exceljs/dist/exceljs.min.js") },
  },
  module: {
    // exceljs's browser bundle is already one self-contained script (browserify UMD): parsing its 1 MB for imports
    // finds none and took 4 of the build's 19 CPU-seconds.
    noParse: /exceljs\.min\.js$/,
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
  plugins: [new HtmlWebpackPlugin({ template: "./src/web/index.html", filename: "index.html", inject: "body", templateParameters: { csp: webPageContentSecurityPolicy() } })],
  optimization: { minimizer: [minimizer()] },
  performance: { hints: false },
});
