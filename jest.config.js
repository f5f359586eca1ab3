/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // tsconfig sets isolatedModules, so ts-jest transpiles each file alone; type checking is `npm run typecheck`.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFiles: ["<rootDir>/test/setup/jsdomStyleRules.ts"],
  // Jest takes one worker on two cores (cores - 1); the suite is mostly CPU-bound test files, so use both.
  maxWorkers: 2,
  reporters: ["default", "<rootDir>/test/reporters/passedFailedLine.js"],
  testTimeout: 30000,
};
