import type { Reporter, TestModule } from 'vitest/node'

/**
 * Prints one plain closing line, "Tests: N passed, N failed[, N skipped]",
 * after Vitest's own summary, so any CI can count the tests.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 }
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed')
          counts.passed++
        else if (state === 'failed')
          counts.failed++
        else
          counts.skipped++
      }
    }
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : ''
    console.log(`\nTests: ${counts.passed} passed, ${counts.failed} failed${skipped}`)
  }
}
