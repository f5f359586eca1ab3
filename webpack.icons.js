/*
 * Fluent's components import their icons from @fluentui/react-icons' barrel, which re-exports every icon from some
 * fifty chunk files (16 MB). webpack has to parse all of them to find the few names used, and then drops nearly all
 * of them: that was most of a build's time. Fluent's own loader rewrites each such import to the icon's own module
 * (@fluentui/react-icons/svg/<name>), the same component, so only the icons drawn are parsed and bundled.
 */
const fluentIconsAtomic = {
  test: /\.[mc]?[jt]sx?$/,
  enforce: "pre",
  use: ["@fluentui/react-icons-atomic-webpack-loader"],
};

module.exports = { fluentIconsAtomic };
