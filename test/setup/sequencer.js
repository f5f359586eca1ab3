/**
 * Test order for two workers. Jest starts the slowest files first when it knows their times from an earlier run;
 * on a fresh clone it knows none and goes by file size, so the browser tests (each builds or serves a page and
 * starts Chromium) and the big groups (test/groups) could start last and leave one worker idle at the end. Here
 * they start first whenever Jest has no time for them, longest first, and the short files fill in at the end.
 */
"use strict";
const Sequencer = require("@jest/test-sequencer").default;

const LONG_FIRST = [/\/test\/e2e\/webPage\./, /\/test\/e2e\//, /\/test\/groups\/pane\./, /\/test\/groups\/workbook\./, /\/test\/groups\/corpus\./, /\/test\/groups\/more\./, /\/test\/corpus\/hostile\./];

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
