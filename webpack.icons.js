/*
 * Fluent's components import their icons from @fluentui/react-icons' barrel, which re-exports every icon from some
 * sixty chunk files (16 MB). webpack has to parse all of them to find the few names used, and then drops nearly all
 * of them (a sixth of the web page's production build, a quarter of the browser tests' quick build). Fluent's own
 * loader rewrites each such import to the icon's own module (@fluentui/react-icons/svg/<name>), the same component,
 * so only the icons drawn are parsed and bundled.
 */
const fluentIconsAtomic = {
  test: /\.[mc]?[jt]sx?$/,
  enforce: "pre",
  use: ["@fluentui/react-icons-atomic-webpack-loader"],
};

module.exports = { fluentIconsAtomic };
