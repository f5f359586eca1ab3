/** swc's transform for .ts or .tsx (a .ts file is not parsed as TSX: `<T>value` casts would not parse). */
function swc(parser) {
  return ["@swc/jest", { jsc: { target: "es2022", parser, transform: { react: { runtime: "automatic" } } }, module: { type: "commonjs" } }];
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // This config runs each test file on its own (`npx jest <file>`); `npm test` runs them in groups
  // (jest.groups.config.js, test/groups/groups.js), and the groups are not test files of their own here.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/groups/"],
  // Tests are transpiled by swc, file by file (tsconfig's isolatedModules keeps that sound); type checking is
  // `npm run typecheck`. swc does in milliseconds what ts-jest's TypeScript did in seconds on a cold cache.
  transform: {
    "^.+\\.ts$": swc({ syntax: "typescript" }),
    "^.+\\.tsx$": swc({ syntax: "typescript", tsx: true }),
  },
  setupFiles: ["<rootDir>/test/setup/jsdomStyleRules.ts"],
  // Fluent's icons one by one instead of all at once (see the file).
  moduleNameMapper: { "^@fluentui/react-icons$": "<rootDir>/test/setup/fluentIcons.js" },
  testSequencer: "<rootDir>/test/setup/sequencer.js",
  // Jest takes one worker on two cores (cores - 1); the suite is mostly CPU-bound test files, so use both.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/test/reporters/passedFailedLine.js"],
  testTimeout: 30000,
};
