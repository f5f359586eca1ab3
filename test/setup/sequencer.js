/**
 * Test order for two workers. Jest starts the slowest files first when it knows their times from an earlier run;
 * on a fresh clone it knows none and goes by file size, so the browser tests (each builds or serves a page and
 * starts Chromium) could start last and leave one worker idle at the end. Here they and the other known long
 * files start first whenever Jest has no time for them.
 */
"use strict";
const Sequencer = require("@jest/test-sequencer").default;

const LONG_FIRST = [/\/test\/e2e\//, /\/test\/corpus\/hostile\.test\.ts$/, /\/test\/taskpane\/App\.test\.tsx$/, /\/test\/corpus\//];

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
