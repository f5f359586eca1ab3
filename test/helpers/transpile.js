/**
 * Lets a plain `node` child process require the TypeScript sources (test/helpers/cliProcess.ts runs the command
 * line this way to measure its time and peak memory): each .ts file is transpiled on load by swc, as Jest does
 * (jest.config.js), without type checking.
 */
"use strict";
const fs = require("node:fs");
const { transformSync } = require("@swc/core");

require.extensions[".ts"] = function compile(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, "utf8"), {
    filename,
    jsc: { target: "es2022", parser: { syntax: "typescript", tsx: filename.endsWith(".tsx") }, transform: { react: { runtime: "automatic" } } },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};
