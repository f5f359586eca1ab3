/**
 * Lets a plain `node` child process require the TypeScript sources (test/helpers/cliProcess.ts runs the command
 * line this way to measure its time and peak memory): each .ts file is transpiled on load, without type checking.
 */
"use strict";
const fs = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, jsx: ts.JsxEmit.ReactJSX },
    fileName: filename,
  });
  module._compile(outputText, filename);
};
