/** Ends the run with one plain line, `Tests: N passed, N failed`, that CI reads whatever the reporter. */
class PassedFailedLine {
  onRunComplete(_contexts, results) {
    process.stdout.write(`Tests: ${results.numPassedTests} passed, ${results.numFailedTests} failed\n`);
  }
}
module.exports = PassedFailedLine;
