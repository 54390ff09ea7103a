import type { Reporter, SerializedError, TestCase, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, that CI tooling reads
 * regardless of the test runner (vitest's own summary line has another shape).
 *
 * A suite that failed (a file that did not load, a `beforeAll` that threw) is a failure, never a
 * skip: the tests it did not run count as failed, and a file that failed before declaring any test
 * counts as one failed test. Only tests skipped on purpose (`skip`, `todo`, `only` elsewhere,
 * `ctx.skip()`) in a suite that did not fail count as skipped. Errors outside any test (an
 * unhandled rejection, a global setup that threw) count as failed too.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const failedSuites: string[] = [];
    for (const testModule of testModules) {
      let failedHere = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed' || insideFailedSuite(test)) failedHere += 1;
        else counts.skipped += 1;
      }
      if (testModule.state() === 'failed') {
        failedSuites.push(testModule.relativeModuleId);
        if (failedHere === 0) failedHere = 1;
      }
      counts.failed += failedHere;
    }
    counts.failed += unhandledErrors.length;
    const lines = failedSuites.map((suite) => `Failed suite: ${suite}`);
    if (unhandledErrors.length > 0) lines.push(`Errors outside tests: ${unhandledErrors.length}`);
    // A run that failed before any file ran (a global setup that threw) is one failure, not zero.
    if (reason === 'failed' && counts.failed === 0) {
      counts.failed = 1;
      lines.push('The run failed outside any test file (see the error above).');
    }
    lines.push(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}

/**
 * Whether a test did not run because its file or one of its suites failed on its own (a hook or an
 * import threw), as opposed to a suite that failed only because another of its tests did.
 */
function insideFailedSuite(test: TestCase): boolean {
  for (let parent = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true;
    if (parent.type === 'module') return false;
  }
}
