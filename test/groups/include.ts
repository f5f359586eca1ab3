/** Registers a group's member files (groups.js) as describe blocks of the running test file. */
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ROOT, membersOf } = require("./groups.js") as { ROOT: string; membersOf(name: string): string[] };

export function includeGroup(name: string): void {
  const members = membersOf(name);
  if (members.length === 0) throw new Error(`test group ${name} has no files`);
  for (const file of members) {
    describe(file.replace(/^test\//, ""), () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require(path.join(ROOT, file));
    });
  }
}
