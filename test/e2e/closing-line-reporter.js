// Prints the run's closing line, "N passed, N failed", alone on the last line, so CI (and a person
// scrolling up) reads the count the same way for every runner in the repository. A flaky test
// (passed only on a retry) counts as failed. When the run itself failed (a global timeout, an
// interrupt, a server that did not start), the tests that never ran count as failed, and at least
// one failure is reported, so the line never reads as a pass when the exit code is not zero.
class ClosingLineReporter {
  onBegin(config, suite) {
    this.suite = suite
  }

  onEnd(result) {
    const tests = this.suite ? this.suite.allTests() : []
    const outcomes = tests.map((t) => t.outcome())
    const passed = outcomes.filter((o) => o === 'expected').length
    let failed = outcomes.filter((o) => o === 'unexpected' || o === 'flaky').length
    if (result.status !== 'passed') {
      const notRun = tests.filter((t) => t.results.length === 0).length
      if (notRun || !failed) console.log(`run ${result.status}: ${notRun} test(s) did not run`)
      failed = Math.max(1, failed + notRun)
    }
    console.log(`${passed} passed, ${failed} failed`)
  }

  printsToStdio() {
    return true
  }
}

module.exports = ClosingLineReporter
