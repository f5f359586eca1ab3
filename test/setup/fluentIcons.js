/**
 * @fluentui/react-icons for Jest, loaded icon by icon. The package's CommonJS entry defines all of its thousands of
 * icons when it is required, and Fluent's components require it, so every pane test file spent about three seconds
 * loading icons it never draws (Jest gives each test file its own modules). This stands in for the entry only: the
 * package's own utilities, and each icon taken from the package's own per-icon module (`svg/<name>`) the first time
 * it is asked for, so the components render exactly the icons they render in the add-in. A name that has no such
 * module falls back to the whole entry.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ATOMS = path.dirname(require.resolve("@fluentui/react-icons/svg/access-time"));
const LIB = path.resolve(ATOMS, "..", "..");
const fromLib = (file) => require(path.join(LIB, file));

const loaded = {
  __esModule: true,
  ...fromLib("utils/constants.cjs"),
  ...fromLib("utils/useIconState.cjs"),
  wrapIcon: fromLib("utils/wrapIcon.cjs").wrapIcon,
  bundleIcon: fromLib("utils/bundleIcon.cjs").bundleIcon,
  createFluentIcon: fromLib("utils/createFluentIcon.cjs").createFluentIcon,
  IconDirectionContextProvider: fromLib("contexts/index.cjs").IconDirectionContextProvider,
  useIconContext: fromLib("contexts/index.cjs").useIconContext,
};

/** "ChevronRight20Regular" → svg/chevron-right.cjs, the module that defines every size and style of that icon. */
function atomFile(name) {
  const icon = /^([A-Z][A-Za-z0-9]*?)(\d+)?(Regular|Filled|Color|Light)$/.exec(name);
  if (!icon) return null;
  const kebab = icon[1].replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z])([A-Z][a-z])/g, "$1-$2").toLowerCase();
  const file = path.join(ATOMS, `${kebab}.cjs`);
  return fs.existsSync(file) ? file : null;
}

function load(name) {
  const file = atomFile(name);
  const atom = file ? require(file) : null;
  return atom && name in atom ? atom[name] : fromLib("index.cjs")[name];
}

module.exports = new Proxy(loaded, {
  get(target, name) {
    if (typeof name !== "string" || name in target) return target[name];
    return (target[name] = load(name));
  },
});
