/**
 * Prints one closing line for CI, summed over every browser:
 *   wtr: N passed, N failed, N skipped
 * A test file that failed to load or threw outside a test counts as a failure.
 * Printed on process exit so that it is the last line of the run.
 */
export function summaryReporter() {
  const totals = {passed: 0, failed: 0, skipped: 0};
  let finished = false;

  const walk = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    suite.suites.forEach(walk);
  };

  return {
    onTestRunFinished({sessions}) {
      totals.passed = totals.failed = totals.skipped = 0;
      for (const session of sessions) {
        const before = totals.failed;
        if (session.testResults) walk(session.testResults);
        // Failed with no failing test: the file did not load, or threw outside a test.
        if (session.passed === false && totals.failed === before) totals.failed += 1;
      }
      finished = true;
    },
    stop() {
      process.once('exit', () => {
        if (!finished) totals.failed += 1;
        process.stdout.write(`wtr: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
      });
    },
  };
}
