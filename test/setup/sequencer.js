/**
 * Test order for two workers. Jest starts the slowest files first when it knows their times from an earlier run;
 * on a fresh clone it knows none and goes by file size, so the big groups (test/groups) and the browser tests (each
 * builds or serves a page and starts Chromium) could start last and leave one worker idle at the end. Here, when Jest
 * has no time for them, they start longest first, as measured on a fresh clone (docs/decisions-12.md), so that the
 * short ones fill in at the end and both workers finish together; files not named here come after them.
 */
"use strict";
const Sequencer = require("@jest/test-sequencer").default;

const LONG_FIRST = ["e2e/webPage", "groups/pane", "groups/workbook", "groups/corpus", "groups/more", "e2e/wpsPane", "groups/domain", "groups/cli", "groups/pages", "corpus/hostile", "e2e/printing"].map(
  (file) => new RegExp(`/test/${file}\\.`),
);

function rank(test) {
  const index = LONG_FIRST.findIndex((pattern) => pattern.test(test.path));
  return index === -1 ? LONG_FIRST.length : index;
}

class LongFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimed = sorted.every((test) => test.duration == null); // super.sort sets the last known duration
    return untimed ? [...sorted].sort((a, b) => rank(a) - rank(b)) : sorted;
  }
}

module.exports = LongFirstSequencer;
