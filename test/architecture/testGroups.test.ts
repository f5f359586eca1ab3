/** `npm test` runs every test file: each is in exactly one group (test/groups/groups.js) or runs alone. */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const groups = require("../groups/groups.js") as {
  GROUPS: Record<string, { environment: string; folders: string[] }>;
  testFiles(): string[];
  isAlone(file: string): boolean;
  groupsOf(file: string): string[];
  membersOf(name: string): string[];
  environmentOf(file: string): string;
};

describe("test groups", () => {
  const files = groups.testFiles();

  it("finds the project's test files", () => {
    expect(files).toContain("test/architecture/testGroups.test.ts");
    expect(files).toContain("test/taskpane/App.test.tsx");
    expect(files.some((file) => file.startsWith("test/groups/"))).toBe(false);
  });

  it("puts every test file in exactly one group, or runs it alone", () => {
    const misplaced = files.filter((file) => !groups.isAlone(file) && groups.groupsOf(file).length !== 1);
    expect(misplaced).toEqual([]);
  });

  // Members are chosen by their environment; the group's own file must run in that environment too.
  it("runs each group in its members' Jest environment", () => {
    for (const [name, group] of Object.entries(groups.GROUPS)) {
      const file = ["ts", "tsx"].map((ext) => `test/groups/${name}.test.${ext}`).find((f) => existsSync(path.join(ROOT, f)));
      expect([name, file && groups.environmentOf(file)]).toEqual([name, group.environment]);
      expect(readFileSync(path.join(ROOT, file!), "utf8")).toContain(`includeGroup("${name}")`);
    }
  });

  it("has no empty group", () => {
    for (const name of Object.keys(groups.GROUPS)) expect(groups.membersOf(name).length).toBeGreaterThan(0);
  });
});
