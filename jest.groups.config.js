/**
 * `npm test`: every test file, most of them in groups that share one module registry (test/groups/groups.js says
 * why and which), the rest alone. `npx jest <file>` (jest.config.js) runs a single file on its own.
 */
const base = require("./jest.config.js");
const { ALONE } = require("./test/groups/groups.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/groups/*.test.{ts,tsx}", ...ALONE.map((entry) => `<rootDir>/${entry}${entry.endsWith("/") ? "**/*.test.{ts,tsx}" : ""}`)],
  testPathIgnorePatterns: ["/node_modules/"],
};
