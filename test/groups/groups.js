/**
 * Which test files `npm test` runs together in one Jest test file (a group), and which run alone.
 *
 * Jest gives every test file its own module registry: each file loaded React, Fluent, exceljs and the engine again,
 * and ran the engine cold again, before its first test — a third of the suite's time went there. A group requires
 * its member files one after another, each inside a `describe` named after it (so a member's hooks stay its own),
 * and shares the modules and the warmed-up engine between them. A file runs alone when it must have a module
 * registry of its own (it mocks modules), holds so much memory that it should not share a process, or builds and
 * drives a browser (the e2e tests, started first).
 *
 * `npx jest <file>` (jest.config.js) still runs any test file on its own; `npm test` (jest.groups.config.js) runs
 * the groups and the files that stay alone. test/architecture/testGroups.test.ts checks that every test file is
 * in exactly one group or alone, so a new file cannot be left out.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "../..");

/** Run alone: a folder (ending in "/") or a file, relative to the repository. */
const ALONE = [
  "test/e2e/", // builds pages and drives Chromium; each file starts first on a worker of its own
  "test/web/readWorker.test.ts", // jest.mock: needs a module registry of its own
  "test/corpus/hostile.test.ts", // zips of hundreds of megabytes and a million rows
];

/**
 * The groups: the test files under `folders` whose Jest environment is `environment` (a file's
 * `@jest-environment` docblock, else node). Sized so that two workers finish together.
 */
const GROUPS = {
  domain: { environment: "node", folders: ["test/domain/"] },
  cli: { environment: "node", folders: ["test/cli/"] },
  workbook: { environment: "node", folders: ["test/workbook/"] },
  corpus: { environment: "node", folders: ["test/corpus/"] },
  more: { environment: "node", folders: ["test/taskpane/", "test/report/", "test/robustness/", "test/web/", "test/manifest/", "test/architecture/", "test/refactor/"] },
  pane: { environment: "jsdom", folders: ["test/taskpane/"] },
  pages: { environment: "jsdom", folders: ["test/web/", "test/report/", "test/domain/", "test/manifest/"] },
};

const TEST_FILE = /\.test\.tsx?$/;

/** Every test file of the project but the groups themselves, relative to the repository, sorted. */
function testFiles() {
  return fs
    .readdirSync(path.join(ROOT, "test"), { recursive: true })
    .map((file) => path.posix.join("test", String(file).split(path.sep).join("/")))
    .filter((file) => TEST_FILE.test(file) && !file.startsWith("test/groups/"))
    .sort();
}

/** The Jest environment a test file asks for in its docblock. */
function environmentOf(file) {
  const head = fs.readFileSync(path.join(ROOT, file), "utf8").slice(0, 1000);
  return /@jest-environment\s+(\S+)/.exec(head)?.[1] ?? "node";
}

const isAlone = (file) => ALONE.some((entry) => (entry.endsWith("/") ? file.startsWith(entry) : file === entry));

/** The groups a test file belongs to (exactly one, unless it runs alone). */
function groupsOf(file) {
  if (isAlone(file)) return [];
  const environment = environmentOf(file);
  return Object.entries(GROUPS)
    .filter(([, group]) => group.environment === environment && group.folders.some((folder) => file.startsWith(folder)))
    .map(([name]) => name);
}

/** A group's member files, relative to the repository, in a fixed order. */
function membersOf(name) {
  if (!GROUPS[name]) throw new Error(`no test group ${name}`);
  return testFiles().filter((file) => groupsOf(file)[0] === name);
}

module.exports = { ROOT, ALONE, GROUPS, testFiles, environmentOf, isAlone, groupsOf, membersOf };
